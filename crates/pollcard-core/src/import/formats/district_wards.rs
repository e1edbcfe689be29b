//! `pollcard-district-wards/1`: which ward (or electoral division) and ballot each
//! polling district belongs to.
//!
//! Council exports carry polling districts, not wards, but a voter's ballot depends
//! on the ward: this small CSV, of Pollcard's own design, joins the two. One row per
//! polling district; the dataset checks each names a district the build knows.

use crate::import::dataset::{Dataset, DistrictWard};
use crate::import::report::{Fate, FileReport};
use crate::import::source::{CsvRow, SourceFile};
use crate::model::{LocalizedText, Ward};

use super::rows::{self, Columns};
use super::{Confidence, Importer};

/// The format's name.
pub const NAME: &str = "pollcard-district-wards/1";

const REQUIRED: [&str; 2] = ["polling_district", "ward_id"];
const OPTIONAL: [&str; 3] = ["ward_name", "ward_name_cy", "ballot_id"];

/// Reads a polling district → ward and ballot mapping.
#[derive(Clone, Copy, Debug)]
pub struct DistrictWards;

impl Importer for DistrictWards {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "CSV with the columns polling_district and ward_id"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        if REQUIRED.iter().all(|column| source.has_column(column)) {
            Confidence::Certain
        } else if source.has_column("ward_id")
            || (source.has_column("polling_district") && source.has_column("ballot_id"))
        {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let is_known = |column: &str| REQUIRED.contains(&column) || OPTIONAL.contains(&column);
        let Some((table, columns)) = rows::open_table(source, report, NAME, &REQUIRED, is_known) else { return };
        rows::for_each_row(&table, report, |record, report| match read_mapping(&columns, record) {
            Ok(mapping) => {
                dataset.add_district_ward(mapping, report.origin(record.line));
                Fate::Imported
            }
            Err(column) => {
                report.push(rows::blank_field(column, "mapping").at_line(record.line));
                Fate::Dropped
            }
        });
    }
}

/// The row's mapping, or the required column that is blank.
fn read_mapping(columns: &Columns, record: &CsvRow) -> Result<DistrictWard, &'static str> {
    let required = |column: &'static str| columns.optional(record, column).ok_or(column);
    let district = required("polling_district")?;
    let ward_id = required("ward_id")?;
    let name = LocalizedText::new(columns.optional(record, "ward_name"), columns.optional(record, "ward_name_cy"));
    Ok(DistrictWard { district, ward: Ward { id: ward_id, name }, ballot_id: columns.optional(record, "ballot_id") })
}

#[cfg(test)]
mod tests {
    use crate::import::test_support::{build, problems, COUNCIL};

    const ADDRESSES: &str = "uprn,address,postcode,station_id,district\n1,1 Sea View,AA1 1AA,,AD1\n2,1 Mill Lane,AA1 1AB,,AD2\n3,1 New Road,AA1 1AD,,AD3\n";

    fn file_problems(outcome: &crate::import::test_support::ImportOutcome) -> Vec<(&'static str, Option<u64>)> {
        problems(outcome).into_iter().filter(|p| p.1 == "wards.csv" || p.1.is_empty()).map(|p| (p.0, p.2)).collect()
    }

    #[test]
    fn districts_get_their_ward_and_ballot() {
        let wards = "polling_district,ward_id,ward_name,ward_name_cy,ballot_id\n\
                     AD1,W1,North,Gogledd,local.test.north.2026-05-07\n\
                     AD2,W1,North,Gogledd,local.test.north.2026-05-07\n\
                     AD9,W2,South,,\n\
                     AD3,,Nowhere,,\n";
        let outcome = build(&[("council.toml", COUNCIL), ("addresses.csv", ADDRESSES), ("wards.csv", wards)]);
        let file = &outcome.report.files()[2];
        assert_eq!(file.format, "pollcard-district-wards/1");
        assert_eq!((file.records_read(), file.imported(), file.dropped()), (4, 2, 2));
        assert_eq!(
            file_problems(&outcome),
            [("district_without_ward", None), ("mapping_unknown_district", Some(4)), ("blank_field", Some(5))]
        );
        let bundle = outcome.bundle.expect("builds");
        let north = &bundle.districts[0];
        let ward = north.ward.as_ref().expect("ward");
        assert_eq!((ward.id.as_str(), ward.name.cy.as_deref()), ("W1", Some("Gogledd")));
        assert_eq!(north.ballot_id.as_deref(), Some("local.test.north.2026-05-07"));
        assert!(bundle.districts[2].ward.is_none(), "AD3's row had no ward");
    }

    #[test]
    fn a_district_given_two_wards_loses_both_rows() {
        let wards = "polling_district,ward_id\nAD1,W1\nAD2,W1\nAD3,W1\nAD1,W2\nAD2,W1\n";
        let outcome = build(&[("council.toml", COUNCIL), ("addresses.csv", ADDRESSES), ("wards.csv", wards)]);
        assert_eq!(
            file_problems(&outcome),
            [
                ("district_without_ward", None),
                ("duplicate_mapping", Some(2)),
                ("duplicate_mapping", Some(5)),
                ("duplicate_row", Some(6))
            ]
        );
        let file = &outcome.report.files()[2];
        assert_eq!((file.imported(), file.dropped()), (2, 3));
    }
}
