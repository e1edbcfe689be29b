//! A decoded file's CSV records, read two ways.
//!
//! Importers stream them: [`SourceFile::shape`] first reads the file once for what
//! must be known before any row is imported (the header, how many records there are,
//! and whether the file was cut off in its last record, which stops the whole file),
//! then [`SourceFile::rows`] hands each data record over as a [`CsvRow`] that borrows
//! its fields from one reused buffer. Nothing of a row outlives it, so reading a
//! council's export allocates a few buffers rather than a `String` per field: copying
//! every field into an owned table, and freeing it again, was a fifth of a national
//! build's CPU time, and its page faults as much again.
//!
//! [`SourceFile::table`] still reads the whole file into an owned [`CsvTable`], for
//! tests and tools that want every record at once.
//!
//! Fields are trimmed (with `str::trim`, what the csv crate's `Trim::All` applies to
//! string records): a quote-free file's once, as its line is split (see
//! [`PlainRows`]); the csv reader's as they are read out, never stored trimmed.

use super::plain_rows::{trim, PlainRows};
use super::truncation::{truncation, Truncation};
use super::{Delimiter, SourceError, SourceFile};

/// One CSV record: its fields (trimmed) and the 1-based line it starts on. Quoted
/// fields can span lines, so a record's line is not its index plus one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvRecord {
    pub line: u64,
    pub fields: Vec<String>,
}

impl CsvRecord {
    /// True when every field is blank, as in a line of bare separators.
    pub fn is_blank(&self) -> bool {
        self.fields.iter().all(|field| field.is_empty())
    }
}

/// A CSV file: the header and every data record.
#[derive(Clone, Debug)]
pub struct CsvTable {
    pub delimiter: Delimiter,
    /// Column names as written (trimmed).
    pub header: Vec<String>,
    pub records: Vec<CsvRecord>,
    /// Set when the file looks cut short; see [`Truncation`].
    pub truncated: Option<Truncation>,
}

/// What is known of a CSV file before its rows are imported.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvShape {
    /// Column names as written (trimmed).
    pub header: Vec<String>,
    /// How many data records follow the header.
    pub records: usize,
    /// Set when the file looks cut short; see [`Truncation`].
    pub truncated: Option<Truncation>,
}

/// One data record as it streams past: valid until the next is read.
#[derive(Clone, Copy, Debug)]
pub struct CsvRow<'b> {
    /// The 1-based line the record starts on.
    pub line: u64,
    fields: RowFields<'b>,
    /// Where the reader started the record; reading from here gives it again.
    byte: usize,
}

/// A record's fields: the csv reader's, or a quote-free line's (see [`PlainRows`]).
#[derive(Clone, Copy, Debug)]
enum RowFields<'b> {
    /// Untrimmed: each is trimmed as it is read.
    Record(&'b csv::StringRecord),
    /// The line, its separator, its fields (already trimmed) and whether trimming
    /// shortened any.
    Plain(&'b str, u8, &'b [&'b str], bool),
}

/// A record's fields as one text, to hash a row in one call: see [`CsvRow::joined`].
#[derive(Clone, Copy, Debug)]
pub enum Joined<'b> {
    /// A quote-free line none of whose fields needed trimming: the fields joined by
    /// the separator, as they are in the text. No field holds the separator, so the
    /// text alone says what the fields are.
    Line(&'b [u8]),
    /// A quote-free line with a field trimmed: its fields, joined by this separator,
    /// give the text to hash.
    Trimmed(u8),
    /// The csv reader's fields as read (untrimmed, unquoted), one after another
    /// without separators: only with their number and lengths do they say what the
    /// fields are.
    Record(&'b [u8]),
}

impl<'b> CsvRow<'b> {
    /// How many fields the record has.
    #[inline]
    pub fn len(&self) -> usize {
        match self.fields {
            RowFields::Record(record) => record.len(),
            RowFields::Plain(_, _, fields, _) => fields.len(),
        }
    }

    /// True for a record with no fields (the csv reader never gives one).
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Field `index`, trimmed.
    #[inline]
    pub fn get(&self, index: usize) -> Option<&'b str> {
        match self.fields {
            RowFields::Record(record) => record.get(index).map(trim),
            RowFields::Plain(_, _, fields, _) => fields.get(index).copied(),
        }
    }

    /// Every field, trimmed, in order.
    pub fn fields(&self) -> impl Iterator<Item = &'b str> + Clone + 'b {
        let row = *self;
        (0..self.len()).map(move |index| row.get(index).unwrap_or_default())
    }

    /// True when every field is blank, as in a line of bare separators.
    pub fn is_blank(&self) -> bool {
        self.fields().all(str::is_empty)
    }

    /// The record's fields as one text, for hashing whole. Every record of a file is
    /// read the same way (the csv reader's, or all quote-free lines), so two rows of
    /// one file with the same fields give the same text.
    pub fn joined(&self) -> Joined<'b> {
        match self.fields {
            RowFields::Record(record) => Joined::Record(record.as_byte_record().as_slice()),
            RowFields::Plain(line, _, _, false) => Joined::Line(line.as_bytes()),
            RowFields::Plain(_, separator, _, true) => Joined::Trimmed(separator),
        }
    }

    /// Where in the text the reader started this record, for [`SourceFile::fields_at`].
    pub fn byte(&self) -> usize {
        self.byte
    }
}

/// A file's data records, one at a time, through one reused buffer. Not an
/// `Iterator`: each row borrows the buffer the next one is read into.
pub struct CsvRows<'s> {
    reader: Reader<'s>,
}

