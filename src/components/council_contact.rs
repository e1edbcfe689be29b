//! How to reach the council's electoral services team.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::localized_text::lang_attribute;
use crate::i18n::use_i18n;

/// The council's name, address, phone, email and website.
#[component]
pub fn CouncilContactDetails(
    /// The council, from the bundle.
    council: Council,
) -> impl IntoView {
    let i18n = use_i18n();
    let page_language = i18n.lang();
    let contact = &council.contact;
    let name = council.name.best(page_language).map(|(name, language)| {
        view! {
            <p class="body contact-name" lang=lang_attribute(language, page_language)>
                <strong>{name.to_owned()}</strong>
            </p>
        }
    });
    let address = contact.address.best(page_language).map(|(address, language)| {
        view! {
            <p class="body contact-address" lang=lang_attribute(language, page_language)>
                {address.to_owned()}
            </p>
        }
    });
    let phone = contact.phone.clone().zip(contact.phone_uri()).map(|(phone, uri)| {
        view! {
            <li>
                {i18n.t("contact-phone")} " " <a href=uri class="contact-link">{phone}</a>
            </li>
        }
    });
    let email = contact.email.clone().map(|email| {
        let href = format!("mailto:{email}");
        view! {
            <li>
                {i18n.t("contact-email")} " " <a href=href class="contact-link">{email}</a>
            </li>
        }
    });
    let website = contact.web_link(page_language).map(|(url, _)| {
        view! {
            <li>
                <a href=url.to_owned() class="contact-link" rel="external noopener noreferrer">
                    {i18n.t("contact-website")}
                </a>
            </li>
        }
    });
    view! {
        <div class="contact">
            {name} {address} <ul class="contact-list">{phone} {email} {website}</ul>
        </div>
    }
}
