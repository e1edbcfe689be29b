//! Dates typed into GOV.UK date inputs: three boxes, day, month and year.
//!
//! The GOV.UK date input pattern checks each box and says which one is wrong, so the
//! page can highlight only that box: a missing part, a part that is not a number, a
//! year without 4 numbers, a date that does not exist (31 February), then rules about
//! the date itself (a date of birth in the future, or an age no one reaches). Months
//! may also be typed as names, in English or Welsh, as the pattern recommends.

use crate::timetable::Date;

/// One box of a date input.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DatePart {
    Day,
    Month,
    Year,
}

impl DatePart {
    /// The suffix of the box's id (`date-of-birth-day`), as the GOV.UK pattern names them.
    pub fn key(self) -> &'static str {
        match self {
            DatePart::Day => "day",
            DatePart::Month => "month",
            DatePart::Year => "year",
        }
    }
}

/// What is wrong with a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DateProblem {
    /// Nothing was entered.
    Empty,
    /// Some boxes are empty (the error's parts).
    MissingParts,
    /// Some boxes are not numbers (or, for the month, a month's name).
    NotANumber,
    /// The year does not have 4 numbers.
    YearNotFourDigits,
    /// The day, the month or both cannot exist (31 February, month 13).
    Impossible,
    /// A date of birth after today.
    InFuture,
    /// A date of birth more than [`OLDEST_AGE`] years ago.
    Unrealistic,
    /// A date that must be after today is not (the end of a period).
    NotAfterToday,
    /// A date later than the rules allow (a period longer than the maximum).
    BeyondMaximum,
}

/// An age no voter is taken to have (the oldest person recorded reached 122).
pub const OLDEST_AGE: u32 = 125;

/// Why a date input is not acceptable, with the boxes to highlight.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the date is not valid: {problem:?} in {parts:?}")]
pub struct DateInputError {
    pub problem: DateProblem,
    /// The boxes that are wrong, in page order; all three when the whole date is.
    pub parts: Vec<DatePart>,
}

impl DateInputError {
    fn new(problem: DateProblem, parts: Vec<DatePart>) -> DateInputError {
        DateInputError { problem, parts }
    }

    fn whole(problem: DateProblem) -> DateInputError {
        DateInputError::new(problem, vec![DatePart::Day, DatePart::Month, DatePart::Year])
    }

    /// The message key: for missing and non-numeric parts it names the parts
    /// (`absent-date-missing-day-month`), as GOV.UK's messages do.
    pub fn message_key(&self) -> &'static str {
        let has = |part| self.parts.contains(&part);
        let (day, month, year) = (has(DatePart::Day), has(DatePart::Month), has(DatePart::Year));
        match self.problem {
            DateProblem::Empty => "absent-date-empty",
            DateProblem::MissingParts => match (day, month, year) {
                (true, true, false) => "absent-date-missing-day-month",
                (true, false, true) => "absent-date-missing-day-year",
                (false, true, true) => "absent-date-missing-month-year",
                (true, false, false) => "absent-date-missing-day",
                (false, true, false) => "absent-date-missing-month",
                _ => "absent-date-missing-year",
            },
            DateProblem::NotANumber => match (day, month, year) {
                (true, false, false) => "absent-date-not-a-number-day",
                (false, true, false) => "absent-date-not-a-number-month",
                (false, false, true) => "absent-date-not-a-number-year",
                _ => "absent-date-not-a-number",
            },
            DateProblem::YearNotFourDigits => "absent-date-year-four-digits",
            DateProblem::Impossible => "absent-date-impossible",
            DateProblem::InFuture => "absent-date-of-birth-in-future",
            DateProblem::Unrealistic => "absent-date-of-birth-unrealistic",
            DateProblem::NotAfterToday => "absent-date-not-after-today",
            DateProblem::BeyondMaximum => "absent-date-beyond-maximum",
        }
    }
}

/// What was typed into the three boxes, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct DateInput {
    pub day: String,
    pub month: String,
    pub year: String,
}

impl DateInput {
    pub fn new(day: &str, month: &str, year: &str) -> DateInput {
        DateInput { day: day.to_owned(), month: month.to_owned(), year: year.to_owned() }
    }

    /// The boxes of `date`, as a page fills them in again.
    pub fn from_date(date: Date) -> DateInput {
        DateInput { day: date.day().to_string(), month: date.month().to_string(), year: date.year().to_string() }
    }

    /// Whether all three boxes are empty.
    pub fn is_empty(&self) -> bool {
        [&self.day, &self.month, &self.year].iter().all(|part| part.trim().is_empty())
    }

