//! What Pollcard's own survey records beyond yes/no answers — notes per feature, the
//! date surveyed, parking bays and distance, door width — applied to the stations
//! along with the answers.
//!
//! The answers themselves go through the survey checks shared with Democracy Club's
//! survey (unknown station, a second row, conflicts with the stations file); the
//! details of a row follow its answers, so a row those checks drop adds nothing.

use std::collections::{BTreeMap, HashMap};

use rustc_hash::FxHashMap;

use crate::import::report::Origin;
use crate::model::{AccessibilityFeature, LocalizedText, StationId};

use super::{Dataset, StationEntry, SurveyEntry};

/// One station's survey details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyDetails {
    pub station_id: StationId,
    pub notes: BTreeMap<AccessibilityFeature, LocalizedText>,
    /// `YYYY-MM-DD`.
    pub surveyed_on: Option<String>,
    pub disabled_parking_bays: Option<u16>,
    pub disabled_parking_distance_m: Option<u16>,
    pub door_width_cm: Option<u16>,
}

#[derive(Clone, Debug)]
pub(super) struct DetailsEntry {
    details: SurveyDetails,
    origin: Origin,
}

impl Dataset {
    /// Adds the details of the survey row at `origin`, whose answers were added with
    /// [`Dataset::add_survey`].
    pub fn add_survey_details(&mut self, details: SurveyDetails, origin: Origin) {
        self.survey_details.push(DetailsEntry { details, origin });
    }
}

/// The details whose rows the survey checks will use: for each station, those of its
/// first survey row (a later one is dropped as a second survey).
pub(super) fn accepted(surveys: &[SurveyEntry], details: Vec<DetailsEntry>) -> Vec<SurveyDetails> {
    let mut first: HashMap<&StationId, Origin> = HashMap::new();
    for entry in surveys {
        first.entry(&entry.answers.station_id).or_insert(entry.origin);
    }
    details
        .into_iter()
        .filter(|entry| first.get(&entry.details.station_id) == Some(&entry.origin))
        .map(|entry| entry.details)
        .collect()
}

/// Applies the details to their stations; details for unknown stations were already
/// reported with their answers.
pub(super) fn apply(stations: &mut [StationEntry], index: &FxHashMap<StationId, usize>, details: Vec<SurveyDetails>) {
    for details in details {
        let Some(&position) = index.get(&details.station_id) else { continue };
        let access = &mut stations[position].station.accessibility;
        access.notes.extend(details.notes);
        access.surveyed_on = details.surveyed_on.or(access.surveyed_on.take());
        access.disabled_parking_bays = details.disabled_parking_bays.or(access.disabled_parking_bays);
        access.disabled_parking_distance_m = details.disabled_parking_distance_m.or(access.disabled_parking_distance_m);
        access.door_width_cm = details.door_width_cm.or(access.door_width_cm);
    }
}
