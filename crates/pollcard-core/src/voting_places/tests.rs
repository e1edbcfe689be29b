use super::*;
use crate::geo::nearest::AccessFilter;
use crate::geo::places::Nearness;
use crate::model::{AccessibilityFeature, Availability, PollingDistrict, StationId, Ward};

fn day(date: &str) -> OpeningDay {
    OpeningDay {
        date: date.parse().expect("date"),
        opens: "10:00".parse().expect("time"),
        closes: "16:00".parse().expect("time"),
    }
}

fn place(id: &str, kind: PlaceKind, lat: f64) -> VotingPlace {
    VotingPlace {
        id: id.into(),
        kind,
        name: LocalizedText::new(Some(format!("{id} Hall")), Some(format!("Neuadd {id}"))),
        address: LocalizedText::english("High Street"),
        postcode: None,
        location: Location::new(lat, -4.0),
        wards: Vec::new(),
        districts: Vec::new(),
        days: vec![day("2027-04-29")],
        accessibility: StationAccessibility::default(),
    }
}

fn district(id: &str, ward: Option<(&str, &str)>) -> PollingDistrict {
    PollingDistrict {
        id: id.into(),
        station_id: Some(StationId::from("S1")),
        ward: ward.map(|(id, name)| Ward { id: id.into(), name: LocalizedText::english(name) }),
        ..PollingDistrict::default()
    }
}

fn step_free(mut place: VotingPlace) -> VotingPlace {
    place.accessibility.set(AccessibilityFeature::StepFreeRoute, Availability::Yes);
    place.accessibility.set(AccessibilityFeature::LevelAccess, Availability::Yes);
    place
}

#[test]
fn whole_council_places_are_everyones() {
    let open = place("A1", PlaceKind::Advance, 52.0);
    assert_eq!(voter_may_use(&open, None), MayUse::Yes);
    assert_eq!(voter_may_use(&open, Some(&district("AA", None))), MayUse::Yes);
}

#[test]
fn listed_districts_and_wards_decide() {
    let mut by_district = place("A1", PlaceKind::Advance, 52.0);
    by_district.districts = vec!["AA".into()];
    assert_eq!(voter_may_use(&by_district, Some(&district("aa", None))), MayUse::Yes, "any case");
    assert_eq!(voter_may_use(&by_district, Some(&district("AB", Some(("W1", "North"))))), MayUse::No);
    assert_eq!(voter_may_use(&by_district, None), MayUse::PerhapsAreas);

    let mut by_ward = place("H1", PlaceKind::Hub, 52.0);
    by_ward.wards = vec!["North".into()];
    assert_eq!(voter_may_use(&by_ward, Some(&district("AB", Some(("W1", "North"))))), MayUse::Yes, "by name");
    assert_eq!(voter_may_use(&by_ward, Some(&district("AB", Some(("W2", "South"))))), MayUse::No);
    by_ward.wards = vec!["W2".into()];
    assert_eq!(voter_may_use(&by_ward, Some(&district("AB", Some(("W2", "South"))))), MayUse::Yes, "by id");
    assert_eq!(
        voter_may_use(&by_ward, Some(&district("AB", None))),
        MayUse::PerhapsAreas,
        "the bundle does not say the district's ward"
    );
}

#[test]
fn a_station_speaks_for_its_one_district() {
    let one = vec![district("AA", None), PollingDistrict { station_id: None, ..district("AB", None) }];
    assert_eq!(district_of_station(&one, &StationId::from("S1")).map(|d| d.id.as_str()), Some("AA"));
    let two = vec![district("AA", None), district("AB", None)];
    assert_eq!(district_of_station(&two, &StationId::from("S1")), None, "two districts vote there");
    assert_eq!(district_of_station(&one, &StationId::from("S9")), None);
}

