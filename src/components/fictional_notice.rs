//! The notice every page shows when the bundle holds made-up demo data.

use leptos::prelude::*;

use crate::i18n::use_i18n;

/// "Fictional demo data. …": the layout shows it whenever `BundleIndex::fictional`.
#[component]
pub fn FictionalNotice() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="fictional-notice">
            <p class="width-container fictional-notice-text">
                <strong class="fictional-notice-title">{i18n.t("fictional-title")}</strong>
                " "
                {i18n.t("fictional-body")}
            </p>
        </div>
    }
}
