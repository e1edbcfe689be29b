//! The page for an address the app does not have.

use leptos::prelude::*;

use crate::components::dead_end::DeadEnd;

/// "Page not found".
#[component]
pub fn PageNotFound() -> impl IntoView {
    view! { <DeadEnd title="page-not-found-title" body="page-not-found-body" link="page-not-found-link" /> }
}
