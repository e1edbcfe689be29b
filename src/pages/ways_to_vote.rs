//! `/ways-to-vote`: in person, by post, by proxy and by emergency proxy — who can
//! use each, and for each poll the voter has coming up when each closes ("By 5pm on
//! Tuesday 20 April 2027 – 4 working days from today"); once a deadline has passed,
//! what is still possible. Links to the postal and proxy applications and to the
//! emergency proxy wizard.
//!
//! The rules are pollcard-core's ([`pollcard_core::absent_vote`]): the polls come
//! from the bundle's `elections.json` ([`polls_to_come`]), the voter's from the
//! lookup in memory ([`voter_ballots`]), and the text follows the poll's nation
//! (Northern Ireland needs a reason and EONI). All of it is static content, written
//! with [`Markup`].

use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::absent_vote::polls::{polls_to_come, Poll};
use pollcard_core::absent_vote::{
    is_northern_ireland, LocalDateTime, PollDeadlines, StillPossible, Way, WayStatus, WayToVote,
};
use pollcard_core::elections::ElectionsFile;
use pollcard_core::model::Nation;

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::data::LookupResult;
use crate::election_dates::now_in_london;
use crate::i18n::{use_i18n, I18n};
use crate::pages::election_common::localized;
use crate::routes::{path_in, Page};
use crate::state::use_app_state;
use crate::{mount, show_with_elections, Shown};

/// The ways a page lists, in order.
const LISTED: [Way; 4] = [Way::InPerson, Way::Postal, Way::Proxy, Way::EmergencyProxy];

/// Mounts the page in `main`, once the elections file is here (without one, the
/// page still says who can use each way, without dates).
pub fn show_ways_to_vote(main: &web_sys::Element) -> Shown {
    show_with_elections(main, |file| mount(main, move || view! { <WaysToVotePage file /> }))
}

/// Now in Europe/London, from the device clock.
pub fn local_now() -> Option<LocalDateTime> {
    now_in_london().map(|(date, time)| LocalDateTime::new(date, time))
}

/// The ballots of the voter's address (or of every address of their postcode) in
/// the lookup in memory; `None` without a lookup with addresses: every election.
pub fn voter_ballots(file: &ElectionsFile) -> Option<Vec<String>> {
    let lookup = use_app_state().lookup.get_untracked()?;
    let addresses = match lookup.chosen_address() {
        Some(address) => vec![address.clone()],
        None => lookup.addresses().to_vec(),
    };
    if addresses.is_empty() || matches!(lookup, LookupResult::NotFound { .. }) {
        return None;
    }
    let mut ballots: Vec<String> = Vec::new();
    for district in addresses.iter().filter_map(|address| address.district.as_deref()) {
        for id in file.districts.get(district).into_iter().flatten() {
            if !ballots.contains(id) {
                ballots.push(id.clone());
            }
        }
    }
    Some(ballots)
}

/// "Thursday 6 May 2027" of a moment's day, "5pm on …" of a moment.
fn when(i18n: I18n, moment: LocalDateTime) -> String {
    i18n.deadline_in_words(moment.date, Some(moment.time))
}

#[component]
fn WaysToVotePage(file: Option<Arc<ElectionsFile>>) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let now = local_now();
    let polls = match (file.as_deref(), now) {
        (Some(file), Some(now)) => polls_to_come(file, voter_ballots(file).as_deref(), now),
        _ => Vec::new(),
    };
    // The nation of the voter's polls, else of the data's elections.
    let nation = polls
        .first()
        .map(|poll| poll.deadlines.nation())
        .or_else(|| file.as_deref().and_then(|file| Some(file.elections.first()?.nation)))
        .unwrap_or(Nation::England);
    let ni = if is_northern_ireland(nation) { "-ni" } else { "" };
    let mut page = Markup::new();
    page.element("p", "body-l", &i18n.t("wtv-lead"));
    for way in LISTED {
        page.element("h2", "heading-m", &i18n.t_with("wtv-way", &[("way", way.key().into())]));
        let who = format!("{}{ni}", way.key());
        page.element("p", "body", &i18n.t_with("wtv-who", &[("way", who.into())]));
        link(&mut page, i18n, way, &polls, now);
    }
    if polls.is_empty() {
        page.element("h2", "heading-m", &i18n.t("wtv-dates-heading"));
        page.element("p", "body wtv-no-poll", &i18n.t("wtv-no-poll"));
    }
    for (poll, now) in polls.iter().zip(now.into_iter().cycle()) {
        poll_dates(&mut page, i18n, poll, now);
    }
    view! {
        <BackLink fallback=Page::Home.path(lang) />
        <PageHeading text=i18n.t("wtv-title") />
        {page.into_view()}
    }
}

