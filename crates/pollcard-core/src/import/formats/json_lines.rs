//! Line numbers for the elements of a JSON array, so that a problem in the third
//! station of an FCS export or the fifth feature of a GeoJSON file names the line
//! the element starts on, as CSV problems do.
//!
//! `serde_json` reads values without positions, so the text is scanned once more,
//! tracking only nesting and strings: the start of every element of the array at
//! the top level (an FCS export) or under a top-level key (GeoJSON's `features`).

/// Where the wanted array is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ArrayAt<'k> {
    /// The document itself is the array.
    Top,
    /// The array is the value of this key of the top-level object.
    Key(&'k str),
}

/// Where one element of an array starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct ElementStart {
    /// The 1-based line of its first character.
    pub line: u64,
    /// The byte offset of its first character.
    pub offset: usize,
}

/// The 1-based line each element of the array starts on, in order. Returns fewer
/// lines than elements only for text that is not valid JSON, which callers have
/// already parsed.
pub(crate) fn element_lines(text: &str, at: ArrayAt<'_>) -> Vec<u64> {
    element_starts(text, at).into_iter().map(|start| start.line).collect()
}

/// Where each element of the array starts, in order; see [`element_lines`].
pub(crate) fn element_starts(text: &str, at: ArrayAt<'_>) -> Vec<ElementStart> {
    let mut lines = Vec::new();
    let mut line = 1u64;
    let mut depth = 0usize;
    // The depth of the wanted array once it is open.
    let mut target: Option<usize> = None;
    let mut expecting_element = false;
    let mut in_string = false;
    let mut string_start = 0usize;
    let mut last_key: Option<(usize, usize)> = None;
    let mut after_key = false;
    // Bytes rather than characters: everything that matters is ASCII, and the inside of
    // a string is skipped to its next quote, backslash or line break with `memchr` (an
    // export is mostly strings). Only a non-ASCII character outside a string is decoded.
    let bytes = text.as_bytes();
    let mut offset = 0;
    while offset < bytes.len() {
        if in_string {
            let Some(found) = memchr::memchr3(b'"', b'\\', b'\n', &bytes[offset..]) else { break };
            let at = offset + found;
            match bytes[at] {
                b'\n' => {
                    line += 1;
                    offset = at + 1;
                }
                b'\\' => {
                    if bytes.get(at + 1) == Some(&b'\n') {
                        line += 1;
                    }
                    offset = at + 2;
                }
                _ => {
                    in_string = false;
                    if depth == 1 && target.is_none() {
                        last_key = Some((string_start, at));
                    }
                    offset = at + 1;
                }
            }
            continue;
        }
        let c = match bytes[offset] {
            byte if byte.is_ascii() => char::from(byte),
            _ => text[offset..].chars().next().unwrap_or_default(),
        };
        let next = offset + c.len_utf8();
        if c == '\n' {
            line += 1;
        }
        if c.is_whitespace() {
            offset = next;
            continue;
        }
        if expecting_element && c != ']' {
            lines.push(ElementStart { line, offset });
            expecting_element = false;
        }
        match c {
            '"' => {
                in_string = true;
                string_start = offset + 1;
            }
            ':' => after_key = depth == 1,
            '[' | '{' => {
                depth += 1;
                let opens_target = c == '['
                    && target.is_none()
                    && match at {
                        ArrayAt::Top => depth == 1,
                        ArrayAt::Key(key) => {
                            depth == 2 && after_key && last_key.is_some_and(|(from, to)| &text[from..to] == key)
                        }
                    };
                if opens_target {
                    target = Some(depth);
                    expecting_element = true;
                }
            }
            ']' | '}' => {
                if target == Some(depth) {
                    return lines;
                }
                depth = depth.saturating_sub(1);
            }
            ',' => expecting_element = target == Some(depth),
            _ => {}
        }
        if c != ':' && c != '"' {
            after_key = false;
        }
        offset = next;
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn top_level_elements() {
        let text = "[\n  {\"a\": [1, 2]},\n  {\"b\": \"x]}\\\"\"}\n,\n\n{}\n]";
        assert_eq!(element_lines(text, ArrayAt::Top), [2, 3, 6]);
        assert_eq!(element_lines("[]", ArrayAt::Top), Vec::<u64>::new());
        assert_eq!(element_lines("[1,2,\n3]", ArrayAt::Top), [1, 1, 2]);
    }

    #[test]
    fn escapes_line_breaks_in_strings_and_other_characters() {
        // An escaped backslash before a closing quote, an escaped quote, non-ASCII text,
        // a raw line break inside a string, and Unicode spaces (U+00A0, U+2028) and a
        // non-ASCII character outside strings, which are not JSON but are read the same.
        let text = "[\"a\\\\\",\n\"\u{e9}\\\"x\",\u{a0}{\"s\":\"1\n2\"},\n\u{2028}3, \u{e9}]";
        assert_eq!(element_lines(text, ArrayAt::Top), [1, 2, 2, 4, 4]);
        let starts = element_starts(text, ArrayAt::Top);
        assert_eq!(text[starts[4].offset..].chars().next(), Some('\u{e9}'));
    }

    #[test]
    fn elements_under_a_key() {
        let text = "{\"type\": \"FeatureCollection\",\n \"bbox\": [0, 1],\n \"features\": [\n  {\"properties\": {\"features\": [9]}},\n  {}\n ]\n}";
        assert_eq!(element_lines(text, ArrayAt::Key("features")), [4, 5]);
        assert_eq!(element_lines(text, ArrayAt::Key("missing")), Vec::<u64>::new());
        // A string value equal to the key is not the key.
        assert_eq!(element_lines("{\"a\": \"features\", \"b\": [1]}", ArrayAt::Key("features")), Vec::<u64>::new());
    }
}
