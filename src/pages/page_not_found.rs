//! The page for an address the app does not have.

use leptos::prelude::*;

use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;

/// "Page not found".
#[component]
pub fn PageNotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageHeading text=i18n.t("page-not-found-title") />
        <p class="body">{i18n.t("page-not-found-body")}</p>
        <p class="body">
            <a href=Page::Home.path(i18n.lang())>{i18n.t("page-not-found-link")}</a>
        </p>
    }
}
