//! `/elections`: the voter's elections and ballots, from the lookup in memory, or
//! every election of the council when there is none (after a reload: the postcode is
//! never in the URL or storage). Polls to come first, then past ones with their
//! results; each ballot links to its page.
//!
//! Which ballots an address votes in follows its polling district
//! (`ElectionsFile::ballots_for_district`). When the addresses of the postcode do not
//! all vote in the same ballots and the voter has not said which is theirs, the page
//! asks, and keeps the answer in memory only: in the lookup's `chosen` when it came
//! from the address picker, else here ([`CHOSEN_HERE`]).

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::elections::{Ballot, ElectionsFile, VOTER_EVENTS};
use pollcard_core::model::Council;

use crate::components::address_question::AddressQuestion;
use crate::components::back_link::BackLink;
use crate::components::calendar_download::CalendarDownload;
use crate::components::key_dates::KeyDates;
use crate::components::markup::Markup;
use crate::components::no_election_data::NoElectionData;
use crate::components::page_heading::PageHeading;
use crate::data::{AddressOption, LookupResult};
use crate::i18n::use_i18n;
use crate::pages::election_common::{election_list, localized, today_text};
use crate::routes::Page;
use crate::state::{shown_council, use_app_state};
use crate::{mount, show_with_elections, Shown};

thread_local! {
    /// The address chosen on this page, by postcode and position, for a postcode
    /// whose addresses share a station but not their ballots. Memory only.
    static CHOSEN_HERE: RefCell<Option<(String, usize)>> = const { RefCell::new(None) };
}

/// What the lookup in memory says about whose elections to show.
enum Voter {
    /// No lookup with addresses: every election of the council.
    Anyone,
    /// The ballots of `whom` (an address, or a postcode whose addresses all vote alike).
    Known { whom: String, ballots: Vec<String> },
    /// The postcode's addresses vote in different ballots: which is the voter's?
    ChooseAddress { postcode: String, labels: Vec<String> },
}

/// Mounts the elections page in `main`, once the elections file is here.
pub fn show_elections(main: &web_sys::Element) -> Shown {
    show_with_elections(main, |file| {
        let council = use_app_state().index().and_then(|index| shown_council(&index));
        let Some(file) = file else { return mount(main, move || view! { <NoElectionData council /> }) };
        let lookup = use_app_state().lookup.get_untracked();
        match voter(&file, lookup.as_ref()) {
            Voter::ChooseAddress { postcode, labels } => {
                mount(main, move || view! { <ElectionsAddressQuestion postcode labels /> })
            }
            Voter::Known { whom, ballots } => {
                mount(main, move || view! { <ElectionsPage file council whom=Some(whom) mine=Some(ballots) /> })
            }
            Voter::Anyone => mount(main, move || view! { <ElectionsPage file council whom=None mine=None /> }),
        }
    })
}

fn voter(file: &ElectionsFile, lookup: Option<&LookupResult>) -> Voter {
    let Some(lookup) = lookup.filter(|lookup| !lookup.addresses().is_empty()) else { return Voter::Anyone };
    let addresses = lookup.addresses();
    let ballots_of = |address: &AddressOption| {
        address.district.as_deref().and_then(|district| file.districts.get(district)).cloned().unwrap_or_default()
    };
    let chosen_here = CHOSEN_HERE.with_borrow(|chosen| match chosen {
        Some((postcode, position)) if postcode == lookup.postcode() => addresses.get(*position),
        _ => None,
    });
    if let Some(address) = lookup.chosen_address().or(chosen_here) {
        // A postcode's only address is named by its postcode, as the voter typed it.
        let whom = if addresses.len() == 1 { lookup.postcode() } else { &address.label };
        return Voter::Known { whom: whom.to_owned(), ballots: ballots_of(address) };
    }
    let first = ballots_of(&addresses[0]);
    if addresses.iter().all(|address| ballots_of(address) == first) {
        return Voter::Known { whom: lookup.postcode().to_owned(), ballots: first };
    }
    let labels = addresses.iter().map(|address| address.label.clone()).collect();
    Voter::ChooseAddress { postcode: lookup.postcode().to_owned(), labels }
}

