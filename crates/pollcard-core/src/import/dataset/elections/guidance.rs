//! The voter guidance every bundle with elections carries: how to mark each kind of
//! ballot paper, and the photo ID accepted at polling stations, in English and
//! Welsh. Kept as data (`guidance.json`, with its sources) so a change of the rules or
//! of the accepted-ID list is an edit to that file, not to code; the build copies
//! what a bundle needs into its `elections.json`, so the app holds none of it.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::elections::VotingSystem;
use crate::model::LocalizedText;

const GUIDANCE_JSON: &str = include_str!("guidance.json");

#[derive(Deserialize)]
pub(super) struct Guidance {
    pub(super) how_to_mark: BTreeMap<VotingSystem, LocalizedText>,
    pub(super) photo_id: Vec<LocalizedText>,
}

impl Guidance {
    /// The built-in guidance. The file is part of the source and checked by the tests
    /// below, so an unreadable one cannot reach a release; should it happen anyway,
    /// the bundle goes without the guidance rather than the build failing.
    pub(super) fn builtin() -> Guidance {
        serde_json::from_str(GUIDANCE_JSON)
            .unwrap_or_else(|_| Guidance { how_to_mark: BTreeMap::new(), photo_id: Vec::new() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_voting_system_has_text_in_both_languages() {
        let guidance: Guidance = serde_json::from_str(GUIDANCE_JSON).expect("guidance.json reads");
        for system in VotingSystem::ALL {
            let text = guidance.how_to_mark.get(&system).unwrap_or_else(|| panic!("{system:?}"));
            assert!(text.en.is_some() && text.cy.is_some(), "{system:?}");
        }
        assert!(guidance.photo_id.len() >= 12);
        assert!(guidance.photo_id.iter().all(|id| id.en.is_some() && id.cy.is_some()));
        assert!(guidance.photo_id.iter().any(|id| id.en.as_deref() == Some("Voter Authority Certificate")));
    }
}
