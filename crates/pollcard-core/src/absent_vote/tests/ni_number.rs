//! National Insurance numbers: formatting tolerance, prefix and suffix rules.

use crate::absent_vote::{NiNumber, NiNumberError};

fn error(input: &str) -> NiNumberError {
    NiNumber::parse(input).expect_err(input)
}

#[test]
fn any_case_and_spacing_is_accepted_and_normalised() {
    for typed in ["JG123456C", "jg 12 34 56 c", "  Jg12 3456c ", "JG-12-34-56-C", "jg\t123456\u{2013}c"] {
        let number = NiNumber::parse(typed).expect(typed);
        assert_eq!(number.compact(), "JG123456C", "{typed}");
        assert_eq!(number.to_string(), "JG 12 34 56 C", "{typed}");
        assert_eq!(number.prefix(), "JG");
    }
    assert_eq!(NiNumber::parse("ab 12 34 56 a"), NiNumber::parse("AB123456A"));
}

#[test]
fn valid_prefixes_and_every_suffix() {
    for typed in
        ["AB123456A", "CE000000B", "JG999999C", "ZY123456D", "OA123456A", "NA123456A", "TA123456B", "KA123456C"]
    {
        assert!(NiNumber::parse(typed).is_ok(), "{typed} is a valid format");
    }
}

#[test]
fn shape_errors() {
    assert_eq!(error(""), NiNumberError::Empty);
    assert_eq!(error("   "), NiNumberError::Empty);
    assert_eq!(error("AB12345C"), NiNumberError::WrongFormat, "5 digits");
    assert_eq!(error("AB1234567C"), NiNumberError::WrongFormat, "7 digits");
    assert_eq!(error("A1123456C"), NiNumberError::WrongFormat, "digit in the prefix");
    assert_eq!(error("AB12C456C"), NiNumberError::WrongFormat, "letter among the digits");
    assert_eq!(error("AB1234567"), NiNumberError::WrongFormat, "digit as suffix");
    assert_eq!(error("AB123456"), NiNumberError::WrongFormat, "no suffix");
    assert_eq!(error("AB.123456.C"), NiNumberError::InvalidCharacter);
    assert_eq!(error("AB123456C!"), NiNumberError::InvalidCharacter);
}

#[test]
fn the_example_number_on_forms_is_never_a_real_one() {
    // GOV.UK's hint "QQ 12 34 56 C" uses a prefix that is never issued (Q is barred).
    assert_eq!(error("QQ 12 34 56 C"), NiNumberError::InvalidFirstLetter);
}

#[test]
fn first_letter_is_never_d_f_i_q_u_or_v() {
    for letter in ['D', 'F', 'I', 'Q', 'U', 'V'] {
        assert_eq!(error(&format!("{letter}A123456A")), NiNumberError::InvalidFirstLetter, "{letter}");
        assert_eq!(error(&format!("{}a123456a", letter.to_ascii_lowercase())), NiNumberError::InvalidFirstLetter);
    }
}

#[test]
fn second_letter_is_never_d_f_i_q_u_v_or_o() {
    for letter in ['D', 'F', 'I', 'Q', 'U', 'V', 'O'] {
        assert_eq!(error(&format!("A{letter}123456A")), NiNumberError::InvalidSecondLetter, "{letter}");
    }
    assert!(NiNumber::parse("OA123456A").is_ok(), "O may be the first letter");
}

#[test]
fn prefixes_never_issued() {
    for prefix in ["BG", "GB", "KN", "NK", "NT", "TN", "ZZ", "bg", "zz"] {
        assert_eq!(error(&format!("{prefix}123456A")), NiNumberError::PrefixNotIssued, "{prefix}");
    }
    // Their neighbours are fine.
    for prefix in ["BH", "GC", "KM", "NL", "NS", "TM", "ZY"] {
        assert!(NiNumber::parse(&format!("{prefix}123456A")).is_ok(), "{prefix}");
    }
}

#[test]
fn suffix_is_a_to_d() {
    for suffix in ['A', 'B', 'C', 'D'] {
        assert!(NiNumber::parse(&format!("AB123456{suffix}")).is_ok());
    }
    for suffix in ['E', 'F', 'Z', 'M'] {
        assert_eq!(error(&format!("AB123456{suffix}")), NiNumberError::InvalidSuffix, "{suffix}");
    }
}

#[test]
fn every_error_has_its_own_message_key() {
    let errors = [
        NiNumberError::Empty,
        NiNumberError::InvalidCharacter,
        NiNumberError::WrongFormat,
        NiNumberError::InvalidFirstLetter,
        NiNumberError::InvalidSecondLetter,
        NiNumberError::PrefixNotIssued,
        NiNumberError::InvalidSuffix,
    ];
    let mut keys: Vec<&str> = errors.iter().map(|error| error.message_key()).collect();
    assert!(keys.iter().all(|key| key.starts_with("absent-ni-number-")));
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), errors.len());
}
