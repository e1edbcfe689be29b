//! `eoni`: the Electoral Office for Northern Ireland's export, recognised by the
//! columns `PRO_UPRN` and `PREM_ID`. One row per property (`PRO_*`) with the premises
//! it votes at (`PREM_*`), read by the same per-property engine as Xpress, so the same
//! quirks are handled (duplicated columns, dummy and `[TESTING]` rows, `n/a` stations,
//! postcodes missing from their column but present in the address).
//!
//! Addresses come as one comma-separated field that usually ends with the postcode
//! (`1 TEST STREET, BELFAST, BT99 9AA`): it is split into lines, and a line repeating
//! the postcode is left out of the label. Locations are already WGS84
//! (`PREM_X_4326` = longitude, `PREM_Y_4326` = latitude); `0,0` or blank is no
//! location. The export has no polling district column.

use std::borrow::Cow;

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::rows::{Column, Columns};
use super::xpress::quirks::split_address;
use super::xpress::{
    detect_by_columns, import_file, ColumnNames, Coordinates, Layout, RowStation, StationFields, XpressRow,
};
use super::{Confidence, Importer};

#[cfg(test)]
mod tests;

/// The format's name.
pub const NAME: &str = "eoni";

const KNOWN: [&str; 11] = [
    "pro_uprn",
    "pro_fulladdress",
    "pro_postcode",
    "pro_x_4326",
    "pro_y_4326",
    "prem_id",
    "prem_name",
    "prem_fulladdress",
    "prem_postcode",
    "prem_x_4326",
    "prem_y_4326",
];

static LAYOUT: Layout<Positions> = Layout {
    name: NAME,
    required: &["pro_uprn", "pro_fulladdress", "pro_postcode", "prem_id", "prem_name", "prem_fulladdress"],
    known: &KNOWN,
    find: Positions::find,
    read_row,
    names: ColumnNames {
        uprn: "PRO_UPRN",
        address: "PRO_FULLADDRESS",
        postcode: "PRO_POSTCODE",
        station_name: "PREM_NAME",
        station_address: "PREM_FULLADDRESS",
        station_postcode: "PREM_POSTCODE",
        easting: "PREM_X_4326",
        northing: "PREM_Y_4326",
        coordinates: Coordinates::Wgs84,
    },
};

/// Reads an EONI export.
#[derive(Clone, Copy, Debug)]
pub struct Eoni;

impl Importer for Eoni {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "EONI (Northern Ireland) CSV with the columns PRO_UPRN and PREM_ID"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        detect_by_columns(source, &KNOWN, "pro_uprn", "prem_id")
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        import_file(&LAYOUT, source, dataset, report);
    }
}

/// The columns a row is read from, found once per file.
struct Positions {
    uprn: Column,
    address: Column,
    postcode: Column,
    station_id: Column,
    station_name: Column,
    station_address: Column,
    station_postcode: Column,
    x: Column,
    y: Column,
}

impl Positions {
    fn find(columns: &Columns) -> Positions {
        Positions {
            uprn: columns.column("pro_uprn"),
            address: columns.column("pro_fulladdress"),
            postcode: columns.column("pro_postcode"),
            station_id: columns.column("prem_id"),
            station_name: columns.column("prem_name"),
            station_address: columns.column("prem_fulladdress"),
            station_postcode: columns.column("prem_postcode"),
            x: columns.column("prem_x_4326"),
            y: columns.column("prem_y_4326"),
        }
    }
}

fn read_row<'r>(columns: &Positions, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.uprn.get(record),
        address_lines: split_address(columns.address.get(record)).into_iter().map(Cow::Borrowed).collect(),
        postcode: columns.postcode.get(record),
        district: "",
        station: RowStation::Described(StationFields {
            id: columns.station_id.get(record).into(),
            name: columns.station_name.get(record),
            address_lines: split_address(columns.station_address.get(record)),
            postcode: columns.station_postcode.get(record),
            easting: columns.x.get(record),
            northing: columns.y.get(record),
        }),
    }
}
