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

use super::rows::{Column, Columns};
use super::xpress::quirks::tidy_header;
use super::xpress::{
    address_lines, import_file, joined, lines, ColumnNames, Coordinates, Layout, RowStation, StationFields, XpressRow,
};
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

static CURRENT: Layout<Current> = Layout {
    name: NAME,
    required: &["uprn", "addressline1", "postcode", "pollingvenueid", "pollingstationnumber", "pollingstationname"],
    known: &CURRENT_KNOWN,
    find: Current::find,
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

static OLDER: Layout<Older> = Layout {
    name: NAME,
    required: &["uprn", "streetname", "housepostcode", "pollingstationnumber", "pollingstationname"],
    known: &OLDER_KNOWN,
    find: Older::find,
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
        if source.has_column("PollingVenueID") {
            import_file(&CURRENT, source, dataset, report);
        } else {
            import_file(&OLDER, source, dataset, report);
        }
    }
}

/// `VENUE-NUMBER`, unique per station; `n/a` (no station) when the number is blank or
/// `n/a`, whatever the venue.
fn station_id<'r>(venue: &'r str, number: &'r str) -> Cow<'r, str> {
    if number.is_empty() || number.eq_ignore_ascii_case("n/a") || venue.is_empty() {
        Cow::Borrowed(number)
    } else {
        Cow::Owned(joined(&[venue, number], "-"))
    }
}

/// The current set's columns, found once per file.
struct Current {
    uprn: Column,
    address: [Column; 5],
    postcode: Column,
    district: Column,
    venue: Column,
    number: Column,
    station_name: Column,
    station_address: Vec<Column>,
    station_postcode: Column,
    easting: Column,
    northing: Column,
}

impl Current {
    fn find(columns: &Columns) -> Current {
        const ADDRESS: [&str; 5] = ["addressline1", "addressline2", "addressline3", "addressline4", "addressline5"];
        Current {
            uprn: columns.column("uprn"),
            address: columns.columns(&ADDRESS),
            postcode: columns.column("postcode"),
            district: columns.column("pollingdistrictid"),
            venue: columns.column("pollingvenueid"),
            number: columns.column("pollingstationnumber"),
            station_name: columns.column("pollingstationname"),
            station_address: CURRENT_KNOWN[CURRENT_STATION_ADDRESS].iter().map(|name| columns.column(name)).collect(),
            station_postcode: columns.column("pollingstationpostcode"),
            easting: columns.column("pollingvenueeasting"),
            northing: columns.column("pollingvenuenorthing"),
        }
    }
}

fn read_current<'r>(columns: &Current, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.uprn.get(record),
        address_lines: address_lines(&columns.address, record),
        postcode: columns.postcode.get(record),
        district: columns.district.get(record),
        station: RowStation::Described(StationFields {
            id: station_id(columns.venue.get(record), columns.number.get(record)),
            name: columns.station_name.get(record),
            address_lines: lines(&columns.station_address, record),
            postcode: columns.station_postcode.get(record),
            easting: columns.easting.get(record),
            northing: columns.northing.get(record),
        }),
    }
}

/// The older set's columns, found once per file.
struct Older {
    uprn: Column,
    house_name: Column,
    house_number: Column,
    sub_street: Column,
    street_number: Column,
    street: Column,
    locality: Column,
    town: Column,
    admin_area: Column,
    postcode: Column,
    number: Column,
    station_name: Column,
    station_address: Vec<Column>,
    station_postcode: Column,
}

impl Older {
    fn find(columns: &Columns) -> Older {
        Older {
            uprn: columns.column("uprn"),
            house_name: columns.column("housename"),
            house_number: columns.column("housenumber"),
            sub_street: columns.column("substreetname"),
            street_number: columns.column("streetnumber"),
            street: columns.column("streetname"),
            locality: columns.column("locality"),
            town: columns.column("town"),
            admin_area: columns.column("adminarea"),
            postcode: columns.column("housepostcode"),
            number: columns.column("pollingstationnumber"),
            station_name: columns.column("pollingstationname"),
            station_address: OLDER_KNOWN[OLDER_STATION_ADDRESS].iter().map(|name| columns.column(name)).collect(),
            station_postcode: columns.column("pollingstationpostcode"),
        }
    }
}

fn read_older<'r>(columns: &Older, record: &'r CsvRow) -> XpressRow<'r> {
    XpressRow {
        uprn: columns.uprn.get(record),
        address_lines: older_address(columns, record),
        postcode: columns.postcode.get(record),
        district: "",
        station: RowStation::Described(StationFields {
            id: Cow::Borrowed(columns.number.get(record)),
            name: columns.station_name.get(record),
            address_lines: lines(&columns.station_address, record),
            postcode: columns.station_postcode.get(record),
            easting: "",
            northing: "",
        }),
    }
}

/// The older export's address in parts, as lines: the house name; the house number
/// with the sub-street it is on (or, without one, with the street); the street with
/// its number; then locality, town and administrative area.
fn older_address<'r>(columns: &Older, record: &'r CsvRow) -> Vec<Cow<'r, str>> {
    let (house_number, sub_street) = (columns.house_number.get(record), columns.sub_street.get(record));
    let (street_number, street) = (columns.street_number.get(record), columns.street.get(record));
    let street = if sub_street.is_empty() {
        joined(&[house_number, street_number, street], " ")
    } else {
        joined(&[street_number, street], " ")
    };
    let sub_street = if sub_street.is_empty() { String::new() } else { joined(&[house_number, sub_street], " ") };
    [
        Cow::Borrowed(columns.house_name.get(record)),
        Cow::Owned(sub_street),
        Cow::Owned(street),
        Cow::Borrowed(columns.locality.get(record)),
        Cow::Borrowed(columns.town.get(record)),
        Cow::Borrowed(columns.admin_area.get(record)),
    ]
    .into_iter()
    .filter(|line| !line.is_empty())
    .collect()
}
