//! Applying accessibility survey answers over the stations file.
//!
//! The survey is the more specific, usually more recent source, so where both give an
//! answer and they differ the survey wins — but never quietly: a disabled voter may be
//! relying on exactly that answer, so the officer is told to reconcile the two.

use std::collections::HashMap;

use rustc_hash::FxHashMap;

use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Origin, Problem, Report};
use crate::model::{Availability, LocalizedText, StationId};

use super::{StationEntry, SurveyEntry};

/// Applies every survey row to its station, dropping rows for unknown stations and
/// second rows for the same station.
pub(super) fn apply(
    stations: &mut [StationEntry],
    index: &FxHashMap<StationId, usize>,
    surveys: Vec<SurveyEntry>,
    report: &mut Report,
) {
    let mut surveyed: HashMap<StationId, Origin> = HashMap::new();
    for entry in surveys {
        let id = &entry.answers.station_id;
        let Some(&position) = index.get(id) else {
            let hint = if index.is_empty() { "no stations were read at all" } else { "no station has that id" };
            let problem = Problem::new(
                ProblemCode::SurveyUnknownStation,
                Action::Dropped,
                format!("the survey answers are for station \"{id}\", but {hint}"),
                "Check internal_council_id matches a station_id in the stations file.",
            );
            report.retract(entry.origin, entry.repaired, problem);
            continue;
        };
        if let Some(first) = surveyed.get(id) {
            let problem = Problem::new(
                ProblemCode::DuplicateSurvey,
                Action::Dropped,
                format!("station \"{id}\" was already surveyed on {}; this row was dropped", report.describe(*first)),
                "Keep one survey row per station.",
            );
            report.retract(entry.origin, entry.repaired, problem);
            continue;
        }
        surveyed.insert(id.clone(), entry.origin);
        apply_one(&mut stations[position], &entry, report);
    }
}

fn apply_one(station: &mut StationEntry, entry: &SurveyEntry, report: &mut Report) {
    let where_station = report.describe(station.origin);
    let access = &mut station.station.accessibility;
    let mut conflicts = Vec::new();
    for &(feature, answer) in &entry.answers.features {
        if answer == Availability::Unknown {
            // An unknown survey answer never erases what the stations file knows.
            continue;
        }
        let before = access.availability(feature);
        if before != Availability::Unknown && before != answer {
            conflicts.push(format!("{} is \"{answer}\" in the survey but \"{before}\"", feature.key()));
        }
        access.set(feature, answer);
    }
    merge_text(&mut access.getting_there, &entry.answers.getting_there, "getting there", &mut conflicts);
    merge_text(&mut access.at_the_station, &entry.answers.at_the_station, "at the station", &mut conflicts);
    for conflict in conflicts {
        report.push_at(
            entry.origin,
            Problem::new(
                ProblemCode::SurveyConflict,
                Action::Kept,
                format!(
                    "for station \"{}\", {conflict} on {where_station}; the survey's answer was used",
                    station.station.id
                ),
                "Correct whichever source is wrong so that the survey and the stations file agree.",
            ),
        );
    }
}

/// Survey text replaces the stations file's text language by language.
fn merge_text(current: &mut LocalizedText, survey: &LocalizedText, what: &str, conflicts: &mut Vec<String>) {
    for (language, slot, new) in [("English", &mut current.en, &survey.en), ("Welsh", &mut current.cy, &survey.cy)] {
        let Some(new) = new else { continue };
        if slot.as_ref().is_some_and(|old| old != new) {
            conflicts.push(format!("the {language} \"{what}\" text in the survey differs from the one"));
        }
        *slot = Some(new.clone());
    }
}
