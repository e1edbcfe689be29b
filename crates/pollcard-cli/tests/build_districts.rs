//! `pollcard build` end to end with polling district boundaries as GeoJSON and KML:
//! the fictional Aberdyfi districts beside these tests (`tests/fixtures/districts/`,
//! read with the valid council's stations and addresses), and Democracy Club's
//! samples read in place from `../shared/fixtures/democracyclub/importers` (skipped,
//! saying so, when that folder is absent).

mod build_support;

use std::path::PathBuf;

use build_support::{at, build, counts, file, problems, read_json, with_code};
use serde_json::{json, Value};

const WITH_STATIONS: [&str; 3] = ["valid/council.toml", "valid/stations.csv", "valid/addresses.csv"];

fn build_with(districts: &str) -> (build_support::Run, Value, Value) {
    let out = tempfile::tempdir().expect("temp dir");
    let mut inputs = WITH_STATIONS.to_vec();
    inputs.push(districts);
    let (run, report) = build(out.path(), &inputs);
    let index = if run.code == Some(0) { with_boundaries(out.path()) } else { Value::Null };
    (run, report, index)
}

/// The index with each district's boundary put back from the boundaries file it
/// names, after checking that the index itself carries none.
fn with_boundaries(bundle: &std::path::Path) -> Value {
    let mut index = read_json(&bundle.join("bundle.json"));
    let districts = index["districts"].as_array().cloned().unwrap_or_default();
    assert!(districts.iter().all(|district| district.get("boundary").is_none()), "bundle.json carries no boundary");
    let Some(path) = index["district_boundaries"].as_str().map(str::to_owned) else { return index };
    assert!(path.starts_with("districts/") && path.ends_with(".json"), "{path}");
    let file = read_json(&bundle.join(&path));
    assert_eq!(
        (file["format"].as_str(), file["council"].as_str()),
        (Some("pollcard-districts"), index["council"]["id"].as_str())
    );
    for district in index["districts"].as_array_mut().into_iter().flatten() {
        let area = file["districts"].as_array().into_iter().flatten().find(|area| area["id"] == district["id"]);
        if let Some(area) = area {
            district["boundary"] = area["boundary"].clone();
        }
    }
    index
}

fn district<'i>(index: &'i Value, id: &str) -> &'i Value {
    index["districts"]
        .as_array()
        .and_then(|districts| districts.iter().find(|district| district["id"] == id))
        .unwrap_or_else(|| panic!("district {id} not in {}", index["districts"]))
}

/// The problems of the districts file and those pointing at stations.
fn district_problems(report: &Value, path: &str) -> Vec<(String, String, String, u64, String)> {
    let codes = ["station_outside_district", "district_without_station", "blank_field", "invalid_boundary"];
    problems(report).into_iter().filter(|p| p.2 == path || codes.contains(&p.1.as_str())).collect()
}

#[test]
fn geojson_districts_carry_their_boundaries_into_the_bundle() {
    let path = "districts/districts.geojson";
    let (run, report, index) = build_with(path);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{path}: read as districts-geojson (recognised from its content, utf-8")));
    assert_eq!(counts(&report, path), (5, 3, 0, 2));
    assert_eq!(
        district_problems(&report, path),
        [
            at("warning", "station_outside_district", "valid/stations.csv", 2, "kept"),
            at("warning", "district_without_station", path, 24, "kept"),
            at("error", "blank_field", path, 36, "dropped"),
            at("error", "invalid_boundary", path, 41, "dropped"),
        ]
    );
    let outside = with_code(&report, "station_outside_district");
    assert!(outside[0]["message"].as_str().unwrap_or_default().contains("\"AD2\""), "{}", outside[0]);

    let sea_view = district(&index, "AD1");
    assert_eq!(sea_view["name"], "Sea View");
    assert_eq!(sea_view["station_id"], "S1");
    assert_eq!(
        sea_view["boundary"],
        json!([[[[-4.056, 52.541], [-4.048, 52.541], [-4.048, 52.545], [-4.056, 52.545], [-4.056, 52.541]]]])
    );
    assert_eq!(district(&index, "AD2")["boundary"][0].as_array().map(Vec::len), Some(2), "outer ring and hole");
    assert_eq!(district(&index, "AD3")["boundary"].as_array().map(Vec::len), Some(2), "two polygons");
    assert!(index["districts"].as_array().is_some_and(|all| all.len() == 3), "AD4 had no area");
}

#[test]
fn kml_districts_give_the_same_boundaries() {
    let path = "districts/districts.kml";
    let (run, report, index) = build_with(path);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, path)["format"], "districts-kml");
    assert_eq!(counts(&report, path), (5, 3, 0, 2));
    assert_eq!(
        district_problems(&report, path),
        [
            at("warning", "station_outside_district", "valid/stations.csv", 2, "kept"),
            at("warning", "district_without_station", path, 20, "kept"),
            at("error", "blank_field", path, 33, "dropped"),
            at("error", "invalid_boundary", path, 37, "dropped"),
        ]
    );
    let (_, _, from_geojson) = build_with("districts/districts.geojson");
    assert_eq!(index["districts"], from_geojson["districts"]);
}

