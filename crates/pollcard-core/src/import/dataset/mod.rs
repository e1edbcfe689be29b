//! Everything the importers read, from every file, kept with where it came from; then
//! checked across files and turned into a [`BundleWriter`].
//!
//! Importers only check what one record can tell them. What needs the whole picture —
//! one council, addresses pointing at stations that exist, a UPRN with one station,
//! survey rows for known stations, stations nobody votes at — is checked here, in
//! [`Dataset::finish`], whatever format each piece came in.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::bundle::BundleWriter;
use crate::model::{
    AccessibilityFeature, Address, Availability, Council, LocalizedText, PollingDistrict, PollingStation, StationId,
};
use crate::postcode::Postcode;

use super::problems::{Action, ProblemCode};
use super::report::{describe_line, Fate, FileReport, Origin, Problem, Report};

mod addresses;
mod corrections;
mod districts;
mod elections;
mod integrity;
mod survey;
mod survey_details;
mod timetable;
mod us;
mod voting_places;

pub use corrections::{Correction, CorrectionTarget};
pub use districts::{DistrictBoundary, DistrictWard};
pub use elections::{BallotInput, CandidateInput};
pub use survey_details::SurveyDetails;
pub use us::UsInputs;

/// One station's answers from an accessibility survey, applied over the stations file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SurveyAnswers {
    pub station_id: StationId,
    /// Surveyed answers; unknown ones may be left out.
    pub features: Vec<(AccessibilityFeature, Availability)>,
    pub getting_there: LocalizedText,
    pub at_the_station: LocalizedText,
}

#[derive(Clone, Debug)]
struct CouncilEntry {
    council: Council,
    fictional: bool,
    origin: Origin,
}

#[derive(Clone, Debug)]
struct StationEntry {
    station: PollingStation,
    origin: Origin,
}

#[derive(Clone, Debug)]
struct AddressEntry {
    postcode: Postcode,
    address: Address,
    origin: Origin,
    repaired: bool,
}

#[derive(Clone, Debug)]
struct SurveyEntry {
    answers: SurveyAnswers,
    origin: Origin,
    repaired: bool,
}

/// The data read so far.
#[derive(Clone, Debug, Default)]
pub struct Dataset {
    /// Input file paths by [`FileId`](super::report::FileId), for messages that point
    /// at a record in another file.
    paths: Vec<String>,
    councils: Vec<CouncilEntry>,
    stations: Vec<StationEntry>,
    /// Looked up for every address in the cross-file checks, so FxHash; only looked
    /// up, never iterated, so the hasher cannot change any output.
    station_index: FxHashMap<StationId, usize>,
    addresses: Vec<AddressEntry>,
    surveys: Vec<SurveyEntry>,
    district_inputs: districts::DistrictInputs,
    corrections: Vec<corrections::CorrectionEntry>,
    survey_details: Vec<survey_details::DetailsEntry>,
    /// US feeds and precinct boundaries.
    us: us::UsInputs,
    /// The bundle's `timetable.json`: calendar adjustments and rule overrides.
    timetable: Option<crate::timetable::LocalTimetable>,
    /// Elections, ballots and candidates.
    elections: elections::ElectionInputs,
    /// Advance voting places and polling-day hubs.
    voting_places: Vec<voting_places::PlaceEntry>,
}

impl Dataset {
    /// An empty dataset for a build of these input files, in order.
    pub fn new(paths: Vec<String>) -> Dataset {
        Dataset { paths, ..Dataset::default() }
    }

    /// `line N of FILE`.
    fn describe(&self, origin: Origin) -> String {
        let path = self.paths.get(origin.file.0).map(String::as_str).unwrap_or("an earlier file");
        describe_line(path, origin.line)
    }

    /// Adds a council's details; more than one makes the build fail in `finish`.
    pub fn add_council(&mut self, council: Council, fictional: bool, origin: Origin) {
        self.councils.push(CouncilEntry { council, fictional, origin });
    }

    /// Adds a station read with `fate` (imported or repaired) and returns the fate to
    /// settle it with. A second station with the same id is dropped: with a warning
    /// when it is identical, and with a fatal problem when it differs, because then
    /// nobody can tell which one voters should be sent to.
    pub fn add_station(
        &mut self,
        station: PollingStation,
        fate: Fate,
        origin: Origin,
        report: &mut FileReport,
    ) -> Fate {
        let Some(&existing) = self.station_index.get(&station.id) else {
            self.station_index.insert(station.id.clone(), self.stations.len());
            self.stations.push(StationEntry { station, origin });
            return fate;
        };
        let first = &self.stations[existing];
        let where_first = self.describe(first.origin);
        let problem = if first.station == station {
            Problem::new(
                ProblemCode::DuplicateRow,
                Action::Dropped,
                format!("station \"{}\" is listed again with the same details as {where_first}", station.id),
                "Delete the repeated row.",
            )
        } else {
            Problem::new(
                ProblemCode::DuplicateStation,
                Action::Stopped,
                format!(
                    "station id \"{}\" is used for two different stations: \"{}\" here and \"{}\" on {where_first}",
                    station.id, station.name, first.station.name
                ),
                "Give each station its own station_id, or merge the two rows into one.",
            )
        };
        report.push(problem.at_line(origin.line));
        Fate::Dropped
    }

    /// Makes room for `more` addresses, so that a file whose record count is known
    /// fills the list without growing it by doubling (each doubling copied every
    /// address so far into fresh memory the kernel had to clear).
    pub fn reserve_addresses(&mut self, more: usize) {
        self.addresses.reserve(more);
    }

