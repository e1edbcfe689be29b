//! Checking addresses against each other and against the stations.
//!
//! A UPRN with two different stations cannot be resolved by guessing — sending a
//! voter to the wrong station is worse than sending them to the council — so every
//! row for it is dropped and each is reported. An address whose station is missing is
//! kept without one, so the voter hears "contact your council", not "not in this area".

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Problem, Report};
use crate::model::{Address, StationId};
use crate::postcode::Postcode;

use super::AddressEntry;

/// Drops conflicting and repeated UPRNs, detaches unknown stations, and returns the
/// addresses for the bundle.
pub(super) fn check(
    entries: Vec<AddressEntry>,
    stations: &FxHashMap<StationId, usize>,
    report: &mut Report,
) -> Vec<(Postcode, Address)> {
    let mut keep = vec![true; entries.len()];
    for rows in &repeated_uprns(&entries) {
        let uprn = entries[rows[0]].address.uprn.as_str();
        let distinct: BTreeSet<Option<&StationId>> =
            rows.iter().map(|&row| entries[row].address.station_id.as_ref()).collect();
        if distinct.len() > 1 {
            drop_conflict(uprn, rows, &entries, report);
            rows.iter().for_each(|&row| keep[row] = false);
        } else {
            drop_repeats(uprn, rows, &entries, report);
            rows.iter().skip(1).for_each(|&row| keep[row] = false);
        }
    }

    let mut kept = Vec::with_capacity(entries.len());
    for (mut entry, keep) in entries.into_iter().zip(keep) {
        if !keep {
            continue;
        }
        if let Some(id) = entry.address.station_id.as_ref().filter(|id| !stations.contains_key(*id)) {
            let problem = Problem::new(
                ProblemCode::UnknownStation,
                Action::KeptAsNoStation,
                format!(
                    "the address with UPRN \"{}\" votes at station \"{id}\", which is not in the stations data; it \
                     was kept without a station, so voters there are told to contact the council",
                    entry.address.uprn
                ),
                format!("Add station \"{id}\" to the stations file, or correct this address's station_id."),
            );
            report.mark_repaired(entry.origin, entry.repaired, problem);
            entry.address.station_id = None;
        }
        kept.push((entry.postcode, entry.address));
    }
    kept
}

/// The rows of each UPRN that occurs more than once, a group per UPRN in UPRN order,
/// each group's rows in file order. Nearly every UPRN occurs once, so a hash count
/// finds the repeated ones and only their rows are sorted: a map from every UPRN to
/// its own vector of rows cost an allocation and a tree of string comparisons an
/// address.
fn repeated_uprns(entries: &[AddressEntry]) -> Vec<Vec<usize>> {
    let uprn = |row: usize| entries[row].address.uprn.as_str();
    // UPRN → its first row, and whether it has been seen again. A UPRN's rows are
    // noted as they repeat, in file order, so every UPRN is hashed once.
    let mut first: FxHashMap<&str, (usize, bool)> =
        FxHashMap::with_capacity_and_hasher(entries.len(), Default::default());
    let mut repeated = Vec::new();
    for (row, entry) in entries.iter().enumerate() {
        let (first_row, again) = first.entry(entry.address.uprn.as_str()).or_insert((row, false));
        if *first_row != row {
            if !*again {
                repeated.push(*first_row);
                *again = true;
            }
            repeated.push(row);
        }
    }
    // A stable sort keeps each UPRN's rows in file order.
    repeated.sort_by(|&a, &b| uprn(a).cmp(uprn(b)));
    let mut groups = Vec::new();
    let mut rest = repeated.as_slice();
    while let Some(&first) = rest.first() {
        let len = rest.iter().take_while(|&&row| uprn(row) == uprn(first)).count();
        let (group, tail) = rest.split_at(len);
        groups.push(group.to_vec());
        rest = tail;
    }
    groups
}

fn station_name(station: Option<&StationId>) -> String {
    station.map_or_else(|| "no station".to_owned(), |id| format!("station \"{id}\""))
}

fn drop_conflict(uprn: &str, rows: &[usize], entries: &[AddressEntry], report: &mut Report) {
    for &row in rows {
        let others: Vec<String> = rows
            .iter()
            .filter(|&&other| other != row)
            .map(|&other| {
                let entry = &entries[other];
                format!("{} on {}", station_name(entry.address.station_id.as_ref()), report.describe(entry.origin))
            })
            .collect();
        let entry = &entries[row];
        let problem = Problem::new(
            ProblemCode::UprnConflict,
            Action::Dropped,
            format!(
                "UPRN \"{uprn}\" is given {} here but {}; with no way to tell which is right, all {} rows for it \
                 were dropped",
                station_name(entry.address.station_id.as_ref()),
                others.join(" and "),
                rows.len()
            ),
            "Correct the property's station in the election software so it is listed once, then export again.",
        );
        report.retract(entry.origin, entry.repaired, problem);
    }
}

fn drop_repeats(uprn: &str, rows: &[usize], entries: &[AddressEntry], report: &mut Report) {
    let Some((&first, later)) = rows.split_first() else { return };
    let first = &entries[first];
    let where_first = report.describe(first.origin);
    for &row in later {
        let entry = &entries[row];
        let problem = if entry.address == first.address && entry.postcode == first.postcode {
            Problem::new(
                ProblemCode::DuplicateRow,
                Action::Dropped,
                format!("UPRN \"{uprn}\" is listed again with the same details as {where_first}; the copy was skipped"),
                "Delete the repeated row.",
            )
        } else {
            Problem::new(
                ProblemCode::DuplicateUprn,
                Action::Dropped,
                format!(
                    "UPRN \"{uprn}\" is listed again with a different address or postcode (\"{}\", {}) than on \
                     {where_first} (\"{}\", {}); the first was kept",
                    entry.address.label, entry.address.postcode, first.address.label, first.address.postcode
                ),
                "List each property once; check which address is right for this UPRN.",
            )
        };
        report.retract(entry.origin, entry.repaired, problem);
    }
}
