use crate::import::test_support::{build, problems, with_code, COUNCIL};

const TWO_DISTRICTS: &str = r#"{
  "type": "FeatureCollection",
  "features": [
    {"type": "Feature", "properties": {"id": "AB1", "name": "Aberdyfi North"},
     "geometry": {"type": "Polygon", "coordinates": [[[-4.1, 52.5], [-4.0, 52.5], [-4.0, 52.6], [-4.1, 52.6], [-4.1, 52.5]],
                                                      [[-4.06, 52.54], [-4.05, 52.54], [-4.05, 52.55], [-4.06, 52.54]]]}},
    {"type": "Feature", "id": 7, "properties": {"Name": "Seven"},
     "geometry": {"type": "MultiPolygon", "coordinates": [[[[-3.0, 52.0], [-2.9, 52.0], [-2.9, 52.1], [-3.0, 52.0]]]]}},
    {"type": "Feature", "properties": {"name": "no id"},
     "geometry": {"type": "Polygon", "coordinates": [[[-3.0, 52.0], [-2.9, 52.0], [-2.9, 52.1], [-3.0, 52.0]]]}},
    {"type": "Feature", "properties": {"id": "PT"}, "geometry": {"type": "Point", "coordinates": [-3.0, 52.0]}}
  ]
}
"#;

const STATIONS: &str =
    "station_id,name,address,lat,lon\nS1,Institute,Sea View,52.543,-4.052\nS2,Hall,Mill Lane,52.58,-4.09\n";
const ADDRESSES: &str =
    "uprn,address,postcode,station_id,district\n1,1 Sea View,AA1 1AA,S1,AB1\n2,2 Sea View,AA1 1AA,S2,AB1\n";

#[test]
fn features_become_districts_with_their_boundaries() {
    let outcome = build(&[("council.toml", COUNCIL), ("districts.geojson", TWO_DISTRICTS)]);
    let file = &outcome.report.files()[1];
    assert_eq!(file.format, "districts-geojson");
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (4, 2, 2));
    let found = problems(&outcome);
    assert!(found.contains(&("blank_field", "districts.geojson".to_owned(), Some(9))), "{found:?}");
    assert!(found.contains(&("invalid_boundary", "districts.geojson".to_owned(), Some(11))), "{found:?}");
    assert_eq!(with_code(&outcome, "district_without_station").len(), 2, "no address or station in either");
    let bundle = outcome.bundle.expect("builds");
    let ids: Vec<&str> = bundle.districts.iter().map(|district| district.id.as_str()).collect();
    assert_eq!(ids, ["7", "AB1"]);
    let north = &bundle.districts[1];
    assert_eq!(north.name.as_deref(), Some("Aberdyfi North"));
    let rings = &north.boundary.as_ref().expect("boundary").0[0];
    assert_eq!(rings.len(), 2, "the hole is kept");
    assert_eq!(bundle.districts[0].name.as_deref(), Some("Seven"), "property names in any case");
}

#[test]
fn stations_serving_a_district_from_outside_it_are_pointed_out() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("districts.geojson", TWO_DISTRICTS),
        ("stations.csv", STATIONS),
        ("addresses.csv", ADDRESSES),
    ]);
    let outside = with_code(&outcome, "station_outside_district");
    // S1 is in the hole of AB1, S2 inside it.
    assert_eq!(outside.len(), 1, "{outside:?}");
    assert_eq!((outside[0].file.as_deref(), outside[0].line), (Some("stations.csv"), Some(2)));
    assert!(outside[0].message.contains("\"S1\"") && outside[0].message.contains("\"AB1\""));
}

#[test]
fn a_district_no_address_names_gets_the_one_station_inside_it() {
    let stations = "station_id,name,address,lat,lon\nS9,Chapel,High St,52.05,-2.95\n";
    let outcome = build(&[("council.toml", COUNCIL), ("districts.geojson", TWO_DISTRICTS), ("s.csv", stations)]);
    assert_eq!(with_code(&outcome, "district_without_station").len(), 1, "only AB1");
    let bundle = outcome.bundle.expect("builds");
    assert_eq!(bundle.districts[0].station_id.as_ref().map(|id| id.as_str()), Some("S9"));
}

