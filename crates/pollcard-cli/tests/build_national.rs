//! `pollcard build --councils ROOT` end to end on three small councils
//! (`fixtures/national/`): the national bundle's files, both ways of sharding,
//! determinism, and lookups through `pollcard lookup` on the result.

mod build_support;

use std::collections::BTreeMap;
use std::path::Path;

use build_support::{assert_counts_add_up, pollcard, read_json, Run};
use serde_json::Value;

fn build_national(out: &Path, shard: &str) -> Run {
    let out = out.display().to_string();
    pollcard(["build", "--out", out.as_str(), "--councils", "national", "--shard", shard])
}

/// Every file under `root`, relative path → bytes.
fn files(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("readable folder") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(root).expect("under root").display().to_string();
                found.insert(relative, std::fs::read(&path).expect("readable file"));
            }
        }
    }
    found
}

fn lookup(bundle: &Path, postcode: &str, uprn: Option<&str>) -> Value {
    let bundle = bundle.display().to_string();
    let mut args = vec!["lookup", bundle.as_str(), postcode];
    if let Some(uprn) = uprn {
        args.extend(["--uprn", uprn]);
    }
    let run = pollcard(args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).expect("lookup prints JSON")
}

#[test]
fn builds_area_shards_with_lookup_data_apart_from_address_lists() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_national(out.path(), "area");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.contains("3 councils, 4 stations, 11 addresses"), "{}", run.stderr);

    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["format"], "pollcard-national-bundle");
    assert_eq!(index["shard_by"], "area");
    let areas: Vec<&String> = index["lookup"].as_object().expect("lookup map").keys().collect();
    assert_eq!(areas, ["AA", "BB"]);
    assert_eq!(index["lookup"]["AA"]["addresses"], 8, "both councils' AA addresses in one shard");
    assert!(index.get("outward_codes").is_none(), "only council sharding needs outward codes");

    for (kind, folder) in [("lookup", "lookup/AA."), ("address_lists", "addresses/AA.")] {
        let path = index[kind]["AA"]["path"].as_str().expect("path");
        assert!(path.starts_with(folder) && path.ends_with(".json"), "{path}");
        // The name carries the content's hash.
        let bytes = std::fs::read(out.path().join(path)).expect("shard written");
        let hash = pollcard_core::release::sha256_hex(&bytes);
        assert!(path.contains(&hash[..16]), "{path} names {hash}");
    }
    let shard = read_json(&out.path().join(index["lookup"]["AA"]["path"].as_str().expect("path")));
    assert_eq!(shard["postcodes"]["AA11AA"], 0, "one station: no address list");
    assert_eq!(shard["split"]["AA22AA"].as_array().map(Vec::len), Some(2), "split across two councils");
    assert!(!String::from_utf8_lossy(&serde_json::to_vec(&shard).expect("json")).contains("High Street"));
    let list = read_json(&out.path().join(index["address_lists"]["AA"]["path"].as_str().expect("path")));
    assert_eq!(list["postcodes"]["AA11AA"][1], serde_json::json!(["102", "2 High Street"]));

    for council in ["north-test", "south-test", "west-test"] {
        assert_counts_add_up(&read_json(&out.path().join(format!("reports/{council}.json"))));
    }
    let entries = index["councils"].as_array().expect("councils");
    assert_eq!(entries[0]["council"]["id"], "north-test");
    let stations = read_json(&out.path().join(entries[0]["stations"].as_str().expect("path")));
    assert_eq!(stations["stations"][1]["id"], "N2");
    assert!(!out.path().with_file_name(format!("{}.partial", out.path().display())).exists());
}

