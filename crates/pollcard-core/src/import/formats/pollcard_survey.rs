//! `pollcard-survey/1`: Pollcard's own polling station accessibility survey, richer
//! than Democracy Club's: the route from the drop-off, the entrance, door width,
//! facilities, voting equipment, help on the day, parking, and when it was surveyed.
//!
//! One row per station, keyed by `station_id`, applied over the stations file like
//! any survey (see `dataset/survey.rs`). The columns are documented with their
//! OpenStreetMap equivalents in `docs/accessibility-survey.md`.

use std::collections::BTreeMap;

use crate::import::dataset::{Dataset, SurveyAnswers, SurveyDetails};
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{AccessibilityFeature, Availability, LocalizedText, StationAccessibility, StationId};

use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "pollcard-survey/1";

const REQUIRED: [&str; 1] = ["station_id"];
/// Columns beyond the feature answers and their notes.
const OPTIONAL: [&str; 13] = [
    "surveyed_on",
    "entrance",
    "entrance_note_en",
    "entrance_note_cy",
    "door_width_cm",
    "disabled_parking_bays",
    "disabled_parking_distance_m",
    "getting_there_en",
    "getting_there_cy",
    "at_the_station_en",
    "at_the_station_cy",
    // For the surveyor's own reference; the station is found by its id. (Not
    // `address`: with `station_id` and `name` it would look like a stations file.)
    "name",
    "surveyed_by",
];

/// The entrance, one of four kinds, and the answers it gives.
const ENTRANCES: [(&str, [(AccessibilityFeature, Availability); 4]); 4] = {
    use AccessibilityFeature::{LevelAccess, PermanentRamp, StepsAtEntrance, TemporaryRamp};
    use Availability::{No, Yes};
    [
        ("level", [(LevelAccess, Yes), (PermanentRamp, No), (TemporaryRamp, No), (StepsAtEntrance, No)]),
        ("permanent_ramp", [(LevelAccess, No), (PermanentRamp, Yes), (TemporaryRamp, No), (StepsAtEntrance, No)]),
        // A temporary ramp is laid over steps.
        ("temporary_ramp", [(LevelAccess, No), (PermanentRamp, No), (TemporaryRamp, Yes), (StepsAtEntrance, Yes)]),
        ("steps", [(LevelAccess, No), (PermanentRamp, No), (TemporaryRamp, No), (StepsAtEntrance, Yes)]),
    ]
};

/// Reads Pollcard's accessibility survey.
#[derive(Clone, Copy, Debug)]
pub struct PollcardSurvey;

impl Importer for PollcardSurvey {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns station_id and surveyed_on (or entrance, or step_free_route)"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let marked = ["surveyed_on", "entrance", "step_free_route"].iter().any(|column| source.has_column(column));
        if source.has_column("station_id") && marked && !source.has_column("uprn") {
            Confidence::Certain
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let Some((table, columns)) = rows::open_table(source, report, NAME, &REQUIRED, is_known) else { return };
        rows::for_each_row(&table, report, |record, report| {
            let Some(station_id) = columns.optional(record, "station_id").map(StationId) else {
                report.push(rows::blank_field("station_id", "survey row").at_line(record.line));
                return Fate::Dropped;
            };
            let mut warnings = Vec::new();
            let (answers, details) = read_row(&columns, record, station_id, &mut warnings);
            let repaired = warnings.iter().any(|problem| problem.action == Action::Repaired);
            for problem in warnings {
                report.push(problem.at_line(record.line));
            }
            let fate = if repaired { Fate::Repaired } else { Fate::Imported };
            let origin = report.origin(record.line);
            dataset.add_survey(answers, fate, origin);
            dataset.add_survey_details(details, origin);
            fate
        });
    }
}

fn is_known(column: &str) -> bool {
    REQUIRED.contains(&column) || OPTIONAL.contains(&column) || {
        let key = column.strip_suffix("_note_en").or_else(|| column.strip_suffix("_note_cy")).unwrap_or(column);
        AccessibilityFeature::from_key(key).is_some()
    }
}

