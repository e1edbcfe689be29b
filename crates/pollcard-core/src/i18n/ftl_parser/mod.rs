//! Reads the part of Fluent syntax that Pollcard's catalogues use: comments, messages,
//! multiline values, `{ $variable }`, `{ "string" }`, `{ message-id }` and select
//! expressions. Anything else (terms, attributes, functions, number literals) is an
//! error naming its line, never a silently missing message.
//!
//! The whitespace rules follow `fluent-syntax` 0.12 (the parser inside `fluent-bundle`)
//! step by step rather than the prose of the spec, because the two differ in corners
//! (for example, spaces before a placeable that starts an indented line are dropped)
//! and the text must come out exactly as `fluent-bundle` produced it. The method
//! names mirror `fluent-syntax`'s so the two can be read side by side.
//!
//! Split as fluent-syntax is: this file holds entries (comments, messages) and the
//! cursor, `pattern` the text and its dedenting, `expression` what goes inside `{ }`.

mod expression;
mod pattern;

use std::collections::BTreeMap;

use super::error::{CatalogueError, CatalogueProblem};
use super::syntax::{Message, Pattern};

type Parsed<T> = Result<T, CatalogueError>;

/// Parses a whole catalogue into its messages by id.
pub(crate) fn parse(source: &str) -> Parsed<BTreeMap<String, Message>> {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let source = crlf_to_lf(source);
    Parser { source: &source, bytes: source.as_bytes(), ptr: 0 }.resource()
}

/// fluent-syntax treats CRLF almost, but not quite, like LF (blank lines inside a value
/// differ); catalogues are LF, so CRLF is simply read as LF. Written out by hand
/// because `str::replace` with a string pattern costs kilobytes of wasm.
fn crlf_to_lf(source: &str) -> String {
    let mut lf = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(cr) = rest.find('\r') {
        lf.push_str(&rest[..cr]);
        rest = &rest[cr + 1..];
        if !rest.starts_with('\n') {
            lf.push('\r');
        }
    }
    lf.push_str(rest);
    lf
}

/// A cursor over the catalogue's bytes (every token the reader looks for is ASCII, so
/// byte offsets are always on character boundaries).
struct Parser<'s> {
    source: &'s str,
    bytes: &'s [u8],
    ptr: usize,
}

impl<'s> Parser<'s> {
    fn resource(&mut self) -> Parsed<BTreeMap<String, Message>> {
        let mut messages: BTreeMap<String, Message> = BTreeMap::new();
        self.skip_blank_block();
        while self.ptr < self.bytes.len() {
            match self.current() {
                Some(b'#') => self.comment()?,
                Some(b'-') => return self.error(self.ptr, CatalogueProblem::Unsupported("terms (`-name = …`)")),
                _ => {
                    let start = self.ptr;
                    let (id, value) = self.message()?;
                    if let Some(first) = messages.get(&id) {
                        let first_line = first.line;
                        return self.error(start, CatalogueProblem::DuplicateMessage { id, first_line });
                    }
                    messages.insert(id, Message { line: self.line_at(start), value });
                }
            }
            self.skip_blank_block();
        }
        Ok(messages)
    }

    fn comment(&mut self) -> Parsed<()> {
        let start = self.ptr;
        let mut level = 0;
        while level < 3 && self.take(b'#') {
            level += 1;
        }
        if !matches!(self.current(), None | Some(b' ' | b'\n')) {
            return self.error(start, CatalogueProblem::BadComment);
        }
        while !matches!(self.current(), None | Some(b'\n')) {
            self.ptr += 1;
        }
        self.skip_eol();
        Ok(())
    }

    fn message(&mut self) -> Parsed<(String, Pattern)> {
        let start = self.ptr;
        match self.current() {
            Some(b) if b.is_ascii_alphabetic() => {}
            Some(b' ') => return self.error(start, CatalogueProblem::UnexpectedIndent),
            _ => return self.error(start, CatalogueProblem::ExpectedMessageId),
        }
        let id = self.identifier().to_owned();
        self.skip_blank_inline();
        if !self.take(b'=') {
            return self.error(self.ptr, CatalogueProblem::ExpectedEquals(id));
        }
        let value = self.pattern()?;
        self.skip_blank_block();
        let line_start = self.ptr;
        self.skip_blank_inline();
        if self.current() == Some(b'.') {
            return self.error(self.ptr, CatalogueProblem::Unsupported("attributes (`.name = …`)"));
        }
        self.ptr = line_start;
        match value {
            Some(value) => Ok((id, value)),
            None => self.error(start, CatalogueProblem::EmptyMessage(id)),
        }
    }

    /// `[a-zA-Z][a-zA-Z0-9_-]*`; the caller has checked the first letter.
    fn identifier(&mut self) -> &'s str {
        let start = self.ptr;
        self.ptr += 1;
        while self.current().is_some_and(|byte| byte.is_ascii_alphanumeric() || byte == b'-' || byte == b'_') {
            self.ptr += 1;
        }
        &self.source[start..self.ptr]
    }

    fn current(&self) -> Option<u8> {
        self.bytes.get(self.ptr).copied()
    }

    fn byte_at(&self, position: usize) -> Option<u8> {
        self.bytes.get(position).copied()
    }

    fn take(&mut self, byte: u8) -> bool {
        let found = self.current() == Some(byte);
        if found {
            self.ptr += 1;
        }
        found
    }

    fn skip_eol(&mut self) -> bool {
        self.take(b'\n')
    }

    /// Spaces (not tabs: Fluent's only inline blank is U+0020); returns how many.
    fn skip_blank_inline(&mut self) -> usize {
        let start = self.ptr;
        while self.take(b' ') {}
        self.ptr - start
    }

    /// Whole blank lines.
    fn skip_blank_block(&mut self) {
        loop {
            let start = self.ptr;
            self.skip_blank_inline();
            if !self.skip_eol() {
                self.ptr = start;
                return;
            }
        }
    }

    /// Spaces and line ends.
    fn skip_blank(&mut self) {
        while self.take(b' ') || self.take(b'\n') {}
    }

    fn line_at(&self, position: usize) -> usize {
        1 + self.bytes[..position.min(self.bytes.len())].iter().filter(|&&byte| byte == b'\n').count()
    }

    fn error<T>(&self, position: usize, problem: CatalogueProblem) -> Parsed<T> {
        Err(CatalogueError { line: self.line_at(position), problem })
    }
}
