//! Voting systems with their stable keys, and Democracy Club's id prefixes (`parl`,
//! `sp`, `nia`, …) for the election types the timetable defines
//! ([`ElectionType`], keys `uk-parliament`, `local`, …).

use serde::{Deserialize, Serialize};

pub use crate::timetable::ElectionType;

/// The election type of a Democracy Club id's first part (`parl.2024-07-04` → UK
/// Parliament). `naw` is the Senedd's prefix from before its 2020 renaming.
pub fn type_from_id_prefix(prefix: &str) -> Option<ElectionType> {
    Some(match prefix {
        "parl" => ElectionType::UkParliament,
        "local" => ElectionType::Local,
        "sp" => ElectionType::ScottishParliament,
        "senedd" | "naw" => ElectionType::Senedd,
        "nia" => ElectionType::NiAssembly,
        "pcc" => ElectionType::Pcc,
        "mayor" => ElectionType::Mayor,
        "gla" => ElectionType::Gla,
        "parish" => ElectionType::Parish,
        _ => return None,
    })
}

/// The id prefix Pollcard writes for an election type.
pub fn id_prefix(election_type: ElectionType) -> &'static str {
    match election_type {
        ElectionType::UkParliament => "parl",
        ElectionType::ScottishParliament => "sp",
        ElectionType::NiAssembly => "nia",
        other => other.key(),
    }
}

/// How votes are cast and counted, which decides how the ballot paper is marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[cfg_attr(target_arch = "wasm32", serde(try_from = "String"))]
pub enum VotingSystem {
    /// First past the post: a cross against as many candidates as there are seats.
    Fptp,
    /// Single transferable vote: candidates numbered in order of preference.
    Stv,
    /// Additional member system, constituency ballot (a cross for one candidate).
    AmsConstituency,
    /// Additional member system, regional list ballot (a cross for one party or
    /// independent candidate).
    AmsRegional,
    /// Supplementary vote: a first and an optional second choice.
    Sv,
    /// Closed party list: a cross for one party (or independent candidate).
    ClosedList,
}

impl VotingSystem {
    pub const ALL: [VotingSystem; 6] = [
        VotingSystem::Fptp,
        VotingSystem::Stv,
        VotingSystem::AmsConstituency,
        VotingSystem::AmsRegional,
        VotingSystem::Sv,
        VotingSystem::ClosedList,
    ];

    /// The stable key, e.g. `closed_list`.
    pub fn key(self) -> &'static str {
        match self {
            VotingSystem::Fptp => "fptp",
            VotingSystem::Stv => "stv",
            VotingSystem::AmsConstituency => "ams_constituency",
            VotingSystem::AmsRegional => "ams_regional",
            VotingSystem::Sv => "sv",
            VotingSystem::ClosedList => "closed_list",
        }
    }

    /// Reads a Pollcard key or a Democracy Club slug (`FPTP`, `STV`, `sv`, `PR-CL`,
    /// `AMS`), in any case. Democracy Club calls both AMS ballots `AMS`: `regional`
    /// says which one is meant (its ids mark regional ballots `.r.` or `.a.`).
    pub fn parse(text: &str, regional: bool) -> Option<VotingSystem> {
        let key = text.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        if let Some(system) = VotingSystem::ALL.into_iter().find(|system| system.key() == key) {
            return Some(system);
        }
        Some(match key.as_str() {
            "first_past_the_post" => VotingSystem::Fptp,
            "supplementary_vote" => VotingSystem::Sv,
            "pr_cl" | "list" => VotingSystem::ClosedList,
            "ams" if regional => VotingSystem::AmsRegional,
            "ams" => VotingSystem::AmsConstituency,
            _ => return None,
        })
    }

    /// Whether voters choose among party lists, so the paper lists parties (each
    /// with its candidates in list order) rather than single candidates.
    pub fn uses_party_lists(self) -> bool {
        matches!(self, VotingSystem::AmsRegional | VotingSystem::ClosedList)
    }
}

impl TryFrom<String> for VotingSystem {
    type Error = crate::model::UnknownKey;

    /// Exactly a key (unlike [`VotingSystem::parse`]), as serde's derived reader
    /// accepts (see `model::keys`).
    fn try_from(key: String) -> Result<Self, crate::model::UnknownKey> {
        crate::model::keys::variant_with_key(key, &VotingSystem::ALL, VotingSystem::key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_match_serde() {
        for kind in ElectionType::ALL {
            assert_eq!(type_from_id_prefix(id_prefix(kind)), Some(kind));
        }
        for system in VotingSystem::ALL {
            assert_eq!(VotingSystem::parse(system.key(), false), Some(system));
            assert_eq!(serde_json::to_string(&system).expect("serialises"), format!("\"{}\"", system.key()));
        }
    }

    #[test]
    fn democracy_club_slugs() {
        assert_eq!(VotingSystem::parse("FPTP", false), Some(VotingSystem::Fptp));
        assert_eq!(VotingSystem::parse("PR-CL", false), Some(VotingSystem::ClosedList));
        assert_eq!(VotingSystem::parse("AMS", true), Some(VotingSystem::AmsRegional));
        assert_eq!(VotingSystem::parse("AMS", false), Some(VotingSystem::AmsConstituency));
        assert_eq!(VotingSystem::parse("First past the post", false), Some(VotingSystem::Fptp));
        assert_eq!(VotingSystem::parse("approval", false), None);
        assert_eq!(type_from_id_prefix("naw"), Some(ElectionType::Senedd));
        assert_eq!(type_from_id_prefix("europarl"), None);
    }
}
