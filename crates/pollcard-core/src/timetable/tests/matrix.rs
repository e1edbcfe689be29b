//! Every election type in every nation: which pairs exist, which events each has, and
//! that each timetable is in order.

use super::{at, kind, nation, rules, timetable};
use crate::timetable::{ElectionType, Event, TimetableError, TimetableRequest, UK_NATIONS};

/// The pairs held, and whether voters need photo ID, decided from domain facts:
/// Senedd only in Wales, the Scottish Parliament only in Scotland, the NI Assembly only
/// in Northern Ireland, PCCs in England and Wales, mayors and the GLA in England,
/// parish and community councils in England and Wales.
const HELD: [(&str, &str, bool); 17] = [
    ("uk-parliament", "england", true),
    ("uk-parliament", "wales", true),
    ("uk-parliament", "scotland", true),
    ("uk-parliament", "northern-ireland", true),
    ("local", "england", true),
    ("local", "wales", false),
    ("local", "scotland", false),
    ("local", "northern-ireland", true),
    ("scottish-parliament", "scotland", false),
    ("senedd", "wales", false),
    ("ni-assembly", "northern-ireland", true),
    ("pcc", "england", true),
    ("pcc", "wales", true),
    ("mayor", "england", true),
    ("gla", "england", true),
    ("parish", "england", true),
    ("parish", "wales", false),
];

