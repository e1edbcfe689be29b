//! CLDR cardinal plural rules for the languages Pollcard speaks, for whole numbers.
//!
//! Only whole numbers ever reach a catalogue (counts, hours), so the rules are the
//! integer part of CLDR's: English `one: i = 1 and v = 0`, Welsh `zero: n = 0`,
//! `one: n = 1`, `two: n = 2`, `few: n = 3`, `many: n = 6`. The tests compare every
//! number from 0 to 1000 with the `intl_pluralrules` crate (CLDR's data) so that a
//! slip here cannot hide.

use crate::model::Language;

/// A CLDR plural category: the names a Fluent variant key can use to match a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    /// Every category, in CLDR's order.
    pub const ALL: [PluralCategory; 6] = [
        PluralCategory::Zero,
        PluralCategory::One,
        PluralCategory::Two,
        PluralCategory::Few,
        PluralCategory::Many,
        PluralCategory::Other,
    ];

    /// The name used for this category in Fluent variant keys (`[few]`).
    pub fn key(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    /// The category a variant key names, if it names one.
    pub fn from_key(key: &str) -> Option<PluralCategory> {
        PluralCategory::ALL.into_iter().find(|category| category.key() == key)
    }
}

/// The plural category of the whole number `n` in `language` (CLDR cardinal rules).
///
/// ```
/// use pollcard_core::i18n::{plural_category, PluralCategory};
/// use pollcard_core::model::Language;
///
/// assert_eq!(plural_category(Language::En, 1), PluralCategory::One);
/// assert_eq!(plural_category(Language::Cy, 6), PluralCategory::Many);
/// assert_eq!(plural_category(Language::Cy, 11), PluralCategory::Other);
/// ```
pub fn plural_category(language: Language, n: u64) -> PluralCategory {
    match (language, n) {
        (Language::En, 1) => PluralCategory::One,
        (Language::En, _) => PluralCategory::Other,
        (Language::Cy, 0) => PluralCategory::Zero,
        (Language::Cy, 1) => PluralCategory::One,
        (Language::Cy, 2) => PluralCategory::Two,
        (Language::Cy, 3) => PluralCategory::Few,
        (Language::Cy, 6) => PluralCategory::Many,
        (Language::Cy, _) => PluralCategory::Other,
    }
}

#[cfg(test)]
mod tests {
    use intl_pluralrules::{PluralCategory as Cldr, PluralRuleType, PluralRules};
    use unic_langid::LanguageIdentifier;

    use super::*;

    fn cldr_rules(language: Language) -> PluralRules {
        let locale: LanguageIdentifier = language.code().parse().expect("a valid language code");
        PluralRules::create(locale, PluralRuleType::CARDINAL).expect("CLDR has rules for every Pollcard language")
    }

    fn ours(category: Cldr) -> PluralCategory {
        match category {
            Cldr::ZERO => PluralCategory::Zero,
            Cldr::ONE => PluralCategory::One,
            Cldr::TWO => PluralCategory::Two,
            Cldr::FEW => PluralCategory::Few,
            Cldr::MANY => PluralCategory::Many,
            Cldr::OTHER => PluralCategory::Other,
        }
    }

    #[test]
    fn matches_cldr_for_0_to_1000_and_some_large_numbers() {
        let large = [10_000, 100_000, 1_000_000, 1_000_001, 1_000_006, u64::from(u32::MAX)];
        for language in Language::ALL {
            let rules = cldr_rules(language);
            for n in (0..=1000).chain(large) {
                let expected = rules.select(n).map(ours).expect("CLDR selects a category for a whole number");
                assert_eq!(plural_category(language, n), expected, "{} {n}", language.code());
            }
        }
    }

    #[test]
    fn welsh_uses_all_six_categories_and_english_two() {
        let used = |language| {
            let mut used: Vec<_> = (0..=100).map(|n| plural_category(language, n)).collect();
            used.sort_by_key(|category| category.key());
            used.dedup();
            used.len()
        };
        assert_eq!(used(Language::Cy), 6);
        assert_eq!(used(Language::En), 2);
    }

    #[test]
    fn keys_round_trip() {
        for category in PluralCategory::ALL {
            assert_eq!(PluralCategory::from_key(category.key()), Some(category));
        }
        assert_eq!(PluralCategory::from_key("several"), None);
    }
}
