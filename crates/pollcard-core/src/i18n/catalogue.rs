//! One language's catalogue: parsed once, then asked for messages by id with named
//! arguments. Formatting follows `fluent-bundle` 0.16 with Unicode isolation off
//! (the app never used the FSI/PDI marks: they would end up in page titles).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::error::{CatalogueError, FormatError};
use super::ftl_parser;
use super::plural::plural_category;
use super::syntax::{Element, Expression, Message, Pattern, Select, Variant, VariantKey};
use crate::model::Language;

/// As in fluent-bundle: a bound on the work one message can cause through references.
const MAX_PLACEABLES: usize = 100;

/// An argument for a message: text, or a whole number (which selects plural variants
/// and is written in plain digits, as fluent-bundle writes it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Number(u64),
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Str(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Str(text)
    }
}

macro_rules! arg_from_unsigned {
    ($($number:ty),*) => {$(
        impl From<$number> for Arg {
            fn from(number: $number) -> Arg {
                // Lossless: usize is at most 64 bits on every target Rust supports.
                Arg::Number(number as u64)
            }
        }
    )*};
}
arg_from_unsigned!(u8, u16, u32, u64, usize);

/// A formatted message and anything that went wrong making it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Formatted {
    pub text: String,
    pub errors: Vec<FormatError>,
}

/// One language's messages.
///
/// ```
/// use pollcard_core::i18n::{Arg, Catalogue};
/// use pollcard_core::model::Language;
///
/// let source = "found = { $count ->\n    [one] One address\n   *[other] { $count } addresses\n}\n";
/// let catalogue = Catalogue::parse(Language::En, source)?;
/// assert_eq!(catalogue.format("found", &[("count", Arg::from(3_u32))]).as_deref(), Some("3 addresses"));
/// # Ok::<(), pollcard_core::i18n::CatalogueError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Catalogue {
    language: Language,
    messages: BTreeMap<String, Message>,
}

impl Catalogue {
    /// Reads Fluent source. The first problem found is an error naming its line.
    pub fn parse(language: Language, source: &str) -> Result<Catalogue, CatalogueError> {
        Ok(Catalogue { language, messages: ftl_parser::parse(source)? })
    }

    /// The language whose plural rules this catalogue uses.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether the catalogue has a message `id`.
    pub fn has_message(&self, id: &str) -> bool {
        self.messages.contains_key(id)
    }

    /// Every message id, in alphabetical order.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.messages.keys().map(String::as_str)
    }

    /// The variables message `id` uses, including through the messages it refers to.
    pub fn variables(&self, id: &str) -> Option<BTreeSet<&str>> {
        let mut variables = BTreeSet::new();
        let mut visited = BTreeSet::new();
        let (id, message) = self.messages.get_key_value(id)?;
        self.collect_variables(id, &message.value, &mut variables, &mut visited);
        Some(variables)
    }

    fn collect_variables<'c>(
        &'c self,
        id: &'c str,
        pattern: &'c Pattern,
        variables: &mut BTreeSet<&'c str>,
        visited: &mut BTreeSet<&'c str>,
    ) {
        if !visited.insert(id) {
            return;
        }
        let mut stack: Vec<&Pattern> = vec![pattern];
        while let Some(pattern) = stack.pop() {
            for element in pattern {
                match element {
                    Element::Text(_) | Element::Placeable(Expression::Literal(_)) => {}
                    Element::Placeable(Expression::Variable(name)) => {
                        variables.insert(name);
                    }
                    Element::Placeable(Expression::Message(other)) => {
                        if let Some((other, message)) = self.messages.get_key_value(other) {
                            self.collect_variables(other, &message.value, variables, visited);
                        }
                    }
                    Element::Placeable(Expression::Select(select)) => {
                        variables.insert(&select.selector);
                        stack.extend(select.variants.iter().map(|variant| &variant.value));
                    }
                }
            }
        }
    }

    /// The parsed value of message `id`, for tests that walk it.
    #[cfg(test)]
    pub(crate) fn pattern(&self, id: &str) -> Option<&Pattern> {
        self.messages.get(id).map(|message| &message.value)
    }

    /// The message `id` with `args`, or `None` if there is no such message. A missing
    /// argument shows as `{$name}`, as in Fluent.
    pub fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.format_reporting(id, args).map(|formatted| formatted.text)
    }

    /// Like [`Catalogue::format`], also listing what went wrong (for tests and review).
    pub fn format_reporting(&self, id: &str, args: &[(&str, Arg)]) -> Option<Formatted> {
        let (id, message) = self.messages.get_key_value(id)?;
        let mut resolver =
            Resolver { catalogue: self, args, visiting: vec![id.as_str()], placeables: 0, errors: Vec::new() };
        let mut text = String::new();
        resolver.write_pattern(&message.value, &mut text);
        Some(Formatted { text, errors: resolver.errors })
    }
}

