//! `/ballot/{id}`: one ballot — its election, polling day, voting system and seats;
//! a cancelled poll's reason and its replacement; the candidates in ballot-paper
//! order, provisional until the statement of persons nominated; how to mark the
//! paper, photo ID, and the results once declared. Ballot ids are public, so the
//! page works from a bookmark; only the station's closing time needs the lookup in
//! memory (else polls close at 10pm).

use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::elections::{Ballot, CandidateStatus, Election, ElectionsFile, VOTER_EVENTS};
use pollcard_core::model::Council;
use pollcard_core::timetable::Event;

use crate::components::back_link::BackLink;
use crate::components::calendar_download::CalendarDownload;
use crate::components::dead_end::DeadEnd;
use crate::components::key_dates::{key_dates_text, KeyDates};
use crate::components::markup::Markup;
use crate::components::no_election_data::NoElectionData;
use crate::components::page_heading::PageHeading;
use crate::components::read_aloud::ReadAloud;
use crate::data::LookupResult;
use crate::i18n::{use_i18n, I18n};
use crate::pages::ballot_tables::{candidates_table, results_table};
use crate::pages::clock_time;
use crate::pages::election_common::{localized, today_text};
use crate::routes::Page;
use crate::state::{shown_council, use_app_state};
use crate::{mount, show_with_elections, Shown};

/// When polls close unless the voter's station says otherwise: 10pm.
const POLL_CLOSE_MINUTES: u16 = 22 * 60;

/// Mounts the page of ballot `id` in `main`, once the elections file is here.
pub fn show_ballot(main: &web_sys::Element, id: &str) -> Shown {
    show_with_elections(main, |file| {
        let council: Option<Council> = use_app_state().index().and_then(|index| shown_council(&index));
        let Some(file) = file else { return mount(main, move || view! { <NoElectionData council /> }) };
        if file.ballot(id).is_none() {
            return mount(main, || {
                view! { <DeadEnd title="ballot-unknown-title" body="ballot-unknown-body" link="search-again" /> }
            });
        }
        let id = id.to_owned();
        mount(main, move || view! { <BallotPage file id /> })
    })
}

/// The closing time of the voter's polling station, when the lookup in memory names it.
fn station_closes() -> Option<u16> {
    let state = use_app_state();
    let station = state.lookup.with_untracked(|lookup| match lookup.as_ref()? {
        LookupResult::Station { station, .. } => Some(station.clone()),
        other => other.chosen_address()?.station.clone(),
    })?;
    Some(state.index()?.station(station.as_str())?.opening_hours.closes)
}

#[component]
fn BallotPage(file: Arc<ElectionsFile>, id: String) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let ballot = file.ballot(&id)?;
    let election = file.election_of(ballot);
    let upcoming = ballot.poll_date() >= today_text().as_str();
    let published = election.is_some_and(|election| election.sopn_published);
    let (name, name_lang) = localized(&ballot.name, lang);
    let (election_name, election_lang) = election.map(|e| localized(&e.name, lang)).unwrap_or_default();

    let mut page = Markup::new();
    page.open("dl", "summary-list");
    let mut row = |key: &str, value: &str| {
        page.open("div", "summary-row")
            .element("dt", "summary-key", &i18n.t(key))
            .element("dd", "summary-value", value)
            .close("div");
    };
    row("ballot-polling-day", &i18n.data_date_in_words(ballot.poll_date()));
    let system = i18n.t_with("ballot-voting-system-name", &[("system", ballot.voting_system.key().into())]);
    row("ballot-voting-system", &system);
    row("ballot-seats", &ballot.seats.to_string());
    if let Some(election) = election {
        row("ballot-voting-age", &i18n.t_with("ballot-voting-age-value", &[("age", election.voting_age.into())]));
    }
    page.close("dl");
    if ballot.cancelled.is_some() {
        cancellation(&mut page, i18n, &file, ballot);
    }
    if !ballot.is_cancelled() && ballot.is_uncontested(published) {
        let names: Vec<&str> =
            pollcard_core::elections::order::ballot_paper(ballot).iter().map(|c| c.name.as_str()).collect();
        let text = i18n.t_with(
            "ballot-uncontested",
            &[
                ("names", names.join(", ").into()),
                ("count", names.len().into()),
                ("past", (!upcoming).to_string().into()),
            ],
        );
        page.open("div", "inset-text").element("p", "body", &text).close("div");
    }
    page.element("h2", "heading-m", &i18n.t("ballot-candidates-heading"));
    if let Some(election) = election.filter(|election| !election.sopn_published && !ballot.is_cancelled()) {
        let text = match &election.sopn_date {
            Some(date) => i18n.t_with("ballot-provisional", &[("date", i18n.data_date_on(date).into())]),
            None => i18n.t("ballot-provisional-no-date"),
        };
        page.open("div", "warning-notice ballot-provisional").element("p", "warning-notice-text", &text).close("div");
    }
    let caption = i18n.t_with("ballot-candidates-caption", &[("ballot", name.clone().into())]);
    candidates_table(&mut page, ballot, &caption);
    let not_printed: Vec<_> =
        ballot.candidates.iter().filter(|candidate| !candidate.status.on_ballot_paper()).collect();
    if !not_printed.is_empty() {
        page.element("p", "body", &i18n.t("ballot-not-on-paper")).open("ul", "list");
        for candidate in not_printed {
            let status = i18n.t_with("ballot-status", &[("status", candidate.status.key().into())]);
            page.element("li", "", &format!("{} – {status}", candidate.name));
        }
        page.close("ul");
    }
    if has_results(ballot) {
        results_table(&mut page, ballot);
    }
    if upcoming && !ballot.is_cancelled() {
        voting_guidance(&mut page, i18n, &file, ballot, election);
    }
    let key_dates = election
        .filter(|election| upcoming && !ballot.is_cancelled() && !election.timetable.is_empty())
        .map(|election| {
            page.element("h2", "heading-m", &i18n.t("key-dates-heading"));
            view! {
                <ReadAloud text=key_dates_text(i18n, election, &VOTER_EVENTS) />
                <KeyDates file=Arc::clone(&file) election=election.clone() events=&VOTER_EVENTS />
                <CalendarDownload election=election.clone() events=&VOTER_EVENTS />
            }
        });

    Some(view! {
        <BackLink fallback=Page::Elections.path(lang) />
        <p class="caption" lang=election_lang>{election_name}</p>
        <div lang=name_lang><PageHeading text=name /></div>
        {page.into_view()}
        {key_dates}
    })
}

