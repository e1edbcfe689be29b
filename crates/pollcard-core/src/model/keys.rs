//! How the wasm app reads the model's unit enums (a feature, an answer, a nation):
//! as a string, then the variant whose key it is. serde's derived enum reader is
//! generated afresh for every enum and every JSON position (value or map key), which
//! the app's size pays for; one string reader shared by all of them costs less. The
//! native tools keep the derived readers; both accept exactly the same keys and word
//! a bad key the same way (tested below).

use std::fmt;

/// A string that is no variant's key, worded as serde's derived reader words it.
#[derive(Debug)]
pub struct UnknownKey {
    found: String,
    expected: Vec<&'static str>,
}

impl fmt::Display for UnknownKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown variant `{}`, expected ", self.found)?;
        match self.expected.as_slice() {
            [] => f.write_str("there are no variants"),
            [only] => write!(f, "`{only}`"),
            [first, second] => write!(f, "`{first}` or `{second}`"),
            names => {
                f.write_str("one of ")?;
                for (index, name) in names.iter().enumerate() {
                    if index > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "`{name}`")?;
                }
                Ok(())
            }
        }
    }
}

/// The variant of `variants` (in declaration order, as serde lists them) whose key is
/// exactly `found`.
pub(crate) fn variant_with_key<T: Copy>(
    found: String,
    variants: &[T],
    key: fn(T) -> &'static str,
) -> Result<T, UnknownKey> {
    variants
        .iter()
        .copied()
        .find(|variant| key(*variant) == found)
        .ok_or_else(|| UnknownKey { found, expected: variants.iter().map(|variant| key(*variant)).collect() })
}

#[cfg(test)]
mod tests {
    use serde::de::DeserializeOwned;
    use serde::Serialize;

    use crate::elections::{CandidateStatus, VotingSystem};
    use crate::model::{AccessibilityFeature, Availability, Nation};

    /// The derived reader's answer (what natives use) and the string reader's (what
    /// the wasm uses) for the same JSON string, errors as their messages.
    fn both<T>(json: &str) -> (Result<T, String>, Result<T, String>)
    where
        T: DeserializeOwned + TryFrom<String, Error = super::UnknownKey>,
    {
        let derived = serde_json::from_str::<T>(json).map_err(|error| {
            let message = error.to_string();
            message.split(" at line ").next().unwrap_or_default().to_owned()
        });
        let text: String = serde_json::from_str(json).expect("a JSON string");
        (derived, T::try_from(text).map_err(|error| error.to_string()))
    }

    fn agree_on_every_key_and_a_bad_one<T>(variants: &[T])
    where
        T: DeserializeOwned + Serialize + TryFrom<String, Error = super::UnknownKey> + PartialEq + std::fmt::Debug,
    {
        for variant in variants {
            let json = serde_json::to_string(variant).expect("serialises");
            let (derived, wasm) = both::<T>(&json);
            assert_eq!(derived.as_ref(), Ok(variant), "{json}");
            assert_eq!(wasm.as_ref(), Ok(variant), "{json}");
            // Only the exact key: no case folding or trimming.
            let shouted = json.to_uppercase();
            let (derived, wasm) = both::<T>(&shouted);
            assert!(derived.is_err(), "{shouted}");
            assert_eq!(derived, wasm, "{shouted}");
        }
        let (derived, wasm) = both::<T>("\"not-a-key\"");
        assert!(derived.as_ref().is_err_and(|message| message.starts_with("unknown variant `not-a-key`")));
        assert_eq!(derived, wasm);
    }

    #[test]
    fn the_string_reader_accepts_and_words_keys_as_the_derived_one_does() {
        agree_on_every_key_and_a_bad_one(&AccessibilityFeature::ALL);
        agree_on_every_key_and_a_bad_one(&[Availability::Yes, Availability::No, Availability::Unknown]);
        agree_on_every_key_and_a_bad_one(&[
            Nation::England,
            Nation::Wales,
            Nation::Scotland,
            Nation::NorthernIreland,
            Nation::UnitedStates,
        ]);
        agree_on_every_key_and_a_bad_one(&VotingSystem::ALL);
        agree_on_every_key_and_a_bad_one(&CandidateStatus::ALL);
    }
}
