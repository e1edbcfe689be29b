//! The emergency proxy wizard's steps, and the polls of a bundle's elections file,
//! either side of the 5 pm deadlines.

use super::{at, date, england_local_2026};
use crate::absent_vote::emergency_steps::{check_when, decide, steps, EmergencyAnswers, Step, WhatHappened, WhenError};
use crate::absent_vote::polls::{election_deadlines, polls_to_come};
use crate::absent_vote::{Attester, EmergencyDecision, EmergencyGround, PollDeadlines, Way, WayStatus};
use crate::elections::{Ballot, Election, ElectionsFile, VotingSystem};
use crate::model::{LocalizedText, Nation};
use crate::timetable::{ElectionType, Event, LocalTimetable, Rules, TimetableRequest, WorkingDays, UK_NATIONS};

fn answers(what: EmergencyGround, day: Option<&str>, at_or_after: Option<bool>) -> EmergencyAnswers {
    let mut answers = EmergencyAnswers::default();
    answers.set_what(WhatHappened::Ground(what));
    if let Some(day) = day {
        answers.set_date(date(day));
    }
    answers.at_or_after_time = at_or_after;
    answers
}

#[test]
fn the_time_of_day_is_asked_only_on_the_deadline_day() {
    let poll = england_local_2026();
    let medical = EmergencyGround::MedicalEmergency;
    assert_eq!(steps(&poll, &EmergencyAnswers::default()), [Step::What]);
    assert_eq!(steps(&poll, &answers(medical, None, None)), [Step::What, Step::When]);
    assert_eq!(steps(&poll, &answers(medical, Some("2026-05-01"), None)), [Step::What, Step::When, Step::Outcome]);
    // 28 April 2026 is the proxy deadline's day (5 pm).
    assert_eq!(steps(&poll, &answers(medical, Some("2026-04-28"), None)), [Step::What, Step::When, Step::TimeOfDay]);
    assert_eq!(
        steps(&poll, &answers(medical, Some("2026-04-28"), Some(false))),
        [Step::What, Step::When, Step::TimeOfDay, Step::Outcome]
    );
    // ID sent away counts whenever it was: no day asked.
    assert_eq!(steps(&poll, &answers(EmergencyGround::IdSentAwayNotReturned, None, None)), [Step::What, Step::Outcome]);
    let mut other = EmergencyAnswers::default();
    other.set_what(WhatHappened::SomethingElse);
    assert_eq!(steps(&poll, &other), [Step::What, Step::Outcome]);
    assert_eq!(decide(&poll, &other, at("2026-05-01 10:00")), None);
    for step in Step::ALL {
        assert_eq!(Step::from_key(step.key()), Some(step));
    }
    assert_eq!(WhatHappened::choices().count(), EmergencyGround::ALL.len() + 1);
}

#[test]
fn either_side_of_5_pm_on_the_proxy_deadline_day() {
    let poll = england_local_2026();
    let medical = EmergencyGround::MedicalEmergency;
    let now = at("2026-04-30 10:00");
    let applies =
        EmergencyDecision::Applies { attester: Some(Attester::HealthProfessional), closes: at("2026-05-07 17:00") };
    let before = EmergencyDecision::HappenedBeforeDeadline { deadline: at("2026-04-28 17:00") };
    assert_eq!(decide(&poll, &answers(medical, Some("2026-04-28"), Some(true)), now), Some(applies));
    assert_eq!(decide(&poll, &answers(medical, Some("2026-04-28"), Some(false)), now), Some(before));
    assert_eq!(decide(&poll, &answers(medical, Some("2026-04-27"), None), now), Some(before));
    assert_eq!(decide(&poll, &answers(medical, Some("2026-04-29"), None), now), Some(applies));
    // Unanswered: no decision yet.
    assert_eq!(decide(&poll, &answers(medical, Some("2026-04-28"), None), now), None);
    // Asked at 4:59 pm on polling day it applies; at 5:00 pm it is too late.
    let today = answers(EmergencyGround::WorkOrService, Some("2026-05-07"), None);
    assert!(matches!(decide(&poll, &today, at("2026-05-07 16:59")), Some(EmergencyDecision::Applies { .. })));
    assert_eq!(
        decide(&poll, &today, at("2026-05-07 17:00")),
        Some(EmergencyDecision::TooLate { closed: at("2026-05-07 17:00") })
    );
    // Asked on the deadline day itself, before 5 pm: an ordinary proxy is still open.
    let early = answers(medical, Some("2026-04-28"), Some(false));
    assert_eq!(
        decide(&poll, &early, at("2026-04-28 16:59")),
        Some(EmergencyDecision::UseOrdinaryProxy { closes: at("2026-04-28 17:00") })
    );
}

#[test]
fn lost_id_is_timed_against_the_certificate_deadline() {
    let poll = england_local_2026();
    let lost = EmergencyGround::IdLostStolenOrDamaged;
    let now = at("2026-05-05 10:00");
    assert_eq!(steps(&poll, &answers(lost, Some("2026-04-28"), None)).last(), Some(&Step::TimeOfDay));
    assert!(matches!(
        decide(&poll, &answers(lost, Some("2026-04-28"), Some(true)), now),
        Some(EmergencyDecision::Applies { attester: None, .. })
    ));
    assert!(matches!(
        decide(&poll, &answers(lost, Some("2026-04-28"), Some(false)), now),
        Some(EmergencyDecision::HappenedBeforeDeadline { .. })
    ));
}

