//! Xpress exports: the "DemocracyClub" layout and the older WebLookup one. One row per
//! property with its station repeated on every row, so each station's columns are
//! encoded once ([`Fields`]) and spliced into its rows.

use std::io;

use super::super::council::{Address, ExportWriter, Station};
use super::super::csv_out::{CsvOut, Fields};
use super::{address_lines, flat_line, grid};

const DEMOCRACY_CLUB_HEADER: [&str; 24] = [
    "ElectionDate",
    "ElectionType",
    "ElectoralArea",
    "Contested",
    "Property_URN",
    "AddressLine1",
    "AddressLine2",
    "AddressLine3",
    "AddressLine4",
    "AddressLine5",
    "Addressline6",
    "Post_Code",
    "Polling_Place_District_Reference",
    "Polling_Place_Id",
    "Polling_Place_Name",
    "Polling_Place_Address_1",
    "Polling_Place_Address_2",
    "Polling_Place_Address_3",
    "Polling_Place_Address_4",
    "Polling_Place_Postcode",
    "Polling_Place_Easting",
    "Polling_Place_Northing",
    "Polling_Place_UPRN",
    "AreaNameAlternative",
];

/// The Xpress "DemocracyClub" export.
pub struct DemocracyClub {
    csv: CsvOut,
    /// The election columns, then the station columns, of the current station.
    election: Fields,
    station: Fields,
    no_station: Fields,
}

impl DemocracyClub {
    pub fn new(mut csv: CsvOut) -> io::Result<DemocracyClub> {
        csv.header(&DEMOCRACY_CLUB_HEADER)?;
        Ok(DemocracyClub { csv, election: Fields::new(), station: Fields::new(), no_station: Fields::new() })
    }
}

impl ExportWriter for DemocracyClub {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let d = self.csv.delimiter();
        let (easting, northing) = grid(station.position);
        let [street, village, town] = &station.address_lines;
        let mut election = Fields::new();
        election.push(d, "07/05/2026").push(d, "Local").push(d, &format!("{village} Ward")).push(d, "Yes");
        let mut fields = Fields::new();
        fields
            .push(d, &station.district_ref)
            .push(d, &station.code)
            .push(d, &station.name)
            .push(d, street)
            .push(d, village)
            .push(d, town)
            .push(d, "")
            .push(d, &station.postcode)
            .push_u64(d, easting)
            .push_u64(d, northing)
            .push_u64(d, station.uprn)
            .push(d, "");
        let mut none = Fields::new();
        none.push(d, &station.district_ref).push(d, "n/a");
        for _ in 0..10 {
            none.push(d, "");
        }
        (self.election, self.station, self.no_station) = (election, fields, none);
        Ok(())
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        let csv = &mut self.csv;
        csv.fields(&self.election).field_u64(address.uprn);
        address_lines(csv, address, 5);
        // Xpress repeats the postcode as the last address line.
        csv.plain(address.postcode).plain(address.postcode);
        csv.fields(if station.is_some() { &self.station } else { &self.no_station });
        csv.end_row()
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        self.csv.finish()
    }
}

const WEB_LOOKUP_HEADER: [&str; 16] = [
    "AuthorityCode",
    "PropertyNumber",
    "StreetName",
    "PostCode",
    "PollingDistrictReference",
    "PollingPlaceId",
    "PollingPlaceAddress1",
    "PollingPlaceAddress2",
    "PollingPlaceAddress3",
    "PollingPlaceAddress4",
    "PollingPlaceAddress5",
    "PollingPlaceAddress6",
    "PollingPlaceAddress7",
    "UPRN",
    "PollingPlaceEasting",
    "PollingPlaceNorthing",
];

/// The older Xpress WebLookup export: the station's name is `PollingPlaceAddress1`
/// and its postcode `PollingPlaceAddress7`.
pub struct WebLookup {
    csv: CsvOut,
    authority: String,
    /// The district and station columns (`PollingDistrictReference` to
    /// `PollingPlaceAddress7`), and the grid columns after the UPRN.
    station: Fields,
    grid: Fields,
    no_station: Fields,
}

impl WebLookup {
    pub fn new(mut csv: CsvOut, council_index: u32) -> io::Result<WebLookup> {
        csv.header(&WEB_LOOKUP_HEADER)?;
        // Old-style two-digit, two-letter authority codes, like 00BJ.
        let letters = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
        let (first, second) =
            (council_index as usize / letters.len() % letters.len(), council_index as usize % letters.len());
        let authority = format!("{:02}{}{}", council_index % 100, letters[first] as char, letters[second] as char);
        Ok(WebLookup { csv, authority, station: Fields::new(), grid: Fields::new(), no_station: Fields::new() })
    }
}

impl ExportWriter for WebLookup {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let d = self.csv.delimiter();
        let [street, village, town] = &station.address_lines;
        let mut fields = Fields::new();
        fields
            .push(d, &station.district_ref)
            .push(d, &station.code)
            .push(d, &station.name)
            .push(d, street)
            .push(d, village)
            .push(d, "")
            .push(d, town)
            .push(d, "")
            .push(d, &station.postcode);
        let (easting, northing) = grid(station.position);
        let mut grid = Fields::new();
        grid.push_u64(d, easting).push_u64(d, northing);
        let mut none = Fields::new();
        none.push(d, &station.district_ref).push(d, "n/a");
        for _ in 0..7 {
            none.push(d, "");
        }
        (self.station, self.grid, self.no_station) = (fields, grid, none);
        Ok(())
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        let csv = &mut self.csv;
        csv.field(&self.authority);
        match address.flat {
            Some((flat, building)) => {
                flat_line(csv, flat);
                csv.plain(building);
            }
            None if address.number == 0 => {
                csv.field("").plain(address.street);
            }
            None => {
                csv.field_u64(u64::from(address.number)).plain(address.street);
            }
        }
        csv.plain(address.postcode);
        match station {
            Some(_) => csv.fields(&self.station).field_u64(address.uprn).fields(&self.grid),
            None => csv.fields(&self.no_station).field_u64(address.uprn).field("").field(""),
        };
        csv.end_row()
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        self.csv.finish()
    }
}
