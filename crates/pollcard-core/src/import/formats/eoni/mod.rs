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

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::rows::Columns;
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

static LAYOUT: Layout = Layout {
    name: NAME,
    required: &["pro_uprn", "pro_fulladdress", "pro_postcode", "prem_id", "prem_name", "prem_fulladdress"],
    known: &KNOWN,
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

fn read_row<'r>(columns: &Columns, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.get(record, "pro_uprn"),
        address_lines: split_address(columns.get(record, "pro_fulladdress")).into_iter().map(str::to_owned).collect(),
        postcode: columns.get(record, "pro_postcode"),
        district: "",
        station: RowStation::Described(StationFields {
            id: columns.get(record, "prem_id").into(),
            name: columns.get(record, "prem_name"),
            address_lines: split_address(columns.get(record, "prem_fulladdress")),
            postcode: columns.get(record, "prem_postcode"),
            easting: columns.get(record, "prem_x_4326"),
            northing: columns.get(record, "prem_y_4326"),
        }),
    }
}
