//! Inside `{ }`: variables, string literals, message references and select
//! expressions with their variants and keys.

use super::{Parsed, Parser};
use crate::i18n::error::CatalogueProblem;
use crate::i18n::plural::PluralCategory;
use crate::i18n::syntax::{Expression, Select, Variant, VariantKey};

impl Parser<'_> {
    /// The inside of `{ … }`, from just after the `{` to just after the `}`.
    pub(super) fn placeable(&mut self) -> Parsed<Expression> {
        self.skip_blank();
        let expression = self.inline_expression()?;
        self.skip_blank();
        let expression = if self.current() == Some(b'-') && self.byte_at(self.ptr + 1) == Some(b'>') {
            let Expression::Variable(selector) = expression else {
                return self.error(self.ptr, CatalogueProblem::SelectorNotVariable);
            };
            let arrow = self.ptr;
            self.ptr += 2;
            self.skip_blank_inline();
            if !self.skip_eol() {
                return self.error(self.ptr, CatalogueProblem::Expected("a new line after `->`"));
            }
            self.skip_blank();
            Expression::Select(Select { selector, variants: self.variants(arrow)? })
        } else {
            expression
        };
        self.skip_blank_inline();
        if !self.take(b'}') {
            return self.error(self.ptr, CatalogueProblem::Expected("`}` to close the placeable"));
        }
        Ok(expression)
    }

    fn inline_expression(&mut self) -> Parsed<Expression> {
        let start = self.ptr;
        match self.current() {
            Some(b'"') => self.string_literal().map(Expression::Literal),
            Some(b'$') => {
                self.ptr += 1;
                if !self.current().is_some_and(|byte| byte.is_ascii_alphabetic()) {
                    return self.error(self.ptr, CatalogueProblem::Expected("a variable name after `$`"));
                }
                Ok(Expression::Variable(self.identifier().to_owned()))
            }
            Some(b'-') => self.error(start, CatalogueProblem::Unsupported("terms (`-name`) and negative numbers")),
            Some(byte) if byte.is_ascii_digit() => self.error(start, CatalogueProblem::Unsupported("number literals")),
            Some(byte) if byte.is_ascii_alphabetic() => {
                let id = self.identifier().to_owned();
                self.skip_blank();
                match self.current() {
                    Some(b'(') => self.error(start, CatalogueProblem::Unsupported("functions (`NAME(…)`)")),
                    Some(b'.') => self.error(start, CatalogueProblem::Unsupported("attributes (`.name`)")),
                    _ => Ok(Expression::Message(id)),
                }
            }
            Some(b'{') => self.error(start, CatalogueProblem::Unsupported("nested placeables (`{ { … } }`)")),
            _ => self
                .error(start, CatalogueProblem::Expected("a `$variable`, a message id or a \"string\" inside `{ }`")),
        }
    }

    /// `"…"` with `\\`, `\"`, `\uXXXX` and `\UXXXXXX` decoded.
    fn string_literal(&mut self) -> Parsed<String> {
        self.ptr += 1;
        let mut value = String::new();
        let mut run_start = self.ptr;
        loop {
            match self.current() {
                None | Some(b'\n') => return self.error(self.ptr, CatalogueProblem::UnterminatedString),
                Some(b'"') => {
                    value.push_str(&self.source[run_start..self.ptr]);
                    self.ptr += 1;
                    return Ok(value);
                }
                Some(b'\\') => {
                    value.push_str(&self.source[run_start..self.ptr]);
                    let escape = self.ptr;
                    self.ptr += 1;
                    let decoded = match self.current() {
                        Some(byte @ (b'\\' | b'"')) => {
                            self.ptr += 1;
                            Some(char::from(byte))
                        }
                        Some(b'u') => self.unicode_escape(4),
                        Some(b'U') => self.unicode_escape(6),
                        _ => None,
                    };
                    let Some(decoded) = decoded else { return self.error(escape, CatalogueProblem::BadEscape) };
                    value.push(decoded);
                    run_start = self.ptr;
                }
                Some(_) => self.ptr += 1,
            }
        }
    }

    /// The `digits` hex digits after `\u` or `\U` (the pointer is on the letter). A
    /// code point that is not a character becomes U+FFFD, as in fluent-syntax.
    fn unicode_escape(&mut self, digits: usize) -> Option<char> {
        let hex = self.source.get(self.ptr + 1..self.ptr + 1 + digits)?;
        // At most six hex digits, so no overflow.
        let code = hex.chars().try_fold(0, |code, digit| Some(code * 16 + digit.to_digit(16)?))?;
        self.ptr += 1 + digits;
        Some(char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER))
    }

    /// The variants after `->` and its line end, up to (not including) the closing `}`.
    fn variants(&mut self, arrow: usize) -> Parsed<Vec<Variant>> {
        let mut variants: Vec<Variant> = Vec::new();
        let mut category_seen = false;
        loop {
            let star = self.ptr;
            let default = self.take(b'*');
            if default && variants.iter().any(|variant| variant.default) {
                return self.error(star, CatalogueProblem::MultipleDefaults);
            }
            if !self.take(b'[') {
                if default {
                    return self.error(self.ptr, CatalogueProblem::Expected("`[` after `*`"));
                }
                break;
            }
            let key_start = self.ptr;
            let key = self.variant_key()?;
            match &key {
                VariantKey::Number(number) if category_seen => {
                    return self.error(key_start, CatalogueProblem::NumberAfterCategory(*number));
                }
                VariantKey::Number(_) => {}
                VariantKey::Name(name) => category_seen |= PluralCategory::from_key(name).is_some(),
            }
            let value_start = self.ptr;
            let Some(value) = self.pattern()? else {
                return self.error(value_start, CatalogueProblem::EmptyVariant);
            };
            variants.push(Variant { key, value, default });
            self.skip_blank();
        }
        if !variants.iter().any(|variant| variant.default) {
            return self.error(arrow, CatalogueProblem::MissingDefault);
        }
        Ok(variants)
    }

    /// `name]` or `123]` (the `[` already taken).
    fn variant_key(&mut self) -> Parsed<VariantKey> {
        self.skip_blank();
        let start = self.ptr;
        let key = match self.current() {
            Some(byte) if byte.is_ascii_alphabetic() => VariantKey::Name(self.identifier().to_owned()),
            Some(byte) if byte.is_ascii_digit() => {
                // By hand rather than `str::parse`, which costs more wasm than this.
                let mut number = Some(0_u64);
                while let Some(digit) = self.current().filter(u8::is_ascii_digit) {
                    number = number.and_then(|number| number.checked_mul(10)?.checked_add(u64::from(digit - b'0')));
                    self.ptr += 1;
                }
                match number {
                    Some(number) if self.current() != Some(b'.') => VariantKey::Number(number),
                    _ => return self.error(start, CatalogueProblem::BadVariantKey),
                }
            }
            _ => return self.error(start, CatalogueProblem::BadVariantKey),
        };
        self.skip_blank();
        if !self.take(b']') {
            return self.error(self.ptr, CatalogueProblem::Expected("`]` after the variant key"));
        }
        Ok(key)
    }
}
