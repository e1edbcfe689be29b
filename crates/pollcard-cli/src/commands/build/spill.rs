//! Addresses parked on disk by postcode area while a national build reads council
//! after council, so memory holds one council's data (and later one area's), never
//! the country's. A small binary record per address: length-prefixed strings, then
//! the council and station numbers.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use pollcard_core::bundle::national::ShardAddress;

/// The station number written for an address without a station.
const NO_STATION: u32 = u32::MAX;

/// One file per postcode area under a temporary folder.
#[derive(Debug)]
pub struct Spill {
    folder: PathBuf,
    writers: BTreeMap<String, BufWriter<File>>,
    /// One address's record, built here and written in one call.
    record: Vec<u8>,
}

impl Spill {
    /// Starts spilling into `folder`, which is created empty.
    pub fn new(folder: PathBuf) -> io::Result<Spill> {
        if folder.exists() {
            fs::remove_dir_all(&folder)?;
        }
        fs::create_dir_all(&folder)?;
        Ok(Spill { folder, writers: BTreeMap::new(), record: Vec::new() })
    }

    /// Parks one address under `area`.
    /// The record is built in a reused buffer and written in one call, and the area's
    /// file found with one lookup: every address passes through here.
    pub fn push(&mut self, area: &str, address: &ShardAddress) -> io::Result<()> {
        let record = &mut self.record;
        record.clear();
        for text in [&address.postcode, &address.uprn, &address.label] {
            let length = u32::try_from(text.len()).map_err(|_| io::Error::other("address text too long"))?;
            record.extend_from_slice(&length.to_le_bytes());
            record.extend_from_slice(text.as_bytes());
        }
        record.extend_from_slice(&address.council.to_le_bytes());
        record.extend_from_slice(&address.station.unwrap_or(NO_STATION).to_le_bytes());
        if let Some(out) = self.writers.get_mut(area) {
            return out.write_all(&self.record);
        }
        let mut out = BufWriter::with_capacity(1 << 16, File::create(spill_file(&self.folder, area))?);
        out.write_all(&self.record)?;
        self.writers.insert(area.to_owned(), out);
        Ok(())
    }

    /// The areas spilled so far, in order; flushes every file.
    pub fn finish_writing(&mut self) -> io::Result<Vec<String>> {
        for writer in self.writers.values_mut() {
            writer.flush()?;
        }
        let areas = self.writers.keys().cloned().collect();
        self.writers.clear();
        Ok(areas)
    }

    /// Reads one area's addresses back and deletes its file.
    pub fn take(&self, area: &str) -> io::Result<Vec<ShardAddress>> {
        let path = self.path(area);
        let mut bytes = Vec::new();
        BufReader::new(File::open(&path)?).read_to_end(&mut bytes)?;
        fs::remove_file(&path)?;
        let mut cursor = Cursor { bytes: &bytes, at: 0 };
        // Sized up front: growing by doubling moved an area's addresses several times.
        let mut addresses = Vec::with_capacity(Cursor { bytes: &bytes, at: 0 }.records());
        while cursor.at < bytes.len() {
            let postcode = cursor.text()?;
            let uprn = cursor.text()?;
            let label = cursor.text()?;
            let council = cursor.number()?;
            let station = Some(cursor.number()?).filter(|number| *number != NO_STATION);
            addresses.push(ShardAddress { postcode, uprn, label, council, station });
        }
        Ok(addresses)
    }

    /// Removes the temporary folder.
    pub fn remove(self) -> io::Result<()> {
        drop(self.writers);
        fs::remove_dir_all(&self.folder)
    }

    fn path(&self, area: &str) -> PathBuf {
        spill_file(&self.folder, area)
    }
}

fn spill_file(folder: &Path, area: &str) -> PathBuf {
    folder.join(format!("{area}.bin"))
}

struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Cursor<'_> {
    fn take(&mut self, n: usize) -> io::Result<&[u8]> {
        let end = self.at.checked_add(n).filter(|end| *end <= self.bytes.len());
        let end = end.ok_or_else(|| io::Error::new(io::ErrorKind::UnexpectedEof, "spill file cut short"))?;
        let slice = &self.bytes[self.at..end];
        self.at = end;
        Ok(slice)
    }

    fn number(&mut self) -> io::Result<u32> {
        let bytes = self.take(4)?;
        Ok(u32::from_le_bytes([bytes[0], bytes[1], bytes[2], bytes[3]]))
    }

    /// How many records follow, stepping over their texts (at most the truth when
    /// the file is cut short, which reading it then reports).
    fn records(mut self) -> usize {
        let mut records = 0;
        while self.at < self.bytes.len() {
            for _ in 0..3 {
                let Ok(length) = self.number() else { return records };
                if self.take(length as usize).is_err() {
                    return records;
                }
            }
            if self.take(8).is_err() {
                return records;
            }
            records += 1;
        }
        records
    }

    fn text(&mut self) -> io::Result<String> {
        let length = self.number()? as usize;
        String::from_utf8(self.take(length)?.to_vec())
            .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_come_back_as_they_went_in() {
        let folder = std::env::temp_dir().join(format!("pollcard-spill-test-{}", std::process::id()));
        let mut spill = Spill::new(folder).expect("spill folder");
        let one = ShardAddress {
            postcode: "AA11AA".into(),
            uprn: "1".into(),
            label: "1 Stryd Fawr, Llanfâch".into(),
            council: 3,
            station: Some(7),
        };
        let two = ShardAddress { station: None, uprn: "2".into(), ..one.clone() };
        spill.push("AA", &one).expect("push");
        spill.push("BB", &two).expect("push");
        spill.push("AA", &two).expect("push");
        assert_eq!(spill.finish_writing().expect("flush"), ["AA", "BB"]);
        assert_eq!(spill.take("AA").expect("read"), [one, two.clone()]);
        assert_eq!(spill.take("BB").expect("read"), [two]);
        spill.remove().expect("removed");
    }
}
