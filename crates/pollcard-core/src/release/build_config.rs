//! `pollcard-build.toml`: what an app build trusts and keeps offline.
//!
//! The app's wasm (through the root crate's build script) and its service worker
//! (through `pollcard precache`) read the same file, so both pin the same keys. A
//! build is either a **demo** build, which may trust the demo key whose private half
//! is in the repository, or a **release** build, which refuses to.
//!
//! ```toml
//! kind = "release"
//! # Current and next publisher keys (hex, as written by `pollcard keygen`).
//! trusted_keys = ["5bf4…", "9a01…"]
//! # Optional: only these postcode areas' shards are stored for offline use at
//! # install; the others are kept after their first lookup. Without it, all are.
//! offline_postcode_areas = ["CF", "NP"]
//! ```

use serde::Deserialize;
use thiserror::Error;

use super::hex;

/// The build configuration's default file name, at the project root.
pub const BUILD_CONFIG_FILE: &str = "pollcard-build.toml";
/// The environment variable that names another build configuration file.
pub const BUILD_CONFIG_ENV: &str = "POLLCARD_BUILD_CONFIG";

/// The public half of the demo key, `demo/keys/demo-publisher.pub`. Its private half
/// is published with the source code, so anyone can sign with it: only demo builds of
/// the fictional demo data may trust it.
pub const DEMO_PUBLIC_KEY_HEX: &str = "5bf41fa342e8131cff9ca1e4bae1bba3d1bbe9af5d97ff3b747d427f1b96e2a1";

/// Which kind of build this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BuildKind {
    /// The fictional demo: may trust the demo key.
    Demo,
    /// A build for the public: must not trust the demo key.
    Release,
}

/// A checked build configuration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BuildConfig {
    pub kind: BuildKind,
    /// The keys whose signatures the app accepts: the current one and, during a
    /// rotation, the next.
    pub trusted_keys: Vec<[u8; 32]>,
    /// Postcode areas whose shards are stored at install; `None` means every shard.
    pub offline_postcode_areas: Option<Vec<String>>,
}

/// Why a build configuration was refused. Every message names the field.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum BuildConfigError {
    #[error("{0}")]
    Syntax(String),
    #[error("trusted_keys is empty: the app would trust no release at all")]
    NoTrustedKeys,
    #[error("trusted_keys[{index}] is not a public key (64 hex digits, as in a .pub file from `pollcard keygen`): {value:?}")]
    BadKey { index: usize, value: String },
    #[error("trusted_keys[{index}] appears twice")]
    DuplicateKey { index: usize },
    #[error(
        "a release build may not trust the demo key (trusted_keys[{index}]): its private half is public, so \
         anyone could sign data this app would believe. Use kind = \"demo\" for the demo, or your own keys"
    )]
    DemoKeyInRelease { index: usize },
    #[error("offline_postcode_areas: {0:?} is not a postcode area (one or two letters)")]
    BadArea(String),
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    kind: BuildKind,
    trusted_keys: Vec<String>,
    offline_postcode_areas: Option<Vec<String>>,
}

impl BuildConfig {
    /// Parses and checks the file's text.
    pub fn from_toml(text: &str) -> Result<BuildConfig, BuildConfigError> {
        let raw: RawConfig = toml::from_str(text).map_err(|error| BuildConfigError::Syntax(error.to_string()))?;
        if raw.trusted_keys.is_empty() {
            return Err(BuildConfigError::NoTrustedKeys);
        }
        let mut trusted_keys: Vec<[u8; 32]> = Vec::new();
        for (index, value) in raw.trusted_keys.iter().enumerate() {
            // Lower-case only, as `pollcard keygen` writes it: one spelling per key.
            let key: [u8; 32] = hex::decode_array(value.trim())
                .ok_or_else(|| BuildConfigError::BadKey { index, value: value.clone() })?;
            if trusted_keys.contains(&key) {
                return Err(BuildConfigError::DuplicateKey { index });
            }
            if raw.kind == BuildKind::Release && hex::encode(&key) == DEMO_PUBLIC_KEY_HEX {
                return Err(BuildConfigError::DemoKeyInRelease { index });
            }
            trusted_keys.push(key);
        }
        let offline_postcode_areas = match raw.offline_postcode_areas {
            None => None,
            Some(areas) => {
                let mut checked = Vec::with_capacity(areas.len());
                for area in areas {
                    let upper = area.trim().to_ascii_uppercase();
                    if upper.is_empty() || upper.len() > 2 || !upper.chars().all(|c| c.is_ascii_alphabetic()) {
                        return Err(BuildConfigError::BadArea(area));
                    }
                    checked.push(upper);
                }
                checked.sort();
                checked.dedup();
                Some(checked)
            }
        };
        Ok(BuildConfig { kind: raw.kind, trusted_keys, offline_postcode_areas })
    }

