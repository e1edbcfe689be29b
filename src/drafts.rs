//! Opt-in drafts of postal and proxy vote applications, kept in this browser's
//! IndexedDB for 7 days.
//!
//! Why opt-in and short: the answers (a date of birth, a National Insurance number)
//! are personal. Without the voter's "Save my answers on this device" nothing is
//! written anywhere: the answers live in memory and a reload forgets them. With it,
//! each application's answers are one record (`postal`, `proxy`) of the
//! `pollcard-drafts` database, and one localStorage key holds when they expire (a
//! time, no answer). Expired drafts are deleted when the app starts; "Delete my
//! answers now" and Settings' "delete all my data" delete the database (the latter
//! also from `settings-early.js`).

use std::cell::RefCell;

use js_sys::Promise;
use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::absent_vote::Method;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

use crate::components::question_page::Values;

const DATABASE: &str = "pollcard-drafts";
const STORE: &str = "drafts";
/// The localStorage key holding when the drafts expire (milliseconds since 1970).
const EXPIRES_KEY: &str = "pollcard-drafts-expire";
const KEEP_MS: u64 = 7 * 24 * 60 * 60 * 1000;

/// Milliseconds since 1970, whole (no float is ever printed in the wasm).
fn now() -> u64 {
    js_sys::Date::now() as u64
}

thread_local! {
    /// The answers of each application, in memory only: postal, then proxy.
    static ANSWERS: RefCell<[Values; 2]> = const { RefCell::new([Values::new(), Values::new()]) };
}

fn slot(method: Method) -> usize {
    usize::from(method == Method::Proxy)
}

/// Reads or changes the answers of `method`'s application in memory.
pub fn with_answers<R>(method: Method, change: impl FnOnce(&mut Values) -> R) -> R {
    ANSWERS.with(|answers| change(&mut answers.borrow_mut()[slot(method)]))
}

fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

fn expires() -> Option<u64> {
    storage()?.get_item(EXPIRES_KEY).ok().flatten()?.parse().ok()
}

/// Whether the voter has chosen to keep their answers on this device (and that
/// choice has not expired).
pub fn opted_in() -> bool {
    expires().is_some_and(|expires| expires > now())
}

/// At start: deletes expired drafts; loads live ones into memory, then `loaded`.
pub fn start(loaded: impl Fn() + 'static) {
    match expires() {
        None => {}
        Some(_) if !opted_in() => delete_all(),
        Some(_) => spawn_local(async move {
            for method in [Method::Postal, Method::Proxy] {
                if let Some(text) = read(method).await {
                    with_answers(method, |answers| *answers = decode(&text));
                }
            }
            loaded();
        }),
    }
}

/// Keeps both applications' answers on the device for 7 days from now.
pub fn save_all() {
    if let Some(storage) = storage() {
        let _ = storage.set_item(EXPIRES_KEY, &(now() + KEEP_MS).to_string());
    }
    for method in [Method::Postal, Method::Proxy] {
        let text = with_answers(method, |answers| encode(answers));
        spawn_local(async move {
            if write(method, &text).await.is_none() {
                leptos::logging::error!("Pollcard could not save the answers on this device");
            }
        });
    }
}

/// Saves the answers if the voter has chosen to keep them.
pub fn save_if_opted_in() {
    if opted_in() {
        save_all();
    }
}

/// Deletes the stored drafts (not the answers in memory).
pub fn delete_all() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(EXPIRES_KEY);
    }
    if let Some(factory) = window().indexed_db().ok().flatten() {
        let _ = factory.delete_database(DATABASE);
    }
}

/// Forgets every answer: in memory and on the device.
pub fn forget_all() {
    ANSWERS.with(|answers| *answers.borrow_mut() = [Values::new(), Values::new()]);
    delete_all();
}

/// The request's result once it has succeeded.
async fn done(request: &IdbRequest) -> Option<JsValue> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.ok()?;
    request.result().ok()
}

async fn open() -> Option<IdbDatabase> {
    let request = window().indexed_db().ok().flatten()?.open_with_u32(DATABASE, 1).ok()?;
    let upgrade = wasm_bindgen::closure::Closure::once_into_js(move |event: web_sys::Event| {
        let database = event
            .target()
            .and_then(|target| target.dyn_into::<IdbRequest>().ok())
            .and_then(|request| request.result().ok())
            .and_then(|result| result.dyn_into::<IdbDatabase>().ok());
        if let Some(database) = database {
            let _ = database.create_object_store(STORE);
        }
    });
    request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
    done(&request).await?.dyn_into().ok()
}

async fn write(method: Method, text: &str) -> Option<()> {
    let database = open().await?;
    let store =
        database.transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite).ok()?.object_store(STORE).ok()?;
    let request = store.put_with_key(&JsValue::from_str(text), &JsValue::from_str(method.key())).ok()?;
    done(&request).await?;
    database.close();
    Some(())
}

async fn read(method: Method) -> Option<String> {
    let database = open().await?;
    let store = database.transaction_with_str(STORE).ok()?.object_store(STORE).ok()?;
    let request = store.get(&JsValue::from_str(method.key())).ok()?;
    let value = done(&request).await?.as_string();
    database.close();
    value
}

/// `id␟value␞…`: the separators are control characters no input can hold.
fn encode(values: &Values) -> String {
    values.iter().map(|(id, value)| format!("{id}\u{1f}{value}\u{1e}")).collect()
}

fn decode(text: &str) -> Values {
    text.split('\u{1e}')
        .filter_map(|entry| entry.split_once('\u{1f}'))
        .map(|(id, value)| (id.to_owned(), value.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_round_trip_through_the_stored_text() {
        let mut values = Values::new();
        values.insert("full-name".into(), "Siân O'Brien, Jr".into());
        values.insert("contact-email".into(), String::new());
        values.insert("ground-details".into(), "a=b; c\nd".into());
        assert_eq!(decode(&encode(&values)), values);
        assert_eq!(decode(""), Values::new());
    }
}
