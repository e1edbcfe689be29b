//! Settings: text size, colours and contrast, spacing, movement and language, saved in
//! this browser's localStorage (non-sensitive preferences only) and applied at once;
//! and "Delete all my data on this device".
//!
//! The page only writes the `pollcard-…` keys and fires an event; the small script
//! loaded in `<head>` (`public/settings-early.js`) turns the keys into attributes on
//! `<html>`, before the first paint on every later visit and straight away on this
//! page. One place maps settings to the page, and it is not in the wasm. The keys
//! are listed in docs/accessibility.md.

use leptos::html::{Button, H2};
use leptos::prelude::*;
use pollcard_core::model::Language;

use crate::components::back_link::BackLink;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::components::rich_text::rich_text;
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::routes::{self, Page};
use crate::state::use_app_state;

/// The prefix of every key Pollcard keeps in localStorage.
const KEY_PREFIX: &str = "pollcard-";
/// The event `settings-early.js` applies the stored settings on.
const APPLY_EVENT: &str = "pollcard-settings";
/// The event `settings-early.js` deletes the voter's stored data on.
const DELETE_EVENT: &str = "pollcard-delete-data";
/// The value that stands for "no choice stored".
const DEFAULT: &str = "default";

/// A setting: its key (after [`KEY_PREFIX`], and in the catalogue ids
/// `settings-{key}-…`), its choices (the first is the default), and whether it has a hint.
struct Setting {
    key: &'static str,
    choices: &'static [&'static str],
    hint: bool,
}

const SETTINGS: [Setting; 4] = [
    Setting { key: "text-size", choices: &[DEFAULT, "large", "larger", "largest"], hint: false },
    Setting { key: "contrast", choices: &[DEFAULT, "dark", "light"], hint: true },
    Setting { key: "spacing", choices: &[DEFAULT, "wide"], hint: false },
    Setting { key: "motion", choices: &[DEFAULT, "reduce"], hint: true },
];

/// The language setting's key: the start page opens in this language.
const LANGUAGE: &str = "language";

