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
use crate::components::localized_text::LocalizedParagraph;
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
fn summary_row(term: String, detail: impl IntoView) -> impl IntoView {
    view! {
        <div class="summary-row">
            <dt class="summary-key">{term}</dt>
            <dd class="summary-value">{detail}</dd>
        </div>
    }
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
    let ballot_page = Page::Ballot(ballot.id.clone()).path(language);
    let on_paper = status.on_ballot_paper() && !status.is_result() && ballot.cancelled.is_none();
    let paper_link = on_paper.then(|| {
        view! {
            <p class="body">
                <a href=Page::BallotPaper(ballot.id.clone()).path(language)>{i18n.t("candidate-paper-link")}</a>
            </p>
        }
    });
    let cancelled = ballot.cancelled.is_some().then(|| {
        view! {
            <div class="warning-notice">
                <p class="warning-notice-text">{i18n.t("candidate-ballot-cancelled")}</p>
            </div>
        }
    });
    let statement = (!statement.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">{i18n.t("candidate-statement-heading")}</h2>
            <LocalizedParagraph text=statement missing="no-information" />
        }
    });

    view! {
        <BackLink fallback=Page::Candidates.path(language) />
        <p class="caption">{i18n.t("candidate-caption")}</p>
        <PageHeading text=name />
        <p class="body-l candidate-status" data-status=status.key()>
            {meaning}
        </p>
        {cancelled}
        <dl class="summary-list">
            {summary_row(i18n.t("candidate-status-term"), i18n.t_with("candidate-status-short", &[("status", status.key().into())]))}
            {votes.filter(|_| status != CandidateStatus::ElectedUnopposed).map(|votes| summary_row(i18n.t("candidate-votes-term"), votes))}
            {party.map(|party| summary_row(i18n.t("candidate-party-term"), party))}
            {party_description.map(|description| summary_row(i18n.t("candidate-description-term"), description))}
            {summary_row(i18n.t("candidate-ballot-term"), view! { <a href=ballot_page>{ballot_line}</a> })}
            {summary_row(i18n.t("candidate-poll-term"), i18n.release_date(&election.poll_date))}
        </dl>
        {paper_link}
        {statement}
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
    let meanings = key_dates(&election, &CANDIDATE_EVENTS)
        .map(|(event, _)| {
            let meaning = i18n.t_with("candidate-event-meaning", &[("event", event.key().into())]);
            view! {
                <div class="summary-row">
                    <dt class="summary-key">{event_title(i18n, event)}</dt>
                    <dd class="summary-value">{meaning}</dd>
                </div>
            }
        })
        .collect::<Vec<_>>();
    (!meanings.is_empty()).then(|| {
        view! {
            <h2 class="heading-m">{i18n.t("candidate-timetable-heading")}</h2>
            <KeyDates file election=election.clone() events=&CANDIDATE_EVENTS />
            <h3 class="heading-s">{i18n.t("candidate-timetable-meanings")}</h3>
            <dl class="summary-list candidate-event-meanings">{meanings}</dl>
            <CalendarDownload election events=&CANDIDATE_EVENTS />
        }
    })
}
