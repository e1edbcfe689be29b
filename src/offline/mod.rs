//! Signed data and offline use, the page's side.
//!
//! Before any data is used the app checks the release it came from, with the same
//! pollcard-core code as `pollcard verify`: signature (by a key pinned into this build
//! from `pollcard-build.toml`) → schema → version (never below the highest seen) →
//! expiry, then every file's SHA-256 as it is fetched (see [`crate::data`]). Only the
//! Ed25519 arithmetic itself is the browser's (WebCrypto), to keep the wasm small.
//!
//! The service worker (`sw.js`, written by `pollcard precache`) installs each release
//! into its own cache, all or nothing; this module registers it and turns what it
//! reports into the notices the page shows.

use std::sync::Arc;

use js_sys::Uint8Array;
use leptos::prelude::*;
use pollcard_core::release::{
    accept_signed, check_version, freshness, Freshness, ReleaseError, ReleaseManifest, ReleaseSignature, MANIFEST_FILE,
    SIGNATURE_FILE,
};
use thiserror::Error;
use wasm_bindgen::prelude::*;

use crate::data::{self, DataError};

// The publisher keys this build trusts, from the build configuration (build.rs).
include!(concat!(env!("OUT_DIR"), "/trusted_keys.rs"));

// `bridge.js`: thin calls into browser APIs whose Rust bindings would cost more wasm
// than the file's bytes (service-worker registration and messages, WebCrypto's
// Ed25519, and the small release-state record in IndexedDB that the service worker
// shares). It ships as written (nothing minifies it), so it is documented here.
#[wasm_bindgen(module = "/src/offline/bridge.js")]
extern "C" {
    /// Registers the service worker and reports what it does through
    /// `on_event(kind, reason = "", detail = "")`: `update-ready` (a verified release
    /// is waiting for the voter to reload), `release-state` (the shared release record
    /// changed: read it again), `refused` with a reason and detail (the worker refused
    /// a new release), `updated-elsewhere` (another window switched to a new release).
    /// Also asks the browser not to evict the offline copy under storage pressure (it
    /// may say no; nothing depends on the answer). False where service workers are
    /// unavailable.
    #[wasm_bindgen(js_name = startServiceWorker)]
    fn start_service_worker(on_event: &js_sys::Function) -> bool;
    /// Whether a service worker serves this page (its files came from a verified release).
    #[wasm_bindgen(js_name = isControlled)]
    fn is_controlled() -> bool;
    /// Switches to the waiting release and reloads, after the voter asked to.
    #[wasm_bindgen(js_name = applyUpdate)]
    fn apply_update_js();
    /// Ed25519 with the browser's own WebCrypto. Rejects where the browser lacks it.
    #[wasm_bindgen(js_name = verifyEd25519, catch)]
    async fn verify_ed25519(key: &Uint8Array, message: &Uint8Array, signature: &Uint8Array)
        -> Result<JsValue, JsValue>;
    /// The shared release record, flattened: `[highest version adopted or -1, refusal
    /// reason or "", refusal detail or ""]`. Unreadable storage counts as empty.
    #[wasm_bindgen(js_name = readReleaseState)]
    async fn read_release_state() -> JsValue;
    /// Raises the highest version adopted to `version` (never lowers it). Errors are
    /// ignored: private modes may refuse IndexedDB, and the service worker keeps its
    /// own record.
    #[wasm_bindgen(js_name = recordVersionSeen)]
    async fn record_version_seen(version: f64) -> JsValue;
}

/// A release whose signature, version and expiry have been checked.
#[derive(Debug)]
pub struct VerifiedRelease {
    pub manifest: ReleaseManifest,
    /// The manifest's exact bytes (the publication log's last entry commits to them).
    pub manifest_bytes: Vec<u8>,
    /// Whether it is still in date; an expired release already held stays in use.
    pub freshness: Freshness,
}

/// Why the release could not be used.
#[derive(Debug, Error)]
pub enum ReleaseFailure {
    #[error(transparent)]
    Fetch(#[from] DataError),
    #[error(transparent)]
    Refused(#[from] ReleaseError),
    #[error("this browser cannot check Ed25519 signatures: {0}")]
    Unsupported(String),
}

/// The record the service worker and the page share (IndexedDB, nothing personal).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReleaseRecord {
    /// The highest release version ever adopted on this device.
    pub highest_seen_version: Option<u64>,
    /// Why the service worker last refused a new release, until one is accepted.
    pub refusal: Option<Refusal>,
}

/// A release the service worker refused; the page keeps the one it has.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    /// `signature`, `schema`, `mismatch`, `tampered`, `rollback`, `expired`,
    /// `not-yet-valid`, `unsupported` or `storage`.
    pub reason: String,
    /// The technical detail, in English, for whoever runs the site.
    pub detail: String,
}

