//! What changed between two bundles of the same council: stations added, removed,
//! renamed, moved or with different accessibility, and addresses whose station
//! changed. `pollcard diff` prints it; `pollcard build --previous` records it in the
//! new bundle so the app can tell a voter their station has changed.
//!
//! The point is that a change of polling station is never published by accident: an
//! officer sees every address that will be sent somewhere new before signing. The
//! diff reads both bundles only through the public reader types ([`BundleIndex`],
//! [`PostcodeShard`]), so it works on any version-1 bundle, whoever wrote it.
//!
//! National bundles are compared council by council ([`national`]): each council
//! is rebuilt from the shards as a single-council bundle and compared as one.
//!
//! Stations are matched by id and addresses by UPRN. A station is *moved* when both
//! bundles give it a location and the two are more than [`MOVED_METRES`] apart.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::bundle::{BundleIndex, PostcodeShard};
use crate::geo::distance::haversine_metres;
use crate::model::{AccessibilityFeature, Availability, Location, PollingStation, StationId};
use crate::natural_order;

mod national;
mod record;
mod text;

pub use national::{
    addresses_by_council, council_contents, empty_like, CouncilAddress, CouncilDiff, CouncilPresence,
    NATIONAL_DIFF_FORMAT,
};
pub use record::{contents_of, record_station_changes};

/// The `format` value of a diff's JSON.
pub const DIFF_FORMAT: &str = "pollcard-diff/1";
/// A station whose location changed by more than this, in metres, has moved.
pub const MOVED_METRES: f64 = 50.0;

/// A bundle as read: its index and every postcode shard.
#[derive(Clone, Debug)]
pub struct BundleContents {
    pub index: BundleIndex,
    pub shards: Vec<PostcodeShard>,
}

/// Everything that changed, in a stable order (stations by id, addresses by postcode
/// and label), so the same two bundles always give the same diff.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BundleDiff {
    pub format: &'static str,
    /// The council of the old and of the new bundle (normally the same).
    pub old_council: String,
    pub new_council: String,
    pub stations: StationChanges,
    pub addresses: AddressChanges,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct StationChanges {
    pub added: Vec<StationRef>,
    pub removed: Vec<StationRef>,
    pub renamed: Vec<Renamed>,
    pub moved: Vec<Moved>,
    pub accessibility_changed: Vec<AccessibilityChanged>,
}

