//! Democracy Counts exports come as two files: addresses (one row per property, with
//! its `StationCode`) and stations (one row per station, its name in `PlaceName`).

use std::io;

use super::super::council::{Address, ExportWriter, Station};
use super::super::csv_out::{CsvOut, Fields};
use super::{address_lines, grid};

const ADDRESSES_HEADER: [&str; 11] =
    ["Add1", "Add2", "Add3", "Add4", "Add5", "Add6", "PostCode", "StationCode", "UPRN", "Xordinate", "Yordinate"];
const STATIONS_HEADER: [&str; 11] =
    ["Add1", "Add2", "Add3", "Add4", "Add5", "Add6", "PostCode", "StationCode", "Xordinate", "Yordinate", "PlaceName"];

/// Both Democracy Counts files.
pub struct DemocracyCounts {
    addresses: CsvOut,
    stations: CsvOut,
    code: Fields,
}

impl DemocracyCounts {
    pub fn new(mut addresses: CsvOut, mut stations: CsvOut) -> io::Result<DemocracyCounts> {
        addresses.header(&ADDRESSES_HEADER)?;
        stations.header(&STATIONS_HEADER)?;
        Ok(DemocracyCounts { addresses, stations, code: Fields::new() })
    }
}

impl ExportWriter for DemocracyCounts {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let [street, village, town] = &station.address_lines;
        let (x, y) = grid(station.position);
        let csv = &mut self.stations;
        csv.field(street).field(village).field(town).field("").field("").field("");
        csv.field(&station.postcode).field(&station.code).field_u64(x).field_u64(y).field(&station.name);
        csv.end_row()?;
        let mut code = Fields::new();
        code.push(self.addresses.delimiter(), &station.code);
        self.code = code;
        Ok(())
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        let csv = &mut self.addresses;
        address_lines(csv, address, 6);
        csv.plain(address.postcode);
        match station {
            Some(_) => csv.fields(&self.code),
            None => csv.field("n/a"),
        };
        // Democracy Counts leaves the property coordinates blank.
        csv.field_u64(address.uprn).field("").field("");
        csv.end_row()
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        Ok(self.addresses.finish()? + self.stations.finish()?)
    }
}
