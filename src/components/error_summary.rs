//! The GOV.UK error summary for a page with one field: "There is a problem", with a
//! link to the field in error. The same summary as a question page's
//! ([`ErrorList`]), for one problem.

use leptos::prelude::*;

use crate::components::question_page::{ErrorList, Problem};
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
    let problems = Signal::derive(move || {
        error.get().map(|message| vec![Problem { field: field_id.to_owned(), message }]).unwrap_or_default()
    });
    view! { <ErrorList problems title=i18n.t("error-summary-title") /> }
}
