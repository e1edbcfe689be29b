//! `pollcard lookup DIR POSTCODE --uprn UPRN` on a national bundle, end to end: the
//! UPRN is checked whether or not its postcode is split, as in a single-council
//! bundle. A postcode that is not split has no addresses in its lookup shard, so the
//! UPRN is checked against the optional address list; without one, the answer says
//! it could not be checked.

mod build_support;

use std::path::Path;

use build_support::{pollcard, read_json, Run};
use serde_json::Value;

fn build_national(out: &Path, shard: &str) {
    let out = out.display().to_string();
    let run = pollcard(["build", "--out", out.as_str(), "--councils", "national", "--shard", shard]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
}

fn lookup_uprn(bundle: &Path, postcode: &str, uprn: &str) -> (Value, Run) {
    let bundle = bundle.display().to_string();
    let run = pollcard(["lookup", bundle.as_str(), postcode, "--uprn", uprn]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    (serde_json::from_str(&run.stdout).expect("lookup prints JSON"), run)
}

#[test]
fn a_uprn_in_a_postcode_that_is_not_split_is_checked_against_the_address_list() {
    for shard in ["area", "council"] {
        let out = tempfile::tempdir().expect("temp dir");
        build_national(out.path(), shard);

        let (found, run) = lookup_uprn(out.path(), "AA1 1AA", "102");
        assert_eq!((found["status"].as_str(), found["station"]["id"].as_str()), (Some("station"), Some("N1")));
        assert!(found.get("warning").is_none(), "{found}");
        assert!(run.stderr.is_empty(), "{}", run.stderr);

        // 202 is an address of AA3 3AA, not of AA1 1AA; 999 is no address at all.
        for uprn in ["202", "999"] {
            let (answer, _) = lookup_uprn(out.path(), "AA1 1AA", uprn);
            assert_eq!(answer["status"], "not_found", "{shard}: UPRN {uprn}: {answer}");
            assert!(answer.get("station").is_none());
        }
        // A postcode whose station is not known, found through the other council's shard.
        let (unassigned, _) = lookup_uprn(out.path(), "BB1 1AB", "303");
        assert_eq!(unassigned["status"], "no_station", "{shard}");
        assert_eq!(lookup_uprn(out.path(), "BB1 1AB", "301").0["status"], "not_found", "{shard}");
        // With council shards, AA3 3AA is in the second shard tried.
        assert_eq!(lookup_uprn(out.path(), "AA3 3AA", "203").0["station"]["id"], "S1", "{shard}");
        // Split postcodes were checked already, from the lookup shard.
        assert_eq!(lookup_uprn(out.path(), "AA2 2AA", "105").0["station"]["id"], "N2", "{shard}");
        assert_eq!(lookup_uprn(out.path(), "AA2 2AA", "101").0["status"], "not_found", "{shard}");
    }
}

#[test]
fn without_address_lists_the_answer_says_the_uprn_was_not_checked() {
    let out = tempfile::tempdir().expect("temp dir");
    build_national(out.path(), "area");
    let index = read_json(&out.path().join("bundle.json"));
    let list = index["address_lists"]["AA"]["path"].as_str().expect("AA address list").to_owned();

    // The bundle published without its address lists (they are optional).
    std::fs::remove_dir_all(out.path().join("addresses")).expect("remove the address lists");
    let (answer, run) = lookup_uprn(out.path(), "AA1 1AA", "999");
    assert_eq!(answer["status"], "station", "the whole postcode's answer: {answer}");
    assert_eq!(answer["warning"]["code"], "uprn_not_checked");
    let message = answer["warning"]["message"].as_str().expect("message");
    assert!(message.starts_with("UPRN 999 could not be checked"), "{message}");
    assert!(message.contains(&list) && message.contains("AA1 1AA"), "{message}");
    assert!(run.stderr.contains(&format!("warning: {message}")), "{}", run.stderr);

    // An index that lists no address lists at all.
    let mut index = index;
    index["address_lists"] = serde_json::json!({});
    std::fs::write(out.path().join("bundle.json"), serde_json::to_vec(&index).expect("json")).expect("write");
    let (answer, _) = lookup_uprn(out.path(), "AA1 1AA", "101");
    assert_eq!(answer["status"], "station");
    let message = answer["warning"]["message"].as_str().expect("message");
    assert!(message.contains("this bundle has no address list for AA"), "{message}");
    // Without --uprn there is nothing to check and nothing to warn of.
    let bundle = out.path().display().to_string();
    let plain: Value = serde_json::from_str(&pollcard(["lookup", bundle.as_str(), "AA1 1AA"]).stdout).expect("JSON");
    assert!(plain.get("warning").is_none());
}

#[test]
fn a_damaged_address_list_is_an_unusable_bundle() {
    let out = tempfile::tempdir().expect("temp dir");
    build_national(out.path(), "area");
    let index = read_json(&out.path().join("bundle.json"));
    let list = out.path().join(index["address_lists"]["AA"]["path"].as_str().expect("path"));
    std::fs::write(&list, b"{\"format\": \"pollcard-lookup\", \"format_version\": 1}").expect("write");
    let bundle = out.path().display().to_string();
    let run = pollcard(["lookup", bundle.as_str(), "AA1 1AA", "--uprn", "101"]);
    assert_eq!(run.code, Some(1), "{}", run.stdout);
    assert!(run.stderr.contains("is not a usable bundle"), "{}", run.stderr);
}
