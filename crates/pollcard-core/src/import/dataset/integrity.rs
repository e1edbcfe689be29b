//! Integrity checks that look at the whole council at once, after every file is read:
//! addresses without a station, split postcodes, stations with no accessibility data,
//! a station far from all the others, and two stations at one spot with different
//! postcodes.
//!
//! All of these are warnings: the data goes into the bundle as it stands, but each
//! finding is something an officer should look at before publishing, because each is
//! a common symptom of a mistake in the export (a swapped coordinate, a typo in a
//! postcode, a survey that was never loaded).
//!
//! The "far from the others" rule is robust to the outlier itself: the centre is the
//! median latitude and median longitude of the stations with a location, and a
//! station is reported when its distance from that centre is more than
//! [`FAR_FACTOR`] times the 90th-percentile distance of the *other* stations, and more
//! than [`FAR_MIN_METRES`]. Leaving the station out of its own percentile means that a
//! single misplaced station in a small council cannot hide by raising the bar; the
//! floor keeps compact urban councils, where every station is within a few kilometres,
//! from flagging a station that is merely on the edge of town.

use std::collections::{BTreeSet, HashSet};

use rustc_hash::FxHashMap;

use crate::geo::distance::haversine_metres;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{FileId, Origin, Problem, Report};
use crate::model::{Address, Location, StationId};
use crate::postcode::Postcode;

use super::{AddressEntry, StationEntry};

/// A station further from the centre than this many times the others' 90th-percentile
/// distance is reported (when it is also beyond [`FAR_MIN_METRES`]).
pub const FAR_FACTOR: f64 = 3.0;
/// No station within this distance of the centre is reported as far away.
pub const FAR_MIN_METRES: f64 = 20_000.0;
/// Fewer stations with a location than this, and there is no "rest of the council" to
/// compare with.
pub const FAR_MIN_STATIONS: usize = 5;
/// Two stations closer than this are at the same place.
pub const SAME_PLACE_METRES: f64 = 10.0;

/// Comfortably more than [`SAME_PLACE_METRES`] in degrees of latitude (1° ≈ 111 km),
/// so that the sweep over stations sorted by latitude can stop early.
const SAME_PLACE_LATITUDE_WINDOW: f64 = 0.0002;

/// What the checks need to remember from the addresses as read, before the address
/// checks drop and detach some of them.
pub(super) struct AddressOrigins {
    /// Where the first address of each postcode (compact form) was read.
    first_of_postcode: FxHashMap<String, Origin>,
}

impl AddressOrigins {
    /// Reports addresses the export gave no station (a blank or `n/a` station id) and
    /// remembers where each postcode was first seen. Addresses whose station is
    /// unknown are reported separately by the address checks.
    pub(super) fn note(entries: &[AddressEntry], report: &mut Report) -> AddressOrigins {
        // A record an importer already reported as kept without a station (a test
        // station, say) is not reported twice.
        let already: HashSet<(FileId, Option<u64>)> = report
            .files()
            .iter()
            .flat_map(|file| file.problems().iter().map(move |problem| (file.id(), problem)))
            .filter(|(_, problem)| problem.action == Action::KeptAsNoStation)
            .map(|(file, problem)| (file, problem.line))
            .collect();
        // A postcode holds a few dozen addresses: its key is copied once, for its first,
        // rather than for every address, and hashed with FxHash (looked up, never
        // iterated, so the hasher cannot change any output).
        let mut first_of_postcode = FxHashMap::default();
        for entry in entries {
            if !first_of_postcode.contains_key(entry.postcode.compact()) {
                first_of_postcode.insert(entry.postcode.compact().to_owned(), entry.origin);
            }
            let reported = already.contains(&(entry.origin.file, Some(entry.origin.line)));
            if entry.address.station_id.is_none() && !reported {
                report.push_at(entry.origin, without_station(&entry.address));
            }
        }
        AddressOrigins { first_of_postcode }
    }

    /// The checks on the data as it will be published.
    pub(super) fn check(&self, stations: &[StationEntry], addresses: &[(Postcode, Address)], report: &mut Report) {
        self.split_postcodes(addresses, report);
        stations_without_accessibility(stations, report);
        stations_far_from_the_others(stations, report);
        stations_at_the_same_place(stations, report);
    }

    fn split_postcodes(&self, addresses: &[(Postcode, Address)], report: &mut Report) {
        // Looked up for every address, so a hash map (FxHash), sorted by postcode
        // afterwards for the report's order. Exports list a postcode's addresses at one
        // station together, so an address with the previous one's postcode and station
        // adds nothing to the station set and skips it.
        let mut by_postcode: FxHashMap<&str, (&Postcode, usize, BTreeSet<&StationId>)> = FxHashMap::default();
        let mut previous = None;
        for (postcode, address) in addresses {
            let (compact, station) = (postcode.compact(), address.station_id.as_ref());
            let (_, count, stations) = by_postcode.entry(compact).or_insert_with(|| (postcode, 0, BTreeSet::new()));
            *count += 1;
            if previous != Some((compact, station)) {
                stations.extend(station);
                previous = Some((compact, station));
            }
        }
        let mut by_postcode: Vec<_> = by_postcode.into_iter().collect();
        by_postcode.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (compact, (postcode, count, stations)) in by_postcode {
            if stations.len() < 2 {
                continue;
            }
            let listed: Vec<String> = stations.iter().map(|id| format!("\"{id}\"")).collect();
            let problem = Problem::new(
                ProblemCode::SplitPostcode,
                Action::Kept,
                format!(
                    "postcode {postcode} is split: its {count} addresses vote at {} different stations ({}), so \
                     voters there are asked to choose their address",
                    stations.len(),
                    listed.join(", ")
                ),
                "Nothing to do if this is right; check that the split follows the polling district boundary.",
            );
            match self.first_of_postcode.get(compact) {
                Some(origin) => report.push_at(*origin, problem),
                None => report.push_general(problem),
            }
        }
    }
}

