//! `release.sig`: the publisher's Ed25519 signature over the manifest's exact bytes.
//!
//! The file is one line of text, `ed25519 <public key hex> <signature hex>`, so a
//! person can see which key signed a release, and a refusal can tell "signed by a key
//! we do not trust" apart from "the manifest or signature was altered". The named key
//! is only a hint: a release is accepted only if that key is one of the trusted keys.

use ed25519_dalek::{Signature, Signer, SigningKey, VerifyingKey};

use super::{hex, ReleaseError};

/// The signature's file name at the root of a release folder.
pub const SIGNATURE_FILE: &str = "release.sig";
const ALGORITHM: &str = "ed25519";

/// A parsed `release.sig`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReleaseSignature {
    /// The public key that made the signature.
    pub public_key: [u8; 32],
    /// The 64-byte Ed25519 signature over the manifest's bytes.
    pub signature: [u8; 64],
}

impl ReleaseSignature {
    /// The file's text, ending in a newline.
    pub fn to_text(&self) -> String {
        format!("{ALGORITHM} {} {}\n", hex::encode(&self.public_key), hex::encode(&self.signature))
    }

    /// Parses the file's text; a trailing newline is allowed, nothing else extra.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self, ReleaseError> {
        let malformed = |reason: &str| ReleaseError::MalformedSignature(reason.to_owned());
        let text = std::str::from_utf8(bytes).map_err(|_| malformed("not text"))?;
        let text = text.strip_suffix('\n').unwrap_or(text);
        let mut parts = text.split(' ');
        match (parts.next(), parts.next(), parts.next(), parts.next()) {
            (Some(ALGORITHM), Some(key), Some(signature), None) => Ok(ReleaseSignature {
                public_key: hex::decode_array(key).ok_or_else(|| malformed("the key is not 64 hex digits"))?,
                signature: hex::decode_array(signature)
                    .ok_or_else(|| malformed("the signature is not 128 hex digits"))?,
            }),
            _ => Err(malformed("expected one line: ed25519 <public key hex> <signature hex>")),
        }
    }

    /// Checks the signature over `message` with the key it names, strictly (no
    /// small-order keys, no malleable signatures).
    pub fn verify(&self, message: &[u8]) -> Result<(), ReleaseError> {
        let key = VerifyingKey::from_bytes(&self.public_key).map_err(|_| ReleaseError::BadSignature)?;
        key.verify_strict(message, &Signature::from_bytes(&self.signature)).map_err(|_| ReleaseError::BadSignature)
    }
}

/// The public key of the private key with this 32-byte seed.
pub fn public_key_from_seed(seed: &[u8; 32]) -> [u8; 32] {
    SigningKey::from_bytes(seed).verifying_key().to_bytes()
}

/// Signs manifest bytes with the private key whose seed is `seed`. Ed25519 is
/// deterministic, so the same manifest and key always give the same signature.
pub fn sign_manifest(manifest_bytes: &[u8], seed: &[u8; 32]) -> ReleaseSignature {
    let key = SigningKey::from_bytes(seed);
    ReleaseSignature { public_key: key.verifying_key().to_bytes(), signature: key.sign(manifest_bytes).to_bytes() }
}

#[cfg(test)]
mod tests {
    use super::*;

    // RFC 8032 section 7.1, TEST 1 and TEST 2.
    const RFC_SEED_1: &str = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    const RFC_PUBLIC_1: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
    const RFC_SIGNATURE_1: &str = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";
    const RFC_SEED_2: &str = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    const RFC_PUBLIC_2: &str = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";
    const RFC_SIGNATURE_2: &str = "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00";

    fn seed(text: &str) -> [u8; 32] {
        hex::decode_array(text).unwrap_or_default()
    }

    #[test]
    fn matches_rfc_8032_vectors() {
        let one = sign_manifest(b"", &seed(RFC_SEED_1));
        assert_eq!(hex::encode(&one.public_key), RFC_PUBLIC_1);
        assert_eq!(hex::encode(&one.signature), RFC_SIGNATURE_1);
        assert_eq!(one.verify(b""), Ok(()));
        let two = sign_manifest(&[0x72], &seed(RFC_SEED_2));
        assert_eq!(hex::encode(&public_key_from_seed(&seed(RFC_SEED_2))), RFC_PUBLIC_2);
        assert_eq!(hex::encode(&two.signature), RFC_SIGNATURE_2);
        assert_eq!(two.verify(&[0x72]), Ok(()));
        assert_eq!(two.verify(&[0x73]), Err(ReleaseError::BadSignature));
    }

    #[test]
    fn text_round_trips_and_is_strict() {
        let signed = sign_manifest(b"manifest", &seed(RFC_SEED_1));
        let text = signed.to_text();
        assert_eq!(ReleaseSignature::from_bytes(text.as_bytes()), Ok(signed.clone()));
        assert_eq!(ReleaseSignature::from_bytes(text.trim_end().as_bytes()), Ok(signed));
        for bad in [
            text.replace("ed25519", "rsa"),
            text.to_uppercase(),
            format!("{text}\n"),
            text.replacen(' ', "  ", 1),
            format!("{} extra", text.trim_end()),
            String::new(),
        ] {
            assert!(
                matches!(ReleaseSignature::from_bytes(bad.as_bytes()), Err(ReleaseError::MalformedSignature(_))),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn refuses_a_signature_changed_in_any_byte() {
        let signed = sign_manifest(b"manifest", &seed(RFC_SEED_1));
        for index in 0..64 {
            let mut altered = signed.clone();
            altered.signature[index] ^= 0x01;
            assert_eq!(altered.verify(b"manifest"), Err(ReleaseError::BadSignature), "byte {index}");
        }
    }
}
