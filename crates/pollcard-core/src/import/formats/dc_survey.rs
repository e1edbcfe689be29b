//! Democracy Club's polling station accessibility survey: one row per station, keyed
//! by the council's own station id (`internal_council_id`), applied over the stations
//! file by the dataset.
//!
//! Its booleans are `yes`/`y`/`no`/`n`; anything else is unknown, and a value that is
//! neither blank nor one of those is reported rather than guessed at.

use crate::import::dataset::{Dataset, SurveyAnswers};
use crate::import::report::{Fate, FileReport};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{AccessibilityFeature, Availability, LocalizedText, StationAccessibility, StationId};

use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "democracy-club-survey";

const REQUIRED: [&str; 1] = ["internal_council_id"];

/// The survey's answer columns and the features they describe.
const FEATURES: [(&str, AccessibilityFeature); 7] = [
    ("is_temporary", AccessibilityFeature::IsTemporary),
    ("nearby_parking", AccessibilityFeature::NearbyParking),
    ("disabled_parking", AccessibilityFeature::DisabledParking),
    ("level_access", AccessibilityFeature::LevelAccess),
    ("temporary_ramp", AccessibilityFeature::TemporaryRamp),
    ("hearing_loop", AccessibilityFeature::HearingLoop),
    ("public_toilets", AccessibilityFeature::PublicToilets),
];

/// Columns the survey has that Pollcard does not need: the station is found by its id.
const IDENTIFYING: [&str; 4] =
    ["polling_station_address", "polling_station_postcode", "polling_station_uprn", "polling_station_identifier"];

const TEXTS: [&str; 4] = ["getting_to_the_station", "getting_to_the_station_cy", "at_the_station", "at_the_station_cy"];

/// Reads a Democracy Club accessibility survey.
#[derive(Clone, Copy, Debug)]
pub struct DcSurvey;

impl Importer for DcSurvey {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns internal_council_id and level_access"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if !source.has_column("internal_council_id") {
            Confidence::No
        } else if source.has_column("level_access") {
            Confidence::Certain
        } else if FEATURES.iter().any(|(column, _)| source.has_column(column)) {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let is_known = |column: &str| {
            REQUIRED.contains(&column)
                || IDENTIFYING.contains(&column)
                || TEXTS.contains(&column)
                || FEATURES.iter().any(|(name, _)| *name == column)
        };
        let Some((table, columns)) = rows::open_table(source, report, NAME, &REQUIRED, is_known) else { return };
        rows::for_each_row(&table, report, |record, report| {
            let Some(station_id) = columns.optional(record, "internal_council_id") else {
                report.push(rows::blank_field("internal_council_id", "survey row").at_line(record.line));
                return Fate::Dropped;
            };
            let answers = read_answers(&columns, record, StationId(station_id), report);
            dataset.add_survey(answers, Fate::Imported, report.origin(record.line));
            Fate::Imported
        });
    }
}

/// A survey boolean: `None` for a value that is not one.
fn answer(value: &str) -> Option<Availability> {
    match value.trim().to_ascii_lowercase().as_str() {
        "yes" | "y" => Some(Availability::Yes),
        "no" | "n" => Some(Availability::No),
        "" => Some(Availability::Unknown),
        _ => None,
    }
}

fn read_answers(columns: &Columns, record: &CsvRow, station_id: StationId, report: &mut FileReport) -> SurveyAnswers {
    let mut access = StationAccessibility::default();
    for (column, feature) in FEATURES {
        let value = columns.get(record, column);
        match answer(value) {
            Some(availability) => access.set(feature, availability),
            None => report.push(rows::unrecognised_answer(column, value, "yes, y, no or n").at_line(record.line)),
        }
    }
    if let Some(problem) = rows::level_access_and_ramp(&access) {
        report.push(problem.at_line(record.line));
    }
    let text = |en: &str, cy: &str| LocalizedText::new(columns.optional(record, en), columns.optional(record, cy));
    SurveyAnswers {
        station_id,
        features: access.features.into_iter().collect(),
        getting_there: text("getting_to_the_station", "getting_to_the_station_cy"),
        at_the_station: text("at_the_station", "at_the_station_cy"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn booleans_are_yes_y_no_n_only() {
        assert_eq!(answer(" Y "), Some(Availability::Yes));
        assert_eq!(answer("no"), Some(Availability::No));
        assert_eq!(answer(""), Some(Availability::Unknown));
        assert_eq!(answer("true"), None, "anything else is reported, not guessed");
        assert_eq!(answer("maybe"), None);
    }
}
