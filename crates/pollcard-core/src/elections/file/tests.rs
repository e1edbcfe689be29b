use super::*;
use crate::elections::model::tests::candidate;
use crate::elections::{Cancellation, CandidateStatus, ElectionType};
use crate::model::Nation;

fn ballot(id: &str, system: VotingSystem, seats: u8) -> Ballot {
    Ballot {
        id: id.into(),
        election_id: ids::parse_ballot(id).expect("test id").election_id(),
        ward_id: None,
        name: LocalizedText::english("North"),
        voting_system: system,
        seats,
        cancelled: None,
        candidates: vec![candidate("Ann Evans", CandidateStatus::Nominated)],
        results: None,
    }
}

fn election(id: &str, date: &str) -> Election {
    Election {
        id: id.into(),
        name: LocalizedText::english("Test"),
        election_type: ElectionType::Local,
        nation: Nation::Wales,
        poll_date: date.into(),
        photo_id_required: false,
        voting_age: 16,
        sopn_date: None,
        sopn_published: true,
        timetable: Default::default(),
    }
}

fn sample() -> ElectionsFile {
    let mut file = ElectionsFile::new();
    file.elections = vec![election("local.x.2026-05-07", "2026-05-07"), election("local.x.2026-06-18", "2026-06-18")];
    let mut north = ballot("local.x.north.2026-05-07", VotingSystem::Fptp, 2);
    north.cancelled = Some(Cancellation {
        reason: LocalizedText::english("Death of a candidate"),
        replaced_by: Some("local.x.north.2026-06-18".into()),
    });
    file.ballots = vec![
        north,
        ballot("local.x.south.2026-05-07", VotingSystem::Stv, 3),
        ballot("local.x.north.2026-06-18", VotingSystem::Fptp, 2),
    ];
    file.districts.insert("AA".into(), vec!["local.x.north.2026-05-07".into()]);
    file.districts.insert("AB".into(), vec!["local.x.north.2026-05-07".into()]);
    file.districts.insert("AC".into(), vec!["local.x.south.2026-05-07".into()]);
    file.how_to_mark.insert(
        VotingSystem::Fptp,
        LocalizedText::new(Some("Vote for up to {seats}".into()), Some("Pleidleisiwch dros hyd at {seats}".into())),
    );
    file
}

fn record(district: Option<&str>) -> AddressRecord {
    AddressRecord("1".into(), "1 Road".into(), None, district.map(str::to_owned))
}

#[test]
fn round_trips_and_checks_its_header() {
    let file = sample();
    let bytes = file.to_json();
    assert_eq!(ElectionsFile::from_json(&bytes).expect("reads"), file);
    let text = String::from_utf8(bytes).expect("utf-8");
    assert!(text.contains("\"how_to_mark\":{\"fptp\":"), "{text}");
    assert!(!text.contains("photo_id\""), "empty photo ID list left out");
    let wrong = text.replace("pollcard-elections", "pollcard-bundle");
    assert!(matches!(ElectionsFile::from_json(wrong.as_bytes()), Err(BundleError::WrongFormat { .. })));
    let newer = text.replacen("\"format_version\":1", "\"format_version\":2", 1);
    assert!(matches!(ElectionsFile::from_json(newer.as_bytes()), Err(BundleError::UnsupportedVersion { .. })));
}

#[test]
fn ballots_by_district_and_by_postcode() {
    let file = sample();
    let ids = |ballots: Vec<&Ballot>| ballots.into_iter().map(|b| b.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(file.ballots_for_district("AC")), ["local.x.south.2026-05-07"]);
    assert!(file.ballots_for_district("ZZ").is_empty());
    match file.ballots_for_addresses(&[record(Some("AA")), record(Some("AB"))]) {
        PostcodeBallots::Same(ballots) => assert_eq!(ids(ballots), ["local.x.north.2026-05-07"]),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        file.ballots_for_addresses(&[record(Some("AA")), record(Some("AC"))]),
        PostcodeBallots::DependsOnAddress
    );
    assert_eq!(file.ballots_for_addresses(&[record(None)]), PostcodeBallots::Same(Vec::new()));
}

#[test]
fn replacement_how_to_mark_and_groups() {
    let file = sample();
    let north = &file.ballots[0];
    assert_eq!(file.replacement(north).map(|b| b.poll_date()), Some("2026-06-18"));
    assert_eq!(file.how_to_mark(north, Language::Cy).as_deref(), Some("Pleidleisiwch dros hyd at 2"));
    assert_eq!(file.how_to_mark(&file.ballots[1], Language::En), None, "no STV text in this file");
    let groups: Vec<(String, usize)> = file.groups().into_iter().map(|(id, e)| (id, e.len())).collect();
    assert_eq!(groups, [("local.2026-05-07".to_owned(), 1), ("local.2026-06-18".to_owned(), 1)]);
}

/// Democracy Club's API sandbox answers (`../shared/fixtures`): every ballot id
/// there has the shape Pollcard checks, and every voting system is one it knows.
#[test]
fn democracy_club_sandbox_ballots_are_understood() {
    let dir =
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/democracyclub/api-sandbox");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("skipped: ../shared not present ({} not found)", dir.display());
        return;
    };
    let mut seen = 0;
    for entry in entries.flatten() {
        let bytes = std::fs::read(entry.path()).expect("readable");
        let answer: serde_json::Value = serde_json::from_slice(&bytes).expect("JSON");
        for ballot in answer["dates"].as_array().into_iter().flatten().flat_map(|d| d["ballots"].as_array()).flatten() {
            let id = ballot["ballot_paper_id"].as_str().expect("id");
            let parsed = ids::parse_ballot(id).unwrap_or_else(|e| panic!("{id}: {e}"));
            let slug = ballot["voting_system"]["slug"].as_str().expect("slug");
            assert!(VotingSystem::parse(slug, parsed.is_regional()).is_some(), "{slug}");
            seen += 1;
        }
    }
    assert!(seen > 0, "the sandbox has ballots");
}
