//! Polling districts across files: boundaries from GeoJSON or KML, the ward and ballot
//! mapping, and the checks that need them all.
//!
//! Council exports name each address's polling district; a boundary file says where
//! the district is, and a mapping file which ward and ballot it belongs to. None of
//! them alone can tell that a station lies outside the district it serves or that a
//! district has no station, so those checks are made here, once everything is read.
//! They use the boundaries as drawn; only then are the boundaries simplified for the
//! bundle.

use std::collections::{BTreeMap, BTreeSet};

use geo::{Coord, Intersects, LineString, MultiPolygon, Point, Polygon};

use crate::geo::simplify::{simplify_boundaries, Settings};
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, Origin, Problem, Report};
use crate::model::{Address, Boundary, Location, PollingDistrict, StationId};
use crate::postcode::Postcode;

use super::{Dataset, StationEntry};

mod wards;

pub use wards::DistrictWard;

/// One district's boundary, as a boundary file gives it.
#[derive(Clone, Debug, PartialEq)]
pub struct DistrictBoundary {
    pub id: String,
    pub name: Option<String>,
    pub boundary: Boundary,
}

#[derive(Clone, Debug)]
struct BoundaryEntry {
    district: DistrictBoundary,
    origin: Origin,
    repaired: bool,
}

/// What the district files said, kept until every file is read.
#[derive(Clone, Debug, Default)]
pub(super) struct DistrictInputs {
    boundaries: Vec<BoundaryEntry>,
    /// Names given by exports that list districts (FCS), by district id.
    names: BTreeMap<String, String>,
    wards: Vec<wards::WardEntry>,
}

impl Dataset {
    /// Adds a district's boundary read with `fate` (imported or repaired). A second
    /// boundary for the same district is settled in `finish`.
    pub fn add_district_boundary(&mut self, district: DistrictBoundary, fate: Fate, origin: Origin) {
        self.district_inputs.boundaries.push(BoundaryEntry { district, origin, repaired: fate == Fate::Repaired });
    }

    /// Records a district's name, used when no boundary file names it; the first
    /// name given wins.
    pub fn name_district(&mut self, id: String, name: String) {
        self.district_inputs.names.entry(id).or_insert(name);
    }
}

/// Completes the districts found on the addresses with what the district files say,
/// and reports stations outside their districts and districts without a station.
pub(super) fn complete(
    from_addresses: Vec<PollingDistrict>,
    inputs: DistrictInputs,
    stations: &[StationEntry],
    addresses: &[(Postcode, Address)],
    report: &mut Report,
) -> Vec<PollingDistrict> {
    let mut districts: BTreeMap<String, PollingDistrict> =
        from_addresses.into_iter().map(|district| (district.id.clone(), district)).collect();
    let mut boundary_origin: BTreeMap<String, Origin> = BTreeMap::new();
    for entry in unique_boundaries(inputs.boundaries, report) {
        let DistrictBoundary { id, name, boundary } = entry.district;
        boundary_origin.insert(id.clone(), entry.origin);
        let district = districts.entry(id.clone()).or_insert_with(|| PollingDistrict { id, ..Default::default() });
        district.name = district.name.take().or(name);
        district.boundary = Some(boundary);
    }

    for district in districts.values_mut() {
        if district.name.is_none() {
            district.name = inputs.names.get(&district.id).cloned();
        }
    }

    let mut served: BTreeMap<&str, BTreeSet<&StationId>> = BTreeMap::new();
    for (_, address) in addresses {
        if let Some(district) = address.district.as_deref() {
            let stations = served.entry(district).or_default();
            stations.extend(address.station_id.as_ref());
        }
    }
    for district in districts.values_mut() {
        let area = district.boundary.as_ref().map(to_geo);
        let serving = served.get(district.id.as_str());
        if let (Some(area), Some(serving)) = (&area, serving) {
            for entry in stations.iter().filter(|entry| serving.contains(&entry.station.id)) {
                warn_if_outside(district, area, entry, report);
            }
        }
        // A district no address names gets the one station inside it, as Democracy
        // Club's generic stations-and-districts imports assign them.
        if let (Some(area), None) = (&area, serving) {
            let inside: Vec<&StationEntry> =
                stations.iter().filter(|entry| entry.station.location.is_some_and(|at| contains(area, at))).collect();
            if let [only] = inside.as_slice() {
                district.station_id = Some(only.station.id.clone());
            }
        }
        // Districts known only from addresses are left to the address checks, which
        // report each address without a station.
        let has_station = district.station_id.is_some() || serving.is_some_and(|serving| !serving.is_empty());
        if let (false, Some(&origin)) = (has_station, boundary_origin.get(&district.id)) {
            warn_without_station(district, origin, report);
        }
    }
    wards::apply(&mut districts, inputs.wards, &boundary_origin, report);
    let mut districts: Vec<PollingDistrict> = districts.into_values().collect();
    simplify(&mut districts);
    districts
}

