//! Telling a CSV file that was cut off part-way through its last record (an
//! interrupted export or copy) from one that merely has a damaged row.

use super::Delimiter;

/// Signs that a CSV file was cut off part-way through its last record, as an
/// interrupted export or copy leaves it. A row that is short in the middle of a file
/// is a damaged row; the *last* row being short, or the file ending inside a quoted
/// field, means the rest of the file is missing, and nobody can say how much: so the
/// file must not be imported at all, lest a part of the council be silently left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Truncation {
    /// The line the cut-off record starts on.
    pub line: u64,
    /// How many fields it has, and how many the header has.
    pub fields: usize,
    pub expected: usize,
    /// The file ends inside a quoted field (an opening `"` never closed).
    pub open_quote: bool,
}

impl std::fmt::Display for Truncation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.open_quote {
            write!(f, "it ends inside a quoted field that starts on line {}", self.line)
        } else {
            write!(
                f,
                "its last row (line {}) stops after {} of the header's {} fields",
                self.line, self.fields, self.expected
            )
        }
    }
}

/// Whether the file was cut off in its last record: it ends inside a quoted field, or
/// the last record has fewer fields than the header (a one-column file cannot tell).
/// `last` is the last record's line and number of fields.
pub(super) fn truncation(
    text: &str,
    delimiter: Delimiter,
    expected: usize,
    last: Option<(u64, usize)>,
) -> Option<Truncation> {
    let (line, fields) = last?;
    let open_quote = ends_inside_quotes(text, delimiter.byte());
    let short = expected > 1 && fields < expected;
    (open_quote || short).then_some(Truncation { line, fields, expected, open_quote })
}

/// Whether `text` ends inside a quoted field. As in CSV, a quote opens a quoted field
/// only at the start of a field (after spaces), `""` inside one is a quote, and a quote
/// in the middle of an unquoted field (`12" pipe`) is just a character.
///
/// Every file is scanned, so the scan jumps from quote to quote (`memchr`) rather than
/// stepping through every byte: outside quotes, only the bytes just before a quote
/// say whether it starts a field (spaces back to a separator or line break).
fn ends_inside_quotes(text: &str, delimiter: u8) -> bool {
    let bytes = text.as_bytes();
    // Outside quotes from `at`, where a field starts exactly when `field_start`.
    let (mut at, mut field_start) = (0, true);
    while let Some(quote) = memchr::memchr(b'"', &bytes[at..]).map(|found| at + found) {
        let before = &bytes[at..quote];
        let opens = match before.iter().rposition(|&byte| byte != b' ') {
            None => field_start,
            Some(last) => matches!(before[last], b'\n' | b'\r') || before[last] == delimiter,
        };
        (at, field_start) = (quote + 1, false);
        if !opens {
            continue;
        }
        // Inside the quoted field: `""` is a quote; any other quote closes it.
        loop {
            let Some(close) = memchr::memchr(b'"', &bytes[at..]).map(|found| at + found) else { return true };
            if bytes.get(close + 1) == Some(&b'"') {
                at = close + 2;
            } else {
                at = close + 1;
                break;
            }
        }
    }
    false
}

/// The byte-by-byte definition [`ends_inside_quotes`] must agree with.
#[cfg(test)]
fn ends_inside_quotes_stepwise(text: &str, delimiter: u8) -> bool {
    let (mut quoted, mut field_start) = (false, true);
    let mut bytes = text.bytes().peekable();
    while let Some(byte) = bytes.next() {
        match (quoted, byte) {
            (true, b'"') if bytes.peek() == Some(&b'"') => {
                bytes.next();
            }
            (true, b'"') => quoted = false,
            (true, _) => {}
            (false, b'"') if field_start => {
                quoted = true;
                field_start = false;
            }
            (false, b' ') => {}
            (false, b'\n' | b'\r') => field_start = true,
            (false, other) => field_start = other == delimiter,
        }
    }
    quoted
}

#[cfg(test)]
mod tests {
    use super::super::SourceFile;

    fn decode(bytes: &[u8]) -> SourceFile {
        SourceFile::decode("test.csv", bytes).expect("decodes")
    }

    #[test]
    fn a_file_cut_off_in_its_last_record_is_truncated() {
        let whole = decode(b"id,name,address\n1,Hall,Mill Lane\n2,Chapel,Sea View\n").table().expect("csv");
        assert_eq!(whole.truncated, None);
        let short_in_the_middle = decode(b"id,name,address\n1,Hall\n2,Chapel,Sea View\n").table().expect("csv");
        assert_eq!(short_in_the_middle.truncated, None, "a damaged row, reported on its own");
        for cut in [&b"id,name,address\n1,Hall,Mill Lane\n2,Cha"[..], b"id,name,address\n1,Hall,Mill Lane\n2,Chapel\n"]
        {
            let table = decode(cut).table().expect("csv");
            let truncation = table.truncated.expect("truncated");
            assert_eq!((truncation.line, truncation.fields, truncation.expected), (3, 2, 3));
            assert!(truncation.to_string().contains("(line 3) stops after 2 of the header's 3 fields"), "{truncation}");
        }
        let open = decode(b"id,name,address\n1,Hall,\"Mill Lane\n2,Chapel,Sea View\n").table().expect("csv");
        let truncation = open.truncated.expect("open quote");
        assert!(truncation.open_quote && truncation.line == 2, "{truncation:?}");
        assert_eq!(decode(b"id,name\n1,\"The \"\"Old\"\" Hall\"\n").table().expect("csv").truncated, None);
        assert_eq!(decode(b"name\nHall\n").table().expect("csv").truncated, None, "one column cannot tell");
        let stray = decode(b"id,name\n1,12\" pipe store\n2,\"Hall, Mill Lane\"\n").table().expect("csv");
        assert_eq!(stray.truncated, None, "a quote inside an unquoted field is a character");
    }

    #[test]
    fn the_quote_scan_agrees_with_the_stepwise_definition() {
        let pieces = ["\"", "\"\"", ",", "\t", " ", "a", "\n", "\r\n", "12\" pipe", "\"x,y\"", "  \""];
        // Every sequence of up to four pieces, with both separators.
        let mut texts = vec![String::new()];
        for _ in 0..4 {
            let longer: Vec<String> =
                texts.iter().flat_map(|text| pieces.iter().map(move |piece| format!("{text}{piece}"))).collect();
            texts.extend(longer);
        }
        for text in &texts {
            for delimiter in [b',', b'\t'] {
                assert_eq!(
                    super::ends_inside_quotes(text, delimiter),
                    super::ends_inside_quotes_stepwise(text, delimiter),
                    "{text:?}"
                );
            }
        }
    }
}
