//! The page for a valid postcode that the bundle does not cover.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::back_link::BackLink;
use crate::components::council_contact::council_contact;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// "We could not find that postcode", with advice and the council's contact details.
#[component]
pub fn NotFoundPage(
    /// The postcode looked up.
    postcode: String,
    /// The council's name in the page's language (or the other).
    council_name: String,
    /// The council to ask.
    council: Council,
) -> impl IntoView {
    let i18n = use_i18n();
    let home = Page::Home.path(i18n.lang());
    let body = i18n.t_with("not-found-body", &[("postcode", postcode.into()), ("council", council_name.into())]);
    // All but the heading never changes once shown: static markup (see `components::markup`).
    let mut html = Markup::new();
    html.element("p", "body-l", &body).element("h2", "heading-m", &i18n.t("not-found-advice-heading"));
    html.open("ul", "list");
    for key in ["not-found-advice-check", "not-found-advice-new", "not-found-advice-other-council"] {
        html.element("li", "", &i18n.t(key));
    }
    html.close("ul").element("h2", "heading-m", &i18n.t("ask-council-heading"));
    council_contact(&mut html, &council);
    html.open("p", "body").open_with("a", "", &[("href", &home)]).text(&i18n.t("search-again")).close("a").close("p");
    view! {
        <BackLink fallback=home />
        <PageHeading text=i18n.t("not-found-title") />
        {html.into_view()}
    }
}
