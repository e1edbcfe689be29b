//! Places the voter may choose between, nearest first, with accessibility filters:
//! postal-vote hand-in at any station in the area, advance or hub voting, US vote
//! centres, early-voting sites and drop boxes.
//!
//! **A filter passes only when the feature is known to be there.** A station whose
//! survey said nothing about a hearing loop is left out by the hearing-loop filter, as
//! is one that said *no*: a voter who needs the loop should not travel on a guess.
//! The list says how many places the filters hid, so the app can say so. A place
//! with no accessibility data at all (US places carry none) passes no filter.
//!
//! **Order**: by great-circle distance from the voter; places at the same distance
//! keep the order they were given in (the bundle's order, natural order of ids), so
//! the list is the same every time. Places without a location come last, in the
//! order given, with no distance.

use super::distance::haversine_metres;
use crate::model::{AccessibilityFeature as Feature, Availability, Location, PollingStation, StationAccessibility};
use crate::us::VotingLocation;

/// Something a voter may need of a place, offered as a filter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AccessFilter {
    /// A step-free way in: a step-free route from the drop-off point or car park,
    /// and an entrance that is level or has a ramp (permanent or temporary), each
    /// known to be so.
    StepFree,
    AccessibleToilet,
    HearingLoop,
    DisabledParking,
    Seating,
    WheelchairHeightBooth,
    TactileVotingDevice,
    LargePrintBallot,
    BslInterpreter,
    QuietTime,
}

impl AccessFilter {
    /// Every filter, in the order a filter list shows them.
    pub const ALL: [AccessFilter; 10] = [
        AccessFilter::StepFree,
        AccessFilter::AccessibleToilet,
        AccessFilter::HearingLoop,
        AccessFilter::DisabledParking,
        AccessFilter::Seating,
        AccessFilter::WheelchairHeightBooth,
        AccessFilter::TactileVotingDevice,
        AccessFilter::LargePrintBallot,
        AccessFilter::BslInterpreter,
        AccessFilter::QuietTime,
    ];

    /// The catalogue key: `step_free`, or the accessibility feature's own key.
    pub fn key(self) -> &'static str {
        match self {
            AccessFilter::StepFree => "step_free",
            other => other.features().0[0].key(),
        }
    }

    /// The filter with this key, if any.
    pub fn from_key(key: &str) -> Option<AccessFilter> {
        AccessFilter::ALL.into_iter().find(|filter| filter.key() == key)
    }

    /// The features that must all be *yes*, and (when not empty) the features of which
    /// at least one must be *yes*.
    fn features(self) -> (&'static [Feature], &'static [Feature]) {
        match self {
            AccessFilter::StepFree => {
                (&[Feature::StepFreeRoute], &[Feature::LevelAccess, Feature::PermanentRamp, Feature::TemporaryRamp])
            }
            AccessFilter::AccessibleToilet => (&[Feature::AccessibleToilet], &[]),
            AccessFilter::HearingLoop => (&[Feature::HearingLoop], &[]),
            AccessFilter::DisabledParking => (&[Feature::DisabledParking], &[]),
            AccessFilter::Seating => (&[Feature::Seating], &[]),
            AccessFilter::WheelchairHeightBooth => (&[Feature::WheelchairHeightBooth], &[]),
            AccessFilter::TactileVotingDevice => (&[Feature::TactileVotingDevice], &[]),
            AccessFilter::LargePrintBallot => (&[Feature::LargePrintBallot], &[]),
            AccessFilter::BslInterpreter => (&[Feature::BslInterpreter], &[]),
            AccessFilter::QuietTime => (&[Feature::QuietTime], &[]),
        }
    }

    /// True when the place is known to meet the need; unknown never passes.
    pub fn passes(self, access: &StationAccessibility) -> bool {
        let yes = |feature: &Feature| access.availability(*feature) == Availability::Yes;
        let (all, any) = self.features();
        all.iter().all(yes) && (any.is_empty() || any.iter().any(yes))
    }
}

/// A place to vote or hand a postal vote in, as the list needs it.
pub trait Place {
    /// Where it is, when known.
    fn location(&self) -> Option<Location>;
    /// What is known about its accessibility; `None` when the data has no survey
    /// format for this kind of place.
    fn accessibility(&self) -> Option<&StationAccessibility>;
}

impl Place for PollingStation {
    fn location(&self) -> Option<Location> {
        self.location
    }
    fn accessibility(&self) -> Option<&StationAccessibility> {
        Some(&self.accessibility)
    }
}

impl Place for VotingLocation {
    fn location(&self) -> Option<Location> {
        self.location.and_then(|[lat, lon]| Location::new(lat, lon))
    }
    fn accessibility(&self) -> Option<&StationAccessibility> {
        None
    }
}

/// One place in the list, with its distance from the voter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Ranked<'a, P> {
    pub place: &'a P,
    /// Metres from the voter; `None` when the place (or the voter) has no location.
    pub metres: Option<f64>,
}

/// The places that pass every filter, nearest first, and how many the filters hid.
#[derive(Clone, Debug, PartialEq)]
pub struct NearestPlaces<'a, P> {
    pub places: Vec<Ranked<'a, P>>,
    pub filtered_out: usize,
}

/// Orders `places` by distance from `voter` (or keeps their order when the voter's
/// position is not known), keeping only those that pass every one of `filters`.
pub fn nearest_first<'a, P: Place>(
    voter: Option<Location>,
    places: &'a [P],
    filters: &[AccessFilter],
) -> NearestPlaces<'a, P> {
    let passes = |place: &P| {
        filters.is_empty()
            || place.accessibility().is_some_and(|access| filters.iter().all(|filter| filter.passes(access)))
    };
    // Each place goes in after every place no farther than it, so equal distances
    // keep the order given and unknown ones (infinitely far) come last. An insertion
    // rather than a sort: lists are a council's stations or a county's places, a few
    // hundred at most, and a sort would add kilobytes to the app's wasm.
    let mut ranked: Vec<Ranked<'a, P>> = Vec::new();
    for place in places.iter().filter(|place| passes(place)) {
        let metres = voter.zip(place.location()).map(|(voter, location)| haversine_metres(voter, location));
        let key = metres.unwrap_or(f64::INFINITY);
        let at = ranked.partition_point(|other| other.metres.unwrap_or(f64::INFINITY) <= key);
        ranked.insert(at, Ranked { place, metres });
    }
    NearestPlaces { filtered_out: places.len() - ranked.len(), places: ranked }
}

#[cfg(test)]
mod tests;
