use super::*;
use crate::geo::bearing::{CompassPoint, DistanceUnit, RoundedDistance};
use crate::model::{AccessibilityFeature as Feature, Availability, OpeningHours, PollingStation, StationId};
use crate::us::Locality;

fn station(id: &str, at: Option<(f64, f64)>, yes: &[Feature]) -> PollingStation {
    let mut accessibility = StationAccessibility::default();
    for feature in yes {
        accessibility.set(*feature, Availability::Yes);
    }
    PollingStation {
        id: StationId::from(id),
        name: format!("Hall {id}"),
        address: String::new(),
        postcode: None,
        location: at.map(|(lat, lon)| Location { lat, lon }),
        opening_hours: OpeningHours::default(),
        accessibility,
    }
}

fn ids<P>(choice: &PlaceChoice<'_, P>, id: impl Fn(&P) -> String) -> Vec<String> {
    choice.places.iter().map(|listed| id(listed.place)).collect()
}

/// The voter's station, S1, and four others about it; S5 has no location.
fn stations() -> Vec<PollingStation> {
    use Feature::*;
    vec![
        station("S1", Some((52.5200, -3.4800)), &[StepFreeRoute, LevelAccess, HearingLoop]),
        // 1.1 km due north: step-free, an accessible toilet.
        station("S2", Some((52.5300, -3.4800)), &[StepFreeRoute, PermanentRamp, AccessibleToilet]),
        // 680 m due east: nothing known.
        station("S3", Some((52.5200, -3.4700)), &[]),
        // In the same building as S2: a tie, kept in the order given.
        station("S4", Some((52.5300, -3.4800)), &[DisabledParking, HearingLoop]),
        station("S5", None, &[StepFreeRoute, LevelAccess]),
    ]
}

#[test]
fn from_the_voters_station_nearest_first_with_directions() {
    let stations = stations();
    let start = stations[0].location;
    let choice = choose(start, &stations, &[]);
    assert_eq!(ids(&choice, |s| s.id.to_string()), ["S1", "S3", "S2", "S4", "S5"]);
    assert_eq!(choice.hidden, 0);
    let nearness: Vec<Nearness> = choice.places.iter().map(|listed| listed.nearness).collect();
    assert_eq!(nearness[0], Nearness::Here, "the voter's own station");
    let away = |index: usize| match nearness[index] {
        Nearness::Away(direction) => (direction.distance, direction.compass),
        other => panic!("{other:?}"),
    };
    assert_eq!(away(1), (RoundedDistance { value: 680.0, unit: DistanceUnit::Metres }, CompassPoint::East));
    assert_eq!(away(2), (RoundedDistance { value: 1.1, unit: DistanceUnit::Kilometres }, CompassPoint::North));
    assert_eq!(away(3), away(2));
    assert_eq!(nearness[4], Nearness::Unknown, "no location: last, no distance");
}

#[test]
fn ties_are_broken_the_same_way_every_time() {
    // S2 and S4 are in one building: whichever comes first in the data (the
    // bundle's natural order of ids) comes first in the list, on every run.
    let stations = stations();
    let start = stations[0].location;
    let first = ids(&choose(start, &stations, &[]), |s| s.id.to_string());
    for _ in 0..3 {
        assert_eq!(ids(&choose(start, &stations, &[]), |s| s.id.to_string()), first);
    }
    let mut swapped = stations.clone();
    swapped.swap(1, 3);
    assert_eq!(ids(&choose(start, &swapped, &[]), |s| s.id.to_string()), ["S1", "S3", "S4", "S2", "S5"]);
}

#[test]
fn from_the_voters_position() {
    // Standing 100 m west of S3: S3 first, then S1; the position is nobody's station.
    let stations = stations();
    let voter = Location { lat: 52.5200, lon: -3.4715 };
    let choice = choose(Some(voter), &stations, &[]);
    assert_eq!(ids(&choice, |s| s.id.to_string()), ["S3", "S1", "S2", "S4", "S5"]);
    assert!(matches!(choice.places[0].nearness, Nearness::Away(d) if d.compass == CompassPoint::East));
    // No start at all: the order given, nothing said about distance.
    let unplaced = choose(None, &stations, &[]);
    assert_eq!(ids(&unplaced, |s| s.id.to_string()), ["S1", "S2", "S3", "S4", "S5"]);
    assert!(unplaced.places.iter().all(|listed| listed.nearness == Nearness::Unknown));
}

#[test]
fn filters_keep_only_what_is_known_to_be_there() {
    let stations = stations();
    let start = stations[0].location;
    let with = |filters: &[AccessFilter]| {
        let choice = choose(start, &stations, filters);
        (ids(&choice, |s| s.id.to_string()), choice.hidden)
    };
    assert_eq!(with(&[AccessFilter::StepFree]), (vec!["S1".into(), "S2".into(), "S5".into()], 2));
    assert_eq!(with(&[AccessFilter::HearingLoop]), (vec!["S1".into(), "S4".into()], 3));
    assert_eq!(with(&[AccessFilter::StepFree, AccessFilter::AccessibleToilet]), (vec!["S2".into()], 4));
    // S3 knows nothing: unknown is not "no", but it is not "yes" either.
    assert_eq!(with(&[AccessFilter::DisabledParking]), (vec!["S4".into()], 4));
    assert_eq!(with(&[AccessFilter::BslInterpreter]), (vec![], 5));
}

