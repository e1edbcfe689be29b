//! US Voting Information Project feeds end to end: `pollcard build` on VIP 6.0 feeds
//! written for these tests (`tests/fixtures/vip/`, fictional) and on the shared VIP
//! 5.x sample, then `pollcard lookup BUNDLE --lat LAT --lon LON` through precinct
//! boundaries from a shapefile in a state-plane projection (made here from the
//! committed `.prj`) and from GeoJSON.

mod build_support;

use std::path::{Path, PathBuf};

use build_support::{at, build, counts, file, fixtures, keys, pollcard, problems, read_json, with_code, Run};
use pollcard_core::geo::projection::wkt::{parse_prj, CoordinateSystem};
use pollcard_core::import::formats::vip::shapefile::write;
use serde_json::Value;

const FEED: &str = "vip/arlington-6.0.xml";
const PRJ: &str = "vip/virginia-north-ftus.prj";

/// The 1-based line of the first line of `fixture` holding `needle`.
fn line_of(fixture: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(fixtures().join(fixture)).expect("fixture");
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in {fixture}"));
    text[..at].matches('\n').count() as u64 + 1
}

/// The line of the second element starting with `needle` (a repeated id).
fn line_of_second(fixture: &str, needle: &str) -> u64 {
    let text = std::fs::read_to_string(fixtures().join(fixture)).expect("fixture");
    let first = text.find(needle).expect("first") + needle.len();
    let at = first + text[first..].find(needle).expect("second");
    text[..at].matches('\n').count() as u64 + 1
}

fn lookup(bundle: &Path, lat: &str, lon: &str) -> (Run, Value) {
    let run = pollcard(["lookup", &bundle.display().to_string(), "--lat", lat, "--lon", lon]);
    let answer = serde_json::from_str(&run.stdout).unwrap_or(Value::Null);
    (run, answer)
}

#[test]
fn a_6_0_feed_with_every_kind_of_problem_on_its_line() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, report) = build(out.path(), &[FEED]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{FEED}: read as vip-xml (recognised from its content, utf-8)")));
    assert_eq!(file(&report, FEED)["format"], "vip-xml");
    // 22 elements: 14 in the bundle (4 of them repaired), 8 left out.
    assert_eq!(counts(&report, FEED), (22, 14, 4, 8));
    let line = |needle: &str| line_of(FEED, needle);
    assert_eq!(
        problems(&report),
        [
            at("warning", "vip_element_not_used", FEED, line("<Source"), "dropped"),
            at("warning", "invalid_website", FEED, line("<ElectionAdministration id=\"ea-state\""), "repaired"),
            at("warning", "invalid_location", FEED, line("<PollingLocation id=\"pl-early\""), "repaired"),
            at("error", "vip_bad_reference", FEED, line("<PollingLocation id=\"pl-box\""), "repaired"),
            at("error", "blank_field", FEED, line("<PollingLocation id=\"pl-nowhere\""), "dropped"),
            at("error", "vip_bad_reference", FEED, line("<Precinct id=\"pre2\""), "repaired"),
            at("error", "vip_bad_reference", FEED, line("<Precinct id=\"pre3\""), "dropped"),
            at("error", "vip_bad_reference", FEED, line("<Precinct id=\"pre4\""), "dropped"),
            at("error", "vip_duplicate_id", FEED, line_of_second(FEED, "<Precinct id=\"pre1\""), "dropped"),
            at("error", "vip_bad_reference", FEED, line("<StreetSegment id=\"ss2\""), "dropped"),
            at("warning", "vip_element_not_used", FEED, line("<Party id=\"par1\""), "dropped"),
        ]
    );
    let parties = &with_code(&report, "vip_element_not_used")[1];
    assert!(parties["message"].as_str().is_some_and(|m| m.starts_with("2 Party elements (lines 156, 161)")));

    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["council"]["id"], "us-virginia");
    assert_eq!(index["council"]["nation"], "united-states");
    assert_eq!(index["council"]["name"]["en"], "Fictional Department of Elections", "the state's office");
    assert_eq!(index["us"]["precincts"], "us/precincts.json");
    assert_eq!((index["us"]["precinct_count"].as_u64(), index["us"]["location_count"].as_u64()), (Some(2), Some(4)));
    let places = read_json(&out.path().join("us/places.json"));
    assert_eq!(places["format"], "pollcard-us-places");
    let ids: Vec<&str> =
        places["locations"].as_array().expect("locations").iter().filter_map(|l| l["id"].as_str()).collect();
    assert_eq!(ids, ["pl-box", "pl-early", "pl-hall", "pl-school"], "sorted by id");
    let early = &places["locations"][1];
    assert_eq!(early["is_early_voting"], true);
    assert_eq!(early["hours"][0]["or_by_appointment"], true);
    assert_eq!(early["hours"][0]["start_date"], "2026-10-19");
    assert!(early.get("location").is_none(), "0,0 is no location");
    assert_eq!(places["locations"][2]["directions"], "North entrance", "English chosen");
    assert_eq!(places["administrations"][1]["links"]["registration"], "https://elections.example/register");
    assert!(places["administrations"][1]["links"].get("where_do_i_vote").is_none(), "javascript: refused");
    assert_eq!(places["street_segments"][0]["sides"], "odd");
}

