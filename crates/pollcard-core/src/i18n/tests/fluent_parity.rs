//! Every message, formatted by this reader and by `fluent-bundle` 0.16 (what the app
//! used before) with the same arguments, must give the same text and the same number
//! of errors. Isolation marks are off in both, as they were in the app.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

use super::parser::TRICKY;
use super::{real_catalogue, real_source, variable_use};
use crate::i18n::{Arg, Catalogue};
use crate::model::Language;

/// The numbers every variable is tried with: each Welsh category, English's one and
/// other, and numbers on either side of them.
const NUMBERS: [u64; 9] = [0, 1, 2, 3, 4, 6, 7, 11, 100];

/// fluent-bundle, set up as the app set it up.
struct Reference {
    bundle: FluentBundle<FluentResource>,
    entries: usize,
}

impl Reference {
    fn new(language: Language, source: &str) -> Reference {
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("fluent-syntax rejects the source: {errors:?}"));
        let entries = resource.entries().count();
        let locale = language.code().parse().expect("a valid language code");
        let mut bundle = FluentBundle::new(vec![locale]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).unwrap_or_else(|errors| panic!("fluent-bundle rejects the source: {errors:?}"));
        Reference { bundle, entries }
    }

    /// The text and the number of errors, as fluent-bundle formats them.
    fn format(&self, id: &str, args: &[(&str, Arg)]) -> Option<(String, usize)> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Str(text) => FluentValue::from(text.clone()),
                Arg::Number(number) => FluentValue::from(*number),
            };
            fluent_args.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned();
        Some((text, errors.len()))
    }
}

/// Every combination of values for the message's variables (each one's variant keys,
/// two strings, and [`NUMBERS`]), then each variable left out in turn.
fn argument_sets<'c>(catalogue: &'c Catalogue, id: &str) -> Vec<Vec<(&'c str, Arg)>> {
    let variables: Vec<&str> = catalogue.variables(id).expect("the message exists").into_iter().collect();
    let pattern = catalogue.pattern(id).expect("the message exists");
    let mut sets: Vec<Vec<(&str, Arg)>> = vec![Vec::new()];
    for &variable in &variables {
        let mut values: Vec<Arg> = variable_use(pattern, variable).keys.into_iter().map(Arg::Str).collect();
        values.extend(["AA1 1AB", ""].map(Arg::from));
        values.extend(NUMBERS.map(Arg::Number));
        sets = sets
            .into_iter()
            .flat_map(|set| {
                values.iter().map(move |value| {
                    let mut set = set.clone();
                    set.push((variable, value.clone()));
                    set
                })
            })
            .collect();
    }
    let first = sets[0].clone();
    for variable in &variables {
        sets.push(first.iter().filter(|(name, _)| name != variable).cloned().collect());
    }
    sets
}

/// Formats every message of `source` both ways; returns how many comparisons were made.
fn assert_same_as_fluent(language: Language, source: &str) -> usize {
    let ours = Catalogue::parse(language, source).unwrap_or_else(|error| panic!("{error}"));
    let reference = Reference::new(language, source);
    assert_eq!(ours.ids().count(), reference.entries, "both read the same number of messages");
    let mut compared = 0;
    for id in ours.ids() {
        for args in argument_sets(&ours, id) {
            let expected = reference.format(id, &args).unwrap_or_else(|| panic!("fluent-bundle lacks {id}"));
            let actual = ours.format_reporting(id, &args).expect("the message exists");
            assert_eq!(
                (&actual.text, actual.errors.len()),
                (&expected.0, expected.1),
                "{} {id} with {args:?} (ours: {:?})",
                language.code(),
                actual.errors
            );
            compared += 1;
        }
    }
    compared
}

#[test]
fn every_real_message_formats_exactly_as_fluent_bundle_does() {
    for language in Language::ALL {
        let compared = assert_same_as_fluent(language, real_source(language));
        let messages = real_catalogue(language).ids().count();
        // clock-time alone has three variables, so far more than one set per message.
        assert!(compared > messages * 10, "{}: only {compared} comparisons", language.code());
    }
}

#[test]
fn tricky_syntax_formats_exactly_as_fluent_bundle_does_in_both_languages() {
    for language in Language::ALL {
        assert!(assert_same_as_fluent(language, TRICKY) > 100);
    }
}

#[test]
fn argument_sets_cover_keys_numbers_and_missing_variables() {
    let catalogue = real_catalogue(Language::Cy);
    let sets = argument_sets(&catalogue, "availability");
    let has = |state: &str, feature: &str| {
        sets.iter()
            .any(|set| set.contains(&("state", Arg::from(state))) && set.contains(&("feature", Arg::from(feature))))
    };
    assert!(has("yes", "is_temporary") && has("no", "other") && has("unknown", "AA1 1AB"));
    assert!(sets.iter().any(|set| set.iter().all(|(name, _)| *name != "state")));
    assert!(sets.iter().any(|set| set.contains(&("state", Arg::Number(6)))));
}
