//! Polls whose deadlines straddle holidays: Easter, the early May and spring bank
//! holidays, Christmas and New Year, and the 2022–2023 one-offs. Expected dates were
//! counted by hand on a calendar (the working days are listed in each comment).

use super::{dates, timetable};
use crate::timetable::Event::*;

/// notice, nominations, statement, registration, postal, proxy.
fn key_dates(election_type: &str, nation: &str, poll: &str) -> Vec<String> {
    let t = timetable(election_type, nation, poll);
    dates(
        &t,
        &[NoticeOfElection, CloseOfNominations, SopnPublication, Registration, PostalApplication, ProxyApplication],
    )
}

#[test]
fn christmas_and_new_year_england() {
    // Poll Thu 21 Jan 2027. Not working: 24, 25 Dec (Thu, Fri), 28 Dec (Boxing Day
    // substitute), 1 Jan. 12 working days back is 5 Jan; 19 is 21 Dec; 25 is 11 Dec.
    assert_eq!(
        key_dates("local", "england", "2027-01-21"),
        ["2026-12-11", "2026-12-21", "2026-12-22", "2027-01-05", "2027-01-06", "2027-01-13"]
    );
}

#[test]
fn christmas_and_new_year_scotland() {
    // Same poll in Scotland: 2 January (a Saturday) moves to Monday 4 January; 23
    // working days back is 14 Dec, 28 is 7 Dec.
    assert_eq!(
        key_dates("local", "scotland", "2027-01-21"),
        ["2026-12-07", "2026-12-14", "2026-12-15", "2027-01-05", "2027-01-06", "2027-01-13"]
    );
}

#[test]
fn early_may_and_spring_holidays() {
    // Poll Thu 4 June 2026: 25 May (spring) and 4 May (early May) are not working days.
    assert_eq!(
        key_dates("local", "england", "2026-06-04"),
        ["2026-04-28", "2026-05-07", "2026-05-08", "2026-05-18", "2026-05-19", "2026-05-27"]
    );
    assert_eq!(
        key_dates("local", "scotland", "2026-06-04"),
        ["2026-04-23", "2026-04-30", "2026-05-01", "2026-05-18", "2026-05-19", "2026-05-27"]
    );
}

#[test]
fn easter_england_and_the_scottish_easter_monday_rule() {
    // Poll Thu 16 April 2026; Good Friday 3 April, Easter Monday 6 April.
    assert_eq!(
        key_dates("local", "england", "2026-04-16"),
        ["2026-03-10", "2026-03-18", "2026-03-19", "2026-03-27", "2026-03-30", "2026-04-08"]
    );
    // In Scotland Easter Monday is a working day for registration and postal votes
    // (registration 30 March, not 27) but not for the notice, nominations and statement.
    assert_eq!(
        key_dates("local", "scotland", "2026-04-16"),
        ["2026-03-05", "2026-03-12", "2026-03-13", "2026-03-30", "2026-03-31", "2026-04-08"]
    );
}

#[test]
fn platinum_jubilee_2022() {
    // Poll Thu 30 June 2022: 2 and 3 June are holidays and 30 May, the usual spring
    // holiday, is a working day that year.
    assert_eq!(
        key_dates("local", "england", "2022-06-30"),
        ["2022-05-24", "2022-06-01", "2022-06-06", "2022-06-14", "2022-06-15", "2022-06-22"]
    );
}

#[test]
fn state_funeral_2022() {
    // Poll Thu 6 Oct 2022: Monday 19 September was a bank holiday everywhere.
    for nation in ["england", "wales"] {
        assert_eq!(
            key_dates("local", nation, "2022-10-06"),
            ["2022-08-31", "2022-09-08", "2022-09-09", "2022-09-20", "2022-09-21", "2022-09-28"]
        );
    }
}

#[test]
fn coronation_2023() {
    // England local 4 May 2023 (the coronation holiday came after it): registration
    // 17 April, postal 18 April, proxy and VAC 25 April, nominations 4 April (published).
    assert_eq!(
        key_dates("local", "england", "2023-05-04"),
        ["2023-03-27", "2023-04-04", "2023-04-05", "2023-04-17", "2023-04-18", "2023-04-25"]
    );
    // A by-election on Thu 18 May 2023 counts Monday 8 May (coronation) and 1 May.
    let t = timetable("local", "england", "2023-05-18");
    assert_eq!(
        dates(&t, &[Registration, PostalApplication, ProxyApplication]),
        ["2023-04-28", "2023-05-02", "2023-05-10"]
    );
}
