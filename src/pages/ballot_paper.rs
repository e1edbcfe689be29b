//! Ballot rehearsal (`/ballot/{id}/paper`): the ballot paper as it will be printed,
//! so a voter — above all one using the tactile voting device, which has one flap per
//! box — knows the order of the names before they reach the booth.
//!
//! The paper is an ordered list, not a picture: each entry says its position ("2 of
//! 6"), the name as printed (surname first, in capitals by style only, so screen
//! readers read the word and not its letters) and the description. Text is large by
//! default. Where a paper is marked with crosses, the voter can practise: the boxes are
//! checkboxes, and a verdict (also said in the page's one live region) tells whether
//! the paper would be counted. Nothing is sent or kept: the marks live in this page and
//! go when it does.

use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::elections::{order, Ballot, Candidate, Election, ElectionsFile, VotingSystem};
use wasm_bindgen::JsCast;

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::pages::candidates::{in_language, UnknownBallotOrCandidate};
use crate::routes::Page;
use crate::{mount, Shown};

/// One box on the paper: a candidate, or a party list with its candidates.
struct PaperEntry {
    /// Printed first, in capitals: the surname, or the party of a list.
    heading: String,
    /// Printed under it: the forenames.
    forenames: String,
    /// The party or description under the name; a list's candidates in order.
    description: String,
}

/// Mounts the ballot paper of ballot `id`, or the not-found dead end.
pub fn show_ballot_paper(main: &web_sys::Element, file: Option<Arc<ElectionsFile>>, id: &str) -> Shown {
    let language = use_i18n().lang();
    let found = file.as_deref().and_then(|file| {
        let ballot = file.ballot(id)?;
        Some((ballot.clone(), file.election_of(ballot)?.clone(), file.how_to_mark(ballot, language)))
    });
    match found {
        Some((ballot, election, how_to_mark)) => {
            mount(main, move || view! { <BallotPaperPage ballot election how_to_mark /> })
        }
        None => mount(main, UnknownBallotOrCandidate),
    }
}

/// How many crosses a valid paper may carry; 0 for papers marked with numbers or
/// choices (single transferable and supplementary vote), which get no practice.
fn crosses_allowed(ballot: &Ballot) -> usize {
    match ballot.voting_system {
        VotingSystem::Fptp | VotingSystem::AmsConstituency => usize::from(ballot.seats.max(1)),
        VotingSystem::AmsRegional | VotingSystem::ClosedList => 1,
        VotingSystem::Stv | VotingSystem::Sv => 0,
    }
}

/// The paper's entries in printed order.
fn paper_entries(ballot: &Ballot) -> Vec<PaperEntry> {
    let description = |candidate: &Candidate| {
        candidate.party_description.clone().or_else(|| candidate.party.clone()).unwrap_or_default()
    };
    if ballot.voting_system.uses_party_lists() {
        return order::party_lists(ballot)
            .into_iter()
            .map(|(list, members)| PaperEntry {
                heading: list.to_owned(),
                forenames: String::new(),
                description: members.iter().map(|member| member.name.as_str()).collect::<Vec<_>>().join(", "),
            })
            .collect();
    }
    order::ballot_paper(ballot)
        .into_iter()
        .map(|candidate| PaperEntry {
            heading: candidate.surname().to_owned(),
            forenames: candidate.forenames().to_owned(),
            description: description(candidate),
        })
        .collect()
}

