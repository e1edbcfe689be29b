//! A small scanner for the HTML trunk writes: it finds every start tag with its
//! attributes, and the raw text of `<script>`, `<style>`, `<textarea>` and `<title>`.
//!
//! It is not a general HTML parser, and need not be: it reads our own build output,
//! and only has to find inline code reliably. It follows the HTML tokenizer where
//! that matters for finding code — comments are skipped, attribute values may be
//! double-quoted, single-quoted or bare (trunk's minifier drops quotes), names are
//! case-insensitive, and a raw-text element ends only at its own end tag — and it
//! refuses (rather than guesses) when the document is cut short.

use std::ops::Range;

use thiserror::Error;

/// Why the scanner refused a document.
#[derive(Debug, Error, PartialEq, Eq)]
pub enum ScanError {
    #[error("line {line}: a comment that is never closed with -->")]
    OpenComment { line: usize },
    #[error("line {line}: a <{name}> tag that never ends with >")]
    TruncatedTag { line: usize, name: String },
    #[error("line {line}: an attribute value that never ends with its closing quote")]
    OpenQuote { line: usize },
    #[error("line {line}: a <{name}> element without its </{name}> end tag")]
    MissingEndTag { line: usize, name: String },
}

/// An attribute of a start tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attribute {
    /// Lower-cased name.
    pub name: String,
    /// The value without quotes, as written (character references are not decoded);
    /// `None` for a bare attribute such as `async`.
    pub value: Option<String>,
    /// Where the whole attribute (`name="value"`) is in the document.
    pub span: Range<usize>,
}

/// A start tag, and for raw-text elements, their text and end tag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Element {
    /// Lower-cased tag name.
    pub name: String,
    /// From the `<` of the start tag to just after its `>`.
    pub start_tag: Range<usize>,
    pub attributes: Vec<Attribute>,
    /// For `script`, `style`, `textarea` and `title`: the text between the tags.
    pub raw_text: Option<Range<usize>>,
    /// From the `<` of the start tag to just after the end tag's `>` (raw-text
    /// elements), or just the start tag (all others).
    pub whole: Range<usize>,
    /// 1-based line of the start tag, for messages.
    pub line: usize,
}

impl Element {
    /// The attribute called `name` (lower case), if present.
    pub fn attribute(&self, name: &str) -> Option<&Attribute> {
        self.attributes.iter().find(|attribute| attribute.name == name)
    }
}

/// Elements whose content is text up to their own end tag, never markup.
const RAW_TEXT_ELEMENTS: [&str; 4] = ["script", "style", "textarea", "title"];

/// Every start tag in `html`, in document order.
pub fn scan(html: &str) -> Result<Vec<Element>, ScanError> {
    let bytes = html.as_bytes();
    let line_at = |offset: usize| 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
    let mut elements = Vec::new();
    let mut pos = 0;
    while let Some(found) = find(bytes, pos, b"<") {
        let next = bytes.get(found + 1).copied();
        if bytes[found..].starts_with(b"<!--") {
            let end = find(bytes, found + 4, b"-->").ok_or(ScanError::OpenComment { line: line_at(found) })?;
            pos = end + 3;
        } else if matches!(next, Some(b'!' | b'?' | b'/')) {
            // Doctype, processing instruction or end tag: nothing inside can run.
            let end = find(bytes, found, b">")
                .ok_or_else(|| ScanError::TruncatedTag { line: line_at(found), name: "!".into() })?;
            pos = end + 1;
        } else if next.is_some_and(|b| b.is_ascii_alphabetic()) {
            let mut element = start_tag(html, found).map_err(|error| error.at(line_at(found)))?;
            element.line = line_at(found);
            pos = element.start_tag.end;
            if RAW_TEXT_ELEMENTS.contains(&element.name.as_str()) {
                let (text_end, element_end) = end_tag(bytes, pos, &element.name)
                    .ok_or_else(|| ScanError::MissingEndTag { line: element.line, name: element.name.clone() })?;
                element.raw_text = Some(pos..text_end);
                element.whole = element.start_tag.start..element_end;
                pos = element_end;
            }
            elements.push(element);
        } else {
            // A lone `<` in text.
            pos = found + 1;
        }
    }
    Ok(elements)
}

/// A start-tag error before its line is known.
enum TagError {
    Unclosed(String),
    Quote,
}

impl TagError {
    fn at(self, line: usize) -> ScanError {
        match self {
            TagError::Unclosed(name) => ScanError::TruncatedTag { line, name },
            TagError::Quote => ScanError::OpenQuote { line },
        }
    }
}

