//! The names a timetable is asked for by: election types, nations and events, with
//! their stable keys (used on the command line, in the rules data and in JSON).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::model::Nation;

/// The four UK nations, in order; a timetable's nation must be one of them.
pub const UK_NATIONS: [Nation; 4] = [Nation::England, Nation::Wales, Nation::Scotland, Nation::NorthernIreland];

/// The nation with this key, if it is a UK nation.
pub fn uk_nation(key: &str) -> Option<Nation> {
    Nation::from_key(key).filter(|nation| UK_NATIONS.contains(nation))
}

/// What kind of election a poll is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ElectionType {
    UkParliament,
    Local,
    ScottishParliament,
    Senedd,
    NiAssembly,
    Pcc,
    Mayor,
    Gla,
    Parish,
}

impl ElectionType {
    pub const ALL: [ElectionType; 9] = [
        ElectionType::UkParliament,
        ElectionType::Local,
        ElectionType::ScottishParliament,
        ElectionType::Senedd,
        ElectionType::NiAssembly,
        ElectionType::Pcc,
        ElectionType::Mayor,
        ElectionType::Gla,
        ElectionType::Parish,
    ];

    /// The stable key, e.g. `uk-parliament`.
    pub fn key(self) -> &'static str {
        match self {
            ElectionType::UkParliament => "uk-parliament",
            ElectionType::Local => "local",
            ElectionType::ScottishParliament => "scottish-parliament",
            ElectionType::Senedd => "senedd",
            ElectionType::NiAssembly => "ni-assembly",
            ElectionType::Pcc => "pcc",
            ElectionType::Mayor => "mayor",
            ElectionType::Gla => "gla",
            ElectionType::Parish => "parish",
        }
    }

    /// The type with this key, if any.
    pub fn from_key(key: &str) -> Option<ElectionType> {
        let key = key.trim().to_ascii_lowercase();
        ElectionType::ALL.into_iter().find(|kind| kind.key() == key)
    }
}

impl fmt::Display for ElectionType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// One step of an election timetable, in the order they happen. The wasm reads it as
/// a string (see `model::keys`): every election in `elections.json` keys its
/// timetable by it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(target_arch = "wasm32", serde(try_from = "String"))]
pub enum Event {
    NoticeOfElection,
    CloseOfNominations,
    SopnPublication,
    Withdrawal,
    Registration,
    PostalApplication,
    PostalChange,
    PostalProxy,
    ProxyApplication,
    VacApplication,
    EmergencyProxy,
    ReplacementPostalPackFrom,
    ReplacementPostalPackUntil,
    PostalReturn,
    PollOpen,
    PollClose,
    Count,
}

impl Event {
    pub const ALL: [Event; 17] = [
        Event::NoticeOfElection,
        Event::CloseOfNominations,
        Event::SopnPublication,
        Event::Withdrawal,
        Event::Registration,
        Event::PostalApplication,
        Event::PostalChange,
        Event::PostalProxy,
        Event::ProxyApplication,
        Event::VacApplication,
        Event::EmergencyProxy,
        Event::ReplacementPostalPackFrom,
        Event::ReplacementPostalPackUntil,
        Event::PostalReturn,
        Event::PollOpen,
        Event::PollClose,
        Event::Count,
    ];

    /// The stable key, e.g. `close_of_nominations`.
    pub fn key(self) -> &'static str {
        match self {
            Event::NoticeOfElection => "notice_of_election",
            Event::CloseOfNominations => "close_of_nominations",
            Event::SopnPublication => "sopn_publication",
            Event::Withdrawal => "withdrawal",
            Event::Registration => "registration",
            Event::PostalApplication => "postal_application",
            Event::PostalChange => "postal_change",
            Event::PostalProxy => "postal_proxy",
            Event::ProxyApplication => "proxy_application",
            Event::VacApplication => "vac_application",
            Event::EmergencyProxy => "emergency_proxy",
            Event::ReplacementPostalPackFrom => "replacement_postal_pack_from",
            Event::ReplacementPostalPackUntil => "replacement_postal_pack_until",
            Event::PostalReturn => "postal_return",
            Event::PollOpen => "poll_open",
            Event::PollClose => "poll_close",
            Event::Count => "count",
        }
    }

    /// The event with this key, if any.
    pub fn from_key(key: &str) -> Option<Event> {
        Event::ALL.into_iter().find(|event| event.key() == key.trim())
    }
}

impl TryFrom<String> for Event {
    type Error = crate::model::UnknownKey;

    /// Exactly a key, as serde's derived reader accepts.
    fn try_from(key: String) -> Result<Self, crate::model::UnknownKey> {
        crate::model::keys::variant_with_key(key, &Event::ALL, Event::key)
    }
}

impl fmt::Display for Event {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}
