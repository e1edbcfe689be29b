use super::*;
use crate::import::test_support::{build, problems, with_code, ImportOutcome, COUNCIL};
use crate::model::{AccessibilityFeature, Availability};
use crate::voting_places::VotingPlacesFile;

const HEADER: &str = "place_id,kind,name_en,name_cy,address_en,address_cy,postcode,lat,lon,wards,districts,days,\
                      level_access,step_free_route,hearing_loop_note_en";

fn places(rows: &str) -> ImportOutcome {
    build(&[("council.toml", COUNCIL), ("places.csv", &format!("{HEADER}\n{rows}"))])
}

fn file(outcome: &ImportOutcome) -> &VotingPlacesFile {
    outcome.bundle.as_ref().expect("builds").voting_places.as_ref().expect("has places")
}

/// The problems about the places file, by code and line.
fn place_problems(outcome: &ImportOutcome) -> Vec<(&'static str, Option<u64>)> {
    problems(outcome)
        .into_iter()
        .filter(|(_, file, _)| file == "places.csv")
        .map(|(code, _, line)| (code, line))
        .collect()
}

#[test]
fn reads_every_column() {
    let outcome = places(
        "A1,advance,Town Hall,Neuadd y Dref,\"High St, Demo\",\"Stryd Fawr, Demo\",aa11aa,52.5,-4.0,North; South,,\
         2027-04-30 10:00-16:00; 29/04/2027 09:30-13:00,yes,yes,Loop at the desk\n\
         H1,Hub,Library,,Mill Lane,,,52.6,-4.1,,AA,2027-05-06 07:00-22:00,,,\n",
    );
    let file = file(&outcome);
    assert_eq!(file.council, "test-council");
    let advance = &file.places[0];
    assert_eq!(advance.kind, PlaceKind::Advance);
    assert_eq!(advance.name.cy.as_deref(), Some("Neuadd y Dref"));
    assert_eq!(advance.address.en.as_deref(), Some("High St, Demo"));
    assert_eq!(advance.postcode.as_deref(), Some("AA1 1AA"));
    assert_eq!(advance.wards, ["North", "South"]);
    let dates: Vec<String> =
        advance.days.iter().map(|day| format!("{} {}-{}", day.date, day.opens, day.closes)).collect();
    assert_eq!(dates, ["2027-04-29 09:30-13:00", "2027-04-30 10:00-16:00"], "in date order");
    assert_eq!(advance.accessibility.availability(AccessibilityFeature::StepFreeRoute), Availability::Yes);
    assert!(advance.accessibility.notes.contains_key(&AccessibilityFeature::HearingLoop));
    let hub = &file.places[1];
    assert_eq!((hub.kind, hub.districts.as_slice()), (PlaceKind::Hub, ["AA".to_owned()].as_slice()));
    let report = outcome.report.files().iter().find(|file| file.path == "places.csv").expect("reported");
    assert_eq!((report.records_read(), report.imported(), report.dropped()), (2, 2, 0));
    assert_eq!(report.format, NAME);
}

#[test]
fn bad_rows_are_dropped_with_their_line_and_reason() {
    let outcome = places(
        "A1,advance,Hall,,Road,,,52.5,-4.0,,,2027-04-30 10:00-16:00,,,\n\
         A2,early,Hall,,Road,,,52.5,-4.0,,,2027-04-30 10:00-16:00,,,\n\
         A3,advance,Hall,,Road,,,52.5,-4.0,,,31/02/2027 10:00-16:00; 2027-05-01 16:00-10:00,,,\n\
         A4,advance,,,Road,,,52.5,-4.0,,,2027-04-30 10:00-16:00,,,\n\
         A5,advance,Hall,,Road,,nonsense,52.5,-4.0,,,2027-04-30 10:00-16:00; 2027-05-01 9am,maybe,,\n",
    );
    let mut found = place_problems(&outcome);
    found.sort_unstable();
    assert_eq!(
        found,
        [
            ("blank_field", Some(5)),
            ("invalid_opening_days", Some(4)),
            ("invalid_opening_days", Some(4)),
            ("invalid_opening_days", Some(4)),
            ("invalid_opening_days", Some(6)),
            ("invalid_place_kind", Some(3)),
            ("invalid_station_postcode", Some(6)),
            ("unrecognised_answer", Some(6)),
        ]
    );
    let kind = with_code(&outcome, "invalid_place_kind");
    assert!(kind[0].message.contains("\"early\""), "{}", kind[0].message);
    let days = with_code(&outcome, "invalid_opening_days");
    assert!(days.iter().any(|problem| problem.message.contains("closes before it opens")));
    assert!(days.iter().any(|problem| problem.message.contains("\"31/02/2027 10:00-16:00\"")));
    let postcode = with_code(&outcome, "invalid_station_postcode");
    assert!(postcode[0].message.contains("the place was kept"), "{}", postcode[0].message);
    let report = outcome.report.files().iter().find(|file| file.path == "places.csv").expect("reported");
    assert_eq!(report.records_read(), 5);
    assert_eq!((report.imported(), report.repaired(), report.dropped()), (2, 1, 3), "every row accounted for");
    assert_eq!(file(&outcome).places.len(), 2);
}

#[test]
fn the_same_id_twice_is_a_copy_or_a_conflict() {
    let row = "A1,advance,Hall,,Road,,,52.5,-4.0,,,2027-04-30 10:00-16:00,,,\n";
    let copy = build(&[
        ("council.toml", COUNCIL),
        ("places.csv", &format!("{HEADER}\n{row}")),
        ("more.csv", &format!("{HEADER}\n{row}")),
    ]);
    assert_eq!(with_code(&copy, "duplicate_row").len(), 1);
    let conflict = places(&format!("{row}A1,hub,Other,,Road,,,52.5,-4.0,,,2027-05-06 07:00-22:00,,,\n"));
    assert!(conflict.bundle.is_none(), "two different places with one id stop the build");
    assert_eq!(place_problems(&conflict), [("duplicate_voting_place", Some(3))]);
}

#[test]
fn areas_the_bundle_does_not_know_are_reported() {
    let outcome = places("A1,advance,Hall,,Road,,,52.5,-4.0,Nowhere,ZZ,2027-04-30 10:00-16:00,,,\n");
    let unknown = with_code(&outcome, "unknown_place_area");
    assert_eq!(unknown.len(), 2, "the ward and the district");
    assert!(unknown[0].message.contains("\"Nowhere\""), "{}", unknown[0].message);
    assert_eq!(unknown[0].line, Some(2));
}

#[test]
fn no_places_file_means_no_member() {
    let outcome = build(&[("council.toml", COUNCIL)]);
    assert!(outcome.bundle.as_ref().is_some_and(|bundle| bundle.voting_places.is_none()));
}

#[test]
fn dates_read_in_both_forms() {
    assert_eq!(read_date("2027-04-29").map(|d| d.to_string()).as_deref(), Some("2027-04-29"));
    assert_eq!(read_date("9/4/2027").map(|d| d.to_string()).as_deref(), Some("2027-04-09"));
    assert_eq!(read_date("29/04/27"), None);
    assert_eq!(read_date("29/04/2027/1"), None);
    assert_eq!(read_date("30/02/2027"), None);
}
