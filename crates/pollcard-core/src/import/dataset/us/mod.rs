//! The US part of the dataset: what VIP feeds and precinct boundary files hold,
//! checked across files once every input is read.
//!
//! - Duplicate ids within a kind of element: the later element is dropped (error).
//! - References: a location's `HoursOpenId`, a precinct's `LocalityId` and
//!   `PollingLocationIds`, a street segment's `PrecinctId` must name elements in the
//!   build; a bad one is an error reported at the referring element's line.
//! - Vote centres: a precinct without `PollingLocationIds` is served by every
//!   location of its locality — the locality's own `PollingLocationIds`, or else every
//!   location any precinct of the locality names.
//! - Boundaries ([`boundaries`]) are paired with precincts.
//! - A VIP-only build has no council file; the state's election office (or the
//!   single locality's) is then the bundle's council ([`council_from_feed`]).

mod boundaries;

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::import::formats::vip::elements::ShapeReference;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, Origin, Problem, Report};
use crate::model::{Council, CouncilContact, LocalizedText, Nation};
use crate::natural_order;
use crate::us::bundle::UsBundle;
use crate::us::{
    Election, ElectionAdministration, Locality, OpeningHours, Precinct, State, StreetSegment, VotingLocation,
};

pub use boundaries::BoundaryRecord;
use boundaries::ShapefileSet;

/// One element and where it came from; `repaired` is how it was settled.
#[derive(Clone, Debug)]
struct Entry<T> {
    value: T,
    origin: Origin,
    repaired: bool,
}

/// Everything read from VIP feeds and boundary files so far.
#[derive(Clone, Debug, Default)]
pub struct UsInputs {
    locations: Vec<Entry<(VotingLocation, Option<String>)>>,
    hours: Vec<Entry<(String, Vec<OpeningHours>)>>,
    precincts: Vec<Entry<Precinct>>,
    localities: Vec<Entry<Locality>>,
    states: Vec<Entry<State>>,
    elections: Vec<Entry<Election>>,
    administrations: Vec<Entry<ElectionAdministration>>,
    street_segments: Vec<Entry<StreetSegment>>,
    boundaries: Vec<BoundaryRecord>,
    shapefiles: BTreeMap<String, ShapefileSet>,
    /// Precincts' `SpatialBoundary` references, and `ExternalFile` id → file name.
    shape_references: Vec<(String, ShapeReference, Origin)>,
    external_files: BTreeMap<String, String>,
}

fn entry<T>(value: T, origin: Origin, fate: Fate) -> Entry<T> {
    Entry { value, origin, repaired: fate == Fate::Repaired }
}

impl UsInputs {
    pub fn add_location(
        &mut self,
        location: VotingLocation,
        hours_open_id: Option<String>,
        fate: Fate,
        origin: Origin,
    ) {
        self.locations.push(entry((location, hours_open_id), origin, fate));
    }
    pub fn add_hours(&mut self, id: String, hours: Vec<OpeningHours>, origin: Origin) {
        self.hours.push(entry((id, hours), origin, Fate::Imported));
    }
    pub fn add_precinct(&mut self, precinct: Precinct, shapes: Option<ShapeReference>, origin: Origin) {
        if let Some(shapes) = shapes {
            self.shape_references.push((precinct.id.clone(), shapes, origin));
        }
        self.precincts.push(entry(precinct, origin, Fate::Imported));
    }
    pub fn add_locality(&mut self, locality: Locality, origin: Origin) {
        self.localities.push(entry(locality, origin, Fate::Imported));
    }
    pub fn add_state(&mut self, state: State, origin: Origin) {
        self.states.push(entry(state, origin, Fate::Imported));
    }
    pub fn add_election(&mut self, election: Election, origin: Origin) {
        self.elections.push(entry(election, origin, Fate::Imported));
    }
    pub fn add_administration(&mut self, administration: ElectionAdministration, fate: Fate, origin: Origin) {
        self.administrations.push(entry(administration, origin, fate));
    }
    pub fn add_external_file(&mut self, id: String, file_name: String) {
        self.external_files.insert(id, file_name);
    }
    pub fn add_street_segment(&mut self, segment: StreetSegment, origin: Origin) {
        self.street_segments.push(entry(segment, origin, Fate::Imported));
    }

    /// True when no US data was read, so the build is a UK one.
    pub fn is_empty(&self) -> bool {
        self.locations.is_empty()
            && self.precincts.is_empty()
            && self.localities.is_empty()
            && self.states.is_empty()
            && self.boundaries.is_empty()
            && self.shapefiles.is_empty()
    }
}

