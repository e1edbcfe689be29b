//! Addresses parked on disk by postcode area while a national build reads council
//! after council, so memory holds one council's data (and later one area's), never
//! the country's. A small record per address: length-prefixed texts, then the council
//! and station numbers.
//!
//! Every number is written as five bytes of seven bits each, all below 0x80, so a
//! whole file is valid UTF-8 exactly when its texts are: an area is read back as one
//! `String`, checked once, and its addresses borrow their texts from it (checking and
//! copying each text into its own `String` was most of reading an area back).

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use pollcard_core::bundle::national::ShardAddress;

/// The station number written for an address without a station.
const NO_STATION: u32 = u32::MAX;

/// Bytes a number takes: seven bits a byte, 35 bits in all.
const NUMBER_BYTES: usize = 5;

/// One area's file while it is written, and how many addresses it holds.
#[derive(Debug)]
struct AreaFile {
    out: BufWriter<File>,
    records: usize,
}

/// One file per postcode area under a temporary folder.
#[derive(Debug)]
pub struct Spill {
    folder: PathBuf,
    /// Area → its place in `files`.
    writers: BTreeMap<String, usize>,
    files: Vec<AreaFile>,
    /// The area the last address went to and its place in `files`: a council's
    /// addresses come in runs by area, so most addresses skip the map lookup.
    last: Option<(String, usize)>,
    /// Area → how many addresses its file holds, once written.
    records: BTreeMap<String, usize>,
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
        Ok(Spill {
            folder,
            writers: BTreeMap::new(),
            files: Vec::new(),
            last: None,
            records: BTreeMap::new(),
            record: Vec::new(),
        })
    }

    /// Parks one address under `area`.
    /// The record is built in a reused buffer and written in one call, and the area's
    /// file found by comparing with the last address's area, the map looked up only
    /// when the area changes: every address passes through here.
    pub fn push(&mut self, area: &str, address: &ShardAddress<'_>) -> io::Result<()> {
        let record = &mut self.record;
        record.clear();
        for text in [&address.postcode, &address.uprn, &address.label] {
            let length = u32::try_from(text.len()).map_err(|_| io::Error::other("address text too long"))?;
            push_number(record, length);
            record.extend_from_slice(text.as_bytes());
        }
        push_number(record, address.council);
        push_number(record, address.station.unwrap_or(NO_STATION));
        let place = match &mut self.last {
            Some((last, place)) if last == area => *place,
            last => {
                let place = match self.writers.get(area) {
                    Some(&place) => place,
                    None => {
                        let out = BufWriter::with_capacity(1 << 16, File::create(spill_file(&self.folder, area))?);
                        self.files.push(AreaFile { out, records: 0 });
                        self.writers.insert(area.to_owned(), self.files.len() - 1);
                        self.files.len() - 1
                    }
                };
                match last {
                    Some((text, at)) => {
                        text.clear();
                        text.push_str(area);
                        *at = place;
                    }
                    None => *last = Some((area.to_owned(), place)),
                }
                place
            }
        };
        let file = &mut self.files[place];
        file.records += 1;
        file.out.write_all(&self.record)
    }

    /// The areas spilled so far, in order; flushes every file.
    pub fn finish_writing(&mut self) -> io::Result<Vec<String>> {
        for &place in self.writers.values() {
            self.files[place].out.flush()?;
        }
        let writers = std::mem::take(&mut self.writers);
        self.last = None;
        self.records.extend(writers.into_iter().map(|(area, place)| (area, self.files[place].records)));
        self.files.clear();
        Ok(self.records.keys().cloned().collect())
    }

    /// Reads one area's file back into `buffer` (what [`AreaText::into_buffer`] gave
    /// back after the last area, or a new vector) and deletes it;
    /// [`AreaText::addresses`] reads the addresses out of what this returns. Reusing
    /// the buffer spares the kernel clearing fresh pages for every area.
    pub fn take(&self, area: &str, mut buffer: Vec<u8>) -> io::Result<AreaText> {
        let path = self.path(area);
        buffer.clear();
        // A file's `read_to_end` reserves its length first: at most one allocation.
        File::open(&path)?.read_to_end(&mut buffer)?;
        let bytes = buffer;
        fs::remove_file(&path)?;
        let text = String::from_utf8(bytes).map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
        Ok(AreaText { text, records: self.records.get(area).copied().unwrap_or(0) })
    }

    /// Removes the temporary folder.
    pub fn remove(self) -> io::Result<()> {
        drop(self.files);
        fs::remove_dir_all(&self.folder)
    }

    fn path(&self, area: &str) -> PathBuf {
        spill_file(&self.folder, area)
    }
}