fn without_station(address: &Address) -> Problem {
    Problem::new(
        ProblemCode::AddressWithoutStation,
        Action::KeptAsNoStation,
        format!(
            "the address with UPRN \"{}\" ({}) has no polling station in the export (blank or n/a); it was kept \
             without one, so voters there are told to contact the council",
            address.uprn, address.label
        ),
        "If electors at this property should vote, assign it a polling station in the election software and \
         export again.",
    )
}

fn station_label(entry: &StationEntry) -> String {
    format!("station \"{}\" ({})", entry.station.id, entry.station.name)
}

fn stations_without_accessibility(stations: &[StationEntry], report: &mut Report) {
    for entry in stations.iter().filter(|entry| entry.station.accessibility.is_unsurveyed()) {
        report.push_at(
            entry.origin,
            Problem::new(
                ProblemCode::NoAccessibilityData,
                Action::Kept,
                format!(
                    "{} has no accessibility information, so voters are told every feature is unknown",
                    station_label(entry)
                ),
                "Add the station's accessibility survey (a Democracy Club or Pollcard survey file) to the inputs.",
            ),
        );
    }
}

/// The median of some values (the mean of the middle two for an even count).
fn median(mut values: Vec<f64>) -> Option<f64> {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[middle]),
        _ => Some((values[middle - 1] + values[middle]) / 2.0),
    }
}

fn located(stations: &[StationEntry]) -> Vec<(&StationEntry, Location)> {
    stations.iter().filter_map(|entry| entry.station.location.map(|location| (entry, location))).collect()
}

fn stations_far_from_the_others(stations: &[StationEntry], report: &mut Report) {
    let located = located(stations);
    if located.len() < FAR_MIN_STATIONS {
        return;
    }
    let (Some(lat), Some(lon)) = (
        median(located.iter().map(|(_, location)| location.lat).collect()),
        median(located.iter().map(|(_, location)| location.lon).collect()),
    ) else {
        return;
    };
    let centre = Location { lat, lon };
    let distances: Vec<f64> = located.iter().map(|(_, location)| haversine_metres(centre, *location)).collect();
    let mut sorted = distances.clone();
    sorted.sort_by(f64::total_cmp);
    // Nearest-rank 90th percentile among the n - 1 others: index ceil(0.9 (n - 1)) - 1.
    let others = located.len() - 1;
    let rank = (others * 9).div_ceil(10).max(1) - 1;
    for ((entry, _), &distance) in located.iter().zip(&distances) {
        // Removing this station from the sorted list shifts the ranks above it by one.
        let own_rank = sorted.partition_point(|other| *other < distance);
        let percentile = if rank < own_rank { sorted[rank] } else { sorted[rank + 1] };
        if distance <= (FAR_FACTOR * percentile).max(FAR_MIN_METRES) {
            continue;
        }
        report.push_at(
            entry.origin,
            Problem::new(
                ProblemCode::StationFarFromOthers,
                Action::Kept,
                format!(
                    "{} is {:.1} km from the middle of the council's stations, where 90% of the others are within \
                     {:.1} km; its location may be wrong",
                    station_label(entry),
                    distance / 1000.0,
                    percentile / 1000.0
                ),
                "Check the station's coordinates (swapped latitude and longitude, a lost minus sign or a mistyped \
                 easting or northing are the usual causes) and correct them in the election software.",
            ),
        );
    }
}

fn stations_at_the_same_place(stations: &[StationEntry], report: &mut Report) {
    let mut located: Vec<(usize, &StationEntry, Location)> =
        located(stations).into_iter().enumerate().map(|(order, (entry, location))| (order, entry, location)).collect();
    located.sort_by(|a, b| a.2.lat.total_cmp(&b.2.lat).then(a.0.cmp(&b.0)));
    let mut pairs = Vec::new();
    for (i, &(order_a, a, at_a)) in located.iter().enumerate() {
        for &(order_b, b, at_b) in &located[i + 1..] {
            if at_b.lat - at_a.lat > SAME_PLACE_LATITUDE_WINDOW {
                break;
            }
            let (Some(postcode_a), Some(postcode_b)) = (&a.station.postcode, &b.station.postcode) else { continue };
            let distance = haversine_metres(at_a, at_b);
            if distance < SAME_PLACE_METRES && postcode_a != postcode_b {
                // Reported on the later of the two, naming the earlier.
                let (first, second) = if order_a < order_b { (a, b) } else { (b, a) };
                pairs.push((first, second, distance));
            }
        }
    }
    for (first, second, distance) in pairs {
        let (Some(first_postcode), Some(second_postcode)) = (&first.station.postcode, &second.station.postcode) else {
            continue;
        };
        let where_first = report.describe(first.origin);
        report.push_at(
            second.origin,
            Problem::new(
                ProblemCode::StationsAtSamePlace,
                Action::Kept,
                format!(
                    "{} ({second_postcode}) is {distance:.0} m from {} ({first_postcode}) on {where_first}, but their \
                     postcodes differ; one location or postcode is probably wrong",
                    station_label(second),
                    station_label(first)
                ),
                "Check both stations' coordinates and postcodes; if they really share a building, give them the \
                 same postcode.",
            ),
        );
    }
}

#[cfg(test)]
#[path = "integrity_tests.rs"]
mod tests;
