//! The problems an import can find, each with a stable code and a fixed severity.
//!
//! Codes are part of the report format (`pollcard-report/1`): scripts and the review
//! screens match on them, so never rename one; add new ones instead. A code always has
//! the same severity, so "how bad is `invalid_postcode`?" has one answer everywhere.

use serde::Serialize;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The build stops: no bundle is written.
    Fatal,
    /// A record was dropped or changed in a way a voter would notice.
    Error,
    /// Worth a look; the data was used as it stands or repaired harmlessly.
    Warning,
}

impl Severity {
    pub fn key(self) -> &'static str {
        match self {
            Severity::Fatal => "fatal",
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// What the importer did about a problem.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The build stopped.
    Stopped,
    /// The record was left out of the bundle.
    Dropped,
    /// The record went into the bundle as it was.
    Kept,
    /// The record went into the bundle with the faulty part removed or defaulted.
    Repaired,
    /// The address went into the bundle without a station, so voters are told to
    /// contact the council rather than that their address is not covered.
    KeptAsNoStation,
    /// Something that is not a record (such as an extra column) was not used.
    Ignored,
}

macro_rules! problem_codes {
    ($($variant:ident => $key:literal, $severity:ident;)*) => {
        /// A kind of problem. See `docs/data-formats.md` for what each one means.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ProblemCode {
            $($variant,)*
        }

        impl ProblemCode {
            /// Every code, for documentation and tests.
            pub const ALL: &'static [ProblemCode] = &[$(ProblemCode::$variant,)*];

            /// The stable snake_case key used in the report.
            pub fn key(self) -> &'static str {
                match self {
                    $(ProblemCode::$variant => $key,)*
                }
            }

            /// How bad this kind of problem always is.
            pub fn severity(self) -> Severity {
                match self {
                    $(ProblemCode::$variant => Severity::$severity,)*
                }
            }
        }
    };
}

