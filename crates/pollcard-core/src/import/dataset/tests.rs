use crate::import::test_support::{build, problems, with_code, COUNCIL};
use crate::model::{AccessibilityFeature, Availability};

const STATIONS: &str = "station_id,name,address,lat,lon,hearing_loop,getting_there_en\n\
                        S1,Village Hall,Mill Lane,52.5,-4.0,yes,Bus 12\n\
                        S2,Chapel,Chapel Street,52.6,-4.1,,\n";

fn addresses(rows: &str) -> String {
    format!("uprn,address,postcode,station_id,district\n{rows}")
}

fn line_codes(outcome: &crate::import::ImportOutcome, file: &str) -> Vec<(&'static str, Option<u64>)> {
    problems(outcome).into_iter().filter(|(_, path, _)| path == file).map(|(code, _, line)| (code, line)).collect()
}

#[test]
fn no_council_is_fatal() {
    let outcome = build(&[("stations.csv", STATIONS)]);
    assert!(outcome.bundle.is_none());
    assert_eq!(problems(&outcome)[0], ("no_council", String::new(), None));
}

#[test]
fn two_councils_are_fatal() {
    let outcome = build(&[("a.toml", COUNCIL), ("b.toml", COUNCIL), ("stations.csv", STATIONS)]);
    assert!(outcome.bundle.is_none());
    assert_eq!(problems(&outcome)[0], ("multiple_councils", "b.toml".to_owned(), None));
}

#[test]
fn a_complete_build() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        (
            "addresses.csv",
            &addresses("1,1 High Street,AA1 1AA,S1,A\n2,2 High Street,aa11aa,S2,A\n3,3 Mill Lane,AA1 1AB,,B\n"),
        ),
    ]);
    assert_eq!(problems(&outcome), []);
    let bundle = outcome.bundle.expect("builds");
    assert!(bundle.fictional);
    assert_eq!(bundle.council.id, "test-council");
    assert_eq!(bundle.stations.len(), 2);
    assert_eq!(bundle.addresses.len(), 3);
    assert_eq!(bundle.addresses[1].1.postcode, "AA1 1AA", "postcodes stored in written form");
    // District A is split between stations; B has no station yet.
    let districts: Vec<_> = bundle.districts.iter().map(|d| (d.id.as_str(), d.station_id.clone())).collect();
    assert_eq!(districts, [("A", None), ("B", None)]);
}

#[test]
fn a_district_with_one_station_gets_it() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        (
            "addresses.csv",
            &addresses("1,1 High Street,AA1 1AA,S1,A\n2,2 High Street,AA1 1AA,S1,A\n3,1 Chapel St,AA1 1AB,S2,\n"),
        ),
    ]);
    let bundle = outcome.bundle.expect("builds");
    assert_eq!(bundle.districts.len(), 1);
    assert_eq!(bundle.districts[0].station_id.as_ref().map(|id| id.as_str()), Some("S1"));
}

#[test]
fn address_with_an_unknown_station_is_kept_without_one() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        (
            "addresses.csv",
            &addresses("1,1 High Street,AA1 1AA,S1,\n2,2 High Street,AA1 1AA,S9,\n3,1 Chapel St,AA1 1AB,S2,\n"),
        ),
    ]);
    assert_eq!(line_codes(&outcome, "addresses.csv"), [("unknown_station", Some(3))]);
    let problem = &with_code(&outcome, "unknown_station")[0];
    assert_eq!(problem.action, crate::import::Action::KeptAsNoStation);
    assert!(problem.message.contains("\"S9\""));
    let file = &outcome.report.files()[2];
    assert_eq!((file.imported(), file.repaired(), file.dropped()), (3, 1, 0));
    let bundle = outcome.bundle.expect("builds");
    let kept = bundle.addresses.iter().find(|(_, a)| a.uprn == "2").expect("kept");
    assert_eq!(kept.1.station_id, None);
}

#[test]
fn a_uprn_with_two_stations_loses_every_row() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        (
            "addresses.csv",
            &addresses("7,7 Mill Lane,AA1 1AB,S1,\n8,8 Mill Lane,AA1 1AB,S1,\n7,7 Mill Lane,AA1 1AB,S2,\n"),
        ),
    ]);
    assert_eq!(line_codes(&outcome, "addresses.csv"), [("uprn_conflict", Some(2)), ("uprn_conflict", Some(4))]);
    let first = &with_code(&outcome, "uprn_conflict")[0].message;
    assert!(first.contains("station \"S2\" on line 4 of addresses.csv"), "{first}");
    let file = &outcome.report.files()[2];
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (3, 1, 2));
    assert_eq!(outcome.bundle.expect("builds").addresses.len(), 1);
}