#[test]
fn lookups_answer_from_one_shard_with_the_postcodes_council() {
    let out = tempfile::tempdir().expect("temp dir");
    assert_eq!(build_national(out.path(), "area").code, Some(0));
    let station = lookup(out.path(), "aa1 1aa", None);
    assert_eq!((station["status"].as_str(), station["station"]["id"].as_str()), (Some("station"), Some("N1")));
    assert_eq!(station["council"]["name"], "North Test Council");

    let picker = lookup(out.path(), "AA2 2AA", None);
    assert_eq!(picker["status"], "address_picker");
    let ids: Vec<&str> =
        picker["addresses"].as_array().expect("choices").iter().filter_map(|a| a["station_id"].as_str()).collect();
    assert_eq!(ids, ["N2", "S1"]);
    let south = lookup(out.path(), "AA2 2AA", Some("201"));
    assert_eq!(
        (south["station"]["id"].as_str(), south["council"]["name"].as_str()),
        (Some("S1"), Some("South Test Council"))
    );

    assert_eq!(lookup(out.path(), "BB1 1AB", None)["status"], "no_station");
    assert_eq!(lookup(out.path(), "BB1 1AB", None)["council"]["name"], "West Test Council");
    assert_eq!(lookup(out.path(), "AA9 9ZZ", None)["status"], "not_found");
    assert_eq!(lookup(out.path(), "CC1 1AA", None)["status"], "not_found");
    assert_eq!(lookup(out.path(), "not one", None)["status"], "invalid_postcode");
}

/// "Use my location": a council with boundaries gets its file and their box in the
/// index, rounded outward, and its districts' stations in its stations file; a
/// council without has none of them.
#[test]
fn a_council_with_boundaries_is_listed_with_their_box_and_district_stations() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_national(out.path(), "area");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let index = read_json(&out.path().join("bundle.json"));
    let entries = index["councils"].as_array().expect("councils");
    let north = &entries[0];
    assert_eq!(north["council"]["id"], "north-test");
    assert!(north["districts"].as_str().is_some_and(|path| path.starts_with("districts/north-test.")));
    assert_eq!(north["bounds"], serde_json::json!([[-1.515, 52.495], [-1.495, 52.515]]));
    for other in &entries[1..] {
        assert!(other.get("districts").is_none() && other.get("bounds").is_none(), "{other}");
    }
    let stations = read_json(&out.path().join(north["stations"].as_str().expect("path")));
    // ND2's addresses vote at two stations: it has none of its own.
    assert_eq!(stations["districts"], serde_json::json!([{"id": "ND1", "station_id": "N1"}]));
    let south = read_json(&out.path().join(entries[1]["stations"].as_str().expect("path")));
    assert!(south.get("districts").is_none(), "{south}");
}

#[test]
fn council_shards_route_by_outward_code() {
    let out = tempfile::tempdir().expect("temp dir");
    let run = build_national(out.path(), "council");
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let index = read_json(&out.path().join("bundle.json"));
    assert_eq!(index["shard_by"], "council");
    let keys: Vec<&String> = index["lookup"].as_object().expect("lookup map").keys().collect();
    assert_eq!(keys, ["north-test", "south-test", "west-test"]);
    assert_eq!(index["outward_codes"]["AA2"], serde_json::json!(["north-test", "south-test"]));
    assert_eq!(lookup(out.path(), "AA3 3AA", None)["station"]["id"], "S1", "found in the second council tried");
    assert_eq!(lookup(out.path(), "AA1 1AB", None)["status"], "address_picker");
}

#[test]
fn the_same_councils_give_the_same_bytes() {
    let (one, two) = (tempfile::tempdir().expect("temp dir"), tempfile::tempdir().expect("temp dir"));
    assert_eq!(build_national(one.path(), "area").code, Some(0));
    assert_eq!(build_national(two.path(), "area").code, Some(0));
    let (first, second) = (files(one.path()), files(two.path()));
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>());
    for (path, bytes) in &first {
        if !path.starts_with("reports") {
            assert!(bytes == &second[path], "{path} differs between two builds");
        }
    }
    // Rebuilding into the same folder replaces the bundle, leaving no old shard behind.
    assert_eq!(build_national(one.path(), "council").code, Some(0));
    assert!(!files(one.path()).keys().any(|path| path.starts_with("lookup/AA.")));
}

