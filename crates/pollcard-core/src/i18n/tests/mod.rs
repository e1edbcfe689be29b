//! Tests of the catalogue reader: tricky syntax and line-numbered errors, the real
//! catalogues' contents, and output identical to `fluent-bundle` for every message.

mod catalogue_content;
mod fluent_parity;
mod parser;

use super::syntax::{Element, Expression, Pattern, VariantKey};
use super::Catalogue;
use crate::model::Language;

/// The catalogue the app ships for `language`, as text.
pub(super) fn real_source(language: Language) -> &'static str {
    match language {
        Language::En => include_str!("../../../../../public/i18n/en.ftl"),
        Language::Cy => include_str!("../../../../../public/i18n/cy.ftl"),
    }
}

/// The catalogue the app ships for `language`, parsed.
pub(super) fn real_catalogue(language: Language) -> Catalogue {
    Catalogue::parse(language, real_source(language)).unwrap_or_else(|error| panic!("{}.ftl {error}", language.code()))
}

/// How a message uses a variable.
#[derive(Default)]
pub(super) struct VariableUse {
    /// Written into the text somewhere.
    pub shown: bool,
    /// Chooses a variant somewhere.
    pub selects: bool,
    /// The name keys of the variants it chooses between.
    pub keys: Vec<String>,
}

/// How `pattern` (not counting messages it refers to) uses `variable`.
pub(super) fn variable_use(pattern: &Pattern, variable: &str) -> VariableUse {
    let mut found = VariableUse::default();
    let mut stack = vec![pattern];
    while let Some(pattern) = stack.pop() {
        for element in pattern {
            match element {
                Element::Placeable(Expression::Variable(name)) if name == variable => found.shown = true,
                Element::Placeable(Expression::Select(select)) => {
                    if select.selector == variable {
                        found.selects = true;
                        for variant in &select.variants {
                            if let VariantKey::Name(key) = &variant.key {
                                found.keys.push(key.clone());
                            }
                        }
                    }
                    stack.extend(select.variants.iter().map(|variant| &variant.value));
                }
                _ => {}
            }
        }
    }
    found
}
