//! Property tests for postcode parsing: the GOV.UK pattern says people may type a
//! postcode in any case, with any spacing and with punctuation, and all of it must
//! mean the same postcode; and no input at all may crash the parser.

use pollcard_core::postcode::Postcode;
use proptest::prelude::*;

/// Valid postcodes of every outward shape (A9, A99, AA9, AA99, A9A, AA9A).
fn valid_postcode() -> impl Strategy<Value = String> {
    let first = "[ABCDEFGHIJKLMNOPRSTUWYZ]";
    let second = "[ABCDEFGHKLMNOPQRSTUVWXY]";
    let shape = |re: String| proptest::string::string_regex(&re).expect("valid regex");
    let outward = prop_oneof![
        shape(format!("{first}[0-9]")),
        shape(format!("{first}[0-9][0-9]")),
        shape(format!("{first}{second}[0-9]")),
        shape(format!("{first}{second}[0-9][0-9]")),
        shape(format!("{first}[0-9][ABCDEFGHJKPSTUW]")),
        shape(format!("{first}{second}[0-9][ABEHMNPRVWXY]")),
    ];
    let inward = "[0-9][ABDEFGHJLNPQRSTUWXYZ]{2}";
    (outward, inward).prop_map(|(outward, inward)| format!("{outward} {inward}"))
}

/// Re-types a postcode the way people do: random case, and random runs of spaces,
/// hyphens, dots, brackets and tabs between (and around) the characters.
fn messy_variant(postcode: String) -> impl Strategy<Value = String> {
    let chars: Vec<char> = postcode.chars().filter(|c| !c.is_whitespace()).collect();
    let n = chars.len();
    (proptest::collection::vec(any::<bool>(), n), proptest::collection::vec("[ \\-.()\\t]{0,3}", n + 1)).prop_map(
        move |(lower, gaps)| {
            let mut out = String::new();
            for (i, c) in chars.iter().enumerate() {
                out.push_str(&gaps[i]);
                out.push(if lower[i] { c.to_ascii_lowercase() } else { *c });
            }
            out.push_str(&gaps[n]);
            out
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn every_casing_spacing_and_punctuation_normalises_to_the_same_postcode(
        (canonical, messy) in valid_postcode().prop_flat_map(|p| (Just(p.clone()), messy_variant(p)))
    ) {
        let expected = Postcode::parse(&canonical).expect("generated postcodes are valid");
        prop_assert_eq!(expected.to_string(), canonical.clone());
        let parsed = Postcode::parse(&messy);
        prop_assert_eq!(parsed.as_ref().ok(), Some(&expected), "{:?} should read as {}", messy, canonical);
        let parsed = parsed.expect("checked above");
        prop_assert_eq!(parsed.compact(), canonical.replace(' ', ""));
        prop_assert_eq!(format!("{}{}", parsed.outward(), parsed.inward()), parsed.compact());
        prop_assert!(parsed.compact().starts_with(parsed.area()));
    }

    #[test]
    fn arbitrary_input_never_panics_and_errors_have_messages(input in any::<String>()) {
        match Postcode::parse(&input) {
            Ok(postcode) => {
                // Whatever parses round-trips through its written form.
                prop_assert_eq!(Postcode::parse(&postcode.to_string()), Ok(postcode.clone()));
                prop_assert!((5..=7).contains(&postcode.compact().len()));
            }
            Err(error) => {
                prop_assert!(!error.to_string().is_empty());
                prop_assert!(!error.code().is_empty());
            }
        }
    }

    #[test]
    fn near_postcode_ascii_never_panics(input in "[A-Za-z0-9 \\-.()@]{0,12}") {
        let _ = Postcode::parse(&input);
    }
}
