//! Translations: Fluent catalogues (`public/i18n/<language>.ftl`), fetched at start as
//! data, and a reactive lookup that follows the language of the current URL.
//!
//! Fluent carries each language's own grammar — Welsh's six plural forms, and answers
//! that agree with the implied question ("Oes" / "Ydy") — so the code only ever asks
//! for a message by id with named arguments.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::model::Language;
use unic_langid::LanguageIdentifier;

use crate::data;

/// One language's parsed catalogue.
pub struct Catalogue {
    bundle: FluentBundle<FluentResource>,
}

impl Catalogue {
    /// Parses Fluent source. Syntax errors in single messages are tolerated (those
    /// messages are simply missing); a catalogue with no messages at all is refused.
    pub fn parse(language: Language, source: String) -> Option<Catalogue> {
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _errors)| partial);
        let locale: LanguageIdentifier = language.code().parse().ok()?;
        let mut bundle = FluentBundle::new_concurrent(vec![locale]);
        // Unicode isolation marks around arguments would end up in page titles and
        // test selectors; all our arguments are short and in the page's own direction.
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).ok()?;
        bundle.has_message("service-name").then_some(Catalogue { bundle })
    }

    /// The message `id` with `args`, or `None` if the catalogue lacks it.
    pub fn format(&self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(self.bundle.format_pattern(pattern, args, &mut errors).into_owned())
    }
}

/// Where one language's catalogue is.
#[derive(Clone, Default)]
enum CatalogueSlot {
    #[default]
    NotLoaded,
    Loading,
    Ready(Arc<Catalogue>),
    Failed,
}

/// Whether the current language's catalogue can be used yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogueStatus {
    Loading,
    Ready,
    Failed,
}

/// The app's translations, shared through context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language of the current page (from the URL).
    pub language: Memo<Language>,
    slots: RwSignal<[CatalogueSlot; 2]>,
    status: Memo<CatalogueStatus>,
}

fn slot_index(language: Language) -> usize {
    match language {
        Language::En => 0,
        Language::Cy => 1,
    }
}

impl I18n {
    /// Starts translations for a page language that follows `language`, fetching each
    /// catalogue the first time its language is needed.
    pub fn new(language: Memo<Language>) -> I18n {
        let slots: RwSignal<[CatalogueSlot; 2]> = RwSignal::new(Default::default());
        let status = Memo::new(move |_| {
            slots.with(|slots| match &slots[slot_index(language.get())] {
                CatalogueSlot::Ready(_) => CatalogueStatus::Ready,
                CatalogueSlot::Failed => CatalogueStatus::Failed,
                CatalogueSlot::NotLoaded | CatalogueSlot::Loading => CatalogueStatus::Loading,
            })
        });
        Effect::new(move |_| {
            let language = language.get();
            let index = slot_index(language);
            if !matches!(slots.with_untracked(|slots| slots[index].clone()), CatalogueSlot::NotLoaded) {
                return;
            }
            slots.update(|slots| slots[index] = CatalogueSlot::Loading);
            spawn_local(async move {
                let loaded = data::load_catalogue_source(language)
                    .await
                    .ok()
                    .and_then(|source| Catalogue::parse(language, source));
                let slot = loaded.map_or(CatalogueSlot::Failed, |catalogue| CatalogueSlot::Ready(Arc::new(catalogue)));
                slots.update(|slots| slots[index] = slot);
            });
        });
        I18n { language, slots, status }
    }

    /// Whether the current language's catalogue is ready.
    pub fn status(&self) -> CatalogueStatus {
        self.status.get()
    }

    /// The message `id` in the current language.
    ///
    /// Not reactive: the shell renders the whole page again when the language changes
    /// (every language switch is a navigation anyway), so pages use plain strings.
    /// Reactive text closures would each cost a monomorphised render path in the wasm.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    /// The current page language, read without subscribing (see [`I18n::t`]).
    pub fn lang(&self) -> Language {
        self.language.get_untracked()
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let language = self.language.get_untracked();
        self.slots.with_untracked(|slots| match &slots[slot_index(language)] {
            // A missing message shows its id: visible in review, never a crash.
            CatalogueSlot::Ready(catalogue) => catalogue.format(id, args).unwrap_or_else(|| id.to_owned()),
            _ => String::new(),
        })
    }
}

