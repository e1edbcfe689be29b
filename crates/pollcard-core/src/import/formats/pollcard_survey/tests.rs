use super::parse_date;
use crate::import::test_support::{build, problems, COUNCIL};
use crate::model::{AccessibilityFeature as F, Availability};

const STATIONS: &str = "station_id,name,address,hearing_loop\nS1,Village Hall,Sea View,yes\nS2,Chapel,Lôn Capel,\n";

#[test]
fn dates_in_either_order_and_real_days_only() {
    assert_eq!(parse_date("2026-03-14").as_deref(), Some("2026-03-14"));
    assert_eq!(parse_date("14/03/2026").as_deref(), Some("2026-03-14"));
    assert_eq!(parse_date("29/02/2028").as_deref(), Some("2028-02-29"));
    for bad in ["29/02/2026", "2026-13-01", "14-03-2026", "2026/03/14", "yesterday", "1899-01-01", "2026-3-x"] {
        assert_eq!(parse_date(bad), None, "{bad}");
    }
}

#[test]
fn a_survey_row_fills_in_answers_notes_and_details() {
    let survey = "station_id,surveyed_on,entrance,entrance_note_en,step_free_route,wide_doors,door_width_cm,\
                  disabled_parking,disabled_parking_bays,disabled_parking_distance_m,hearing_loop,quiet_time,\
                  quiet_time_note_cy,ballot_brought_outside,at_the_station_en\n\
                  S1,14/03/2026,permanent_ramp,Ramp at the side door,yes,yes,90,yes,2,15,no,yes,Rhwng 2 a 4pm,yes,Help at the desk\n\
                  S2,last spring,sideways,,maybe,,wide,,,,,,,,\n\
                  S9,2026-03-14,level,,,,,,,,,,,,\n";
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", STATIONS), ("survey.csv", survey)]);
    let file = &outcome.report.files()[2];
    assert_eq!(file.format, "pollcard-survey/1");
    assert_eq!((file.records_read(), file.imported(), file.repaired(), file.dropped()), (3, 2, 1, 1));
    let found: Vec<_> = problems(&outcome).into_iter().filter(|p| p.1 == "survey.csv").map(|p| (p.0, p.2)).collect();
    assert_eq!(
        found,
        [
            ("survey_conflict", Some(2)),
            ("unrecognised_answer", Some(3)),
            ("unrecognised_answer", Some(3)),
            ("unrecognised_answer", Some(3)),
            ("invalid_survey_date", Some(3)),
            ("survey_unknown_station", Some(4)),
        ]
    );
    let bundle = outcome.bundle.expect("builds");
    let hall = &bundle.stations[0].accessibility;
    assert_eq!(bundle.stations[0].id.as_str(), "S1");
    for (feature, expected) in [
        (F::PermanentRamp, Availability::Yes),
        (F::LevelAccess, Availability::No),
        (F::StepsAtEntrance, Availability::No),
        (F::StepFreeRoute, Availability::Yes),
        (F::HearingLoop, Availability::No),
        (F::BallotBroughtOutside, Availability::Yes),
        (F::Seating, Availability::Unknown),
    ] {
        assert_eq!(hall.availability(feature), expected, "{}", feature.key());
    }
    assert_eq!(hall.surveyed_on.as_deref(), Some("2026-03-14"));
    assert_eq!(
        (hall.door_width_cm, hall.disabled_parking_bays, hall.disabled_parking_distance_m),
        (Some(90), Some(2), Some(15))
    );
    assert_eq!(hall.notes[&F::PermanentRamp].en.as_deref(), Some("Ramp at the side door"), "the entrance note");
    assert_eq!(hall.notes[&F::QuietTime].cy.as_deref(), Some("Rhwng 2 a 4pm"));
    let tags = crate::model::osm_tags(hall);
    assert_eq!(tags["wheelchair"], "yes");
    assert_eq!(tags["capacity:disabled"], "2");
    let chapel = &bundle.stations[1].accessibility;
    assert_eq!(chapel.surveyed_on, None);
}

#[test]
fn a_second_row_adds_nothing() {
    let survey =
        "station_id,surveyed_on,seating,seating_note_en\nS2,2026-01-01,yes,Chairs by the door\nS2,2026-02-01,no,None\n";
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", STATIONS), ("survey.csv", survey)]);
    let bundle = outcome.bundle.expect("builds");
    let chapel = &bundle.stations[1].accessibility;
    assert_eq!(chapel.availability(F::Seating), Availability::Yes);
    assert_eq!(chapel.surveyed_on.as_deref(), Some("2026-01-01"));
    assert_eq!(chapel.notes[&F::Seating].en.as_deref(), Some("Chairs by the door"));
}
