//! Idox Eros (formerly Halarose) exports: the current header set, where a venue
//! (`PollingVenueID`, with its grid reference) can host several stations, and the
//! older one without venues or coordinates. Both start with the `HouseID` column.

use std::io;

use super::super::council::{Address, ExportWriter, Station};
use super::super::csv_out::{CsvOut, Fields};
use super::{address_lines, flat_line, grid};

const CURRENT_HEADER: [&str; 22] = [
    "HouseID",
    "UPRN",
    "AddressLine1",
    "AddressLine2",
    "AddressLine3",
    "AddressLine4",
    "AddressLine5",
    "Postcode",
    "PollingVenueID",
    "PollingStationName",
    "PollingStationNumber",
    "PollingStationAddress1",
    "PollingStationAddress2",
    "PollingStationAddress3",
    "PollingStationAddress4",
    "PollingStationAddress5",
    "PollingStationPostCode",
    "PollingVenueUPRN",
    "PollingVenueEasting",
    "PollingVenueNorthing",
    "PollingDistrictId",
    "PollingDistrictName",
];

/// The current Idox Eros export.
pub struct Current {
    csv: CsvOut,
    station: Fields,
    no_station: Fields,
    house_id: u64,
}

/// Station columns for an address with no station: `n/a` as the station number, the
/// rest blank but the district.
fn no_station(d: u8, before: usize, after: usize, station: &Station, district: bool) -> Fields {
    let mut fields = Fields::new();
    for _ in 0..before {
        fields.push(d, "");
    }
    fields.push(d, "n/a");
    for _ in 0..after {
        fields.push(d, "");
    }
    if district {
        fields.push(d, &station.district_ref).push(d, &station.district_name);
    }
    fields
}

impl Current {
    pub fn new(mut csv: CsvOut) -> io::Result<Current> {
        csv.header(&CURRENT_HEADER)?;
        Ok(Current { csv, station: Fields::new(), no_station: Fields::new(), house_id: 10_000 })
    }
}

impl ExportWriter for Current {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let d = self.csv.delimiter();
        let (easting, northing) = grid(station.position);
        let [street, village, town] = &station.address_lines;
        let mut fields = Fields::new();
        fields
            .push_u64(d, u64::from(station.venue_id))
            .push(d, &station.name)
            .push(d, &station.code)
            .push(d, street)
            .push(d, village)
            .push(d, town)
            .push(d, "")
            .push(d, "")
            .push(d, &station.postcode)
            .push_u64(d, station.uprn)
            .push_u64(d, easting)
            .push_u64(d, northing)
            .push(d, &station.district_ref)
            .push(d, &station.district_name);
        self.station = fields;
        self.no_station = no_station(d, 2, 9, station, true);
        Ok(())
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        self.house_id += 1;
        let csv = &mut self.csv;
        csv.field_u64(self.house_id).field_u64(address.uprn);
        address_lines(csv, address, 5);
        csv.plain(address.postcode).fields(if station.is_some() { &self.station } else { &self.no_station });
        csv.end_row()
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        self.csv.finish()
    }
}

const OLDER_HEADER: [&str; 19] = [
    "HouseID",
    "HouseName",
    "HouseNumber",
    "HousePostCode",
    "UPRN",
    "SubStreetName",
    "StreetNumber",
    "StreetName",
    "Locality",
    "Town",
    "AdminArea",
    "PollingStationName",
    "PollingStationNumber",
    "PollingStationAddress_1",
    "PollingStationAddress_2",
    "PollingStationAddress_3",
    "PollingStationAddress_4",
    "PollingStationAddress_5",
    "PollingStationPostCode",
];

/// The older Idox Eros export: the address in parts, no venue, no coordinates.
pub struct Older {
    csv: CsvOut,
    station: Fields,
    no_station: Fields,
    house_id: u64,
}

impl Older {
    pub fn new(mut csv: CsvOut) -> io::Result<Older> {
        csv.header(&OLDER_HEADER)?;
        Ok(Older { csv, station: Fields::new(), no_station: Fields::new(), house_id: 1_000 })
    }
}

impl ExportWriter for Older {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let d = self.csv.delimiter();
        let [street, village, town] = &station.address_lines;
        let mut fields = Fields::new();
        fields
            .push(d, &station.name)
            .push(d, &station.code)
            .push(d, street)
            .push(d, village)
            .push(d, town)
            .push(d, "")
            .push(d, "")
            .push(d, &station.postcode);
        self.station = fields;
        self.no_station = no_station(d, 1, 6, station, false);
        Ok(())
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        self.house_id += 1;
        let csv = &mut self.csv;
        csv.field_u64(self.house_id);
        match address.flat {
            Some((flat, _)) => flat_line(csv, flat),
            None => {
                csv.field("");
            }
        }
        if address.number == 0 {
            csv.field("");
        } else {
            csv.field_u64(u64::from(address.number));
        }
        csv.plain(address.postcode).field_u64(address.uprn);
        // A block of flats is the "sub-street" its flats are on.
        csv.plain(address.flat.map_or("", |(_, building)| building)).field("");
        csv.plain(address.street).plain(address.locality).plain(address.town).field("");
        csv.fields(if station.is_some() { &self.station } else { &self.no_station });
        csv.end_row()
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        self.csv.finish()
    }
}
