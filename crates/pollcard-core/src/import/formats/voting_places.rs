//! `pollcard-voting-places/1`: a council's advance voting places and polling-day
//! hubs, one row per place, with who may use it, the days and hours it is open and
//! the same accessibility answers a polling station has (read by the stations
//! file's own code, so a place and a station answer alike).
//!
//! Most councils have none, so the file is optional; a bundle gets
//! `voting-places.json` only when one of these files gave it a place. A row without
//! its id, kind, name, address or at least one usable day cannot tell a voter where
//! and when to go, so it is dropped; anything else that cannot be read is left out
//! and reported, never guessed.

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::LocalizedText;
use crate::timetable::{Date, Time};
use crate::voting_places::{OpeningDay, PlaceKind, VotingPlace};

use super::generic_stations::{accessibility, feature_column, location, station_postcode};
use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "pollcard-voting-places/1";

const REQUIRED: [&str; 5] = ["place_id", "kind", "name_en", "address_en", "days"];
const OPTIONAL: [&str; 14] = [
    "name_cy",
    "address_cy",
    "postcode",
    "lat",
    "lon",
    "wards",
    "districts",
    "getting_there_en",
    "getting_there_cy",
    "at_the_station_en",
    "at_the_station_cy",
    "at_the_place_en",
    "at_the_place_cy",
    "confirmed_on",
];

/// Reads a voting places file.
#[derive(Clone, Copy, Debug)]
pub struct VotingPlaces;

