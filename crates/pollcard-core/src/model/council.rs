//! The council (or, in Northern Ireland, EONI) that runs the election and answers
//! voters' questions.

use serde::{Deserialize, Serialize};

use super::LocalizedText;

/// The part of the UK an election is held in; rules differ between them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Nation {
    England,
    Wales,
    Scotland,
    NorthernIreland,
}

impl Nation {
    /// The stable kebab-case key, e.g. `northern-ireland`.
    pub fn key(self) -> &'static str {
        match self {
            Nation::England => "england",
            Nation::Wales => "wales",
            Nation::Scotland => "scotland",
            Nation::NorthernIreland => "northern-ireland",
        }
    }

    /// The nation with this key, if any.
    pub fn from_key(key: &str) -> Option<Nation> {
        [Nation::England, Nation::Wales, Nation::Scotland, Nation::NorthernIreland]
            .into_iter()
            .find(|nation| nation.key() == key.trim().to_ascii_lowercase())
    }
}

/// How voters reach the electoral services team.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
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

/// The body whose data a bundle carries.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Council {
    /// A short, stable slug such as `aberdyfi-demo`.
    pub id: String,
    /// The council's name; English is required, Welsh where the council uses it.
    pub name: LocalizedText,
    pub nation: Nation,
    pub contact: CouncilContact,
}
