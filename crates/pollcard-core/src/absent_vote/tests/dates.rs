//! Date inputs part by part, and ages on the boundary.

use super::date;
use crate::absent_vote::date_input::OLDEST_AGE;
use crate::absent_vote::{age_on, minimum_registration_age, old_enough_to_vote, voting_age};
use crate::absent_vote::{DateInput, DatePart, DateProblem};
use crate::model::Nation;
use crate::timetable::ElectionType;

fn problem(day: &str, month: &str, year: &str) -> (DateProblem, Vec<DatePart>) {
    let error = DateInput::new(day, month, year).to_date().expect_err("an invalid date");
    (error.problem, error.parts)
}

#[test]
fn real_dates_are_read_with_tolerance() {
    assert_eq!(DateInput::new("7", "5", "2026").to_date(), Ok(date("2026-05-07")));
    assert_eq!(DateInput::new(" 07 ", "05", "2026").to_date(), Ok(date("2026-05-07")));
    assert_eq!(DateInput::new("29", "2", "2024").to_date(), Ok(date("2024-02-29")));
    for month in ["February", "feb", "Feb.", "FEB", "Chwefror"] {
        assert_eq!(DateInput::new("1", month, "2000").to_date(), Ok(date("2000-02-01")), "{month}");
    }
    assert_eq!(DateInput::new("1", "Sept", "2000").to_date(), Ok(date("2000-09-01")));
    assert_eq!(DateInput::new("1", "mai", "2000").to_date(), Ok(date("2000-05-01")), "Welsh for May");
    assert_eq!(DateInput::from_date(date("1990-12-31")), DateInput::new("31", "12", "1990"));
}

#[test]
fn missing_parts_are_named() {
    assert_eq!(problem("", " ", ""), (DateProblem::Empty, vec![DatePart::Day, DatePart::Month, DatePart::Year]));
    assert_eq!(problem("", "5", "2000"), (DateProblem::MissingParts, vec![DatePart::Day]));
    assert_eq!(problem("7", "", "2000"), (DateProblem::MissingParts, vec![DatePart::Month]));
    assert_eq!(problem("7", "5", ""), (DateProblem::MissingParts, vec![DatePart::Year]));
    assert_eq!(problem("", "", "2000"), (DateProblem::MissingParts, vec![DatePart::Day, DatePart::Month]));
    let error = DateInput::new("", "", "2000").to_date().expect_err("missing");
    assert_eq!(error.message_key(), "absent-date-missing-day-month");
    let error = DateInput::new("3", "", "").to_date().expect_err("missing");
    assert_eq!(error.message_key(), "absent-date-missing-month-year");
}

#[test]
fn parts_that_are_not_numbers_are_named() {
    assert_eq!(problem("seven", "5", "2000"), (DateProblem::NotANumber, vec![DatePart::Day]));
    assert_eq!(problem("7", "Maytime", "2000"), (DateProblem::NotANumber, vec![DatePart::Month]));
    assert_eq!(problem("7", "5", "20o0"), (DateProblem::NotANumber, vec![DatePart::Year]));
    assert_eq!(problem("-1", "5", "2000"), (DateProblem::NotANumber, vec![DatePart::Day]));
    assert_eq!(problem("1.5", "x", "2000"), (DateProblem::NotANumber, vec![DatePart::Day, DatePart::Month]));
    let error = DateInput::new("7", "5", "2k").to_date().expect_err("not a number");
    assert_eq!(error.message_key(), "absent-date-not-a-number-year");
}

#[test]
fn years_need_four_numbers() {
    assert_eq!(problem("7", "5", "86"), (DateProblem::YearNotFourDigits, vec![DatePart::Year]));
    assert_eq!(problem("7", "5", "19860"), (DateProblem::YearNotFourDigits, vec![DatePart::Year]));
}

#[test]
fn impossible_dates_name_the_wrong_part() {
    assert_eq!(problem("31", "2", "2000"), (DateProblem::Impossible, vec![DatePart::Day]));
    assert_eq!(problem("29", "2", "2023"), (DateProblem::Impossible, vec![DatePart::Day]), "not a leap year");
    assert_eq!(problem("29", "2", "1900"), (DateProblem::Impossible, vec![DatePart::Day]), "1900 was not leap");
    assert_eq!(problem("31", "4", "2000"), (DateProblem::Impossible, vec![DatePart::Day]));
    assert_eq!(problem("12", "13", "2000"), (DateProblem::Impossible, vec![DatePart::Month]));
    assert_eq!(problem("0", "5", "2000"), (DateProblem::Impossible, vec![DatePart::Day]));
    assert_eq!(problem("32", "0", "2000"), (DateProblem::Impossible, vec![DatePart::Day, DatePart::Month]));
    assert_eq!(problem("1", "1", "0000"), (DateProblem::Impossible, vec![DatePart::Year]), "there was no year 0");
}