/// The link for `way` while it is still possible at one of `polls` (or when there
/// is none to tell).
fn link(page: &mut Markup, i18n: I18n, way: Way, polls: &[Poll], now: Option<LocalDateTime>) {
    let path = match way {
        Way::Postal => "/apply/postal",
        Way::Proxy => "/apply/proxy",
        Way::EmergencyProxy => "/emergency-proxy",
        _ => return,
    };
    let closed = now.is_some_and(|now| {
        !polls.is_empty()
            && polls.iter().all(|poll| {
                let ways = poll.deadlines.ways_to_vote(now).ways;
                ways.iter().all(|listed| listed.way != way || matches!(listed.status, WayStatus::Closed { .. }))
            })
    });
    if closed {
        return;
    }
    let href = path_in(path, i18n.lang());
    page.open("p", "body").open_with("a", "", &[("href", &href)]);
    page.text(&i18n.t_with("wtv-link", &[("way", way.key().into())])).close("a").close("p");
}

/// A poll's elections, its deadlines for each way, and what is still possible.
fn poll_dates(page: &mut Markup, i18n: I18n, poll: &Poll, now: LocalDateTime) {
    let lang = i18n.lang();
    let day = i18n.date_in_words(poll.deadlines.request.poll_date);
    page.element("h2", "heading-m", &i18n.t_with("wtv-poll-heading", &[("date", day.into())]));
    page.open("ul", "list");
    for election in &poll.elections {
        let (name, name_lang) = localized(&election.name, lang);
        match name_lang {
            Some(code) => page.open_with("li", "", &[("lang", code)]),
            None => page.open("li", ""),
        };
        page.text(&name).close("li");
    }
    page.close("ul");
    let ways = poll.deadlines.ways_to_vote(now);
    page.open("dl", "summary-list wtv-deadlines");
    for listed in ways.ways.iter().filter(|listed| LISTED.contains(&listed.way)) {
        page.open("div", "summary-row");
        page.element("dt", "summary-key", &i18n.t_with("wtv-way", &[("way", listed.way.key().into())]));
        page.element("dd", "summary-value", &status_text(i18n, &poll.deadlines, listed, now));
        page.close("div");
    }
    page.close("dl");
    if poll.deadlines.photo_id {
        page.element("p", "body", &i18n.t("wtv-photo-id"));
    }
    if !ways.still_possible.is_empty() {
        page.element("h3", "heading-s", &i18n.t("wtv-still-heading"));
        page.open("ul", "list wtv-still");
        for still in &ways.still_possible {
            page.element("li", "", &still_text(i18n, still));
        }
        page.close("ul");
    }
}

/// Where a way stands: its deadline with the working days left, or that it has passed.
fn status_text(i18n: I18n, deadlines: &PollDeadlines, listed: &WayToVote, now: LocalDateTime) -> String {
    let way = ("way", listed.way.key().into());
    match listed.status {
        WayStatus::Closed { closed } => i18n.t_with("wtv-passed", &[way, ("when", when(i18n, closed).into())]),
        WayStatus::NotYetOpen { opens, closes } if listed.way == Way::InPerson => i18n.t_with(
            "wtv-polling-hours",
            &[
                ("opens", i18n.time_in_words(opens.time).into()),
                ("closes", i18n.time_in_words(closes.time).into()),
                ("date", i18n.date_in_words(closes.date).into()),
            ],
        ),
        WayStatus::NotYetOpen { opens, closes } => {
            i18n.t_with("wtv-from-until", &[("opens", when(i18n, opens).into()), ("closes", when(i18n, closes).into())])
        }
        WayStatus::Open { closes } => {
            let days = deadlines.working_days_until(now.date, closes.date);
            let today = if closes.date == now.date { "yes" } else { "no" };
            i18n.t_with(
                "wtv-by",
                &[("when", when(i18n, closes).into()), ("days", days.into()), ("today", today.into())],
            )
        }
    }
}

/// One thing still possible after a deadline.
fn still_text(i18n: I18n, still: &StillPossible) -> String {
    let (kind, from, until) = match *still {
        StillPossible::ApplyForProxy { closes } => ("proxy", closes, closes),
        StillPossible::EmergencyProxyIfGrounds { closes } => ("emergency-proxy", closes, closes),
        StillPossible::ReplacementPostalPack { from, until } => ("replacement", from, until),
        StillPossible::HandInPostalVote { opens, closes } => ("hand-in", opens, closes),
        StillPossible::VoteInPerson { opens, closes } => ("in-person", opens, closes),
    };
    i18n.t_with(
        "wtv-still",
        &[
            ("kind", kind.into()),
            ("from", i18n.date_in_words(from.date).into()),
            ("until", when(i18n, until).into()),
            ("opens", i18n.time_in_words(from.time).into()),
            ("closes", i18n.time_in_words(until.time).into()),
            ("date", i18n.date_in_words(until.date).into()),
        ],
    )
}
