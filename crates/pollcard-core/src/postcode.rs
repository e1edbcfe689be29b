//! UK postcodes, read the way the GOV.UK address pattern asks: any case, any spacing,
//! punctuation ignored; then validated by format only (so the made-up `AA` area used by
//! the demo passes — whether a postcode *exists* is the bundle's business).
//!
//! A postcode is an outward code (area + district, e.g. `AA1`, `CF10`, `EC1A`) and an
//! inward code (sector digit + two-letter unit, e.g. `1AA`).

use std::fmt;

use serde::{Deserialize, Serialize};
use thiserror::Error;

/// Why some text is not a UK postcode. [`PostcodeError::code`] is stable: the app
/// uses it to pick the message in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum PostcodeError {
    #[error("Enter a postcode")]
    Empty,
    #[error("A postcode can only contain letters and numbers; remove “{0}”")]
    InvalidCharacter(char),
    #[error("This postcode is too short: enter a full postcode, like AA1 1AA")]
    TooShort,
    #[error("This postcode is too long: a postcode has at most 7 letters and numbers, like AA12 1AA")]
    TooLong,
    #[error("The last part of a postcode is a number then two letters, like 1AA")]
    InvalidInwardCode,
    #[error("The first part of a postcode is one or two letters then a number, like AA1 or A12")]
    InvalidOutwardCode,
}

impl PostcodeError {
    /// A stable key: `empty`, `invalid_character`, `too_short`, `too_long`,
    /// `invalid_inward_code` or `invalid_outward_code`.
    pub fn code(&self) -> &'static str {
        match self {
            PostcodeError::Empty => "empty",
            PostcodeError::InvalidCharacter(_) => "invalid_character",
            PostcodeError::TooShort => "too_short",
            PostcodeError::TooLong => "too_long",
            PostcodeError::InvalidInwardCode => "invalid_inward_code",
            PostcodeError::InvalidOutwardCode => "invalid_outward_code",
        }
    }
}

/// A valid, normalised UK postcode.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Postcode {
    /// Upper case, no space, e.g. `AA11AA`.
    compact: String,
    /// Length of the outward code within `compact`.
    outward_len: usize,
}

/// Characters people type around or inside postcodes that carry no meaning.
fn is_ignorable(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.' | ',' | '(' | ')' | '[' | ']' | '{' | '}' | '_' | '/' | '\'' | '"' | '\u{2010}'..='\u{2015}'
        )
}

impl Postcode {
    /// Parses a postcode typed or exported in any form: `aa1  1aa`, `AA1-1AA`,
    /// `(aa11aa)`. Returns a specific error for anything that is not one.
    pub fn parse(input: &str) -> Result<Postcode, PostcodeError> {
        let mut compact = String::with_capacity(8);
        for c in input.chars() {
            if c.is_ascii_alphanumeric() {
                compact.push(c.to_ascii_uppercase());
            } else if !is_ignorable(c) {
                return Err(PostcodeError::InvalidCharacter(c));
            }
        }
        if compact.is_empty() {
            return Err(PostcodeError::Empty);
        }
        if compact.len() < 5 {
            return Err(PostcodeError::TooShort);
        }
        if compact.len() > 7 {
            return Err(PostcodeError::TooLong);
        }
        let outward_len = compact.len() - 3;
        let (outward, inward) = compact.split_at(outward_len);
        if outward == "GIR" && inward == "0AA" {
            return Ok(Postcode { compact, outward_len });
        }
        if !is_valid_inward(inward) {
            return Err(PostcodeError::InvalidInwardCode);
        }
        if !is_valid_outward(outward) {
            return Err(PostcodeError::InvalidOutwardCode);
        }
        Ok(Postcode { compact, outward_len })
    }

    /// Whether [`Postcode::parse`] reads `text` as this postcode, without parsing it
    /// (which allocates): its letters and digits, upper-cased, are this postcode's,
    /// and every other character is one `parse` ignores. Importers ask it of every
    /// address line, to drop a line that only repeats the address's postcode.
    pub fn is_read_from(&self, text: &str) -> bool {
        let mut compact = self.compact.bytes();
        let same = text.chars().all(|c| {
            if c.is_ascii_alphanumeric() {
                compact.next() == Some(c.to_ascii_uppercase() as u8)
            } else {
                is_ignorable(c)
            }
        });
        // The same letters and digits give the same compact form, and so the same
        // checks and the same postcode.
        same && compact.next().is_none()
    }

    /// Upper case without a space: `AA11AA`. Used as the key in the bundle.
    pub fn compact(&self) -> &str {
        &self.compact
    }

    /// The outward code: `AA1`.
    pub fn outward(&self) -> &str {
        &self.compact[..self.outward_len]
    }

    /// The inward code: `1AA`.
    pub fn inward(&self) -> &str {
        &self.compact[self.outward_len..]
    }

    /// The postcode area, the leading letters: `AA`.
    pub fn area(&self) -> &str {
        let outward = self.outward();
        let letters = outward.chars().take_while(|c| c.is_ascii_alphabetic()).count();
        &outward[..letters]
    }

    /// The postcode district, which is the outward code: `AA1`.
    pub fn district(&self) -> &str {
        self.outward()
    }

    /// The postcode sector: `AA1 1`.
    pub fn sector(&self) -> String {
        format!("{} {}", self.outward(), &self.inward()[..1])
    }

    /// The unit, the last two letters: `AA`.
    pub fn unit(&self) -> &str {
        &self.inward()[1..]
    }
}

