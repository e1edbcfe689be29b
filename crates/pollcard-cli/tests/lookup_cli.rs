//! `pollcard lookup` end to end, against the bundle `pollcard build` makes from the
//! valid test council: each status, the exact JSON keys, `--uprn`, and exit codes.

mod build_support;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use build_support::{build, keys, pollcard, VALID};
use serde_json::Value;

/// The valid council's bundle, built once for all the tests in this file.
fn bundle() -> &'static Path {
    static BUNDLE: OnceLock<PathBuf> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lookup-cli-bundle");
        let _ = std::fs::remove_dir_all(&dir);
        let (run, _) = build(&dir, &VALID);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        dir
    })
}

/// `pollcard lookup BUNDLE ARGS…`, which must exit 0 and print JSON.
fn lookup(args: &[&str]) -> Value {
    let bundle = bundle().display().to_string();
    let run = pollcard(std::iter::once("lookup").chain(std::iter::once(bundle.as_str())).chain(args.iter().copied()));
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout))
}

#[test]
fn a_postcode_with_one_station() {
    let answer = lookup(&[" aa1-1aa "]);
    assert_eq!(keys(&answer), ["council", "postcode", "station", "status"]);
    assert_eq!(answer["status"], "station");
    assert_eq!(answer["postcode"], "AA1 1AA");
    let station = &answer["station"];
    assert_eq!(
        keys(station),
        ["accessibility", "address", "at_the_station", "getting_there", "id", "lat", "lon", "name", "postcode"]
    );
    assert_eq!(station["id"], "S1");
    assert_eq!(station["name"], "Aberdyfi Village Hall");
    assert_eq!(station["postcode"], "AA1 9AA", "normalised from aa1 9aa");
    assert_eq!(station["lat"], 52.544012, "rounded to 6 places");
    assert_eq!(station["lon"], -4.052);
    let access = &station["accessibility"];
    assert_eq!(keys(access).len(), pollcard_core::model::AccessibilityFeature::ALL.len());
    assert_eq!(access["level_access"], "yes");
    assert_eq!(access["hearing_loop"], "no", "the survey wins over the stations file");
    assert_eq!(access["disabled_parking"], "yes", "from the survey");
    assert_eq!(access["accessible_toilet"], "no");
    assert_eq!(access["magnifiers"], "unknown");
    assert_eq!(station["getting_there"]["cy"], "Mae bws 12 yn stopio tu allan");
    assert_eq!(station["at_the_station"]["en"], "Level entrance at the front");
}

#[test]
fn the_council_is_in_every_answer_in_english() {
    for postcode in ["AA1 1AA", "AA1 1AB", "AA1 1AD", "AA9 9ZZ", "nope!"] {
        let council = &lookup(&[postcode])["council"];
        assert_eq!(keys(council), ["address", "email", "name", "phone", "website"], "{postcode}");
        assert_eq!(council["name"], "Aberdyfi Test County Council");
        assert_eq!(council["website"], "https://example.org/elections");
    }
}

#[test]
fn a_split_postcode_lists_its_addresses_in_natural_order() {
    let answer = lookup(&["AA11AB"]);
    assert_eq!(keys(&answer), ["addresses", "council", "postcode", "status"]);
    assert_eq!(answer["status"], "address_picker");
    let addresses = answer["addresses"].as_array().expect("addresses");
    let labels: Vec<_> = addresses.iter().map(|address| address["label"].as_str().unwrap_or_default()).collect();
    assert_eq!(labels, ["2 Mill Lane, Aberdyfi", "10 Mill Lane, Aberdyfi"]);
    assert_eq!(keys(&addresses[0]), ["label", "station_id", "uprn"]);
    assert_eq!(addresses[0]["uprn"], "2002", "UPRNs are strings");
    assert_eq!(addresses[0]["station_id"], "S1");
    assert_eq!(addresses[1]["station_id"], "S2");
}

#[test]
fn a_postcode_the_council_has_not_assigned() {
    let answer = lookup(&["AA1 1AD"]);
    assert_eq!(keys(&answer), ["council", "postcode", "status"]);
    assert_eq!(answer["status"], "no_station");
}

#[test]
fn postcodes_the_bundle_does_not_cover() {
    for (input, written) in [("AA9 9ZZ", "AA9 9ZZ"), ("cf101aa", "CF10 1AA")] {
        let answer = lookup(&[input]);
        assert_eq!(keys(&answer), ["council", "postcode", "status"], "{input}");
        assert_eq!(answer["status"], "not_found", "{input}");
        assert_eq!(answer["postcode"], written);
    }
}

