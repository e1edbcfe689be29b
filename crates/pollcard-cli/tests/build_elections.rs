//! `pollcard build` end to end on election data written for these tests
//! (`tests/fixtures/elections/`, fictional): Pollcard's ballots and candidates files
//! and a Democracy Club candidate export, with malformed rows reported on their
//! lines, every record accounted for, and `elections.json` in the bundle.

mod build_support;

use build_support::{at, build, counts, file, problems, read_json};

const INPUTS: [&str; 7] = [
    "valid/council.toml",
    "valid/stations.csv",
    "valid/addresses.csv",
    "elections/wards.csv",
    "elections/ballots.csv",
    "elections/candidates.csv",
    "elections/dc-candidates.csv",
];

#[test]
fn elections_ballots_and_candidates() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, report) = build(out.path(), &INPUTS);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(file(&report, "elections/ballots.csv")["format"], "pollcard-ballots/1");
    assert_eq!(file(&report, "elections/candidates.csv")["format"], "pollcard-candidates/1");
    assert_eq!(file(&report, "elections/dc-candidates.csv")["format"], "democracy-club-candidates");
    assert_eq!(counts(&report, "elections/ballots.csv"), (7, 3, 0, 4));
    assert_eq!(counts(&report, "elections/candidates.csv"), (9, 5, 1, 4));
    assert_eq!(counts(&report, "elections/dc-candidates.csv"), (6, 4, 0, 2));
    let ours: Vec<_> = problems(&report).into_iter().filter(|p| p.2.starts_with("elections/")).collect();
    assert_eq!(
        ours,
        [
            at("error", "invalid_election_id", "elections/ballots.csv", 5, "dropped"),
            at("error", "invalid_election_value", "elections/ballots.csv", 6, "dropped"),
            at("error", "invalid_election_value", "elections/ballots.csv", 7, "dropped"),
            at("error", "invalid_election_value", "elections/ballots.csv", 8, "dropped"),
            at("warning", "candidate_before_statement", "elections/candidates.csv", 4, "repaired"),
            at("error", "blank_field", "elections/candidates.csv", 7, "dropped"),
            at("error", "invalid_election_value", "elections/candidates.csv", 8, "dropped"),
            at("error", "candidate_unknown_ballot", "elections/candidates.csv", 9, "dropped"),
            at("error", "invalid_election_value", "elections/candidates.csv", 10, "dropped"),
            at("error", "invalid_election_value", "elections/dc-candidates.csv", 6, "dropped"),
            at("error", "blank_field", "elections/dc-candidates.csv", 7, "dropped"),
        ]
    );
    let messages: Vec<&str> = report["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter(|p| p["file"] == "elections/ballots.csv")
        .map(|p| p["message"].as_str().unwrap_or_default())
        .collect();
    assert!(messages[0].contains("\"Harbour\" is not a lowercase slug"), "{}", messages[0]);
    assert!(messages[1].contains("\"0\" in \"seats\""), "{}", messages[1]);
    assert!(messages[2].contains("\"2026-04-31\" in \"sopn_date\""), "{}", messages[2]);

    let elections = read_json(&out.path().join("elections.json"));
    assert_eq!(elections["format"], "pollcard-elections");
    let ids: Vec<&str> =
        elections["elections"].as_array().expect("elections").iter().filter_map(|e| e["id"].as_str()).collect();
    assert_eq!(ids, ["local.aberdyfi-test.2026-05-07", "local.aberdyfi-test.2026-06-18"]);
    assert_eq!(elections["elections"][0]["voting_age"], 16);
    assert_eq!(elections["elections"][0]["photo_id_required"], false);
    assert_eq!(elections["districts"]["AD1"][0], "local.aberdyfi-test.aberdyfi-north.2026-05-07");
    assert_eq!(
        elections["districts"]["AD3"],
        serde_json::json!(["local.aberdyfi-test.harbour.2026-05-07", "local.aberdyfi-test.harbour.by.2026-06-18"])
    );
    let ballots = elections["ballots"].as_array().expect("ballots");
    let north = &ballots[0];
    assert_eq!(north["results"]["rejected_ballots"], 7);
    assert_eq!(north["candidates"].as_array().map(Vec::len), Some(4), "the Democracy Club rows");
    assert_eq!(north["candidates"][2]["name"], "Ursula Öztürk");
    assert_eq!(north["candidates"][2]["status"], "not_elected");
    assert_eq!(north["candidates"][3]["surname"], "van der Berg");
    let harbour = &ballots[1];
    assert_eq!(harbour["cancelled"]["replaced_by"], "local.aberdyfi-test.harbour.by.2026-06-18");
    assert_eq!(harbour["cancelled"]["reason"]["cy"], "Marwolaeth ymgeisydd");
    let rerun = &ballots[2];
    let statuses: Vec<&str> =
        rerun["candidates"].as_array().expect("candidates").iter().filter_map(|c| c["status"].as_str()).collect();
    assert_eq!(statuses, ["standing", "withdrawn", "standing"]);
    assert!(elections["how_to_mark"]["fptp"]["cy"].as_str().is_some_and(|text| text.contains("{seats}")));

    let index = read_json(&out.path().join("bundle.json"));
    assert!(index.get("elections").is_none(), "bundle.json is unchanged: the member is its own file");
}

