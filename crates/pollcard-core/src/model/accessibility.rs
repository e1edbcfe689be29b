//! How accessible a polling station is, feature by feature.
//!
//! Every feature is *yes*, *no* or *unknown*. Unknown is never shown as no, and no is
//! never shown as unknown: a feature the council did not survey is simply absent from
//! the data, which reads back as [`Availability::Unknown`].

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::keys::{variant_with_key, UnknownKey};
use super::LocalizedText;

mod osm;

pub use osm::osm_tags;

/// Whether a feature is present at a station.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(target_arch = "wasm32", serde(try_from = "String"))]
pub enum Availability {
    Yes,
    No,
    #[default]
    Unknown,
}

impl Availability {
    /// The stable key used in JSON output and catalogues.
    pub fn key(self) -> &'static str {
        match self {
            Availability::Yes => "yes",
            Availability::No => "no",
            Availability::Unknown => "unknown",
        }
    }

    /// Reads a survey answer. `yes`/`y`/`true`/`1` and `no`/`n`/`false`/`0` (any case,
    /// surrounding spaces ignored) are answers; a blank cell, `unknown`, `not known`
    /// or `?` is an explicit *unknown*. Anything else is `None`: the caller must report
    /// it, not guess.
    pub fn from_survey_answer(value: &str) -> Option<Availability> {
        match value.trim().to_ascii_lowercase().as_str() {
            "yes" | "y" | "true" | "1" => Some(Availability::Yes),
            "no" | "n" | "false" | "0" => Some(Availability::No),
            "" | "unknown" | "not known" | "?" | "u" => Some(Availability::Unknown),
            _ => None,
        }
    }
}

impl TryFrom<String> for Availability {
    type Error = UnknownKey;

    /// Exactly a key, as serde's derived reader accepts (see `model::keys`).
    fn try_from(key: String) -> Result<Self, UnknownKey> {
        variant_with_key(key, &[Availability::Yes, Availability::No, Availability::Unknown], Availability::key)
    }
}

impl fmt::Display for Availability {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// A feature of a polling station that matters to disabled voters.
///
/// The keys (see [`AccessibilityFeature::key`]) are part of the bundle format and the
/// CLI's JSON output; add new features at the end and never rename a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(target_arch = "wasm32", serde(try_from = "String"))]
pub enum AccessibilityFeature {
    IsTemporary,
    LevelAccess,
    TemporaryRamp,
    PermanentRamp,
    NearbyParking,
    DisabledParking,
    HearingLoop,
    PublicToilets,
    AccessibleToilet,
    Seating,
    WheelchairHeightBooth,
    TactileVotingDevice,
    LargePrintBallot,
    Magnifiers,
    Lighting,
    StepFreeRoute,
    WideDoors,
    StepsAtEntrance,
    PencilGrips,
    QuietTime,
    BslInterpreter,
    BallotBroughtOutside,
}

impl AccessibilityFeature {
    /// Every feature, in the order a station page lists them: getting in first,
    /// then facilities, then voting equipment.
    pub const ALL: [AccessibilityFeature; 22] = [
        AccessibilityFeature::StepFreeRoute,
        AccessibilityFeature::LevelAccess,
        AccessibilityFeature::PermanentRamp,
        AccessibilityFeature::TemporaryRamp,
        AccessibilityFeature::StepsAtEntrance,
        AccessibilityFeature::WideDoors,
        AccessibilityFeature::DisabledParking,
        AccessibilityFeature::NearbyParking,
        AccessibilityFeature::IsTemporary,
        AccessibilityFeature::Seating,
        AccessibilityFeature::AccessibleToilet,
        AccessibilityFeature::PublicToilets,
        AccessibilityFeature::HearingLoop,
        AccessibilityFeature::BslInterpreter,
        AccessibilityFeature::Lighting,
        AccessibilityFeature::QuietTime,
        AccessibilityFeature::WheelchairHeightBooth,
        AccessibilityFeature::TactileVotingDevice,
        AccessibilityFeature::LargePrintBallot,
        AccessibilityFeature::Magnifiers,
        AccessibilityFeature::PencilGrips,
        AccessibilityFeature::BallotBroughtOutside,
    ];

