//! `xpress-weblookup`: the older Xpress WebLookup export, recognised by its first
//! column `AuthorityCode`. One row per property (`PropertyNumber`, `StreetName`,
//! `PostCode`, `UPRN`) with its station, whose name is `PollingPlaceAddress1`, its
//! address `PollingPlaceAddress2..6` and its postcode `PollingPlaceAddress7`.

use std::borrow::Cow;

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::{Column, Columns};
use super::super::{Confidence, Importer};
use super::{import_file, joined, ColumnNames, Coordinates, Layout, RowStation, StationColumns, XpressRow};

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

static LAYOUT: Layout<Positions> = Layout {
    name: NAME,
    required: &REQUIRED,
    known: &KNOWN,
    find: Positions::find,
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

/// The columns a row is read from, found once per file.
struct Positions {
    number: Column,
    street: Column,
    uprn: Column,
    postcode: Column,
    district: Column,
    station: StationColumns,
}

impl Positions {
    fn find(columns: &Columns) -> Positions {
        Positions {
            number: columns.column("propertynumber"),
            street: columns.column("streetname"),
            uprn: columns.column("uprn"),
            postcode: columns.column("postcode"),
            district: columns.column("pollingdistrictreference"),
            station: StationColumns::find(
                columns,
                [
                    "pollingplaceid",
                    "pollingplaceaddress1",
                    "pollingplaceaddress7",
                    "pollingplaceeasting",
                    "pollingplacenorthing",
                ],
                &STATION_ADDRESS,
            ),
        }
    }
}

fn read_row<'r>(columns: &Positions, record: &'r CsvRow) -> XpressRow<'r> {
    // A property number of 0 stands for none.
    let number = Some(columns.number.get(record)).filter(|number| !number.is_empty() && *number != "0");
    let street = columns.street.get(record);
    let first_line = match number {
        Some(number) if !street.is_empty() => Cow::Owned(joined(&[number, street], " ")),
        Some(number) => Cow::Borrowed(number),
        None => Cow::Borrowed(street),
    };
    XpressRow {
        uprn: columns.uprn.get(record),
        address_lines: Some(first_line).filter(|line| !line.is_empty()).into_iter().collect(),
        postcode: columns.postcode.get(record),
        district: columns.district.get(record),
        station: RowStation::Described(columns.station.read(record)),
    }
}