/// The settings page.
#[component]
pub fn SettingsPage() -> impl IntoView {
    let i18n = use_i18n();
    // Bumped after "delete my data", to show every setting back at its default.
    let generation = RwSignal::new(0_u32);
    let confirming = RwSignal::new(false);
    let delete_button = NodeRef::<Button>::new();
    let confirm_heading = NodeRef::<H2>::new();
    let status = use_context::<StatusMessage>();
    let state = use_app_state();
    let groups = move || {
        generation.track();
        let settings = SETTINGS.iter().map(|setting| {
            let checked = stored(setting.key).unwrap_or_else(|| DEFAULT.to_owned());
            radio_group(setting.key, setting.choices, setting.hint, checked, status)
        });
        // The language choice shows the page's own language when none is stored.
        let language = stored(LANGUAGE).filter(|code| code == "en" || code == "cy");
        let language = language.unwrap_or_else(|| i18n.lang().code().to_owned());
        let language = radio_group(LANGUAGE, &["en", "cy"], true, language, status);
        (settings.collect_view(), language)
    };
    Effect::new(move |_| {
        if confirming.get() {
            if let Some(heading) = confirm_heading.get() {
                let _ = heading.focus();
            }
        }
    });
    let delete = move |_| {
        dispatch(DELETE_EVENT);
        state.lookup.set(None);
        crate::drafts::forget_all();
        confirming.set(false);
        generation.update(|generation| *generation += 1);
        if let Some(status) = status {
            status.say(i18n.t("settings-deleted"));
        }
        if let Some(button) = delete_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let cancel = move |_| {
        confirming.set(false);
        if let Some(button) = delete_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let confirmation = move || {
        confirming.get().then(|| {
            view! {
                <div class="confirm-panel">
                    <h2 class="heading-m" tabindex="-1" node_ref=confirm_heading>
                        {i18n.t("settings-delete-confirm-title")}
                    </h2>
                    <p class="body">{i18n.t("settings-delete-confirm-body")}</p>
                    <div class="button-group">
                        <button type="button" class="button button-warning" on:click=delete>
                            {i18n.t("settings-delete-yes")}
                        </button>
                        <button type="button" class="button button-secondary" on:click=cancel>
                            {i18n.t("settings-delete-cancel")}
                        </button>
                    </div>
                </div>
            }
        })
    };

    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <PageHeading text=i18n.t("settings-title") />
        <p class="body-l">{i18n.t("settings-lead")}</p>
        <form class="form" novalidate on:submit=|event| event.prevent_default()>
            {groups}
        </form>
        <h2 class="heading-l">{i18n.t("settings-delete-heading")}</h2>
        {rich_text("settings-delete-what")}
        <button
            type="button"
            class="button button-warning"
            node_ref=delete_button
            aria-expanded=move || if confirming.get() { "true" } else { "false" }
            on:click=move |_| confirming.set(true)
        >
            {i18n.t("settings-delete-button")}
        </button>
        {confirmation}
    }
}

/// A GOV.UK radios fieldset for setting `key` with `checked` chosen; choosing saves
/// and applies at once and says so in the live region (the language: goes to this
/// page in that language).
fn radio_group(
    key: &'static str,
    choices: &'static [&'static str],
    hint: bool,
    checked: String,
    status: Option<StatusMessage>,
) -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    let page_language = i18n.lang();
    let legend = i18n.t(&format!("settings-{key}-legend"));
    let hint_id = format!("setting-{key}-hint");
    let hint = hint.then(|| {
        view! {
            <div class="hint" id=hint_id.clone()>
                {i18n.t(&format!("settings-{key}-hint"))}
            </div>
        }
    });
    let described_by = hint.is_some().then_some(hint_id);
    let radios = choices
        .iter()
        .map(|&choice| {
            let id = format!("setting-{key}-{choice}");
            // Each language is named in itself, and marked so for screen readers.
            let (label, lang) = if key == LANGUAGE {
                (i18n.t(&format!("language-name-{choice}")), (choice != page_language.code()).then_some(choice))
            } else {
                (i18n.t(&format!("settings-{key}-{choice}")), None)
            };
            let saved =
                i18n.t_with("settings-saved", &[("setting", legend.clone().into()), ("choice", label.clone().into())]);
            let on_change = move |_| {
                store(key, choice);
                if key == LANGUAGE {
                    let language = if choice == "cy" { Language::Cy } else { Language::En };
                    router.navigate(&routes::path_in(&router.path_untracked(), language));
                    return;
                }
                dispatch(APPLY_EVENT);
                if let Some(status) = status {
                    status.say(saved.clone());
                }
            };
            view! {
                <div class="radio-item">
                    <input
                        class="radio-input"
                        type="radio"
                        id=id.clone()
                        name=format!("setting-{key}")
                        value=choice
                        prop:checked=choice == checked
                        on:change=on_change
                    />
                    <label class="radio-label" for=id lang=lang>
                        {label}
                    </label>
                </div>
            }
        })
        .collect_view();
    view! {
        <div class="form-group">
            <fieldset class="fieldset" aria-describedby=described_by>
                <legend class="fieldset-legend label-m">{legend}</legend>
                {hint}
                <div class="radios">{radios}</div>
            </fieldset>
        </div>
    }
}

/// The stored choice for `key`, if any (none when storage is switched off).
fn stored(key: &str) -> Option<String> {
    let storage = window().local_storage().ok().flatten()?;
    storage.get_item(&format!("{KEY_PREFIX}{key}")).ok().flatten()
}

/// Stores `value` for `key`; the default is stored as no value at all. Storage that is
/// switched off or full leaves the setting for this page only.
fn store(key: &str, value: &str) {
    let Some(storage) = window().local_storage().ok().flatten() else { return };
    let name = format!("{KEY_PREFIX}{key}");
    let _ = if value == DEFAULT { storage.remove_item(&name) } else { storage.set_item(&name, value) };
}

/// Fires `name` on `window` for `settings-early.js`.
fn dispatch(name: &str) {
    if let Ok(event) = web_sys::Event::new(name) {
        let _ = window().dispatch_event(&event);
    }
}