#[test]
fn a_bundle_without_election_files_has_no_elections_member() {
    let out = tempfile::tempdir().expect("temp dir");
    let (run, _) = build(out.path(), &INPUTS[..3]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!out.path().join("elections.json").exists());
}

/// The demo's election files (`demo/`, generated by `demo/demo_elections.py`) build
/// cleanly and hold what the app's election pages are shown with.
#[test]
fn the_demo_elections() {
    let demo: Vec<String> = [
        "council.toml",
        "stations.csv",
        "addresses.csv",
        "dc-survey.csv",
        "wards.csv",
        "ballots.csv",
        "candidates.csv",
    ]
    .iter()
    .map(|name| format!("../../../../demo/{name}"))
    .collect();
    let demo: Vec<&str> = demo.iter().map(String::as_str).collect();
    let out = tempfile::tempdir().expect("temp dir");
    let (run, report) = build(out.path(), &demo);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let ours: Vec<_> =
        problems(&report).into_iter().filter(|p| p.2.contains("/demo/") && !p.2.ends_with("stations.csv")).collect();
    assert!(ours.is_empty(), "{ours:?}");
    for name in ["wards.csv", "ballots.csv", "candidates.csv"] {
        let (read, imported, _, dropped) = counts(&report, &format!("../../../../demo/{name}"));
        assert_eq!((imported, dropped), (read, 0), "{name}");
    }

    let elections = read_json(&out.path().join("elections.json"));
    let all = |key: &str| elections[key].as_array().expect(key).clone();
    let dates: Vec<String> =
        all("elections").iter().map(|e| e["poll_date"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(dates, ["2026-03-12", "2026-04-23", "2027-05-06", "2028-05-04"]);
    let may_2027 = &all("elections")[2];
    assert_eq!(
        (may_2027["sopn_published"].as_bool(), may_2027["sopn_date"].as_str()),
        (Some(false), Some("2027-04-09"))
    );
    assert_eq!(all("elections")[3]["photo_id_required"], true, "PCC polls in Wales need photo ID");
    let ballots = all("ballots");
    assert!(ballots.iter().any(|b| b["cancelled"]["replaced_by"] == "local.demo-county.cwmderwen.by.2026-04-23"));
    assert!(ballots.iter().any(|b| b["results"]["turnout_percent"].is_number()));
    let candidates: usize = ballots.iter().map(|b| b["candidates"].as_array().map_or(0, Vec::len)).sum();
    assert!(candidates >= 30, "{candidates} candidates");
    let districts = elections["districts"].as_object().expect("districts");
    assert_eq!(districts.len(), 23, "every district has its ballots");
    assert!(districts
        .values()
        .all(|ids| ids.as_array().is_some_and(|ids| ids.iter().any(|id| id == "pcc.demo-police.2028-05-04"))));
    assert!(elections["photo_id"].as_array().is_some_and(|ids| ids.len() >= 12));
}
