//! Turning an input file's bytes into text and CSV records.
//!
//! Council exports arrive in whatever encoding the election software or a spreadsheet
//! chose, so the encoding is worked out from the bytes: a byte-order mark wins (UTF-8,
//! UTF-16 LE or BE); otherwise valid UTF-8 is UTF-8; anything else is read as
//! Windows-1252, which every byte sequence is (and which is what Excel on Windows
//! writes). The field separator is worked out from the header line, never from the
//! file name, because tab-separated files named `.csv` (and the reverse) are common.

use std::borrow::Cow;

use thiserror::Error;

mod plain_rows;
mod records;
mod truncation;

pub use records::{CsvRecord, CsvRow, CsvRows, CsvShape, CsvTable, Joined};
pub use truncation::Truncation;

/// The text encoding a file was decoded from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextEncoding {
    Utf8,
    Utf8WithBom,
    Utf16Le,
    Utf16Be,
    Windows1252,
}

impl TextEncoding {
    /// The key used in the report.
    pub fn key(self) -> &'static str {
        match self {
            TextEncoding::Utf8 => "utf-8",
            TextEncoding::Utf8WithBom => "utf-8-bom",
            TextEncoding::Utf16Le => "utf-16le",
            TextEncoding::Utf16Be => "utf-16be",
            TextEncoding::Windows1252 => "windows-1252",
        }
    }
}

/// The character between fields of a CSV file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Delimiter {
    Comma,
    Tab,
}

impl Delimiter {
    pub fn byte(self) -> u8 {
        match self {
            Delimiter::Comma => b',',
            Delimiter::Tab => b'\t',
        }
    }

    /// `comma-separated` or `tab-separated`, for logs.
    pub fn describe(self) -> &'static str {
        match self {
            Delimiter::Comma => "comma-separated",
            Delimiter::Tab => "tab-separated",
        }
    }

    /// The separator a header line uses: whichever of comma and tab appears more
    /// often outside double quotes (comma when neither does, as for a one-column file).
    pub fn detect(header_line: &str) -> Delimiter {
        let (mut commas, mut tabs, mut quoted) = (0usize, 0usize, false);
        for c in header_line.chars() {
            match c {
                '"' => quoted = !quoted,
                ',' if !quoted => commas += 1,
                '\t' if !quoted => tabs += 1,
                _ => {}
            }
        }
        if tabs > commas {
            Delimiter::Tab
        } else {
            Delimiter::Comma
        }
    }
}

/// Why a file could not be read as text.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum SourceError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not text: {0}")]
    NotText(String),
    #[error("the file could not be read as CSV: {0}")]
    Csv(String),
}

/// An input file, decoded.
#[derive(Clone, Debug)]
pub struct SourceFile {
    name: String,
    text: String,
    encoding: TextEncoding,
    delimiter: Delimiter,
    header: Vec<String>,
}

impl SourceFile {
    /// Decodes `bytes`; `name` is how the file is named in the report.
    pub fn decode(name: impl Into<String>, bytes: &[u8]) -> Result<SourceFile, SourceError> {
        SourceFile::decode_cow(name, Cow::Borrowed(bytes))
    }

    /// [`SourceFile::decode`], keeping `bytes` as the text when they are already
    /// UTF-8 (most exports): a council's export is tens of megabytes, and copying it
    /// into fresh memory, which the kernel must first clear, was a few per cent of a
    /// national build.
    pub fn decode_owned(name: impl Into<String>, bytes: Vec<u8>) -> Result<SourceFile, SourceError> {
        SourceFile::decode_cow(name, Cow::Owned(bytes))
    }

