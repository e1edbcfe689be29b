//! The notice every page shows when the bundle holds made-up demo data.

use leptos::prelude::*;

use crate::components::markup::Markup;
use crate::i18n::use_i18n;

/// "Fictional demo data. …": the layout shows it whenever `BundleIndex::fictional`.
#[component]
pub fn FictionalNotice() -> impl IntoView {
    let i18n = use_i18n();
    let mut html = Markup::new();
    html.open("div", "fictional-notice").open("p", "width-container fictional-notice-text");
    html.element("strong", "fictional-notice-title", &i18n.t("fictional-title")).text(" ");
    html.text(&i18n.t("fictional-body")).close("p").close("div");
    html.into_view()
}
