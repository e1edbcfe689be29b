//! Choosing a place: which places a voter may use, and the list the app shows of
//! them — nearest first from where the voter starts, each with how far and which
//! way, filtered by what the voter needs.
//!
//! Where a voter has a choice depends on the law and on what the data holds:
//!
//! - **Great Britain**: on polling day a postal vote may be handed in at any polling
//!   station of the council area (with a form, at most five packs besides the voter's
//!   own), until 10 pm. So every station of the council is a place to choose.
//!   Northern Ireland has no such rule: a postal vote goes back by post, or to the
//!   Electoral Office ([`postal_hand_in_allowed`]).
//! - **US (VIP feeds)**: a precinct's voters may use its polling place or, in a
//!   vote-centre county, any vote centre of the locality; and any early-voting site
//!   or ballot drop box the feed lists for the precinct or its locality
//!   ([`us_places`]).
//!
//! The ordering and the filters are [`super::nearest`]'s (nearest first, ties in the
//! order given — the bundle's natural order of ids — and "unknown" never passes a
//! filter); this module adds the direction text's data and the filter set the app
//! keeps as one small number.

use super::bearing::{direction, CompassPoints, Direction};
use super::nearest::{nearest_first, AccessFilter, Place};
use crate::model::{Location, Nation, StationAccessibility};
use crate::us::bundle::UsPlacesFile;
use crate::us::{Precinct, VotingLocation};

/// Whether postal votes may be handed in at polling stations in `nation`: in Great
/// Britain, yes (at any station of the council area, on polling day); in Northern
/// Ireland and under US rules, no.
pub fn postal_hand_in_allowed(nation: Nation) -> bool {
    matches!(nation, Nation::England | Nation::Wales | Nation::Scotland)
}

/// Below this many metres a place is where the list starts from (the voter's own
/// station, or a station the voter is standing at): no direction is given.
const HERE_METRES: f64 = 5.0;

/// Where a place is from the start of the list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Nearness {
    /// At the start itself (within 5 m).
    Here,
    /// So far, that way.
    Away(Direction),
    /// The place, or the start, has no location.
    Unknown,
}

/// One place of the list.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ListedPlace<'a, P> {
    pub place: &'a P,
    pub nearness: Nearness,
}

/// The list of places to choose from: those that pass every filter, nearest first,
/// and how many the filters hid.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceChoice<'a, P> {
    pub places: Vec<ListedPlace<'a, P>>,
    pub hidden: usize,
}

/// The places that pass every one of `filters`, nearest first from `start` (or in
/// the order given when `start` is unknown), each with its distance and compass
/// direction (eight points: "north-east" reads better than "east-north-east" in a
/// list).
pub fn choose<'a, P: Place>(start: Option<Location>, places: &'a [P], filters: &[AccessFilter]) -> PlaceChoice<'a, P> {
    let nearest = nearest_first(start, places, filters);
    let listed = nearest
        .places
        .iter()
        .map(|ranked| {
            let nearness = match (start, ranked.place.location(), ranked.metres) {
                (_, _, Some(metres)) if metres < HERE_METRES => Nearness::Here,
                (Some(from), Some(to), Some(_)) => Nearness::Away(direction(from, to, CompassPoints::Eight)),
                _ => Nearness::Unknown,
            };
            ListedPlace { place: ranked.place, nearness }
        })
        .collect();
    PlaceChoice { places: listed, hidden: nearest.filtered_out }
}

/// The filters a voter has ticked, as one bit per [`AccessFilter::ALL`] entry: cheap
/// to keep in a signal and to compare.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct FilterSet(u16);

impl FilterSet {
    fn bit(filter: AccessFilter) -> u16 {
        let position = AccessFilter::ALL.iter().position(|other| *other == filter).unwrap_or(0);
        1 << position
    }

    /// This set with `filter` ticked (`on`) or not.
    pub fn with(self, filter: AccessFilter, on: bool) -> FilterSet {
        let bit = FilterSet::bit(filter);
        FilterSet(if on { self.0 | bit } else { self.0 & !bit })
    }

    pub fn contains(self, filter: AccessFilter) -> bool {
        self.0 & FilterSet::bit(filter) != 0
    }

    /// The ticked filters, in [`AccessFilter::ALL`]'s order.
    pub fn filters(self) -> Vec<AccessFilter> {
        AccessFilter::ALL.into_iter().filter(|filter| self.contains(*filter)).collect()
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// What a US voter may do at a place. A place may be several at once (an
/// early-voting site with a drop box outside is listed by the feed as two places,
/// but one location can be both early voting and a drop box).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UsPlaceUse {
    /// The precinct's own polling place on election day.
    PollingPlace,
    /// A vote centre: any voter of the locality may vote there on election day.
    VoteCentre,
    /// Vote in person before election day.
    EarlyVoting,
    /// Leave a mail ballot.
    DropBox,
}

impl UsPlaceUse {
    /// The catalogue key: `polling-place`, `vote-centre`, `early-voting`, `drop-box`.
    pub fn key(self) -> &'static str {
        match self {
            UsPlaceUse::PollingPlace => "polling-place",
            UsPlaceUse::VoteCentre => "vote-centre",
            UsPlaceUse::EarlyVoting => "early-voting",
            UsPlaceUse::DropBox => "drop-box",
        }
    }
}

/// A US place a precinct's voter may use, and what for.
#[derive(Clone, Debug, PartialEq)]
pub struct UsPlace<'a> {
    pub location: &'a VotingLocation,
    pub uses: Vec<UsPlaceUse>,
}

impl Place for UsPlace<'_> {
    fn location(&self) -> Option<Location> {
        Place::location(self.location)
    }
    fn accessibility(&self) -> Option<&StationAccessibility> {
        Place::accessibility(self.location)
    }
}

/// The places a voter of `precinct` may use: the precinct's own locations (its
/// polling place, or every vote centre of a vote-centre precinct), then the
/// locality's (early voting and drop boxes it lists for everyone), each once, in that
/// order. A mail-only precinct has no polling place, but its voters may still use a
/// drop box. Ids the file does not hold are skipped (the importer reports them).
pub fn us_places<'a>(file: &'a UsPlacesFile, precinct: &Precinct) -> Vec<UsPlace<'a>> {
    let locality = file.locality(&precinct.locality_id).map(|locality| locality.location_ids.as_slice());
    let mut places: Vec<UsPlace<'a>> = Vec::new();
    for (id, own) in precinct
        .location_ids
        .iter()
        .map(|id| (id, true))
        .chain(locality.unwrap_or_default().iter().map(|id| (id, false)))
    {
        let Some(location) = file.location(id) else { continue };
        if places.iter().any(|place| place.location.id == location.id) {
            continue;
        }
        let mut uses = Vec::new();
        let votes_on_the_day = own && !location.is_drop_box && !location.is_early_voting;
        if votes_on_the_day && !precinct.is_mail_only {
            uses.push(if precinct.vote_centre { UsPlaceUse::VoteCentre } else { UsPlaceUse::PollingPlace });
        }
        if location.is_early_voting {
            uses.push(UsPlaceUse::EarlyVoting);
        }
        if location.is_drop_box {
            uses.push(UsPlaceUse::DropBox);
        }
        if !uses.is_empty() {
            places.push(UsPlace { location, uses });
        }
    }
    places
}

#[cfg(test)]
mod tests;
