//! What the app shows a US voter once their precinct is found: where they vote on
//! election day (their polling place, every vote centre of a vote-centre locality, or
//! nowhere for a mail-only precinct), the places they may choose between grouped by
//! what each is for, and which election office to contact.
//!
//! The places themselves, and which uses each has, are
//! [`crate::geo::places::us_places`]'s; the nearest-first order and directions are
//! [`crate::geo::places::choose`]'s. This module only sorts them into what the pages
//! show, so that the rules have native tests and the app stays thin.

use super::bundle::UsPlacesFile;
use super::{ElectionAdministration, Precinct};
use crate::geo::places::{ListedPlace, UsPlace, UsPlaceUse};

/// The order the groups of places are shown in, and the filter boxes.
pub const USE_ORDER: [UsPlaceUse; 4] =
    [UsPlaceUse::PollingPlace, UsPlaceUse::VoteCentre, UsPlaceUse::EarlyVoting, UsPlaceUse::DropBox];

impl UsPlaceUse {
    /// The use whose [`UsPlaceUse::key`] is `key`.
    pub fn from_key(key: &str) -> Option<UsPlaceUse> {
        USE_ORDER.into_iter().find(|kind| kind.key() == key)
    }

    /// Voting in person on election day (at the precinct's polling place or a vote
    /// centre), as against early voting or leaving a ballot.
    pub fn is_election_day(self) -> bool {
        matches!(self, UsPlaceUse::PollingPlace | UsPlaceUse::VoteCentre)
    }
}

/// How a precinct votes on election day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ElectionDay {
    /// Everyone votes by mail: there is no polling place.
    MailOnly,
    /// Any vote centre of the locality.
    VoteCentres,
    /// The precinct's own polling place(s).
    PollingPlace,
    /// The feed names no place where the precinct votes in person.
    NotSaid,
}

/// How `precinct` votes on election day, given its places (from
/// [`crate::geo::places::us_places`]).
pub fn election_day(precinct: &Precinct, places: &[UsPlace<'_>]) -> ElectionDay {
    if precinct.is_mail_only {
        ElectionDay::MailOnly
    } else if !places.iter().any(|place| place.uses.iter().any(|kind| kind.is_election_day())) {
        ElectionDay::NotSaid
    } else if precinct.vote_centre {
        ElectionDay::VoteCentres
    } else {
        ElectionDay::PollingPlace
    }
}

/// The election office for `precinct`'s voters: its locality's, else the state's.
pub fn election_office<'a>(file: &'a UsPlacesFile, precinct: &Precinct) -> Option<&'a ElectionAdministration> {
    let locality = file.locality(&precinct.locality_id);
    let state = locality
        .and_then(|locality| locality.state_id.as_deref())
        .and_then(|id| file.state.as_ref().filter(|state| state.id == id))
        .or(file.state.as_ref());
    [
        locality.and_then(|l| l.election_administration_id.as_deref()),
        state.and_then(|s| s.election_administration_id.as_deref()),
    ]
    .into_iter()
    .flatten()
    .find_map(|id| file.administration(id))
}

/// One group of the "choose a place" list: the places with one use, in the list's
/// (nearest-first) order.
#[derive(Clone, Debug, PartialEq)]
pub struct PlaceGroup<'l, 'a> {
    pub kind: UsPlaceUse,
    pub places: Vec<&'l ListedPlace<'a, UsPlace<'a>>>,
}

/// The groups of `listed`, in [`USE_ORDER`], each holding the places with that use
/// (a place with two uses is in both groups), leaving out empty groups and, when
/// `shown` is not empty, groups not in it. Also how many different places the
/// groups hold, for the "showing N of M" sentence.
pub fn group_by_use<'l, 'a>(
    listed: &'l [ListedPlace<'a, UsPlace<'a>>],
    shown: &[UsPlaceUse],
) -> (Vec<PlaceGroup<'l, 'a>>, usize) {
    let groups: Vec<PlaceGroup<'l, 'a>> = USE_ORDER
        .into_iter()
        .filter(|kind| shown.is_empty() || shown.contains(kind))
        .map(|kind| PlaceGroup { kind, places: listed.iter().filter(|l| l.place.uses.contains(&kind)).collect() })
        .filter(|group| !group.places.is_empty())
        .collect();
    let count =
        listed.iter().filter(|l| groups.iter().any(|group| group.places.iter().any(|p| std::ptr::eq(*p, *l)))).count();
    (groups, count)
}

/// The uses that at least one of `places` has, in [`USE_ORDER`]: the filter boxes.
pub fn uses_present(places: &[UsPlace<'_>]) -> Vec<UsPlaceUse> {
    USE_ORDER.into_iter().filter(|kind| places.iter().any(|p| p.uses.contains(kind))).collect()
}
