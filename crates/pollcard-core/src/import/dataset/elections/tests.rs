use crate::elections::{CandidateStatus, ElectionType, ElectionsFile, VotingSystem};
use crate::import::test_support::{build, problems, ImportOutcome, COUNCIL};

const ADDRESSES: &str = "uprn,address,postcode,station_id,district\n\
                         1,1 Sea View,AA1 1AA,,AD1\n2,1 Mill Lane,AA1 1AB,,AD2\n3,1 New Road,AA1 1AD,,AD3\n";
const WARDS: &str = "polling_district,ward_id,ward_name\nAD1,W1,North Ward\nAD2,W1,North Ward\nAD3,W2,South\n";

const BALLOTS: &str = "\
ballot_id,ballot_name,ward_id,voting_system,seats,election_name,sopn_date,sopn_published,cancelled_reason,replaced_by
local.test-council.north-ward.2026-05-07,North Ward,,fptp,2,Test Council election,2026-04-09,yes,,
local.test-council.south.2026-05-07,South,W2,FPTP,1,Test Council election,2026-04-09,yes,Death of a candidate,local.test-council.south.2026-06-18
local.test-council.south.2026-06-18,South,W2,fptp,1,Test Council poll,,no,,
local.Test.north.2026-05-07,North,,fptp,1,,,,,
local.test-council.east.2026-05-07,East,,fptp,none,,,,,
local.test-council.north-ward.2026-05-07,North again,,fptp,2,,,,,
nia.test-council.2026-05-07,Assembly,,fptp,1,,,,,
local.test-council.west.2026-05-07,West,W9,stv,1,,,,,
";

const CANDIDATES: &str = "\
ballot_id,name,status,party,votes
local.test-council.north-ward.2026-05-07,Siân Owen,elected,Plaid Ffug,900
local.test-council.north-ward.2026-05-07,Alun Evans,not_elected,,400
local.test-council.north-ward.2026-05-07,Zoe Ab,withdrawn,,
local.test-council.south.2026-06-18,Dai Jones,nominated,,
local.test-council.nowhere.2026-05-07,Ann Lost,standing,,
local.test-council.north-ward.2026-05-07,siân owen,elected,,
local.test-council.north-ward.2026-05-07,Bad Status,won,,
nia.test-council.2026-05-07,Sen Ator,standing,,
";

fn outcome(files: &[(&str, &str)]) -> ImportOutcome {
    let mut all = vec![("council.toml", COUNCIL), ("addresses.csv", ADDRESSES), ("wards.csv", WARDS)];
    all.extend_from_slice(files);
    build(&all)
}

fn elections(outcome: &ImportOutcome) -> ElectionsFile {
    outcome.bundle.as_ref().expect("builds").elections.clone().expect("elections")
}

fn in_file(outcome: &ImportOutcome, path: &str) -> Vec<(&'static str, Option<u64>)> {
    problems(outcome).into_iter().filter(|p| p.1 == path).map(|p| (p.0, p.2)).collect()
}

