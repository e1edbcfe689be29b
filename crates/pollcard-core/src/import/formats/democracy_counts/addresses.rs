//! `democracy-counts-addresses`: Democracy Counts' addresses file, one row per
//! property naming its station by `StationCode` (the stations file describes it).

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::{Column, Columns};
use super::super::xpress::{address_lines, import_file, Layout, RowStation, XpressRow};
use super::super::{Confidence, Importer};
use super::{has, ADDRESS_LINES, NAMES, SHARED};

/// The format's name.
pub const NAME: &str = "democracy-counts-addresses";

const KNOWN: [&str; 11] = [
    SHARED[0], SHARED[1], SHARED[2], SHARED[3], SHARED[4], SHARED[5], SHARED[6], SHARED[7], SHARED[8], SHARED[9],
    "uprn",
];

static LAYOUT: Layout<Positions> = Layout {
    name: NAME,
    required: &["add1", "postcode", "stationcode", "uprn"],
    known: &KNOWN,
    find: Positions::find,
    read_row,
    names: NAMES,
};

/// Reads Democracy Counts' addresses file.
#[derive(Clone, Copy, Debug)]
pub struct DemocracyCountsAddresses;

impl Importer for DemocracyCountsAddresses {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "Democracy Counts CSV with the columns Xordinate, StationCode and UPRN"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if !has(source, &KNOWN, "xordinate") || has(source, &super::stations::KNOWN, "placename") {
            Confidence::No
        } else if has(source, &KNOWN, "uprn") && has(source, &KNOWN, "stationcode") {
            Confidence::Certain
        } else {
            Confidence::Possible
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        import_file(&LAYOUT, source, dataset, report);
    }
}

/// The columns a row is read from, found once per file.
struct Positions {
    uprn: Column,
    address: [Column; 6],
    postcode: Column,
    station: Column,
}

impl Positions {
    fn find(columns: &Columns) -> Positions {
        Positions {
            uprn: columns.column("uprn"),
            address: columns.columns(&ADDRESS_LINES),
            postcode: columns.column("postcode"),
            station: columns.column("stationcode"),
        }
    }
}

fn read_row<'r>(columns: &Positions, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.uprn.get(record),
        address_lines: address_lines(&columns.address, record),
        postcode: columns.postcode.get(record),
        district: "",
        station: RowStation::Named(columns.station.get(record).into()),
    }
}