    /// The stable snake_case key, e.g. `level_access`.
    pub fn key(self) -> &'static str {
        match self {
            AccessibilityFeature::IsTemporary => "is_temporary",
            AccessibilityFeature::LevelAccess => "level_access",
            AccessibilityFeature::TemporaryRamp => "temporary_ramp",
            AccessibilityFeature::PermanentRamp => "permanent_ramp",
            AccessibilityFeature::NearbyParking => "nearby_parking",
            AccessibilityFeature::DisabledParking => "disabled_parking",
            AccessibilityFeature::HearingLoop => "hearing_loop",
            AccessibilityFeature::PublicToilets => "public_toilets",
            AccessibilityFeature::AccessibleToilet => "accessible_toilet",
            AccessibilityFeature::Seating => "seating",
            AccessibilityFeature::WheelchairHeightBooth => "wheelchair_height_booth",
            AccessibilityFeature::TactileVotingDevice => "tactile_voting_device",
            AccessibilityFeature::LargePrintBallot => "large_print_ballot",
            AccessibilityFeature::Magnifiers => "magnifiers",
            AccessibilityFeature::Lighting => "lighting",
            AccessibilityFeature::StepFreeRoute => "step_free_route",
            AccessibilityFeature::WideDoors => "wide_doors",
            AccessibilityFeature::StepsAtEntrance => "steps_at_entrance",
            AccessibilityFeature::PencilGrips => "pencil_grips",
            AccessibilityFeature::QuietTime => "quiet_time",
            AccessibilityFeature::BslInterpreter => "bsl_interpreter",
            AccessibilityFeature::BallotBroughtOutside => "ballot_brought_outside",
        }
    }

    /// The feature with this key, if any.
    pub fn from_key(key: &str) -> Option<AccessibilityFeature> {
        Self::ALL.into_iter().find(|feature| feature.key() == key)
    }

    /// Every feature in declaration order, the order serde names them in errors.
    const DECLARED: [AccessibilityFeature; 22] = [
        AccessibilityFeature::IsTemporary,
        AccessibilityFeature::LevelAccess,
        AccessibilityFeature::TemporaryRamp,
        AccessibilityFeature::PermanentRamp,
        AccessibilityFeature::NearbyParking,
        AccessibilityFeature::DisabledParking,
        AccessibilityFeature::HearingLoop,
        AccessibilityFeature::PublicToilets,
        AccessibilityFeature::AccessibleToilet,
        AccessibilityFeature::Seating,
        AccessibilityFeature::WheelchairHeightBooth,
        AccessibilityFeature::TactileVotingDevice,
        AccessibilityFeature::LargePrintBallot,
        AccessibilityFeature::Magnifiers,
        AccessibilityFeature::Lighting,
        AccessibilityFeature::StepFreeRoute,
        AccessibilityFeature::WideDoors,
        AccessibilityFeature::StepsAtEntrance,
        AccessibilityFeature::PencilGrips,
        AccessibilityFeature::QuietTime,
        AccessibilityFeature::BslInterpreter,
        AccessibilityFeature::BallotBroughtOutside,
    ];
}

impl TryFrom<String> for AccessibilityFeature {
    type Error = UnknownKey;

    /// Exactly a key, as serde's derived reader accepts (see `model::keys`).
    fn try_from(key: String) -> Result<Self, UnknownKey> {
        variant_with_key(key, &Self::DECLARED, Self::key)
    }
}

