//! How to reach the council's electoral services team.

use pollcard_core::model::Council;

use crate::components::localized_text::lang_attribute;
use crate::components::markup::Markup;
use crate::i18n::use_i18n;

/// The council's name, address, phone, email and website, written into `html`: the
/// details never change once shown, so they are static markup (see `components::markup`).
pub fn council_contact(html: &mut Markup, council: &Council) {
    let i18n = use_i18n();
    let page_language = i18n.lang();
    let contact = &council.contact;
    html.open("div", "contact");
    if let Some((name, language)) = council.name.best(page_language) {
        html.open_in(lang_attribute(language, page_language), "p", "body contact-name");
        html.element("strong", "", name).close("p");
    }
    if let Some((address, language)) = contact.address.best(page_language) {
        html.open_in(lang_attribute(language, page_language), "p", "body contact-address").text(address).close("p");
    }
    html.open("ul", "contact-list");
    let mut item = |label: &str, href: &str, text: &str| {
        html.open("li", "").text(label).text(" ");
        html.open_with("a", "contact-link", &[("href", href)]).text(text).close("a").close("li");
    };
    if let (Some(phone), Some(uri)) = (&contact.phone, contact.phone_uri()) {
        item(&i18n.t("contact-phone"), &uri, phone);
    }
    if let Some(email) = &contact.email {
        item(&i18n.t("contact-email"), &format!("mailto:{email}"), email);
    }
    if let Some((url, _)) = contact.web_link(page_language) {
        html.open("li", "").open_with("a", "contact-link", &[("href", url), ("rel", "external noopener noreferrer")]);
        html.text(&i18n.t("contact-website")).close("a").close("li");
    }
    html.close("ul").close("div");
}
