//! A civil date and a time of day: all a UK election timetable needs.
//!
//! Deadlines are days in the Europe/London calendar with a local time of day, so
//! neither a time-zone database nor a date crate is needed (the wasm stays small).
//! Days are counted from 1970-01-01 with the proleptic Gregorian calendar, by the
//! same conversion the release manifests' timestamps use.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::release::time::{civil_from_days, days_from_civil, days_in_month as release_days_in_month};

/// Why a date or time could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{input:?} is not a valid {what} (expected {expected})")]
pub struct ParseError {
    pub input: String,
    pub what: &'static str,
    pub expected: &'static str,
}

/// A day of the week.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    /// Saturday or Sunday.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Saturday | Weekday::Sunday)
    }
}

/// A calendar date (proleptic Gregorian), ordered by time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date, if it exists (years 1 to 9999).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        days_from_civil(i64::from(self.year), i64::from(self.month), i64::from(self.day))
    }

    /// The date `days` days after 1970-01-01, if it is within years 1 to 9999.
    pub fn from_days_since_epoch(days: i64) -> Option<Date> {
        let (year, month, day) = civil_from_days(days);
        Date::new(i32::try_from(year).ok()?, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
    }

    /// The date `days` days later (earlier when negative). Saturates at the ends of
    /// the supported range, which no election timetable comes near.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days).unwrap_or(self)
    }

    /// The next day.
    pub fn succ(self) -> Date {
        self.add_days(1)
    }

    /// The previous day.
    pub fn pred(self) -> Date {
        self.add_days(-1)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        const FROM_THURSDAY: [Weekday; 7] = [
            Weekday::Thursday,
            Weekday::Friday,
            Weekday::Saturday,
            Weekday::Sunday,
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
        ];
        FROM_THURSDAY[usize::try_from(self.days_since_epoch().rem_euclid(7)).unwrap_or(0)]
    }

    /// Easter Sunday of `year`, by the Gregorian computus (the anonymous Gregorian
    /// algorithm, "Meeus/Jones/Butcher").
    pub fn easter_sunday(year: i32) -> Date {
        let a = year % 19;
        let b = year / 100;
        let c = year % 100;
        let d = b / 4;
        let e = b % 4;
        let f = (b + 8) / 25;
        let g = (b - f + 1) / 3;
        let h = (19 * a + b - d - g + 15) % 30;
        let i = c / 4;
        let k = c % 4;
        let l = (32 + 2 * e + 2 * i - h - k) % 7;
        let m = (a + 11 * h + 22 * l) / 451;
        let month = (h + l - 7 * m + 114) / 31;
        let day = (h + l - 7 * m + 114) % 31 + 1;
        // Month is 3 or 4 and day 1..=31 by construction.
        Date { year, month: u8::try_from(month).unwrap_or(4), day: u8::try_from(day).unwrap_or(1) }
    }

    /// The first `weekday` of `month` in `year`.
    pub fn first_weekday_of(year: i32, month: u8, weekday: Weekday) -> Option<Date> {
        let mut date = Date::new(year, month, 1)?;
        while date.weekday() != weekday {
            date = date.succ();
        }
        Some(date)
    }

    /// The last `weekday` of `month` in `year`.
    pub fn last_weekday_of(year: i32, month: u8, weekday: Weekday) -> Option<Date> {
        let mut date = Date::new(year, month, days_in_month(year, month))?;
        while date.weekday() != weekday {
            date = date.pred();
        }
        Some(date)
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    u8::try_from(release_days_in_month(i64::from(year), i64::from(month))).unwrap_or(31)
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parses exactly `YYYY-MM-DD`.
impl FromStr for Date {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Date, ParseError> {
        let error = || ParseError { input: input.to_owned(), what: "date", expected: "YYYY-MM-DD, a real day" };
        let bytes = input.as_bytes();
        if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
            return Err(error());
        }
        let year = digits(&input[0..4]).ok_or_else(error)?;
        let month = digits(&input[5..7]).ok_or_else(error)?;
        let day = digits(&input[8..10]).ok_or_else(error)?;
        Date::new(
            i32::try_from(year).map_err(|_| error())?,
            u8::try_from(month).map_err(|_| error())?,
            u8::try_from(day).map_err(|_| error())?,
        )
        .ok_or_else(error)
    }
}

fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Serde through the text form (`Display` and `FromStr`), as JSON strings.
macro_rules! serde_as_text {
    ($type:ty) => {
        impl Serialize for $type {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $type {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                let text = String::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

serde_as_text!(Date);
serde_as_text!(Time);

/// A local time of day (Europe/London), to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    hour: u8,
    minute: u8,
}

impl Time {
    /// 00:00.
    pub const MIDNIGHT: Time = Time { hour: 0, minute: 0 };

    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }
    pub fn hour(self) -> u8 {
        self.hour
    }
    pub fn minute(self) -> u8 {
        self.minute
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

/// Parses exactly `HH:MM` (24-hour clock).
impl FromStr for Time {
    type Err = ParseError;

    fn from_str(input: &str) -> Result<Time, ParseError> {
        let error = || ParseError { input: input.to_owned(), what: "time", expected: "HH:MM, 00:00 to 23:59" };
        let (hour, minute) = input.split_once(':').ok_or_else(error)?;
        if hour.len() != 2 || minute.len() != 2 {
            return Err(error());
        }
        let hour = digits(hour).and_then(|hour| u8::try_from(hour).ok()).ok_or_else(error)?;
        let minute = digits(minute).and_then(|minute| u8::try_from(minute).ok()).ok_or_else(error)?;
        Time::new(hour, minute).ok_or_else(error)
    }
}
