//! Every accessibility feature of a station, each answered in words: yes, no or not
//! known. Icons only repeat the words and are hidden from assistive technology.

use leptos::prelude::*;
use pollcard_core::model::{Availability, StationAccessibility};

use crate::components::localized_text::lang_attribute;
use crate::i18n::use_i18n;

/// The station's features as a description list, in pollcard-core's display order.
#[component]
pub fn AccessibilityList(
    /// The station's accessibility.
    accessibility: StationAccessibility,
) -> impl IntoView {
    let i18n = use_i18n();
    let page_language = i18n.lang();
    let rows = accessibility
        .all_features()
        .map(|(feature, availability)| {
            let key = feature.key();
            let answer = i18n.t_with("availability", &[("feature", key.into()), ("state", availability.key().into())]);
            let note =
                accessibility.notes.get(&feature).and_then(|note| note.best(page_language)).map(|(text, language)| {
                    view! {
                        <dd class="access-note" lang=lang_attribute(language, page_language)>
                            {text.to_owned()}
                        </dd>
                    }
                });
            view! {
                <div class=format!("access-row access-{}", availability.key())>
                    <dt class="access-feature">{i18n.t(&format!("feature-{key}"))}</dt>
                    <dd class="access-answer" data-availability=availability.key()>
                        {availability_icon(availability)} <span class="access-state">{answer}</span>
                    </dd>
                    {note}
                </div>
            }
        })
        .collect_view();
    view! { <dl class="access-list">{rows}</dl> }
}

/// A tick, a cross or a question mark: decoration for the word beside it.
fn availability_icon(availability: Availability) -> impl IntoView {
    let path = match availability {
        Availability::Yes => "M4 10.5l4 4 8-9",
        Availability::No => "M5 5l10 10M15 5L5 15",
        Availability::Unknown => "M6.5 7a3.5 3.5 0 1 1 5 3.2c-1 .5-1.5 1.2-1.5 2.3v.5M10 16.5v.5",
    };
    view! {
        <svg class="access-icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <path d=path />
        </svg>
    }
}