#[test]
fn input_that_is_not_a_postcode() {
    let answer = lookup(&["AA1 1A@"]);
    assert_eq!(keys(&answer), ["council", "error", "status"]);
    assert_eq!(answer["status"], "invalid_postcode");
    assert_eq!(answer["error"]["code"], "invalid_character");
    assert_eq!(answer["error"]["message"], "A postcode can only contain letters and numbers; remove “@”");
    assert_eq!(lookup(&["AA1"])["error"]["code"], "too_short");
    assert_eq!(lookup(&["AA1 1AA", "--uprn", "1001"])["status"], "station", "control: valid input");
    assert_eq!(lookup(&["AA1 AAA", "--uprn", "1001"])["status"], "invalid_postcode");
}

#[test]
fn uprn_lookups() {
    let hit = lookup(&["AA1 1AB", "--uprn", "2010"]);
    assert_eq!(hit["status"], "station");
    assert_eq!(hit["station"]["id"], "S2");
    assert_eq!(hit["station"]["name"], "Capel y Lôn");
    assert_eq!(hit["station"]["accessibility"]["temporary_ramp"], "yes");
    let elsewhere = lookup(&["AA1 1AB", "--uprn", "1001"]);
    assert_eq!(elsewhere["status"], "not_found", "a UPRN from another postcode is not in this one");
    assert_eq!(keys(&elsewhere), ["council", "postcode", "status"]);
    assert_eq!(lookup(&["AA1 1AB", "--uprn", "999"])["status"], "not_found");
    assert_eq!(lookup(&["AA1 1AD", "--uprn", "3001"])["status"], "no_station");
}

#[test]
fn a_station_without_a_location_has_no_lat_or_lon() {
    // S3 has no addresses, so it is reached through a bundle edited to send 1 New Road there.
    let dir = tempfile::tempdir().expect("temp dir");
    for file in ["bundle.json", "postcodes/AA.json"] {
        let to = dir.path().join(file);
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(bundle().join(file), &to).expect("copy");
    }
    let shard = dir.path().join("postcodes/AA.json");
    let text = std::fs::read_to_string(&shard).expect("shard");
    std::fs::write(
        &shard,
        text.replace("[\"3001\",\"1 New Road, Aberdyfi\",null", "[\"3001\",\"1 New Road, Aberdyfi\",\"S3\""),
    )
    .expect("edit");
    let run = pollcard(["lookup", &dir.path().display().to_string(), "AA1 1AD"]);
    let answer: Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(answer["station"]["id"], "S3", "{}", run.stdout);
    assert!(answer["station"].get("lat").is_none() && answer["station"].get("lon").is_none());
    assert!(answer["station"].get("postcode").is_none());
    assert_eq!(answer["station"]["getting_there"], serde_json::json!({}));
}

#[test]
fn an_unreadable_bundle_exits_1_with_a_clear_message() {
    let missing = pollcard(["lookup", "no-such-bundle", "AA1 1AA"]);
    assert_eq!(missing.code, Some(1));
    assert!(missing.stderr.contains("no-such-bundle") && missing.stderr.contains("bundle.json"), "{}", missing.stderr);
    assert!(missing.stdout.is_empty());

    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("bundle.json"), "{\"format\": \"something-else\", \"format_version\": 1}")
        .expect("write");
    let wrong = pollcard(["lookup", &dir.path().display().to_string(), "AA1 1AA"]);
    assert_eq!(wrong.code, Some(1));
    assert!(wrong.stderr.contains("not a usable bundle"), "{}", wrong.stderr);

    std::fs::copy(bundle().join("bundle.json"), dir.path().join("bundle.json")).expect("copy");
    let no_shard = pollcard(["lookup", &dir.path().display().to_string(), "AA1 1AA"]);
    assert_eq!(no_shard.code, Some(1));
    assert!(no_shard.stderr.contains("AA postcode shard"), "{}", no_shard.stderr);
    // Without needing a shard the answer still comes.
    assert_eq!(pollcard(["lookup", &dir.path().display().to_string(), "CF10 1AA"]).code, Some(0));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(pollcard(["lookup"]).code, Some(2));
    assert_eq!(pollcard(["lookup", "bundle"]).code, Some(2));
    assert_eq!(pollcard(["lookup", "bundle", "AA1 1AA", "--colour"]).code, Some(2));
}