/// Writes `precincts.shp`, `.dbf` and `.prj` in NAD83 / Virginia North (US survey
/// feet): two squares around Arlington and one far away naming no precinct.
fn state_plane_shapefile(dir: &Path) -> Vec<PathBuf> {
    let prj = std::fs::read_to_string(fixtures().join(PRJ)).expect("prj");
    let CoordinateSystem::Projected(crs) = parse_prj(&prj).expect("parses") else { panic!("projected") };
    // A square in latitude and longitude, as a clockwise ring of state-plane feet.
    let square = |south: f64, west: f64, size: f64| -> Vec<Vec<(f64, f64)>> {
        let corners = [(south, west), (south + size, west), (south + size, west + size), (south, west + size)];
        let mut ring: Vec<(f64, f64)> = corners.iter().map(|&(lat, lon)| crs.from_wgs84(lat, lon)).collect();
        ring.push(ring[0]);
        vec![ring]
    };
    let (x, y) = crs.from_wgs84(38.88, -77.10);
    assert!(x > 11_000_000.0 && y > 6_000_000.0, "state-plane feet: {x} {y}");
    let shp = write::shapes(&[square(38.87, -77.12, 0.02), square(38.87, -77.09, 0.02), square(37.0, -80.0, 0.01)]);
    let dbf = write::table(
        &[("PRECINCT_I", 10), ("PRECINCT", 6)],
        &[vec!["pre1", "9001"], vec!["", "0002"], vec!["pre-x", "9999"]],
    );
    let paths = ["precincts.shp", "precincts.dbf", "precincts.prj"].map(|name| dir.join(name));
    std::fs::write(&paths[0], shp).expect("shp");
    std::fs::write(&paths[1], dbf).expect("dbf");
    std::fs::write(&paths[2], prj).expect("prj");
    paths.to_vec()
}

#[test]
fn point_in_polygon_lookup_through_a_state_plane_shapefile() {
    let dir = tempfile::tempdir().expect("temp dir");
    let parts = state_plane_shapefile(dir.path());
    let out = dir.path().join("bundle");
    let mut inputs = vec![FEED.to_owned()];
    inputs.extend(parts.iter().map(|path| path.display().to_string()));
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let (run, report) = build(&out, &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let [shp, dbf, prj] = [0, 1, 2].map(|i| inputs[i + 1]);
    assert_eq!(file(&report, shp)["format"], "esri-shapefile");
    assert_eq!(file(&report, dbf)["format"], "esri-dbf");
    assert_eq!(file(&report, prj)["format"], "esri-prj");
    assert_eq!(counts(&report, shp), (3, 2, 0, 1));
    assert_eq!(counts(&report, dbf), (3, 2, 0, 1));
    let unknown = with_code(&report, "boundary_unknown_precinct");
    assert_eq!(unknown.len(), 2, "reported in the .dbf and the .shp");
    assert!(unknown.iter().all(|p| p["line"] == 3), "record 3");
    // Record 1 matches by PRECINCT_I (precinct_id as dBASE cuts it; its number 9001 is
    // no precinct's); record 2 has no id, so it matches by its number.
    let index = read_json(&out.join("bundle.json"));
    assert_eq!(index["us"]["precincts_with_boundary"], 2);

    let (run, answer) = lookup(&out, "38.88", "-77.11");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(keys(&answer), ["council", "lat", "locations", "lon", "precinct", "status"]);
    assert_eq!(answer["status"], "precinct");
    assert_eq!(answer["precinct"]["id"], "pre1");
    assert_eq!(answer["precinct"]["locality"], "Arlington County");
    assert_eq!(answer["council"]["name"], "Fictional Department of Elections");
    let locations = answer["locations"].as_array().expect("locations");
    let ids: Vec<&str> = locations.iter().filter_map(|l| l["id"].as_str()).collect();
    assert_eq!(ids, ["pl-hall", "pl-early", "pl-box"], "in the feed's order");
    assert_eq!(
        keys(&locations[0]),
        ["address", "directions", "hours", "id", "is_drop_box", "is_early_voting", "location", "name"]
    );
    assert_eq!(locations[0]["location"]["lat"], 38.8801);
    assert_eq!(locations[0]["hours"][0]["times"][0][0], "06:00:00-05:00");
    assert_eq!(locations[0]["address"], "100 Fictional Hall Road, Arlington, VA 22201");
    assert_eq!(
        (locations[1]["is_early_voting"].as_bool(), locations[2]["is_drop_box"].as_bool()),
        (Some(true), Some(true))
    );

    let (_, second) = lookup(&out, "38.88", "-77.08");
    assert_eq!(second["precinct"]["id"], "pre2");
    assert_eq!(second["locations"][0]["id"], "pl-school");

    let (run, outside) = lookup(&out, "38.95", "-77.10");
    assert_eq!(run.code, Some(0), "not found answers, as for postcodes: {}", run.stderr);
    assert_eq!(outside["status"], "not_found");
    assert_eq!(outside["error"]["code"], "outside_every_precinct");
    assert!(outside.get("precinct").is_none() && outside.get("locations").is_none());

    let (_, invalid) = lookup(&out, "95", "-77.1");
    assert_eq!(invalid["status"], "invalid_location");
}

#[test]
fn vote_centre_localities_and_geojson_boundaries() {
    let out = tempfile::tempdir().expect("temp dir");
    let feed = "vip/vote-centres-6.0.xml";
    let bounds = "vip/vote-centres-precincts.geojson";
    let (run, report) = build(out.path(), &[feed, bounds]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, bounds)["format"], "us-precincts-geojson", "chosen over districts-geojson");
    assert_eq!(counts(&report, feed), (13, 13, 0, 0));
    assert_eq!(counts(&report, bounds), (4, 2, 0, 2));
    let precincts = read_json(&out.path().join("us/precincts.json"));
    let by_id = |id: &str| -> Value {
        precincts["precincts"].as_array().expect("list").iter().find(|p| p["id"] == id).cloned().expect(id)
    };
    assert_eq!(by_id("oak-2")["location_ids"], serde_json::json!(["vc-a", "vc-b"]), "the locality's list");
    assert_eq!(by_id("oak-2")["vote_centre"], true);
    assert_eq!(by_id("elm-centre")["location_ids"], serde_json::json!(["elm-1", "elm-2"]), "every location named");
    assert_eq!(by_id("elm-north")["vote_centre"], false);
    assert_eq!(by_id("elm-mail")["location_ids"], serde_json::json!([]), "mail-only: no place to vote");

    let (_, answer) = lookup(out.path(), "40.01", "-100.99");
    assert_eq!(answer["precinct"]["id"], "elm-centre");
    assert_eq!(answer["precinct"]["vote_centre"], true);
    assert_eq!(answer["locations"].as_array().map(Vec::len), Some(2));
    assert_eq!(answer["council"]["name"], "Example State elections", "no office named: the state");
    let (_, hole) = lookup(out.path(), "40.05", "-100.95");
    assert_eq!(hole["status"], "not_found", "inside the precinct's hole");
}