/// The translations provided by the app shell.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalogue(language: Language) -> Catalogue {
        let path = format!("{}/public/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), language.code());
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        Catalogue::parse(language, source).unwrap_or_else(|| panic!("{path} parses"))
    }

    fn message(catalogue: &Catalogue, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        catalogue.format(id, Some(&fluent_args)).unwrap_or_else(|| panic!("missing {id}"))
    }

    /// Every message id in a catalogue, in file order.
    fn ids(language: Language) -> Vec<String> {
        let path = format!("{}/public/i18n/{}.ftl", env!("CARGO_MANIFEST_DIR"), language.code());
        let source = std::fs::read_to_string(path).unwrap_or_default();
        source
            .lines()
            .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
            .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()))
            .collect()
    }

    #[test]
    fn both_catalogues_have_the_same_messages() {
        let mut en = ids(Language::En);
        let mut cy = ids(Language::Cy);
        assert!(en.len() > 50, "English catalogue looks truncated: {} messages", en.len());
        en.sort();
        cy.sort();
        assert_eq!(en, cy);
        let (en_catalogue, cy_catalogue) = (catalogue(Language::En), catalogue(Language::Cy));
        for id in &en {
            assert!(en_catalogue.format(id, None).is_some(), "en {id} does not parse");
            assert!(cy_catalogue.format(id, None).is_some(), "cy {id} does not parse");
        }
    }

    #[test]
    fn every_feature_and_error_code_has_text() {
        use pollcard_core::model::AccessibilityFeature;
        for language in Language::ALL {
            let catalogue = catalogue(language);
            for feature in AccessibilityFeature::ALL {
                let id = format!("feature-{}", feature.key());
                assert!(catalogue.format(&id, None).is_some(), "{language:?} lacks {id}");
            }
        }
    }

    #[test]
    fn welsh_plurals_use_all_six_forms() {
        let found = |catalogue: &Catalogue, count: i64| {
            message(catalogue, "choose-address-found", &[("count", count.into()), ("postcode", "AA1 1AB".into())])
        };
        let cy = catalogue(Language::Cy);
        // zero, one, two, few, many, other — and two more "other"s.
        let expected = [
            (0, "unrhyw gyfeiriad"),
            (1, "1 cyfeiriad"),
            (2, "2 gyfeiriad"),
            (3, "3 chyfeiriad"),
            (6, "6 chyfeiriad"),
            (4, "4 cyfeiriad"),
            (5, "5 cyfeiriad"),
            (11, "11 cyfeiriad"),
        ];
        for (count, words) in expected {
            let text = found(&cy, count);
            assert!(text.contains(words) && text.ends_with("ar gyfer AA1 1AB."), "{count}: {text}");
        }
        let en = catalogue(Language::En);
        assert_eq!(found(&en, 1), "We found 1 address for AA1 1AB.");
        assert_eq!(found(&en, 3), "We found 3 addresses for AA1 1AB.");
    }

    #[test]
    fn answers_agree_with_the_question_in_welsh() {
        let cy = catalogue(Language::Cy);
        let answer = |feature: &str, state: &str| {
            message(&cy, "availability", &[("feature", feature.into()), ("state", state.into())])
        };
        assert_eq!(answer("level_access", "yes"), "Oes");
        assert_eq!(answer("level_access", "no"), "Nac oes");
        assert_eq!(answer("is_temporary", "yes"), "Ydy");
        assert_eq!(answer("is_temporary", "no"), "Nac ydy");
        assert_eq!(answer("seating", "unknown"), "Ddim yn hysbys");
        let en = catalogue(Language::En);
        let answer =
            |state: &str| message(&en, "availability", &[("feature", "seating".into()), ("state", state.into())]);
        assert_eq!((answer("yes"), answer("no"), answer("unknown")), ("Yes".into(), "No".into(), "Not known".into()));
    }

    #[test]
    fn clock_times() {
        let en = catalogue(Language::En);
        let cy = catalogue(Language::Cy);
        let time = |catalogue: &Catalogue, minutes: Option<&str>| {
            let minutes: FluentValue<'_> = minutes.map_or("none".into(), Into::into);
            message(catalogue, "clock-time", &[("hour", 7.into()), ("minutes", minutes), ("period", "pm".into())])
        };
        assert_eq!(time(&en, None), "7pm");
        assert_eq!(time(&en, Some("30")), "7:30pm");
        assert_eq!(time(&cy, None), "7yh");
    }
}
