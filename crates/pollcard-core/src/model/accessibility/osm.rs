//! A station's accessibility as OpenStreetMap tags, so that a council's survey can
//! improve the map everyone uses (and map apps can show it) — see
//! `docs/accessibility-survey.md` for the mapping and why.
//!
//! Only keys OpenStreetMap documents are written, and only from answers that were
//! given: a feature not known never becomes a tag.

use std::collections::BTreeMap;

use super::{AccessibilityFeature as F, Availability, StationAccessibility};

/// The OpenStreetMap tags the survey supports: `wheelchair`, `wheelchair:description:<lang>`,
/// `toilets:wheelchair`, `ramp:wheelchair`, `hearing_loop` and `capacity:disabled`.
///
/// `wheelchair` is `yes` for a step-free entrance (level or a permanent ramp) with no
/// known barrier on the route or at the door, `limited` for a temporary ramp or a
/// step-free entrance with such a barrier, and `no` for steps with no ramp.
///
/// ```
/// use pollcard_core::model::{osm_tags, AccessibilityFeature, Availability, StationAccessibility};
///
/// let mut access = StationAccessibility::default();
/// access.set(AccessibilityFeature::TemporaryRamp, Availability::Yes);
/// access.set(AccessibilityFeature::HearingLoop, Availability::No);
/// let tags = osm_tags(&access);
/// assert_eq!(tags.get("wheelchair").map(String::as_str), Some("limited"));
/// assert_eq!(tags.get("ramp:wheelchair").map(String::as_str), Some("yes"));
/// assert_eq!(tags.get("hearing_loop").map(String::as_str), Some("no"));
/// assert!(!tags.contains_key("toilets:wheelchair"), "not known, so not tagged");
/// ```
pub fn osm_tags(access: &StationAccessibility) -> BTreeMap<String, String> {
    let answer = |feature| access.availability(feature);
    let yes = |feature| answer(feature) == Availability::Yes;
    let no = |feature| answer(feature) == Availability::No;
    let mut tags = BTreeMap::new();
    let mut put = |key: &str, value: &str| {
        tags.insert(key.to_owned(), value.to_owned());
    };

    let step_free_entrance = yes(F::LevelAccess) || yes(F::PermanentRamp);
    let barrier = no(F::StepFreeRoute) || no(F::WideDoors);
    let wheelchair = if step_free_entrance && !barrier {
        Some("yes")
    } else if step_free_entrance || yes(F::TemporaryRamp) {
        Some("limited")
    } else if yes(F::StepsAtEntrance) || (no(F::LevelAccess) && no(F::PermanentRamp) && no(F::TemporaryRamp)) {
        Some("no")
    } else {
        None
    };
    if let Some(value) = wheelchair {
        put("wheelchair", value);
    }
    for (language, text) in [("en", &access.at_the_station.en), ("cy", &access.at_the_station.cy)] {
        if let Some(text) = text {
            put(&format!("wheelchair:description:{language}"), text);
        }
    }
    if let Some(value) = yes_no(answer(F::AccessibleToilet)) {
        put("toilets:wheelchair", value);
    }
    if yes(F::PermanentRamp) || yes(F::TemporaryRamp) {
        put("ramp:wheelchair", "yes");
    } else if no(F::PermanentRamp) && no(F::TemporaryRamp) {
        put("ramp:wheelchair", "no");
    }
    if let Some(value) = yes_no(answer(F::HearingLoop)) {
        put("hearing_loop", value);
    }
    match (access.disabled_parking_bays, answer(F::DisabledParking)) {
        (Some(bays), _) => put("capacity:disabled", &bays.to_string()),
        (None, availability) => {
            if let Some(value) = yes_no(availability) {
                put("capacity:disabled", value);
            }
        }
    }
    tags
}

fn yes_no(availability: Availability) -> Option<&'static str> {
    match availability {
        Availability::Yes => Some("yes"),
        Availability::No => Some("no"),
        Availability::Unknown => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::LocalizedText;

    fn access(answers: &[(F, Availability)]) -> StationAccessibility {
        let mut access = StationAccessibility::default();
        for &(feature, availability) in answers {
            access.set(feature, availability);
        }
        access
    }

    fn tag(access: &StationAccessibility, key: &str) -> Option<String> {
        osm_tags(access).get(key).cloned()
    }

    #[test]
    fn wheelchair_access() {
        use Availability::{No, Yes};
        assert_eq!(tag(&access(&[(F::LevelAccess, Yes)]), "wheelchair").as_deref(), Some("yes"));
        assert_eq!(tag(&access(&[(F::PermanentRamp, Yes), (F::WideDoors, Yes)]), "wheelchair").as_deref(), Some("yes"));
        assert_eq!(
            tag(&access(&[(F::LevelAccess, Yes), (F::WideDoors, No)]), "wheelchair").as_deref(),
            Some("limited")
        );
        assert_eq!(tag(&access(&[(F::TemporaryRamp, Yes)]), "wheelchair").as_deref(), Some("limited"));
        assert_eq!(tag(&access(&[(F::StepsAtEntrance, Yes)]), "wheelchair").as_deref(), Some("no"));
        let no_way_in = access(&[(F::LevelAccess, No), (F::PermanentRamp, No), (F::TemporaryRamp, No)]);
        assert_eq!(tag(&no_way_in, "wheelchair").as_deref(), Some("no"));
        assert_eq!(tag(&no_way_in, "ramp:wheelchair").as_deref(), Some("no"));
        assert!(osm_tags(&StationAccessibility::default()).is_empty(), "nothing known, nothing tagged");
    }

    #[test]
    fn other_keys() {
        use Availability::{No, Yes};
        let mut surveyed = access(&[(F::AccessibleToilet, No), (F::HearingLoop, Yes), (F::DisabledParking, Yes)]);
        assert_eq!(tag(&surveyed, "capacity:disabled").as_deref(), Some("yes"));
        surveyed.disabled_parking_bays = Some(2);
        surveyed.at_the_station =
            LocalizedText::new(Some("Ramp at the side door".into()), Some("Ramp wrth y drws".into()));
        let tags = osm_tags(&surveyed);
        let expected: BTreeMap<String, String> = [
            ("capacity:disabled", "2"),
            ("hearing_loop", "yes"),
            ("toilets:wheelchair", "no"),
            ("wheelchair:description:cy", "Ramp wrth y drws"),
            ("wheelchair:description:en", "Ramp at the side door"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(tags, expected);
    }
}
