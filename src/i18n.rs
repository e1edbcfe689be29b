//! Translations: Fluent catalogues (`public/i18n/<language>.ftl`), fetched at start as
//! data, read by pollcard-core's catalogue reader, and a lookup that follows the
//! language of the current URL.
//!
//! Fluent carries each language's own grammar — Welsh's six plural forms, and answers
//! that agree with the implied question ("Oes" / "Ydy") — so the code only ever asks
//! for a message by id with named arguments. pollcard-core's tests check that every
//! message reads exactly as it did with `fluent-bundle`.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::i18n::{Arg, Catalogue};
use pollcard_core::model::Language;

use crate::data;
use crate::offline::ReleaseState;

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
    /// catalogue the first time its language is needed, once `release` is verified (a
    /// catalogue is an app file, checked against the release like any other).
    pub fn new(language: Memo<Language>, release: RwSignal<ReleaseState>) -> I18n {
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
            let release = match release.get() {
                ReleaseState::Verified(release) => release,
                ReleaseState::Loading | ReleaseState::Failed(_) => return,
            };
            let index = slot_index(language);
            if !matches!(slots.with_untracked(|slots| slots[index].clone()), CatalogueSlot::NotLoaded) {
                return;
            }
            slots.update(|slots| slots[index] = CatalogueSlot::Loading);
            spawn_local(async move {
                // Any syntax error refuses the whole catalogue (the reader never drops a
                // message quietly); so does an answer that is not a catalogue at all.
                let loaded = data::load_catalogue_source(&release.manifest, language)
                    .await
                    .ok()
                    .and_then(|source| Catalogue::parse(language, &source).ok())
                    .filter(|catalogue| catalogue.has_message("service-name"));
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
        self.t_with(id, &[])
    }

    /// The message `id` with named arguments.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg)]) -> String {
        let language = self.language.get_untracked();
        self.slots.with_untracked(|slots| match &slots[slot_index(language)] {
            // A missing message shows its id: visible in review, never a crash.
            CatalogueSlot::Ready(catalogue) => catalogue.format(id, args).unwrap_or_else(|| id.to_owned()),
            _ => String::new(),
        })
    }

    /// The current page language, read without subscribing (see [`I18n::t`]).
    pub fn lang(&self) -> Language {
        self.language.get_untracked()
    }
}

/// The translations provided by the app shell.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

impl I18n {
    /// A release timestamp (`2026-11-25T09:00:00Z`) as a date in words in the current
    /// language ("25 November 2026", "25 Tachwedd 2026"); month names and the order
    /// come from the catalogue. Release times are UTC and a date needs no more.
    pub fn release_date(&self, timestamp: &str) -> String {
        let (Some(year), Some(month), Some(day)) =
            (timestamp.get(0..4), timestamp.get(5..7).and_then(|m| m.parse::<u8>().ok()), timestamp.get(8..10))
        else {
            return timestamp.to_owned();
        };
        let month = self.t(&format!("month-{month}"));
        let day = day.trim_start_matches('0');
        self.t_with("date-long", &[("day", day.into()), ("month", month.into()), ("year", year.into())])
    }
}
