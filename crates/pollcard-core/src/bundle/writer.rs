//! Turning checked data into bundle files. Output is deterministic: the same input
//! gives byte-identical files (maps are sorted; addresses are in natural order).

use std::collections::BTreeMap;

use crate::model::{Address, Council, PollingDistrict, PollingStation};
use crate::natural_order;
use crate::postcode::Postcode;

use super::format::{
    AddressRecord, BundleIndex, PostcodeShard, ShardRef, BUNDLE_FORMAT, FORMAT_VERSION, INDEX_FILE, SHARD_FORMAT,
};

/// One file to write, relative to the bundle root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BundleFile {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Collects checked data and writes the bundle's files.
#[derive(Clone, Debug)]
pub struct BundleWriter {
    pub council: Council,
    pub fictional: bool,
    pub stations: Vec<PollingStation>,
    pub districts: Vec<PollingDistrict>,
    pub addresses: Vec<(Postcode, Address)>,
    /// The US part, from VIP feeds: written to its own `us/` files.
    pub us: Option<crate::us::bundle::UsBundle>,
    /// Calendar adjustments and rule overrides for the timetables: `timetable.json`.
    pub timetable: Option<crate::timetable::LocalTimetable>,
    /// Elections, ballots and candidates: written to `elections.json`.
    pub elections: Option<crate::elections::ElectionsFile>,
    /// Advance voting places and polling-day hubs: written to `voting-places.json`.
    pub voting_places: Option<crate::voting_places::VotingPlacesFile>,
}

impl BundleWriter {
    /// The index and every shard, ready to write. Addresses are grouped by area and
    /// postcode and sorted in natural order of their labels.
    pub fn files(&self) -> Vec<BundleFile> {
        let mut areas: BTreeMap<String, BTreeMap<String, Vec<AddressRecord>>> = BTreeMap::new();
        for (postcode, address) in &self.addresses {
            areas
                .entry(postcode.area().to_owned())
                .or_default()
                .entry(postcode.compact().to_owned())
                .or_default()
                .push(AddressRecord(
                    address.uprn.clone(),
                    address.label.clone(),
                    address.station_id.clone(),
                    address.district.clone(),
                ));
        }

        let mut files = Vec::with_capacity(areas.len() + 1);
        let mut postcode_areas = BTreeMap::new();
        for (area, mut postcodes) in areas {
            for records in postcodes.values_mut() {
                records
                    .sort_by(|a, b| natural_order::compare(a.label(), b.label()).then_with(|| a.uprn().cmp(b.uprn())));
            }
            let path = format!("postcodes/{area}.json");
            let shard_ref = ShardRef {
                path: path.clone(),
                postcodes: count(postcodes.len()),
                addresses: count(postcodes.values().map(Vec::len).sum()),
            };
            let shard = PostcodeShard {
                format: SHARD_FORMAT.to_owned(),
                format_version: FORMAT_VERSION,
                area: area.clone(),
                postcodes,
                station_changed: BTreeMap::new(),
            };
            files.push(BundleFile { path, bytes: to_json(&shard) });
            postcode_areas.insert(area, shard_ref);
        }

        let mut stations = self.stations.clone();
        stations.sort_by(|a, b| natural_order::compare(a.id.as_str(), b.id.as_str()));
        let mut districts = self.districts.clone();
        districts.sort_by(|a, b| natural_order::compare(&a.id, &b.id));
        let boundaries = super::districts::take_boundaries(&self.council.id, &mut districts);
        let index = BundleIndex {
            format: BUNDLE_FORMAT.to_owned(),
            format_version: FORMAT_VERSION,
            fictional: self.fictional,
            council: self.council.clone(),
            stations,
            districts,
            district_boundaries: boundaries.as_ref().map(|file| file.path.clone()),
            postcode_areas,
            us: self.us.as_ref().map(crate::us::bundle::UsBundle::index_ref),
            voting_places: self.voting_places.as_ref().map(|_| crate::voting_places::VOTING_PLACES_FILE.to_owned()),
        };
        files.insert(0, BundleFile { path: INDEX_FILE.to_owned(), bytes: to_json(&index) });
        files.extend(boundaries);
        files.extend(self.us.iter().flat_map(crate::us::bundle::UsBundle::files));
        files.extend(self.timetable.iter().map(|timetable| BundleFile {
            path: crate::timetable::TIMETABLE_FILE.to_owned(),
            bytes: timetable.to_json(),
        }));
        files.extend(self.elections.iter().map(|elections| BundleFile {
            path: crate::elections::ELECTIONS_FILE.to_owned(),
            bytes: elections.to_json(),
        }));
        files.extend(self.voting_places.iter().map(crate::voting_places::VotingPlacesFile::bundle_file));
        files
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

pub(super) fn to_json<T: serde::Serialize>(value: &T) -> Vec<u8> {
    // Serialising plain data structs with string keys cannot fail.
    let mut bytes = serde_json::to_vec(value).unwrap_or_default();
    bytes.push(b'\n');
    bytes
}