fn bad_reference(message: String, action: Action) -> Problem {
    Problem::new(
        ProblemCode::VipBadReference,
        action,
        message,
        "Add the missing element to the feed, or correct the id that names it.",
    )
}

/// Drops every element whose id an earlier one of the same kind already used.
fn dedupe<T>(entries: Vec<Entry<T>>, kind: &str, id: fn(&T) -> &str, report: &mut Report) -> Vec<Entry<T>> {
    let mut first: HashMap<String, Origin> = HashMap::new();
    let mut kept = Vec::with_capacity(entries.len());
    for entry in entries {
        let key = id(&entry.value).to_owned();
        if let Some(&earlier) = first.get(&key) {
            let message =
                format!("{kind} id \"{key}\" was already used on {}; this one is left out", report.describe(earlier));
            report.retract(
                entry.origin,
                entry.repaired,
                Problem::new(ProblemCode::VipDuplicateId, Action::Dropped, message, "Give every element its own id."),
            );
        } else {
            first.insert(key, entry.origin);
            kept.push(entry);
        }
    }
    kept
}

/// Checks the US data and returns it ready to write; `None` when there is none.
pub(super) fn finish(inputs: UsInputs, report: &mut Report) -> Option<UsBundle> {
    if inputs.is_empty() {
        return None;
    }
    let hours = dedupe(inputs.hours, "HoursOpen", |(id, _)| id, report);
    let hours: HashMap<String, Vec<OpeningHours>> = hours.into_iter().map(|e| e.value).collect();
    let mut locations = Vec::new();
    for mut entry in dedupe(inputs.locations, "PollingLocation", |(l, _)| &l.id, report) {
        let (location, hours_id) = &mut entry.value;
        if let Some(hours_id) = hours_id {
            match hours.get(hours_id.as_str()) {
                Some(schedules) => location.hours = schedules.clone(),
                None => report.mark_repaired(
                    entry.origin,
                    entry.repaired,
                    bad_reference(
                        format!(
                            "PollingLocation \"{}\" names HoursOpen \"{hours_id}\", which the feed does not have; it \
                             is kept without hours",
                            location.id
                        ),
                        Action::Repaired,
                    ),
                ),
            }
        }
        locations.push(entry.value.0);
    }
    let location_ids: BTreeSet<&str> = locations.iter().map(|l| l.id.as_str()).collect();
    let localities: Vec<Locality> =
        dedupe(inputs.localities, "Locality", |l| &l.id, report).into_iter().map(|e| e.value).collect();
    let mut precincts =
        check_precincts(dedupe(inputs.precincts, "Precinct", |p| &p.id, report), &localities, &location_ids, report);
    assign_vote_centres(&mut precincts, &localities, &location_ids);
    let precinct_ids: BTreeSet<&str> = precincts.iter().map(|p| p.value.id.as_str()).collect();
    let mut street_segments = Vec::new();
    for entry in dedupe(inputs.street_segments, "StreetSegment", |s| &s.id, report) {
        if precinct_ids.contains(entry.value.precinct_id.as_str()) {
            street_segments.push(entry.value);
        } else {
            let message = format!(
                "StreetSegment \"{}\" names Precinct \"{}\", which the feed does not have; it is left out",
                entry.value.id, entry.value.precinct_id
            );
            report.retract(entry.origin, entry.repaired, bad_reference(message, Action::Dropped));
        }
    }
    let mut boundaries = inputs.boundaries;
    boundaries.extend(boundaries::from_shapefiles(inputs.shapefiles, report));
    let references = boundaries::resolve_references(inputs.shape_references, &inputs.external_files, report);
    boundaries::assign(&mut precincts, boundaries, &references, report);
    let states = dedupe(inputs.states, "State", |s| &s.id, report);
    let elections = dedupe(inputs.elections, "Election", |e| &e.id, report);
    Some(UsBundle {
        state: states.into_iter().next().map(|e| e.value),
        election: elections.into_iter().next().map(|e| e.value),
        localities,
        administrations: dedupe(inputs.administrations, "ElectionAdministration", |a| &a.id, report)
            .into_iter()
            .map(|e| e.value)
            .collect(),
        locations,
        precincts: precincts.into_iter().map(|e| e.value).collect(),
        street_segments,
    })
}