#[test]
fn groups_are_by_kind_nearest_first_and_filtered() {
    let mut south = place("A2", PlaceKind::Advance, 51.0);
    south.districts = vec!["ZZ".into()];
    let file = VotingPlacesFile::new(
        "demo",
        vec![
            step_free(place("A3", PlaceKind::Advance, 52.2)),
            place("A10", PlaceKind::Advance, 52.01),
            south,
            place("H1", PlaceKind::Hub, 52.0),
        ],
    );
    assert_eq!(file.places.iter().map(|p| p.id.as_str()).collect::<Vec<_>>(), ["A2", "A3", "A10", "H1"]);
    let voter = district("AA", None);
    let start = Location::new(52.0, -4.0);
    let (advance, hidden) = choose(&file, PlaceKind::Advance, Some(&voter), start, &[]);
    let ids: Vec<&str> = advance.iter().map(|listed| listed.place.id.as_str()).collect();
    assert_eq!(ids, ["A10", "A3"], "A2 is another district's; nearest first");
    assert_eq!(hidden, 0);
    assert!(matches!(advance[0].nearness, Nearness::Away(_)));

    let (filtered, hidden) = choose(&file, PlaceKind::Advance, Some(&voter), start, &[AccessFilter::StepFree]);
    assert_eq!(filtered.iter().map(|listed| listed.place.id.as_str()).collect::<Vec<_>>(), ["A3"]);
    assert_eq!(hidden, 1, "unknown is not yes");

    let (unknown_area, _) = choose(&file, PlaceKind::Advance, None, None, &[]);
    assert_eq!(unknown_area.len(), 3, "the area unknown: every advance place, in the file's order");
    assert_eq!(unknown_area[0].may_use, MayUse::PerhapsAreas);
    assert_eq!(unknown_area[0].nearness, Nearness::Unknown);

    let (hubs, _) = choose(&file, PlaceKind::Hub, Some(&voter), start, &[]);
    assert_eq!(hubs.len(), 1);
    assert_eq!(hubs[0].nearness, Nearness::Here);
}

#[test]
fn the_file_round_trips_and_is_checked() {
    let file = VotingPlacesFile::new("demo", vec![place("A1", PlaceKind::Advance, 52.0)]);
    let member = file.bundle_file();
    assert_eq!(member.path, "voting-places.json");
    assert!(member.bytes.ends_with(b"\n"));
    let text = String::from_utf8(member.bytes.clone()).expect("utf-8");
    assert!(text.contains(r#""kind":"advance""#), "{text}");
    assert!(text.contains(r#""days":[{"date":"2027-04-29","opens":"10:00","closes":"16:00"}]"#), "{text}");
    assert!(!text.contains("wards"), "an empty list is left out: {text}");
    assert_eq!(VotingPlacesFile::from_json(&member.bytes).expect("reads"), file);
    assert!(file.has(PlaceKind::Advance) && !file.has(PlaceKind::Hub));

    let wrong = text.replace("pollcard-voting-places", "pollcard-elections");
    assert!(matches!(VotingPlacesFile::from_json(wrong.as_bytes()), Err(BundleError::WrongFormat { .. })));
    let newer = text.replace(r#""format_version":1"#, r#""format_version":2"#);
    assert!(matches!(VotingPlacesFile::from_json(newer.as_bytes()), Err(BundleError::UnsupportedVersion { .. })));
}

#[test]
fn kinds_read_from_their_keys() {
    assert_eq!(PlaceKind::from_key(" Advance "), Some(PlaceKind::Advance));
    assert_eq!(PlaceKind::from_key("HUB"), Some(PlaceKind::Hub));
    assert_eq!(PlaceKind::from_key("early"), None);
}

#[test]
fn an_opening_day_is_over_after_its_date_or_from_closing_time_on_the_day() {
    let open = day("2027-04-28");
    let at = |date: &str, time: &str| open.is_over(date.parse().expect("date"), time.parse().expect("time"));
    assert!(!at("2027-04-27", "23:59"), "the day before");
    assert!(!at("2027-04-28", "09:00"), "before it opens");
    assert!(!at("2027-04-28", "15:59"), "a minute before closing");
    assert!(at("2027-04-28", "16:00"), "at closing time");
    assert!(at("2027-04-29", "00:00"), "the day after");
}

#[test]
fn a_place_has_days_to_come_until_its_last_day_closes() {
    let mut hall = place("V1", PlaceKind::Advance, 51.5);
    hall.days = vec![day("2027-04-26"), day("2027-04-28")];
    let to_come = |date: &str, time: &str| -> Vec<String> {
        hall.days_to_come(date.parse().expect("date"), time.parse().expect("time"))
            .map(|day| day.date.to_string())
            .collect()
    };
    assert_eq!(to_come("2027-04-25", "12:00"), ["2027-04-26", "2027-04-28"]);
    assert_eq!(to_come("2027-04-26", "16:00"), ["2027-04-28"], "the first day closed");
    assert_eq!(to_come("2027-04-28", "15:59"), ["2027-04-28"]);
    assert!(to_come("2027-04-28", "16:00").is_empty(), "every day over");
}
