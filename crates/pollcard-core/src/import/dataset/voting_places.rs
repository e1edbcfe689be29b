//! The bundle's `voting-places.json`, gathered from `pollcard-voting-places/1` files:
//! each place once (the same id twice is a copy, dropped, or a conflict that stops
//! the build, as for stations), and the wards and districts a place is for checked
//! against the ones the bundle knows, since a misspelt ward would hide the place
//! from the very voters it is for.

use crate::model::PollingDistrict;
use crate::voting_places::{VotingPlace, VotingPlacesFile};

use super::super::problems::{Action, ProblemCode};
use super::super::report::{Fate, FileReport, Origin, Problem, Report};
use super::Dataset;

/// A place and the row it came from.
#[derive(Clone, Debug)]
pub(super) struct PlaceEntry {
    place: VotingPlace,
    origin: Origin,
}

impl Dataset {
    /// Adds a place read with `fate` and returns the fate to settle its row with.
    pub fn add_voting_place(
        &mut self,
        place: VotingPlace,
        fate: Fate,
        origin: Origin,
        report: &mut FileReport,
    ) -> Fate {
        let Some(first) = self.voting_places.iter().find(|entry| entry.place.id == place.id) else {
            self.voting_places.push(PlaceEntry { place, origin });
            return fate;
        };
        let where_first = self.describe(first.origin);
        let problem = if first.place == place {
            Problem::new(
                ProblemCode::DuplicateRow,
                Action::Dropped,
                format!("place \"{}\" is listed again with the same details as {where_first}", place.id),
                "Delete the repeated row.",
            )
        } else {
            Problem::new(
                ProblemCode::DuplicateVotingPlace,
                Action::Stopped,
                format!("place id \"{}\" is used for two different places here and on {where_first}", place.id),
                "Give each place its own place_id, or merge the two rows into one.",
            )
        };
        report.push(problem.at_line(origin.line));
        Fate::Dropped
    }
}

/// The file for `council`, or `None` when no input gave a place. Each ward and
/// district a place names that `districts` does not know is reported on its row.
pub(super) fn finish(
    entries: Vec<PlaceEntry>,
    council: &str,
    districts: &[PollingDistrict],
    report: &mut Report,
) -> Option<VotingPlacesFile> {
    if entries.is_empty() {
        return None;
    }
    let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    let ward_known = |name: &str| {
        districts.iter().filter_map(|district| district.ward.as_ref()).any(|ward| {
            same(&ward.id, name) || [&ward.name.en, &ward.name.cy].into_iter().flatten().any(|text| same(text, name))
        })
    };
    let district_known = |id: &str| districts.iter().any(|district| same(&district.id, id));
    let mut places = Vec::with_capacity(entries.len());
    for PlaceEntry { place, origin } in entries {
        let unknown_wards: Vec<&str> =
            place.wards.iter().map(String::as_str).filter(|ward| !ward_known(ward)).collect();
        let unknown_districts: Vec<&str> =
            place.districts.iter().map(String::as_str).filter(|id| !district_known(id)).collect();
        for (what, unknown) in [("ward", unknown_wards), ("polling district", unknown_districts)] {
            if unknown.is_empty() {
                continue;
            }
            report.push_at(
                origin,
                Problem::new(
                    ProblemCode::UnknownPlaceArea,
                    Action::Kept,
                    format!(
                        "place \"{}\" is for the {what}(s) {}, which no address or district file of this build \
                         names; voters there will not be shown it",
                        place.id,
                        unknown.iter().map(|name| format!("\"{name}\"")).collect::<Vec<_>>().join(", ")
                    ),
                    "Check the spelling against the ward and polling district ids of the other inputs.",
                ),
            );
        }
        places.push(place);
    }
    Some(VotingPlacesFile::new(council, places))
}
