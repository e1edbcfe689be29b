//! Council-supplied text in the reader's language, or in the other one with `lang` set.

use pollcard_core::model::{Language, LocalizedText};

use crate::components::markup::Markup;
use crate::i18n::use_i18n;

/// The `lang` attribute text needs inside a page in `page_language`: `None` when it is
/// in the page's own language.
pub fn lang_attribute(text_language: Language, page_language: Language) -> Option<&'static str> {
    (text_language != page_language).then_some(text_language.code())
}

/// A paragraph of council text, written into static markup: the reader's language if
/// the council gave it, else the other language marked with `lang` so screen readers
/// pronounce it properly. Says the `missing` message when there is none at all.
pub fn localized_paragraph(markup: &mut Markup, text: &LocalizedText, missing: &'static str) {
    let i18n = use_i18n();
    let page_language = i18n.lang();
    match text.best(page_language) {
        Some((content, language)) => {
            markup.open_in(lang_attribute(language, page_language), "p", "body council-text").text(content).close("p")
        }
        None => markup.element("p", "body council-text", &i18n.t(missing)),
    };
}
