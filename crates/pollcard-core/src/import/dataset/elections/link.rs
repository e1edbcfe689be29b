//! Which polling districts vote in which ballot.
//!
//! A ballot of the election's whole area (a mayor, a PCC: no ward, no division in its
//! id) is every district's. A ward ballot is the ballot of each district the
//! `pollcard-district-wards/1` mapping puts in its ward: the district's `ballot_id`
//! names it, or its ward's id is the ballot's `ward_id` (Democracy Club's post ids
//! such as `DIW:E05000123` match on the part after the colon), or the ward's id or
//! English name, written as a slug, is the division part of the ballot's id.

use std::collections::BTreeMap;

use crate::elections::search::fold;
use crate::elections::{ids, Ballot};
use crate::model::PollingDistrict;

/// Polling district → ids of its ballots (in ballot order), and the ballots no
/// district votes in.
pub(super) fn districts_to_ballots<'b>(
    ballots: &'b [Ballot],
    districts: &[PollingDistrict],
) -> (BTreeMap<String, Vec<String>>, Vec<&'b Ballot>) {
    let mut by_district: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut unlinked = Vec::new();
    for ballot in ballots {
        let division = ids::parse_ballot(&ballot.id).ok().and_then(|id| id.division().map(str::to_owned));
        let whole_area = ballot.ward_id.is_none() && division.is_none();
        let mut linked = false;
        for district in districts {
            if whole_area || votes_in(district, ballot, division.as_deref()) {
                by_district.entry(district.id.clone()).or_default().push(ballot.id.clone());
                linked = true;
            }
        }
        if !linked {
            unlinked.push(ballot);
        }
    }
    (by_district, unlinked)
}

fn votes_in(district: &PollingDistrict, ballot: &Ballot, division: Option<&str>) -> bool {
    if district.ballot_id.as_deref() == Some(ballot.id.as_str()) {
        return true;
    }
    let Some(ward) = &district.ward else { return false };
    if let Some(ward_id) = &ballot.ward_id {
        let bare = ward_id.rsplit(':').next().unwrap_or(ward_id);
        if ward.id == *ward_id || ward.id == bare {
            return true;
        }
    }
    let Some(division) = division else { return false };
    slug(&ward.id) == division || ward.name.en.as_deref().is_some_and(|name| slug(name) == division)
}

/// `North Ward` → `north-ward`, as Democracy Club writes divisions in ids.
pub(super) fn slug(text: &str) -> String {
    fold(text).split(' ').filter(|part| !part.is_empty()).collect::<Vec<_>>().join("-")
}