fn read_row(
    columns: &Columns,
    record: &CsvRow,
    station_id: StationId,
    warnings: &mut Vec<Problem>,
) -> (SurveyAnswers, SurveyDetails) {
    let text = |en: &str, cy: &str| LocalizedText::new(columns.optional(record, en), columns.optional(record, cy));
    let mut access = StationAccessibility::default();
    let entrance = columns.get(record, "entrance");
    match ENTRANCES.iter().find(|(name, _)| entrance.eq_ignore_ascii_case(name)) {
        Some((_, answers)) => answers.iter().for_each(|&(feature, answer)| access.set(feature, answer)),
        None if Availability::from_survey_answer(entrance) == Some(Availability::Unknown) => {}
        None => warnings.push(rows::unrecognised_answer(
            "entrance",
            entrance,
            "level, permanent_ramp, temporary_ramp or steps",
        )),
    }
    let mut notes = BTreeMap::new();
    for feature in AccessibilityFeature::ALL {
        let key = feature.key();
        let value = columns.get(record, key);
        match Availability::from_survey_answer(value) {
            // A column left blank does not undo what `entrance` said.
            Some(Availability::Unknown) => {}
            Some(answer) => access.set(feature, answer),
            None => warnings.push(rows::unrecognised_answer(key, value, "yes, no or unknown")),
        }
        let note = text(&format!("{key}_note_en"), &format!("{key}_note_cy"));
        if !note.is_empty() {
            notes.insert(feature, note);
        }
    }
    let entrance_note = text("entrance_note_en", "entrance_note_cy");
    if !entrance_note.is_empty() {
        let described = ENTRANCES
            .iter()
            .flat_map(|(_, answers)| answers.iter().map(|(feature, _)| *feature))
            .find(|feature| access.availability(*feature) == Availability::Yes)
            .unwrap_or(AccessibilityFeature::LevelAccess);
        notes.entry(described).or_insert(entrance_note);
    }
    warnings.extend(rows::level_access_and_ramp(&access));
    let mut number = |column: &str| {
        let value = columns.get(record, column);
        if value.is_empty() {
            return None;
        }
        let parsed = value.parse::<u16>().ok();
        if parsed.is_none() {
            warnings.push(rows::unrecognised_answer(column, value, "a whole number"));
        }
        parsed
    };
    let details = SurveyDetails {
        station_id: station_id.clone(),
        notes,
        surveyed_on: None,
        door_width_cm: number("door_width_cm"),
        disabled_parking_bays: number("disabled_parking_bays"),
        disabled_parking_distance_m: number("disabled_parking_distance_m"),
    };
    let surveyed_on = survey_date(columns.get(record, "surveyed_on"), warnings);
    let answers = SurveyAnswers {
        station_id,
        features: access.features.into_iter().collect(),
        getting_there: text("getting_there_en", "getting_there_cy"),
        at_the_station: text("at_the_station_en", "at_the_station_cy"),
    };
    (answers, SurveyDetails { surveyed_on, ..details })
}

/// The survey date as `YYYY-MM-DD`, from that or the `DD/MM/YYYY` spreadsheets write.
fn survey_date(text: &str, warnings: &mut Vec<Problem>) -> Option<String> {
    date_column(text, "surveyed_on", ProblemCode::InvalidSurveyDate, "the survey was kept without its date", warnings)
}

/// A date column's value as `YYYY-MM-DD`, from that or `DD/MM/YYYY`: blank is no date;
/// anything else that is not a real date is reported as `code` (saying what was
/// `kept`) and left out, never guessed.
pub(super) fn date_column(
    text: &str,
    column: &str,
    code: ProblemCode,
    kept: &str,
    warnings: &mut Vec<Problem>,
) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    let date = parse_date(text);
    if date.is_none() {
        warnings.push(Problem::new(
            code,
            Action::Repaired,
            format!("\"{text}\" in \"{column}\" is not a date; {kept}"),
            "Write the date as YYYY-MM-DD (2026-03-14) or DD/MM/YYYY (14/03/2026).",
        ));
    }
    date
}

fn parse_date(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['-', '/']).collect();
    let number = |part: &str| part.parse::<u32>().ok().filter(|_| part.bytes().all(|b| b.is_ascii_digit()));
    let (year, month, day) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 && text.contains('-') => (number(y)?, number(m)?, number(d)?),
        [d, m, y] if y.len() == 4 && text.contains('/') => (number(y)?, number(m)?, number(d)?),
        _ => return None,
    };
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    ((2000..=2100).contains(&year) && (1..=days).contains(&day)).then(|| format!("{year:04}-{month:02}-{day:02}"))
}

#[cfg(test)]
mod tests;
