//! The GOV.UK error summary: "There is a problem", with a link to the field in error.

use leptos::ev::MouseEvent;
use leptos::html::Div;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::i18n::use_i18n;

/// Shows `error` (when there is one) at the top of the page with a link to the field
/// `field_id`, and takes focus each time it appears or changes, so screen readers
/// announce it as soon as the form is submitted.
#[component]
pub fn ErrorSummary(
    /// What to do, or `None` when all is well.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The id of the field the error is about.
    field_id: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = i18n.t("error-summary-title");
    move || {
        let message = error.get()?;
        let summary = NodeRef::<Div>::new();
        // Once this render is in the document.
        request_animation_frame(move || {
            if let Some(summary) = summary.get_untracked() {
                let _ = summary.focus();
            }
        });
        Some(view! {
            <div class="error-summary" tabindex="-1" node_ref=summary>
                <h2 class="error-summary-title">
                    {title.clone()}
                </h2>
                <ul class="error-summary-list">
                    <li>
                        <a href=format!("#{field_id}") on:click=move |event| focus_field(event, field_id)>
                            {message}
                        </a>
                    </li>
                </ul>
            </div>
        })
    }
}

/// Focuses the field itself: a plain `#id` link would only scroll to it.
fn focus_field(event: MouseEvent, field_id: &str) {
    event.prevent_default();
    let field = document().get_element_by_id(field_id).and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(field) = field {
        field.scroll_into_view();
        let _ = field.focus();
    }
}
