//! The US bundle files and the location lookup, without the importer.

use super::bundle::{UsBundle, UsPlacesFile, UsPrecinctsFile, PLACES_FILE, PRECINCTS_FILE};
use super::lookup::{lookup_location, UsLookupOutcome};
use super::{MultiPolygon, Precinct, VotingLocation};
use crate::bundle::BundleError;

fn square(west: f64, south: f64, size: f64) -> MultiPolygon {
    MultiPolygon(vec![vec![vec![
        [west, south],
        [west + size, south],
        [west + size, south + size],
        [west, south + size],
    ]]])
}

fn precinct(id: &str, boundary: Option<MultiPolygon>, locations: &[&str]) -> Precinct {
    Precinct {
        id: id.to_owned(),
        name: format!("Precinct {id}"),
        number: None,
        locality_id: "loc".to_owned(),
        split_name: None,
        ward: None,
        is_mail_only: false,
        vote_centre: false,
        location_ids: locations.iter().map(|id| (*id).to_owned()).collect(),
        boundary,
    }
}

fn location(id: &str) -> VotingLocation {
    VotingLocation {
        id: id.to_owned(),
        name: None,
        address: format!("{id} Main Street"),
        directions: None,
        location: Some([40.0, -100.123_456_789]),
        hours: Vec::new(),
        is_drop_box: false,
        is_early_voting: false,
    }
}

fn bundle() -> UsBundle {
    UsBundle {
        // Out of order, with float noise, to show the files are sorted and rounded.
        precincts: vec![
            precinct("p10", Some(square(-100.0, 40.0, 1.0)), &["b"]),
            precinct("p2", Some(square(-100.5, 40.0, 1.0 + 1e-12)), &["a", "b"]),
            precinct("p3", None, &[]),
        ],
        locations: vec![location("b"), location("a")],
        ..UsBundle::default()
    }
}

fn read(bundle: &UsBundle) -> (UsPrecinctsFile, UsPlacesFile) {
    let files = bundle.files();
    let file = |path: &str| &files.iter().find(|file| file.path == path).expect("written").bytes;
    (
        UsPrecinctsFile::from_json(file(PRECINCTS_FILE)).expect("precincts"),
        UsPlacesFile::from_json(file(PLACES_FILE)).expect("places"),
    )
}

#[test]
fn files_are_sorted_rounded_and_read_back() {
    let (precincts, places) = read(&bundle());
    let ids: Vec<&str> = precincts.precincts.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["p2", "p3", "p10"], "natural order");
    let corner = precincts.precincts[0].boundary.as_ref().expect("boundary").0[0][0][1];
    assert_eq!(corner, [-99.5, 40.0], "rounded to 7 places");
    assert_eq!(places.locations[0].id, "a");
    let index = bundle().index_ref();
    assert_eq!((index.precinct_count, index.precincts_with_boundary, index.location_count), (3, 2, 2));
    assert_eq!(bundle().files(), bundle().files());
}

#[test]
fn the_wrong_file_or_version_is_refused() {
    let files = bundle().files();
    let error = UsPlacesFile::from_json(&files[0].bytes).expect_err("precincts are not places");
    assert!(matches!(error, BundleError::WrongFormat { expected: "pollcard-us-places", .. }), "{error}");
    let newer = br#"{"format":"pollcard-us-precincts","format_version":2,"precincts":[]}"#;
    assert!(matches!(UsPrecinctsFile::from_json(newer), Err(BundleError::UnsupportedVersion { found: 2, .. })));
}

#[test]
fn lookups_find_the_lowest_id_of_overlapping_precincts() {
    let (precincts, places) = read(&bundle());
    let UsLookupOutcome::Precinct { precinct: found, locations } = lookup_location(&precincts, &places, 40.5, -99.7)
    else {
        panic!("in both p2 and p10");
    };
    assert_eq!(found.id, "p2");
    let ids: Vec<&str> = locations.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert_eq!(lookup_location(&precincts, &places, 40.5, -99.2).status(), "precinct");
    assert_eq!(lookup_location(&precincts, &places, 45.0, -99.2), UsLookupOutcome::NotFound);
    assert_eq!(lookup_location(&precincts, &places, 91.0, 0.0).status(), "invalid_location");
    assert_eq!(lookup_location(&precincts, &places, f64::NAN, 0.0).status(), "invalid_location");
    let no_boundaries = UsPrecinctsFile { precincts: vec![precinct("p1", None, &[])], ..precincts.clone() };
    assert_eq!(lookup_location(&no_boundaries, &places, 40.5, -99.7), UsLookupOutcome::NoBoundaries);
}