/// Drops precincts of unknown localities, and unknown location ids from the rest (a
/// precinct left with none of the locations it named is dropped too).
fn check_precincts(
    precincts: Vec<Entry<Precinct>>,
    localities: &[Locality],
    location_ids: &BTreeSet<&str>,
    report: &mut Report,
) -> Vec<Entry<Precinct>> {
    let mut kept = Vec::new();
    for mut entry in precincts {
        let precinct = &mut entry.value;
        if !localities.iter().any(|l| l.id == precinct.locality_id) {
            let message = format!(
                "Precinct \"{}\" names Locality \"{}\", which the feed does not have; it is left out",
                precinct.id, precinct.locality_id
            );
            report.retract(entry.origin, entry.repaired, bad_reference(message, Action::Dropped));
            continue;
        }
        let (known, missing): (Vec<String>, Vec<String>) =
            precinct.location_ids.drain(..).partition(|id| location_ids.contains(id.as_str()));
        precinct.location_ids = known;
        if !missing.is_empty() {
            let names = missing.iter().map(|id| format!("\"{id}\"")).collect::<Vec<_>>().join(", ");
            if precinct.location_ids.is_empty() {
                let message = format!(
                    "Precinct \"{}\" names PollingLocation {names}, which the feed does not have, and no other; it \
                     is left out",
                    precinct.id
                );
                report.retract(entry.origin, entry.repaired, bad_reference(message, Action::Dropped));
                continue;
            }
            let message = format!(
                "Precinct \"{}\" names PollingLocation {names}, which the feed does not have; the rest are kept",
                precinct.id
            );
            report.mark_repaired(entry.origin, entry.repaired, bad_reference(message, Action::Repaired));
            entry.repaired = true;
        }
        kept.push(entry);
    }
    kept
}

/// Gives every precinct without locations (and not mail-only) those of its locality.
fn assign_vote_centres(precincts: &mut [Entry<Precinct>], localities: &[Locality], location_ids: &BTreeSet<&str>) {
    let mut named_in_locality: HashMap<String, BTreeSet<String>> = HashMap::new();
    for entry in precincts.iter() {
        let set = named_in_locality.entry(entry.value.locality_id.clone()).or_default();
        set.extend(entry.value.location_ids.iter().cloned());
    }
    for entry in precincts.iter_mut() {
        let precinct = &mut entry.value;
        if !precinct.location_ids.is_empty() || precinct.is_mail_only {
            continue;
        }
        let locality = localities.iter().find(|l| l.id == precinct.locality_id);
        let own: Vec<String> = locality
            .map(|l| l.location_ids.iter().filter(|id| location_ids.contains(id.as_str())).cloned().collect())
            .unwrap_or_default();
        let mut serving: Vec<String> = if own.is_empty() {
            named_in_locality.get(&precinct.locality_id).map(|ids| ids.iter().cloned().collect()).unwrap_or_default()
        } else {
            own
        };
        serving.sort_by(|a, b| natural_order::compare(a, b));
        serving.dedup();
        precinct.location_ids = serving;
        precinct.vote_centre = true;
    }
}

/// The council a VIP-only bundle names: the state's election office, or failing
/// that the office of the feed's only locality. `None` when the feed names neither.
pub(super) fn council_from_feed(us: &UsBundle) -> Option<Council> {
    let administration = |id: Option<&String>| id.and_then(|id| us.administrations.iter().find(|a| &a.id == id));
    let (place, office) = match (&us.state, us.localities.as_slice()) {
        (Some(state), _) if administration(state.election_administration_id.as_ref()).is_some() => {
            (state.name.clone(), administration(state.election_administration_id.as_ref()))
        }
        (_, [only]) => (only.name.clone(), administration(only.election_administration_id.as_ref())),
        (Some(state), _) => (state.name.clone(), None),
        (None, _) => return None,
    };
    let slug: String = place
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let name = office.and_then(|o| o.name.clone()).unwrap_or_else(|| format!("{place} elections"));
    let contact = office.map_or_else(CouncilContact::default, |o| CouncilContact {
        phone: o.phone.clone(),
        email: o.email.clone(),
        address: o.address.clone().map(LocalizedText::english).unwrap_or_default(),
        website: o.links.get("elections").cloned().map(LocalizedText::english).unwrap_or_default(),
    });
    Some(Council {
        id: format!("us-{slug}"),
        name: LocalizedText::english(name),
        nation: Nation::UnitedStates,
        contact,
    })
}

impl super::Dataset {
    /// Where the VIP and boundary importers put what they read.
    pub fn us_inputs(&mut self) -> &mut UsInputs {
        &mut self.us
    }
}
