use super::*;
use crate::model::{OpeningHours, StationId};

fn station(id: &str, location: Option<(f64, f64)>, yes: &[Feature], no: &[Feature]) -> PollingStation {
    let mut accessibility = StationAccessibility::default();
    for feature in yes {
        accessibility.set(*feature, Availability::Yes);
    }
    for feature in no {
        accessibility.set(*feature, Availability::No);
    }
    PollingStation {
        id: StationId::from(id),
        name: format!("Hall {id}"),
        address: String::new(),
        postcode: None,
        location: location.map(|(lat, lon)| Location { lat, lon }),
        opening_hours: OpeningHours::default(),
        accessibility,
    }
}

fn ids<P: Place>(list: &NearestPlaces<'_, P>, id: impl Fn(&P) -> String) -> Vec<String> {
    list.places.iter().map(|ranked| id(ranked.place)).collect()
}

fn station_ids(list: &NearestPlaces<'_, PollingStation>) -> Vec<String> {
    ids(list, |station| station.id.to_string())
}

const VOTER: Location = Location { lat: 51.48, lon: -3.18 };

fn stations() -> Vec<PollingStation> {
    use Feature::*;
    vec![
        // 2.2 km north: step-free (route, and a permanent ramp), hearing loop.
        station("FAR", Some((51.50, -3.18)), &[StepFreeRoute, PermanentRamp, HearingLoop], &[]),
        // No location.
        station("NOWHERE", None, &[StepFreeRoute, LevelAccess], &[]),
        // 1.1 km south: a step-free route but steps at the entrance.
        station("STEPS", Some((51.47, -3.18)), &[StepFreeRoute, StepsAtEntrance], &[LevelAccess]),
        // In the same building as STEPS: level access, route not surveyed.
        station("TIE", Some((51.47, -3.18)), &[LevelAccess, AccessibleToilet], &[HearingLoop]),
        // About 100 m east: nothing surveyed.
        station("NEAR", Some((51.48, -3.1785)), &[], &[]),
    ]
}

#[test]
fn nearest_first_with_ties_in_the_order_given_and_unplaced_last() {
    let stations = stations();
    let list = nearest_first(Some(VOTER), &stations, &[]);
    assert_eq!(station_ids(&list), ["NEAR", "STEPS", "TIE", "FAR", "NOWHERE"]);
    assert_eq!(list.filtered_out, 0);
    let metres: Vec<Option<u32>> = list.places.iter().map(|r| r.metres.map(|m| m.round() as u32)).collect();
    assert_eq!(metres, [Some(104), Some(1112), Some(1112), Some(2224), None]);
    // The tie follows the input order, whichever it is.
    let mut reversed = stations.clone();
    reversed.reverse();
    assert_eq!(station_ids(&nearest_first(Some(VOTER), &reversed, &[])), ["NEAR", "TIE", "STEPS", "FAR", "NOWHERE"]);
    // Without the voter's position, the order given and no distances.
    let unplaced = nearest_first(None, &stations, &[]);
    assert_eq!(station_ids(&unplaced), ["FAR", "NOWHERE", "STEPS", "TIE", "NEAR"]);
    assert!(unplaced.places.iter().all(|ranked| ranked.metres.is_none()));
}

#[test]
fn a_filter_passes_only_what_is_known_to_be_there() {
    let stations = stations();
    let filtered = |filters: &[AccessFilter]| {
        let list = nearest_first(Some(VOTER), &stations, filters);
        (station_ids(&list), list.filtered_out)
    };
    // Step-free needs a known route and a known step-free entrance: STEPS has steps,
    // TIE's route is unknown, NEAR is unknown throughout.
    assert_eq!(filtered(&[AccessFilter::StepFree]), (vec!["FAR".to_owned(), "NOWHERE".to_owned()], 3));
    // TIE's loop is "no", NEAR's unknown: neither passes.
    assert_eq!(filtered(&[AccessFilter::HearingLoop]), (vec!["FAR".to_owned()], 4));
    assert_eq!(filtered(&[AccessFilter::AccessibleToilet]), (vec!["TIE".to_owned()], 4));
    // Every filter must pass.
    assert_eq!(filtered(&[AccessFilter::StepFree, AccessFilter::AccessibleToilet]), (vec![], 5));
    assert_eq!(filtered(&[AccessFilter::DisabledParking]), (vec![], 5));
}

#[test]
fn step_free_by_each_kind_of_entrance() {
    use Feature::*;
    let passes =
        |yes: &[Feature], no: &[Feature]| AccessFilter::StepFree.passes(&station("S", None, yes, no).accessibility);
    assert!(passes(&[StepFreeRoute, LevelAccess], &[]));
    assert!(passes(&[StepFreeRoute, PermanentRamp], &[LevelAccess]));
    assert!(passes(&[StepFreeRoute, TemporaryRamp, StepsAtEntrance], &[]));
    assert!(!passes(&[StepFreeRoute], &[]), "the entrance unknown");
    assert!(!passes(&[LevelAccess], &[]), "the route unknown");
    assert!(!passes(&[LevelAccess], &[StepFreeRoute]));
    assert!(!passes(&[StepFreeRoute, StepsAtEntrance], &[LevelAccess, PermanentRamp, TemporaryRamp]));
}

#[test]
fn us_places_have_no_survey_so_pass_no_filter() {
    let place = |id: &str, location: Option<[f64; 2]>| VotingLocation {
        id: id.to_owned(),
        name: None,
        address: String::new(),
        directions: None,
        location,
        hours: Vec::new(),
        is_drop_box: true,
        is_early_voting: false,
    };
    let places = [
        place("box-far", Some([39.80, -105.0])),
        place("box-bad", Some([0.0, 0.0])),
        place("box-near", Some([39.75, -105.0])),
    ];
    let voter = Location { lat: 39.74, lon: -105.0 };
    let list = nearest_first(Some(voter), &places, &[]);
    assert_eq!(ids(&list, |place| place.id.clone()), ["box-near", "box-far", "box-bad"], "0,0 is no location");
    let list = nearest_first(Some(voter), &places, &[AccessFilter::Seating]);
    assert!(list.places.is_empty());
    assert_eq!(list.filtered_out, 3);
}

#[test]
fn filter_keys_round_trip() {
    for filter in AccessFilter::ALL {
        assert_eq!(AccessFilter::from_key(filter.key()), Some(filter));
    }
    assert_eq!(AccessFilter::HearingLoop.key(), "hearing_loop");
    assert_eq!(AccessFilter::StepFree.key(), "step_free");
    assert_eq!(AccessFilter::from_key("level_access"), None);
}
