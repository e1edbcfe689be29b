//! `pollcard timetable` and `pollcard holidays` end to end: the JSON they print, every
//! election type in every nation it is held in, and exit code 2 with a clear message
//! for input that cannot be answered.

mod build_support;

use build_support::{pollcard, Run};
use serde_json::{json, Value};

fn timetable(args: &[&str]) -> Run {
    let mut all = vec!["timetable"];
    all.extend_from_slice(args);
    pollcard(all)
}

fn parse(run: &Run) -> Value {
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|error| panic!("{error}: {}", run.stdout))
}

#[test]
fn england_local_2_may_2024_as_published() {
    let run = timetable(&["--poll-date", "2024-05-02", "--type", "local", "--nation", "england"]);
    let t = parse(&run);
    assert_eq!(t["close_of_nominations"], json!({"date": "2024-04-05", "time": "16:00"}));
    assert_eq!(t["sopn_publication"], json!({"date": "2024-04-08", "time": "16:00"}));
    assert_eq!(t["registration"], json!({"date": "2024-04-16", "time": "23:59"}));
    assert_eq!(t["postal_application"], json!({"date": "2024-04-17", "time": "17:00"}));
    assert_eq!(t["proxy_application"], json!({"date": "2024-04-24", "time": "17:00"}));
    assert_eq!(t["vac_application"], json!({"date": "2024-04-24", "time": "17:00"}));
    assert_eq!(t["poll_open"], json!({"date": "2024-05-02", "time": "07:00"}));
    assert_eq!(t["poll_close"], json!({"date": "2024-05-02", "time": "22:00"}));
    assert_eq!(t["notice_of_election"], json!({"date": "2024-03-26", "time": "23:59"}));
    assert!(t.get("count").is_none(), "no count without a bundle");
    assert_eq!(t.as_object().map(serde_json::Map::len), Some(16));
    // Keys in the order the events happen, in the printed text.
    let order = ["notice_of_election", "close_of_nominations", "sopn_publication", "registration", "poll_close"];
    let positions: Vec<usize> =
        order.iter().map(|key| run.stdout.find(&format!("\"{key}\"")).expect("printed")).collect();
    assert!(positions.windows(2).all(|pair| pair[0] < pair[1]), "{}", run.stdout);
}

#[test]
fn every_type_in_every_nation_it_is_held_in() {
    let held = [
        ("uk-parliament", ["england", "wales", "scotland", "northern-ireland"].as_slice()),
        ("local", &["england", "wales", "scotland", "northern-ireland"]),
        ("scottish-parliament", &["scotland"]),
        ("senedd", &["wales"]),
        ("ni-assembly", &["northern-ireland"]),
        ("pcc", &["england", "wales"]),
        ("mayor", &["england"]),
        ("gla", &["england"]),
        ("parish", &["england", "wales"]),
    ];
    let nations = ["england", "wales", "scotland", "northern-ireland"];
    for (kind, held_in) in held {
        for nation in nations {
            let run = timetable(&["--poll-date", "2027-05-06", "--type", kind, "--nation", nation]);
            if held_in.contains(&nation) {
                let t = parse(&run);
                assert_eq!(t["poll_close"]["date"], "2027-05-06", "{kind} {nation}");
                let vac = t.get("vac_application").is_some();
                let photo_id_gb = nation != "northern-ireland"
                    && matches!(kind, "uk-parliament" | "pcc" | "mayor" | "gla")
                    || (nation == "england" && matches!(kind, "local" | "parish"));
                assert_eq!(vac, photo_id_gb, "{kind} {nation}: VAC only where photo ID is required in Great Britain");
            } else {
                assert_eq!(run.code, Some(2), "{kind} {nation}: {}", run.stdout);
                assert!(run.stderr.contains(&format!("there are no {kind} elections in {nation}")), "{}", run.stderr);
                assert!(run.stdout.is_empty());
            }
        }
    }
}

