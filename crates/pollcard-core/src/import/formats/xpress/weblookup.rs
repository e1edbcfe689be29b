//! `xpress-weblookup`: the older Xpress WebLookup export, recognised by its first
//! column `AuthorityCode`. One row per property (`PropertyNumber`, `StreetName`,
//! `PostCode`, `UPRN`) with its station, whose name is `PollingPlaceAddress1`, its
//! address `PollingPlaceAddress2..6` and its postcode `PollingPlaceAddress7`.

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::Columns;
use super::super::{Confidence, Importer};
use super::{import_file, lines, ColumnNames, Coordinates, Layout, RowStation, StationFields, XpressRow};

/// The format's name.
pub const NAME: &str = "xpress-weblookup";

const REQUIRED: [&str; 5] = ["uprn", "streetname", "postcode", "pollingplaceid", "pollingplaceaddress1"];

const STATION_ADDRESS: [&str; 5] = [
    "pollingplaceaddress2",
    "pollingplaceaddress3",
    "pollingplaceaddress4",
    "pollingplaceaddress5",
    "pollingplaceaddress6",
];

const KNOWN: [&str; 16] = [
    "authoritycode",
    "propertynumber",
    "streetname",
    "postcode",
    "pollingdistrictreference",
    "pollingplaceid",
    "pollingplaceaddress1",
    "pollingplaceaddress2",
    "pollingplaceaddress3",
    "pollingplaceaddress4",
    "pollingplaceaddress5",
    "pollingplaceaddress6",
    "pollingplaceaddress7",
    "uprn",
    "pollingplaceeasting",
    "pollingplacenorthing",
];

static LAYOUT: Layout = Layout {
    name: NAME,
    required: &REQUIRED,
    known: &KNOWN,
    read_row,
    names: ColumnNames {
        uprn: "UPRN",
        address: "StreetName",
        postcode: "PostCode",
        station_name: "PollingPlaceAddress1",
        station_address: "PollingPlaceAddress2",
        station_postcode: "PollingPlaceAddress7",
        easting: "PollingPlaceEasting",
        northing: "PollingPlaceNorthing",
        coordinates: Coordinates::BritishNationalGrid,
    },
};

/// Reads an Xpress WebLookup export.
#[derive(Clone, Copy, Debug)]
pub struct XpressWebLookup;

impl Importer for XpressWebLookup {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "Xpress CSV whose first column is AuthorityCode"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let first_is_authority =
            source.header().first().is_some_and(|column| column.eq_ignore_ascii_case("AuthorityCode"));
        if first_is_authority {
            Confidence::Certain
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        import_file(&LAYOUT, source, dataset, report);
    }
}

fn read_row<'r>(columns: &Columns, record: &'r CsvRow) -> XpressRow<'r> {
    // A property number of 0 stands for none.
    let number = Some(columns.get(record, "propertynumber")).filter(|number| !number.is_empty() && *number != "0");
    let street = columns.get(record, "streetname");
    let first_line = match number {
        Some(number) if !street.is_empty() => format!("{number} {street}"),
        Some(number) => number.to_owned(),
        None => street.to_owned(),
    };
    XpressRow {
        uprn: columns.get(record, "uprn"),
        address_lines: Some(first_line).filter(|line| !line.is_empty()).into_iter().collect(),
        postcode: columns.get(record, "postcode"),
        district: columns.get(record, "pollingdistrictreference"),
        station: RowStation::Described(StationFields {
            id: columns.get(record, "pollingplaceid").into(),
            name: columns.get(record, "pollingplaceaddress1"),
            address_lines: lines(columns, record, &STATION_ADDRESS),
            postcode: columns.get(record, "pollingplaceaddress7"),
            easting: columns.get(record, "pollingplaceeasting"),
            northing: columns.get(record, "pollingplacenorthing"),
        }),
    }
}
