//! The publication history: every release of this information ever published, from
//! the hash-chained publication log, checked against the release in use.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::release::{LogEntry, PublicationLog};

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
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
    // One shape for every state: the lead, then a message, a table, or nothing.
    let body = move || {
        let mut markup = Markup::new();
        markup.element("p", "body", &i18n.t("release-history-lead"));
        match history.get() {
            History::Loading => {}
            History::Unavailable => {
                markup.element("p", "body", &i18n.t("release-history-unavailable"));
            }
            History::Broken => {
                markup.element("p", "body", &i18n.t("release-history-broken"));
            }
            History::Checked(entries) => history_table(&mut markup, entries),
        }
        markup.into_view()
    };
    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <PageHeading text=i18n.t("release-history-title") />
        {body}
    }
}

/// Newest release first. Three columns with a long fingerprint: the table scrolls on
/// its own on a narrow screen.
fn history_table(markup: &mut Markup, entries: Vec<LogEntry>) {
    let i18n = use_i18n();
    let title = i18n.t("release-history-title");
    let headers =
        ["release-history-version", "release-history-published", "release-history-fingerprint"].map(|id| i18n.t(id));
    markup.open_table(&title, "table", ("visually-hidden", &title), &headers);
    for entry in entries.into_iter().rev() {
        markup
            .open("tr", "table-row")
            .element("td", "table-cell", &entry.bundle_version.to_string())
            .element("td", "table-cell", &i18n.release_date(&entry.created_at))
            .element("td", "table-cell fingerprint", &entry.manifest_sha256)
            .close("tr");
    }
    markup.close_table();
}