#[test]
fn bad_input_exits_2_with_a_clear_message() {
    let cases: [(&[&str], &str); 6] = [
        (
            &["--poll-date", "2026-02-30", "--type", "local", "--nation", "england"],
            "--poll-date: \"2026-02-30\" is not a valid date",
        ),
        (&["--poll-date", "7 May 2026", "--type", "local", "--nation", "england"], "YYYY-MM-DD"),
        (
            &["--poll-date", "2026-05-07", "--type", "council", "--nation", "england"],
            "--type: unknown election type \"council\"",
        ),
        (&["--poll-date", "2026-05-07", "--type", "local", "--nation", "united-states"], "--nation: unknown nation"),
        (
            &["--poll-date", "2026-05-07", "--type", "senedd", "--nation", "scotland"],
            "the Senedd is elected in Wales only",
        ),
        (
            &["--poll-date", "2026-05-07", "--type", "local", "--nation", "england", "--bundle", "no/such/folder"],
            "is not a folder",
        ),
    ];
    for (args, message) in cases {
        let run = timetable(args);
        assert_eq!(run.code, Some(2), "{args:?}: {}", run.stdout);
        assert!(run.stderr.starts_with("pollcard timetable: "), "{}", run.stderr);
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
    // A missing argument is clap's usage error, also exit 2.
    assert_eq!(timetable(&["--poll-date", "2026-05-07"]).code, Some(2));
}

#[test]
fn a_bundle_member_adds_a_day_and_the_count() {
    let plain = parse(&timetable(&["--poll-date", "2026-05-07", "--type", "local", "--nation", "england"]));
    let run = timetable(&[
        "--poll-date",
        "2026-05-07",
        "--type",
        "local",
        "--nation",
        "england",
        "--bundle",
        "timetable/bundle",
    ]);
    let adjusted = parse(&run);
    assert_eq!(plain["registration"]["date"], "2026-04-20");
    assert_eq!(adjusted["registration"]["date"], "2026-04-17", "27 April is a day of mourning");
    assert_eq!(adjusted["proxy_application"], plain["proxy_application"], "after the 27th");
    assert_eq!(adjusted["count"], json!({"date": "2026-05-08", "time": "09:30"}));
    // A bundle without the member: the built-in rules, said on stderr.
    let run = timetable(&["--poll-date", "2026-05-07", "--type", "local", "--nation", "england", "--bundle", "valid"]);
    assert_eq!(parse(&run), plain);
    assert!(run.stderr.contains("has no timetable.json"), "{}", run.stderr);
}

#[test]
fn holidays_as_json() {
    let run = pollcard(["holidays", "--nation", "scotland", "--from", "2022", "--to", "2023"]);
    let list = parse(&run);
    let dates: Vec<&str> =
        list.as_array().expect("list").iter().map(|day| day["date"].as_str().unwrap_or_default()).collect();
    assert_eq!(
        dates,
        [
            "2022-01-03",
            "2022-01-04",
            "2022-04-15",
            "2022-05-02",
            "2022-06-02",
            "2022-06-03",
            "2022-08-01",
            "2022-09-19",
            "2022-11-30",
            "2022-12-26",
            "2022-12-27",
            "2023-01-02",
            "2023-01-03",
            "2023-04-07",
            "2023-05-01",
            "2023-05-08",
            "2023-05-29",
            "2023-08-07",
            "2023-11-30",
            "2023-12-25",
            "2023-12-26",
        ]
    );
    assert!(list.as_array().expect("list").iter().all(|day| day["name"].as_str().is_some_and(|name| !name.is_empty())));
    let with_bundle = parse(&pollcard([
        "holidays",
        "--nation",
        "wales",
        "--from",
        "2026",
        "--to",
        "2026",
        "--bundle",
        "timetable/bundle",
    ]));
    assert!(with_bundle.as_array().expect("list").iter().any(|day| day["date"] == "2026-04-27"));
}

#[test]
fn holidays_bad_input_exits_2() {
    let cases: [(&[&str], &str); 4] = [
        (&["--nation", "mars", "--from", "2026", "--to", "2026"], "unknown nation \"mars\""),
        (&["--nation", "wales", "--from", "twenty", "--to", "2026"], "--from: \"twenty\" is not a year"),
        (&["--nation", "wales", "--from", "2027", "--to", "2026"], "--from 2027 is after --to 2026"),
        (&["--nation", "wales", "--from", "1000", "--to", "2026"], "more than 200 years"),
    ];
    for (args, message) in cases {
        let mut all = vec!["holidays"];
        all.extend_from_slice(args);
        let run = pollcard(all);
        assert_eq!(run.code, Some(2), "{args:?}");
        assert!(run.stderr.contains(message), "{args:?}: {}", run.stderr);
    }
}

#[test]
fn a_by_election_counts_only_its_own_nation() {
    // 12 December 2019: the general election skipped Scotland's 2 December holiday
    // everywhere; an English by-election that day would not.
    let args = ["--poll-date", "2019-12-12", "--type", "uk-parliament", "--nation", "england"];
    let general = parse(&timetable(&args));
    let mut by_election_args = args.to_vec();
    by_election_args.push("--by-election");
    let by_election = parse(&timetable(&by_election_args));
    assert_eq!(general["close_of_nominations"]["date"], "2019-11-14");
    assert_eq!(general["postal_application"]["date"], "2019-11-26");
    assert_eq!(by_election["close_of_nominations"]["date"], "2019-11-15");
    assert_eq!(by_election["postal_application"]["date"], "2019-11-27");
}