/// One area's spill file, read back whole.
#[derive(Debug)]
pub struct AreaText {
    text: String,
    /// How many addresses were written to it.
    records: usize,
}

impl AreaText {
    /// The buffer, for the next area.
    pub fn into_buffer(self) -> Vec<u8> {
        self.text.into_bytes()
    }

    /// The area's addresses, their texts borrowed from the file.
    pub fn addresses(&self) -> io::Result<Vec<ShardAddress<'_>>> {
        let mut cursor = Cursor { text: &self.text, at: 0 };
        // Sized up front: growing by doubling moved an area's addresses several times.
        let mut addresses = Vec::with_capacity(self.records);
        while cursor.at < self.text.len() {
            let postcode = cursor.text()?;
            let uprn = cursor.text()?;
            let label = cursor.text()?;
            let council = cursor.number()?;
            let station = Some(cursor.number()?).filter(|number| *number != NO_STATION);
            addresses.push(ShardAddress {
                postcode: Cow::Borrowed(postcode),
                uprn: Cow::Borrowed(uprn),
                label: Cow::Borrowed(label),
                council,
                station,
            });
        }
        Ok(addresses)
    }
}

fn spill_file(folder: &Path, area: &str) -> PathBuf {
    folder.join(format!("{area}.bin"))
}

/// `number` as [`NUMBER_BYTES`] bytes of seven bits, least significant first.
fn push_number(record: &mut Vec<u8>, number: u32) {
    let bytes: [u8; NUMBER_BYTES] = std::array::from_fn(|place| ((number >> (7 * place)) & 0x7f) as u8);
    record.extend_from_slice(&bytes);
}

struct Cursor<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Cursor<'a> {
    fn cut_short() -> io::Error {
        io::Error::new(io::ErrorKind::UnexpectedEof, "spill file cut short or damaged")
    }

    fn number(&mut self) -> io::Result<u32> {
        let end = self.at + NUMBER_BYTES;
        let bytes = self.text.as_bytes().get(self.at..end).ok_or_else(Self::cut_short)?;
        let mut number: u64 = 0;
        for (place, &byte) in bytes.iter().enumerate() {
            if byte >= 0x80 {
                return Err(Self::cut_short());
            }
            number |= u64::from(byte) << (7 * place);
        }
        self.at = end;
        u32::try_from(number).map_err(|_| Self::cut_short())
    }

    fn text(&mut self) -> io::Result<&'a str> {
        let length = self.number()? as usize;
        let end = self.at.checked_add(length).ok_or_else(Self::cut_short)?;
        // `get` checks that both ends fall between characters.
        let text = self.text.get(self.at..end).ok_or_else(Self::cut_short)?;
        self.at = end;
        Ok(text)
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
        let two = ShardAddress { station: None, uprn: "2".into(), council: 300_000, ..one.clone() };
        spill.push("AA", &one).expect("push");
        spill.push("BB", &two).expect("push");
        spill.push("AA", &two).expect("push");
        assert_eq!(spill.finish_writing().expect("flush"), ["AA", "BB"]);
        let aa = spill.take("AA", Vec::new()).expect("read");
        assert_eq!(aa.addresses().expect("read"), [one, two.clone()]);
        let bb = spill.take("BB", aa.into_buffer()).expect("read");
        assert_eq!(bb.addresses().expect("read"), [two]);
        spill.remove().expect("removed");
    }

    #[test]
    fn every_number_comes_back() {
        for number in [0, 1, 127, 128, 16_383, 16_384, 1 << 28, u32::MAX - 1, u32::MAX] {
            let mut record = Vec::new();
            push_number(&mut record, number);
            assert!(record.iter().all(|byte| *byte < 0x80));
            let text = String::from_utf8(record).expect("ASCII");
            assert_eq!(Cursor { text: &text, at: 0 }.number().expect("reads"), number);
        }
    }

    #[test]
    fn a_damaged_file_is_an_error() {
        let mut record = Vec::new();
        push_number(&mut record, 4);
        record.extend_from_slice(b"AB");
        let text = String::from_utf8(record).expect("ASCII");
        assert!(Cursor { text: &text, at: 0 }.text().is_err(), "cut short");
        let text = "\u{7f}\u{7f}\u{7f}\u{7f}\u{7f}";
        assert!(Cursor { text, at: 0 }.number().is_err(), "more than 32 bits");
    }
}
