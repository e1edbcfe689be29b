//! Translations: Fluent catalogues (`public/i18n/<language>.ftl`) read by a small
//! reader of the Fluent subset they use, and CLDR plural rules for English and Welsh.
//!
//! The app ships catalogues as data and this reader as code instead of `fluent-bundle`,
//! which cost about 50 KB of the gzipped wasm (the reader costs about 5 KB). To keep
//! the text identical, the tests format every message of both real catalogues with
//! `fluent-bundle` and with this reader for a spread of arguments and require the same
//! output, and check the plural rules against `intl_pluralrules` (CLDR's data).
//!
//! - [`Catalogue`]: parse a catalogue, then `format(id, &[("name", Arg::from(…))])`.
//! - [`plural_category`]: CLDR cardinal rules for whole numbers.
//!
//! What the reader accepts: `#`/`##`/`###` comments, `id = value` messages with
//! multiline values, `{ $variable }`, `{ "string literal" }`, `{ message-id }`, and
//! `{ $variable -> [key] … *[default] … }` selects (keys are plural categories, exact
//! whole numbers, or strings, nested as deep as needed). Terms, attributes, functions
//! and number literals are errors with a line number, so a catalogue never loses a
//! message quietly.
//!
//! Variants are tried in file order, as `fluent-bundle` does; an exact number such as
//! `[0]` must come before the plural categories so that it always wins.

mod catalogue;
mod error;
mod ftl_parser;
mod plural;
mod syntax;

#[cfg(test)]
mod tests;

pub use catalogue::{Arg, Catalogue, Formatted};
pub use error::{CatalogueError, CatalogueProblem, FormatError};
pub use plural::{plural_category, PluralCategory};