/// A station by id and (new, or for a removed station, old) name.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StationRef {
    pub id: StationId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Renamed {
    pub id: StationId,
    pub old_name: String,
    pub new_name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Moved {
    pub id: StationId,
    pub name: String,
    /// How far, rounded to the metre.
    pub metres: u64,
    pub old_location: Location,
    pub new_location: Location,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AccessibilityChanged {
    pub id: StationId,
    pub name: String,
    pub features: Vec<FeatureChange>,
}

/// One feature's answer before and after (`unknown` when not surveyed).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FeatureChange {
    pub feature: AccessibilityFeature,
    pub old: Availability,
    pub new: Availability,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct AddressChanges {
    /// Addresses (UPRNs) in the new bundle that were not in the old one.
    pub added: usize,
    /// Addresses in the old bundle that are not in the new one.
    pub removed: usize,
    /// How many addresses are in both with a different station (or none in one).
    pub station_changed_count: usize,
    pub station_changed: Vec<StationChange>,
}

/// An address whose station changed; `None` is "no station assigned".
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StationChange {
    pub uprn: String,
    /// The postcode in the new bundle, compact form (`AA11AA`).
    pub postcode: String,
    pub label: String,
    pub old_station: Option<StationId>,
    pub new_station: Option<StationId>,
}

impl BundleDiff {
    /// True when the two bundles send every voter to the same unchanged stations.
    pub fn is_empty(&self) -> bool {
        self.stations == StationChanges::default()
            && self.addresses.station_changed.is_empty()
            && self.addresses.added == 0
            && self.addresses.removed == 0
    }

    /// The diff as pretty-printed JSON, ending in a newline.
    pub fn to_json(&self) -> Vec<u8> {
        // Plain strings, numbers and enums with string keys: serialising cannot fail.
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// Addresses whose voters now go somewhere else: a different station than
    /// before (both bundles naming one), or the same station moved by more than
    /// [`MOVED_METRES`]. By compact postcode (in the new bundle), each with its UPRNs,
    /// sorted. Addresses new to the bundle, or without a station before, are not
    /// included: nothing about them has *changed* for their voters.
    pub fn voters_sent_elsewhere(&self, old: &BundleContents, new: &BundleContents) -> BTreeMap<String, Vec<String>> {
        let mut by_postcode: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for change in &self.addresses.station_changed {
            if change.old_station.is_some() && change.new_station.is_some() {
                by_postcode.entry(change.postcode.clone()).or_default().push(change.uprn.clone());
            }
        }
        let moved: Vec<&StationId> = self.stations.moved.iter().map(|moved| &moved.id).collect();
        if !moved.is_empty() {
            let before = addresses(old);
            for (uprn, (postcode, _, station)) in addresses(new) {
                let Some(station) = station.filter(|station| moved.contains(station)) else { continue };
                if before.get(uprn).is_some_and(|(_, _, old_station)| *old_station == Some(station)) {
                    by_postcode.entry(postcode.to_owned()).or_default().push(uprn.to_owned());
                }
            }
        }
        for uprns in by_postcode.values_mut() {
            uprns.sort();
            uprns.dedup();
        }
        by_postcode
    }
}

/// Compares two bundles.
pub fn diff(old: &BundleContents, new: &BundleContents) -> BundleDiff {
    BundleDiff {
        format: DIFF_FORMAT,
        old_council: old.index.council.id.clone(),
        new_council: new.index.council.id.clone(),
        stations: station_changes(&old.index.stations, &new.index.stations),
        addresses: address_changes(old, new),
    }
}

fn by_id(stations: &[PollingStation]) -> BTreeMap<&StationId, &PollingStation> {
    stations.iter().map(|station| (&station.id, station)).collect()
}

fn station_ref(station: &PollingStation) -> StationRef {
    StationRef { id: station.id.clone(), name: station.name.clone() }
}

fn station_changes(old: &[PollingStation], new: &[PollingStation]) -> StationChanges {
    let (old, new) = (by_id(old), by_id(new));
    let mut changes = StationChanges::default();
    for (id, station) in &old {
        if !new.contains_key(id) {
            changes.removed.push(station_ref(station));
        }
    }
    for (id, station) in &new {
        let Some(before) = old.get(id) else {
            changes.added.push(station_ref(station));
            continue;
        };
        if before.name != station.name {
            changes.renamed.push(Renamed {
                id: station.id.clone(),
                old_name: before.name.clone(),
                new_name: station.name.clone(),
            });
        }
        if let (Some(old_location), Some(new_location)) = (before.location, station.location) {
            let metres = haversine_metres(old_location, new_location);
            if metres > MOVED_METRES {
                changes.moved.push(Moved {
                    id: station.id.clone(),
                    name: station.name.clone(),
                    // Distances on Earth fit a u64 of metres; rounding is the point.
                    metres: metres.round() as u64,
                    old_location,
                    new_location,
                });
            }
        }
        let features: Vec<FeatureChange> = AccessibilityFeature::ALL
            .into_iter()
            .map(|feature| FeatureChange {
                feature,
                old: before.accessibility.availability(feature),
                new: station.accessibility.availability(feature),
            })
            .filter(|change| change.old != change.new)
            .collect();
        if !features.is_empty() {
            changes.accessibility_changed.push(AccessibilityChanged {
                id: station.id.clone(),
                name: station.name.clone(),
                features,
            });
        }
    }
    let order = |a: &StationId, b: &StationId| natural_order::compare(a.as_str(), b.as_str());
    changes.added.sort_by(|a, b| order(&a.id, &b.id));
    changes.removed.sort_by(|a, b| order(&a.id, &b.id));
    changes.renamed.sort_by(|a, b| order(&a.id, &b.id));
    changes.moved.sort_by(|a, b| order(&a.id, &b.id));
    changes.accessibility_changed.sort_by(|a, b| order(&a.id, &b.id));
    changes
}

/// UPRN → (compact postcode, label, station) for every address of a bundle.
fn addresses(bundle: &BundleContents) -> BTreeMap<&str, (&str, &str, Option<&StationId>)> {
    let mut addresses = BTreeMap::new();
    for shard in &bundle.shards {
        for (postcode, records) in &shard.postcodes {
            for record in records.iter().filter(|record| !record.uprn().is_empty()) {
                addresses.insert(record.uprn(), (postcode.as_str(), record.label(), record.station_id()));
            }
        }
    }
    addresses
}

fn address_changes(old: &BundleContents, new: &BundleContents) -> AddressChanges {
    let (old, new) = (addresses(old), addresses(new));
    let mut changes = AddressChanges {
        removed: old.keys().filter(|uprn| !new.contains_key(*uprn)).count(),
        ..AddressChanges::default()
    };
    for (uprn, (postcode, label, station)) in &new {
        match old.get(uprn) {
            None => changes.added += 1,
            Some((_, _, before)) if before != station => changes.station_changed.push(StationChange {
                uprn: (*uprn).to_owned(),
                postcode: (*postcode).to_owned(),
                label: (*label).to_owned(),
                old_station: before.cloned(),
                new_station: station.cloned(),
            }),
            Some(_) => {}
        }
    }
    changes.station_changed.sort_by(|a, b| {
        a.postcode
            .cmp(&b.postcode)
            .then_with(|| natural_order::compare(&a.label, &b.label))
            .then_with(|| a.uprn.cmp(&b.uprn))
    });
    changes.station_changed_count = changes.station_changed.len();
    changes
}

#[cfg(test)]
mod national_tests;
#[cfg(test)]
mod tests;