problem_codes! {
    UnreadableFile => "unreadable_file", Fatal;
    NotText => "not_text", Fatal;
    EmptyFile => "empty_file", Fatal;
    UnknownFormat => "unknown_format", Fatal;
    AmbiguousFormat => "ambiguous_format", Fatal;
    MissingColumn => "missing_column", Fatal;
    InvalidCouncil => "invalid_council", Fatal;
    NoCouncil => "no_council", Fatal;
    MultipleCouncils => "multiple_councils", Fatal;
    DuplicateStation => "duplicate_station", Fatal;
    ReportInconsistent => "report_inconsistent", Fatal;
    TruncatedFile => "truncated_file", Fatal;
    WrongFieldCount => "wrong_field_count", Error;
    BlankField => "blank_field", Error;
    MissingUprn => "missing_uprn", Error;
    InvalidPostcode => "invalid_postcode", Error;
    UprnConflict => "uprn_conflict", Error;
    DuplicateUprn => "duplicate_uprn", Error;
    UnknownStation => "unknown_station", Error;
    SurveyUnknownStation => "survey_unknown_station", Error;
    DuplicateSurvey => "duplicate_survey", Error;
    TestRecord => "test_record", Error;
    InvalidBoundary => "invalid_boundary", Error;
    DuplicateDistrict => "duplicate_district", Error;
    MappingUnknownDistrict => "mapping_unknown_district", Error;
    DuplicateMapping => "duplicate_mapping", Error;
    InvalidCorrection => "invalid_correction", Error;
    NoLocation => "no_location", Warning;
    InvalidLocation => "invalid_location", Warning;
    InvalidStationPostcode => "invalid_station_postcode", Warning;
    PostcodeFromAddress => "postcode_from_address", Warning;
    InvalidHours => "invalid_hours", Warning;
    UnrecognisedAnswer => "unrecognised_answer", Warning;
    SurveyConflict => "survey_conflict", Warning;
    LevelAccessAndRamp => "level_access_and_ramp", Warning;
    StationWithoutAddresses => "station_without_addresses", Warning;
    UnknownColumns => "unknown_columns", Warning;
    DuplicateRow => "duplicate_row", Warning;
    BlankRow => "blank_row", Warning;
    AssumedGridCoordinates => "assumed_grid_coordinates", Warning;
    StationOutsideDistrict => "station_outside_district", Warning;
    DistrictWithoutStation => "district_without_station", Warning;
    DistrictWithoutWard => "district_without_ward", Warning;
    CorrectionApplied => "correction_applied", Warning;
    CorrectionUnmatched => "correction_unmatched", Warning;
    InvalidSurveyDate => "invalid_survey_date", Warning;
    InvalidWebsite => "invalid_website", Warning;
    AddressWithoutStation => "address_without_station", Warning;
    StationFarFromOthers => "station_far_from_others", Warning;
    StationsAtSamePlace => "stations_at_same_place", Warning;
    SplitPostcode => "split_postcode", Warning;
    NoAccessibilityData => "no_accessibility_data", Warning;
    // Elections, ballots and candidates.
    InvalidElectionId => "invalid_election_id", Error;
    InvalidElectionValue => "invalid_election_value", Error;
    ElectionNotHeld => "election_not_held", Error;
    DuplicateBallot => "duplicate_ballot", Error;
    CandidateUnknownBallot => "candidate_unknown_ballot", Error;
    DuplicateCandidate => "duplicate_candidate", Error;
    CandidateBeforeStatement => "candidate_before_statement", Warning;
    BallotWithoutDistricts => "ballot_without_districts", Warning;
    ReplacementNotInData => "replacement_not_in_data", Warning;
    ElectionDetailsDiffer => "election_details_differ", Warning;
    // Election timetable adjustments (`pollcard-timetable/1`).
    InvalidTimetableFile => "invalid_timetable_file", Fatal;
    InvalidTimetableEntry => "invalid_timetable_entry", Error;
    // US Voting Information Project feeds and precinct boundaries.
    InvalidXml => "invalid_xml", Fatal;
    UnsupportedVipVersion => "unsupported_vip_version", Fatal;
    UnsupportedProjection => "unsupported_projection", Fatal;
    ShapefileIncomplete => "shapefile_incomplete", Fatal;
    VipBadReference => "vip_bad_reference", Error;
    VipDuplicateId => "vip_duplicate_id", Error;
    VipInvalidValue => "vip_invalid_value", Error;
    InvalidPrecinctBoundary => "invalid_precinct_boundary", Error;
    BoundaryUnknownPrecinct => "boundary_unknown_precinct", Error;
    VipOlderVersion => "vip_older_version", Warning;
    VipElementNotUsed => "vip_element_not_used", Warning;
    PrecinctWithoutBoundary => "precinct_without_boundary", Warning;
    InvalidConfirmedDate => "invalid_confirmed_date", Warning;
    InvalidPlaceKind => "invalid_place_kind", Error;
    InvalidOpeningDays => "invalid_opening_days", Error;
    DuplicateVotingPlace => "duplicate_voting_place", Fatal;
    UnknownPlaceArea => "unknown_place_area", Warning;
}

impl Serialize for ProblemCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_snake_case() {
        let mut keys: Vec<_> = ProblemCode::ALL.iter().map(|code| code.key()).collect();
        assert!(keys.iter().all(|key| key.chars().all(|c| c.is_ascii_lowercase() || c == '_')));
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ProblemCode::ALL.len());
    }

    /// The officers' guide explains every code; a new code must be added to it.
    #[test]
    fn every_code_is_in_the_guide_for_electoral_services() {
        let guide = include_str!("../../../../docs/for-electoral-services.md");
        let missing: Vec<&str> = ProblemCode::ALL
            .iter()
            .map(|code| code.key())
            .filter(|key| !guide.contains(&format!("| `{key}` |")))
            .collect();
        assert!(missing.is_empty(), "add these codes to docs/for-electoral-services.md: {missing:?}");
    }

    #[test]
    fn severities_serialise_as_the_report_says() {
        assert_eq!(serde_json::to_string(&Severity::Fatal).ok().as_deref(), Some("\"fatal\""));
        assert_eq!(serde_json::to_string(&Action::KeptAsNoStation).ok().as_deref(), Some("\"kept_as_no_station\""));
        assert_eq!(ProblemCode::InvalidPostcode.severity(), Severity::Error);
        assert_eq!(ProblemCode::MissingColumn.severity(), Severity::Fatal);
    }
}