#[test]
fn ballots_and_candidates_with_every_malformed_row_reported() {
    let outcome = outcome(&[("ballots.csv", BALLOTS), ("candidates.csv", CANDIDATES)]);
    assert_eq!(
        in_file(&outcome, "ballots.csv"),
        [
            ("invalid_election_id", Some(5)),
            ("invalid_election_value", Some(6)),
            ("duplicate_ballot", Some(7)),
            ("election_not_held", Some(8)),
            ("election_not_held", Some(8)),
            ("ballot_without_districts", Some(9)),
        ]
    );
    assert_eq!(
        in_file(&outcome, "candidates.csv"),
        [
            ("candidate_before_statement", Some(5)),
            ("candidate_unknown_ballot", Some(6)),
            ("duplicate_candidate", Some(7)),
            ("invalid_election_value", Some(8)),
            ("election_not_held", Some(9)),
        ]
    );
    let files = outcome.report.files();
    assert_eq!((files[3].records_read(), files[3].imported(), files[3].dropped()), (8, 4, 4));
    assert_eq!((files[4].records_read(), files[4].imported(), files[4].dropped(), files[4].repaired()), (8, 4, 4, 1));

    let file = elections(&outcome);
    let ids: Vec<&str> = file.elections.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["local.test-council.2026-05-07", "local.test-council.2026-06-18"]);
    let may = &file.elections[0];
    assert_eq!((may.election_type, may.voting_age, may.photo_id_required), (ElectionType::Local, 16, false));
    assert!(may.sopn_published);
    assert_eq!(file.elections[1].name.en.as_deref(), Some("Test Council poll"));

    let north = file.ballot("local.test-council.north-ward.2026-05-07").expect("north");
    assert_eq!((north.seats, north.candidates.len()), (2, 3));
    let south = file.ballot("local.test-council.south.2026-05-07").expect("south");
    assert_eq!(file.replacement(south).map(|b| b.id.as_str()), Some("local.test-council.south.2026-06-18"));
    let rerun = file.replacement(south).expect("rerun");
    assert_eq!(rerun.candidates[0].status, CandidateStatus::Standing, "repaired: no statement yet");

    // North by the division slug of the ward's name, South by ward_id; West's ward has no district.
    assert_eq!(file.districts["AD1"], ["local.test-council.north-ward.2026-05-07"]);
    assert_eq!(file.districts["AD3"], ["local.test-council.south.2026-05-07", "local.test-council.south.2026-06-18"]);
    assert_eq!(file.how_to_mark.keys().copied().collect::<Vec<_>>(), [VotingSystem::Fptp, VotingSystem::Stv]);
    assert!(file.photo_id.is_empty(), "no photo ID at Welsh local elections");
}

#[test]
fn democracy_club_export() {
    let export = "\
person_id,person_name,election_id,ballot_paper_id,party_name,post_id,post_label,seats_contested,candidates_locked,elected,votes_cast,sopn_name,cancelled_poll,party_list_position
101,Anna van der Berg,local.test-council.2026-05-07,local.test-council.north-ward.2026-05-07,Plaid Ffug,W1,North Ward,2,True,True,,\"VAN DER BERG, Anna\",False,
102,Bryn Hughes,local.test-council.2026-05-07,local.test-council.north-ward.2026-05-07,,W1,North Ward,2,True,True,,,False,
103,Cai Price,local.test-council.2026-05-07,local.test-council.south.2026-05-07,,W2,South,1,False,,,,False,
104,Dee Cee,local.test-council.2026-05-07,local.test-council.south.2026-05-07,,W2,South,1,maybe,,,,False,
105,Eve Nobody,local.test-council.2026-05-07,,,W2,South,1,False,,,,False,
";
    let outcome = outcome(&[("dc.csv", export)]);
    let file_report = &outcome.report.files()[3];
    assert_eq!(file_report.format, "democracy-club-candidates");
    assert_eq!(in_file(&outcome, "dc.csv"), [("invalid_election_value", Some(5)), ("blank_field", Some(6))]);
    assert_eq!((file_report.imported(), file_report.dropped()), (3, 2));
    let file = elections(&outcome);
    let north = file.ballot("local.test-council.north-ward.2026-05-07").expect("north");
    assert_eq!(north.name.en.as_deref(), Some("North Ward"));
    let statuses: Vec<_> = north.candidates.iter().map(|c| c.status).collect();
    assert_eq!(statuses, [CandidateStatus::ElectedUnopposed, CandidateStatus::ElectedUnopposed]);
    assert_eq!(north.candidates[0].surname(), "van der Berg");
    assert_eq!(north.candidates[0].person_id.as_deref(), Some("101"));
    let south = file.ballot("local.test-council.south.2026-05-07").expect("south");
    assert_eq!(south.candidates[0].status, CandidateStatus::Standing);
    assert_eq!(file.districts["AD2"], ["local.test-council.north-ward.2026-05-07"]);
    assert!(file.elections[0].sopn_published, "a locked ballot means the statement is out");
}