/// The state of one `format` call.
struct Resolver<'c, 'a> {
    catalogue: &'c Catalogue,
    args: &'a [(&'a str, Arg)],
    /// Messages being written, to stop a reference loop.
    visiting: Vec<&'c str>,
    placeables: usize,
    errors: Vec<FormatError>,
}

impl<'c, 'a> Resolver<'c, 'a> {
    fn write_pattern(&mut self, pattern: &'c Pattern, out: &mut String) {
        for element in pattern {
            match element {
                Element::Text(text) => out.push_str(text),
                Element::Placeable(expression) => {
                    self.placeables += 1;
                    if self.placeables > MAX_PLACEABLES {
                        if self.placeables == MAX_PLACEABLES + 1 {
                            self.errors.push(FormatError::TooManyPlaceables(MAX_PLACEABLES));
                        }
                        return;
                    }
                    self.write_expression(expression, out);
                }
            }
        }
    }

    fn write_expression(&mut self, expression: &'c Expression, out: &mut String) {
        match expression {
            Expression::Literal(text) => out.push_str(text),
            Expression::Variable(name) => match self.arg(name) {
                Some(Arg::Str(text)) => out.push_str(text),
                Some(Arg::Number(number)) => {
                    // Writing to a String cannot fail.
                    let _ = write!(out, "{number}");
                }
                None => {
                    self.errors.push(FormatError::UnknownVariable(name.clone()));
                    out.push_str("{$");
                    out.push_str(name);
                    out.push('}');
                }
            },
            Expression::Message(id) => self.write_reference(id, out),
            Expression::Select(select) => {
                if let Some(variant) = self.choose(select) {
                    self.write_pattern(&variant.value, out);
                }
            }
        }
    }

    fn write_reference(&mut self, id: &'c str, out: &mut String) {
        let problem = if self.visiting.contains(&id) {
            FormatError::Cyclic(id.to_owned())
        } else if let Some(message) = self.catalogue.messages.get(id) {
            self.visiting.push(id);
            self.write_pattern(&message.value, out);
            self.visiting.pop();
            return;
        } else {
            FormatError::UnknownMessage(id.to_owned())
        };
        self.errors.push(problem);
        out.push('{');
        out.push_str(id);
        out.push('}');
    }

    /// The first variant whose key matches, else the default (fluent-bundle's order).
    fn choose(&mut self, select: &'c Select) -> Option<&'c Variant> {
        match self.arg(&select.selector) {
            Some(value) => {
                if let Some(variant) = select.variants.iter().find(|variant| self.matches(&variant.key, value)) {
                    return Some(variant);
                }
            }
            None => self.errors.push(FormatError::UnknownVariable(select.selector.clone())),
        }
        select.variants.iter().find(|variant| variant.default)
    }

    fn matches(&self, key: &VariantKey, value: &Arg) -> bool {
        match (key, value) {
            (VariantKey::Name(name), Arg::Str(text)) => name == text,
            (VariantKey::Name(name), Arg::Number(number)) => {
                plural_category(self.catalogue.language, *number).key() == name
            }
            (VariantKey::Number(key), Arg::Number(number)) => key == number,
            (VariantKey::Number(_), Arg::Str(_)) => false,
        }
    }

    /// The argument `name`; the last one given wins, as with `FluentArgs::set`.
    fn arg(&self, name: &str) -> Option<&'a Arg> {
        self.args.iter().rev().find(|(given, _)| *given == name).map(|(_, value)| value)
    }
}