#[test]
fn a_council_with_a_fatal_problem_stops_the_build_after_every_council_is_checked() {
    let root = tempfile::tempdir().expect("temp dir");
    let source = build_support::fixtures().join("national");
    for council in ["north-test", "south-test"] {
        let folder = root.path().join(council);
        std::fs::create_dir_all(&folder).expect("folder");
        for file in ["council.toml", "stations.csv", "addresses.csv"] {
            std::fs::copy(source.join(council).join(file), folder.join(file)).expect("copy");
        }
    }
    std::fs::write(root.path().join("north-test/stations.csv"), b"\x00\x01 not a stations file").expect("write");
    let out = tempfile::tempdir().expect("temp dir");
    let (out_arg, root_arg) = (out.path().display().to_string(), root.path().display().to_string());
    let run = pollcard(["build", "--out", out_arg.as_str(), "--councils", root_arg.as_str()]);
    assert_eq!(run.code, Some(3), "{}", run.stderr);
    assert!(run.stderr.contains("fatal problems in north-test"), "{}", run.stderr);
    assert!(out.path().join("reports/south-test.json").is_file(), "every council is still checked");
    assert!(!out.path().join("bundle.json").exists());
}

#[test]
fn shard_needs_councils_and_inputs_exclude_them() {
    let out = tempfile::tempdir().expect("temp dir");
    let out = out.path().display().to_string();
    let run = pollcard(["build", "--out", out.as_str(), "--shard", "council", "valid/council.toml"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let run = pollcard(["build", "--out", out.as_str(), "--councils", "national", "valid/council.toml"]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let run = pollcard(["build", "--out", out.as_str(), "--councils", "national", "--shard", "postcode"]);
    assert!(run.stderr.contains("use area (the default) or council"), "{}", run.stderr);
}

/// `pollcard precache` on a site holding a national bundle: the worker keeps the index
/// (and the app) at install, and every shard only after its first use — unless the
/// build configuration names the area.
#[test]
fn precache_keeps_only_the_index_of_a_national_bundle() {
    let root = tempfile::tempdir().expect("temp dir");
    let site = root.path().join("dist");
    assert_eq!(build_national(&site.join("data"), "area").code, Some(0));
    std::fs::remove_dir_all(site.join("data/reports")).expect("reports are not published");
    std::fs::write(site.join("index.html"), b"<!doctype html><title>Pollcard</title>").expect("write");
    let precached = |extra: &str| {
        let config = root.path().join("pollcard-build.toml");
        let key = "5bf41fa342e8131cff9ca1e4bae1bba3d1bbe9af5d97ff3b747d427f1b96e2a1";
        std::fs::write(&config, format!("kind = \"demo\"\ntrusted_keys = [\"{key}\"]\n{extra}")).expect("config");
        let (site_arg, config_arg) = (site.display().to_string(), config.display().to_string());
        let run = pollcard(["precache", site_arg.as_str(), "--build-config", config_arg.as_str()]);
        assert_eq!(run.code, Some(0), "{}{}", run.stdout, run.stderr);
        let worker = std::fs::read_to_string(site.join("sw.js")).expect("sw.js");
        let start = worker.find("const BUILD = ").expect("BUILD") + "const BUILD = ".len();
        let end = start + worker[start..].find(";\n").expect("end of BUILD");
        let build: Value = serde_json::from_str(&worker[start..end]).expect("BUILD is JSON");
        let paths: Vec<String> = build["precache"]
            .as_array()
            .expect("list")
            .iter()
            .filter_map(|entry| entry[0].as_str().map(str::to_owned))
            .collect();
        paths
    };
    assert_eq!(precached(""), ["data/bundle.json", "index.html"]);
    let with_aa = precached("offline_postcode_areas = [\"AA\"]\n");
    assert_eq!(with_aa.len(), 4, "{with_aa:?}");
    assert!(with_aa.iter().any(|path| path.starts_with("data/lookup/AA.")), "{with_aa:?}");
    assert!(with_aa.iter().any(|path| path.starts_with("data/addresses/AA.")), "{with_aa:?}");
}
