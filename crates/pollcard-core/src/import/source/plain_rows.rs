//! The records of a CSV file with no quote in it, split with `memchr`.
//!
//! Without a quote nothing in a field is special: the csv reader ends a record at
//! every `\r` or `\n`, skips empty lines, and splits a record at every separator. So
//! each non-empty line is one record and its fields are the text between separators,
//! which is what this reads, borrowing every field from the text. Most exports quote
//! nothing, and the csv reader's byte-by-byte state machine was the largest single
//! cost of reading them (a seventh of a national build's instructions); here a line's
//! end is found with `memchr` and its separators in one plain loop over its bytes
//! (`memchr` per field cost more, as fields are short).

/// A quote-free file's records, one at a time, their fields kept in one reused list.
pub(super) struct PlainRows<'s> {
    text: &'s str,
    /// Where reading carries on.
    at: usize,
    delimiter: u8,
    fields: Vec<&'s str>,
}

impl<'s> PlainRows<'s> {
    /// Reads `text`, which has no `"`, split at `delimiter` (an ASCII byte, so that
    /// every field starts and ends on a character boundary); `None` otherwise.
    pub(super) fn new(text: &'s str, delimiter: u8) -> Option<PlainRows<'s>> {
        let plain = delimiter.is_ascii() && memchr::memchr(b'"', text.as_bytes()).is_none();
        plain.then(|| PlainRows { text, at: 0, delimiter, fields: Vec::new() })
    }

    /// The byte between fields.
    pub(super) fn separator(&self) -> u8 {
        self.delimiter
    }

    /// The next record: where its first character is, the whole line, and its
    /// fields (untrimmed).
    pub(super) fn next_record(&mut self) -> Option<(usize, &'s str, &[&'s str])> {
        let bytes = self.text.as_bytes();
        let start = self.at + bytes[self.at..].iter().position(|&byte| !matches!(byte, b'\r' | b'\n'))?;
        let end = memchr::memchr2(b'\r', b'\n', &bytes[start..]).map_or(bytes.len(), |found| start + found);
        self.at = end;
        let line = &self.text[start..end];
        self.fields.clear();
        let mut from = 0;
        for (at, &byte) in line.as_bytes().iter().enumerate() {
            if byte == self.delimiter {
                self.fields.push(&line[from..at]);
                from = at + 1;
            }
        }
        self.fields.push(&line[from..]);
        Some((start, line, &self.fields))
    }
}