    /// The date, if the boxes make one that exists.
    pub fn to_date(&self) -> Result<Date, DateInputError> {
        let boxes = [
            (DatePart::Day, self.day.trim()),
            (DatePart::Month, self.month.trim()),
            (DatePart::Year, self.year.trim()),
        ];
        let missing: Vec<DatePart> = boxes.iter().filter(|(_, text)| text.is_empty()).map(|(part, _)| *part).collect();
        if missing.len() == 3 {
            return Err(DateInputError::whole(DateProblem::Empty));
        }
        if !missing.is_empty() {
            return Err(DateInputError::new(DateProblem::MissingParts, missing));
        }
        let day = number(boxes[0].1);
        let month = number(boxes[1].1).or_else(|| month_from_name(boxes[1].1));
        let year = number(boxes[2].1);
        let not_numbers: Vec<DatePart> = [(DatePart::Day, day), (DatePart::Month, month), (DatePart::Year, year)]
            .into_iter()
            .filter(|(_, value)| value.is_none())
            .map(|(part, _)| part)
            .collect();
        let (Some(day), Some(month), Some(year)) = (day, month, year) else {
            return Err(DateInputError::new(DateProblem::NotANumber, not_numbers));
        };
        if boxes[2].1.len() != 4 {
            return Err(DateInputError::new(DateProblem::YearNotFourDigits, vec![DatePart::Year]));
        }
        if year == 0 {
            return Err(DateInputError::new(DateProblem::Impossible, vec![DatePart::Year]));
        }
        let bad_month = !(1..=12).contains(&month);
        let bad_day = !(1..=31).contains(&day);
        if bad_month || bad_day {
            let parts = [(DatePart::Day, bad_day), (DatePart::Month, bad_month)];
            return Err(DateInputError::new(DateProblem::Impossible, flagged(&parts)));
        }
        let (Ok(year), Ok(month), Ok(day)) = (i32::try_from(year), u8::try_from(month), u8::try_from(day)) else {
            return Err(DateInputError::whole(DateProblem::Impossible));
        };
        // Day and month are each possible, so a date that does not exist is a day
        // beyond the month's end (31 April, 29 February in a common year).
        Date::new(year, month, day).ok_or_else(|| DateInputError::new(DateProblem::Impossible, vec![DatePart::Day]))
    }

    /// A date of birth: a real date, not after `today`, and not more than
    /// [`OLDEST_AGE`] years before it.
    pub fn date_of_birth(&self, today: Date) -> Result<Date, DateInputError> {
        let born = self.to_date()?;
        if born > today {
            return Err(DateInputError::whole(DateProblem::InFuture));
        }
        if super::age::age_on(born, today) > OLDEST_AGE {
            return Err(DateInputError::new(DateProblem::Unrealistic, vec![DatePart::Year]));
        }
        Ok(born)
    }

    /// A date after `today` and no later than `latest` (the end of a period).
    pub fn date_after(&self, today: Date, latest: Option<Date>) -> Result<Date, DateInputError> {
        let date = self.to_date()?;
        if date <= today {
            return Err(DateInputError::whole(DateProblem::NotAfterToday));
        }
        if latest.is_some_and(|latest| date > latest) {
            return Err(DateInputError::whole(DateProblem::BeyondMaximum));
        }
        Ok(date)
    }
}

fn flagged(parts: &[(DatePart, bool)]) -> Vec<DatePart> {
    parts.iter().filter(|(_, wrong)| *wrong).map(|(part, _)| *part).collect()
}

/// Digits only (at most 9, so the value fits), e.g. `07`.
fn number(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// English names and 3-letter abbreviations, and Welsh names.
fn month_from_name(text: &str) -> Option<u32> {
    const ENGLISH: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    const WELSH: [&str; 12] = [
        "ionawr",
        "chwefror",
        "mawrth",
        "ebrill",
        "mai",
        "mehefin",
        "gorffennaf",
        "awst",
        "medi",
        "hydref",
        "tachwedd",
        "rhagfyr",
    ];
    let text: String = text.trim_end_matches('.').chars().map(crate::letter_case::lowercase).collect();
    let index = ENGLISH
        .iter()
        .position(|name| *name == text || (text.len() == 3 && name.starts_with(&text)))
        .or_else(|| (text == "sept").then_some(8))
        .or_else(|| WELSH.iter().position(|name| *name == text))?;
    u32::try_from(index + 1).ok()
}
