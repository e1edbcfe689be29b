//! Every accessibility feature of a station, each answered in words: yes, no or not
//! known. Icons only repeat the words and are hidden from assistive technology.

use pollcard_core::model::{Availability, StationAccessibility};

use crate::components::localized_text::lang_attribute;
use crate::components::markup::Markup;
use crate::i18n::use_i18n;

/// The station's features as a description list, in pollcard-core's display order,
/// written into static markup (the list never changes once shown).
pub fn accessibility_list(html: &mut Markup, accessibility: &StationAccessibility) {
    let i18n = use_i18n();
    let page_language = i18n.lang();
    html.open("dl", "access-list");
    for (feature, availability) in accessibility.all_features() {
        let key = feature.key();
        let state = availability.key();
        let answer = i18n.t_with("availability", &[("feature", key.into()), ("state", state.into())]);
        html.open_with("div", "", &[("class", &format!("access-row access-{state}"))]);
        html.element("dt", "access-feature", &i18n.t(&format!("feature-{key}")));
        html.open_with("dd", "access-answer", &[("data-availability", state)]);
        availability_icon(html, availability);
        html.element("span", "access-state", &answer).close("dd");
        if let Some((text, language)) = accessibility.notes.get(&feature).and_then(|note| note.best(page_language)) {
            html.open_in(lang_attribute(language, page_language), "dd", "access-note").text(text).close("dd");
        }
        html.close("div");
    }
    html.close("dl");
}

/// A tick, a cross or a question mark: decoration for the word beside it.
fn availability_icon(html: &mut Markup, availability: Availability) {
    let path = match availability {
        Availability::Yes => "M4 10.5l4 4 8-9",
        Availability::No => "M5 5l10 10M15 5L5 15",
        Availability::Unknown => "M6.5 7a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3v.5M10 16.5v.5",
    };
    html.open_with("svg", "access-icon", &[("viewBox", "0 0 20 20"), ("aria-hidden", "true"), ("focusable", "false")]);
    html.open_with("path", "", &[("d", path)]).close("path").close("svg");
}
