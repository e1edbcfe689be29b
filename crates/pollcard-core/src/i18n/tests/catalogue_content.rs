//! What the real catalogues say: the same messages and arguments in both languages,
//! text for every accessibility feature, and the Welsh grammar the catalogues carry.

use std::collections::BTreeSet;

use super::{real_catalogue, variable_use};
use crate::i18n::{Arg, Catalogue};
use crate::model::{AccessibilityFeature, Language};

/// Variables a language may use without the others: ones that only choose a
/// grammatical form that other languages do not have.
const GRAMMAR_ONLY: [(&str, &str); 1] = [
    // Welsh answers agree with the implied question (Oes / Ydy); English has just Yes.
    ("availability", "feature"),
];

fn message(catalogue: &Catalogue, id: &str, args: &[(&str, Arg)]) -> String {
    let formatted = catalogue.format_reporting(id, args).unwrap_or_else(|| panic!("missing {id}"));
    assert!(formatted.errors.is_empty(), "{id}: {:?}", formatted.errors);
    formatted.text
}

#[test]
fn both_catalogues_have_the_same_messages_and_variables() {
    let (en, cy) = (real_catalogue(Language::En), real_catalogue(Language::Cy));
    let en_ids: Vec<&str> = en.ids().collect();
    assert!(en_ids.len() > 50, "English catalogue looks truncated: {} messages", en_ids.len());
    assert_eq!(en_ids, cy.ids().collect::<Vec<_>>());
    for id in en_ids {
        let (en_variables, cy_variables) = (en.variables(id), cy.variables(id));
        let (en_variables, cy_variables) = (en_variables.unwrap_or_default(), cy_variables.unwrap_or_default());
        for (catalogue, own, other) in [(&en, &en_variables, &cy_variables), (&cy, &cy_variables, &en_variables)] {
            for &variable in own.difference(other) {
                assert!(
                    GRAMMAR_ONLY.contains(&(id, variable)),
                    "{id}: ${variable} is only in {}.ftl",
                    catalogue.language().code()
                );
                let pattern = catalogue.pattern(id).expect("present");
                let used = variable_use(pattern, variable);
                assert!(used.selects && !used.shown, "{id}: ${variable} must only choose grammar");
            }
        }
    }
    // The exception list names real differences only.
    for (id, variable) in GRAMMAR_ONLY {
        let has = |catalogue: &Catalogue| catalogue.variables(id).unwrap_or_default().contains(variable);
        assert_ne!(has(&en), has(&cy), "{id} ${variable} is no longer an exception");
    }
}

#[test]
fn every_feature_has_text() {
    for language in Language::ALL {
        let catalogue = real_catalogue(language);
        for feature in AccessibilityFeature::ALL {
            let id = format!("feature-{}", feature.key());
            assert!(!message(&catalogue, &id, &[]).is_empty(), "{language:?} lacks {id}");
        }
    }
}

#[test]
fn every_postcode_error_code_has_text() {
    use crate::postcode::PostcodeError as E;
    let errors =
        [E::Empty, E::InvalidCharacter('!'), E::TooShort, E::TooLong, E::InvalidInwardCode, E::InvalidOutwardCode];
    for language in Language::ALL {
        let catalogue = real_catalogue(language);
        let texts: BTreeSet<String> = errors
            .iter()
            .map(|error| message(&catalogue, "error-postcode", &[("code", error.code().into())]))
            .collect();
        // "Enter a postcode" for an empty field, one sentence for everything else.
        assert_eq!(texts.len(), 2, "{language:?}: {texts:?}");
    }
}

#[test]
fn welsh_plurals_use_all_six_forms() {
    let found = |catalogue: &Catalogue, count: u64| {
        message(catalogue, "choose-address-found", &[("count", count.into()), ("postcode", "AA1 1AB".into())])
    };
    let cy = real_catalogue(Language::Cy);
    // zero, one, two, few, many, other — and two more "other"s.
    let expected = [
        (0, "unrhyw gyfeiriad"),
        (1, "1 cyfeiriad"),
        (2, "2 gyfeiriad"),
        (3, "3 chyfeiriad"),
        (6, "6 chyfeiriad"),
        (4, "4 cyfeiriad"),
        (5, "5 cyfeiriad"),
        (11, "11 cyfeiriad"),
    ];
    for (count, words) in expected {
        let text = found(&cy, count);
        assert!(text.contains(words) && text.ends_with("ar gyfer AA1 1AB."), "{count}: {text}");
    }
    let en = real_catalogue(Language::En);
    assert_eq!(found(&en, 1), "We found 1 address for AA1 1AB.");
    assert_eq!(found(&en, 3), "We found 3 addresses for AA1 1AB.");
}

#[test]
fn answers_agree_with_the_question_in_welsh() {
    let cy = real_catalogue(Language::Cy);
    let answer = |feature: &str, state: &str| {
        message(&cy, "availability", &[("feature", feature.into()), ("state", state.into())])
    };
    assert_eq!(answer("level_access", "yes"), "Oes");
    assert_eq!(answer("level_access", "no"), "Nac oes");
    assert_eq!(answer("is_temporary", "yes"), "Ydy");
    assert_eq!(answer("is_temporary", "no"), "Nac ydy");
    assert_eq!(answer("seating", "unknown"), "Ddim yn hysbys");
    let en = real_catalogue(Language::En);
    let answer = |state: &str| message(&en, "availability", &[("feature", "seating".into()), ("state", state.into())]);
    assert_eq!((answer("yes"), answer("no"), answer("unknown")), ("Yes".into(), "No".into(), "Not known".into()));
}

#[test]
fn clock_times() {
    let (en, cy) = (real_catalogue(Language::En), real_catalogue(Language::Cy));
    let time = |catalogue: &Catalogue, minutes: Option<&str>| {
        let minutes = Arg::from(minutes.unwrap_or("none"));
        message(catalogue, "clock-time", &[("hour", 7_u16.into()), ("minutes", minutes), ("period", "pm".into())])
    };
    assert_eq!(time(&en, None), "7pm");
    assert_eq!(time(&en, Some("30")), "7:30pm");
    assert_eq!(time(&cy, None), "7yh");
    assert_eq!(time(&cy, Some("05")), "7:05yh");
}