/// The elections page: the voter's ballots (`mine`, for `whom`) or every ballot.
#[component]
fn ElectionsPage(
    file: Arc<ElectionsFile>,
    council: Option<Council>,
    whom: Option<String>,
    mine: Option<Vec<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let today = today_text();
    let ballots: Vec<&Ballot> = match &mine {
        Some(ids) => file.ballots.iter().filter(|ballot| ids.contains(&ballot.id)).collect(),
        None => file.ballots.iter().collect(),
    };
    let (upcoming, mut past): (Vec<&Ballot>, Vec<&Ballot>) =
        ballots.into_iter().partition(|ballot| ballot.poll_date() >= today.as_str());
    past.reverse();

    let council_name = council.as_ref().map(|council| localized(&council.name, lang));
    let (title, lead) = match &whom {
        Some(whom) => {
            (i18n.t("elections-yours-title"), i18n.t_with("elections-yours-for", &[("whom", whom.as_str().into())]))
        }
        None => (i18n.t("elections-all-title"), i18n.t("elections-all-lead")),
    };
    let mut caption = Markup::new();
    if let Some((name, name_lang)) = council_name.filter(|_| whom.is_none()) {
        caption.open_in(name_lang, "p", "caption").text(&name).close("p");
    }

    let mut upcoming_intro = Markup::new();
    upcoming_intro.element("p", "body-l", &lead).element("h2", "heading-m", &i18n.t("elections-upcoming-heading"));
    if upcoming.is_empty() {
        let next = file.elections.iter().find(|election| election.poll_date >= today);
        let next = match next {
            Some(election) => i18n.t_with(
                "elections-next",
                &[
                    ("name", localized(&election.name, lang).0.into()),
                    ("date", i18n.data_date_on(&election.poll_date).into()),
                ],
            ),
            None => i18n.t("elections-next-unknown"),
        };
        upcoming_intro
            .open("div", "inset-text")
            .element("p", "body elections-none-now", &i18n.t("elections-none-now"))
            .element("p", "body", &next)
            .close("div");
    }
    let all = Arc::clone(&file);
    let key_dates = move |id: &str| {
        let election = all.election(id).filter(|election| !election.timetable.is_empty())?.clone();
        let file = Arc::clone(&all);
        Some(view! {
            <h4 class="heading-s">{i18n.t("key-dates-heading")}</h4>
            <KeyDates file election=election.clone() events=&VOTER_EVENTS />
            <CalendarDownload election events=&VOTER_EVENTS />
        })
    };
    let upcoming_list = election_list(&file, &upcoming, key_dates);
    let results = (!past.is_empty()).then(|| {
        let mut heading = Markup::new();
        heading.element("h2", "heading-m", &i18n.t("elections-results-heading"));
        (heading.into_view(), election_list(&file, &past, |_| ()))
    });
    let search = match whom {
        Some(_) => i18n.t("search-again"),
        None => i18n.t("elections-find-yours"),
    };
    let mut links = Markup::new();
    for (page, text) in [(Page::WaysToVote, i18n.t("wtv-link-from")), (Page::Home, search)] {
        links.open("p", "body").open_with("a", "", &[("href", &page.path(lang))]).text(&text).close("a").close("p");
    }

    view! {
        <BackLink fallback=Page::Home.path(lang) />
        {caption.into_view()}
        <PageHeading text=title />
        {upcoming_intro.into_view()}
        {upcoming_list}
        {results}
        {links.into_view()}
    }
}

/// "Choose your address", for elections: the postcode's addresses vote in different
/// ballots. The answer stays in memory and the page is shown again with its ballots.
#[component]
fn ElectionsAddressQuestion(postcode: String, labels: Vec<String>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let asked = postcode.clone();
    let on_choose = Callback::new(move |chosen: usize| {
        state.lookup.update_untracked(|lookup| match lookup {
            Some(LookupResult::ChooseAddress { chosen: choice, .. }) => *choice = Some(chosen),
            _ => CHOSEN_HERE.set(Some((asked.clone(), chosen))),
        });
        // The page is shown again, now with the chosen address's ballots.
        state.bundle.notify();
    });
    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <AddressQuestion postcode labels why="elections-choose-address-why" on_choose />
    }
}
