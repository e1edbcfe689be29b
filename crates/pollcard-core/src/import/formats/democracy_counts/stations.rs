//! `democracy-counts-stations`: Democracy Counts' stations file, one row per station:
//! `StationCode` (its id), `PlaceName` (its name), `Add1..Add6` and `PostCode` (its
//! address) and `Xordinate`/`Yordinate` (British National Grid).

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::Columns;
use super::super::station_rows::{import_station_rows, StationLayout};
use super::super::xpress::{lines, StationFields};
use super::super::{Confidence, Importer};
use super::{has, ADDRESS_LINES, NAMES, SHARED};

/// The format's name.
pub const NAME: &str = "democracy-counts-stations";

pub(super) const KNOWN: [&str; 11] = [
    SHARED[0],
    SHARED[1],
    SHARED[2],
    SHARED[3],
    SHARED[4],
    SHARED[5],
    SHARED[6],
    SHARED[7],
    SHARED[8],
    SHARED[9],
    "placename",
];

static LAYOUT: StationLayout = StationLayout {
    name: NAME,
    id_column: "StationCode",
    required: &["add1", "postcode", "stationcode", "placename", "xordinate", "yordinate"],
    known: &KNOWN,
};

/// Reads Democracy Counts' stations file.
#[derive(Clone, Copy, Debug)]
pub struct DemocracyCountsStations;

impl Importer for DemocracyCountsStations {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "Democracy Counts CSV with the columns Xordinate and PlaceName"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        match (has(source, &KNOWN, "xordinate"), has(source, &KNOWN, "placename"), source.has_column("uprn")) {
            (true, true, false) => Confidence::Certain,
            (true, true, true) | (false, true, _) => Confidence::Possible,
            (_, false, _) => Confidence::No,
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        import_station_rows(&LAYOUT, &NAMES, read_row, source, dataset, report);
    }
}

fn read_row<'r>(columns: &Columns, record: &'r CsvRow) -> StationFields<'r> {
    StationFields {
        id: columns.get(record, "stationcode").into(),
        name: columns.get(record, "placename"),
        address_lines: lines(&columns.columns(&ADDRESS_LINES), record),
        postcode: columns.get(record, "postcode"),
        easting: columns.get(record, "xordinate"),
        northing: columns.get(record, "yordinate"),
    }
}