#[test]
fn no_election_files_no_member() {
    let outcome = outcome(&[]);
    assert!(outcome.bundle.expect("builds").elections.is_none());
}

#[test]
fn a_ballot_row_names_the_election_even_after_an_exported_ballot() {
    // The export's ballot sorts first by id, but the ballots file names the election.
    let ballots = "ballot_id,ballot_name,voting_system,seats,election_name,sopn_published\n\
                   local.test-council.south.2026-05-07,South,fptp,1,Test Council election,yes\n";
    let export =
        "person_name,ballot_paper_id,candidates_locked\nAnn Evans,local.test-council.north-ward.2026-05-07,True\n";
    let outcome = outcome(&[("ballots.csv", ballots), ("dc.csv", export)]);
    assert!(problems(&outcome).iter().all(|p| p.0 != "election_details_differ"), "{:?}", problems(&outcome));
    let file = elections(&outcome);
    assert_eq!(file.elections[0].name.en.as_deref(), Some("Test Council election"));
    assert_eq!(file.ballots[0].candidates[0].status, CandidateStatus::Nominated);
}

#[test]
fn elections_carry_their_timetable_and_the_calendar_with_the_councils_adjustments() {
    use crate::timetable::{Date, Event, LocalTimetable, Rules, TimetableRequest};
    let ballots = "ballot_id,ballot_name,voting_system,seats\n\
                   local.test-council.north-ward.2026-05-07,North,fptp,1\n\
                   local.test-council.south.2026-06-18,South,fptp,1\n";
    let adjustments = r#"{"format": "pollcard-timetable/1",
  "add_days": [{"date": "2026-04-20", "name": "Day of mourning", "nations": ["wales"]}],
  "overrides": [{"type": "local", "poll_date": "2026-06-18", "event": "sopn_publication",
                 "rule": {"date": "2026-05-21", "time": "18:00"}}]}"#;
    let outcome = outcome(&[("ballots.csv", ballots), ("timetable.json", adjustments)]);
    let file = elections(&outcome);
    let bundle = outcome.bundle.as_ref().expect("builds");
    let local: &LocalTimetable = bundle.timetable.as_ref().expect("timetable member");
    let rules = Rules::builtin().expect("rules");
    for election in &file.elections {
        let request = TimetableRequest {
            poll_date: election.poll_date.parse().expect("date"),
            election_type: ElectionType::Local,
            nation: crate::model::Nation::Wales,
            by_election: false,
        };
        assert_eq!(election.timetable, rules.timetable(&request, local).expect("timetable"), "{}", election.id);
    }
    let june = &file.elections[1].timetable;
    assert_eq!(june[&Event::SopnPublication].date.to_string(), "2026-05-21", "the override applies");
    assert!(!june.contains_key(&Event::VacApplication), "no photo ID at Welsh local elections");
    // Registration for 7 May 2026 is 12 working days before: the added day pushes it back.
    assert_eq!(file.elections[0].timetable[&Event::Registration].date.to_string(), "2026-04-17");

    let days: Vec<String> = file.non_working_days["wales"].iter().map(Date::to_string).collect();
    assert_eq!(
        days,
        ["2026-01-01", "2026-04-03", "2026-04-06", "2026-04-20", "2026-05-04", "2026-05-25"],
        "New Year, Good Friday, Easter Monday, the added day, early May and spring bank holidays"
    );
    assert_eq!(file.non_working_days.len(), 1);
    let wales = crate::model::Nation::Wales;
    let left = file.working_days_left(wales, "2026-04-17".parse().expect("d"), "2026-04-21".parse().expect("d"));
    assert_eq!(left, Some(2), "Friday 17th and Tuesday 21st; Monday 20th is the added day");
}
