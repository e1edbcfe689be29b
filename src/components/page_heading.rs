//! The page's `<h1>`, which also names the page in `<title>` and takes focus after a
//! navigation inside the app, as a full page load would announce it.

use leptos::html::H1;
use leptos::prelude::*;

use crate::i18n::use_i18n;
use crate::state::use_app_state;

/// The page heading. Sets `<title>` to "<heading> – Pollcard" (prefixed "Error: "
/// while `error` is true) and, unless this is the page the visitor arrived on, moves
/// focus to the heading.
#[component]
pub fn PageHeading(
    /// The heading text.
    text: String,
    /// Whether the page is showing an error.
    #[prop(optional, into)]
    error: Signal<bool>,
    /// Extra classes, e.g. to size a heading inside a legend.
    #[prop(optional)]
    class: &'static str,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let heading = NodeRef::<H1>::new();

    let title = format!("{text} – {}", i18n.t("service-name"));
    let error_prefix = format!("{} ", i18n.t("title-error-prefix"));
    Effect::new(move |_| {
        let prefix = if error.get() { error_prefix.as_str() } else { "" };
        document().set_title(&format!("{prefix}{title}"));
    });

    Effect::new(move |focused: Option<bool>| {
        if focused == Some(true) {
            return true;
        }
        let Some(element) = heading.get() else { return false };
        state.headings_shown.update_value(|shown| *shown += 1);
        if state.has_navigated() {
            let _ = element.focus();
        }
        true
    });

    view! {
        <h1 class=format!("heading-xl {class}") tabindex="-1" node_ref=heading>
            {text}
        </h1>
    }
}