/// The csv reader, or for a file with no quote in it the quicker [`PlainRows`],
/// which gives the same records (and counts their lines itself).
enum Reader<'s> {
    Csv { reader: csv::Reader<&'s [u8]>, buffer: csv::StringRecord, lines: LineCounter<'s> },
    Plain(PlainRows<'s>),
}

impl CsvRows<'_> {
    /// The next data record, or `None` at the end of the file.
    pub fn next_row(&mut self) -> Option<Result<CsvRow<'_>, SourceError>> {
        match &mut self.reader {
            Reader::Plain(plain) => {
                let separator = plain.separator();
                let record = plain.next_record()?;
                let fields = RowFields::Plain(record.text, separator, record.fields, record.trimmed);
                Some(Ok(CsvRow { line: record.line, fields, byte: record.byte }))
            }
            Reader::Csv { reader, buffer, lines } => match reader.read_record(buffer) {
                Ok(false) => None,
                Ok(true) => {
                    let byte = record_start(buffer);
                    let line = lines.line_of_record_after(byte);
                    Some(Ok(CsvRow { line, fields: RowFields::Record(buffer), byte }))
                }
                Err(error) => Some(Err(SourceError::Csv(error.to_string()))),
            },
        }
    }
}

impl SourceFile {
    /// Reads the file as CSV with its detected separator, every record at once.
    pub fn table(&self) -> Result<CsvTable, SourceError> {
        let mut rows = self.rows()?;
        // A record takes at least one line, so the line count bounds the records.
        let mut records = Vec::with_capacity(bytecount(self.text().as_bytes(), b'\n'));
        while let Some(row) = rows.next_row() {
            let row = row?;
            records.push(CsvRecord { line: row.line, fields: row.fields().map(str::to_owned).collect() });
        }
        let last = records.last().map(|record| (record.line, record.fields.len()));
        let truncated = truncation(self.text(), self.delimiter(), self.header().len(), last);
        Ok(CsvTable { delimiter: self.delimiter(), header: self.header().to_vec(), records, truncated })
    }

    /// Reads the file once for its header, record count and truncation, without
    /// keeping any record.
    pub fn shape(&self) -> Result<CsvShape, SourceError> {
        let last = if memchr::memchr(b'"', self.text().as_bytes()).is_none() {
            last_record_without_quotes(self.text(), self.delimiter())
        } else {
            self.last_record_read()?
        };
        let records = last.map_or(0, |(records, _, _)| records);
        let last = last.map(|(_, line, fields)| (line, fields));
        let truncated = truncation(self.text(), self.delimiter(), self.header().len(), last);
        Ok(CsvShape { header: self.header().to_vec(), records, truncated })
    }

    /// How many data records there are, and the last one's line and number of fields
    /// (`None` when there are none), from reading every record.
    fn last_record_read(&self) -> Result<Option<(usize, u64, usize)>, SourceError> {
        let mut reader = reader(self.text(), self.delimiter());
        let mut buffer = csv::ByteRecord::new();
        let (mut records, mut last) = (0usize, None);
        // The header is the first record; `header()` already holds it, trimmed.
        let mut header_read = false;
        loop {
            match reader.read_byte_record(&mut buffer) {
                Ok(false) => break,
                Ok(true) if !header_read => header_read = true,
                Ok(true) => {
                    records += 1;
                    last = Some((record_start_bytes(&buffer), buffer.len()));
                }
                Err(error) => return Err(SourceError::Csv(error.to_string())),
            }
        }
        Ok(last.map(|(byte, fields)| {
            let mut lines = LineCounter { text: self.text(), offset: 0, line: 1 };
            (records, lines.line_of_record_after(byte), fields)
        }))
    }

