//! What shows for the moment the bundle index takes to arrive.

use leptos::prelude::*;

use crate::components::offline_notices::StatusMessage;
use crate::i18n::use_i18n;

/// "Loading…", also said in the page's one live region (showing the next page clears it).
#[component]
pub fn Loading() -> impl IntoView {
    let text = use_i18n().t("loading");
    if let Some(status) = use_context::<StatusMessage>() {
        status.say(text.clone());
    }
    view! { <p class="body">{text}</p> }
}
