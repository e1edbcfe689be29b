use super::super::test_support::{signed, trusted, CREATED, EXPIRES, FILES, OTHER_SEED, SEED};
use super::super::{public_key_from_seed, sign_manifest};
use super::*;

const NOW: i64 = CREATED + 86_400;

#[test]
fn a_good_release_passes_every_check() {
    let (bytes, signature) = signed(4);
    let manifest = verify_release(&bytes, &signature, &[trusted()], Some(3), NOW);
    let manifest = manifest.unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(manifest.bundle_version, 4);
    for (path, contents) in FILES {
        assert_eq!(check_file(&manifest, path, contents), Ok(()));
    }
}

#[test]
fn any_trusted_key_will_do_so_keys_can_rotate() {
    let (bytes, signature) = signed(1);
    let next = public_key_from_seed(&OTHER_SEED);
    assert!(verify_release(&bytes, &signature, &[next, trusted()], None, NOW).is_ok());
    let by_next = sign_manifest(&bytes, &OTHER_SEED).to_text();
    assert!(verify_release(&bytes, by_next.as_bytes(), &[trusted(), next], None, NOW).is_ok());
}

#[test]
fn changing_any_byte_of_the_manifest_breaks_the_signature() {
    let (bytes, signature) = signed(1);
    for index in 0..bytes.len() {
        let mut altered = bytes.clone();
        altered[index] ^= 0x01;
        assert_eq!(
            verify_release(&altered, &signature, &[trusted()], None, NOW),
            Err(ReleaseError::BadSignature),
            "byte {index}"
        );
    }
}

#[test]
fn a_release_signed_by_another_key_is_untrusted() {
    let (bytes, _) = signed(1);
    let forged = sign_manifest(&bytes, &OTHER_SEED).to_text();
    assert_eq!(
        verify_release(&bytes, forged.as_bytes(), &[trusted()], None, NOW),
        Err(ReleaseError::UntrustedKey { key: super::super::hex::encode(&public_key_from_seed(&OTHER_SEED)) })
    );
    assert!(matches!(verify_release(&bytes, b"", &[trusted()], None, NOW), Err(ReleaseError::MalformedSignature(_))));
    assert!(matches!(verify_release(&bytes, &signed(1).1, &[], None, NOW), Err(ReleaseError::UntrustedKey { .. })));
}

#[test]
fn the_schema_is_checked_after_the_signature() {
    let text = String::from_utf8(signed(1).0).unwrap_or_default().replace("pollcard-release/1", "pollcard-release/9");
    let signature = sign_manifest(text.as_bytes(), &SEED).to_text();
    assert!(matches!(
        verify_release(text.as_bytes(), signature.as_bytes(), &[trusted()], None, NOW),
        Err(ReleaseError::UnsupportedSchema { .. })
    ));
    let junk = sign_manifest(b"{}", &SEED).to_text();
    assert!(matches!(
        verify_release(b"{}", junk.as_bytes(), &[trusted()], None, NOW),
        Err(ReleaseError::MalformedManifest(_))
    ));
}

#[test]
fn refuses_a_rollback_but_accepts_the_same_version_again() {
    let (bytes, signature) = signed(4);
    assert_eq!(
        verify_release(&bytes, &signature, &[trusted()], Some(5), NOW),
        Err(ReleaseError::Rollback { found: 4, highest_seen: 5 })
    );
    assert!(verify_release(&bytes, &signature, &[trusted()], Some(4), NOW).is_ok());
    assert!(verify_release(&bytes, &signature, &[trusted()], None, NOW).is_ok());
}

#[test]
fn the_version_is_checked_before_expiry() {
    let (bytes, signature) = signed(4);
    assert!(matches!(
        verify_release(&bytes, &signature, &[trusted()], Some(5), EXPIRES + 1),
        Err(ReleaseError::Rollback { .. })
    ));
}

