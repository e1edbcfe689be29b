//! "Add these dates to your calendar (.ics)": an iCalendar file of an election's key
//! dates, made on the device — no server is asked, nothing is sent. The text comes
//! from pollcard-core's `key_dates_ics` (fixed Europe/London `VTIMEZONE`, stable
//! UIDs), becomes a `Blob`, and an ordinary `<a download>` link points at its object
//! URL, released when the page goes. No inline script or style, so the strict CSP
//! holds. Reusable with any list of events (a voter's or a candidate's).

use leptos::prelude::*;
use pollcard_core::elections::key_dates::key_dates;
use pollcard_core::elections::{key_dates_ics, Election};
use pollcard_core::timetable::{Date, Event, Time};
use wasm_bindgen::JsValue;

use crate::components::key_dates::event_title;
use crate::election_dates::now_utc;
use crate::i18n::use_i18n;
use crate::pages::election_common::localized;

/// An object URL holding `text` as a `text/calendar` file.
fn calendar_url(text: &str) -> Option<String> {
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/calendar;charset=utf-8");
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    web_sys::Url::create_object_url_with_blob(&blob).ok()
}

/// The download link for `election`'s `events`; nothing if the timetable has none.
#[component]
pub fn CalendarDownload(
    election: Election,
    /// Which of the timetable's events to put in the file.
    events: &'static [Event],
) -> impl IntoView {
    let i18n = use_i18n();
    let (name, _) = localized(&election.name, i18n.lang());
    key_dates(&election, events).next()?;
    let summary = |event: Event| {
        let title = event_title(i18n, event);
        Some((i18n.t_with("calendar-event", &[("title", title.into()), ("election", name.as_str().into())]), None))
    };
    let stamp = now_utc().unwrap_or((Date::new(2000, 1, 1)?, Time::MIDNIGHT));
    let text = key_dates_ics(&election, key_dates(&election, events), summary, stamp);
    let url = calendar_url(&text)?;
    let release = url.clone();
    on_cleanup(move || {
        let _ = web_sys::Url::revoke_object_url(&release);
    });
    let file_name = format!("{}.ics", election.id);
    Some(view! {
        <p class="body">
            <a href=url download=file_name class="calendar-download">
                {i18n.t("calendar-download")}
                <span class="visually-hidden">{format!(" – {name}")}</span>
            </a>
        </p>
    })
}
