//! Writing CSV rows fast: each row is assembled in a reused buffer and written in one
//! call, numbers are formatted without allocating, and the parts of a row that repeat
//! for every address of a station are encoded once per station ([`Fields`]).

use std::io::{self, Write};

/// Encoded fields: `a,b,"c, d"` (without a trailing separator), to splice into rows.
#[derive(Clone, Debug, Default)]
pub struct Fields {
    bytes: Vec<u8>,
    count: usize,
}

impl Fields {
    pub fn new() -> Fields {
        Fields::default()
    }

    /// Appends one field, quoted when it holds the separator, a quote or a line break.
    pub fn push(&mut self, delimiter: u8, value: &str) -> &mut Fields {
        if self.count > 0 {
            self.bytes.push(delimiter);
        }
        push_field(&mut self.bytes, delimiter, value);
        self.count += 1;
        self
    }

    pub fn push_u64(&mut self, delimiter: u8, value: u64) -> &mut Fields {
        if self.count > 0 {
            self.bytes.push(delimiter);
        }
        push_u64(&mut self.bytes, value);
        self.count += 1;
        self
    }
}

fn push_field(buffer: &mut Vec<u8>, delimiter: u8, value: &str) {
    let needs_quotes = value.bytes().any(|b| b == delimiter || b == b'"' || b == b'\n' || b == b'\r');
    if !needs_quotes {
        buffer.extend_from_slice(value.as_bytes());
        return;
    }
    buffer.push(b'"');
    for b in value.bytes() {
        if b == b'"' {
            buffer.push(b'"');
        }
        buffer.push(b);
    }
    buffer.push(b'"');
}

/// Appends `value` in decimal.
pub fn push_u64(buffer: &mut Vec<u8>, mut value: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (value % 10) as u8;
        value /= 10;
        if value == 0 {
            break;
        }
    }
    buffer.extend_from_slice(&digits[at..]);
}

/// Rows are gathered into chunks of about this size and written a chunk at a time, so
/// the sink needs no buffer of its own.
const CHUNK: usize = 1 << 18;

/// A CSV file being written.
pub struct CsvOut {
    out: Box<dyn Write + Send>,
    delimiter: u8,
    line_ending: &'static [u8],
    /// The row being written, after the rows of the chunk not yet written out.
    row: Vec<u8>,
    fields_in_row: usize,
    rows: u64,
}

impl CsvOut {
    /// Starts a file; `bom` writes the UTF-8 byte-order mark Excel adds.
    pub fn new(mut out: Box<dyn Write + Send>, delimiter: u8, crlf: bool, bom: bool) -> io::Result<CsvOut> {
        if bom {
            out.write_all(b"\xEF\xBB\xBF")?;
        }
        let line_ending: &'static [u8] = if crlf { b"\r\n" } else { b"\n" };
        Ok(CsvOut { out, delimiter, line_ending, row: Vec::with_capacity(CHUNK + 4096), fields_in_row: 0, rows: 0 })
    }

    pub fn delimiter(&self) -> u8 {
        self.delimiter
    }

    /// Writes the header row.
    pub fn header(&mut self, names: &[&str]) -> io::Result<()> {
        for name in names {
            self.field(name);
        }
        self.end_row()?;
        self.rows = 0;
        Ok(())
    }

    fn separate(&mut self) {
        if self.fields_in_row > 0 {
            self.row.push(self.delimiter);
        }
        self.fields_in_row += 1;
    }

    pub fn field(&mut self, value: &str) -> &mut CsvOut {
        self.separate();
        push_field(&mut self.row, self.delimiter, value);
        self
    }

    /// A field known to need no quoting (generated names: no separator, quote or line
    /// break), written without looking for one.
    pub fn plain(&mut self, value: &str) -> &mut CsvOut {
        debug_assert!(!value.bytes().any(|b| b == self.delimiter || b == b'"' || b == b'\n'), "{value}");
        self.separate();
        self.row.extend_from_slice(value.as_bytes());
        self
    }

    pub fn field_u64(&mut self, value: u64) -> &mut CsvOut {
        self.separate();
        push_u64(&mut self.row, value);
        self
    }

    /// A field made of parts, e.g. a house number and a street, written without
    /// allocating; the parts must need no quoting.
    pub fn field_parts(&mut self, parts: &[Part]) -> &mut CsvOut {
        self.separate();
        for part in parts {
            match part {
                Part::Text(text) => self.row.extend_from_slice(text.as_bytes()),
                Part::Number(number) => push_u64(&mut self.row, *number),
            }
        }
        self
    }

    /// Splices in fields encoded earlier with the same separator.
    pub fn fields(&mut self, fields: &Fields) -> &mut CsvOut {
        if fields.count == 0 {
            return self;
        }
        self.separate();
        self.row.extend_from_slice(&fields.bytes);
        self.fields_in_row += fields.count - 1;
        self
    }

    pub fn end_row(&mut self) -> io::Result<()> {
        self.row.extend_from_slice(self.line_ending);
        self.fields_in_row = 0;
        self.rows += 1;
        if self.row.len() >= CHUNK {
            self.out.write_all(&self.row)?;
            self.row.clear();
        }
        Ok(())
    }

    /// Writes what is left and returns the number of data rows.
    pub fn finish(mut self) -> io::Result<u64> {
        self.out.write_all(&self.row)?;
        self.out.flush()?;
        Ok(self.rows)
    }
}

/// One part of a [`CsvOut::field_parts`] field.
#[derive(Clone, Copy, Debug)]
pub enum Part<'a> {
    Text(&'a str),
    Number(u64),
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// A writer the test can read back.
    #[derive(Clone, Default)]
    struct Shared(Arc<Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            self.0.lock().map_err(|_| io::Error::other("poisoned"))?.extend_from_slice(bytes);
            Ok(bytes.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn rows_quote_only_what_needs_it() -> io::Result<()> {
        let shared = Shared::default();
        let mut csv = CsvOut::new(Box::new(shared.clone()), b',', true, true)?;
        csv.header(&["a", "b"])?;
        let mut station = Fields::new();
        station.push(b',', "Hall, North").push_u64(b',', 0);
        csv.field("say \"hi\"").field_parts(&[Part::Number(12), Part::Text(" Oak Road")]).fields(&station);
        csv.end_row()?;
        csv.field_u64(18_446_744_073_709_551_615).field("");
        csv.end_row()?;
        assert_eq!(csv.finish()?, 2, "data rows, not the header");
        let bytes = shared.0.lock().map(|bytes| bytes.clone()).unwrap_or_default();
        assert_eq!(
            String::from_utf8_lossy(&bytes),
            "\u{feff}a,b\r\n\"say \"\"hi\"\"\",12 Oak Road,\"Hall, North\",0\r\n18446744073709551615,\r\n"
        );
        Ok(())
    }
}
