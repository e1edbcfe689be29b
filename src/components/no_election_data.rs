//! What the election pages show when the data has no election information (no
//! `elections.json` in the release): say so, and how to ask the council.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::back_link::BackLink;
use crate::components::council_contact::council_contact;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// "There is no election information", with the council's contact details when the
/// data names the council.
#[component]
pub fn NoElectionData(
    /// The council whose data this is (none in a national bundle before a lookup).
    council: Option<Council>,
) -> impl IntoView {
    let i18n = use_i18n();
    let home = Page::Home.path(i18n.lang());
    // All but the heading never changes once shown: static markup (see `components::markup`).
    let mut html = Markup::new();
    html.element("p", "body", &i18n.t("elections-none-data-body"));
    if let Some(council) = &council {
        html.element("h2", "heading-m", &i18n.t("ask-council-heading"));
        council_contact(&mut html, council);
    }
    html.open("p", "body").open_with("a", "", &[("href", &home)]).text(&i18n.t("search-again")).close("a").close("p");
    view! {
        <BackLink fallback=home />
        <PageHeading text=i18n.t("elections-none-data-title") />
        {html.into_view()}
    }
}
