//! The records of a CSV file with no quote in it, split with `memchr`.
//!
//! Without a quote nothing in a field is special: the csv reader ends a record at
//! every `\r` or `\n`, skips empty lines, and splits a record at every separator. So
//! each non-empty line is one record and its fields are the text between separators,
//! which is what this reads, borrowing every field from the text. Most exports quote
//! nothing, and the csv reader's byte-by-byte state machine was the largest single
//! cost of reading them (a seventh of a national build's instructions); here a line's
//! end is found with `memchr` and its separators eight bytes at a time (`memchr` per
//! field cost more, as fields are short).
//!
//! Each field is trimmed once, as the line is split, so that reading it (several
//! times a field: the row checks, then the importer's columns) is an index. And as a
//! line holds no line end, a record's line number is counted from the line ends
//! skipped before it, without a second look at the text.

/// A quote-free file's records, one at a time, their fields kept in one reused list.
pub(super) struct PlainRows<'s> {
    text: &'s str,
    /// Where reading carries on, and the (1-based) line that is on.
    at: usize,
    line: u64,
    delimiter: u8,
    fields: Vec<&'s str>,
}

/// One record of a quote-free file, as [`PlainRows::next_record`] gives it.
pub(super) struct PlainRecord<'s, 'f> {
    /// Where its first character is in the text, and the line that is on.
    pub byte: usize,
    pub line: u64,
    /// The whole line, and its fields, trimmed (with `str::trim`, as the csv reader's
    /// records are trimmed when they are read out).
    pub text: &'s str,
    pub fields: &'f [&'s str],
    /// Whether trimming shortened any field (if not, the line is the fields joined by
    /// the separator).
    pub trimmed: bool,
}

impl<'s> PlainRows<'s> {
    /// Reads `text`, which has no `"`, split at `delimiter` (an ASCII byte, so that
    /// every field starts and ends on a character boundary); `None` otherwise.
    pub(super) fn new(text: &'s str, delimiter: u8) -> Option<PlainRows<'s>> {
        let plain = delimiter.is_ascii() && memchr::memchr(b'"', text.as_bytes()).is_none();
        plain.then(|| PlainRows { text, at: 0, line: 1, delimiter, fields: Vec::new() })
    }

    /// The byte between fields.
    pub(super) fn separator(&self) -> u8 {
        self.delimiter
    }

    /// The next record, or `None` at the end of the text.
    pub(super) fn next_record(&mut self) -> Option<PlainRecord<'s, '_>> {
        let bytes = self.text.as_bytes();
        // Blank lines and the previous line's end: only here is there a `\n` to count.
        let mut start = self.at;
        loop {
            match bytes.get(start) {
                None => {
                    self.at = start;
                    return None;
                }
                Some(b'\n') => self.line += 1,
                Some(b'\r') => {}
                Some(_) => break,
            }
            start += 1;
        }
        let end = memchr::memchr2(b'\r', b'\n', &bytes[start..]).map_or(bytes.len(), |found| start + found);
        self.at = end;
        let line = &self.text[start..end];
        self.fields.clear();
        let trimmed = split(line, self.delimiter, &mut self.fields);
        Some(PlainRecord { byte: start, line: self.line, text: line, fields: &self.fields, trimmed })
    }
}

/// Pushes the fields of `line`, split at every `delimiter` and trimmed, and says
/// whether trimming shortened any of them. Eight bytes are tested at
/// a time: in a word XORed with the separator repeated, the separator's bytes are
/// the zero bytes, and `!(((x & LOW) + LOW) | x | LOW)` sets the top bit of exactly
/// those (no carry crosses a byte, as `(b & 0x7f) + 0x7f` is at most `0xfe`).
fn split<'s>(line: &'s str, delimiter: u8, fields: &mut Vec<&'s str>) -> bool {
    const LOW: u64 = 0x7f7f_7f7f_7f7f_7f7f;
    let repeated = u64::from(delimiter) * 0x0101_0101_0101_0101;
    let (mut from, mut trimmed) = (0, false);
    let mut cut = |at: usize, fields: &mut Vec<&'s str>| {
        fields.push(trim_noting(&line[from..at], &mut trimmed));
        from = at + 1;
    };
    let mut chunks = line.as_bytes().chunks_exact(8);
    let mut base = 0;
    for chunk in &mut chunks {
        let x = u64::from_le_bytes(<[u8; 8]>::try_from(chunk).unwrap_or_default()) ^ repeated;
        let mut found = !(((x & LOW) + LOW) | x | LOW);
        while found != 0 {
            cut(base + (found.trailing_zeros() / 8) as usize, fields);
            found &= found - 1;
        }
        base += 8;
    }
    for (offset, &byte) in chunks.remainder().iter().enumerate() {
        if byte == delimiter {
            cut(base + offset, fields);
        }
    }
    cut(line.len(), fields);
    trimmed
}

/// [`trim`], noting in `trimmed` when it shortens `field`: only a field that does
/// not start and end with a printable character can be shortened, so only that one
/// is checked.
#[inline]
fn trim_noting<'f>(field: &'f str, trimmed: &mut bool) -> &'f str {
    let printable = |byte: Option<&u8>| byte.is_some_and(|&byte| (b'!'..=b'~').contains(&byte));
    if printable(field.as_bytes().first()) && printable(field.as_bytes().last()) {
        field
    } else {
        let kept = field.trim();
        *trimmed |= kept.len() != field.len();
        kept
    }
}

/// `str::trim`, quicker for the field nearly every one is: one that starts and ends
/// with a printable ASCII character, which is returned as it is. (Every ASCII
/// character `str::trim` removes is at or below the space.) `str::trim` decodes
/// characters at both ends to test them against Unicode's white space.
#[inline]
pub(super) fn trim(field: &str) -> &str {
    trim_noting(field, &mut false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split_all(line: &str, delimiter: u8) -> Vec<&str> {
        let mut fields = Vec::new();
        let trimmed = split(line, delimiter, &mut fields);
        assert_eq!(trimmed, fields.join(&char::from(delimiter).to_string()) != line, "{line:?}");
        fields
    }

    #[test]
    fn every_separator_is_found_wherever_it_falls_in_a_word() {
        for length in 0..24u8 {
            for mask in [0u32, 1, 0b1010_0101, 0x00ff_ffff, 0x0080_0001, 0x0012_3456] {
                let line: String =
                    (0..length).map(|at| if (mask >> at) & 1 == 1 { ',' } else { char::from(b'a' + at) }).collect();
                assert_eq!(split_all(&line, b','), line.split(',').map(str::trim).collect::<Vec<_>>(), "{line:?}");
            }
        }
    }

    #[test]
    fn bytes_near_the_separator_are_not_taken_for_it() {
        // `\u{ac}` is written C2 AC, and 0xAC is the comma with its top bit set.
        let line = "+,-\u{ac}é,\u{ac}x,,\u{12c}\t,+-.\u{ac}\u{ac},".repeat(3);
        assert_eq!(split_all(&line, b','), line.split(',').map(str::trim).collect::<Vec<_>>());
        assert_eq!(split_all(&line, b'\t'), line.split('\t').map(str::trim).collect::<Vec<_>>());
    }
}
