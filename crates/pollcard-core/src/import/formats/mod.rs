//! One module per input format, each an [`Importer`], and the registry that lists them.
//!
//! Adding a council-export format (Idox Eros, Democracy Counts, EONI, …) means
//! writing one module here: an `Importer` that recognises the format from the file's
//! content, reads its records into the [`Dataset`] and settles every record in the
//! [`FileReport`]; then adding it to [`registry`]. Cross-file checks (unknown stations,
//! conflicting UPRNs, the survey) happen once, in the dataset, for every format.

use super::dataset::Dataset;
use super::report::FileReport;
use super::source::SourceFile;

pub mod corrections;
pub mod council_toml;
pub mod dc_generic;
pub mod dc_survey;
pub mod democracy_counts;
pub mod district_wards;
pub mod districts;
pub mod elections;
pub mod eoni;
pub mod fcs_json;
pub mod generic_addresses;
pub mod generic_stations;
pub mod idox_eros;
mod json_lines;
pub mod pollcard_survey;
#[cfg(test)]
mod row_problems;
mod rows;
mod station_rows;
pub mod timetable;
pub mod vip;
pub mod voting_places;
pub mod xpress;

/// How sure an importer is that a file is in its format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Confidence {
    No,
    /// Some signs, but another format could match too.
    Possible,
    /// The format's defining marks are there.
    Certain,
}

/// Reads one input format.
pub trait Importer: Sync {
    /// The format's stable name, as used by `--format` and in the report, e.g.
    /// `pollcard-stations/1`.
    fn name(&self) -> &'static str;

    /// How to recognise the format, for messages: "CSV with columns station_id, name,
    /// address and no uprn".
    fn signature(&self) -> &'static str;

    /// How sure the importer is that `source` is in its format. Look at the content
    /// only, never the file name.
    fn detect(&self, source: &SourceFile) -> Confidence;

    /// Reads `source` into `dataset`. Every record read must be settled exactly once
    /// in `report` (imported, repaired or dropped), and every problem reported there.
    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport);

    /// The broader format this one is a narrower kind of, if any: US precinct
    /// GeoJSON is GeoJSON polygons too, told apart by its precinct id property. When
    /// both are certain of a file, the narrower one is chosen.
    fn narrows(&self) -> Option<&'static str> {
        None
    }
}

static REGISTRY: &[&dyn Importer] = &[
    &council_toml::CouncilToml,
    &generic_stations::GenericStations,
    &generic_addresses::GenericAddresses,
    &dc_survey::DcSurvey,
    &xpress::democracy_club::XpressDemocracyClub,
    &xpress::weblookup::XpressWebLookup,
    &idox_eros::IdoxEros,
    &districts::geojson::DistrictsGeoJson,
    &districts::kml::DistrictsKml,
    &fcs_json::FcsElectionsPro,
    &district_wards::DistrictWards,
    &corrections::Corrections,
    &pollcard_survey::PollcardSurvey,
    &timetable::TimetableAdjustments,
    &eoni::Eoni,
    &democracy_counts::addresses::DemocracyCountsAddresses,
    &democracy_counts::stations::DemocracyCountsStations,
    &dc_generic::stations::DemocracyClubStations,
    &dc_generic::addresses::DemocracyClubAddresses,
    &vip::VipXml,
    &vip::boundaries::EsriPrj,
    &vip::boundaries::PrecinctsGeoJson,
    &elections::ballots::PollcardBallots,
    &elections::candidates::PollcardCandidates,
    &elections::dc_candidates::DemocracyClubCandidates,
    &voting_places::VotingPlaces,
];

/// Every importer, in the order detection tries them.
pub fn registry() -> &'static [&'static dyn Importer] {
    REGISTRY
}

/// The importer with this name.
pub fn importer_named(name: &str) -> Option<&'static dyn Importer> {
    registry().iter().copied().find(|importer| importer.name() == name.trim())
}

/// Every importer's name.
pub fn names() -> Vec<&'static str> {
    registry().iter().map(|importer| importer.name()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_and_found() {
        let mut names = names();
        for name in &names {
            assert_eq!(importer_named(name).map(|importer| importer.name()), Some(*name));
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), registry().len());
        assert!(importer_named("xpress").is_none());
    }
}