/// The ballot paper, how to mark it, and the practice.
#[component]
pub fn BallotPaperPage(
    /// The ballot.
    ballot: Ballot,
    /// Its election.
    election: Election,
    /// How to mark this paper, in the page's language.
    how_to_mark: Option<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let language = i18n.lang();
    let ballot_name = in_language(&ballot.name, language);
    let allowed = crosses_allowed(&ballot);
    let entries = paper_entries(&ballot);
    let total = entries.len();
    let marks = RwSignal::new(0_usize);

    let provisional = (!election.sopn_published).then(|| {
        let date = election.sopn_date.as_deref().map_or_else(|| "none".to_owned(), |date| i18n.release_date(date));
        i18n.t_with("paper-provisional", &[("date", date.into())])
    });
    let cancelled = ballot.cancelled.is_some().then(|| i18n.t("paper-cancelled"));

    // The verdict, said in the page's one live region after each change (and shown
    // below the paper, not live, so it is announced once).
    let status = use_context::<StatusMessage>();
    let verdict_text = move |marked: usize| {
        let state = match marked {
            0 => "blank",
            marked if marked > allowed => "too_many",
            _ => "valid",
        };
        i18n.t_with("paper-verdict", &[("state", state.into()), ("marks", marked.into()), ("allowed", allowed.into())])
    };

    let mut caption = Markup::new();
    caption.element("p", "caption", &in_language(&election.name, language));
    // The page is markup; one change handler counts the boxes marked.
    let mut paper = Markup::new();
    paper.element("p", "body-l", &i18n.t("paper-lead"));
    for text in provisional.into_iter().chain(cancelled) {
        paper.open("div", "warning-notice").element("p", "warning-notice-text", &text).close("div");
    }
    paper.element("h2", "heading-m", &i18n.t("paper-how-to-mark-heading"));
    paper.element("p", "body-l paper-how-to-mark", &how_to_mark.unwrap_or_default());
    paper.open_with("fieldset", "fieldset paper", &[("aria-describedby", "paper-hint")]);
    let legend = i18n.t_with("paper-legend", &[("ballot", ballot_name.clone().into())]);
    paper.element("legend", "fieldset-legend heading-m", &legend);
    let hint = if allowed > 0 {
        format!(
            "{} {}",
            i18n.t_with("paper-practice-hint", &[("allowed", allowed.into())]),
            i18n.t("paper-practice-only")
        )
    } else {
        i18n.t("paper-no-practice")
    };
    paper.open_with("p", "hint", &[("id", "paper-hint")]).text(&hint).close("p");
    paper.open("ol", "paper-list");
    for (index, entry) in entries.into_iter().enumerate() {
        let id = format!("paper-box-{index}");
        let position = i18n.t_with("paper-position", &[("position", (index + 1).into()), ("total", total.into())]);
        paper.open("li", "paper-row");
        if allowed > 0 {
            paper.open_with("label", "paper-entry", &[("for", &id)]);
        } else {
            paper.open("label", "paper-entry");
        }
        paper.element("span", "paper-position", &position).element("span", "paper-surname", &entry.heading);
        paper.element("span", "paper-forenames", &entry.forenames);
        paper.element("span", "paper-description", &entry.description).close("label");
        if allowed > 0 {
            paper.open_with("input", "paper-mark", &[("type", "checkbox"), ("id", &id)]);
        } else {
            paper.open_with("span", "paper-box", &[("aria-hidden", "true")]).close("span");
        }
        paper.close("li");
    }
    paper.close("ol").close("fieldset");
    let on_change = move |event: leptos::ev::Event| {
        let Some(paper) = event.current_target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) else {
            return;
        };
        let marked = paper.query_selector_all(".paper-mark:checked").map_or(0, |list| list.length() as usize);
        marks.set(marked);
        if let Some(status) = status {
            status.say(verdict_text(marked));
        }
    };

    let verdict = (allowed > 0).then(|| view! { <p class="paper-verdict">{move || verdict_text(marks.get())}</p> });
    let ballot_page = Page::Ballot(ballot.id.clone()).path(language);
    let mut link = Markup::new();
    link.open("p", "body").open_with("a", "", &[("href", &ballot_page)]);
    link.text(&i18n.t("paper-ballot-link")).close("a").close("p");

    view! {
        <BackLink fallback=ballot_page />
        {caption.into_view()}
        <PageHeading text=i18n.t_with("paper-title", &[("ballot", ballot_name.into())]) />
        <div on:change=on_change>{paper.into_view()}</div>
        {verdict}
        {link.into_view()}
    }
}