    /// The trusted keys as lower-case hex.
    pub fn trusted_keys_hex(&self) -> Vec<String> {
        self.trusted_keys.iter().map(|key| hex::encode(key)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OTHER: &str = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    #[test]
    fn a_demo_build_may_trust_the_demo_key() {
        let config = BuildConfig::from_toml(&format!("kind = \"demo\"\ntrusted_keys = [\"{DEMO_PUBLIC_KEY_HEX}\"]\n"))
            .expect("valid");
        assert_eq!(config.kind, BuildKind::Demo);
        assert_eq!(config.trusted_keys_hex(), vec![DEMO_PUBLIC_KEY_HEX.to_owned()]);
        assert_eq!(config.offline_postcode_areas, None);
    }

    #[test]
    fn a_release_build_that_would_trust_the_demo_key_fails() {
        let text = format!("kind = \"release\"\ntrusted_keys = [\"{OTHER}\", \"{DEMO_PUBLIC_KEY_HEX}\"]\n");
        assert_eq!(BuildConfig::from_toml(&text), Err(BuildConfigError::DemoKeyInRelease { index: 1 }));
        let ok = BuildConfig::from_toml(&format!("kind = \"release\"\ntrusted_keys = [\"{OTHER}\"]\n"));
        assert_eq!(ok.map(|config| config.kind), Ok(BuildKind::Release));
    }

    #[test]
    fn keys_and_areas_are_checked() {
        let with_keys = |keys: &str| BuildConfig::from_toml(&format!("kind = \"demo\"\ntrusted_keys = [{keys}]\n"));
        assert_eq!(with_keys(""), Err(BuildConfigError::NoTrustedKeys));
        assert!(matches!(with_keys("\"abc\""), Err(BuildConfigError::BadKey { index: 0, .. })));
        assert!(matches!(
            with_keys(&format!("\"{}\"", OTHER.to_uppercase())),
            Err(BuildConfigError::BadKey { index: 0, .. })
        ));
        assert_eq!(with_keys(&format!("\"{OTHER}\", \"{OTHER}\"")), Err(BuildConfigError::DuplicateKey { index: 1 }));
        let areas = |list: &str| {
            BuildConfig::from_toml(&format!(
                "kind = \"demo\"\ntrusted_keys = [\"{OTHER}\"]\noffline_postcode_areas = [{list}]\n"
            ))
        };
        assert_eq!(
            areas("\"np\", \"CF\", \"NP\"").map(|config| config.offline_postcode_areas),
            Ok(Some(vec!["CF".to_owned(), "NP".to_owned()]))
        );
        assert_eq!(areas("\"C4\""), Err(BuildConfigError::BadArea("C4".to_owned())));
        assert!(matches!(
            BuildConfig::from_toml("kind = \"demo\"\ntrusted_keys = []\nextra = 1\n"),
            Err(BuildConfigError::Syntax(_))
        ));
        assert!(matches!(
            BuildConfig::from_toml(&format!("kind = \"test\"\ntrusted_keys = [\"{OTHER}\"]\n")),
            Err(BuildConfigError::Syntax(_))
        ));
    }
}