impl Importer for VotingPlaces {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns place_id, kind, name_en, address_en and days"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if !source.has_column("place_id") {
            Confidence::No
        } else if source.has_column("kind") && source.has_column("days") {
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

fn import_row(columns: &Columns, record: &CsvRow, dataset: &mut Dataset, report: &mut FileReport) -> Fate {
    let line = record.line;
    if let Some(column) = REQUIRED.iter().find(|column| columns.get(record, column).is_empty()) {
        report.push(rows::blank_field(column, "place").at_line(line));
        return Fate::Dropped;
    }
    let id = columns.get(record, "place_id");
    let kind_text = columns.get(record, "kind");
    let Some(kind) = PlaceKind::from_key(kind_text) else {
        report.push(
            Problem::new(
                ProblemCode::InvalidPlaceKind,
                Action::Dropped,
                format!("place \"{id}\" has the kind \"{kind_text}\"; a kind is \"advance\" or \"hub\", so the place was left out"),
                "Write \"advance\" for a place open before polling day, \"hub\" for a polling-day hub.",
            )
            .at_line(line),
        );
        return Fate::Dropped;
    };
    let mut warnings = Vec::new();
    let days = opening_days(columns.get(record, "days"), &mut warnings);
    if days.is_empty() {
        for problem in warnings {
            report.push(problem.at_line(line));
        }
        report.push(
            Problem::new(
                ProblemCode::InvalidOpeningDays,
                Action::Dropped,
                format!("place \"{id}\" has no day Pollcard can read in \"days\", so voters could not be told when to go; it was left out"),
                DAYS_FIX,
            )
            .at_line(line),
        );
        return Fate::Dropped;
    }
    let mut access = accessibility(columns, record, &mut warnings);
    // A place's own words about being there, in either column name.
    if access.at_the_station.is_empty() {
        access.at_the_station = LocalizedText::new(
            columns.optional(record, "at_the_place_en"),
            columns.optional(record, "at_the_place_cy"),
        );
    }
    access.confirmed_on = super::pollcard_survey::date_column(
        columns.get(record, "confirmed_on"),
        "confirmed_on",
        ProblemCode::InvalidConfirmedDate,
        "the place was kept without it",
        &mut warnings,
    );
    let place = VotingPlace {
        id: id.to_owned(),
        kind,
        name: LocalizedText::new(columns.optional(record, "name_en"), columns.optional(record, "name_cy")),
        address: LocalizedText::new(columns.optional(record, "address_en"), columns.optional(record, "address_cy")),
        postcode: station_postcode(columns.get(record, "postcode"), &mut warnings),
        location: location(columns.get(record, "lat"), columns.get(record, "lon"), &mut warnings),
        wards: list(columns.get(record, "wards")),
        districts: list(columns.get(record, "districts")),
        days,
        accessibility: access,
    };
    let repaired = warnings.iter().any(|problem| problem.action == Action::Repaired);
    for mut problem in warnings {
        // The stations' checks speak of "the station"; here it is a place.
        problem.message = problem.message.replace("the station", "the place");
        report.push(problem.at_line(line));
    }
    let fate = if repaired { Fate::Repaired } else { Fate::Imported };
    dataset.add_voting_place(place, fate, report.origin(line), report)
}

const DAYS_FIX: &str = "Write each day as DATE HH:MM-HH:MM, days separated by \";\", e.g. \
                        \"2027-04-29 10:00-16:00; 01/05/2027 09:00-13:00\".";

/// A `;`-separated list (wards, districts), trimmed, blanks left out.
fn list(text: &str) -> Vec<String> {
    text.split(';').map(str::trim).filter(|item| !item.is_empty()).map(str::to_owned).collect()
}

/// The days of a `days` cell, in date order: each `DATE HH:MM-HH:MM`, the date as
/// `YYYY-MM-DD` or `DD/MM/YYYY`. An entry that cannot be read, or closes before it
/// opens, is left out and reported; the same day twice is kept once.
fn opening_days(text: &str, warnings: &mut Vec<Problem>) -> Vec<OpeningDay> {
    let mut days: Vec<OpeningDay> = Vec::new();
    for entry in text.split(';').map(str::trim).filter(|entry| !entry.is_empty()) {
        match opening_day(entry) {
            Ok(day) if days.iter().any(|other| other.date == day.date) => warnings.push(Problem::new(
                ProblemCode::InvalidOpeningDays,
                Action::Repaired,
                format!("{} is given twice in \"days\"; only its first hours were kept", day.date),
                "Give each day once.",
            )),
            Ok(day) => days.push(day),
            Err(reason) => warnings.push(Problem::new(
                ProblemCode::InvalidOpeningDays,
                Action::Repaired,
                format!("\"{entry}\" in \"days\" {reason}; that day was left out"),
                DAYS_FIX,
            )),
        }
    }
    days.sort_unstable();
    days
}

fn opening_day(entry: &str) -> Result<OpeningDay, &'static str> {
    let (date, hours) = entry.split_once(char::is_whitespace).ok_or("has no hours")?;
    let date = read_date(date.trim()).ok_or("does not start with a real date")?;
    let (opens, closes) = hours.trim().split_once('-').ok_or("does not give its hours as HH:MM-HH:MM")?;
    let time = |text: &str| text.trim().parse::<Time>().ok();
    let (Some(opens), Some(closes)) = (time(opens), time(closes)) else {
        return Err("does not give its hours as HH:MM-HH:MM on the 24-hour clock");
    };
    if opens >= closes {
        return Err("closes before it opens");
    }
    Ok(OpeningDay { date, opens, closes })
}

/// `YYYY-MM-DD` or `DD/MM/YYYY`.
fn read_date(text: &str) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let mut parts = text.split('/');
    let (day, month, year) = (parts.next()?, parts.next()?, parts.next()?);
    let number = |part: &str, length: std::ops::RangeInclusive<usize>| {
        let digits = length.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit());
        digits.then(|| part.parse::<u16>().ok()).flatten()
    };
    let (day, month, year) = (number(day, 1..=2)?, number(month, 1..=2)?, number(year, 4..=4)?);
    let date = Date::new(i32::from(year), u8::try_from(month).ok()?, u8::try_from(day).ok()?)?;
    parts.next().is_none().then_some(date)
}

#[cfg(test)]
mod tests;
