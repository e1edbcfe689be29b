//! The page's one polite live region, outside the part of the page that is rebuilt on
//! every navigation, so what it says is announced once and stays until it no longer
//! holds: a new version waiting for the voter, a release the service worker refused
//! (while the last verified data stays in use), or a shortage of storage.

use leptos::prelude::*;
use pollcard_core::model::Council;

use crate::i18n::{use_i18n, CatalogueStatus};
use crate::offline::{self, OfflineStatus};
use crate::state::use_app_state;

/// The id of the live region, for tests and the skip link's neighbours.
pub const STATUS_REGION_ID: &str = "app-status";

/// What a page has just done, said in the live region ("Your settings are saved"):
/// every status message goes here rather than into a live region of its own. The
/// app provides it; showing another page clears it.
#[derive(Clone, Copy)]
pub struct StatusMessage(pub RwSignal<Option<String>>);

impl StatusMessage {
    /// Says `text` in the live region. (Take the `StatusMessage` from the context when
    /// building a view: an event handler has no context to look in.)
    pub fn say(self, text: String) {
        self.0.set(Some(text));
    }
}

/// The region itself. Mounted once, before the page, like a cookie banner.
#[component]
pub fn OfflineNotices() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let content = move || {
        // Text follows the page's language and waits for its catalogue.
        let _ = i18n.language.get();
        let status = state.offline.get();
        let ready = i18n.status() == CatalogueStatus::Ready;
        let release = state.release.with(|_| state.verified_release());
        let council = state.bundle.with(|_| state.index()).map(|index| index.council.clone());
        (ready && release.is_some())
            .then(|| {
                notices(
                    &status,
                    release.as_deref().map(|r| (&r.manifest.created_at, r.manifest.bundle_version)),
                    council,
                )
            })
            .flatten()
    };
    let message = use_context::<StatusMessage>().map(|StatusMessage(message)| message);
    let said = move || {
        message.and_then(|message| message.get()).map(|text| {
            view! {
                <div class="width-container app-status-box">
                    <p class="app-status-text">{text}</p>
                </div>
            }
        })
    };
    view! {
        <div id=STATUS_REGION_ID class="app-status" role="status">
            {content}
            {said}
        </div>
    }
}

/// What to say, if anything.
fn notices(status: &OfflineStatus, release: Option<(&String, u64)>, council: Option<Council>) -> Option<impl IntoView> {
    let i18n = use_i18n();
    let refusal = status.record.refusal.as_ref().map(|refusal| {
        let (headline, showing) = match refusal.reason.as_str() {
            "storage" => ("offline-storage", false),
            "rollback" => ("offline-refused-rollback", true),
            "expired" | "not-yet-valid" => ("offline-refused-expired", true),
            "unsupported" => ("offline-refused-unsupported", true),
            _ => ("offline-refused-altered", true),
        };
        let showing = showing.then(|| {
            let (created_at, version) = release.map_or((String::new(), 0), |(c, v)| (c.clone(), v));
            let council_name = council
                .as_ref()
                .and_then(|council| council.name.best(i18n.lang()).map(|(name, _)| name.to_owned()))
                .unwrap_or_default();
            i18n.t_with(
                "offline-showing",
                &[
                    ("date", i18n.release_date(&created_at).into()),
                    ("version", version.into()),
                    ("council", council_name.into()),
                ],
            )
        });
        view! {
            <p class="app-status-text">
                <strong>{i18n.t(headline)}</strong>
                {showing.map(|text| view! { " " {text} })}
            </p>
        }
    });
    let update = (status.update_ready || status.updated_elsewhere).then(|| {
        let message = if status.updated_elsewhere { "offline-updated-elsewhere" } else { "offline-update-ready" };
        view! {
            <p class="app-status-text">
                {i18n.t(message)} " "
                <button type="button" class="button button-inline" on:click=move |_| offline::apply_update()>
                    {i18n.t("offline-reload")}
                </button>
            </p>
        }
    });
    (refusal.is_some() || update.is_some()).then(|| {
        view! { <div class="width-container app-status-box">{refusal} {update}</div> }
    })
}
