//! What can go wrong reading a catalogue (with the line to look at) or formatting a
//! message from it.

use thiserror::Error;

/// A catalogue that cannot be used, and the line to fix. The reader stops at the first
/// problem rather than skipping the entry, so no message ever goes missing quietly.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("line {line}: {problem}")]
pub struct CatalogueError {
    /// 1-based line number in the catalogue.
    pub line: usize,
    pub problem: CatalogueProblem,
}

/// What is wrong on a catalogue line.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum CatalogueProblem {
    #[error("expected a message id (a letter, then letters, digits, `-` or `_`)")]
    ExpectedMessageId,
    #[error("this line is indented but does not continue a message's value")]
    UnexpectedIndent,
    #[error("expected `=` after the message id `{0}`")]
    ExpectedEquals(String),
    #[error("message `{0}` has no value")]
    EmptyMessage(String),
    #[error("message `{id}` is defined twice (first on line {first_line})")]
    DuplicateMessage { id: String, first_line: usize },
    #[error("a comment starts with `#`, `##` or `###` and then a space")]
    BadComment,
    #[error("`}}` in text closes nothing (write {{ \"}}\" }} for a literal brace)")]
    UnbalancedBrace,
    #[error("expected {0}")]
    Expected(&'static str),
    #[error("{0} are not supported by Pollcard's catalogue reader")]
    Unsupported(&'static str),
    #[error("only a `$variable` can choose a variant")]
    SelectorNotVariable,
    #[error("a variant key is a name or a whole number, like [one] or [0]")]
    BadVariantKey,
    #[error("a select expression has more than one default variant `*[…]`")]
    MultipleDefaults,
    #[error("a select expression needs one default variant, marked `*[…]`")]
    MissingDefault,
    #[error("a variant has no value")]
    EmptyVariant,
    // Fluent tries variants in source order, so `[1]` after `[one]` would never be
    // chosen for 1; requiring numbers first makes an exact number always win.
    #[error("the exact-number variant [{0}] must come before the plural-category variants")]
    NumberAfterCategory(u64),
    #[error("a string literal ends before its closing `\"`")]
    UnterminatedString,
    #[error("unknown escape in a string literal (use \\\\, \\\", \\uXXXX or \\UXXXXXX)")]
    BadEscape,
}

/// A problem met while formatting a message. The text is still produced, marked the
/// way Fluent marks it (an unknown variable shows as `{$name}`); these are for tests
/// and review, never for voters.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum FormatError {
    #[error("no argument `${0}` was given")]
    UnknownVariable(String),
    #[error("no message `{0}` to refer to")]
    UnknownMessage(String),
    #[error("message `{0}` refers back to itself")]
    Cyclic(String),
    #[error("more than {0} placeables in one message; the rest were left out")]
    TooManyPlaceables(usize),
}
