//! What the election pages show when the data has no election information (no
//! `elections.json` in the release): say so, and how to ask the council.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::components::back_link::BackLink;
use crate::components::council_contact::CouncilContactDetails;
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
    view! {
        <BackLink fallback=home.clone() />
        <PageHeading text=i18n.t("elections-none-data-title") />
        <p class="body">{i18n.t("elections-none-data-body")}</p>
        {council.map(|council| {
            view! {
                <h2 class="heading-m">{i18n.t("ask-council-heading")}</h2>
                <CouncilContactDetails council />
            }
        })}
        <p class="body">
            <a href=home>{i18n.t("search-again")}</a>
        </p>
    }
}
