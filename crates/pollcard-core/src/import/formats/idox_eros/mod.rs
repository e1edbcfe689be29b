//! `idox-eros`: exports from Idox Eros (formerly Halarose), recognised by the first
//! column `HouseID`. One row per property with the polling station its electors vote
//! at, read by the same per-property engine as Xpress (so the same quirks are handled:
//! duplicated columns, postcodes in the wrong column, dummy and `[TESTING]` rows, `n/a`
//! stations, blank or `0,0` grid references).
//!
//! Two header sets exist, and the importer picks by the header:
//! - **current**: `UPRN`, `AddressLine1..5`, `Postcode`, and a *venue*
//!   (`PollingVenueID`, `PollingVenueUPRN`, `PollingVenueEasting/Northing`) hosting a
//!   *station* (`PollingStationNumber`, `PollingStationName`, `PollingStationAddress1..5`,
//!   `PollingStationPostCode`), with `PollingDistrictId`. One venue (a school hall) can
//!   host several stations, each with its own electors, so the venue id alone would
//!   merge different stations: a station's id is `VENUE-NUMBER` (`19-3`), which is
//!   unique per station and keeps the venue it is in.
//! - **older**: the property in parts (`HouseName`, `HouseNumber`, `SubStreetName`,
//!   `StreetNumber`, `StreetName`, `Locality`, `Town`, `AdminArea`, `HousePostCode`),
//!   the station as `PollingStationNumber` (its id), `PollingStationName`,
//!   `PollingStationAddress_1..5`, `PollingStationPostCode`; no venue, district or
//!   coordinates, so every station is reported as having no location.

use std::borrow::Cow;

use crate::import::dataset::Dataset;
use crate::import::report::FileReport;
use crate::import::source::{CsvRow, SourceFile};

use super::rows::Columns;
use super::xpress::quirks::tidy_header;
use super::xpress::{import_file, lines, ColumnNames, Coordinates, Layout, RowStation, StationFields, XpressRow};
use super::{Confidence, Importer};

#[cfg(test)]
mod tests;

/// The format's name.
pub const NAME: &str = "idox-eros";

/// The current set's columns; some councils' exports write the station's address
/// lines with an underscore (`PollingStationAddress_1`), as the older set does.
const CURRENT_KNOWN: [&str; 27] = [
    "houseid",
    "uprn",
    "addressline1",
    "addressline2",
    "addressline3",
    "addressline4",
    "addressline5",
    "postcode",
    "pollingvenueid",
    "pollingstationname",
    "pollingstationnumber",
    "pollingstationaddress1",
    "pollingstationaddress2",
    "pollingstationaddress3",
    "pollingstationaddress4",
    "pollingstationaddress5",
    "pollingstationaddress_1",
    "pollingstationaddress_2",
    "pollingstationaddress_3",
    "pollingstationaddress_4",
    "pollingstationaddress_5",
    "pollingstationpostcode",
    "pollingvenueuprn",
    "pollingvenueeasting",
    "pollingvenuenorthing",
    "pollingdistrictid",
    "pollingdistrictname",
];

const OLDER_KNOWN: [&str; 19] = [
    "houseid",
    "housename",
    "housenumber",
    "housepostcode",
    "uprn",
    "substreetname",
    "streetnumber",
    "streetname",
    "locality",
    "town",
    "adminarea",
    "pollingstationname",
    "pollingstationnumber",
    "pollingstationaddress_1",
    "pollingstationaddress_2",
    "pollingstationaddress_3",
    "pollingstationaddress_4",
    "pollingstationaddress_5",
    "pollingstationpostcode",
];

/// Where the station's address lines are in each known-columns list.
const CURRENT_STATION_ADDRESS: std::ops::Range<usize> = 11..21;
const OLDER_STATION_ADDRESS: std::ops::Range<usize> = 13..18;

static CURRENT: Layout = Layout {
    name: NAME,
    required: &["uprn", "addressline1", "postcode", "pollingvenueid", "pollingstationnumber", "pollingstationname"],
    known: &CURRENT_KNOWN,
    read_row: read_current,
    names: ColumnNames {
        uprn: "UPRN",
        address: "AddressLine1",
        postcode: "Postcode",
        station_name: "PollingStationName",
        station_address: "PollingStationAddress1",
        station_postcode: "PollingStationPostCode",
        easting: "PollingVenueEasting",
        northing: "PollingVenueNorthing",
        coordinates: Coordinates::BritishNationalGrid,
    },
};

