//! The council (or, in Northern Ireland, EONI) that runs the election and answers
//! voters' questions.

use serde::{Deserialize, Serialize};

use super::keys::{variant_with_key, UnknownKey};
use super::{Language, LocalizedText};

/// The part of the UK an election is held in; rules differ between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(target_arch = "wasm32", serde(try_from = "String"))]
pub enum Nation {
    England,
    Wales,
    Scotland,
    NorthernIreland,
    /// A US state's election, from a Voting Information Project feed; UK rules (the
    /// nations' voter ID and registration rules) do not apply.
    UnitedStates,
}

impl Nation {
    /// The stable kebab-case key, e.g. `northern-ireland`.
    pub fn key(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
            Nation::UnitedStates => "united-states",
        }
    }

    /// The nation with this key, if any.
    pub fn from_key(key: &str) -> Option<Nation> {
        Nation::ALL.into_iter().find(|nation| nation.key() == key.trim().to_ascii_lowercase())
    }

    /// Every nation, in declaration order.
    const ALL: [Nation; 5] =
        [Nation::England, Nation::Wales, Nation::Scotland, Nation::NorthernIreland, Nation::UnitedStates];
}

impl TryFrom<String> for Nation {
    type Error = UnknownKey;

    /// Exactly a key (unlike [`Nation::from_key`], no trimming or case folding), as
    /// serde's derived reader accepts (see `model::keys`).
    fn try_from(key: String) -> Result<Self, UnknownKey> {
        variant_with_key(key, &Nation::ALL, Nation::key)
    }
}

/// How voters reach the electoral services team.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct CouncilContact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Postal address, which councils often publish in both languages.
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub address: LocalizedText,
    /// The council's own elections page (an outbound link the voter chooses to follow).
    #[serde(default, skip_serializing_if = "LocalizedText::is_empty")]
    pub website: LocalizedText,
}

impl CouncilContact {
    /// The council's website in `language` (or the other language, saying which), only
    /// if it is an `https:` or `http:` address: a link from data must never run script
    /// (`javascript:`) or open anything but a web page.
    pub fn web_link(&self, language: Language) -> Option<(&str, Language)> {
        self.website.best(language).filter(|(url, _)| is_web_url(url))
    }

    /// A `tel:` URI for the phone number (RFC 3966 allows no spaces), if there is one
    /// with at least one digit. The "(0)" of "+44 (0)1234" is not dialled, so it goes.
    pub fn phone_uri(&self) -> Option<String> {
        let phone = self.phone.as_deref()?.replace("(0)", "");
        let uri: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        uri.chars().any(|c| c.is_ascii_digit()).then(|| format!("tel:{uri}"))
    }
}

fn is_web_url(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower.strip_prefix("https://").or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'))
}

/// The body whose data a bundle carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct Council {
    /// A short, stable slug such as `aberdyfi-demo`.
    pub id: String,
    /// The council's name; English is required, Welsh where the council uses it.
    pub name: LocalizedText,
    pub nation: Nation,
    pub contact: CouncilContact,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(website: &str, phone: Option<&str>) -> CouncilContact {
        CouncilContact {
            phone: phone.map(str::to_owned),
            email: None,
            address: LocalizedText::default(),
            website: LocalizedText::english(website),
        }
    }

    #[test]
    fn only_web_addresses_become_links() {
        let ok = contact("https://example.org/elections", None);
        assert_eq!(ok.web_link(Language::Cy), Some(("https://example.org/elections", Language::En)));
        assert!(contact("HTTP://example.org", None).web_link(Language::En).is_some());
        for bad in ["javascript:alert(1)", "data:text/html,x", "//example.org", "https://", "https:///x", "example.org"]
        {
            assert_eq!(contact(bad, None).web_link(Language::En), None, "{bad}");
        }
    }

    #[test]
    fn phone_numbers_become_tel_uris() {
        assert_eq!(contact("", Some("01234 567 890")).phone_uri().as_deref(), Some("tel:01234567890"));
        assert_eq!(contact("", Some("+44 (0)1234 567890")).phone_uri().as_deref(), Some("tel:+441234567890"));
        assert_eq!(contact("", Some("ask at reception")).phone_uri(), None);
        assert_eq!(contact("", None).phone_uri(), None);
    }
}