#[test]
fn the_rules_hold_exactly_these_pairs() {
    let rules = rules();
    let mut got: Vec<(String, String, bool)> = rules
        .elections
        .iter()
        .map(|entry| (entry.election_type.key().to_owned(), entry.nation.key().to_owned(), entry.photo_id))
        .collect();
    let mut want: Vec<(String, String, bool)> =
        HELD.iter().map(|(kind, nation, id)| ((*kind).to_owned(), (*nation).to_owned(), *id)).collect();
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

#[test]
fn every_pair_has_every_event_in_order() {
    for (kind_key, nation_key, photo_id) in HELD {
        // A Thursday in each season: spring (with Easter), summer, winter.
        for poll in ["2026-05-07", "2027-07-01", "2028-12-07"] {
            let t = timetable(kind_key, nation_key, poll);
            let northern_ireland = nation_key == "northern-ireland";
            for event in Event::ALL {
                let expected = match event {
                    Event::Count => false,
                    Event::VacApplication => photo_id && !northern_ireland,
                    _ => true,
                };
                assert_eq!(t.contains_key(&event), expected, "{kind_key} {nation_key} {poll}: {event}");
            }
            let poll_open = at(&t, Event::PollOpen);
            assert_eq!(poll_open, format!("{poll} 07:00"));
            assert_eq!(at(&t, Event::PollClose), format!("{poll} 22:00"));
            assert_eq!(at(&t, Event::PostalReturn), format!("{poll} 22:00"));
            assert_eq!(at(&t, Event::EmergencyProxy), format!("{poll} 17:00"));
            let day = |event: Event| t.get(&event).map(|deadline| deadline.date).expect("event");
            assert!(day(Event::NoticeOfElection) < day(Event::CloseOfNominations), "{kind_key} {nation_key}");
            assert_eq!(day(Event::Withdrawal), day(Event::CloseOfNominations));
            assert!(day(Event::SopnPublication) >= day(Event::CloseOfNominations));
            assert!(day(Event::CloseOfNominations) < day(Event::Registration));
            if northern_ireland {
                // Postal and proxy applications close before registration does.
                assert!(day(Event::PostalApplication) < day(Event::Registration));
                assert_eq!(day(Event::PostalApplication), day(Event::ProxyApplication));
            } else {
                // The same day when a general election's postal deadline skips another
                // nation's holiday that registration does not (12 December 2019).
                assert!(day(Event::Registration) <= day(Event::PostalApplication));
                assert!(day(Event::PostalApplication) < day(Event::ProxyApplication));
            }
            assert!(day(Event::ReplacementPostalPackFrom) < day(Event::ReplacementPostalPackUntil));
            for deadline in t.values() {
                assert!(deadline.date.weekday() < crate::timetable::Weekday::Saturday, "{kind_key} {nation_key}");
            }
        }
    }
}

#[test]
fn nation_specific_rules() {
    // Northern Ireland: postal and proxy 14 working days before; GB: 11 and 6.
    let ni = timetable("local", "northern-ireland", "2027-07-01");
    assert_eq!(ni.get(&Event::PostalApplication), ni.get(&Event::ProxyApplication));
    let england = timetable("local", "england", "2027-07-01");
    assert_eq!(at(&england, Event::PostalApplication), "2027-06-16 17:00");
    assert_eq!(at(&england, Event::ProxyApplication), "2027-06-23 17:00");
    assert_eq!(at(&ni, Event::PostalApplication), "2027-06-11 17:00");
    // Scotland: nominations 23 working days before, not 19 (31 May is the spring holiday).
    let scotland = timetable("scottish-parliament", "scotland", "2027-07-01");
    assert_eq!(at(&scotland, Event::CloseOfNominations), "2027-05-28 16:00");
    assert_eq!(at(&timetable("senedd", "wales", "2027-07-01"), Event::CloseOfNominations), "2027-06-04 16:00");
}

#[test]
fn impossible_pairs_are_refused_with_a_reason() {
    let rules = rules();
    let mut refused = 0;
    for election_type in ElectionType::ALL {
        for nation in UK_NATIONS {
            let held = HELD.iter().any(|(kind_key, nation_key, _)| {
                kind(kind_key) == election_type && super::nation(nation_key) == nation
            });
            let request =
                TimetableRequest { poll_date: super::date("2026-05-07"), election_type, nation, by_election: false };
            match rules.timetable(&request, &Default::default()) {
                Ok(_) => assert!(held, "{election_type} {nation:?}"),
                Err(error) => {
                    assert!(!held, "{election_type} {nation:?}: {error}");
                    assert!(matches!(error, TimetableError::NotHeld { .. }));
                    refused += 1;
                }
            }
        }
    }
    assert_eq!(refused, 36 - HELD.len());
    let error = rules.election(kind("senedd"), nation("scotland")).expect_err("no Senedd in Scotland");
    assert_eq!(error.to_string(), "there are no senedd elections in scotland: the Senedd is elected in Wales only");
}

#[test]
fn a_uk_by_election_counts_only_its_own_nation() {
    // 12 Dec 2019 in England: a general election skips Scotland's 2 December; a
    // by-election on the same day does not, so its postal deadline is a day later.
    let rules = rules();
    let request = |by_election| TimetableRequest {
        poll_date: super::date("2019-12-12"),
        election_type: kind("uk-parliament"),
        nation: nation("england"),
        by_election,
    };
    let general = rules.timetable(&request(false), &Default::default()).expect("timetable");
    let by_election = rules.timetable(&request(true), &Default::default()).expect("timetable");
    assert_eq!(at(&general, Event::PostalApplication), "2019-11-26 17:00");
    assert_eq!(at(&by_election, Event::PostalApplication), "2019-11-27 17:00");
    assert_eq!(at(&general, Event::Registration), at(&by_election, Event::Registration));
}

#[test]
fn every_rule_names_its_source() {
    let rules = rules();
    for holiday in &rules.holidays {
        assert!(!holiday.source.trim().is_empty(), "{}", holiday.name);
    }
    for day in &rules.one_offs.add {
        assert!(day.source.as_deref().is_some_and(|source| !source.trim().is_empty()), "{}", day.date);
    }
    for election in &rules.elections {
        assert!(!election.source.trim().is_empty());
        for (event, rule) in rules.event_rules(election) {
            assert!(
                rule.source.as_deref().is_some_and(|source| source.len() > 20),
                "{event} of {}",
                election.election_type
            );
        }
    }
}
