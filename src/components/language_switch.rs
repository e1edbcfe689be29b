//! English / Cymraeg: the same page in the other language.

use leptos::prelude::*;
use pollcard_core::model::Language;

use crate::components::markup::Markup;
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::routes;

/// Lists both languages; the current one is marked, the other is a link to the same
/// page in that language, with `lang` and `hreflang` so it is read in its own voice.
/// Static markup (see `components::markup`): the switch is built afresh with every page.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let path = use_router().path_untracked();
    let mut html = Markup::new();
    html.open_with("nav", "language-switch", &[("aria-label", &i18n.t("language-switch-label"))]);
    html.open("ul", "language-switch-list");
    for language in [Language::En, Language::Cy] {
        let code = language.code();
        let name = i18n.t(&format!("language-name-{code}"));
        html.open("li", "language-switch-item");
        if language == i18n.lang() {
            html.open_with("span", "language-switch-current", &[("aria-current", "true")]).text(&name).close("span");
        } else {
            let href = routes::path_in(&path, language);
            let attributes = [("href", href.as_str()), ("lang", code), ("hreflang", code)];
            html.open_with("a", "language-switch-link", &attributes).text(&name).close("a");
        }
        html.close("li");
    }
    html.close("ul").close("nav");
    html.into_view()
}