/// What the service worker has told the page.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct OfflineStatus {
    /// A verified release is waiting for the voter to reload.
    pub update_ready: bool,
    /// Another window switched to a newer release.
    pub updated_elsewhere: bool,
    /// The shared record, as last read.
    pub record: ReleaseRecord,
}

/// Fetches `release.json` and `release.sig` and checks them.
pub async fn load_release() -> Result<VerifiedRelease, ReleaseFailure> {
    let manifest_bytes = data::fetch_bytes(&format!("/{MANIFEST_FILE}")).await?;
    let signature_bytes = data::fetch_bytes(&format!("/{SIGNATURE_FILE}")).await?;
    let signature = ReleaseSignature::from_bytes(&signature_bytes)?;
    let valid = verify_ed25519(
        &Uint8Array::from(&signature.public_key[..]),
        &Uint8Array::from(&manifest_bytes[..]),
        &Uint8Array::from(&signature.signature[..]),
    )
    .await
    .map_err(|error| ReleaseFailure::Unsupported(describe(&error)))?
    .as_bool()
    .unwrap_or(false);
    let manifest = accept_signed(&manifest_bytes, &signature, valid, TRUSTED_KEYS)?;
    let record = read_record().await;
    check_version(&manifest, record.highest_seen_version)?;
    let now = (js_sys::Date::now() / 1000.0) as i64;
    let freshness = freshness(&manifest, now)?;
    // A release the service worker holds was adopted while in date and stays in use
    // (with a warning); one fetched for the first time must be in date to be adopted.
    match (&freshness, is_controlled()) {
        (Freshness::Current, _) | (_, true) => {}
        (Freshness::Expired { expires_at }, false) => {
            return Err(ReleaseError::Expired { expires_at: expires_at.clone() }.into())
        }
        (Freshness::NotYetValid { created_at }, false) => {
            return Err(ReleaseError::NotYetValid { created_at: created_at.clone() }.into())
        }
    }
    record_version_seen(manifest.bundle_version as f64).await;
    Ok(VerifiedRelease { manifest, manifest_bytes, freshness })
}

/// Reads the shared record; an unreadable one counts as empty.
pub async fn read_record() -> ReleaseRecord {
    let fields = js_sys::Array::from(&read_release_state().await);
    let text = |index: u32| fields.get(index).as_string().unwrap_or_default();
    let highest = fields.get(0).as_f64().filter(|version| *version >= 0.0);
    let reason = text(1);
    ReleaseRecord {
        highest_seen_version: highest.map(|version| version as u64),
        refusal: (!reason.is_empty()).then(|| Refusal { reason, detail: text(2) }),
    }
}

/// Registers the service worker and keeps `status` up to date with what it reports.
pub fn start(status: RwSignal<OfflineStatus>) {
    // `after_install`: the worker has just installed a release, so a refusal not in
    // the record is over. Otherwise one already reported by message is kept (with
    // storage full it may never have reached the record).
    let refresh = move |after_install: bool| {
        leptos::task::spawn_local(async move {
            let record = read_record().await;
            status.update(|status| {
                status.record.highest_seen_version = record.highest_seen_version;
                if after_install || record.refusal.is_some() {
                    status.record.refusal = record.refusal;
                }
            });
        });
    };
    refresh(false);
    let on_event = Closure::<dyn Fn(String, Option<String>, Option<String>)>::new(
        move |kind: String, reason: Option<String>, detail: Option<String>| match kind.as_str() {
            "update-ready" => status.update(|status| status.update_ready = true),
            "updated-elsewhere" => status.update(|status| status.updated_elsewhere = true),
            // Straight from the worker's message: with storage full the shared record
            // may not hold it.
            "refused" => status.update(|status| {
                status.record.refusal =
                    Some(Refusal { reason: reason.unwrap_or_default(), detail: detail.unwrap_or_default() })
            }),
            _ => refresh(true),
        },
    );
    start_service_worker(on_event.as_ref().unchecked_ref());
    // The page lives as long as the app; so does its listener.
    on_event.forget();
}

/// Switches to the waiting release and reloads: only ever on the voter's request.
pub fn apply_update() {
    apply_update_js();
}

fn describe(error: &JsValue) -> String {
    error.as_string().or_else(|| js_sys::JSON::stringify(error).ok().and_then(|s| s.as_string())).unwrap_or_default()
}

/// The release state the app is in.
#[derive(Clone)]
pub enum ReleaseState {
    Loading,
    Verified(Arc<VerifiedRelease>),
    Failed(Arc<ReleaseFailure>),
}
