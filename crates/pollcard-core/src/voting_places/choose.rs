//! Which advance voting places and polling-day hubs a voter may use, and the list
//! the app shows of them: nearest first, with the same accessibility filters as the
//! stations' list (the ordering and the filters are [`crate::geo::places::choose`]'s,
//! so "unknown" never passes a filter here either).
//!
//! Who may use a place is decided by the voter's polling district, and the ward it is
//! part of. A place for the whole council is anyone's. A place for listed wards or
//! districts is the voter's when their district, or its ward (by id or by name), is
//! listed; when the page does not know the voter's district (a station page opened
//! from a bookmark), such a place may or may not be theirs, and the app says which
//! areas it is for rather than hide it or promise it.

use super::{PlaceKind, VotingPlace, VotingPlacesFile};
use crate::geo::nearest::AccessFilter;
use crate::geo::places::Nearness;
use crate::model::{Location, PollingDistrict, StationId};

/// Whether a voter may use a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MayUse {
    Yes,
    No,
    /// The place is for some areas only and the voter's area is not known.
    PerhapsAreas,
}

/// Whether a voter of `district` (`None` when not known) may use `place`.
pub fn voter_may_use(place: &VotingPlace, district: Option<&PollingDistrict>) -> MayUse {
    if place.open_to_whole_council() {
        return MayUse::Yes;
    }
    let Some(district) = district else { return MayUse::PerhapsAreas };
    let listed = |list: &[String], value: &str| list.iter().any(|item| item.eq_ignore_ascii_case(value));
    let ward = district.ward.as_ref();
    let ward_listed = ward.is_some_and(|ward| {
        let names = [ward.name.en.as_deref(), ward.name.cy.as_deref()];
        listed(&place.wards, &ward.id) || names.into_iter().flatten().any(|name| listed(&place.wards, name))
    });
    if listed(&place.districts, &district.id) || ward_listed {
        MayUse::Yes
    } else if ward.is_none() && place.districts.is_empty() {
        // Listed by ward, and the bundle does not say which ward the district is in.
        MayUse::PerhapsAreas
    } else {
        MayUse::No
    }
}

/// The polling districts whose voters are sent to `station`: the ones a station
/// page can speak for. One district decides; none, or several that differ in what
/// they may use, leave the voter's area unknown.
pub fn district_of_station<'a>(districts: &'a [PollingDistrict], station: &StationId) -> Option<&'a PollingDistrict> {
    let mut at_station = districts.iter().filter(|district| district.station_id.as_ref() == Some(station));
    let first = at_station.next()?;
    at_station.next().is_none().then_some(first)
}

/// One place of a group, with where it is from the start of the list and whether
/// the voter may use it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Listed<'a> {
    pub place: &'a VotingPlace,
    pub nearness: Nearness,
    pub may_use: MayUse,
}

/// The places of `kind` a voter of `district` may (or, with the area unknown, might)
/// use that pass every one of `filters`, nearest first from `start` (else in the
/// file's order), and how many of the voter's places the filters hid.
pub fn choose<'a>(
    file: &'a VotingPlacesFile,
    kind: PlaceKind,
    district: Option<&PollingDistrict>,
    start: Option<Location>,
    filters: &[AccessFilter],
) -> (Vec<Listed<'a>>, usize) {
    let mine: Vec<(&'a VotingPlace, MayUse)> = file
        .places
        .iter()
        .filter(|place| place.kind == kind)
        .map(|place| (place, voter_may_use(place, district)))
        .filter(|(_, may_use)| *may_use != MayUse::No)
        .collect();
    let places: Vec<&'a VotingPlace> = mine.iter().map(|(place, _)| *place).collect();
    let chosen = crate::geo::places::choose(start, &places, filters);
    let listed = chosen
        .places
        .iter()
        .map(|listed| {
            let place: &'a VotingPlace = listed.place;
            let may_use =
                mine.iter().find(|(other, _)| std::ptr::eq(*other, place)).map_or(MayUse::Yes, |(_, may)| *may);
            Listed { place, nearness: listed.nearness, may_use }
        })
        .collect();
    (listed, chosen.hidden)
}
