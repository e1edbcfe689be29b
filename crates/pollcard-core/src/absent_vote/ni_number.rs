//! National Insurance numbers, as a Great Britain postal or proxy vote application
//! asks for them (the registration officer checks them against DWP records).
//!
//! Read the way GOV.UK asks for them: any case, spaces and hyphens anywhere
//! (`qq 12 34 56 c`, `QQ-123456-C`). Then checked by format only, by the
//! allocation rules of HMRC's National Insurance Manual (NIM39110): two prefix
//! letters, six digits, a suffix A to D; D, F, I, Q, U and V are never a prefix
//! letter, O is never the second; BG, GB, KN, NK, NT, TN and ZZ were never
//! issued. Whether a number belongs to the voter is DWP's business, not Pollcard's.

use std::fmt;

/// Letters never used as the first or the second letter of a prefix.
const NEVER_IN_PREFIX: [u8; 6] = *b"DFIQUV";
/// Prefixes never issued (administrative, temporary or reserved).
const PREFIXES_NOT_ISSUED: [&[u8; 2]; 7] = [b"BG", b"GB", b"KN", b"NK", b"NT", b"TN", b"ZZ"];

/// Why some text is not a National Insurance number. Each has a message key.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum NiNumberError {
    #[error("no National Insurance number was entered")]
    Empty,
    #[error("a National Insurance number has only letters and numbers")]
    InvalidCharacter,
    #[error("a National Insurance number is 2 letters, 6 numbers, then A, B, C or D")]
    WrongFormat,
    #[error("a National Insurance number never starts with D, F, I, Q, U or V")]
    InvalidFirstLetter,
    #[error("the second letter of a National Insurance number is never D, F, I, O, Q, U or V")]
    InvalidSecondLetter,
    #[error("National Insurance numbers starting with these 2 letters are never issued")]
    PrefixNotIssued,
    #[error("a National Insurance number ends with A, B, C or D")]
    InvalidSuffix,
}

impl NiNumberError {
    /// The message key of the app's catalogues.
    pub fn message_key(self) -> &'static str {
        match self {
            NiNumberError::Empty => "absent-ni-number-empty",
            NiNumberError::InvalidCharacter => "absent-ni-number-invalid-character",
            NiNumberError::WrongFormat => "absent-ni-number-format",
            NiNumberError::InvalidFirstLetter => "absent-ni-number-first-letter",
            NiNumberError::InvalidSecondLetter => "absent-ni-number-second-letter",
            NiNumberError::PrefixNotIssued => "absent-ni-number-prefix-not-issued",
            NiNumberError::InvalidSuffix => "absent-ni-number-suffix",
        }
    }
}

/// A National Insurance number in a valid format, normalised (`QQ123456C`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct NiNumber {
    compact: [u8; 9],
}

impl NiNumber {
    /// Reads a number typed in any case with any spaces or hyphens; the error says
    /// what is wrong, checked in the order a reader would fix it.
    pub fn parse(input: &str) -> Result<NiNumber, NiNumberError> {
        let mut compact = Vec::with_capacity(9);
        for c in input.chars() {
            if c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}') {
                continue;
            }
            if !c.is_ascii_alphanumeric() {
                return Err(NiNumberError::InvalidCharacter);
            }
            compact.push(c.to_ascii_uppercase() as u8);
        }
        if compact.is_empty() {
            return Err(NiNumberError::Empty);
        }
        let compact: [u8; 9] = compact.try_into().map_err(|_| NiNumberError::WrongFormat)?;
        let (prefix, digits, suffix) = (&compact[0..2], &compact[2..8], compact[8]);
        if !prefix.iter().all(u8::is_ascii_uppercase) || !digits.iter().all(u8::is_ascii_digit) {
            return Err(NiNumberError::WrongFormat);
        }
        if !suffix.is_ascii_uppercase() {
            return Err(NiNumberError::WrongFormat);
        }
        if NEVER_IN_PREFIX.contains(&prefix[0]) {
            return Err(NiNumberError::InvalidFirstLetter);
        }
        if NEVER_IN_PREFIX.contains(&prefix[1]) || prefix[1] == b'O' {
            return Err(NiNumberError::InvalidSecondLetter);
        }
        if PREFIXES_NOT_ISSUED.iter().any(|issued| issued[..] == *prefix) {
            return Err(NiNumberError::PrefixNotIssued);
        }
        if !(b'A'..=b'D').contains(&suffix) {
            return Err(NiNumberError::InvalidSuffix);
        }
        Ok(NiNumber { compact })
    }

    /// Upper case without spaces, e.g. `QQ123456C`.
    pub fn compact(&self) -> &str {
        // Only ASCII letters and digits are ever stored.
        std::str::from_utf8(&self.compact).unwrap_or_default()
    }

    /// The two prefix letters, e.g. `QQ`.
    pub fn prefix(&self) -> &str {
        &self.compact()[0..2]
    }
}

/// Grouped as printed on a National Insurance card: `QQ 12 34 56 C`.
impl fmt::Display for NiNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = self.compact();
        write!(f, "{} {} {} {} {}", &text[0..2], &text[2..4], &text[4..6], &text[6..8], &text[8..9])
    }
}

impl fmt::Debug for NiNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "NiNumber({})", self.compact())
    }
}
