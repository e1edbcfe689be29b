//! What shows for the moment the bundle index takes to arrive.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// "Loading…", announced politely.
#[component]
pub fn Loading() -> impl IntoView {
    view! {
        <p class="body" role="status">
            {use_i18n().t("loading")}
        </p>
    }
}
