//! Ages: a voter's age on a date, the youngest age at which one may register, and
//! the voting age of each poll.
//!
//! The voting age is 16 at Scottish and Welsh devolved and local polls and 18
//! elsewhere; one may register younger (an "attainer"), so an application can come
//! from someone who cannot yet vote at the poll it is for. Someone born on
//! 29 February reaches a new age on 1 March in a common year (the rule in Scots law,
//! Age of Legal Capacity (Scotland) Act 1991 s.6, and the usual reading elsewhere).

use super::rules::is_devolved_scottish_or_welsh;
use crate::model::Nation;
use crate::timetable::{Date, ElectionType};

/// Full years from `born` to `on` (0 when `on` is before the first birthday or
/// before `born`).
pub fn age_on(born: Date, on: Date) -> u32 {
    if on <= born {
        return 0;
    }
    let years = on.year() - born.year();
    // The birthday this year: 29 February becomes 1 March when the year has none.
    let birthday_passed = match Date::new(on.year(), born.month(), born.day()) {
        Some(birthday) => on >= birthday,
        None => (on.month(), on.day()) >= (3, 1),
    };
    let age = if birthday_passed { years } else { years - 1 };
    u32::try_from(age).unwrap_or(0)
}

/// The youngest age at which one may register to vote in `nation`: 14 in Scotland
/// and Wales (who vote at 16 in their own polls), 16 in England and Northern
/// Ireland. Source: GOV.UK "Register to vote" (see `docs/absent-voting.md`).
pub fn minimum_registration_age(nation: Nation) -> u32 {
    match nation {
        Nation::Scotland | Nation::Wales => 14,
        _ => 16,
    }
}

/// The age a voter must have reached on polling day to vote at a poll of
/// `election_type` in `nation`: 16 at Scottish Parliament, Senedd and Scottish and
/// Welsh council and community council polls, 18 at every other.
pub fn voting_age(election_type: ElectionType, nation: Nation) -> u32 {
    if is_devolved_scottish_or_welsh(election_type, nation) {
        16
    } else {
        18
    }
}

/// Whether someone born on `born` may vote at a poll of `election_type` in `nation`
/// held on `poll_date` (a birthday on polling day counts).
pub fn old_enough_to_vote(born: Date, election_type: ElectionType, nation: Nation, poll_date: Date) -> bool {
    age_on(born, poll_date) >= voting_age(election_type, nation)
}
