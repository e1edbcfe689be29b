//! The page shown when the release cannot be verified and no verified release is
//! held: never a blank page, and never the unverified data.

use leptos::prelude::*;
use pollcard_core::release::ReleaseError;

use crate::offline::ReleaseFailure;

/// Like [`super::CatalogueFailure`], this page carries its own words in both
/// languages: the catalogues are files of the same release that could not be checked,
/// so they cannot be trusted either.
#[component]
pub fn ReleaseFailurePage(failure: std::sync::Arc<ReleaseFailure>) -> impl IntoView {
    let (en, cy) = match &*failure {
        ReleaseFailure::Refused(ReleaseError::Expired { .. } | ReleaseError::NotYetValid { .. }) => (
            [
                "This information is out of date",
                "The polling station information Pollcard was sent is past the date it was valid until, so it is not shown. Check your poll card, or contact your council's electoral services team.",
            ],
            [
                "Mae'r wybodaeth hon wedi dyddio",
                "Mae'r wybodaeth am orsafoedd pleidleisio a anfonwyd at Pollcard wedi mynd heibio'r dyddiad yr oedd yn ddilys tan hynny, felly nid yw'n cael ei dangos. Gwiriwch eich cerdyn pleidleisio, neu cysylltwch â thîm gwasanaethau etholiadol eich cyngor.",
            ],
        ),
        ReleaseFailure::Fetch(_) => (
            [
                "Sorry, there is a problem with the service",
                "Pollcard could not load its information. Check your internet connection and try again later, or check your poll card.",
            ],
            [
                "Mae'n ddrwg gennym, mae problem gyda'r gwasanaeth",
                "Nid oedd modd i Pollcard lwytho ei wybodaeth. Gwiriwch eich cysylltiad â'r rhyngrwyd a rhowch gynnig arall arni yn nes ymlaen, neu gwiriwch eich cerdyn pleidleisio.",
            ],
        ),
        _ => (
            [
                "We could not confirm this information is genuine",
                "Pollcard checks that polling station information really comes from the council before showing it. That check failed, so nothing is shown. Check your poll card, or contact your council's electoral services team.",
            ],
            [
                "Nid oedd modd i ni gadarnhau bod yr wybodaeth hon yn ddilys",
                "Mae Pollcard yn gwirio bod gwybodaeth am orsafoedd pleidleisio yn dod gan y cyngor cyn ei dangos. Methodd y gwiriad hwnnw, felly ni ddangosir dim. Gwiriwch eich cerdyn pleidleisio, neu cysylltwch â thîm gwasanaethau etholiadol eich cyngor.",
            ],
        ),
    };
    document().set_title(&format!("{} – Pollcard", en[0]));
    let detail = failure.to_string();
    view! {
        <main class="width-container main" id="main-content">
            <h1 class="heading-xl" lang="en">
                {en[0]}
            </h1>
            <p class="body" lang="en">
                {en[1]}
            </p>
            <h2 class="heading-l" lang="cy">
                {cy[0]}
            </h2>
            <p class="body" lang="cy">
                {cy[1]}
            </p>
            <details class="details">
                <summary class="details-summary" lang="en">
                    "Technical details"
                    <span lang="cy">" / Manylion technegol"</span>
                </summary>
                <p class="body details-text" lang="en">
                    {detail}
                </p>
            </details>
        </main>
    }
}
