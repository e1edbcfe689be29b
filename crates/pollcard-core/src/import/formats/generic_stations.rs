//! `pollcard-stations/1`: Pollcard's own polling stations CSV, one row per station,
//! with its location, hours and accessibility survey answers.
//!
//! Only the id, name and address are required: anything else that is missing or
//! cannot be read is left out (shown as "not known") and reported, never guessed.

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{
    AccessibilityFeature, Availability, LocalizedText, Location, OpeningHours, PollingStation, StationAccessibility,
    StationId,
};
use crate::postcode::Postcode;

use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "pollcard-stations/1";

const REQUIRED: [&str; 3] = ["station_id", "name", "address"];
const OPTIONAL: [&str; 10] = [
    "postcode",
    "lat",
    "lon",
    "opens",
    "closes",
    "getting_there_en",
    "getting_there_cy",
    "at_the_station_en",
    "at_the_station_cy",
    "confirmed_on",
];

/// Reads a stations file.
#[derive(Clone, Copy, Debug)]
pub struct GenericStations;

impl Importer for GenericStations {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns station_id, name and address (and no uprn)"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if source.has_column("uprn") || !source.has_column("station_id") {
            Confidence::No
        } else if REQUIRED.iter().all(|column| source.has_column(column)) {
            Confidence::Certain
        } else {
            Confidence::Possible
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let Some((table, columns)) = rows::open_table(source, report, NAME, &REQUIRED, is_known) else { return };
        rows::for_each_row(&table, report, |record, report| import_row(&columns, record, dataset, report));
    }
}

fn is_known(column: &str) -> bool {
    REQUIRED.contains(&column) || OPTIONAL.contains(&column) || feature_column(column).is_some()
}

/// A feature's answer column (`hearing_loop`) or note column (`hearing_loop_note_cy`).
pub(super) fn feature_column(column: &str) -> Option<AccessibilityFeature> {
    let key = column.strip_suffix("_note_en").or_else(|| column.strip_suffix("_note_cy")).unwrap_or(column);
    AccessibilityFeature::from_key(key)
}

fn import_row(columns: &Columns, record: &CsvRow, dataset: &mut Dataset, report: &mut FileReport) -> Fate {
    let line = record.line;
    if let Some(column) = REQUIRED.iter().find(|column| columns.get(record, column).is_empty()) {
        report.push(rows::blank_field(column, "station").at_line(line));
        return Fate::Dropped;
    }
    let mut warnings = Vec::new();
    let postcode = station_postcode(columns.get(record, "postcode"), &mut warnings);
    let location = location(columns.get(record, "lat"), columns.get(record, "lon"), &mut warnings);
    let opening_hours = opening_hours(columns.get(record, "opens"), columns.get(record, "closes"), &mut warnings);
    let mut accessibility = accessibility(columns, record, &mut warnings);
    accessibility.confirmed_on = confirmed_on(columns.get(record, "confirmed_on"), &mut warnings);
    let station = PollingStation {
        id: StationId::from(columns.get(record, "station_id")),
        name: columns.get(record, "name").to_owned(),
        address: columns.get(record, "address").to_owned(),
        postcode,
        location,
        opening_hours,
        accessibility,
    };
    let repaired = warnings.iter().any(|problem| problem.action == Action::Repaired);
    for problem in warnings {
        report.push(problem.at_line(line));
    }
    let fate = if repaired { Fate::Repaired } else { Fate::Imported };
    let origin = report.origin(line);
    dataset.add_station(station, fate, origin, report)
}

pub(super) fn station_postcode(text: &str, warnings: &mut Vec<Problem>) -> Option<String> {
    if text.is_empty() {
        return None;
    }
    match Postcode::parse(text) {
        Ok(postcode) => Some(postcode.to_string()),
        Err(error) => {
            warnings.push(Problem::new(
                ProblemCode::InvalidStationPostcode,
                Action::Repaired,
                format!("the station postcode \"{text}\" is not valid ({}: {error}); the station was kept without a postcode", error.code()),
                "Correct the station's postcode.",
            ));
            None
        }
    }
}

/// One coordinate cell: blank and zero both mean "no location" when the other is too.
enum Coordinate {
    Blank,
    Number(f64),
    Invalid,
}

fn coordinate(text: &str) -> Coordinate {
    if text.is_empty() {
        return Coordinate::Blank;
    }
    // Spreadsheets in some locales write a decimal comma.
    let parsed = text.parse::<f64>().or_else(|_| text.replace(',', ".").parse::<f64>());
    parsed.map_or(Coordinate::Invalid, Coordinate::Number)
}