/// Everything known about one station's accessibility.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct StationAccessibility {
    /// Surveyed features. A feature that is absent is unknown.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub features: BTreeMap<AccessibilityFeature, Availability>,
    /// Optional detail per feature ("ramp at the side door").
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<AccessibilityFeature, LocalizedText>,
    /// "Getting to the station": routes, drop-off, distance from parking.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub getting_there: LocalizedText,
    /// "At the station": entrance, layout, help available.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub at_the_station: LocalizedText,
    /// When the station was last surveyed, as `YYYY-MM-DD`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surveyed_on: Option<String>,
    /// How many disabled parking bays there are.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled_parking_bays: Option<u16>,
    /// How far the disabled parking is from the entrance, in metres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub disabled_parking_distance_m: Option<u16>,
    /// The narrowest door on the way in, in centimetres.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub door_width_cm: Option<u16>,
    /// When the council last confirmed the station (that it is in use, where it
    /// is, its details), as `YYYY-MM-DD`; `None` when the data does not say. Not
    /// an accessibility answer: it sits here beside `surveyed_on`, the other date
    /// of the station's provenance, and [`StationAccessibility::is_unsurveyed`]
    /// ignores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed_on: Option<String>,
}

impl StationAccessibility {
    /// The recorded answer for `feature`; unknown when it was not surveyed.
    pub fn availability(&self, feature: AccessibilityFeature) -> Availability {
        self.features.get(&feature).copied().unwrap_or_default()
    }

    /// Records an answer. Recording *unknown* removes any earlier answer, so the data
    /// never stores a feature as both surveyed and unknown.
    pub fn set(&mut self, feature: AccessibilityFeature, availability: Availability) {
        if availability == Availability::Unknown {
            self.features.remove(&feature);
        } else {
            self.features.insert(feature, availability);
        }
    }

    /// True when nothing at all is known about this station's accessibility.
    pub fn is_unsurveyed(&self) -> bool {
        self.features.is_empty()
            && self.notes.is_empty()
            && self.getting_there.is_empty()
            && self.at_the_station.is_empty()
            && self.surveyed_on.is_none()
            && self.disabled_parking_bays.is_none()
            && self.disabled_parking_distance_m.is_none()
            && self.door_width_cm.is_none()
    }

    /// True when there is nothing to write: unsurveyed, and no confirmation date.
    pub fn is_empty(&self) -> bool {
        self.is_unsurveyed() && self.confirmed_on.is_none()
    }

    /// Every feature with its answer, in display order; unknown ones included.
    pub fn all_features(&self) -> impl Iterator<Item = (AccessibilityFeature, Availability)> + '_ {
        AccessibilityFeature::ALL.into_iter().map(|feature| (feature, self.availability(feature)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_round_trip() {
        let mut keys: Vec<_> = AccessibilityFeature::ALL.iter().map(|f| f.key()).collect();
        for feature in AccessibilityFeature::ALL {
            assert_eq!(AccessibilityFeature::from_key(feature.key()), Some(feature));
            let json = serde_json::to_string(&feature).expect("serialises");
            assert_eq!(json, format!("\"{}\"", feature.key()));
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), AccessibilityFeature::ALL.len());
    }

    #[test]
    fn survey_answers() {
        assert_eq!(Availability::from_survey_answer(" Yes "), Some(Availability::Yes));
        assert_eq!(Availability::from_survey_answer("y"), Some(Availability::Yes));
        assert_eq!(Availability::from_survey_answer("N"), Some(Availability::No));
        assert_eq!(Availability::from_survey_answer(""), Some(Availability::Unknown));
        assert_eq!(Availability::from_survey_answer("maybe"), None);
    }

    #[test]
    fn unknown_is_not_no_and_no_is_not_unknown() {
        let mut access = StationAccessibility::default();
        assert_eq!(access.availability(AccessibilityFeature::HearingLoop), Availability::Unknown);
        access.set(AccessibilityFeature::HearingLoop, Availability::No);
        assert_eq!(access.availability(AccessibilityFeature::HearingLoop), Availability::No);
        let json = serde_json::to_string(&access).expect("serialises");
        let back: StationAccessibility = serde_json::from_str(&json).expect("parses");
        assert_eq!(back.availability(AccessibilityFeature::HearingLoop), Availability::No);
        assert_eq!(back.availability(AccessibilityFeature::Seating), Availability::Unknown);
        access.set(AccessibilityFeature::HearingLoop, Availability::Unknown);
        assert!(access.is_unsurveyed());
    }
}
