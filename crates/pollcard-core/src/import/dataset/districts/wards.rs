//! Applying the polling district → ward and ballot mapping.
//!
//! A mapping row for a district the build does not know is dropped, because it most
//! likely carries a typing error that leaves the real district without its ward; a
//! district given two different wards loses both rows, as nobody can tell which is
//! right; and, once any mapping is given, a district it leaves out is pointed out.

use std::collections::BTreeMap;

use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Origin, Problem, Report};
use crate::model::{PollingDistrict, Ward};

use super::super::Dataset;

/// One row of a mapping file: a polling district's ward and ballot.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DistrictWard {
    pub district: String,
    pub ward: Ward,
    pub ballot_id: Option<String>,
}

#[derive(Clone, Debug)]
pub(in crate::import::dataset) struct WardEntry {
    mapping: DistrictWard,
    origin: Origin,
}

impl Dataset {
    /// Adds one district's ward and ballot, settled as imported; checked in `finish`.
    pub fn add_district_ward(&mut self, mapping: DistrictWard, origin: Origin) {
        self.district_inputs.wards.push(WardEntry { mapping, origin });
    }
}

/// Gives each district its ward and ballot. `boundary_origin` says where districts
/// known from a boundary file were read, to point at them.
pub(super) fn apply(
    districts: &mut BTreeMap<String, PollingDistrict>,
    entries: Vec<WardEntry>,
    boundary_origin: &BTreeMap<String, Origin>,
    report: &mut Report,
) {
    if entries.is_empty() {
        return;
    }
    let mut by_district: BTreeMap<String, Vec<WardEntry>> = BTreeMap::new();
    for entry in entries {
        by_district.entry(entry.mapping.district.clone()).or_default().push(entry);
    }
    let mut mapped = Vec::new();
    for (id, entries) in by_district {
        let Some(district) = districts.get_mut(&id) else {
            for entry in &entries {
                report.retract(entry.origin, false, unknown_district(&id, districts.keys()));
            }
            continue;
        };
        let first = &entries[0].mapping;
        if entries.iter().any(|entry| entry.mapping != *first) {
            let places: Vec<String> = entries.iter().map(|entry| report.describe(entry.origin)).collect();
            for entry in &entries {
                let problem = Problem::new(
                    ProblemCode::DuplicateMapping,
                    Action::Dropped,
                    format!(
                        "polling district \"{id}\" is given different wards or ballots ({}); none was used",
                        places.join(", ")
                    ),
                    "Keep one row per polling district, with its right ward and ballot.",
                );
                report.retract(entry.origin, false, problem);
            }
            continue;
        }
        for entry in &entries[1..] {
            let problem = Problem::new(
                ProblemCode::DuplicateRow,
                Action::Dropped,
                format!(
                    "polling district \"{id}\" is mapped again to the same ward as on {}",
                    report.describe(entries[0].origin)
                ),
                "Delete the repeated row.",
            );
            report.retract(entry.origin, false, problem);
        }
        district.ward = Some(first.ward.clone());
        district.ballot_id = first.ballot_id.clone();
        mapped.push(id);
    }
    for district in districts.values().filter(|district| district.ward.is_none()) {
        let problem = Problem::new(
            ProblemCode::DistrictWithoutWard,
            Action::Kept,
            format!("the ward mapping does not say which ward polling district \"{}\" is in", district.id),
            "Add a row for the district to the ward mapping file.",
        );
        match boundary_origin.get(&district.id) {
            Some(&origin) => report.push_at(origin, problem),
            None => report.push_general(problem),
        }
    }
}

fn unknown_district<'k>(id: &str, known: impl Iterator<Item = &'k String>) -> Problem {
    let known: Vec<&str> = known.map(String::as_str).take(20).collect();
    let listing = if known.is_empty() { "none is known".to_owned() } else { format!("known: {}", known.join(", ")) };
    Problem::new(
        ProblemCode::MappingUnknownDistrict,
        Action::Dropped,
        format!(
            "the ward mapping names polling district \"{id}\", which no address or boundary file has ({listing}); \
             the row was dropped"
        ),
        "Check the district reference against the election software's export; a typing error here leaves the \
         real district without its ward.",
    )
}