/// Reads the start tag whose `<` is at `start`.
fn start_tag(html: &str, start: usize) -> Result<Element, TagError> {
    let bytes = html.as_bytes();
    let is_space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut pos = start + 1;
    while pos < bytes.len() && !is_space(bytes[pos]) && !matches!(bytes[pos], b'/' | b'>') {
        pos += 1;
    }
    let name = html[start + 1..pos].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while pos < bytes.len() && (is_space(bytes[pos]) || bytes[pos] == b'/') {
            pos += 1;
        }
        match bytes.get(pos) {
            None => return Err(TagError::Unclosed(name)),
            Some(b'>') => break,
            Some(_) => {}
        }
        let attribute_start = pos;
        // The first character may be `=` (the tokenizer treats it as part of the name).
        pos += 1;
        while pos < bytes.len() && !is_space(bytes[pos]) && !matches!(bytes[pos], b'/' | b'>' | b'=') {
            pos += 1;
        }
        let attribute_name = html[attribute_start..pos].to_ascii_lowercase();
        let mut after_name = pos;
        while after_name < bytes.len() && is_space(bytes[after_name]) {
            after_name += 1;
        }
        let mut value = None;
        if bytes.get(after_name) == Some(&b'=') {
            pos = after_name + 1;
            while pos < bytes.len() && is_space(bytes[pos]) {
                pos += 1;
            }
            match bytes.get(pos) {
                Some(&quote @ (b'"' | b'\'')) => {
                    let end = find(bytes, pos + 1, &[quote]).ok_or(TagError::Quote)?;
                    value = Some(html[pos + 1..end].to_owned());
                    pos = end + 1;
                }
                Some(_) => {
                    let value_start = pos;
                    while pos < bytes.len() && !is_space(bytes[pos]) && bytes[pos] != b'>' {
                        pos += 1;
                    }
                    value = Some(html[value_start..pos].to_owned());
                }
                None => return Err(TagError::Unclosed(name)),
            }
        }
        attributes.push(Attribute { name: attribute_name, value, span: attribute_start..pos });
    }
    let end = pos + 1;
    Ok(Element { name, start_tag: start..end, attributes, raw_text: None, whole: start..end, line: 0 })
}

/// Finds `</name` (any case) followed by a space, `/` or `>`, from `from`; returns
/// where the text ends and where the end tag's `>` ends.
fn end_tag(bytes: &[u8], from: usize, name: &str) -> Option<(usize, usize)> {
    let mut pos = from;
    while let Some(found) = find(bytes, pos, b"</") {
        let name_end = found + 2 + name.len();
        let matches_name = bytes.get(found + 2..name_end).is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        let boundary = matches!(bytes.get(name_end), Some(b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'));
        if matches_name && boundary {
            let close = find(bytes, name_end, b">")?;
            return Some((found, close + 1));
        }
        pos = found + 2;
    }
    None
}

fn find(haystack: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    haystack.get(from..)?.windows(needle.len()).position(|window| window == needle).map(|at| at + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_quoted_unquoted_and_bare_attributes() {
        let html = r#"<link rel=stylesheet href='/a.css'><script TYPE="module" async src=/x.js></script>"#;
        let elements = scan(html).expect("scans");
        assert_eq!(elements.len(), 2);
        assert_eq!(elements[0].attribute("rel").and_then(|a| a.value.as_deref()), Some("stylesheet"));
        assert_eq!(elements[0].attribute("href").and_then(|a| a.value.as_deref()), Some("/a.css"));
        let script = &elements[1];
        assert_eq!(script.name, "script");
        assert_eq!(script.attribute("type").and_then(|a| a.value.as_deref()), Some("module"));
        assert_eq!(script.attribute("async").map(|a| a.value.clone()), Some(None));
        assert_eq!(script.attribute("src").and_then(|a| a.value.as_deref()), Some("/x.js"));
        assert_eq!(&html[script.whole.clone()], &html[html.find("<script").expect("present")..]);
    }

    #[test]
    fn script_text_runs_to_its_own_end_tag() {
        let html = "<body>\n<SCRIPT>const s = '<style>'; if (a < b) {}</scripts></SCRIPT >\n<p>x</p></body>";
        let elements = scan(html).expect("scans");
        let names: Vec<_> = elements.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["body", "script", "p"]);
        let text = elements[1].raw_text.clone().expect("raw text");
        assert_eq!(&html[text], "const s = '<style>'; if (a < b) {}</scripts>");
        assert_eq!(elements[1].line, 2);
    }

    #[test]
    fn comments_and_doctype_are_skipped() {
        let html = "<!DOCTYPE html><!-- <script>alert(1)</script> --><p title=\"a > b\">";
        let elements = scan(html).expect("scans");
        assert_eq!(elements.len(), 1);
        assert_eq!(elements[0].attribute("title").and_then(|a| a.value.as_deref()), Some("a > b"));
    }

    #[test]
    fn truncated_documents_are_refused() {
        assert_eq!(scan("<p>\n<!-- never closed"), Err(ScanError::OpenComment { line: 2 }));
        assert_eq!(scan("<script>let a;"), Err(ScanError::MissingEndTag { line: 1, name: "script".into() }));
        assert_eq!(scan("<p class=\"x>"), Err(ScanError::OpenQuote { line: 1 }));
        assert_eq!(scan("<p class=x"), Err(ScanError::TruncatedTag { line: 1, name: "p".into() }));
    }

    #[test]
    fn lone_angle_brackets_are_text() {
        let elements = scan("a < b <3 <em>x</em>").expect("scans");
        assert_eq!(elements.len(), 1);
        assert_eq!(elements[0].name, "em");
    }
}
