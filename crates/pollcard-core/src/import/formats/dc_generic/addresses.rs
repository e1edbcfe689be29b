//! `democracy-club-addresses`: Democracy Club's generic addresses CSV, one row per
//! property: `address` (one field, its lines separated by commas or line breaks),
//! `uprn`, `postcode`, and `polling_station`, the `internal_council_id` of the station
//! in the stations file.

use std::borrow::Cow;

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::Column;
use super::super::xpress::quirks::split_address;
use super::super::xpress::{import_file, ColumnNames, Coordinates, Layout, RowStation, XpressRow};
use super::super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "democracy-club-addresses";

const KNOWN: [&str; 4] = ["address", "uprn", "postcode", "polling_station"];

static LAYOUT: Layout<[Column; 4]> = Layout {
    name: NAME,
    required: &KNOWN,
    known: &KNOWN,
    find: |columns| columns.columns(&KNOWN),
    read_row,
    names: ColumnNames {
        uprn: "uprn",
        address: "address",
        postcode: "postcode",
        // The row names its station only; the stations file describes it.
        station_name: "address",
        station_address: "address",
        station_postcode: "postcode",
        easting: "lng",
        northing: "lat",
        coordinates: Coordinates::Wgs84,
    },
};

/// Reads Democracy Club's generic addresses CSV.
#[derive(Clone, Copy, Debug)]
pub struct DemocracyClubAddresses;

impl Importer for DemocracyClubAddresses {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns uprn and polling_station"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        match (source.has_column("uprn"), source.has_column("polling_station")) {
            (true, true) => Confidence::Certain,
            (false, true) => Confidence::Possible,
            _ => Confidence::No,
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        import_file(&LAYOUT, source, dataset, report);
    }
}

/// Reads a row from its columns, found once per file in the order of [`KNOWN`].
fn read_row<'r>(columns: &[Column; 4], record: &'r CsvRow) -> XpressRow<'r> {
    let [address, uprn, postcode, station] = columns.map(|column| column.get(record));
    XpressRow {
        uprn,
        address_lines: split_address(address).into_iter().map(Cow::Borrowed).collect(),
        postcode,
        district: "",
        station: RowStation::Named(station.into()),
    }
}