    fn decode_cow(name: impl Into<String>, bytes: Cow<'_, [u8]>) -> Result<SourceFile, SourceError> {
        check_signature(&bytes)?;
        let (text, encoding) = decode_text(bytes)?;
        if text.trim().is_empty() {
            return Err(SourceError::Empty);
        }
        check_is_text(&text)?;
        let delimiter = Delimiter::detect(text.lines().next().unwrap_or_default());
        let header = SourceFile::read_header(&text, delimiter)?;
        Ok(SourceFile { name: name.into(), text, encoding, delimiter, header })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn encoding(&self) -> TextEncoding {
        self.encoding
    }

    /// The separator the first line uses, were the file CSV.
    pub fn delimiter(&self) -> Delimiter {
        self.delimiter
    }

    /// The first line, for messages that show the header.
    pub fn first_line(&self) -> &str {
        self.text.lines().next().unwrap_or_default()
    }

    /// The fields of the first record, trimmed, were the file CSV.
    pub fn header(&self) -> &[String] {
        &self.header
    }

    /// True when the header has a column with this name (any case).
    pub fn has_column(&self, name: &str) -> bool {
        self.header.iter().any(|column| column.eq_ignore_ascii_case(name))
    }
}

fn decode_text(bytes: Cow<'_, [u8]>) -> Result<(String, TextEncoding), SourceError> {
    let bytes = match bytes {
        Cow::Owned(bytes) if !bytes.starts_with(b"\xEF\xBB\xBF") => match String::from_utf8(bytes) {
            Ok(text) => return Ok((text, TextEncoding::Utf8)),
            Err(error) => Cow::Owned(error.into_bytes()),
        },
        bytes => bytes,
    };
    let bytes = bytes.as_ref();
    let strict = |encoding: &'static encoding_rs::Encoding, body: &[u8], what: TextEncoding| {
        encoding
            .decode_without_bom_handling_and_without_replacement(body)
            .map(|text| (text.into_owned(), what))
            .ok_or_else(|| {
                SourceError::NotText(format!("it starts with a {} byte-order mark but is not valid", what.key()))
            })
    };
    if let Some(body) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return strict(encoding_rs::UTF_8, body, TextEncoding::Utf8WithBom);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFF\xFE") {
        return strict(encoding_rs::UTF_16LE, body, TextEncoding::Utf16Le);
    }
    if let Some(body) = bytes.strip_prefix(b"\xFE\xFF") {
        return strict(encoding_rs::UTF_16BE, body, TextEncoding::Utf16Be);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok((text.to_owned(), TextEncoding::Utf8));
    }
    let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
    Ok((text.into_owned(), TextEncoding::Windows1252))
}

/// Workbooks, archives and PDFs that people export by mistake, by their first bytes.
fn check_signature(bytes: &[u8]) -> Result<(), SourceError> {
    let known: [(&[u8], &str); 3] = [
        (b"PK\x03\x04", "a ZIP archive (an .xlsx workbook or a zipped export?)"),
        (b"\xD0\xCF\x11\xE0", "an old Excel (.xls) workbook"),
        (b"%PDF", "a PDF document"),
    ];
    match known.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        Some((_, what)) => Err(SourceError::NotText(format!("it is {what}; export the data as CSV"))),
        None => Ok(()),
    }
}

/// Text files hold no control characters beyond tab, line breaks and form feed;
/// anything else means a corrupted or binary file, which would otherwise be "read" as
/// garbage rows.
fn check_is_text(text: &str) -> Result<(), SourceError> {
    // Nearly every file is clean, so one pass over the bytes clears it; only a file
    // that may hold a control character is walked line by line for the message.
    if !may_hold_control_character(text.as_bytes()) {
        return Ok(());
    }
    for (index, line) in text.lines().enumerate() {
        if let Some(c) = line.chars().find(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\u{c}')) {
            return Err(SourceError::NotText(format!(
                "line {} holds the control character U+{:04X}, which text files do not contain",
                index + 1,
                u32::from(c)
            )));
        }
    }
    Ok(())
}

