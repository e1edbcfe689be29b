//! A candidate's page (`/candidate/{ballot}/{key}`, the key from
//! [`crate::candidate_keys`]): where they stand in the election and what that
//! means, their party and statement, their ballot, and their own timetable.

use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::elections::key_dates::key_dates;
use pollcard_core::elections::{Ballot, Candidate, CandidateStatus, Election, ElectionsFile, CANDIDATE_EVENTS};

use crate::candidate_keys::find_candidate;
use crate::components::back_link::BackLink;
use crate::components::calendar_download::CalendarDownload;
use crate::components::key_dates::{event_title, KeyDates};
use crate::components::localized_text::localized_paragraph;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::pages::candidates::{in_language, UnknownBallotOrCandidate};
use crate::routes::Page;
use crate::{mount, Shown};

/// Mounts the page of the candidate `key` of ballot `ballot_id`, or the not-found
/// dead end.
pub fn show_candidate(main: &web_sys::Element, file: Option<Arc<ElectionsFile>>, ballot_id: &str, key: &str) -> Shown {
    let found = file.and_then(|file| {
        let ballot = file.ballot(ballot_id)?;
        let candidate = find_candidate(ballot, key)?.clone();
        let found = (candidate, ballot.clone(), file.election_of(ballot)?.clone());
        Some((found, file))
    });
    match found {
        Some(((candidate, ballot, election), file)) => {
            mount(main, move || view! { <CandidatePage candidate ballot election file /> })
        }
        None => mount(main, UnknownBallotOrCandidate),
    }
}

/// One row of the page's summary list.
fn summary_row(list: &mut Markup, term: &str, detail: &str) {
    list.open("div", "summary-row")
        .element("dt", "summary-key", term)
        .element("dd", "summary-value", detail)
        .close("div");
}

/// The candidate: status and what it means, party, ballot, statement, timetable.
#[component]
pub fn CandidatePage(
    /// The candidate.
    candidate: Candidate,
    /// The ballot they stand on.
    ballot: Ballot,
    /// The ballot's election.
    election: Election,
    /// The elections file, whose calendar counts the working days to each deadline.
    file: Arc<ElectionsFile>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = i18n.lang();
    let Candidate { name, party, party_description, status, statement, votes, .. } = candidate;
    let sopn_date = election.sopn_date.as_deref().map_or_else(|| "none".to_owned(), |date| i18n.release_date(date));
    // Before the statement, a "nominated" or "deselected" status cannot be known yet:
    // the data says standing, and the meaning says when it will be confirmed.
    let meaning =
        i18n.t_with("candidate-status-meaning", &[("status", status.key().into()), ("date", sopn_date.into())]);
    let ballot_line = format!("{}, {}", in_language(&ballot.name, language), in_language(&election.name, language));

    let mut page = Markup::new();
    page.open_with("p", "body-l candidate-status", &[("data-status", status.key())]).text(&meaning).close("p");
    if ballot.cancelled.is_some() {
        page.open("div", "warning-notice")
            .element("p", "warning-notice-text", &i18n.t("candidate-ballot-cancelled"))
            .close("div");
    }
    page.open("dl", "summary-list");
    let status_short = i18n.t_with("candidate-status-short", &[("status", status.key().into())]);
    summary_row(&mut page, &i18n.t("candidate-status-term"), &status_short);
    if let Some(votes) = votes.filter(|_| status != CandidateStatus::ElectedUnopposed) {
        summary_row(&mut page, &i18n.t("candidate-votes-term"), &votes.to_string());
    }
    if let Some(party) = party {
        summary_row(&mut page, &i18n.t("candidate-party-term"), &party);
    }
    if let Some(description) = party_description {
        summary_row(&mut page, &i18n.t("candidate-description-term"), &description);
    }
    page.open("div", "summary-row").element("dt", "summary-key", &i18n.t("candidate-ballot-term"));
    page.open("dd", "summary-value")
        .open_with("a", "", &[("href", &Page::Ballot(ballot.id.clone()).path(language))])
        .text(&ballot_line)
        .close("a")
        .close("dd")
        .close("div");
    summary_row(&mut page, &i18n.t("candidate-poll-term"), &i18n.release_date(&election.poll_date));
    page.close("dl");
    if status.on_ballot_paper() && !status.is_result() && ballot.cancelled.is_none() {
        page.open("p", "body")
            .open_with("a", "", &[("href", &Page::BallotPaper(ballot.id.clone()).path(language))])
            .text(&i18n.t("candidate-paper-link"))
            .close("a")
            .close("p");
    }
    if !statement.is_empty() {
        page.element("h2", "heading-m", &i18n.t("candidate-statement-heading"));
        localized_paragraph(&mut page, &statement, "no-information");
    }

    view! {
        <BackLink fallback=Page::Candidates.path(language) />
        <p class="caption">{i18n.t("candidate-caption")}</p>
        <PageHeading text=name />
        {page.into_view()}
        <CandidateTimetable election file />
    }
}

/// The candidate's own timetable: close of nominations, withdrawal, the statement of
/// persons nominated and polling day, each with its countdown, what it means for a
/// candidate, and the dates as a calendar file. Nothing when the data has no
/// timetable for the election.
#[component]
fn CandidateTimetable(election: Election, file: Arc<ElectionsFile>) -> impl IntoView {
    let i18n = use_i18n();
    let events: Vec<_> = key_dates(&election, &CANDIDATE_EVENTS).map(|(event, _)| event).collect();
    (!events.is_empty()).then(|| {
        let mut heading = Markup::new();
        heading.element("h2", "heading-m", &i18n.t("candidate-timetable-heading"));
        let mut meanings = Markup::new();
        meanings.element("h3", "heading-s", &i18n.t("candidate-timetable-meanings"));
        meanings.open("dl", "summary-list candidate-event-meanings");
        for event in events {
            let meaning = i18n.t_with("candidate-event-meaning", &[("event", event.key().into())]);
            summary_row(&mut meanings, &event_title(i18n, event), &meaning);
        }
        meanings.close("dl");
        view! {
            {heading.into_view()}
            <KeyDates file election=election.clone() events=&CANDIDATE_EVENTS />
            {meanings.into_view()}
            <CalendarDownload election events=&CANDIDATE_EVENTS />
        }
    })
}
