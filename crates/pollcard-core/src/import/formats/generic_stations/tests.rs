use super::*;
use crate::import::test_support::{self, build, with_code, ImportOutcome, ProblemAt, COUNCIL};

const HEADER: &str = "station_id,name,address,postcode,lat,lon,opens,closes,level_access,hearing_loop,\
                      hearing_loop_note_en,getting_there_en,getting_there_cy";

fn stations(rows: &str) -> String {
    format!("{HEADER}\n{rows}")
}

/// The problems, without the "no addresses" warning every station gets here.
fn problems(outcome: &ImportOutcome) -> Vec<ProblemAt> {
    let mut problems = test_support::problems(outcome);
    problems.retain(|(code, _, _)| *code != "station_without_addresses");
    problems
}

fn one_station(row: &str) -> (PollingStation, Vec<ProblemAt>) {
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", &stations(row))]);
    let bundle = outcome.bundle.as_ref().expect("builds");
    (bundle.stations[0].clone(), problems(&outcome))
}

#[test]
fn reads_every_column() {
    let (station, _) = one_station(
        "S1,Village Hall,\"Mill Lane, Demo Town\",aa11aa,52.544,-4.052,08:00,21:30,yes,no,Loop at the desk,\
         Bus 12 stops outside,Mae bws 12 yn stopio tu allan\n",
    );
    assert_eq!(station.id.as_str(), "S1");
    assert_eq!(station.address, "Mill Lane, Demo Town");
    assert_eq!(station.postcode.as_deref(), Some("AA1 1AA"), "stored in written form");
    assert_eq!(station.location, Location::new(52.544, -4.052));
    assert_eq!(station.opening_hours, OpeningHours { opens: 480, closes: 1290 });
    let access = &station.accessibility;
    assert_eq!(access.availability(AccessibilityFeature::LevelAccess), Availability::Yes);
    assert_eq!(access.availability(AccessibilityFeature::HearingLoop), Availability::No);
    assert_eq!(access.availability(AccessibilityFeature::Seating), Availability::Unknown);
    assert_eq!(access.notes[&AccessibilityFeature::HearingLoop].en.as_deref(), Some("Loop at the desk"));
    assert_eq!(access.getting_there.cy.as_deref(), Some("Mae bws 12 yn stopio tu allan"));
}

#[test]
fn blank_optional_columns_give_defaults_and_a_location_warning() {
    let (station, problems) = one_station("S1,Hall,Road,,,,,,,,,,\n");
    assert_eq!(station.postcode, None);
    assert_eq!(station.opening_hours, OpeningHours::default());
    assert!(station.accessibility.is_unsurveyed());
    assert_eq!(problems, [("no_location", "stations.csv".to_owned(), Some(2))]);
}

#[test]
fn zero_coordinates_are_no_location() {
    for (lat, lon) in [("0", "0"), ("0.00", "0.00"), ("\"0,0\"", ""), ("0", "")] {
        let (station, problems) = one_station(&format!("S1,Hall,Road,,{lat},{lon},,,,,,,\n"));
        assert_eq!(station.location, None, "{lat} {lon}");
        assert_eq!(problems[0].0, "no_location", "{lat} {lon}");
    }
    // Greenwich: a longitude of 0 with a real latitude is a place.
    let (station, _) = one_station("S1,Hall,Road,,51.4779,0,,,,,,,\n");
    assert_eq!(station.location, Location::new(51.4779, 0.0));
}

#[test]
fn bad_values_are_repaired_and_reported_on_their_line() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", &stations("S1,Hall,Road,AA1 1A@,north,-4,7am,25:00,maybe,,,,\n")),
    ]);
    let codes: Vec<_> = problems(&outcome).into_iter().map(|(code, _, line)| (code, line)).collect();
    assert_eq!(
        codes,
        [
            ("invalid_station_postcode", Some(2)),
            ("invalid_location", Some(2)),
            ("invalid_hours", Some(2)),
            ("invalid_hours", Some(2)),
            ("unrecognised_answer", Some(2)),
        ]
    );
    let postcode = &with_code(&outcome, "invalid_station_postcode")[0].message;
    assert!(postcode.contains("\"AA1 1A@\"") && postcode.contains("invalid_character"), "{postcode}");
    let file = &outcome.report.files()[1];
    assert_eq!((file.records_read(), file.imported(), file.repaired(), file.dropped()), (1, 1, 1, 0));
    let station = &outcome.bundle.as_ref().expect("builds").stations[0];
    assert_eq!(station.accessibility.availability(AccessibilityFeature::LevelAccess), Availability::Unknown);
    assert_eq!(station.opening_hours, OpeningHours::default());
}

