//! "Read aloud": reads a page's key facts with the browser's own speech synthesis.
//!
//! Privacy first: some voices send the text to a remote service, so only a voice with
//! `localService === true` is ever used, in the page's language (`en…` or `cy…`).
//! When the device has no such voice the button says so (in the live region) and
//! reads nothing: it never falls back to a remote voice or another language. Pause,
//! carry on and stop are offered while reading; every change is said in the page's
//! one live region. Leaving the page stops the reading.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

use crate::components::offline_notices::StatusMessage;
use crate::i18n::use_i18n;

/// Not reading, reading, or paused.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Idle,
    Speaking,
    Paused,
}

/// The browser's speech synthesis, if it has one.
fn synthesis() -> Option<SpeechSynthesis> {
    window().speech_synthesis().ok()
}

/// The first voice that runs on this device and speaks `code` (`en`, `cy`), a British
/// one if there is one.
fn local_voice(synthesis: &SpeechSynthesis, code: &str) -> Option<SpeechSynthesisVoice> {
    let voices: Vec<SpeechSynthesisVoice> = synthesis
        .get_voices()
        .iter()
        .map(JsValue::unchecked_into::<SpeechSynthesisVoice>)
        .filter(|voice| {
            let lang = voice.lang().to_ascii_lowercase().replace('_', "-");
            voice.local_service() && (lang == code || lang.starts_with(&format!("{code}-")))
        })
        .collect();
    let british = voices.iter().position(|voice| voice.lang().to_ascii_lowercase().ends_with("gb"));
    voices.into_iter().nth(british.unwrap_or(0))
}

/// The button (and, while reading, the stop button) that reads `text` aloud.
#[component]
pub fn ReadAloud(
    /// What to read: the page's key facts, in the page's language.
    text: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let status = use_context::<StatusMessage>();
    let say = move |key: &str| {
        if let Some(status) = status {
            status.say(i18n.t(key));
        }
    };
    let reading = RwSignal::new(Reading::Idle);
    // Each reading's number: the end of an earlier, cancelled reading is ignored.
    let generation = StoredValue::new(0u32);
    // Asking early lets the browser load its voices before the first click.
    let _ = synthesis().map(|synthesis| synthesis.get_voices());
    on_cleanup(|| {
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
    });

    let start = move || {
        let code = i18n.lang().code();
        let (Some(synthesis), utterance) = (synthesis(), SpeechSynthesisUtterance::new_with_text(&text)) else {
            return say("read-aloud-no-voice");
        };
        let (Some(voice), Ok(utterance)) = (local_voice(&synthesis, code), utterance) else {
            return say("read-aloud-no-voice");
        };
        utterance.set_voice(Some(&voice));
        utterance.set_lang(&voice.lang());
        generation.update_value(|number| *number += 1);
        let this = generation.get_value();
        let ended = wasm_bindgen::closure::Closure::once_into_js(move || {
            if generation.try_get_value() == Some(this) && reading.try_get_untracked() != Some(Reading::Idle) {
                reading.try_set(Reading::Idle);
                say("read-aloud-finished");
            }
        });
        utterance.set_onend(Some(ended.unchecked_ref()));
        synthesis.cancel();
        synthesis.speak(&utterance);
        reading.set(Reading::Speaking);
        say("read-aloud-reading");
    };
    let on_main = move |_| {
        let Some(synthesis) = synthesis() else { return say("read-aloud-no-voice") };
        match reading.get_untracked() {
            Reading::Idle => start(),
            Reading::Speaking => {
                synthesis.pause();
                reading.set(Reading::Paused);
                say("read-aloud-paused");
            }
            Reading::Paused => {
                synthesis.resume();
                reading.set(Reading::Speaking);
                say("read-aloud-reading");
            }
        }
    };
    let on_stop = move |_| {
        reading.set(Reading::Idle);
        if let Some(synthesis) = synthesis() {
            synthesis.cancel();
        }
        say("read-aloud-stopped");
    };
    let label = move || {
        let state = match reading.get() {
            Reading::Idle => "idle",
            Reading::Speaking => "speaking",
            Reading::Paused => "paused",
        };
        i18n.t_with("read-aloud-button", &[("state", state.into())])
    };
    let stop = move || {
        (reading.get() != Reading::Idle).then(|| {
            view! {
                <button type="button" class="button button-secondary" on:click=on_stop>
                    {i18n.t("read-aloud-stop")}
                </button>
            }
        })
    };
    view! {
        <div class="button-group read-aloud">
            <button type="button" class="button button-secondary" on:click=on_main>
                {label}
            </button>
            {stop}
        </div>
    }
}
