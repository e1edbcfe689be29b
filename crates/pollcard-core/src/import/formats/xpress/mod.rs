//! Xpress election-management exports: one row per property, with the polling station
//! its electors vote at repeated on every row. Two layouts exist, each with its own
//! importer ([`democracy_club`] and [`weblookup`]); this module holds what they share:
//! turning a row into an address and, the first time its station is seen, a station.
//!
//! The quirks handled (in [`quirks`] and here), each reported when it changes what is
//! imported:
//! - every column duplicated with a `1` suffix, sometimes with two names glued together
//!   (`Polling_Place_UPRNProperty_URN`): see [`tidy_header`];
//! - the postcode in an address column instead of its own (taken from there, with a
//!   `postcode_from_address` warning), or repeated as the last address line (removed);
//! - dummy and `[TESTING]` rows (dropped, or the station detached: `test_record`);
//! - station id `n/a`, meaning the council has not assigned a station;
//! - locations as British National Grid easting/northing, converted to WGS84 (good to
//!   about 5 m); `0,0` and blanks mean no location (`no_location`), and numbers off the
//!   grid or not numbers are reported (`invalid_location`).

use rustc_hash::FxHashMap;
use std::borrow::Cow;

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{Address, PollingStation, StationAccessibility, StationId};
use crate::postcode::Postcode;

use super::generic_stations::station_postcode;
use super::rows::{self, Column, Columns};
use super::Confidence;

pub mod democracy_club;
pub(super) mod quirks;
pub mod weblookup;

use quirks::tidy_header;
use quirks::{
    find_postcode, found_postcode, keeps_line, postcode_moved, station_location, test_marker, test_marker_parsed,
    written, FoundPostcode,
};

#[cfg(test)]
mod tests;

/// One Xpress layout: its format name, its columns and how a row reads. `C` is the
/// layout's columns, found in a file's header once (by `find`) so that a row is read
/// by index rather than by name.
pub(super) struct Layout<C> {
    pub name: &'static str,
    /// Columns without which the file is refused (lower case).
    pub required: &'static [&'static str],
    /// Every column the layout has, used or not (lower case).
    pub known: &'static [&'static str],
    pub names: ColumnNames,
    pub find: fn(&Columns) -> C,
    pub read_row: for<'r> fn(&C, &'r CsvRow) -> XpressRow<'r>,
}

/// Reads `source` in `layout` into `dataset`, settling every row in `report`.
pub(super) fn import_file<C>(
    layout: &'static Layout<C>,
    source: &SourceFile,
    dataset: &mut Dataset,
    report: &mut FileReport,
) {
    let Some((table, columns)) = open_tidied(source, report, layout.name, layout.required, layout.known) else {
        return;
    };
    let columns = (layout.find)(&columns);
    let mut import = XpressImport::new(&layout.names);
    dataset.reserve_addresses(table.records());
    rows::for_each_row(&table, report, |record, report| {
        import.import_row((layout.read_row)(&columns, record), record.line, dataset, report)
    });
}

/// Opens `source` as a table in `format`, its duplicated and glued column names mapped
/// back to the `known` names they stand for (see [`tidy_header`]).
pub(super) fn open_tidied<'s>(
    source: &'s SourceFile,
    report: &mut FileReport,
    format: &str,
    required: &[&str],
    known: &[&str],
) -> Option<(rows::Table<'s>, Columns)> {
    let tidy = |header: &[String]| tidy_header(header, known);
    rows::open_table_with_header(source, report, format, required, |column| known.contains(&column), tidy)
}

/// How sure a format is when it is known by two columns: both → certain, one →
/// possible (so that the other can be named as missing), neither → no. The header is
/// tidied of duplicated and glued names first.
pub(super) fn detect_by_columns(source: &SourceFile, known: &[&str], first: &str, second: &str) -> Confidence {
    let header = tidy_header(source.header(), known);
    let has = |name: &str| header.iter().any(|column| column == name);
    match (has(first), has(second)) {
        (true, true) => Confidence::Certain,
        (false, false) => Confidence::No,
        _ => Confidence::Possible,
    }
}

/// The non-blank values of `columns`, in order. The vector is sized for every column
/// up front: collected from a filter it started at four and grew, on every row.
pub(super) fn lines<'r>(columns: &[Column], record: &'r CsvRow) -> Vec<&'r str> {
    let mut lines = Vec::with_capacity(columns.len());
    lines.extend(columns.iter().map(|column| column.get(record)).filter(|line| !line.is_empty()));
    lines
}

/// [`lines`], as the address lines of an [`XpressRow`].
pub(super) fn address_lines<'r>(columns: &[Column], record: &'r CsvRow) -> Vec<Cow<'r, str>> {
    let mut lines = Vec::with_capacity(columns.len());
    lines.extend(columns.iter().map(|column| column.get(record)).filter(|line| !line.is_empty()).map(Cow::Borrowed));
    lines
}