/// Digit then two letters, none of C I K M O V (never used in inward codes).
fn is_valid_inward(inward: &str) -> bool {
    let bytes = inward.as_bytes();
    bytes.len() == 3
        && bytes[0].is_ascii_digit()
        && bytes[1..].iter().all(|b| b.is_ascii_uppercase() && !b"CIKMOV".contains(b))
}

/// The six outward shapes: A9, A99, AA9, AA99, A9A, AA9A, with the letter rules of
/// each position (first not Q V X; second not I J Z; A9A's letter from ABCDEFGHJKPSTUW;
/// AA9A's from ABEHMNPRVWXY).
fn is_valid_outward(outward: &str) -> bool {
    let b = outward.as_bytes();
    let letter = |c: u8| c.is_ascii_uppercase();
    let digit = |c: u8| c.is_ascii_digit();
    let first_ok = |c: u8| letter(c) && !b"QVX".contains(&c);
    let second_ok = |c: u8| letter(c) && !b"IJZ".contains(&c);
    match b {
        [a, d] => first_ok(*a) && digit(*d),
        [a, d1, d2] if digit(*d1) && digit(*d2) => first_ok(*a),
        [a, l, d] if letter(*l) => first_ok(*a) && second_ok(*l) && digit(*d),
        [a, d, l] => first_ok(*a) && digit(*d) && b"ABCDEFGHJKPSTUW".contains(l),
        [a, l, d1, d2] if digit(*d2) => first_ok(*a) && second_ok(*l) && digit(*d1),
        [a, l, d, l2] => first_ok(*a) && second_ok(*l) && digit(*d) && b"ABEHMNPRVWXY".contains(l2),
        _ => false,
    }
}

impl fmt::Display for Postcode {
    /// The standard written form: `AA1 1AA`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.outward(), self.inward())
    }
}

impl TryFrom<String> for Postcode {
    type Error = PostcodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Postcode::parse(&value)
    }
}

impl From<Postcode> for String {
    fn from(postcode: Postcode) -> String {
        postcode.to_string()
    }
}

impl std::str::FromStr for Postcode {
    type Err = PostcodeError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Postcode::parse(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Postcode {
        Postcode::parse(s).unwrap_or_else(|e| panic!("{s:?} should parse: {e}"))
    }

    #[test]
    fn normalises_messy_input() {
        for input in ["aa1  1aa", "AA11AA", " aa1-1aa ", "(AA1 1AA)", "a.a.1.1.a.a", "Aa1\t1aA"] {
            assert_eq!(parse(input).to_string(), "AA1 1AA", "{input}");
        }
    }

    #[test]
    fn splits_into_parts() {
        let postcode = parse("ec1a 1bb");
        assert_eq!(postcode.outward(), "EC1A");
        assert_eq!(postcode.inward(), "1BB");
        assert_eq!(postcode.area(), "EC");
        assert_eq!(postcode.district(), "EC1A");
        assert_eq!(postcode.sector(), "EC1A 1");
        assert_eq!(postcode.unit(), "BB");
        assert_eq!(postcode.compact(), "EC1A1BB");
        let postcode = parse("CF101AA");
        assert_eq!((postcode.area(), postcode.district()), ("CF", "CF10"));
        let postcode = parse("W1A 0AX");
        assert_eq!((postcode.area(), postcode.outward()), ("W", "W1A"));
        let postcode = parse("m1 1ae");
        assert_eq!((postcode.area(), postcode.outward(), postcode.inward()), ("M", "M1", "1AE"));
    }

    #[test]
    fn is_read_from_exactly_what_parses_to_it() {
        for postcode in ["CF10 1AA", "GIR 0AA", "M1 1AE", "EC1A 1BB"].map(parse) {
            let texts = [
                "cf10 1aa",
                "gir0aa",
                "(M1-1AE)",
                "ec1a\u{2013}1bb",
                "CF10 1AA!",
                "CF10 1AÄ",
                "M1 1AE 1",
                "",
                "C F 1 0 1 A A",
            ];
            for text in texts {
                assert_eq!(postcode.is_read_from(text), Postcode::parse(text).as_ref() == Ok(&postcode), "{text:?}");
            }
        }
    }

    #[test]
    fn accepts_every_outward_shape() {
        for input in ["M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "W1A 0AX", "EC1A 1BB", "GIR 0AA"] {
            assert!(Postcode::parse(input).is_ok(), "{input}");
        }
    }

    #[test]
    fn specific_errors() {
        let cases = [
            ("", PostcodeError::Empty),
            ("  - ", PostcodeError::Empty),
            ("AA1 1A@", PostcodeError::InvalidCharacter('@')),
            ("AA1", PostcodeError::TooShort),
            ("AA123 1AA", PostcodeError::TooLong),
            ("AA1 AAA", PostcodeError::InvalidInwardCode),
            ("AA1 1AC", PostcodeError::InvalidInwardCode),
            ("1A1 1AA", PostcodeError::InvalidOutwardCode),
            ("QA1 1AA", PostcodeError::InvalidOutwardCode),
            ("AAA 1AA", PostcodeError::InvalidOutwardCode),
        ];
        for (input, expected) in cases {
            assert_eq!(Postcode::parse(input), Err(expected), "{input:?}");
        }
        assert_eq!(PostcodeError::TooShort.code(), "too_short");
    }

    #[test]
    fn serde_uses_the_written_form() {
        let json = serde_json::to_string(&parse("aa11aa")).expect("serialises");
        assert_eq!(json, "\"AA1 1AA\"");
        let back: Postcode = serde_json::from_str("\"aa1 1aa\"").expect("parses");
        assert_eq!(back, parse("AA1 1AA"));
        assert!(serde_json::from_str::<Postcode>("\"nope\"").is_err());
    }
}
