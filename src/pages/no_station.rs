//! The page for addresses whose polling station the council has not published.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::back_link::BackLink;
use crate::components::council_contact::CouncilContactDetails;
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
    view! {
        <BackLink fallback=home.clone() />
        <PageHeading text=i18n.t("no-station-title") />
        <p class="body-l">{i18n.t_with("no-station-body", &[("postcode", postcode.into())])}</p>
        <p class="body">{i18n.t("no-station-poll-card")}</p>
        <h2 class="heading-m">{i18n.t("ask-council-heading")}</h2>
        <CouncilContactDetails council />
        <p class="body">
            <a href=home>{i18n.t("search-again")}</a>
        </p>
    }
}
