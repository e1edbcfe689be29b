//! `pollcard-corrections/1`: a council's own fixes to its export, kept in a file of
//! their own so that they are applied again, the same way, every time the export is
//! rebuilt — and each is in the report with its reason.
//!
//! One row per correction. This module only reads and checks the rows; the dataset
//! applies them once every file is read (see `dataset/corrections.rs`).

use crate::import::dataset::{Correction, CorrectionTarget, Dataset};
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{Location, StationId};
use crate::postcode::Postcode;

use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "pollcard-corrections/1";

const REQUIRED: [&str; 2] = ["action", "reason"];
// The station column is `station`, not `station_id`: with `uprn` beside it, that would
// make the file look like pollcard-addresses/1.
const OPTIONAL: [&str; 7] = ["uprn", "postcode", "station", "new_name", "lat", "lon", "new_postcode"];

/// The actions, for messages.
const ACTIONS: &str = "exclude, reassign, rename_station, move_station or set_station_postcode";

/// Reads a corrections file.
#[derive(Clone, Copy, Debug)]
pub struct Corrections;

impl Importer for Corrections {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns action and reason"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if REQUIRED.iter().all(|column| source.has_column(column)) {
            Confidence::Certain
        } else if source.has_column("action") && (source.has_column("uprn") || source.has_column("station")) {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let is_known = |column: &str| REQUIRED.contains(&column) || OPTIONAL.contains(&column);
        let Some((table, columns)) = rows::open_table(source, report, NAME, &REQUIRED, is_known) else { return };
        rows::for_each_row(&table, report, |record, report| match read_correction(&columns, record) {
            Ok((correction, reason)) => {
                dataset.add_correction(correction, reason, report.origin(record.line));
                Fate::Imported
            }
            Err(why) => {
                report.push(invalid(&why).at_line(record.line));
                Fate::Dropped
            }
        });
    }
}

fn invalid(why: &str) -> Problem {
    Problem::new(
        ProblemCode::InvalidCorrection,
        Action::Dropped,
        format!("this correction cannot be used: {why}; it was not applied"),
        "Fix the row as docs/data-formats.md describes for pollcard-corrections/1.",
    )
}

/// The correction on a row and its reason, or why the row cannot be used.
fn read_correction(columns: &Columns, record: &CsvRow) -> Result<(Correction, String), String> {
    let field = |name: &str| columns.optional(record, name);
    let required = |name: &str, action: &str| field(name).ok_or_else(|| format!("{action} needs a {name}"));
    let reason = field("reason").ok_or("every correction needs a reason, and this one has none")?;
    let action = field("action").unwrap_or_default().to_ascii_lowercase();
    let station = |action: &str| required("station", action).map(StationId);
    let correction = match action.as_str() {
        "exclude" => Correction::Exclude(target(columns, record, "exclude")?),
        "reassign" => {
            Correction::Reassign { target: target(columns, record, "reassign")?, station: station("reassign")? }
        }
        "rename_station" => Correction::RenameStation {
            station: station("rename_station")?,
            name: required("new_name", "rename_station")?,
        },
        "move_station" => {
            let (lat, lon) = (required("lat", "move_station")?, required("lon", "move_station")?);
            let location = match (lat.parse::<f64>(), lon.parse::<f64>()) {
                (Ok(lat), Ok(lon)) => Location::new(lat, lon),
                _ => None,
            }
            .ok_or_else(|| format!("lat \"{lat}\" and lon \"{lon}\" are not a place on Earth"))?;
            Correction::MoveStation { station: station("move_station")?, location }
        }
        "set_station_postcode" => {
            let text = required("new_postcode", "set_station_postcode")?;
            let postcode = Postcode::parse(&text).map_err(|error| format!("\"{text}\" is not a postcode ({error})"))?;
            Correction::SetStationPostcode { station: station("set_station_postcode")?, postcode: postcode.to_string() }
        }
        "" => return Err(format!("the action is blank; use {ACTIONS}")),
        other => return Err(format!("\"{other}\" is not an action; use {ACTIONS}")),
    };
    Ok((correction, reason))
}

/// The addresses an `exclude` or `reassign` is about: one UPRN, or one postcode.
fn target(columns: &Columns, record: &CsvRow, action: &str) -> Result<CorrectionTarget, String> {
    match (columns.optional(record, "uprn"), columns.optional(record, "postcode")) {
        (Some(uprn), None) => Ok(CorrectionTarget::Uprn(uprn)),
        (None, Some(text)) => Postcode::parse(&text)
            .map(CorrectionTarget::Postcode)
            .map_err(|error| format!("\"{text}\" is not a postcode ({error})")),
        (Some(_), Some(_)) => Err(format!("{action} takes a uprn or a postcode, not both")),
        (None, None) => Err(format!("{action} needs a uprn or a postcode")),
    }
}

#[cfg(test)]
mod tests;
