//! Which ways are open either side of each deadline, and what is left afterwards.

use super::{at, date, deadlines, england_local_2026};
use crate::absent_vote::deadlines::{StillPossible, Way, WayStatus};
use crate::absent_vote::PollDeadlines;
use crate::model::Nation;
use crate::timetable::ElectionType;

fn status(poll: &PollDeadlines, way: Way, now: &str) -> WayStatus {
    let ways = poll.ways_to_vote(at(now));
    ways.ways.iter().find(|entry| entry.way == way).unwrap_or_else(|| panic!("{way:?} is listed")).status
}

#[test]
fn postal_deadline_is_5_pm_on_21_april_2026() {
    let poll = england_local_2026();
    assert_eq!(status(&poll, Way::Postal, "2026-04-21 16:59"), WayStatus::Open { closes: at("2026-04-21 17:00") });
    assert_eq!(status(&poll, Way::Postal, "2026-04-21 17:00"), WayStatus::Closed { closed: at("2026-04-21 17:00") });
    assert_eq!(status(&poll, Way::Postal, "2026-04-21 17:01"), WayStatus::Closed { closed: at("2026-04-21 17:00") });
    assert_eq!(
        status(&poll, Way::ChangeAbsentVote, "2026-04-21 16:59"),
        WayStatus::Open { closes: at("2026-04-21 17:00") }
    );
}

#[test]
fn proxy_and_certificate_deadlines_are_5_pm_on_28_april_2026() {
    let poll = england_local_2026();
    for way in [Way::Proxy, Way::VoterAuthorityCertificate] {
        assert!(status(&poll, way, "2026-04-28 16:59").is_open(), "{way:?}");
        assert_eq!(status(&poll, way, "2026-04-28 17:00"), WayStatus::Closed { closed: at("2026-04-28 17:00") });
    }
    assert_eq!(
        status(&poll, Way::EmergencyProxy, "2026-04-28 16:59"),
        WayStatus::NotYetOpen { opens: at("2026-04-28 17:00"), closes: at("2026-05-07 17:00") }
    );
    assert!(status(&poll, Way::EmergencyProxy, "2026-04-28 17:00").is_open());
    assert!(status(&poll, Way::EmergencyProxy, "2026-05-07 16:59").is_open());
    assert!(!status(&poll, Way::EmergencyProxy, "2026-05-07 17:00").is_open());
}

#[test]
fn polling_stations_and_postal_returns_on_polling_day() {
    let poll = england_local_2026();
    assert_eq!(
        status(&poll, Way::InPerson, "2026-05-07 06:59"),
        WayStatus::NotYetOpen { opens: at("2026-05-07 07:00"), closes: at("2026-05-07 22:00") }
    );
    assert!(status(&poll, Way::InPerson, "2026-05-07 07:00").is_open());
    assert!(status(&poll, Way::InPerson, "2026-05-07 21:59").is_open());
    assert!(!status(&poll, Way::InPerson, "2026-05-07 22:00").is_open());
    assert!(status(&poll, Way::ReturnPostalVote, "2026-05-07 21:59").is_open());
    assert!(!status(&poll, Way::ReturnPostalVote, "2026-05-07 22:00").is_open());
}

#[test]
fn replacement_packs_from_4_working_days_before() {
    // 7 May 2026 counts back over the 4 May bank holiday: 6, 5, 1 May, 30 April.
    let poll = england_local_2026();
    let window = WayStatus::NotYetOpen { opens: at("2026-04-30 00:00"), closes: at("2026-05-07 17:00") };
    assert_eq!(status(&poll, Way::ReplacementPostalPack, "2026-04-29 23:59"), window);
    assert!(status(&poll, Way::ReplacementPostalPack, "2026-04-30 00:00").is_open());
    assert!(!status(&poll, Way::ReplacementPostalPack, "2026-05-07 17:00").is_open());
}

#[test]
fn working_days_from_today() {
    let poll = england_local_2026();
    // 10, 13, 14, 15, 16, 17, 20, 21 April.
    assert_eq!(poll.working_days_until(date("2026-04-09"), date("2026-04-21")), 8);
    assert_eq!(poll.working_days_until(date("2026-04-21"), date("2026-04-21")), 0);
    assert_eq!(poll.working_days_until(date("2026-04-22"), date("2026-04-21")), 0);
    // Good Friday 3 and Easter Monday 6 April do not count.
    assert_eq!(poll.working_days_until(date("2026-04-02"), date("2026-04-07")), 1);
}

#[test]
fn nothing_is_listed_as_still_possible_before_a_deadline_passes() {
    let poll = england_local_2026();
    assert!(poll.still_possible(at("2026-04-21 16:59")).is_empty());
    assert!(poll.still_possible(at("2026-05-07 22:00")).is_empty(), "the poll has closed");
}

#[test]
fn after_the_postal_deadline_a_proxy_and_then_an_emergency_proxy() {
    let poll = england_local_2026();
    let in_person = StillPossible::VoteInPerson { opens: at("2026-05-07 07:00"), closes: at("2026-05-07 22:00") };
    let hand_in = StillPossible::HandInPostalVote { opens: at("2026-05-07 07:00"), closes: at("2026-05-07 22:00") };
    let replacement =
        StillPossible::ReplacementPostalPack { from: at("2026-04-30 00:00"), until: at("2026-05-07 17:00") };
    assert_eq!(
        poll.still_possible(at("2026-04-21 17:00")),
        vec![StillPossible::ApplyForProxy { closes: at("2026-04-28 17:00") }, replacement, hand_in, in_person]
    );
    assert_eq!(
        poll.still_possible(at("2026-04-28 17:00")),
        vec![
            StillPossible::EmergencyProxyIfGrounds { closes: at("2026-05-07 17:00") },
            replacement,
            hand_in,
            in_person
        ]
    );
    assert_eq!(poll.still_possible(at("2026-05-07 17:00")), vec![hand_in, in_person]);
    assert_eq!(poll.ways_to_vote(at("2026-05-07 17:00")).still_possible, vec![hand_in, in_person]);
}

#[test]
fn northern_ireland_closes_postal_and_proxy_together_14_working_days_before() {
    // 6 May 2027: back over the 3 May bank holiday, 14 working days is 15 April.
    let poll = deadlines(ElectionType::Local, Nation::NorthernIreland, "2027-05-06");
    for way in [Way::Postal, Way::Proxy] {
        assert!(status(&poll, way, "2027-04-15 16:59").is_open(), "{way:?}");
        assert_eq!(status(&poll, way, "2027-04-15 17:00"), WayStatus::Closed { closed: at("2027-04-15 17:00") });
    }
    let ways = poll.ways_to_vote(at("2027-04-01 12:00"));
    assert!(ways.ways.iter().all(|entry| entry.way != Way::VoterAuthorityCertificate), "no VAC in NI");
    let after = poll.still_possible(at("2027-04-15 17:00"));
    assert!(matches!(after[0], StillPossible::EmergencyProxyIfGrounds { .. }), "{after:?}");
    assert!(after.iter().all(|entry| !matches!(entry, StillPossible::HandInPostalVote { .. })), "not in NI");
}

#[test]
fn polls_without_photo_id_offer_no_certificate() {
    let poll = deadlines(ElectionType::Senedd, Nation::Wales, "2026-05-07");
    assert!(!poll.photo_id);
    let ways = poll.ways_to_vote(at("2026-04-01 12:00"));
    assert!(ways.ways.iter().all(|entry| entry.way != Way::VoterAuthorityCertificate));
    assert!(ways.ways.iter().any(|entry| entry.way == Way::Postal && entry.status.is_open()));
}
