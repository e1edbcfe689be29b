//! EONI (Electoral Office for Northern Ireland) exports: one row per property, with the
//! whole address in one field and both the property and its premises (station) in
//! WGS84 longitude (`_X_4326`) and latitude (`_Y_4326`), upper case as EONI writes.

use std::fmt::Write as _;
use std::io;

use super::super::council::{Address, ExportWriter, Station};
use super::super::csv_out::{CsvOut, Fields};
use super::joined;

const HEADER: [&str; 11] = [
    "PRO_UPRN",
    "PRO_FULLADDRESS",
    "PRO_POSTCODE",
    "PRO_X_4326",
    "PRO_Y_4326",
    "PREM_ID",
    "PREM_NAME",
    "PREM_FULLADDRESS",
    "PREM_POSTCODE",
    "PREM_X_4326",
    "PREM_Y_4326",
];

/// The EONI export.
pub struct Eoni {
    csv: CsvOut,
    premises: Fields,
    /// The premises columns of an address with no station: `n/a` and blanks.
    no_premises: Fields,
    /// Reused for each row's address and coordinates.
    text: String,
}

impl Eoni {
    pub fn new(mut csv: CsvOut) -> io::Result<Eoni> {
        csv.header(&HEADER)?;
        let d = csv.delimiter();
        let mut no_premises = Fields::new();
        no_premises.push(d, "n/a");
        for _ in 0..5 {
            no_premises.push(d, "");
        }
        Ok(Eoni { csv, premises: Fields::new(), no_premises, text: String::new() })
    }
}

/// Five decimal places (about a metre), or `0` for no location.
fn degrees(value: Option<f64>) -> String {
    value.map_or_else(|| "0".to_owned(), |value| format!("{value:.5}"))
}

impl ExportWriter for Eoni {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        let d = self.csv.delimiter();
        let mut premises = Fields::new();
        premises
            .push(d, &station.code)
            .push(d, &station.name.to_uppercase())
            .push(d, &format!("{}, {}", joined(station), station.postcode).to_uppercase())
            .push(d, &station.postcode)
            .push(d, &degrees(station.position.map(|(lon, _)| lon)))
            .push(d, &degrees(station.position.map(|(_, lat)| lat)));
        self.premises = premises;
        Ok(())
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        let text = &mut self.text;
        text.clear();
        if let Some((flat, building)) = address.flat {
            let _ = write!(text, "FLAT {flat}, {building}, ");
        }
        if address.number > 0 {
            let _ = write!(text, "{} ", address.number);
        }
        let _ = write!(text, "{}, ", address.street);
        if !address.locality.is_empty() {
            let _ = write!(text, "{}, ", address.locality);
        }
        let _ = write!(text, "{}, {}", address.town, address.postcode);
        let full = text.to_uppercase();
        let csv = &mut self.csv;
        csv.field_u64(address.uprn).field(&full).plain(address.postcode);
        csv.field(&degrees(address.lon_lat.map(|(lon, _)| lon)));
        csv.field(&degrees(address.lon_lat.map(|(_, lat)| lat)));
        csv.fields(if station.is_some() { &self.premises } else { &self.no_premises });
        csv.end_row()
    }

    fn finish(self: Box<Self>) -> io::Result<u64> {
        self.csv.finish()
    }
}
