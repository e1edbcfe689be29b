//! Settings: text size, colours and contrast, spacing, movement and language, saved in
//! this browser's localStorage (non-sensitive preferences only) and applied at once;
//! and "Delete all my data on this device".
//!
//! The page only writes the `pollcard-…` keys and fires an event; the small script
//! loaded in `<head>` (`public/settings-early.js`) turns the keys into attributes on
//! `<html>`, before the first paint on every later visit and straight away on this
//! page. One place maps settings to the page, and it is not in the wasm. The keys
//! are listed in docs/accessibility.md.

use leptos::ev::Event;
use leptos::html::{Button, H2};
use leptos::prelude::*;
use pollcard_core::model::Language;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
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
    // Every group as markup, with one change handler on the form for all of them.
    let groups = move || {
        // The generation is written into the markup so that it always differs from
        // the last: an inert element is only replaced when its HTML changes, and
        // after "delete my data" the radios the voter ticked must go back to the
        // defaults even when the page was first shown with them.
        let mut markup = Markup::new();
        markup.open_with("div", "", &[("data-generation", &generation.get().to_string())]);
        for setting in &SETTINGS {
            let checked = stored(setting.key).unwrap_or_else(|| DEFAULT.to_owned());
            radio_group(&mut markup, setting.key, setting.choices, setting.hint, &checked);
        }
        // The language choice shows the page's own language when none is stored.
        let language = stored(LANGUAGE).filter(|code| code == "en" || code == "cy");
        let language = language.unwrap_or_else(|| i18n.lang().code().to_owned());
        radio_group(&mut markup, LANGUAGE, &["en", "cy"], true, &language);
        markup.close("div");
        markup.into_view()
    };
    let router = use_router();
    let choose = move |event: Event| {
        let Some(input) = event.target().and_then(|target| target.dyn_into::<HtmlInputElement>().ok()) else {
            return;
        };
        let name = input.name();
        let Some(key) = name.strip_prefix("setting-") else { return };
        let choice = input.value();
        store(key, &choice);
        if key == LANGUAGE {
            let language = if choice == "cy" { Language::Cy } else { Language::En };
            router.navigate(&routes::path_in(&router.path_untracked(), language));
            return;
        }
        dispatch(APPLY_EVENT);
        if let Some(status) = status {
            let (legend, label) = (i18n.t(&format!("settings-{key}-legend")), label(key, &choice));
            status.say(i18n.t_with("settings-saved", &[("setting", legend.into()), ("choice", label.into())]));
        }
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
        <form class="form" novalidate on:submit=|event| event.prevent_default() on:change=choose>
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

/// The label of `choice` of setting `key`. Each language is named in itself.
fn label(key: &str, choice: &str) -> String {
    let i18n = use_i18n();
    if key == LANGUAGE {
        i18n.t(&format!("language-name-{choice}"))
    } else {
        i18n.t(&format!("settings-{key}-{choice}"))
    }
}

/// A GOV.UK radios fieldset for setting `key` with `checked` chosen, as markup;
/// choosing one saves and applies it at once (the form's change handler).
fn radio_group(markup: &mut Markup, key: &str, choices: &[&str], hint: bool, checked: &str) {
    let i18n = use_i18n();
    let page_language = i18n.lang();
    let hint_id = format!("setting-{key}-hint");
    markup.open("div", "form-group");
    if hint {
        markup.open_with("fieldset", "fieldset", &[("aria-describedby", &hint_id)]);
    } else {
        markup.open("fieldset", "fieldset");
    }
    markup.element("legend", "fieldset-legend label-m", &i18n.t(&format!("settings-{key}-legend")));
    if hint {
        markup.open_with("div", "hint", &[("id", &hint_id)]);
        markup.text(&i18n.t(&format!("settings-{key}-hint"))).close("div");
    }
    markup.open("div", "radios");
    let name = format!("setting-{key}");
    for &choice in choices {
        let id = format!("setting-{key}-{choice}");
        markup.open("div", "radio-item");
        let mut attrs = vec![("type", "radio"), ("id", id.as_str()), ("name", &name), ("value", choice)];
        if choice == checked {
            attrs.push(("checked", ""));
        }
        markup.open_with("input", "radio-input", &attrs);
        // A language's name is marked as in that language for screen readers.
        let lang = (key == LANGUAGE && choice != page_language.code()).then_some(choice);
        let mut attrs = vec![("for", id.as_str())];
        attrs.extend(lang.map(|lang| ("lang", lang)));
        markup.open_with("label", "radio-label", &attrs).text(&label(key, choice)).close("label").close("div");
    }
    markup.close("div").close("fieldset").close("div");
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
