//! `elections.json`: the bundle member with the elections, their ballots and
//! candidates, and which ballots each polling district votes in.
//!
//! It is a file of its own, beside `bundle.json`, rather than a field of it: a
//! visitor who only wants their polling station never loads it, and a bundle
//! without elections has no such file (the app treats its absence as "no election
//! data"). Like every bundle file it starts with `format` and `format_version`.
//!
//! Which ballots an address votes in is keyed by *polling district*: every address
//! record in a postcode shard already names its district, so the app needs nothing
//! finer than the postcode-area shard it has fetched, and this file is fetched whole
//! — it reveals nothing about where the visitor lives.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{ids, Ballot, Election, VotingSystem};
use crate::bundle::{AddressRecord, BundleError, BundleFile, FORMAT_VERSION};
use crate::model::{Language, LocalizedText};
use crate::timetable::Date;

/// The `format` value of `elections.json`.
pub const ELECTIONS_FORMAT: &str = "pollcard-elections";
/// The version of `elections.json` this code reads and writes.
pub const ELECTIONS_FORMAT_VERSION: u32 = FORMAT_VERSION;
/// The member's path, relative to the bundle root.
pub const ELECTIONS_FILE: &str = "elections.json";
/// The folder of a national bundle's elections files, one per council
/// (`elections/{COUNCIL}.{hash}.json`).
pub const ELECTIONS_FOLDER: &str = "elections";

/// `elections.json`.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct ElectionsFile {
    pub format: String,
    pub format_version: u32,
    /// In order of poll date, then id.
    pub elections: Vec<Election>,
    /// In order of poll date, then id.
    pub ballots: Vec<Ballot>,
    /// Polling district → the ids of the ballots its voters receive.
    #[serde(default)]
    pub districts: BTreeMap<String, Vec<String>>,
    /// How to mark the paper, per voting system in use; `{seats}` stands for the
    /// number of seats.
    #[serde(default)]
    pub how_to_mark: BTreeMap<VotingSystem, LocalizedText>,
    /// The photo ID accepted at polling stations, when any poll here requires it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photo_id: Vec<LocalizedText>,
    /// Nation key → every day from Monday to Friday that is not a working day
    /// (bank holidays, Christmas Eve, Good Friday, one-offs and the bundle's own
    /// adjustments), ascending, from 1 January of the year of the earliest timetable
    /// event in the file through the latest poll date; for each nation with an
    /// election here. Weekends are never working days and are not listed. The app
    /// counts working days from it ([`ElectionsFile::working_days_left`]).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub non_working_days: BTreeMap<String, Vec<Date>>,
}

/// Which ballots the addresses of a postcode vote in.
#[derive(Clone, Debug, PartialEq)]
pub enum PostcodeBallots<'f> {
    /// Every address gets these ballots (possibly none).
    Same(Vec<&'f Ballot>),
    /// The addresses differ: the voter must pick their address first.
    DependsOnAddress,
}

#[derive(Deserialize)]
struct Header {
    format: String,
    format_version: u32,
}

impl ElectionsFile {
    /// An empty file of the current version.
    pub fn new() -> ElectionsFile {
        ElectionsFile {
            format: ELECTIONS_FORMAT.to_owned(),
            format_version: ELECTIONS_FORMAT_VERSION,
            elections: Vec::new(),
            ballots: Vec::new(),
            districts: BTreeMap::new(),
            how_to_mark: BTreeMap::new(),
            photo_id: Vec::new(),
            non_working_days: BTreeMap::new(),
        }
    }

    /// Reads and checks `elections.json`.
    pub fn from_json(bytes: &[u8]) -> Result<ElectionsFile, BundleError> {
        let json = |source| BundleError::Json { file: ELECTIONS_FILE.to_owned(), source };
        let header: Header = serde_json::from_slice(bytes).map_err(json)?;
        if header.format != ELECTIONS_FORMAT {
            return Err(BundleError::WrongFormat {
                file: ELECTIONS_FILE.to_owned(),
                found: header.format,
                expected: ELECTIONS_FORMAT,
            });
        }
        if header.format_version != ELECTIONS_FORMAT_VERSION {
            return Err(BundleError::UnsupportedVersion {
                file: ELECTIONS_FILE.to_owned(),
                found: header.format_version,
            });
        }
        serde_json::from_slice(bytes).map_err(json)
    }

    /// The file as written to the bundle: compact JSON and a final newline.
    pub fn to_json(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }

    /// The file a national bundle keeps council `council`'s elections in:
    /// `elections/{COUNCIL}.{hash}.json`, named by its content like every shard, with
    /// the same bytes as a single council's `elections.json`.
    pub fn national_file(&self, council: &str) -> BundleFile {
        let bytes = self.to_json();
        let key = crate::bundle::file_key(council);
        BundleFile { path: crate::bundle::national::content_path(ELECTIONS_FOLDER, &key, &bytes), bytes }
    }

    pub fn election(&self, id: &str) -> Option<&Election> {
        self.elections.iter().find(|election| election.id == id)
    }

    pub fn ballot(&self, id: &str) -> Option<&Ballot> {
        self.ballots.iter().find(|ballot| ballot.id == id)
    }

    /// The election a ballot belongs to.
    pub fn election_of(&self, ballot: &Ballot) -> Option<&Election> {
        self.election(&ballot.election_id)
    }

    /// The poll that replaces a cancelled ballot, when the bundle has it.
    pub fn replacement(&self, ballot: &Ballot) -> Option<&Ballot> {
        ballot.cancelled.as_ref()?.replaced_by.as_deref().and_then(|id| self.ballot(id))
    }

    /// The ballots voters in polling district `district` receive, in file order.
    pub fn ballots_for_district(&self, district: &str) -> Vec<&Ballot> {
        self.districts.get(district).into_iter().flatten().filter_map(|id| self.ballot(id)).collect()
    }

    /// The ballots of the addresses of one postcode (from its shard). Addresses
    /// without a district have no known ballots.
    pub fn ballots_for_addresses(&self, addresses: &[AddressRecord]) -> PostcodeBallots<'_> {
        let mut districts = addresses.iter().map(|address| self.districts.get(address.district().unwrap_or_default()));
        let first = districts.next().flatten();
        if districts.any(|other| other != first) {
            return PostcodeBallots::DependsOnAddress;
        }
        PostcodeBallots::Same(first.into_iter().flatten().filter_map(|id| self.ballot(id)).collect())
    }

    /// How to mark `ballot`'s paper, in `language` (or else the other language).
    pub fn how_to_mark(&self, ballot: &Ballot, language: Language) -> Option<String> {
        let (text, _) = self.how_to_mark.get(&ballot.voting_system)?.best(language)?;
        Some(text.replace("{seats}", &ballot.seats.to_string()))
    }

    /// Election groups (`local.2026-05-07`) with their elections, in date order.
    pub fn groups(&self) -> Vec<(String, Vec<&Election>)> {
        let mut groups: BTreeMap<(String, String), Vec<&Election>> = BTreeMap::new();
        for election in &self.elections {
            let group = ids::parse(&election.id).map(|id| id.group_id()).unwrap_or_else(|_| election.id.clone());
            groups.entry((election.poll_date.clone(), group)).or_default().push(election);
        }
        groups.into_iter().map(|((_, group), elections)| (group, elections)).collect()
    }
}

impl Default for ElectionsFile {
    fn default() -> Self {
        ElectionsFile::new()
    }
}

#[cfg(test)]
mod tests;
