//! Advance voting places and polling-day hubs: the groups of them on the places page
//! that the voter may use, and the station page's note that the voter may also vote
//! at one of them.
//!
//! `voting-places.json` is fetched only when `bundle.json` names it (most councils
//! have none), once, as soon as the bundle is in ([`prefetch`], so that the station
//! page can say at once whether the voter may use one), and kept in memory for the
//! visit. Who may use which place, the groups'
//! order and their filters are pollcard-core's ([`pollcard_core::voting_places`]):
//! the voter's polling district (from the lookup, or the one district voting at the
//! station the list starts from) decides; with it unknown, places for some areas
//! only are listed with the areas they are for. Everything here is [`Markup`].

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::bundle::BundleIndex;
use pollcard_core::geo::places::{FilterSet, Nearness};
use pollcard_core::model::{Language, Location, PollingDistrict, StationId};
use pollcard_core::voting_places::{
    choose, district_of_station, voter_may_use, MayUse, PlaceKind, VotingPlace, VotingPlacesFile,
};

use crate::components::markup::Markup;
use crate::data::LookupResult;
use crate::i18n::{use_i18n, I18n};
use crate::routes::Page;
use crate::state::use_app_state;

thread_local! {
    /// The file, once fetched in this visit: one signal the pages read.
    static FILE: ArcRwSignal<Option<Arc<VotingPlacesFile>>> = ArcRwSignal::new(None);
    /// The council whose file was asked for, so that it is fetched once.
    static ASKED: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Starts fetching the council's voting places if the bundle has any and they have
/// not been asked for yet.
pub fn prefetch(index: &BundleIndex) {
    let _ = voting_places(index);
}

/// The council's voting places as a signal, `Some` once loaded; `None` when the
/// bundle has none. Fetched (checked against the signed release) once; a fetch that
/// fails (offline before it was ever kept) is tried again by the next page.
pub fn voting_places(index: &BundleIndex) -> Option<ArcRwSignal<Option<Arc<VotingPlacesFile>>>> {
    let path = index.voting_places.clone()?;
    let council = index.council.id.clone();
    let file = FILE.with(Clone::clone);
    if ASKED.with_borrow(|asked| asked.as_ref() != Some(&council)) {
        let release = use_app_state().verified_release()?;
        ASKED.with_borrow_mut(|asked| *asked = Some(council.clone()));
        file.set(None);
        let loaded = file.clone();
        spawn_local(async move {
            let read = crate::data::fetch_verified(&release.manifest, &format!("{}{path}", crate::data::DATA_ROOT))
                .await
                .and_then(|bytes| Ok(VotingPlacesFile::from_json(&bytes)?));
            match read {
                Ok(file) if file.council == council => loaded.set(Some(Arc::new(file))),
                Ok(_) => leptos::logging::error!("Pollcard: the voting places file is another council's"),
                Err(error) => {
                    ASKED.with_borrow_mut(|asked| *asked = None);
                    leptos::logging::error!("Pollcard could not load the voting places: {error}");
                }
            }
        });
    }
    Some(file)
}

/// The voter's polling district: the lookup's (the chosen address's, or the one
/// every address of the postcode shares), else the one district voting at `station`.
pub fn voter_district(index: &BundleIndex, station: Option<&StationId>) -> Option<PollingDistrict> {
    let looked_up = use_app_state().lookup.with_untracked(|lookup| {
        let lookup = lookup.as_ref()?;
        if let Some(address) = lookup.chosen_address() {
            return address.district.clone();
        }
        let LookupResult::Station { addresses, .. } = lookup else { return None };
        let first = addresses.first()?.district.clone()?;
        addresses.iter().all(|address| address.district.as_ref() == Some(&first)).then_some(first)
    });
    let district = match looked_up {
        Some(id) => index.districts.iter().find(|district| district.id == id),
        None => station.and_then(|station| district_of_station(&index.districts, station)),
    };
    district.cloned()
}

/// The groups ("Advance voting", "Polling-day hubs") the voter may use, each
/// nearest first from `at` and filtered by `set`.
pub fn groups(
    i18n: I18n,
    index: &BundleIndex,
    file: &VotingPlacesFile,
    district: Option<&PollingDistrict>,
    at: Option<Location>,
    set: FilterSet,
) -> Markup {
    let language = i18n.lang();
    let mut html = Markup::new();
    for kind in PlaceKind::ALL {
        let (listed, hidden) = choose(file, kind, district, at, &set.filters());
        let total = listed.len() + hidden;
        if total == 0 {
            continue;
        }
        let key = kind.key();
        html.element("h2", "heading-m", &i18n.t(&format!("places-{key}-heading")));
        html.element("p", "body", &i18n.t(&format!("places-{key}-lead")));
        let count = i18n.t_with("places-group-count", &[("shown", listed.len().into()), ("total", total.into())]);
        html.element("p", "body places-group-count", &count);
        if listed.is_empty() {
            html.element("p", "body", &i18n.t("places-group-none"));
        }
        html.open_with("ol", "list places-list", &[("data-kind", key)]);
        for one in &listed {
            html.open("li", "places-item");
            place(&mut html, i18n, language, one.place);
            let nearness = match one.nearness {
                Nearness::Here => i18n.t("places-here"),
                Nearness::Away(way) => crate::pages::places::away(i18n, way),
                Nearness::Unknown if at.is_some() => i18n.t("places-no-location"),
                Nearness::Unknown => String::new(),
            };
            if !nearness.is_empty() {
                html.element("p", "body places-distance", &nearness);
            }
            if one.may_use == MayUse::PerhapsAreas {
                let areas = areas(index, one.place, language);
                html.element("p", "body places-areas", &i18n.t_with("places-for-areas", &[("areas", areas.into())]));
            }
            html.close("li");
        }
        html.close("ol");
    }
    html
}

/// A place's name, address and opening days, in the page's language where the data
/// has it (marked with `lang` where it does not).
fn place(html: &mut Markup, i18n: I18n, language: Language, place: &VotingPlace) {
    let other = |shown: Language| (shown != language).then(|| shown.code());
    if let Some((name, shown)) = place.name.best(language) {
        html.open_in(other(shown), "h3", "heading-s places-name").text(name).close("h3");
    }
    let mut line = place.address.best(language).map(|(text, _)| text.to_owned()).unwrap_or_default();
    if let Some(postcode) = &place.postcode {
        line.push_str(", ");
        line.push_str(postcode);
    }
    html.element("p", "body places-address", &line);
    // Days already over are left out (on a device without a usable clock, none is).
    let to_come: Vec<_> = match crate::election_dates::now_in_london() {
        Some((today, now)) => place.days_to_come(today, now).collect(),
        None => place.days.iter().collect(),
    };
    if to_come.is_empty() {
        html.element("p", "body", &i18n.t("places-days-over"));
        return;
    }
    html.open("ul", "list places-days");
    for day in to_come {
        let text = i18n.t_with(
            "places-open-day",
            &[
                ("date", i18n.date_in_words(day.date).into()),
                ("opens", i18n.time_in_words(day.opens).into()),
                ("closes", i18n.time_in_words(day.closes).into()),
            ],
        );
        html.element("li", "", &text);
    }
    html.close("ul");
}

/// The wards (by name where the bundle has it) and districts a place is for.
fn areas(index: &BundleIndex, place: &VotingPlace, language: Language) -> String {
    let ward_name = |id: &String| {
        let ward = index.districts.iter().filter_map(|district| district.ward.as_ref()).find(|ward| &ward.id == id);
        ward.and_then(|ward| ward.name.best(language)).map_or_else(|| id.clone(), |(name, _)| name.to_owned())
    };
    let names: Vec<String> = place.wards.iter().map(ward_name).chain(place.districts.iter().cloned()).collect();
    names.join(", ")
}

/// The station page's note, once the places are loaded: that the voter may (or,
/// with their district unknown, may perhaps) also vote at one of these places, and
/// the link to them. Nothing when the bundle has none the voter may use on a day still
/// to come.
pub fn station_note(station: &StationId) -> Option<impl IntoView> {
    let index = use_app_state().index()?;
    let loaded = voting_places(&index)?;
    let district = voter_district(&index, Some(station));
    let i18n = use_i18n();
    Some(move || {
        let file = loaded.get()?;
        let now = crate::election_dates::now_in_london();
        let best = file
            .places
            .iter()
            // A place whose days are all over is no longer somewhere to vote.
            .filter(|place| now.is_none_or(|(today, time)| place.days_to_come(today, time).next().is_some()))
            .map(|place| voter_may_use(place, district.as_ref()))
            .filter(|may| *may != MayUse::No)
            .min_by_key(|may| *may != MayUse::Yes)?;
        let key = if best == MayUse::Yes { "station-also-vote" } else { "station-also-vote-perhaps" };
        let mut html = Markup::new();
        html.open("p", "body station-also-vote").text(&i18n.t(key)).text(" ");
        html.open_with("a", "", &[("href", &Page::Places.path(i18n.lang()))]).text(&i18n.t("station-also-vote-link"));
        html.close("a").close("p");
        Some(html.into_view())
    })
}
