//! Text: a message's or variant's value, with fluent-syntax's rules for continuation
//! lines, common indentation, blank lines and trailing blanks.

use super::{Parsed, Parser};
use crate::i18n::error::CatalogueProblem;
use crate::i18n::syntax::{Element, Expression, Pattern};

/// Where a text run sits, which decides how it is dedented.
#[derive(Clone, Copy, PartialEq)]
enum Role {
    /// Straight after `=` or `]`, on the same line: never dedented.
    InitialLineStart,
    /// At the start of a continuation line.
    LineStart,
    /// After a placeable, on the same line.
    Continuation,
}

#[derive(Clone, Copy, PartialEq)]
enum Termination {
    LineFeed,
    PlaceableStart,
    Eof,
}

/// A pattern element before dedenting: text is kept as source offsets until the
/// common indent of the whole pattern is known.
enum Placeholder {
    Placeable(Expression),
    Text { start: usize, end: usize, indent: usize, role: Role },
}

impl Parser<'_> {
    /// A message's or variant's value (fluent-syntax `get_pattern`), or `None` if there
    /// is no text at all.
    pub(super) fn pattern(&mut self) -> Parsed<Option<Pattern>> {
        let mut elements = Vec::new();
        let mut last_non_blank = None;
        let mut common_indent: Option<usize> = None;

        self.skip_blank_inline();
        let mut role = if self.skip_eol() {
            self.skip_blank_block();
            Role::LineStart
        } else {
            Role::InitialLineStart
        };

        while self.ptr < self.bytes.len() {
            if self.take(b'{') {
                if role == Role::LineStart {
                    common_indent = Some(0);
                }
                let expression = self.placeable()?;
                last_non_blank = Some(elements.len());
                elements.push(Placeholder::Placeable(expression));
                role = Role::Continuation;
                continue;
            }
            let slice_start = self.ptr;
            let mut indent = 0;
            if role == Role::LineStart {
                indent = self.skip_blank_inline();
                match self.current() {
                    None => break,
                    // An unindented line ends the value, unless it is blank.
                    Some(byte) if indent == 0 => {
                        if byte != b'\n' {
                            break;
                        }
                    }
                    // Indented lines continue it, except those that start a variant,
                    // an attribute or close the placeable.
                    Some(b'.' | b'}' | b'[' | b'*') => {
                        self.ptr = slice_start;
                        break;
                    }
                    Some(_) => {}
                }
            }
            let (start, end, blank, termination) = self.text_slice()?;
            if start != end {
                if role == Role::LineStart && !blank {
                    common_indent = Some(common_indent.map_or(indent, |common| common.min(indent)));
                }
                if role != Role::LineStart || !blank || termination == Termination::LineFeed {
                    if !blank {
                        last_non_blank = Some(elements.len());
                    }
                    elements.push(Placeholder::Text { start: slice_start, end, indent, role });
                }
            }
            role = match termination {
                Termination::LineFeed => Role::LineStart,
                Termination::PlaceableStart | Termination::Eof => Role::Continuation,
            };
        }

        let Some(last_non_blank) = last_non_blank else { return Ok(None) };
        elements.truncate(last_non_blank + 1);
        let pattern = elements
            .into_iter()
            .enumerate()
            .map(|(index, element)| match element {
                Placeholder::Placeable(expression) => Element::Placeable(expression),
                Placeholder::Text { start, end, indent, role } => {
                    let start = match role {
                        Role::LineStart => start + common_indent.map_or(indent, |common| common.min(indent)),
                        Role::InitialLineStart | Role::Continuation => start,
                    };
                    let mut text = &self.source[start..end];
                    if index == last_non_blank {
                        text = text.trim_end_matches([' ', '\r', '\n']);
                    }
                    Element::Text(text.to_owned())
                }
            })
            .collect();
        Ok(Some(pattern))
    }

    /// Text up to the end of the line or the next placeable: (start, end, only spaces?,
    /// what ended it). A `}` in text is an error.
    fn text_slice(&mut self) -> Parsed<(usize, usize, bool, Termination)> {
        let start = self.ptr;
        let rest = &self.bytes[start..];
        let blank = |text: &[u8]| text.iter().all(|&byte| byte == b' ');
        match rest.iter().position(|&byte| matches!(byte, b'\n' | b'{' | b'}')) {
            None => {
                self.ptr = self.bytes.len();
                Ok((start, self.ptr, blank(rest), Termination::Eof))
            }
            Some(end) => {
                let text = &rest[..end];
                match rest[end] {
                    b'\n' => {
                        self.ptr = start + end + 1;
                        Ok((start, self.ptr, blank(text), Termination::LineFeed))
                    }
                    b'{' => {
                        self.ptr = start + end;
                        Ok((start, self.ptr, blank(text), Termination::PlaceableStart))
                    }
                    _ => self.error(start + end, CatalogueProblem::UnbalancedBrace),
                }
            }
        }
    }
}