/// False only when `bytes` (UTF-8) holds no control character other than tab, line
/// breaks and form feed: no C0 byte besides those, no DEL, and no C1 character (U+0080
/// to U+009F, which UTF-8 writes as 0xC2 followed by 0x80 to 0x9F).
///
/// Every file is checked, so the bytes are tested in blocks without stopping early
/// (a loop the compiler vectorises); only a block holding a suspect byte — a control
/// byte, DEL, or 0xC2, which also starts `£` and other Latin-1 letters — is looked at
/// closely.
fn may_hold_control_character(bytes: &[u8]) -> bool {
    const BLOCK: usize = 64;
    let suspect =
        |byte: u8| (byte < 0x20 && !matches!(byte, b'\t' | b'\n' | b'\r' | b'\x0C')) | (byte == 0x7F) | (byte == 0xC2);
    bytes.chunks(BLOCK).enumerate().any(|(block, chunk)| {
        chunk.iter().fold(false, |found, &byte| found | suspect(byte))
            && chunk.iter().enumerate().any(|(offset, &byte)| match byte {
                b'\t' | b'\n' | b'\r' | b'\x0C' => false,
                0x00..=0x1F | 0x7F => true,
                0xC2 => bytes.get(block * BLOCK + offset + 1).is_some_and(|next| (0x80..=0x9F).contains(next)),
                _ => false,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> SourceFile {
        SourceFile::decode("test.csv", bytes).expect("decodes")
    }

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
        for unit in text.encode_utf16() {
            let pair = if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() };
            bytes.extend(pair);
        }
        bytes
    }

    #[test]
    fn utf8_with_and_without_bom() {
        let plain = decode("name\nLôn Capel\n".as_bytes());
        assert_eq!((plain.encoding(), plain.text()), (TextEncoding::Utf8, "name\nLôn Capel\n"));
        let bom = decode(b"\xEF\xBB\xBFname\nHall\n");
        assert_eq!((bom.encoding(), bom.text()), (TextEncoding::Utf8WithBom, "name\nHall\n"));
        assert_eq!(bom.header(), ["name"]);
    }

    #[test]
    fn utf16_both_byte_orders() {
        for (big_endian, expected) in [(false, TextEncoding::Utf16Le), (true, TextEncoding::Utf16Be)] {
            let file = decode(&utf16("station_id,name\r\nS1,Neuadd Bentref\r\n", big_endian));
            assert_eq!(file.encoding(), expected);
            assert_eq!(file.header(), ["station_id", "name"]);
            assert_eq!(file.table().expect("csv").records[0].fields, ["S1", "Neuadd Bentref"]);
        }
    }

    #[test]
    fn windows_1252_when_not_utf8() {
        // £ is 0xA3 and é is 0xE9 in Windows-1252; neither is valid UTF-8 on its own.
        let file = decode(b"name,fee\nCaf\xE9 hall,\xA35\n");
        assert_eq!(file.encoding(), TextEncoding::Windows1252);
        assert_eq!(file.table().expect("csv").records[0].fields, ["Café hall", "£5"]);
        // Windows-1252 differs from Latin-1 in 0x80–0x9F: 0x80 is the euro sign.
        assert_eq!(decode(b"a\n\x80\n").text(), "a\n€\n");
    }

    #[test]
    fn empty_and_binary_files_are_refused() {
        assert_eq!(SourceFile::decode("e.csv", b"").err(), Some(SourceError::Empty));
        assert_eq!(SourceFile::decode("e.csv", b" \r\n\n").err(), Some(SourceError::Empty));
        assert_eq!(SourceFile::decode("e.csv", b"\xEF\xBB\xBF").err(), Some(SourceError::Empty));
        let zip = SourceFile::decode("z.csv", b"PK\x03\x04\x14\x00\x00\x08").err();
        assert!(matches!(zip, Some(SourceError::NotText(reason)) if reason.contains("ZIP")));
        let nul = SourceFile::decode("n.csv", b"a,b\n1,\x002\n").err();
        assert!(matches!(nul, Some(SourceError::NotText(reason)) if reason.contains("line 2")));
        let bad_bom = SourceFile::decode("b.csv", b"\xEF\xBB\xBFa\xFF").err();
        assert!(matches!(bad_bom, Some(SourceError::NotText(_))));
    }

    #[test]
    fn control_characters_are_found_anywhere_in_a_line() {
        for (bytes, code) in [
            (&b"a,b\n1,2\x7F\n"[..], "007F"),
            ("a,b\n1,\u{85}2\n".as_bytes(), "0085"),
            ("a,b\n1,\u{9F}\n".as_bytes(), "009F"),
            (&b"a,b\r\n1,\x1B[0m\r\n"[..], "001B"),
        ] {
            let refused = SourceFile::decode("c.csv", bytes).err();
            assert!(
                matches!(&refused, Some(SourceError::NotText(reason)) if reason.contains("line 2") && reason.contains(code)),
                "{refused:?}"
            );
        }
        // Tabs, CR, LF, form feed, U+00A0 and up, and other characters whose UTF-8 holds
        // bytes 0x80 to 0x9F (Ā is C4 80, € is E2 82 AC) are text.
        assert!(SourceFile::decode("t.csv", "a\tb\r\n\x0C1\t\u{A0}\u{BF}Ā€x\n".as_bytes()).is_ok());
    }

    #[test]
    fn control_characters_are_found_across_the_blocks_checked() {
        // U+0085 is C2 85 in UTF-8: put it on each side of a 64-byte block boundary.
        for padding in 56..66 {
            let text = format!("a,b\n{}\u{85}\n", "x".repeat(padding));
            let refused = SourceFile::decode("c.csv", text.as_bytes()).err();
            assert!(matches!(&refused, Some(SourceError::NotText(reason)) if reason.contains("0085")), "{padding}");
            let fine = format!("a,b\n{}\u{A3}\n", "x".repeat(padding));
            assert!(SourceFile::decode("c.csv", fine.as_bytes()).is_ok(), "{padding}");
        }
    }

    #[test]
    fn delimiter_comes_from_the_header_line() {
        assert_eq!(Delimiter::detect("a,b,c"), Delimiter::Comma);
        assert_eq!(Delimiter::detect("a\tb\tc"), Delimiter::Tab);
        assert_eq!(Delimiter::detect("\"x,y,z\"\tb"), Delimiter::Tab, "commas inside quotes do not count");
        assert_eq!(Delimiter::detect("single"), Delimiter::Comma);
        let tsv = decode(b"uprn\taddress\r\n1\t2, Mill Lane\r\n");
        assert_eq!(tsv.delimiter(), Delimiter::Tab);
        assert_eq!(tsv.table().expect("csv").records[0].fields, ["1", "2, Mill Lane"]);
    }

    #[test]
    fn records_carry_their_first_line_and_skip_blank_lines() {
        let file = decode(b"id,address\r\n1,\"Flat 1\r\nMill Lane\"\r\n\r\n2,  The Barn \r\n\n\n3,x\n4,\"\n\"\n");
        let table = file.table().expect("csv");
        assert_eq!(table.header, ["id", "address"]);
        let lines: Vec<_> = table.records.iter().map(|record| record.line).collect();
        assert_eq!(lines, [2, 5, 8, 9]);
        assert_eq!(table.records[0].fields[1], "Flat 1\r\nMill Lane");
        assert_eq!(table.records[1].fields[1], "The Barn", "fields are trimmed");
        assert!(!table.records[0].is_blank());
        assert!(decode(b"a,b\n,\n").table().expect("csv").records[0].is_blank());
    }

    #[test]
    fn has_column_ignores_case_and_spaces() {
        let file = decode(b"internal_council_id, Address , postcode\n");
        assert!(file.has_column("address"));
        assert!(file.has_column("INTERNAL_COUNCIL_ID"));
        assert!(!file.has_column("uprn"));
        assert_eq!(file.first_line(), "internal_council_id, Address , postcode");
    }
}