#[test]
fn a_district_with_two_different_boundaries_loses_both() {
    let other = TWO_DISTRICTS.replace("\"id\": \"AB1\"", "\"id\": \"7\"");
    let outcome = build(&[("council.toml", COUNCIL), ("districts.geojson", &other)]);
    let duplicates = with_code(&outcome, "duplicate_district");
    let lines: Vec<Option<u64>> = duplicates.iter().map(|problem| problem.line).collect();
    assert_eq!(lines, [Some(4), Some(7)]);
    assert!(duplicates[0].message.contains("line 7 of districts.geojson"), "{}", duplicates[0].message);
    let file = &outcome.report.files()[1];
    assert_eq!((file.imported(), file.dropped()), (0, 4));
    let bundle = outcome.bundle.expect("an error, not fatal");
    assert!(bundle.districts.is_empty());
}

#[test]
fn the_same_boundary_twice_is_a_dropped_copy() {
    let outcome = build(&[("council.toml", COUNCIL), ("a.geojson", TWO_DISTRICTS), ("b.geojson", TWO_DISTRICTS)]);
    assert_eq!(with_code(&outcome, "duplicate_row").len(), 2);
    assert!(with_code(&outcome, "duplicate_district").is_empty());
}

#[test]
fn grid_references_are_converted_when_declared_or_plainly_metres() {
    let grid = r#"{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::27700"}},
      "features": [{"type": "Feature", "properties": {"id": "G"}, "geometry": {"type": "Polygon",
        "coordinates": [[[261000, 295500], [262000, 295500], [262000, 296500], [261000, 295500]]]}}]}"#;
    let declared = build(&[("council.toml", COUNCIL), ("g.geojson", grid)]);
    assert!(with_code(&declared, "assumed_grid_coordinates").is_empty());
    let bundle = declared.bundle.expect("builds");
    let [lon, lat] = bundle.districts[0].boundary.as_ref().expect("boundary").0[0][0][0];
    assert!((lat - 52.54).abs() < 0.01 && (lon + 4.05).abs() < 0.01, "Aberdyfi: {lat} {lon}");
    assert_eq!(lat, (lat * 1e6).round() / 1e6, "six decimal places");

    let undeclared = grid.replace("urn:ogc:def:crs:EPSG::27700", "unknown");
    let guessed = build(&[("council.toml", COUNCIL), ("g.geojson", &undeclared)]);
    assert_eq!(with_code(&guessed, "assumed_grid_coordinates").len(), 1);
    assert_eq!(guessed.bundle.expect("builds").districts, bundle.districts);
}

#[test]
fn broken_json_stops_the_build() {
    let outcome =
        build(&[("council.toml", COUNCIL), ("d.geojson", "{\"type\": \"FeatureCollection\", \"features\": [")]);
    let unreadable = with_code(&outcome, "unreadable_file");
    assert_eq!(unreadable.len(), 1);
    assert!(unreadable[0].message.contains("not valid JSON"), "{}", unreadable[0].message);
    assert!(outcome.bundle.is_none());
}

#[test]
fn precinct_boundaries_are_left_to_their_own_importer() {
    use crate::import::formats::{Confidence, Importer};
    use crate::import::source::SourceFile;
    let detect =
        |text: &str| super::DistrictsGeoJson.detect(&SourceFile::decode("b.geojson", text.as_bytes()).expect("text"));
    assert_eq!(detect(TWO_DISTRICTS), Confidence::Certain);
    let precincts =
        r#"{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"PRECINCT_ID": "7"}}]}"#;
    assert_eq!(detect(precincts), Confidence::Possible);
    assert_eq!(detect("[1, 2]"), Confidence::No);
}