#[test]
fn a_renamed_file_is_still_recognised() {
    let dir = tempfile::tempdir().expect("temp dir");
    let renamed = dir.path().join("districts.csv");
    let fixtures = build_support::fixtures();
    std::fs::copy(fixtures.join("districts/districts.kml"), &renamed).expect("copies");
    let path = renamed.display().to_string();
    let (run, report, _) = build_with(&path);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, &path)["format"], "districts-kml");
}

fn shared() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/democracyclub/importers");
    match dir.canonicalize() {
        Ok(dir) if dir.is_dir() => Some(dir),
        _ => {
            println!("skipped: ../shared not present ({} not found)", dir.display());
            None
        }
    }
}

/// A sample's file, format, counts (read, imported, repaired, dropped) and the
/// district ids in the bundle.
type SampleCase = (&'static str, &'static str, (u64, u64, u64, u64), &'static [&'static str]);

#[test]
fn democracy_club_district_samples() {
    let Some(dir) = shared() else { return };
    let cases: [SampleCase; 4] = [
        ("json_importer/test.geojson", "districts-geojson", (2, 2, 0, 0), &["1", "2"]),
        ("kml_importer/test.kml", "districts-kml", (2, 2, 0, 0), &["1", "2"]),
        ("special_cases/test.geojson", "districts-geojson", (3, 3, 0, 0), &["AA", "AB", "invalid"]),
        ("duplicate_station/test.geojson", "districts-geojson", (2, 2, 0, 0), &["1", "2"]),
    ];
    let mut boundaries = Vec::new();
    for (name, format, expected, ids) in cases {
        let out = tempfile::tempdir().expect("temp dir");
        let path = dir.join(name).display().to_string();
        let (run, report) = build(out.path(), &["valid/council.toml", &path]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        assert_eq!(file(&report, &path)["format"], format, "{name}");
        assert_eq!(counts(&report, &path), expected, "{name}");
        let index = with_boundaries(out.path());
        let found: Vec<&str> =
            index["districts"].as_array().expect("districts").iter().filter_map(|d| d["id"].as_str()).collect();
        assert_eq!(found, ids, "{name}");
        assert_eq!(with_code(&report, "district_without_station").len(), ids.len(), "{name}: no stations given");
        boundaries.push(index["districts"][0]["boundary"].clone());
    }
    assert_eq!(boundaries[0], boundaries[1], "the GeoJSON and KML samples draw the same district 1");
    assert_eq!(boundaries[0][0][0][0], json!([-2.39502, 52.67638]), "rounded to five decimal places");
}

#[test]
fn democracy_club_duplicate_district_sample() {
    let Some(dir) = shared() else { return };
    let out = tempfile::tempdir().expect("temp dir");
    let path = dir.join("duplicate_district/test.geojson").display().to_string();
    let (run, report) = build(out.path(), &["valid/council.toml", &path]);
    assert_eq!(run.code, Some(0), "an error, not fatal: {}", run.stderr);
    assert_eq!(counts(&report, &path), (2, 0, 0, 2));
    let duplicates: Vec<u64> =
        with_code(&report, "duplicate_district").iter().filter_map(|problem| problem["line"].as_u64()).collect();
    assert_eq!(duplicates, [4, 38]);
}

#[test]
fn the_ward_mapping_gives_districts_their_ward_and_ballot() {
    let out = tempfile::tempdir().expect("temp dir");
    let path = "districts/wards.csv";
    let mut inputs = WITH_STATIONS.to_vec();
    inputs.extend(["districts/districts.geojson", path]);
    let (run, report) = build(out.path(), &inputs);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains(&format!("{path}: read as pollcard-district-wards/1 (recognised from its content")));
    assert_eq!(counts(&report, path), (4, 2, 0, 2));
    let found: Vec<_> = problems(&report)
        .into_iter()
        .filter(|p| p.2 == path || ["district_without_ward", "mapping_unknown_district"].contains(&p.1.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            at("warning", "district_without_ward", "districts/districts.geojson", 24, "kept"),
            at("error", "mapping_unknown_district", path, 4, "dropped"),
            at("error", "blank_field", path, 5, "dropped"),
        ]
    );
    let index = read_json(&out.path().join("bundle.json"));
    let sea_view = district(&index, "AD1");
    assert_eq!(sea_view["ward"], json!({"id": "W01", "name": {"en": "Aberdyfi North", "cy": "Gogledd Aberdyfi"}}));
    assert_eq!(sea_view["ballot_id"], "local.aberdyfi-test.aberdyfi-north.2026-05-07");
    assert!(district(&index, "AD3").get("ward").is_none());
}
