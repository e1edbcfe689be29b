//! FCS ElectionsPro exports are JSON: an array of stations, each carrying its
//! properties (`properties[]`) and polling districts (`pollingDistricts[]`), with the
//! station's location in WGS84. Written by hand, a station at a time, so a council's
//! file is never held whole in memory.

use std::io::{self, Write};

use pollcard_core::geo::bng::bng_to_wgs84;

use super::super::council::{Address, ExportWriter, Station};
use super::super::csv_out::push_u64;
use super::unsupported;

/// The ElectionsPro export.
pub struct ElectionsPro {
    out: Box<dyn Write + Send>,
    buffer: Vec<u8>,
    stations: u64,
    properties_in_station: u64,
    properties: u64,
}

impl ElectionsPro {
    pub fn new(out: Box<dyn Write + Send>) -> io::Result<ElectionsPro> {
        Ok(ElectionsPro {
            out,
            buffer: Vec::with_capacity(1 << 16),
            stations: 0,
            properties_in_station: 0,
            properties: 0,
        })
    }

    fn close_station(&mut self) {
        if self.stations > 0 {
            self.buffer.extend_from_slice(b"\n    ]\n  }");
        }
    }

    fn flush_if_full(&mut self) -> io::Result<()> {
        if self.buffer.len() >= 1 << 16 {
            self.out.write_all(&self.buffer)?;
            self.buffer.clear();
        }
        Ok(())
    }
}

/// Appends `"key": "value"` with JSON escaping.
fn string(buffer: &mut Vec<u8>, key: &str, value: &str) {
    buffer.push(b'"');
    buffer.extend_from_slice(key.as_bytes());
    buffer.extend_from_slice(b"\": \"");
    for c in value.chars() {
        match c {
            '"' => buffer.extend_from_slice(b"\\\""),
            '\\' => buffer.extend_from_slice(b"\\\\"),
            c if u32::from(c) < 0x20 => buffer.extend_from_slice(format!("\\u{:04x}", u32::from(c)).as_bytes()),
            c => {
                let mut utf8 = [0u8; 4];
                buffer.extend_from_slice(c.encode_utf8(&mut utf8).as_bytes());
            }
        }
    }
    buffer.push(b'"');
}

impl ExportWriter for ElectionsPro {
    fn station(&mut self, station: &Station) -> io::Result<()> {
        self.close_station();
        let b = &mut self.buffer;
        b.extend_from_slice(if self.stations == 0 { b"[\n  {\n    \"id\": " } else { b",\n  {\n    \"id\": " });
        push_u64(b, u64::from(station.number));
        b.extend_from_slice(b",\n    ");
        string(b, "stationId", &station.code);
        b.extend_from_slice(b",\n    ");
        string(b, "name", &station.name);
        let lines = station.address_lines.iter().map(String::as_str).chain(["", ""]);
        for (key, line) in
            ["addressLine1", "addressLine2", "addressLine3", "addressLine4", "addressLine5"].iter().zip(lines)
        {
            b.extend_from_slice(b",\n    ");
            string(b, key, line);
        }
        b.extend_from_slice(b",\n    ");
        string(b, "addressPostCode", &station.postcode);
        b.extend_from_slice(b",\n    ");
        string(b, "addressUprn", &station.uprn.to_string());
        // No location is exported as 0, 0, as ElectionsPro does for unplaced stations.
        let (lat, lon) = station.position.and_then(|(e, n)| bng_to_wgs84(e, n)).unwrap_or((0.0, 0.0));
        b.extend_from_slice(format!(",\n    \"latitude\": {lat:.6},\n    \"longitude\": {lon:.6}").as_bytes());
        b.extend_from_slice(b",\n    \"pollingDistricts\": [{");
        string(b, "id", &station.district_ref);
        b.extend_from_slice(b", ");
        string(b, "name", &station.district_name);
        b.extend_from_slice(b"}],\n    \"properties\": [");
        self.stations += 1;
        self.properties_in_station = 0;
        self.flush_if_full()
    }

    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()> {
        if station.is_none() {
            return Err(unsupported("an address without a station"));
        }
        let b = &mut self.buffer;
        b.extend_from_slice(if self.properties_in_station == 0 { b"\n      {" } else { b",\n      {" });
        let mut first_line = String::new();
        if let Some((flat, building)) = address.flat {
            first_line = format!("Flat {flat}, {building}");
        }
        let street = if address.number == 0 {
            address.street.to_owned()
        } else {
            format!("{} {}", address.number, address.street)
        };
        let lines: [&str; 5] = if first_line.is_empty() {
            [&street, address.locality, address.town, "", ""]
        } else {
            [&first_line, &street, address.locality, address.town, ""]
        };
        for (index, line) in lines.iter().enumerate() {
            string(b, ["addressLine1", "addressLine2", "addressLine3", "addressLine4", "addressLine5"][index], line);
            b.extend_from_slice(b", ");
        }
        string(b, "addressPostCode", address.postcode);
        b.extend_from_slice(b", \"addressUprn\": \"");
        push_u64(b, address.uprn);
        b.extend_from_slice(b"\"}");
        self.properties_in_station += 1;
        self.properties += 1;
        self.flush_if_full()
    }

    fn finish(mut self: Box<Self>) -> io::Result<u64> {
        self.close_station();
        self.buffer.extend_from_slice(if self.stations == 0 { b"[]\n" } else { b"\n]\n" });
        self.out.write_all(&self.buffer)?;
        self.out.flush()?;
        // Stations and the properties in them are each a record of the file.
        Ok(self.stations + self.properties)
    }
}