    /// Adds an address read with `fate` (imported or repaired).
    pub fn add_address(&mut self, postcode: Postcode, address: Address, fate: Fate, origin: Origin) {
        self.addresses.push(AddressEntry { postcode, address, origin, repaired: fate == Fate::Repaired });
    }

    /// Adds a station's survey answers read with `fate` (imported or repaired).
    pub fn add_survey(&mut self, answers: SurveyAnswers, fate: Fate, origin: Origin) {
        self.surveys.push(SurveyEntry { answers, origin, repaired: fate == Fate::Repaired });
    }

    /// Runs the cross-file checks, reporting into `report`, and returns the bundle to
    /// write; `None` when the build must stop. The checks are skipped when a file has
    /// already stopped the build, as their findings would mostly be echoes of it.
    pub fn finish(mut self, report: &mut Report) -> Option<BundleWriter> {
        if report.has_fatal() {
            return None;
        }
        let us = us::finish(self.us, report);
        // A VIP-only build has no council file: the feed's election office stands in.
        let feed_council = us.as_ref().filter(|_| self.councils.is_empty()).and_then(us::council_from_feed);
        let (council, fictional) = match feed_council {
            Some(council) => (council, false),
            None => one_council(self.councils, report)?,
        };
        let corrections = std::mem::take(&mut self.corrections);
        corrections::apply(&mut self.stations, &self.station_index, &mut self.addresses, corrections, report);
        let mut stations = self.stations;
        let details = survey_details::accepted(&self.surveys, std::mem::take(&mut self.survey_details));
        survey::apply(&mut stations, &self.station_index, self.surveys, report);
        survey_details::apply(&mut stations, &self.station_index, details);
        let origins = integrity::AddressOrigins::note(&self.addresses, report);
        let addresses = addresses::check(self.addresses, &self.station_index, report);
        origins.check(&stations, &addresses, report);
        warn_stations_without_addresses(&stations, &addresses, report);
        let districts = districts(&addresses);
        let districts = districts::complete(districts, self.district_inputs, &stations, &addresses, report);
        let elections = elections::finish(self.elections, &council, &districts, self.timetable.as_ref(), report);
        let voting_places = voting_places::finish(self.voting_places, &council.id, &districts, report);
        Some(BundleWriter {
            council,
            fictional,
            stations: stations.into_iter().map(|entry| entry.station).collect(),
            districts,
            addresses,
            us,
            timetable: self.timetable,
            elections,
            voting_places,
        })
    }
}

fn one_council(councils: Vec<CouncilEntry>, report: &mut Report) -> Option<(Council, bool)> {
    let mut councils = councils.into_iter();
    let Some(first) = councils.next() else {
        report.push_general(Problem::new(
            ProblemCode::NoCouncil,
            Action::Stopped,
            "none of the input files holds the council's details, which every bundle needs",
            "Add the council details file (a TOML file with format = \"pollcard-council/1\", see \
             docs/data-formats.md) to the inputs.",
        ));
        return None;
    };
    let first_path = report.file(first.origin.file).path.clone();
    let extra: Vec<CouncilEntry> = councils.collect();
    for other in &extra {
        report.file_mut(other.origin.file).push(Problem::new(
            ProblemCode::MultipleCouncils,
            Action::Stopped,
            format!(
                "this is a second council details file (\"{}\"; {first_path} already gave \"{}\"); a bundle holds \
                 one council",
                other.council.id, first.council.id
            ),
            "Build each council's bundle separately, with only its own council details file.",
        ));
    }
    extra.is_empty().then_some((first.council, first.fictional))
}

fn warn_stations_without_addresses(stations: &[StationEntry], addresses: &[(Postcode, Address)], report: &mut Report) {
    // Only looked up (the stations are walked in their own order), so a hash set; a
    // run of addresses at one station, as exports list them, is added once.
    let mut used: FxHashSet<&StationId> = FxHashSet::default();
    let mut previous = None;
    for station in addresses.iter().filter_map(|(_, address)| address.station_id.as_ref()) {
        if previous != Some(station) {
            used.insert(station);
            previous = Some(station);
        }
    }
    for entry in stations.iter().filter(|entry| !used.contains(&entry.station.id)) {
        report.push_at(
            entry.origin,
            Problem::new(
                ProblemCode::StationWithoutAddresses,
                Action::Kept,
                format!("no address votes at station \"{}\" ({})", entry.station.id, entry.station.name),
                "Check the addresses file assigns this station to its addresses, or remove the station if it is \
                 not in use.",
            ),
        );
    }
}

/// Polling districts, in order of id, from the district ids on the addresses; a
/// district has a station when every address in it votes at the same one.
fn districts(addresses: &[(Postcode, Address)]) -> Vec<PollingDistrict> {
    // District → the one station (or none) its addresses have voted at so far;
    // `None` once two differ. Exports list a district's addresses together, so a row
    // with the previous row's district and station is skipped without a lookup.
    let mut by_district: FxHashMap<&str, Option<Option<&StationId>>> = FxHashMap::default();
    let mut previous = None;
    for (_, address) in addresses {
        let Some(district) = address.district.as_deref() else { continue };
        let station = address.station_id.as_ref();
        if previous == Some((district, station)) {
            continue;
        }
        previous = Some((district, station));
        let only = by_district.entry(district).or_insert(Some(station));
        if *only != Some(station) {
            *only = None;
        }
    }
    let mut districts: Vec<(&str, Option<Option<&StationId>>)> = by_district.into_iter().collect();
    districts.sort_unstable_by(|a, b| a.0.cmp(b.0));
    districts
        .into_iter()
        .map(|(id, only)| PollingDistrict {
            id: id.to_owned(),
            station_id: only.flatten().cloned(),
            ..PollingDistrict::default()
        })
        .collect()
}

#[cfg(test)]
mod tests;
