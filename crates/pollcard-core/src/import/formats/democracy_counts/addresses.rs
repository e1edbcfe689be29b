//! `democracy-counts-addresses`: Democracy Counts' addresses file, one row per
//! property naming its station by `StationCode` (the stations file describes it).

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::Columns;
use super::super::xpress::{import_file, lines, Layout, RowStation, XpressRow};
use super::super::{Confidence, Importer};
use super::{has, ADDRESS_LINES, NAMES, SHARED};

/// The format's name.
pub const NAME: &str = "democracy-counts-addresses";

const KNOWN: [&str; 11] = [
    SHARED[0], SHARED[1], SHARED[2], SHARED[3], SHARED[4], SHARED[5], SHARED[6], SHARED[7], SHARED[8], SHARED[9],
    "uprn",
];

static LAYOUT: Layout = Layout {
    name: NAME,
    required: &["add1", "postcode", "stationcode", "uprn"],
    known: &KNOWN,
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

fn read_row<'r>(columns: &Columns, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.get(record, "uprn"),
        address_lines: lines(columns, record, &ADDRESS_LINES).into_iter().map(str::to_owned).collect(),
        postcode: columns.get(record, "postcode"),
        district: "",
        station: RowStation::Named(columns.get(record, "stationcode").into()),
    }
}