#[test]
fn the_same_feed_builds_byte_identical_us_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let parts = state_plane_shapefile(dir.path());
    let mut inputs = vec![FEED.to_owned()];
    inputs.extend(parts.iter().map(|path| path.display().to_string()));
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let read = |out: &Path| {
        ["bundle.json", "us/precincts.json", "us/places.json"].map(|f| std::fs::read(out.join(f)).expect(f))
    };
    let (first, second) = (dir.path().join("a"), dir.path().join("b"));
    build(&first, &inputs);
    let mut reversed = inputs.clone();
    reversed[1..].reverse();
    build(&second, &reversed);
    assert!(read(&first) == read(&second), "shapefile parts in any order give the same bundle");
}

#[test]
fn lat_lon_lookups_need_a_us_bundle() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, _) = build(out.path(), &build_support::VALID);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let (run, _) = lookup(out.path(), "52.5", "-4.05");
    assert_eq!(run.code, Some(1));
    assert!(run.stderr.contains("has no US precinct data"), "{}", run.stderr);
    let both = pollcard(["lookup", &out.path().display().to_string(), "AA1 1AA", "--lat", "1", "--lon", "2"]);
    assert_eq!(both.code, Some(2), "a postcode and a location together are refused: {}", both.stderr);
}

#[test]
fn the_shared_vip_5_sample_is_imported_with_its_version_named() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/vip/sample_feed_v5.xml");
    if !sample.is_file() {
        println!("skipped: ../shared not present ({} not found)", sample.display());
        return;
    }
    let out = tempfile::tempdir().expect("temp dir");
    let path = sample.display().to_string();
    let (run, report) = build(out.path(), &[&path]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(counts(&report, &path), (249, 81, 0, 168));
    let older = with_code(&report, "vip_older_version");
    assert!(older[0]["message"].as_str().is_some_and(|m| m.contains("schemaVersion 5.2")), "{older:?}");
    let places = read_json(&out.path().join("us/places.json"));
    assert_eq!(places["locations"].as_array().map(Vec::len), Some(27));
    assert_eq!(places["state"]["name"], "Virginia");
    assert_eq!(places["election"]["date"], "2013-11-05");
    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["council"]["name"]["en"], "State Board of Elections");
    assert_eq!(index["us"]["precincts_with_boundary"], 0, "the sample has no boundaries");
    let (run, answer) = lookup(out.path(), "38.03", "-78.48");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(answer["status"], "not_found");
    assert_eq!(answer["error"]["code"], "no_precinct_boundaries", "says why, rather than that the point is outside");
}
