//! `pollcard-addresses/1`: Pollcard's own addresses CSV, one row per property, with
//! the station its electors vote at.
//!
//! A blank `station_id` is allowed: it means the council has not said yet, and the
//! voter is told to contact the council.

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{Address, StationId};
use crate::postcode::Postcode;

use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "pollcard-addresses/1";

const REQUIRED: [&str; 4] = ["uprn", "address", "postcode", "station_id"];
const OPTIONAL: [&str; 1] = ["district"];

/// Reads an addresses file.
#[derive(Clone, Copy, Debug)]
pub struct GenericAddresses;

impl Importer for GenericAddresses {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns uprn and station_id"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if !source.has_column("uprn") {
            Confidence::No
        } else if source.has_column("station_id") {
            Confidence::Certain
        } else if source.has_column("address") || source.has_column("postcode") {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let is_known = |column: &str| REQUIRED.contains(&column) || OPTIONAL.contains(&column);
        let Some((table, columns)) = rows::open_table(source, report, NAME, &REQUIRED, is_known) else { return };
        dataset.reserve_addresses(table.records());
        rows::for_each_row(&table, report, |record, report| match read_address(&columns, record) {
            Ok((postcode, address)) => {
                dataset.add_address(postcode, address, Fate::Imported, report.origin(record.line));
                Fate::Imported
            }
            Err(problem) => {
                report.push(problem.at_line(record.line));
                Fate::Dropped
            }
        });
    }
}

fn read_address(columns: &Columns, record: &CsvRow) -> Result<(Postcode, Address), Problem> {
    let uprn = columns.get(record, "uprn");
    if uprn.is_empty() {
        return Err(Problem::new(
            ProblemCode::MissingUprn,
            Action::Dropped,
            format!(
                "the address \"{}\" has no UPRN, so it cannot be told apart from other addresses",
                columns.get(record, "address")
            ),
            "Fill in the property's UPRN (Unique Property Reference Number) from the election software.",
        ));
    }
    let label = columns.get(record, "address");
    if label.is_empty() {
        return Err(rows::blank_field("address", "address"));
    }
    let postcode_text = columns.get(record, "postcode");
    if postcode_text.is_empty() {
        return Err(rows::blank_field("postcode", "address"));
    }
    let postcode =
        rows::address_postcode(postcode_text, uprn, "Correct the postcode in the election software and export again.")?;
    let address = Address {
        uprn: uprn.to_owned(),
        label: label.to_owned(),
        postcode: postcode.to_string(),
        station_id: columns.optional(record, "station_id").map(StationId),
        district: columns.optional(record, "district"),
    };
    Ok((postcode, address))
}
