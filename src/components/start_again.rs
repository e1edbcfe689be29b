//! What a page that needs a lookup result shows when there is none (after a reload,
//! or when opened from a bookmark): Pollcard keeps postcodes in memory only.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// "Search again": explains why the answer is gone and links to the postcode form.
#[component]
pub fn StartAgain() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.t("start-again-title") />
        <p class="body">{i18n.t("start-again-body")}</p>
        <p class="body">
            <a href=Page::Home.path(i18n.lang()) class="button-link">
                {i18n.t("start-again-link")}
            </a>
        </p>
    }
}