#[test]
fn a_changed_answer_clears_the_later_ones_and_a_future_day_is_refused() {
    let mut changed = answers(EmergencyGround::MedicalEmergency, Some("2026-04-28"), Some(true));
    changed.set_date(date("2026-04-29"));
    assert_eq!(changed.at_or_after_time, None);
    changed.set_what(WhatHappened::Ground(EmergencyGround::WorkOrService));
    assert_eq!(changed.date, None);
    assert_eq!(check_when(date("2026-05-02"), at("2026-05-01 23:59")), Err(WhenError::InFuture));
    assert_eq!(check_when(date("2026-05-01"), at("2026-05-01 00:00")), Ok(date("2026-05-01")));
    assert_eq!(WhenError::InFuture.message_key(), "absent-emergency-when-in-future");
}

/// An elections file as a bundle build writes it: England's council and PCC
/// elections of 7 May 2026 (combined: the same deadlines), with their timetables
/// and calendar from the engine.
fn bundle_file() -> ElectionsFile {
    let rules = Rules::builtin().expect("the built-in rules are valid");
    let election = |id: &str, election_type: ElectionType| {
        let request = TimetableRequest {
            poll_date: date("2026-05-07"),
            election_type,
            nation: Nation::England,
            by_election: false,
        };
        Election {
            id: id.to_owned(),
            name: LocalizedText::default(),
            election_type,
            nation: Nation::England,
            poll_date: "2026-05-07".to_owned(),
            photo_id_required: true,
            voting_age: 18,
            sopn_date: None,
            sopn_published: false,
            timetable: rules.timetable(&request, &LocalTimetable::default()).expect("a timetable"),
        }
    };
    let ballot = |id: &str, election_id: &str| Ballot {
        id: id.to_owned(),
        election_id: election_id.to_owned(),
        ward_id: None,
        name: LocalizedText::default(),
        voting_system: VotingSystem::Fptp,
        seats: 1,
        cancelled: None,
        candidates: Vec::new(),
        results: None,
    };
    let mut file = ElectionsFile::new();
    file.elections = vec![
        election("local.example.2026-05-07", ElectionType::Local),
        election("pcc.example.2026-05-07", ElectionType::Pcc),
    ];
    file.ballots = vec![
        ballot("local.example.north.2026-05-07", "local.example.2026-05-07"),
        ballot("pcc.example.2026-05-07", "pcc.example.2026-05-07"),
    ];
    let working = WorkingDays::new(&rules, &UK_NATIONS, 2026..=2026, &Default::default());
    file.non_working_days
        .insert(Nation::England.key().to_owned(), working.weekdays_off(date("2026-01-01"), date("2026-05-07")));
    file
}

#[test]
fn a_bundle_poll_has_the_engines_deadlines_and_counts_working_days() {
    let file = bundle_file();
    let polls = polls_to_come(&file, None, at("2026-04-14 10:00"));
    assert_eq!(polls.len(), 1, "combined elections are one poll");
    assert_eq!(polls[0].elections.len(), 2);
    let poll: &PollDeadlines = &polls[0].deadlines;
    assert_eq!(poll.at(Event::PostalApplication), Some(at("2026-04-21 17:00")));
    assert_eq!(poll.at(Event::ProxyApplication), Some(at("2026-04-28 17:00")));
    // 15, 16, 17, 20, 21 April: 5 working days after 14 April up to the postal deadline.
    assert_eq!(poll.working_days_until(date("2026-04-14"), date("2026-04-21")), 5);
    // Over Easter (3 and 6 April 2026 are holidays): from 1 April, 2, 7, 8, … 21.
    assert_eq!(poll.working_days_until(date("2026-04-01"), date("2026-04-21")), 12);
    let postal = |now: &str| {
        poll.ways_to_vote(at(now)).ways.into_iter().find(|way| way.way == Way::Postal).map(|way| way.status)
    };
    assert_eq!(postal("2026-04-21 16:59"), Some(WayStatus::Open { closes: at("2026-04-21 17:00") }));
    assert_eq!(postal("2026-04-21 17:00"), Some(WayStatus::Closed { closed: at("2026-04-21 17:00") }));
    assert!(election_deadlines(&file, &file.elections[0]).is_some());
}

#[test]
fn only_the_voters_polls_still_to_come() {
    let file = bundle_file();
    let mine = vec!["pcc.example.2026-05-07".to_owned()];
    let polls = polls_to_come(&file, Some(&mine), at("2026-05-07 21:59"));
    assert_eq!(polls.len(), 1);
    assert_eq!(polls[0].elections.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), ["pcc.example.2026-05-07"]);
    assert!(polls_to_come(&file, Some(&mine), at("2026-05-07 22:00")).is_empty(), "polls closed at 10 pm");
    assert!(polls_to_come(&file, Some(&["other".to_owned()]), at("2026-04-01 10:00")).is_empty());
    let mut cancelled = file.clone();
    for ballot in &mut cancelled.ballots {
        ballot.cancelled = Some(Default::default());
    }
    assert!(polls_to_come(&cancelled, None, at("2026-04-01 10:00")).is_empty());
}