#[test]
fn a_filter_set_holds_each_filter_once() {
    let set = FilterSet::default();
    assert!(set.is_empty() && set.filters().is_empty());
    let set = set.with(AccessFilter::HearingLoop, true).with(AccessFilter::StepFree, true);
    let set = set.with(AccessFilter::HearingLoop, true);
    assert_eq!(set.filters(), [AccessFilter::StepFree, AccessFilter::HearingLoop], "in the list's order");
    assert!(set.contains(AccessFilter::StepFree) && !set.contains(AccessFilter::Seating));
    let set = set.with(AccessFilter::StepFree, false).with(AccessFilter::Seating, false);
    assert_eq!(set.filters(), [AccessFilter::HearingLoop]);
    for filter in AccessFilter::ALL {
        let only = FilterSet::default().with(filter, true);
        assert_eq!(only.filters(), [filter]);
    }
}

#[test]
fn postal_votes_are_handed_in_at_stations_only_in_great_britain() {
    assert!(postal_hand_in_allowed(Nation::England));
    assert!(postal_hand_in_allowed(Nation::Wales));
    assert!(postal_hand_in_allowed(Nation::Scotland));
    assert!(!postal_hand_in_allowed(Nation::NorthernIreland));
    assert!(!postal_hand_in_allowed(Nation::UnitedStates));
}

fn location(id: &str, at: Option<[f64; 2]>, drop_box: bool, early: bool) -> VotingLocation {
    VotingLocation {
        id: id.to_owned(),
        name: Some(format!("Place {id}")),
        address: format!("{id} Main Street"),
        directions: None,
        location: at,
        hours: Vec::new(),
        is_drop_box: drop_box,
        is_early_voting: early,
    }
}

fn precinct(location_ids: &[&str], vote_centre: bool, mail_only: bool) -> Precinct {
    Precinct {
        id: "p1".into(),
        name: "Precinct 1".into(),
        number: None,
        locality_id: "county".into(),
        split_name: None,
        ward: None,
        is_mail_only: mail_only,
        vote_centre,
        location_ids: location_ids.iter().map(|id| (*id).to_owned()).collect(),
        boundary: None,
    }
}

fn places_file() -> UsPlacesFile {
    UsPlacesFile {
        format: "pollcard-us-places".into(),
        format_version: 1,
        state: None,
        election: None,
        localities: vec![Locality {
            id: "county".into(),
            name: "Demo County".into(),
            kind: None,
            state_id: None,
            election_administration_id: None,
            // The county's early voting and drop boxes, and the school again.
            location_ids: vec!["early".into(), "box".into(), "both".into(), "school".into(), "missing".into()],
            is_mail_only: false,
        }],
        administrations: Vec::new(),
        locations: vec![
            location("school", Some([39.750, -105.000]), false, false),
            location("hall", Some([39.760, -105.000]), false, false),
            location("early", Some([39.740, -105.000]), false, true),
            location("box", Some([39.745, -105.000]), true, false),
            location("both", None, true, true),
        ],
        street_segments: Vec::new(),
    }
}

fn uses(places: &[UsPlace<'_>]) -> Vec<(String, Vec<UsPlaceUse>)> {
    places.iter().map(|place| (place.location.id.clone(), place.uses.clone())).collect()
}

#[test]
fn a_precincts_polling_place_then_the_countys_early_voting_and_drop_boxes() {
    use UsPlaceUse::*;
    let file = places_file();
    let places = us_places(&file, &precinct(&["school"], false, false));
    assert_eq!(
        uses(&places),
        [
            ("school".into(), vec![PollingPlace]),
            ("early".into(), vec![EarlyVoting]),
            ("box".into(), vec![DropBox]),
            ("both".into(), vec![EarlyVoting, DropBox]),
        ],
        "each once; the unknown id skipped"
    );
    // Nearest first from the voter, with the unplaced one last; no survey, so every
    // accessibility filter hides them all.
    let voter = Some(Location { lat: 39.744, lon: -105.0 });
    let choice = choose(voter, &places, &[]);
    assert_eq!(ids(&choice, |p| p.location.id.clone()), ["box", "early", "school", "both"]);
    let filtered = choose(voter, &places, &[AccessFilter::StepFree]);
    assert!(filtered.places.is_empty());
    assert_eq!(filtered.hidden, 4);
}

#[test]
fn vote_centres_and_mail_only_precincts() {
    use UsPlaceUse::*;
    let file = places_file();
    let centres = us_places(&file, &precinct(&["hall", "school"], true, false));
    assert_eq!(uses(&centres)[..2], [("hall".into(), vec![VoteCentre]), ("school".into(), vec![VoteCentre])]);
    // Mail only: no polling place, but the drop boxes (and early voting) remain.
    let mail = us_places(&file, &precinct(&[], false, true));
    assert_eq!(
        uses(&mail),
        [
            ("early".into(), vec![EarlyVoting]),
            ("box".into(), vec![DropBox]),
            ("both".into(), vec![EarlyVoting, DropBox])
        ]
    );
    // A locality the file lacks: only the precinct's own.
    let mut elsewhere = precinct(&["school"], false, false);
    elsewhere.locality_id = "nowhere".into();
    assert_eq!(uses(&us_places(&file, &elsewhere)), [("school".into(), vec![PollingPlace])]);
    assert_eq!(VoteCentre.key(), "vote-centre");
}