pub(super) fn location(lat: &str, lon: &str, warnings: &mut Vec<Problem>) -> Option<Location> {
    let nothing = |c: &Coordinate| matches!(c, Coordinate::Blank) || matches!(c, Coordinate::Number(n) if *n == 0.0);
    let (lat_value, lon_value) = (coordinate(lat), coordinate(lon));
    if nothing(&lat_value) && nothing(&lon_value) {
        warnings.push(Problem::new(
            ProblemCode::NoLocation,
            Action::Kept,
            "the station has no location (lat and lon are blank or 0), so voters cannot be shown where it is",
            "Add the station's lat and lon (WGS84 degrees, e.g. 52.5440 and -4.0520).",
        ));
        return None;
    }
    let found = match (lat_value, lon_value) {
        (Coordinate::Number(lat), Coordinate::Number(lon)) => Location::new(lat, lon),
        _ => None,
    };
    if found.is_none() {
        warnings.push(Problem::new(
            ProblemCode::InvalidLocation,
            Action::Repaired,
            format!(
                "lat \"{lat}\" and lon \"{lon}\" are not a place on Earth; the station was kept without a location"
            ),
            "Give both lat (-90 to 90) and lon (-180 to 180) in decimal degrees, or leave both blank.",
        ));
    }
    found
}

/// Minutes after midnight for `HH:MM`.
fn time_of_day(text: &str) -> Option<u16> {
    let (hours, minutes) = text.split_once(':')?;
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(hours) || hours.len() > 2 || !all_digits(minutes) || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes) = (hours.parse::<u16>().ok()?, minutes.parse::<u16>().ok()?);
    (hours < 24 && minutes < 60).then_some(hours * 60 + minutes)
}

fn opening_hours(opens: &str, closes: &str, warnings: &mut Vec<Problem>) -> OpeningHours {
    let default = OpeningHours::default();
    let mut read = |text: &str, column: &str, fallback: u16| {
        if text.is_empty() {
            return fallback;
        }
        time_of_day(text).unwrap_or_else(|| {
            warnings.push(Problem::new(
                ProblemCode::InvalidHours,
                Action::Repaired,
                format!(
                    "\"{text}\" in \"{column}\" is not a time like 07:00; the usual {} was used",
                    OpeningHours::format_24h(fallback)
                ),
                format!("Write \"{column}\" as HH:MM on the 24-hour clock."),
            ));
            fallback
        })
    };
    let hours =
        OpeningHours { opens: read(opens, "opens", default.opens), closes: read(closes, "closes", default.closes) };
    if hours.opens >= hours.closes {
        warnings.push(Problem::new(
            ProblemCode::InvalidHours,
            Action::Repaired,
            format!(
                "the station would close ({}) before it opens ({}); the usual 07:00 to 22:00 was used",
                OpeningHours::format_24h(hours.closes),
                OpeningHours::format_24h(hours.opens)
            ),
            "Check the opens and closes times.",
        ));
        return default;
    }
    hours
}

/// When the council last confirmed the station: `YYYY-MM-DD` (or `DD/MM/YYYY`); blank
/// is not known, and so is a value that is not a date (reported, never guessed).
fn confirmed_on(text: &str, warnings: &mut Vec<Problem>) -> Option<String> {
    let (code, kept) = (ProblemCode::InvalidConfirmedDate, "the station was kept without it");
    super::pollcard_survey::date_column(text, "confirmed_on", code, kept, warnings)
}

pub(super) fn accessibility(columns: &Columns, record: &CsvRow, warnings: &mut Vec<Problem>) -> StationAccessibility {
    let mut access = StationAccessibility::default();
    for feature in AccessibilityFeature::ALL {
        let key = feature.key();
        let answer = columns.get(record, key);
        match Availability::from_survey_answer(answer) {
            Some(availability) => access.set(feature, availability),
            None => warnings.push(rows::unrecognised_answer(key, answer, "yes, no or unknown")),
        }
        let note = LocalizedText::new(
            columns.optional(record, &format!("{key}_note_en")),
            columns.optional(record, &format!("{key}_note_cy")),
        );
        if !note.is_empty() {
            access.notes.insert(feature, note);
        }
    }
    access.getting_there =
        LocalizedText::new(columns.optional(record, "getting_there_en"), columns.optional(record, "getting_there_cy"));
    access.at_the_station = LocalizedText::new(
        columns.optional(record, "at_the_station_en"),
        columns.optional(record, "at_the_station_cy"),
    );
    warnings.extend(rows::level_access_and_ramp(&access));
    access
}

#[cfg(test)]
mod tests;
