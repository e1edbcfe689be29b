//! `xpress-democracyclub`: the Xpress "DemocracyClub" export, the most common council
//! export. One row per property (`Property_URN`, `AddressLine1..5`, `Addressline6`,
//! `Post_Code`) with its polling district and station (`Polling_Place_*`).

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::super::rows::Columns;
use super::super::{Confidence, Importer};
use super::{
    detect_by_columns, import_file, lines, ColumnNames, Coordinates, Layout, RowStation, StationFields, XpressRow,
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

static LAYOUT: Layout = Layout {
    name: NAME,
    required: &REQUIRED,
    known: &KNOWN,
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

fn read_row<'r>(columns: &Columns, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.get(record, "property_urn"),
        address_lines: lines(columns, record, &ADDRESS).into_iter().map(str::to_owned).collect(),
        postcode: columns.get(record, "post_code"),
        district: columns.get(record, "polling_place_district_reference"),
        station: RowStation::Described(StationFields {
            id: columns.get(record, "polling_place_id").into(),
            name: columns.get(record, "polling_place_name"),
            address_lines: lines(columns, record, &STATION_ADDRESS),
            postcode: columns.get(record, "polling_place_postcode"),
            easting: columns.get(record, "polling_place_easting"),
            northing: columns.get(record, "polling_place_northing"),
        }),
    }
}