/// The non-blank of `parts` joined by `separator`, written straight into one
/// `String` (rather than through `format!` or a vector), as some layouts do for
/// every row.
pub(super) fn joined(parts: &[&str], separator: &str) -> String {
    let mut text = String::with_capacity(parts.iter().map(|part| part.len() + separator.len()).sum());
    for part in parts.iter().filter(|part| !part.is_empty()) {
        // Only non-blank parts are written, so the text is empty until the first.
        if !text.is_empty() {
            text.push_str(separator);
        }
        text.push_str(part);
    }
    text
}

/// The column names of one Xpress layout, as the officer sees them, for messages.
pub(super) struct ColumnNames {
    pub uprn: &'static str,
    pub address: &'static str,
    pub postcode: &'static str,
    pub station_name: &'static str,
    pub station_address: &'static str,
    pub station_postcode: &'static str,
    /// The location columns; both empty for a layout that has none.
    pub easting: &'static str,
    pub northing: &'static str,
    /// What the two location columns hold.
    pub coordinates: Coordinates,
}

/// The coordinate system of a layout's station locations.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Coordinates {
    /// British National Grid easting and northing in metres (EPSG:27700).
    BritishNationalGrid,
    /// WGS84 longitude and latitude in degrees (EPSG:4326), in that order.
    Wgs84,
}

/// A station as one row describes it.
pub(super) struct StationFields<'r> {
    /// Usually a column's value; some layouts make it from two columns.
    pub id: Cow<'r, str>,
    pub name: &'r str,
    /// Address lines in order; blanks are skipped.
    pub address_lines: Vec<&'r str>,
    pub postcode: &'r str,
    pub easting: &'r str,
    pub northing: &'r str,
}

/// The columns of a station described on every row by its own id, name, address
/// lines, postcode and location columns, found once per file.
pub(super) struct StationColumns {
    id: Column,
    name: Column,
    address: Vec<Column>,
    postcode: Column,
    easting: Column,
    northing: Column,
}

impl StationColumns {
    /// Finds the columns named `[id, name, postcode, easting, northing]` and
    /// `address` (the address lines, in order).
    pub(super) fn find(
        columns: &Columns,
        [id, name, postcode, easting, northing]: [&str; 5],
        address: &[&str],
    ) -> Self {
        StationColumns {
            id: columns.column(id),
            name: columns.column(name),
            address: address.iter().map(|line| columns.column(line)).collect(),
            postcode: columns.column(postcode),
            easting: columns.column(easting),
            northing: columns.column(northing),
        }
    }

    /// The station as `record` describes it.
    pub(super) fn read<'r>(&self, record: &'r CsvRow) -> StationFields<'r> {
        StationFields {
            id: Cow::Borrowed(self.id.get(record)),
            name: self.name.get(record),
            address_lines: lines(&self.address, record),
            postcode: self.postcode.get(record),
            easting: self.easting.get(record),
            northing: self.northing.get(record),
        }
    }
}

/// One property row, in the terms both layouts share.
pub(super) struct XpressRow<'r> {
    pub uprn: &'r str,
    /// Address lines in order; blanks are skipped. One may be the postcode. Most are
    /// the row's fields as they are; some layouts make a line from several.
    pub address_lines: Vec<Cow<'r, str>>,
    pub postcode: &'r str,
    pub district: &'r str,
    pub station: RowStation<'r>,
}

