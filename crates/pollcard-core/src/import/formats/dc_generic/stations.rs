//! `democracy-club-stations`: Democracy Club's generic stations CSV, one row per
//! station: `internal_council_id` (its id), `address` (one field, its lines separated
//! by commas or line breaks), `postcode`, and its location as either `lng`, `lat`
//! (WGS84) or `east`, `north` / `easting`, `northing` (British National Grid).
//!
//! The file has no name column: the first line of the address is the station's name
//! ("Village Hall, Mill Lane" → name "Village Hall", address "Mill Lane"), and a
//! one-line address is both.

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::Columns;
use super::super::station_rows::{import_station_rows, StationLayout};
use super::super::xpress::quirks::split_address;
use super::super::xpress::{ColumnNames, Coordinates, StationFields};
use super::super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "democracy-club-stations";

/// Every column the file may have; `uprn` (the station building's) is not used.
const KNOWN: [&str; 10] =
    ["internal_council_id", "address", "postcode", "lng", "lat", "east", "north", "easting", "northing", "uprn"];

static LAYOUT: StationLayout = StationLayout {
    name: NAME,
    id_column: "internal_council_id",
    required: &["internal_council_id", "address", "postcode"],
    known: &KNOWN,
};

/// The location columns a file can have, in the order they are looked for, and how
/// each pair is named in messages.
const LOCATIONS: [(&str, &str, Coordinates); 3] = [
    ("lng", "lat", Coordinates::Wgs84),
    ("easting", "northing", Coordinates::BritishNationalGrid),
    ("east", "north", Coordinates::BritishNationalGrid),
];

const fn names(x: &'static str, y: &'static str, coordinates: Coordinates) -> ColumnNames {
    ColumnNames {
        uprn: "uprn",
        address: "address",
        postcode: "postcode",
        station_name: "address",
        station_address: "address",
        station_postcode: "postcode",
        easting: x,
        northing: y,
        coordinates,
    }
}

static NAMES: [ColumnNames; 3] = [
    names(LOCATIONS[0].0, LOCATIONS[0].1, LOCATIONS[0].2),
    names(LOCATIONS[1].0, LOCATIONS[1].1, LOCATIONS[1].2),
    names(LOCATIONS[2].0, LOCATIONS[2].1, LOCATIONS[2].2),
];

/// Reads Democracy Club's generic stations CSV.
#[derive(Clone, Copy, Debug)]
pub struct DemocracyClubStations;

impl Importer for DemocracyClubStations {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with internal_council_id, address and lng/lat or east/north (no survey answers)"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if !source.has_column("internal_council_id") || !source.has_column("address") {
            Confidence::No
        } else if LOCATIONS.iter().any(|(x, y, _)| source.has_column(x) && source.has_column(y)) {
            Confidence::Certain
        } else {
            Confidence::Possible
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        // Without location columns the first pair's names are used, so the message
        // for each station's missing location says which columns to add.
        let pair = LOCATIONS.iter().position(|(x, y, _)| source.has_column(x) && source.has_column(y)).unwrap_or(0);
        let (x, y, _) = LOCATIONS[pair];
        let read_row = for_every_record(move |columns, record| read_row(columns, record, x, y));
        import_station_rows(&LAYOUT, &NAMES[pair], read_row, source, dataset, report);
    }
}

/// Tells the compiler the closure works for records of any lifetime.
fn for_every_record<F>(read: F) -> F
where
    F: for<'r> Fn(&Columns, &'r CsvRow) -> StationFields<'r>,
{
    read
}

fn read_row<'r>(columns: &Columns, record: &'r CsvRow, x: &str, y: &str) -> StationFields<'r> {
    let lines = split_address(columns.get(record, "address"));
    let (name, address_lines) = match lines.split_first() {
        Some((name, [])) => (*name, vec![*name]),
        Some((name, rest)) => (*name, rest.to_vec()),
        None => ("", Vec::new()),
    };
    StationFields {
        id: columns.get(record, "internal_council_id").into(),
        name,
        address_lines,
        postcode: columns.get(record, "postcode"),
        easting: columns.get(record, x),
        northing: columns.get(record, y),
    }
}
