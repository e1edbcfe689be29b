//! The page shown when the bundle cannot be loaded: never a blank page.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;

/// "Sorry, there is a problem with the service", with the technical detail folded away
/// for whoever runs the site.
#[component]
pub fn ServiceUnavailable(
    /// What went wrong (in English: it is for the site's operators).
    detail: String,
    /// The data did not match the verified release: say so rather than "try later".
    unverified: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let body = if unverified { "service-error-unverified" } else { "service-error-body" };
    view! {
        <PageHeading text=i18n.t("service-error-title") />
        <p class="body">{i18n.t(body)}</p>
        <p class="body">{i18n.t("service-error-poll-card")}</p>
        <details class="details">
            <summary class="details-summary">{i18n.t("service-error-details")}</summary>
            <p class="body details-text" lang="en">
                {detail}
            </p>
        </details>
    }
}