static OLDER: Layout = Layout {
    name: NAME,
    required: &["uprn", "streetname", "housepostcode", "pollingstationnumber", "pollingstationname"],
    known: &OLDER_KNOWN,
    read_row: read_older,
    names: ColumnNames {
        uprn: "UPRN",
        address: "StreetName",
        postcode: "HousePostCode",
        station_name: "PollingStationName",
        station_address: "PollingStationAddress_1",
        station_postcode: "PollingStationPostCode",
        // This header set has no coordinates: every station gets `no_location`.
        easting: "",
        northing: "",
        coordinates: Coordinates::BritishNationalGrid,
    },
};

/// Reads an Idox Eros (Halarose) export, current or older.
#[derive(Clone, Copy, Debug)]
pub struct IdoxEros;

impl Importer for IdoxEros {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "Idox Eros (Halarose) CSV whose first column is HouseID"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let header = tidy_header(source.header(), &CURRENT_KNOWN);
        if header.first().is_some_and(|column| column == "houseid") {
            Confidence::Certain
        } else if header.iter().any(|column| column == "houseid")
            && header.iter().any(|column| column == "pollingstationnumber")
        {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let layout = if source.has_column("PollingVenueID") { &CURRENT } else { &OLDER };
        import_file(layout, source, dataset, report);
    }
}

/// `VENUE-NUMBER`, unique per station; `n/a` (no station) when the number is blank or
/// `n/a`, whatever the venue.
fn station_id<'r>(venue: &'r str, number: &'r str) -> Cow<'r, str> {
    if number.is_empty() || number.eq_ignore_ascii_case("n/a") || venue.is_empty() {
        Cow::Borrowed(number)
    } else {
        Cow::Owned(format!("{venue}-{number}"))
    }
}

fn read_current<'r>(columns: &Columns, record: &'r CsvRow) -> XpressRow<'r> {
    const ADDRESS: [&str; 5] = ["addressline1", "addressline2", "addressline3", "addressline4", "addressline5"];
    let station_address = &CURRENT_KNOWN[CURRENT_STATION_ADDRESS];
    XpressRow {
        uprn: columns.get(record, "uprn"),
        address_lines: lines(columns, record, &ADDRESS).into_iter().map(str::to_owned).collect(),
        postcode: columns.get(record, "postcode"),
        district: columns.get(record, "pollingdistrictid"),
        station: RowStation::Described(StationFields {
            id: station_id(columns.get(record, "pollingvenueid"), columns.get(record, "pollingstationnumber")),
            name: columns.get(record, "pollingstationname"),
            address_lines: lines(columns, record, station_address),
            postcode: columns.get(record, "pollingstationpostcode"),
            easting: columns.get(record, "pollingvenueeasting"),
            northing: columns.get(record, "pollingvenuenorthing"),
        }),
    }
}

fn read_older<'r>(columns: &Columns, record: &'r CsvRow) -> XpressRow<'r> {
    let station_address = &OLDER_KNOWN[OLDER_STATION_ADDRESS];
    XpressRow {
        uprn: columns.get(record, "uprn"),
        address_lines: older_address(columns, record),
        postcode: columns.get(record, "housepostcode"),
        district: "",
        station: RowStation::Described(StationFields {
            id: Cow::Borrowed(columns.get(record, "pollingstationnumber")),
            name: columns.get(record, "pollingstationname"),
            address_lines: lines(columns, record, station_address),
            postcode: columns.get(record, "pollingstationpostcode"),
            easting: "",
            northing: "",
        }),
    }
}

/// The older export's address in parts, as lines: the house name; the house number
/// with the sub-street it is on (or, without one, with the street); the street with
/// its number; then locality, town and administrative area.
fn older_address(columns: &Columns, record: &CsvRow) -> Vec<String> {
    let get = |name: &str| columns.get(record, name);
    let joined = |parts: &[&str]| parts.iter().filter(|part| !part.is_empty()).copied().collect::<Vec<_>>().join(" ");
    let (house_number, sub_street) = (get("housenumber"), get("substreetname"));
    let street = if sub_street.is_empty() {
        joined(&[house_number, get("streetnumber"), get("streetname")])
    } else {
        joined(&[get("streetnumber"), get("streetname")])
    };
    let sub_street = if sub_street.is_empty() { String::new() } else { joined(&[house_number, sub_street]) };
    [
        get("housename").to_owned(),
        sub_street,
        street,
        get("locality").to_owned(),
        get("town").to_owned(),
        get("adminarea").to_owned(),
    ]
    .into_iter()
    .filter(|line| !line.is_empty())
    .collect()
}