/// Replaces the boundaries, once every check above has used them at full detail, by
/// their simplified shapes for the bundle: all of the council's together, so that
/// neighbours still meet exactly ([`crate::geo::simplify`]).
fn simplify(districts: &mut [PollingDistrict]) {
    let with_boundary: Vec<&mut PollingDistrict> =
        districts.iter_mut().filter(|district| district.boundary.is_some()).collect();
    let exact: Vec<Boundary> = with_boundary.iter().filter_map(|district| district.boundary.clone()).collect();
    let simplified = simplify_boundaries(&exact, Settings::BUNDLE);
    for (district, boundary) in with_boundary.into_iter().zip(simplified) {
        district.boundary = Some(boundary);
    }
}

/// Settles repeated boundaries: an identical copy is dropped with a warning; two
/// different areas for one district lose both, since either could be wrong.
fn unique_boundaries(entries: Vec<BoundaryEntry>, report: &mut Report) -> Vec<BoundaryEntry> {
    let mut by_id: BTreeMap<String, Vec<BoundaryEntry>> = BTreeMap::new();
    for entry in entries {
        by_id.entry(entry.district.id.clone()).or_default().push(entry);
    }
    let mut kept = Vec::with_capacity(by_id.len());
    for (id, mut entries) in by_id {
        let first = entries.remove(0);
        let conflicting = entries.iter().any(|entry| entry.district.boundary != first.district.boundary);
        if !conflicting {
            let where_first = report.describe(first.origin);
            for entry in entries {
                let problem = Problem::new(
                    ProblemCode::DuplicateRow,
                    Action::Dropped,
                    format!("polling district \"{id}\" is given again with the same area as on {where_first}"),
                    "Delete the repeated district.",
                );
                report.retract(entry.origin, entry.repaired, problem);
            }
            kept.push(first);
            continue;
        }
        let all: Vec<BoundaryEntry> = std::iter::once(first).chain(entries).collect();
        let places: Vec<String> = all.iter().map(|entry| report.describe(entry.origin)).collect();
        for entry in &all {
            let problem = Problem::new(
                ProblemCode::DuplicateDistrict,
                Action::Dropped,
                format!(
                    "polling district \"{id}\" has {} different boundaries ({}); with no way to tell which is right, \
                     none was used",
                    all.len(),
                    places.join(", ")
                ),
                "Give each district its own id, or keep only the right boundary for it.",
            );
            report.retract(entry.origin, entry.repaired, problem);
        }
    }
    kept
}

fn to_geo(boundary: &Boundary) -> MultiPolygon<f64> {
    let ring = |ring: &Vec<[f64; 2]>| LineString::from(ring.iter().map(|&[x, y]| Coord { x, y }).collect::<Vec<_>>());
    MultiPolygon(
        boundary
            .0
            .iter()
            .filter_map(|rings| {
                let (outer, holes) = rings.split_first()?;
                Some(Polygon::new(ring(outer), holes.iter().map(ring).collect()))
            })
            .collect(),
    )
}

/// True when the point is inside the area or on its edge.
fn contains(area: &MultiPolygon<f64>, at: Location) -> bool {
    area.intersects(&Point::new(at.lon, at.lat))
}

fn warn_if_outside(district: &PollingDistrict, area: &MultiPolygon<f64>, entry: &StationEntry, report: &mut Report) {
    let Some(location) = entry.station.location else { return };
    if contains(area, location) {
        return;
    }
    report.push_at(
        entry.origin,
        Problem::new(
            ProblemCode::StationOutsideDistrict,
            Action::Kept,
            format!(
                "station \"{}\" ({}) at {}, {} is outside polling district \"{}\", whose voters it serves",
                entry.station.id, entry.station.name, location.lat, location.lon, district.id
            ),
            "Check the station's location; a station may be outside its district, but a wrong location sends \
             voters to the wrong place.",
        ),
    );
}

fn warn_without_station(district: &PollingDistrict, origin: Origin, report: &mut Report) {
    report.push_at(
        origin,
        Problem::new(
            ProblemCode::DistrictWithoutStation,
            Action::Kept,
            format!(
                "no station serves polling district \"{}\": no address in it votes at one, and none is inside it",
                district.id
            ),
            "Assign the district's addresses to a station in the election software, or check the district is still \
             in use.",
        ),
    );
}

#[cfg(test)]
mod tests;
