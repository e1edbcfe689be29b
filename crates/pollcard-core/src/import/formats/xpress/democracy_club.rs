//! `xpress-democracyclub`: the Xpress "DemocracyClub" export, the most common council
//! export. One row per property (`Property_URN`, `AddressLine1..5`, `Addressline6`,
//! `Post_Code`) with its polling district and station (`Polling_Place_*`).

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::{Column, Columns};
use super::super::{Confidence, Importer};
use super::{
    address_lines, detect_by_columns, import_file, ColumnNames, Coordinates, Layout, RowStation, StationColumns,
    XpressRow,
};

/// The format's name.
pub const NAME: &str = "xpress-democracyclub";

const REQUIRED: [&str; 5] = ["property_urn", "addressline1", "post_code", "polling_place_id", "polling_place_name"];

const ADDRESS: [&str; 6] =
    ["addressline1", "addressline2", "addressline3", "addressline4", "addressline5", "addressline6"];
const STATION_ADDRESS: [&str; 4] =
    ["polling_place_address_1", "polling_place_address_2", "polling_place_address_3", "polling_place_address_4"];

/// Every column of the export, including those Pollcard does not need (the election's
/// date, type and area are the same on every row and say nothing about a property).
pub(super) const KNOWN: [&str; 24] = [
    "electiondate",
    "electiontype",
    "electoralarea",
    "contested",
    "property_urn",
    "addressline1",
    "addressline2",
    "addressline3",
    "addressline4",
    "addressline5",
    "addressline6",
    "post_code",
    "polling_place_district_reference",
    "polling_place_id",
    "polling_place_name",
    "polling_place_address_1",
    "polling_place_address_2",
    "polling_place_address_3",
    "polling_place_address_4",
    "polling_place_postcode",
    "polling_place_easting",
    "polling_place_northing",
    "polling_place_uprn",
    "areanamealternative",
];

static LAYOUT: Layout<Positions> = Layout {
    name: NAME,
    required: &REQUIRED,
    known: &KNOWN,
    find: Positions::find,
    read_row,
    names: ColumnNames {
        uprn: "Property_URN",
        address: "AddressLine1",
        postcode: "Post_Code",
        station_name: "Polling_Place_Name",
        station_address: "Polling_Place_Address_1",
        station_postcode: "Polling_Place_Postcode",
        easting: "Polling_Place_Easting",
        northing: "Polling_Place_Northing",
        coordinates: Coordinates::BritishNationalGrid,
    },
};

/// Reads an Xpress "DemocracyClub" export.
#[derive(Clone, Copy, Debug)]
pub struct XpressDemocracyClub;

impl Importer for XpressDemocracyClub {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "Xpress CSV with the columns Polling_Place_Id and Property_URN"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        detect_by_columns(source, &KNOWN, "polling_place_id", "property_urn")
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
    district: Column,
    station: StationColumns,
}

impl Positions {
    fn find(columns: &Columns) -> Positions {
        Positions {
            uprn: columns.column("property_urn"),
            address: columns.columns(&ADDRESS),
            postcode: columns.column("post_code"),
            district: columns.column("polling_place_district_reference"),
            station: StationColumns::find(
                columns,
                [
                    "polling_place_id",
                    "polling_place_name",
                    "polling_place_postcode",
                    "polling_place_easting",
                    "polling_place_northing",
                ],
                &STATION_ADDRESS,
            ),
        }
    }
}

fn read_row<'r>(columns: &Positions, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.uprn.get(record),
        address_lines: address_lines(&columns.address, record),
        postcode: columns.postcode.get(record),
        district: columns.district.get(record),
        station: RowStation::Described(columns.station.read(record)),
    }
}