#[test]
fn closing_before_opening_falls_back_to_the_usual_hours() {
    let (station, problems) = one_station("S1,Hall,Road,,52,-4,22:00,07:00,,,,,\n");
    assert_eq!(station.opening_hours, OpeningHours::default());
    assert_eq!(problems[0].0, "invalid_hours");
    assert_eq!(time_of_day("7:05"), Some(425));
    assert_eq!(time_of_day("07:5"), None);
    assert_eq!(time_of_day("24:00"), None);
}

#[test]
fn blank_required_field_drops_the_row() {
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", &stations("S1,,Road,,52,-4,,,,,,,\n"))]);
    let blank = with_code(&outcome, "blank_field");
    assert_eq!(blank.len(), 1);
    assert!(blank[0].message.contains("\"name\""));
    assert_eq!(outcome.report.files()[1].dropped(), 1);
}

#[test]
fn level_access_and_temporary_ramp_together_are_questioned() {
    let csv = "station_id,name,address,lat,lon,level_access,temporary_ramp\nS1,Hall,Road,52,-4,yes,yes\n";
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", csv)]);
    assert_eq!(with_code(&outcome, "level_access_and_ramp").len(), 1);
}

#[test]
fn unknown_columns_are_warned_about_once() {
    let csv = "station_id,name,address,lat,lon,colour,size\nS1,Hall,Road,52,-4,red,big\nS2,Hall,Road,52,-4,red,big\n";
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", csv)]);
    let unknown = with_code(&outcome, "unknown_columns");
    assert_eq!(unknown.len(), 1);
    assert_eq!(unknown[0].line, Some(1));
    assert!(unknown[0].message.contains("\"colour\", \"size\""));
}

#[test]
fn duplicate_station_ids() {
    let identical = stations("S1,Hall,Road,,52,-4,,,,,,,\nS1,Hall,Road,,52,-4,,,,,,,\n");
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", &identical)]);
    assert_eq!(problems(&outcome)[0], ("duplicate_row", "stations.csv".to_owned(), Some(3)));
    assert!(outcome.bundle.is_some());

    let respaced = stations("S1,Hall,Road,,52,-4,,,,,,,\nS1, Hall ,Road,,52.0,-4,,,,,,,\n");
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", &respaced)]);
    assert_eq!(problems(&outcome)[0].0, "duplicate_row", "same data, written differently");

    let different = stations("S1,Hall,Road,,52,-4,,,,,,,\nS1,Chapel,Road,,52,-4,,,,,,,\n");
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", &different)]);
    assert!(outcome.bundle.is_none());
    let fatal = with_code(&outcome, "duplicate_station");
    assert_eq!(fatal[0].line, Some(3));
    assert!(fatal[0].message.contains("line 2 of stations.csv"), "{}", fatal[0].message);
}

#[test]
fn confirmed_on_is_a_date_or_not_known() {
    let csv = "station_id,name,address,confirmed_on\nS1,Hall,Road,2026-03-14\nS2,Chapel,Road,14/03/2026\n\
               S3,School,Road,\nS4,Barn,Road,next week\nS5,Cabin,Road,2026-02-30\n";
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", csv)]);
    let bundle = outcome.bundle.as_ref().expect("builds");
    let confirmed: Vec<Option<&str>> =
        bundle.stations.iter().map(|station| station.accessibility.confirmed_on.as_deref()).collect();
    assert_eq!(confirmed, [Some("2026-03-14"), Some("2026-03-14"), None, None, None]);
    let invalid = with_code(&outcome, "invalid_confirmed_date");
    let lines: Vec<Option<u64>> = invalid.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, [Some(5), Some(6)], "not dates: reported, kept without one");
    // Unsurveyed still (it is no accessibility answer), yet written to the bundle.
    let hall = &bundle.stations[0];
    assert!(hall.accessibility.is_unsurveyed() && !hall.accessibility.is_empty());
    let json = serde_json::to_value(hall).expect("serialises");
    assert_eq!(json["accessibility"]["confirmed_on"], "2026-03-14");
    let school = serde_json::to_value(&bundle.stations[2]).expect("serialises");
    assert!(school.get("accessibility").is_none(), "nothing to write");
}