#[test]
fn dates_of_birth_are_in_the_past_and_realistic() {
    let today = date("2026-05-07");
    assert_eq!(DateInput::new("7", "5", "2026").date_of_birth(today), Ok(today), "born today is not in the future");
    let error = DateInput::new("8", "5", "2026").date_of_birth(today).expect_err("tomorrow");
    assert_eq!(error.problem, DateProblem::InFuture);
    assert_eq!(error.message_key(), "absent-date-of-birth-in-future");
    let oldest = DateInput::new("7", "5", &(2026 - OLDEST_AGE).to_string());
    assert!(oldest.date_of_birth(today).is_ok(), "exactly the oldest age");
    let too_old = DateInput::new("6", "5", &(2026 - OLDEST_AGE - 1).to_string()).date_of_birth(today);
    assert_eq!(too_old.expect_err("too old").parts, vec![DatePart::Year]);
}

#[test]
fn ages_count_whole_years_with_the_birthday_on_the_day() {
    let born = date("2008-05-07");
    assert_eq!(age_on(born, date("2026-05-06")), 17);
    assert_eq!(age_on(born, date("2026-05-07")), 18, "birthday on polling day");
    assert_eq!(age_on(born, date("2027-05-06")), 18);
    assert_eq!(age_on(born, date("2008-05-07")), 0);
    assert_eq!(age_on(born, date("2000-01-01")), 0, "before birth");
    // Born on 29 February: the birthday is 1 March in a common year.
    let leap = date("2008-02-29");
    assert_eq!(age_on(leap, date("2026-02-28")), 17);
    assert_eq!(age_on(leap, date("2026-03-01")), 18);
    assert_eq!(age_on(leap, date("2028-02-29")), 20);
    assert_eq!(age_on(leap, date("2028-02-28")), 19);
}

#[test]
fn voting_age_is_16_at_scottish_and_welsh_devolved_and_local_polls_only() {
    let sixteen = [
        (ElectionType::ScottishParliament, Nation::Scotland),
        (ElectionType::Local, Nation::Scotland),
        (ElectionType::Senedd, Nation::Wales),
        (ElectionType::Local, Nation::Wales),
        (ElectionType::Parish, Nation::Wales),
    ];
    let eighteen = [
        (ElectionType::UkParliament, Nation::Scotland),
        (ElectionType::UkParliament, Nation::Wales),
        (ElectionType::UkParliament, Nation::England),
        (ElectionType::Local, Nation::England),
        (ElectionType::Local, Nation::NorthernIreland),
        (ElectionType::NiAssembly, Nation::NorthernIreland),
        (ElectionType::Pcc, Nation::Wales),
        (ElectionType::Parish, Nation::England),
        (ElectionType::Gla, Nation::England),
    ];
    for (kind, nation) in sixteen {
        assert_eq!(voting_age(kind, nation), 16, "{kind} in {}", nation.key());
    }
    for (kind, nation) in eighteen {
        assert_eq!(voting_age(kind, nation), 18, "{kind} in {}", nation.key());
    }
}

#[test]
fn old_enough_on_polling_day_counts_a_birthday_that_day() {
    let poll = date("2026-05-07");
    let uk = (ElectionType::UkParliament, Nation::Wales);
    let senedd = (ElectionType::Senedd, Nation::Wales);
    assert!(old_enough_to_vote(date("2008-05-07"), uk.0, uk.1, poll), "18 on polling day");
    assert!(!old_enough_to_vote(date("2008-05-08"), uk.0, uk.1, poll), "18 the day after");
    assert!(old_enough_to_vote(date("2010-05-07"), senedd.0, senedd.1, poll), "16 on polling day");
    assert!(!old_enough_to_vote(date("2010-05-08"), senedd.0, senedd.1, poll));
    assert!(!old_enough_to_vote(date("2010-05-07"), uk.0, uk.1, poll), "16 is too young for Westminster");
}

#[test]
fn registration_ages_per_nation() {
    assert_eq!(minimum_registration_age(Nation::Scotland), 14);
    assert_eq!(minimum_registration_age(Nation::Wales), 14);
    assert_eq!(minimum_registration_age(Nation::England), 16);
    assert_eq!(minimum_registration_age(Nation::NorthernIreland), 16);
}
