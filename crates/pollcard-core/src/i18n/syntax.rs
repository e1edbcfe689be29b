//! The parsed form of a catalogue message: the part of Fluent's syntax tree that
//! Pollcard's catalogues use. Built by [`super::ftl_parser`], read by
//! [`super::catalogue`] when a message is formatted.

/// A message, as read from its catalogue.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Message {
    /// Where it starts (1-based), for error messages.
    pub line: usize,
    pub value: Pattern,
}

/// A message's value, or a variant's: text and placeables in order.
pub(crate) type Pattern = Vec<Element>;

/// One piece of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Element {
    /// Literal text, already dedented and trimmed the way Fluent does.
    Text(String),
    /// Something inside `{ }`.
    Placeable(Expression),
}

/// What a placeable holds.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Expression {
    /// `{ $name }`: an argument given by the caller.
    Variable(String),
    /// `{ "text" }`, with its escapes already decoded.
    Literal(String),
    /// `{ message-id }`: another message's value.
    Message(String),
    /// `{ $name -> [key] … *[other] … }`.
    Select(Select),
}

/// A select expression: the first variant whose key matches the argument, else the
/// default one.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Select {
    /// The argument that chooses (only variables can select in this reader).
    pub selector: String,
    /// In source order, which is the order they are tried in.
    pub variants: Vec<Variant>,
}

/// One `[key] value` line (or block) of a select expression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Variant {
    pub key: VariantKey,
    pub value: Pattern,
    /// Marked `*[…]`: chosen when no key matches. Exactly one per select.
    pub default: bool,
}

/// A variant key: `[few]`, `[is_temporary]` or `[0]`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum VariantKey {
    /// A name: a plural category for numbers, or the exact value for strings.
    Name(String),
    /// A whole number, matched exactly.
    Number(u64),
}