/// The station a property row votes at.
pub(super) enum RowStation<'r> {
    /// The row describes the station (most exports repeat it on every row).
    Described(StationFields<'r>),
    /// The row only names it by id; another file describes it.
    Named(Cow<'r, str>),
}

/// What a station id seen earlier in the file turned out to be.
enum SeenStation {
    Added {
        station: Box<PollingStation>,
        line: u64,
        /// The first row's station fields, as [`station_text`] gives them.
        text: Vec<String>,
    },
    /// Not usable (a blank name or address); reported on its first row.
    Unusable,
    /// A test record: its addresses are kept without a station.
    Test,
}

/// Reads one Xpress file's rows, remembering the stations already seen so each is
/// added (and its problems reported) once, on its first row.
struct XpressImport {
    names: &'static ColumnNames,
    /// Looked up on every row, so FxHash (never iterated).
    stations: FxHashMap<String, SeenStation>,
}

impl XpressImport {
    fn new(names: &'static ColumnNames) -> XpressImport {
        XpressImport { names, stations: FxHashMap::default() }
    }

    /// Imports one row and returns how it was settled.
    fn import_row(&mut self, row: XpressRow, line: u64, dataset: &mut Dataset, report: &mut FileReport) -> Fate {
        let mut problems = Vec::new();
        let result = self.read_row(&row, line, dataset, report, &mut problems);
        let fate = match result {
            Ok((postcode, address)) => {
                let repaired = problems.iter().any(|problem| problem.action != Action::Kept);
                let fate = if repaired { Fate::Repaired } else { Fate::Imported };
                dataset.add_address(postcode, address, fate, report.origin(line));
                fate
            }
            Err(problem) => {
                problems.push(problem);
                Fate::Dropped
            }
        };
        for problem in problems {
            report.push(problem.at_line(line));
        }
        fate
    }

    fn read_row(
        &mut self,
        row: &XpressRow,
        line: u64,
        dataset: &mut Dataset,
        report: &mut FileReport,
        problems: &mut Vec<Problem>,
    ) -> Result<(Postcode, Address), Problem> {
        let names = self.names;
        if row.uprn.is_empty() {
            return Err(Problem::new(
                ProblemCode::MissingUprn,
                Action::Dropped,
                format!(
                    "the address \"{}\" has no {}, so it cannot be told apart from other addresses",
                    row.address_lines.join(", "),
                    names.uprn
                ),
                "Fill in the property's UPRN in the election software and export again.",
            ));
        }
        // Parsed once here, for the dummy-postcode check and for the address.
        let parsed = Postcode::parse(row.postcode).ok();
        if let Some(reason) = test_marker_parsed(&row.address_lines, row.postcode, parsed.as_ref()) {
            return Err(Problem::new(
                ProblemCode::TestRecord,
                Action::Dropped,
                format!("UPRN \"{}\" is a dummy or test record ({reason}); it was left out", row.uprn),
                "Remove test and dummy records from the election software, or ignore this if they are expected.",
            ));
        }
        let (postcode, label) = address_postcode(row, parsed, names, problems)?;
        let Some(label) = label else {
            return Err(rows::blank_field(names.address, "address"));
        };
        let station_id = self.station(&row.station, line, dataset, report, problems)?;
        let address = Address {
            uprn: row.uprn.to_owned(),
            label,
            postcode: written(&postcode),
            station_id,
            district: Some(row.district).filter(|district| !district.is_empty()).map(str::to_owned),
        };
        Ok((postcode, address))
    }

    /// The station the row's address votes at, adding it to the dataset on its first
    /// row. `Err` (fatal) when the row describes a station differently from an earlier
    /// row: nobody could tell which description voters should be given.
    fn station(
        &mut self,
        station: &RowStation,
        line: u64,
        dataset: &mut Dataset,
        report: &mut FileReport,
        problems: &mut Vec<Problem>,
    ) -> Result<Option<StationId>, Problem> {
        let names = self.names;
        let fields = match station {
            RowStation::Named(id) if no_station(id) => return Ok(None),
            RowStation::Named(id) => return Ok(Some(StationId::from(id.as_ref()))),
            RowStation::Described(fields) if no_station(&fields.id) => return Ok(None),
            RowStation::Described(fields) => fields,
        };
        let id = StationId::from(fields.id.as_ref());
        match self.stations.get(fields.id.as_ref()) {
            Some(SeenStation::Test) => {
                problems.push(test_station(fields));
                return Ok(None);
            }
            Some(SeenStation::Unusable) => return Ok(Some(id)),
            Some(SeenStation::Added { station: first, line: first_line, text }) => {
                // Most rows repeat the first row's fields exactly, and those build the
                // same station, so only a row that differs is built again (building,
                // with its grid conversion, was a tenth of the import time).
                if station_text(fields).eq(text.iter().map(String::as_str)) {
                    return Ok(Some(id));
                }
                let again = build_station(fields, names, &mut Vec::new());
                if again.as_ref() == Some(&**first) {
                    return Ok(Some(id));
                }
                return Err(Problem::new(
                    ProblemCode::DuplicateStation,
                    Action::Stopped,
                    format!(
                        "this row describes station \"{id}\" (\"{}\") differently from line {first_line} (\"{}\"), so \
                         nobody can tell which is right",
                        fields.name, first.name
                    ),
                    "Correct the station's details in the election software so every row agrees, then export again.",
                ));
            }
            None => {}
        }
        if test_marker(&[fields.name], "").or_else(|| test_marker(&fields.address_lines, "")).is_some() {
            self.stations.insert(fields.id.to_string(), SeenStation::Test);
            problems.push(test_station(fields));
            return Ok(None);
        }
        let Some(station) = build_station(fields, names, problems) else {
            self.stations.insert(fields.id.to_string(), SeenStation::Unusable);
            let column = if fields.name.is_empty() { names.station_name } else { names.station_address };
            problems.push(Problem::new(
                ProblemCode::BlankField,
                Action::Kept,
                format!(
                    "station \"{id}\" has a blank \"{column}\", so it cannot be shown; its addresses were kept with \
                     its id (and are reported as pointing at an unknown station)"
                ),
                format!("Fill in \"{column}\" for this station in the election software."),
            ));
            return Ok(Some(id));
        };
        // A station already given by another file is reported by the dataset.
        dataset.add_station(station.clone(), Fate::Imported, report.origin(line), report);
        let text = station_text(fields).map(str::to_owned).collect();
        self.stations.insert(fields.id.to_string(), SeenStation::Added { station: Box::new(station), line, text });
        Ok(Some(id))
    }
}

/// The fields a station is built from, in order (the id is the map's key): rows whose
/// fields are equal build equal stations. Lines are the only repeated part, so two
/// sequences of the same length have the same number of lines.
fn station_text<'f>(fields: &'f StationFields<'_>) -> impl Iterator<Item = &'f str> {
    let lines = fields.address_lines.iter().copied();
    std::iter::once(fields.name).chain(lines).chain([fields.postcode, fields.easting, fields.northing])
}

/// A blank station id or `n/a` means the council has not assigned a station.
fn no_station(id: &str) -> bool {
    id.is_empty() || id.eq_ignore_ascii_case("n/a")
}

fn test_station(fields: &StationFields) -> Problem {
    Problem::new(
        ProblemCode::TestRecord,
        Action::KeptAsNoStation,
        format!(
            "station \"{}\" (\"{}\") is marked as a test record; the address was kept without a station, so voters \
             there are told to contact the council",
            fields.id, fields.name
        ),
        "Assign the addresses to their real station in the election software and export again.",
    )
}

/// The address's postcode, and its label: its lines without any that merely repeat
/// the postcode, joined with ", " (`None` when no line is left). The label is written
/// straight into one `String`, without vectors of lines on the way: every address
/// passes through here.
fn address_postcode(
    row: &XpressRow,
    parsed: Option<Postcode>,
    names: &ColumnNames,
    problems: &mut Vec<Problem>,
) -> Result<(Postcode, Option<String>), Problem> {
    let lines = || row.address_lines.iter().map(AsRef::as_ref);
    let found = found_postcode(parsed, lines());
    let kept = || lines().filter(|line| keeps_line(&found, line));
    let mut label = String::with_capacity(kept().map(|line| line.len() + 2).sum());
    let mut any = false;
    for line in kept() {
        if any {
            label.push_str(", ");
        }
        label.push_str(line);
        any = true;
    }
    let label = any.then_some(label);
    match found {
        FoundPostcode::Column(postcode) => Ok((postcode, label)),
        FoundPostcode::Line(postcode) => {
            problems.push(postcode_moved(names.postcode, row.postcode, &postcode, "address"));
            Ok((postcode, label))
        }
        FoundPostcode::None if row.postcode.is_empty() => Err(rows::blank_field(names.postcode, "address")),
        FoundPostcode::None => {
            let error = Postcode::parse(row.postcode).err().map(|e| format!("{}: {e}", e.code())).unwrap_or_default();
            Err(Problem::new(
                ProblemCode::InvalidPostcode,
                Action::Dropped,
                format!(
                    "the postcode \"{}\" of UPRN \"{}\" is not valid ({error}); the address was dropped, so voters \
                     there will not find it",
                    row.postcode, row.uprn
                ),
                "Correct the postcode in the election software and export again.",
            ))
        }
    }
}

/// The station a row describes, with its problems; `None` when its name or address is
/// blank. Accessibility is not in Xpress exports, so it is unknown.
pub(super) fn build_station(
    fields: &StationFields,
    names: &ColumnNames,
    problems: &mut Vec<Problem>,
) -> Option<PollingStation> {
    let (found, lines) = find_postcode(fields.postcode, &fields.address_lines);
    if fields.name.is_empty() || lines.is_empty() {
        return None;
    }
    let postcode = match found {
        FoundPostcode::Column(postcode) => Some(postcode.to_string()),
        FoundPostcode::Line(postcode) => {
            problems.push(postcode_moved(names.station_postcode, fields.postcode, &postcode, "station address"));
            Some(postcode.to_string())
        }
        FoundPostcode::None => station_postcode(fields.postcode, problems),
    };
    let location = match station_location(fields, names) {
        Ok(location) => Some(location),
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    Some(PollingStation {
        id: StationId::from(fields.id.as_ref()),
        name: fields.name.to_owned(),
        address: lines.join(", "),
        postcode,
        location,
        opening_hours: Default::default(),
        accessibility: StationAccessibility::default(),
    })
}
