//! The voter guidance every bundle with elections carries: how to mark each kind of
//! ballot paper, and the photo ID accepted at polling stations, in English and
//! Welsh. Kept as data (`guidance.json`, with its sources) so a change of the rules or
//! of the accepted-ID list is an edit to that file, not to code; the build copies
//! what a bundle needs into its `elections.json`, so the app holds none of it.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::elections::VotingSystem;
use crate::model::{LocalizedText, Nation};

const GUIDANCE_JSON: &str = include_str!("guidance.json");

#[derive(Deserialize)]
pub(super) struct Guidance {
    pub(super) how_to_mark: BTreeMap<VotingSystem, LocalizedText>,
    photo_id: PhotoIdLists,
}

/// Great Britain and Northern Ireland accept different photo ID (Northern Ireland's
/// Electoral Identity Card and Translink SmartPasses; Great Britain's Voter Authority
/// Certificate, Blue Badge and PASS cards).
#[derive(Deserialize, Default)]
struct PhotoIdLists {
    great_britain: Vec<LocalizedText>,
    northern_ireland: Vec<LocalizedText>,
}

impl Guidance {
    /// The built-in guidance. The file is part of the source and checked by the tests
    /// below, so an unreadable one cannot reach a release; should it happen anyway,
    /// the bundle goes without the guidance rather than the build failing.
    pub(super) fn builtin() -> Guidance {
        serde_json::from_str(GUIDANCE_JSON)
            .unwrap_or_else(|_| Guidance { how_to_mark: BTreeMap::new(), photo_id: PhotoIdLists::default() })
    }

    /// The photo ID accepted at polling stations in `nation`.
    pub(super) fn photo_id_for(&self, nation: Nation) -> Vec<LocalizedText> {
        match nation {
            Nation::NorthernIreland => self.photo_id.northern_ireland.clone(),
            _ => self.photo_id.great_britain.clone(),
        }
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
        let great_britain = guidance.photo_id_for(Nation::Wales);
        let northern_ireland = guidance.photo_id_for(Nation::NorthernIreland);
        assert!(great_britain.len() >= 12 && northern_ireland.len() >= 7);
        for id in great_britain.iter().chain(&northern_ireland) {
            assert!(id.en.is_some() && id.cy.is_some(), "{id:?}");
        }
        let names = |list: &[LocalizedText]| list.iter().filter_map(|id| id.en.clone()).collect::<Vec<_>>();
        assert!(names(&great_britain).contains(&"Voter Authority Certificate".to_owned()));
        assert!(!names(&northern_ireland).contains(&"Voter Authority Certificate".to_owned()));
        assert!(names(&northern_ireland).contains(&"Electoral Identity Card".to_owned()));
        assert!(!names(&great_britain).contains(&"Electoral Identity Card".to_owned()));
    }
}