#[test]
fn expiry_boundaries() {
    let (bytes, signature) = signed(1);
    let at = |now| verify_release(&bytes, &signature, &[trusted()], None, now).map(|m| m.bundle_version);
    let expired = Err(ReleaseError::Expired { expires_at: "2026-06-01T00:00:00Z".to_owned() });
    assert_eq!(at(EXPIRES - 1), Ok(1));
    assert_eq!(at(EXPIRES), expired);
    assert_eq!(at(EXPIRES + 1), expired);
    assert_eq!(at(CREATED), Ok(1));
    assert_eq!(at(CREATED - CLOCK_SKEW_SECONDS), Ok(1));
    assert_eq!(
        at(CREATED - CLOCK_SKEW_SECONDS - 1),
        Err(ReleaseError::NotYetValid { created_at: "2026-04-01T00:00:00Z".to_owned() })
    );
}

#[test]
fn freshness_lets_the_app_keep_an_expired_bundle_with_a_warning() {
    let (bytes, signature) = signed(1);
    let manifest = open_signed(&bytes, &signature, &[trusted()]).unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(freshness(&manifest, NOW), Ok(Freshness::Current));
    assert_eq!(
        freshness(&manifest, EXPIRES + 86_400),
        Ok(Freshness::Expired { expires_at: "2026-06-01T00:00:00Z".to_owned() })
    );
    assert!(matches!(freshness(&manifest, 0), Ok(Freshness::NotYetValid { .. })));
}

#[test]
fn a_file_changed_in_any_byte_or_length_is_tampered() {
    let (bytes, signature) = signed(1);
    let manifest = open_signed(&bytes, &signature, &[trusted()]).unwrap_or_else(|error| panic!("{error}"));
    for (path, contents) in FILES {
        for index in 0..contents.len() {
            let mut altered = contents.to_vec();
            altered[index] ^= 0x80;
            assert!(matches!(check_file(&manifest, path, &altered), Err(ReleaseError::TamperedFile { .. })));
        }
        let mut longer = contents.to_vec();
        longer.push(b' ');
        assert!(matches!(check_file(&manifest, path, &longer), Err(ReleaseError::TamperedFile { .. })));
        assert!(matches!(check_file(&manifest, path, &[]), Err(ReleaseError::TamperedFile { .. })));
    }
    assert_eq!(
        check_file(&manifest, "evil.js", b"alert(1)"),
        Err(ReleaseError::UnknownFile { path: "evil.js".to_owned() })
    );
}

#[test]
fn every_refusal_has_its_own_plain_message() {
    let messages = [
        ReleaseError::BadSignature.to_string(),
        ReleaseError::UntrustedKey { key: "ab".to_owned() }.to_string(),
        ReleaseError::Rollback { found: 1, highest_seen: 2 }.to_string(),
        ReleaseError::Expired { expires_at: "x".to_owned() }.to_string(),
        ReleaseError::NotYetValid { created_at: "x".to_owned() }.to_string(),
        ReleaseError::UnknownFile { path: "x".to_owned() }.to_string(),
        ReleaseError::MissingFile { path: "x".to_owned() }.to_string(),
        ReleaseError::MalformedManifest("x".to_owned()).to_string(),
    ];
    for (index, message) in messages.iter().enumerate() {
        assert!(!messages[..index].contains(message), "{message}");
    }
}

#[test]
fn accept_signed_gives_the_same_answers_as_open_signed() {
    // The browser checks the Ed25519 signature with WebCrypto and hands the result to
    // `accept_signed`; every case must come out exactly as `open_signed` decides.
    let (bytes, signature_text) = signed(3);
    let signature = ReleaseSignature::from_bytes(&signature_text).expect("well formed");
    let mut altered = bytes.clone();
    altered[5] ^= 0x01;
    let other = sign_manifest(&bytes, &OTHER_SEED).to_text().into_bytes();
    let other_signature = ReleaseSignature::from_bytes(&other).expect("well formed");
    let cases: [(&[u8], &[u8], &ReleaseSignature); 3] = [
        (&bytes, &signature_text, &signature),
        (&altered, &signature_text, &signature),
        (&bytes, &other, &other_signature),
    ];
    for (manifest_bytes, signature_bytes, parsed) in cases {
        let valid = parsed.verify(manifest_bytes).is_ok();
        assert_eq!(
            accept_signed(manifest_bytes, parsed, valid, &[trusted()]),
            open_signed(manifest_bytes, signature_bytes, &[trusted()])
        );
    }
    assert_eq!(accept_signed(&bytes, &signature, false, &[trusted()]), Err(ReleaseError::BadSignature));
    assert!(accept_signed(&bytes, &signature, true, &[trusted()]).is_ok());
}
