//! Station files from council exports: one row per polling station, as the stations
//! file of Democracy Counts and Democracy Club's generic stations CSV are. Each format
//! says how a row reads (a [`StationFields`]); building the station — its postcode
//! from the address when its own column lacks it, `0,0` or blank coordinates as no
//! location, grid references converted — is shared with the per-property exports, so
//! a station reads the same whichever file describes it.

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};

use super::rows::{self, Columns};
use super::xpress::quirks::test_marker;
use super::xpress::{build_station, open_tidied, ColumnNames, StationFields};

/// One station-file format.
pub(super) struct StationLayout {
    pub name: &'static str,
    /// The station id column, as the officer sees it, for messages.
    pub id_column: &'static str,
    /// Columns without which the file is refused (lower case).
    pub required: &'static [&'static str],
    /// Every column the format has, used or not (lower case).
    pub known: &'static [&'static str],
}

/// Reads `source` in `layout`, one station per row, with `names` naming its columns
/// and `read_row` reading them; every row is settled in `report`.
pub(super) fn import_station_rows(
    layout: &StationLayout,
    names: &ColumnNames,
    read_row: impl for<'r> Fn(&Columns, &'r CsvRow) -> StationFields<'r>,
    source: &SourceFile,
    dataset: &mut Dataset,
    report: &mut FileReport,
) {
    let Some((table, columns)) = open_tidied(source, report, layout.name, layout.required, layout.known) else {
        return;
    };
    rows::for_each_row(&table, report, |record, report| {
        let fields = read_row(&columns, record);
        let mut problems = Vec::new();
        let station = station(layout, names, &fields, &mut problems);
        let repaired = problems.iter().any(|problem| problem.action != Action::Kept);
        for problem in problems {
            report.push(problem.at_line(record.line));
        }
        let Some(station) = station else { return Fate::Dropped };
        let fate = if repaired { Fate::Repaired } else { Fate::Imported };
        // A station already given (in this file or another) is reported by the dataset.
        dataset.add_station(station, fate, report.origin(record.line), report)
    });
}

/// The station a row describes; `None`, with the reason in `problems`, when it
/// cannot be used.
fn station(
    layout: &StationLayout,
    names: &ColumnNames,
    fields: &StationFields,
    problems: &mut Vec<Problem>,
) -> Option<crate::model::PollingStation> {
    if fields.id.is_empty() {
        problems.push(rows::blank_field(layout.id_column, "station"));
        return None;
    }
    if fields.id.eq_ignore_ascii_case("n/a") {
        // In an addresses file n/a means "no station yet"; a station needs a real id.
        problems.push(Problem::new(
            ProblemCode::BlankField,
            Action::Dropped,
            format!("the \"{}\" field is \"{}\", so this station cannot be used", layout.id_column, fields.id),
            format!("Give the station its id in \"{}\", or delete the row.", layout.id_column),
        ));
        return None;
    }
    let marker = test_marker(&[fields.name], "").or_else(|| test_marker(&fields.address_lines, ""));
    if let Some(reason) = marker {
        problems.push(Problem::new(
            ProblemCode::TestRecord,
            Action::Dropped,
            format!("station \"{}\" is a dummy or test record ({reason}); it was left out", fields.id),
            "Remove test stations from the election software, or ignore this if they are expected.",
        ));
        return None;
    }
    let station = build_station(fields, names, problems);
    if station.is_none() {
        let column = if fields.name.is_empty() { names.station_name } else { names.station_address };
        problems.clear();
        problems.push(rows::blank_field(column, "station"));
    }
    station
}
