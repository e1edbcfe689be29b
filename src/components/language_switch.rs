//! English / Cymraeg: the same page in the other language.

use leptos::prelude::*;
use pollcard_core::model::Language;

use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::routes;

/// Lists both languages; the current one is marked, the other is a link to the same
/// page in that language, with `lang` and `hreflang` so it is read in its own voice.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let path = use_router().path_untracked();
    let current = i18n.lang();
    let item = |language: Language| {
        let code = language.code();
        let name = i18n.t(&format!("language-name-{code}"));
        if language == current {
            view! { <span class="language-switch-current" aria-current="true">{name}</span> }.into_any()
        } else {
            let href = routes::path_in(&path, language);
            view! {
                <a href=href lang=code hreflang=code class="language-switch-link">{name}</a>
            }
            .into_any()
        }
    };

    view! {
        <nav class="language-switch" aria-label=i18n.t("language-switch-label")>
            <ul class="language-switch-list">
                <li class="language-switch-item">{item(Language::En)}</li>
                <li class="language-switch-item">{item(Language::Cy)}</li>
            </ul>
        </nav>
    }
}