    /// The file's data records (the header skipped), streamed.
    pub fn rows(&self) -> Result<CsvRows<'_>, SourceError> {
        let text = self.text();
        let reader = match PlainRows::new(text, self.delimiter().byte()) {
            Some(plain) => Reader::Plain(plain),
            None => csv_reader(text, self.delimiter()),
        };
        let mut rows = CsvRows { reader };
        if let Some(header) = rows.next_row() {
            header?;
        }
        Ok(rows)
    }

    /// Whether the record the reader started at `byte` (a [`CsvRow::byte`]) has
    /// exactly `fields`, trimmed, in order.
    pub fn fields_at_equal<'f>(&self, byte: usize, fields: impl Iterator<Item = &'f str>) -> bool {
        let mut reader = reader(self.text().get(byte..).unwrap_or_default(), self.delimiter());
        let mut record = csv::StringRecord::new();
        matches!(reader.read_record(&mut record), Ok(true)) && record.iter().map(str::trim).eq(fields)
    }

    /// The header record's fields, trimmed (empty for a file with no records).
    pub(super) fn read_header(text: &str, delimiter: Delimiter) -> Result<Vec<String>, SourceError> {
        let mut record = csv::StringRecord::new();
        match reader(text, delimiter).read_record(&mut record) {
            Ok(true) => Ok(record.iter().map(|field| field.trim().to_owned()).collect()),
            Ok(false) => Ok(Vec::new()),
            Err(error) => Err(SourceError::Csv(error.to_string())),
        }
    }
}

/// [`SourceFile::last_record_read`] for a file with no quote in it, from its line
/// ends alone: without quotes no line break can be inside a field, and the csv reader
/// ends a record at every `\r` or `\n` and skips empty lines, so every non-empty line
/// is one record and its fields are its separators plus one. Most exports quote
/// nothing, and this is a few vectorised passes instead of a parse.
fn last_record_without_quotes(text: &str, delimiter: Delimiter) -> Option<(usize, u64, usize)> {
    let bytes = text.as_bytes();
    let is_end = |byte: u8| matches!(byte, b'\n' | b'\r');
    // A record starts at each byte that is not a line end and starts the text or
    // follows one. Line ends are found with `memchr` (a few per record), not by
    // looking at every byte.
    let first = usize::from(bytes.first().is_some_and(|&byte| !is_end(byte)));
    let follows_end = |end: usize| bytes.get(end + 1).is_some_and(|&byte| !is_end(byte));
    let starts = first + memchr::memchr2_iter(b'\n', b'\r', bytes).filter(|&end| follows_end(end)).count();
    let records = starts.checked_sub(1).filter(|&records| records > 0)?;
    let end = bytes.iter().rposition(|&byte| !is_end(byte)).map_or(0, |last| last + 1);
    let start = memchr::memrchr2(b'\n', b'\r', &bytes[..end]).map_or(0, |before| before + 1);
    let line = 1 + u64::try_from(memchr::memchr_iter(b'\n', &bytes[..start]).count()).unwrap_or(u64::MAX);
    let fields = memchr::memchr_iter(delimiter.byte(), &bytes[start..end]).count() + 1;
    Some((records, line, fields))
}

/// [`Reader::Csv`] over `text`, counting lines from its start.
fn csv_reader(text: &str, delimiter: Delimiter) -> Reader<'_> {
    let lines = LineCounter { text, offset: 0, line: 1 };
    Reader::Csv { reader: reader(text, delimiter), buffer: csv::StringRecord::new(), lines }
}

/// The reader every pass uses. Fields are trimmed as they are read out, not with the
/// reader's `Trim::All`, which rebuilds every record in a fresh allocation.
fn reader(text: &str, delimiter: Delimiter) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter.byte())
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::None)
        .from_reader(text.as_bytes())
}

fn record_start(record: &csv::StringRecord) -> usize {
    record.position().map(csv::Position::byte).map_or(0, |byte| usize::try_from(byte).unwrap_or(usize::MAX))
}

fn record_start_bytes(record: &csv::ByteRecord) -> usize {
    record.position().map(csv::Position::byte).map_or(0, |byte| usize::try_from(byte).unwrap_or(usize::MAX))
}

/// How many times `needle` occurs in `haystack` (a plain loop the compiler vectorises).
fn bytecount(haystack: &[u8], needle: u8) -> usize {
    haystack.iter().filter(|&&byte| byte == needle).count()
}

/// Line numbers for records. The csv crate's own `Position::line` miscounts quoted
/// line breaks and blank lines, and its byte position points at the previous record's
/// line ending; so the line is counted here from the byte position instead.
struct LineCounter<'t> {
    text: &'t str,
    /// How far the text has been counted, and the line that offset is on.
    offset: usize,
    line: u64,
}

