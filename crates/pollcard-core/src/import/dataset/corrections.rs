//! Applying a council's corrections file once every file is read, before the checks
//! across files, so that an excluded or reassigned address is checked as corrected.
//!
//! Every correction that takes effect is reported on the record it changed — the
//! address or station, in its own file — as `correction_applied`, with the reason and
//! the line of the correction; one that matches nothing is reported on its own line,
//! since a correction silently doing nothing is how a typing error goes unnoticed.

use rustc_hash::FxHashMap;

use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Origin, Problem, Report};
use crate::model::{Location, StationId};
use crate::postcode::Postcode;

use super::{AddressEntry, Dataset, StationEntry};

/// Which addresses a correction is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CorrectionTarget {
    Uprn(String),
    /// Every address in the postcode.
    Postcode(Postcode),
}

impl CorrectionTarget {
    fn matches(&self, entry: &AddressEntry) -> bool {
        match self {
            CorrectionTarget::Uprn(uprn) => entry.address.uprn == *uprn,
            CorrectionTarget::Postcode(postcode) => entry.postcode == *postcode,
        }
    }

    fn describe(&self) -> String {
        match self {
            CorrectionTarget::Uprn(uprn) => format!("UPRN \"{uprn}\""),
            CorrectionTarget::Postcode(postcode) => format!("postcode {postcode}"),
        }
    }
}

/// One correction.
#[derive(Clone, Debug, PartialEq)]
pub enum Correction {
    /// Leave the addresses out of the bundle.
    Exclude(CorrectionTarget),
    /// Send the addresses to another station.
    Reassign {
        target: CorrectionTarget,
        station: StationId,
    },
    RenameStation {
        station: StationId,
        name: String,
    },
    MoveStation {
        station: StationId,
        location: Location,
    },
    SetStationPostcode {
        station: StationId,
        postcode: String,
    },
}

#[derive(Clone, Debug)]
pub(super) struct CorrectionEntry {
    correction: Correction,
    reason: String,
    origin: Origin,
}

impl Dataset {
    /// Adds a correction, with the reason the council gave, to apply in `finish`.
    pub fn add_correction(&mut self, correction: Correction, reason: String, origin: Origin) {
        self.corrections.push(CorrectionEntry { correction, reason, origin });
    }
}

/// Applies every correction in file order.
pub(super) fn apply(
    stations: &mut [StationEntry],
    index: &FxHashMap<StationId, usize>,
    addresses: &mut Vec<AddressEntry>,
    corrections: Vec<CorrectionEntry>,
    report: &mut Report,
) {
    for entry in corrections {
        let because = format!("by the correction on {} (\"{}\")", report.describe(entry.origin), entry.reason);
        let applied = match &entry.correction {
            Correction::Exclude(target) => exclude(target, addresses, &because, report),
            Correction::Reassign { target, station } if !index.contains_key(station) => {
                let problem = Problem::new(
                    ProblemCode::InvalidCorrection,
                    Action::Dropped,
                    format!(
                        "this correction sends {} to station \"{station}\", which is not in the data",
                        target.describe()
                    ),
                    "Use the id of a station in the stations data.",
                );
                report.retract(entry.origin, false, problem);
                continue;
            }
            Correction::Reassign { target, station } => reassign(target, station, addresses, &because, report),
            Correction::RenameStation { station, .. }
            | Correction::MoveStation { station, .. }
            | Correction::SetStationPostcode { station, .. } => match index.get(station) {
                Some(&position) => {
                    fix_station(&mut stations[position], &entry.correction, &because, report);
                    true
                }
                None => false,
            },
        };
        if !applied {
            report.push_at(
                entry.origin,
                Problem::new(
                    ProblemCode::CorrectionUnmatched,
                    Action::Ignored,
                    format!("this correction matches nothing in the data: {}", unmatched(&entry.correction)),
                    "Check the UPRN, postcode or station id, or delete the correction if it is no longer needed.",
                ),
            );
        }
    }
}

fn unmatched(correction: &Correction) -> String {
    match correction {
        Correction::Exclude(target) | Correction::Reassign { target, .. } => {
            format!("no address has {}", target.describe())
        }
        Correction::RenameStation { station, .. }
        | Correction::MoveStation { station, .. }
        | Correction::SetStationPostcode { station, .. } => format!("there is no station \"{station}\""),
    }
}

fn exclude(target: &CorrectionTarget, addresses: &mut Vec<AddressEntry>, because: &str, report: &mut Report) -> bool {
    let before = addresses.len();
    addresses.retain(|entry| {
        if !target.matches(entry) {
            return true;
        }
        let problem = Problem::new(
            ProblemCode::CorrectionApplied,
            Action::Dropped,
            format!("the address with UPRN \"{}\" was left out {because}", entry.address.uprn),
            "Nothing to do: this records a correction. Remove it from the corrections file when no longer needed.",
        );
        report.retract(entry.origin, entry.repaired, problem);
        false
    });
    addresses.len() < before
}

fn reassign(
    target: &CorrectionTarget,
    station: &StationId,
    addresses: &mut [AddressEntry],
    because: &str,
    report: &mut Report,
) -> bool {
    let mut any = false;
    for entry in addresses.iter_mut().filter(|entry| target.matches(entry)) {
        any = true;
        let was = entry.address.station_id.as_ref().map_or_else(|| "no station".to_owned(), |id| format!("\"{id}\""));
        let problem = Problem::new(
            ProblemCode::CorrectionApplied,
            Action::Repaired,
            format!(
                "the address with UPRN \"{}\" was sent to station \"{station}\" instead of {was} {because}",
                entry.address.uprn
            ),
            "Nothing to do: this records a correction. Fix the election software so the correction is no longer \
             needed.",
        );
        report.mark_repaired(entry.origin, entry.repaired, problem);
        entry.repaired = true;
        entry.address.station_id = Some(station.clone());
    }
    any
}

/// Station corrections are listed as repairs on the station's record. Its file's
/// counts are left as they were: the record may be a row that also holds an address
/// (as in Xpress), whose own fate decided how it was counted.
fn fix_station(entry: &mut StationEntry, correction: &Correction, because: &str, report: &mut Report) {
    let station = &mut entry.station;
    let what = match correction {
        Correction::RenameStation { name, .. } => {
            let what = format!("renamed from \"{}\" to \"{name}\"", station.name);
            station.name = name.clone();
            what
        }
        Correction::MoveStation { location, .. } => {
            let what = format!("moved to {}, {}", location.lat, location.lon);
            station.location = Some(*location);
            what
        }
        Correction::SetStationPostcode { postcode, .. } => {
            let what = format!("given the postcode {postcode}");
            station.postcode = Some(postcode.clone());
            what
        }
        Correction::Exclude(_) | Correction::Reassign { .. } => return,
    };
    let problem = Problem::new(
        ProblemCode::CorrectionApplied,
        Action::Repaired,
        format!("station \"{}\" was {what} {because}", station.id),
        "Nothing to do: this records a correction. Fix the election software so the correction is no longer needed.",
    );
    report.push_at(entry.origin, problem);
}
