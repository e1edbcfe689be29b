//! The publication history: every release of this information ever published, from
//! the hash-chained publication log, checked against the release in use.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::release::{LogEntry, PublicationLog};

use crate::components::back_link::BackLink;
use crate::components::page_heading::PageHeading;
use crate::components::scroll_region::scroll_region;
use crate::data;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::use_app_state;

/// What the log said.
#[derive(Clone)]
enum History {
    Loading,
    Checked(Vec<LogEntry>),
    Broken,
    Unavailable,
}

/// "Publication history".
#[component]
pub fn HistoryPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let history = RwSignal::new(History::Loading);
    if let Some(release) = state.verified_release() {
        spawn_local(async move {
            let checked = match data::load_publication_log().await {
                Err(_) => History::Unavailable,
                Ok(bytes) => match PublicationLog::from_bytes(&bytes) {
                    Err(_) => History::Broken,
                    Ok(log) => match log.verify_chain(&release.manifest_bytes, &release.manifest) {
                        Ok(()) => History::Checked(log.entries),
                        Err(_) => History::Broken,
                    },
                },
            };
            history.set(checked);
        });
    }
    // One shape for every state (a message, a table, or nothing) rather than `AnyView`,
    // whose generic rebuilding code costs wasm.
    let body = move || {
        let (message, table) = match history.get() {
            History::Loading => (None, None),
            History::Unavailable => (Some("release-history-unavailable"), None),
            History::Broken => (Some("release-history-broken"), None),
            History::Checked(entries) => (None, Some(history_table(entries))),
        };
        (message.map(|id| view! { <p class="body">{i18n.t(id)}</p> }), table)
    };
    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <PageHeading text=i18n.t("release-history-title") />
        <p class="body">{i18n.t("release-history-lead")}</p>
        {body}
    }
}

fn history_table(entries: Vec<LogEntry>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = entries
        .into_iter()
        .rev()
        .map(|entry| {
            view! {
                <tr class="table-row">
                    <td class="table-cell">{entry.bundle_version}</td>
                    <td class="table-cell">{i18n.release_date(&entry.created_at)}</td>
                    <td class="table-cell fingerprint">{entry.manifest_sha256}</td>
                </tr>
            }
        })
        .collect_view();
    let table = view! {
        <table class="table">
            <caption class="visually-hidden">{i18n.t("release-history-title")}</caption>
            <thead>
                <tr class="table-row">
                    <th scope="col" class="table-header">{i18n.t("release-history-version")}</th>
                    <th scope="col" class="table-header">{i18n.t("release-history-published")}</th>
                    <th scope="col" class="table-header">{i18n.t("release-history-fingerprint")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    };
    // Three columns with a long fingerprint: it scrolls on its own on a narrow screen.
    scroll_region(i18n.t("release-history-title"), table)
}