impl LineCounter<'_> {
    /// The line of the first character at or after `byte` that is not a line ending
    /// (blank lines are skipped by the reader). Records come in order, so counting
    /// carries on from the previous one.
    fn line_of_record_after(&mut self, byte: usize) -> u64 {
        let bytes = self.text.as_bytes();
        let mut start = byte.max(self.offset).min(bytes.len());
        while bytes.get(start).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
            start += 1;
        }
        let newlines = bytecount(&bytes[self.offset..start], b'\n');
        self.line += u64::try_from(newlines).unwrap_or(u64::MAX);
        self.offset = start;
        self.line
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode(bytes: &[u8]) -> SourceFile {
        SourceFile::decode("test.csv", bytes).expect("decodes")
    }

    const AWKWARD: &[u8] =
        b"id,address\r\n1,\"Flat 1\r\nMill Lane\"\r\n\r\n2,  The Barn \r\n\n\n3,x\n4,\"\n\"\n,\n5,\"a \"\"b\"\"\",c\n2,  The Barn";

    #[test]
    fn streamed_rows_are_the_table_records() {
        let file = decode(AWKWARD);
        let table = file.table().expect("csv");
        let mut rows = file.rows().expect("csv");
        let mut streamed = Vec::new();
        while let Some(row) = rows.next_row() {
            let row = row.expect("row");
            assert_eq!(row.len(), row.fields().count());
            streamed.push(CsvRecord { line: row.line, fields: row.fields().map(str::to_owned).collect() });
        }
        assert_eq!(streamed, table.records);
        let shape = file.shape().expect("csv");
        assert_eq!(
            (shape.header, shape.records, shape.truncated),
            (table.header, table.records.len(), table.truncated)
        );
    }

    #[test]
    fn a_row_is_read_again_from_its_byte() {
        let file = decode(AWKWARD);
        let mut rows = file.rows().expect("csv");
        let mut count = 0;
        while let Some(Ok(row)) = rows.next_row() {
            assert!(file.fields_at_equal(row.byte(), row.fields()), "line {}", row.line);
            assert!(!file.fields_at_equal(row.byte(), row.fields().chain(["extra"])));
            count += 1;
        }
        assert_eq!(count, 7);
    }

    /// `starts`, and each of them followed by up to `rounds` of `pieces` in every order.
    fn grown(starts: &[&str], pieces: &[&str], rounds: usize) -> Vec<String> {
        let mut texts: Vec<String> = starts.iter().map(|start| (*start).to_owned()).collect();
        for _ in 0..rounds {
            let longer: Vec<String> =
                texts.iter().flat_map(|text| pieces.iter().map(move |piece| format!("{text}{piece}"))).collect();
            texts.extend(longer);
        }
        texts
    }

    #[test]
    fn a_file_without_quotes_is_shaped_from_its_line_ends() {
        let pieces = [",", "\t", " ", "a", "\n", "\r", "\r\n", "\n\n", "bc,"];
        for text in &grown(&["id,name"], &pieces, 4) {
            let file = decode(text.as_bytes());
            let read = file.last_record_read().expect("csv");
            assert_eq!(last_record_without_quotes(file.text(), file.delimiter()), read, "{text:?}");
        }
    }

    /// Every data record of `file` (line and fields), read by the csv reader even
    /// when the file has no quote in it.
    fn csv_read(file: &SourceFile) -> Vec<CsvRecord> {
        let mut rows = CsvRows { reader: csv_reader(file.text(), file.delimiter()) };
        let mut records = Vec::new();
        while let Some(Ok(row)) = rows.next_row() {
            records.push(CsvRecord { line: row.line, fields: row.fields().map(str::to_owned).collect() });
        }
        records.split_off(1.min(records.len()))
    }

    #[test]
    fn a_file_without_quotes_is_split_as_the_csv_reader_splits_it() {
        let pieces = [",", "\t", " ", "a", "\n", "\r", "\r\n", "\n\n", "bc,", "é", "0123456,89"];
        for text in &grown(&["id,name", "\r\nid\tname"], &pieces, 3) {
            let file = decode(text.as_bytes());
            assert!(PlainRows::new(file.text(), file.delimiter().byte()).is_some());
            assert_eq!(file.table().expect("csv").records, csv_read(&file), "{text:?}");
        }
    }

    #[test]
    fn fields_are_trimmed_as_str_trim_trims_them() {
        let fields =
            ["", " ", "a", " a", "a ", "\u{b}a\u{c}", "\u{a0}a\u{3000}", "é", " é ", "~x!", "a\u{7f}", "\u{85}"];
        for field in fields {
            assert_eq!(trim(field), field.trim(), "{field:?}");
        }
    }

    #[test]
    fn the_shape_of_a_cut_off_file() {
        let shape = decode(b"id,name,address\n1,Hall,Mill Lane\n2,Chapel\n").shape().expect("csv");
        assert_eq!(shape.records, 2);
        let truncated = shape.truncated.expect("truncated");
        assert_eq!((truncated.line, truncated.fields, truncated.expected), (3, 2, 3));
        let empty = decode(b"id,name\n").shape().expect("csv");
        assert_eq!((empty.records, empty.truncated), (0, None));
    }
}