#[test]
fn repeated_uprns_with_the_same_station() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        ("addresses.csv", &addresses("7,7 Mill Lane,AA1 1AB,S1,\n8,8 Mill Lane,AA1 1AB,S2,\n")),
        ("more.csv", &addresses("7,7 Mill Lane,AA1 1AB,S1,\n8,Eight Mill Lane,AA1 1AB,S2,\n")),
    ]);
    assert_eq!(line_codes(&outcome, "more.csv"), [("duplicate_row", Some(2)), ("duplicate_uprn", Some(3))]);
    assert_eq!(outcome.bundle.expect("builds").addresses.len(), 2);
}

#[test]
fn row_errors_drop_the_row_with_its_line() {
    let rows = "1,1 High Street,AA1 1A@,S1,\n,2 High Street,AA1 1AA,S1,\n3,3 High Street,,S1,\n\
                4,4 High Street,AA1 1AA\n5,5 High Street,AA1 1AA,S2,\n5,5 High Street,AA1 1AA,S2,\n,,,,\n";
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", STATIONS), ("addresses.csv", &addresses(rows))]);
    assert_eq!(
        line_codes(&outcome, "addresses.csv"),
        [
            ("invalid_postcode", Some(2)),
            ("missing_uprn", Some(3)),
            ("blank_field", Some(4)),
            ("wrong_field_count", Some(5)),
            ("duplicate_row", Some(7)),
            ("blank_row", Some(8)),
        ]
    );
    let invalid = &with_code(&outcome, "invalid_postcode")[0].message;
    assert!(invalid.contains("\"AA1 1A@\"") && invalid.contains("remove “@”"), "{invalid}");
    let file = &outcome.report.files()[2];
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (7, 1, 6));
}

#[test]
fn a_fatal_file_skips_the_cross_checks() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", "station_id,name,address,lat,lon\nS1,Hall,Road,52,-4\nS1,Chapel,Road,52,-4\n"),
        ("addresses.csv", &addresses("1,1 High Street,AA1 1AA,S9,\n")),
    ]);
    assert!(outcome.bundle.is_none());
    let codes: Vec<_> = problems(&outcome).into_iter().map(|(code, _, _)| code).collect();
    assert_eq!(codes, ["duplicate_station"], "no unknown_station echo");
}

#[test]
fn the_survey_wins_and_says_so() {
    let survey =
        "internal_council_id,level_access,temporary_ramp,hearing_loop,getting_to_the_station,at_the_station_cy\n\
                  S1,yes,no,no,Bus 12 or 14,Mynedfa wastad\n\
                  S2,n,Y,,,\n\
                  S9,yes,,,,\n\
                  S1,no,,,,\n";
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        ("addresses.csv", &addresses("1,1 High Street,AA1 1AA,S1,\n2,2 High Street,AA1 1AB,S2,\n")),
        ("survey.csv", survey),
    ]);
    assert_eq!(
        line_codes(&outcome, "survey.csv"),
        [
            ("survey_conflict", Some(2)),
            ("survey_conflict", Some(2)),
            ("survey_unknown_station", Some(4)),
            ("duplicate_survey", Some(5))
        ]
    );
    let conflict = &with_code(&outcome, "survey_conflict")[0].message;
    assert!(
        conflict.contains("hearing_loop is \"no\" in the survey but \"yes\" on line 2 of stations.csv"),
        "{conflict}"
    );
    let file = &outcome.report.files()[3];
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (4, 2, 2));
    let bundle = outcome.bundle.expect("builds");
    let s1 = &bundle.stations[0].accessibility;
    assert_eq!(s1.availability(AccessibilityFeature::HearingLoop), Availability::No);
    assert_eq!(s1.availability(AccessibilityFeature::LevelAccess), Availability::Yes);
    assert_eq!(s1.getting_there.en.as_deref(), Some("Bus 12 or 14"));
    assert_eq!(s1.at_the_station.cy.as_deref(), Some("Mynedfa wastad"));
    let s2 = &bundle.stations[1].accessibility;
    assert_eq!(s2.availability(AccessibilityFeature::TemporaryRamp), Availability::Yes);
    assert_eq!(s2.availability(AccessibilityFeature::HearingLoop), Availability::Unknown);
}

#[test]
fn an_unknown_survey_answer_does_not_erase_the_stations_file() {
    let survey = "internal_council_id,level_access,hearing_loop\nS1,,dunno\n";
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        ("addresses.csv", &addresses("1,1 High Street,AA1 1AA,S1,\n2,2 High Street,AA1 1AB,S2,\n")),
        ("survey.csv", survey),
    ]);
    assert_eq!(line_codes(&outcome, "survey.csv"), [("unrecognised_answer", Some(2))]);
    let bundle = outcome.bundle.expect("builds");
    assert_eq!(bundle.stations[0].accessibility.availability(AccessibilityFeature::HearingLoop), Availability::Yes);
}

#[test]
fn stations_nobody_votes_at_are_pointed_out() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", STATIONS),
        ("addresses.csv", &addresses("1,1 High Street,AA1 1AA,S1,\n")),
    ]);
    assert_eq!(line_codes(&outcome, "stations.csv"), [("station_without_addresses", Some(3))]);
    assert!(outcome.bundle.is_some(), "a warning does not stop the build");
}
