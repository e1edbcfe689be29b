//! The page for addresses whose polling station the council has not published.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::back_link::BackLink;
use crate::components::council_contact::council_contact;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// "We do not know your polling station yet", with the council's contact details.
#[component]
pub fn NoStationPage(
    /// The postcode looked up.
    postcode: String,
    /// The council to ask.
    council: Council,
) -> impl IntoView {
    let i18n = use_i18n();
    let home = Page::Home.path(i18n.lang());
    // All but the heading never changes once shown: static markup (see `components::markup`).
    let mut html = Markup::new();
    html.element("p", "body-l", &i18n.t_with("no-station-body", &[("postcode", postcode.into())]));
    html.element("p", "body", &i18n.t("no-station-poll-card"));
    html.element("h2", "heading-m", &i18n.t("ask-council-heading"));
    council_contact(&mut html, &council);
    html.open("p", "body").open_with("a", "", &[("href", &home)]).text(&i18n.t("search-again")).close("a").close("p");
    view! {
        <BackLink fallback=home />
        <PageHeading text=i18n.t("no-station-title") />
        {html.into_view()}
    }
}
