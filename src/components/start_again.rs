//! What a page that needs a lookup result shows when there is none (after a reload,
//! or when opened from a bookmark): Pollcard keeps postcodes in memory only.

use leptos::prelude::*;

use crate::components::dead_end::DeadEnd;

/// "Search again": explains why the answer is gone and links to the postcode form.
#[component]
pub fn StartAgain() -> impl IntoView {
    view! { <DeadEnd title="start-again-title" body="start-again-body" link="start-again-link" as_button=true /> }
}
