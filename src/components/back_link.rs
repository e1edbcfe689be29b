//! GOV.UK-style back link that behaves like the browser's back button.

use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_app_state;

/// "Back". Goes back in history when the visitor came from another page of the app,
/// so they land where they were; otherwise follows `fallback` (a page opened from a
/// bookmark has nothing of ours to go back to).
#[component]
pub fn BackLink(
    /// Where to go when there is no page of ours to go back to.
    fallback: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let on_click = move |event: MouseEvent| {
        if state.has_navigated() {
            if let Ok(history) = window().history() {
                event.prevent_default();
                let _ = history.back();
            }
        }
    };
    view! {
        <a href=fallback class="back-link" on:click=on_click>
            {i18n.t("back")}
        </a>
    }
}