/// Whether the count has been declared: votes, or a result on any candidate, or totals.
fn has_results(ballot: &Ballot) -> bool {
    ballot.results.is_some()
        || ballot
            .candidates
            .iter()
            .any(|c| c.votes.is_some() || matches!(c.status, CandidateStatus::Elected | CandidateStatus::NotElected))
}

/// "This poll was cancelled", why, and the poll that replaces it.
fn cancellation(page: &mut Markup, i18n: I18n, file: &ElectionsFile, ballot: &Ballot) {
    let lang = i18n.lang();
    let cancelled = ballot.cancelled.clone().unwrap_or_default();
    let (reason, reason_lang) = localized(&cancelled.reason, lang);
    page.open("div", "warning-notice ballot-cancelled");
    page.open("p", "warning-notice-text").element("strong", "", &i18n.t("ballot-cancelled")).close("p");
    if !reason.is_empty() {
        page.open_in(reason_lang, "p", "warning-notice-text").text(&reason).close("p");
    }
    if let Some(id) = cancelled.replaced_by {
        let date = id.rsplit('.').next().map(|date| i18n.data_date_on(date)).unwrap_or_default();
        let text = i18n.t_with("ballot-replaced-by", &[("date", date.into())]);
        page.open("p", "warning-notice-text");
        // A link only when the data has the new poll; its date is in its id anyway.
        match file.replacement(ballot) {
            Some(_) => page.open_with("a", "", &[("href", &Page::Ballot(id).path(lang))]).text(&text).close("a"),
            None => page.text(&text),
        };
        page.close("p");
    }
    page.close("div");
}

/// For a poll to come: how to mark the paper, a rehearsal, photo ID, the queue at close.
fn voting_guidance(page: &mut Markup, i18n: I18n, file: &ElectionsFile, ballot: &Ballot, election: Option<&Election>) {
    let lang = i18n.lang();
    page.element("h2", "heading-m", &i18n.t("ballot-how-to-mark-heading"));
    if let Some(text) = file.how_to_mark(ballot, lang) {
        page.element("p", "body", &text);
    }
    page.open("p", "body")
        .open_with("a", "", &[("href", &Page::BallotPaper(ballot.id.clone()).path(lang))])
        .text(&i18n.t("ballot-rehearse-link"))
        .close("a")
        .close("p");
    let photo_id = election.map(|election| election.photo_id_required).unwrap_or(false);
    let nation = election.map(|election| election.nation.key()).unwrap_or_default();
    page.element("h2", "heading-m", &i18n.t("ballot-at-the-station-heading"));
    page.element(
        "p",
        "body",
        &i18n.t(if photo_id { "ballot-photo-id-required" } else { "ballot-photo-id-not-required" }),
    );
    if photo_id {
        page.element("p", "body", &i18n.t("ballot-photo-id-accepted")).open("ul", "list");
        for text in &file.photo_id {
            let (text, text_lang) = localized(text, lang);
            page.open_in(text_lang, "li", "").text(&text).close("li");
        }
        page.close("ul");
        page.element("p", "body", &i18n.t_with("ballot-photo-id-free", &[("nation", nation.into())]));
    }
    // The voter's station's closing time, else the poll's, else 10pm.
    let poll_close = election
        .and_then(|election| election.timetable.get(&Event::PollClose)?.time)
        .map(|time| u16::from(time.hour()) * 60 + u16::from(time.minute()));
    let closes = clock_time(i18n, station_closes().or(poll_close).unwrap_or(POLL_CLOSE_MINUTES));
    page.element("p", "body ballot-queue", &i18n.t_with("ballot-queue", &[("closes", closes.into())]));
}
