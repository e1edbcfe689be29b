//! Bank holidays and working days in each part of the UK.
//!
//! Recurring holidays come from the rules data ([`HolidayRule`]); one-offs (a
//! jubilee, a state funeral, a holiday moved for an anniversary) are
//! [`CalendarAdjustments`], which the built-in rules and a bundle can both carry, so
//! a holiday proclaimed next month needs new data, not a new release.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use super::date::{Date, Weekday};
use super::kinds::UK_NATIONS;
use super::rules::{HolidayDate, HolidayRule, Rules};
use crate::model::Nation;

/// One bank holiday.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Holiday {
    pub date: Date,
    pub name: String,
}

/// Dates added to or removed from the bank holidays.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalendarAdjustments {
    /// Extra days off: one-off bank holidays, days of public thanksgiving or mourning.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub add: Vec<AddedDay>,
    /// Recurring holidays that were moved or cancelled in one year.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub remove: Vec<RemovedDay>,
}

/// A day added to the holidays; `nations` empty means all four.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddedDay {
    pub date: Date,
    pub name: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nations: Vec<Nation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// A day taken out of the holidays; `nations` empty means all four.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RemovedDay {
    pub date: Date,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nations: Vec<Nation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

fn applies(nations: &[Nation], nation: Nation) -> bool {
    nations.is_empty() || nations.contains(&nation)
}

impl CalendarAdjustments {
    /// Applies these adjustments to `holidays` of `nation` in `year`.
    fn apply(&self, nation: Nation, year: i32, holidays: &mut Vec<Holiday>) {
        holidays.retain(|holiday| {
            !self.remove.iter().any(|removed| removed.date == holiday.date && applies(&removed.nations, nation))
        });
        for added in &self.add {
            if added.date.year() == year
                && applies(&added.nations, nation)
                && !holidays.iter().any(|holiday| holiday.date == added.date)
            {
                holidays.push(Holiday { date: added.date, name: added.name.clone() });
            }
        }
        holidays.sort();
    }

    /// Whether any nation this names is not a UK nation (which a holiday cannot be in).
    pub fn non_uk_nation(&self) -> Option<Nation> {
        let nations =
            self.add.iter().flat_map(|day| &day.nations).chain(self.remove.iter().flat_map(|day| &day.nations));
        nations.copied().find(|nation| !UK_NATIONS.contains(nation))
    }
}

impl Rules {
    /// The bank holidays of `nation` in `year`: the recurring ones with their
    /// substitute days, then the built-in one-offs, then `extra` (a bundle's).
    pub fn bank_holidays(&self, nation: Nation, year: i32, extra: &CalendarAdjustments) -> Vec<Holiday> {
        let mut holidays = recurring(&self.holidays, nation, year);
        self.one_offs.apply(nation, year, &mut holidays);
        extra.apply(nation, year, &mut holidays);
        holidays
    }
}

/// The recurring holidays of `nation` in `year`. Holidays on their own weekday are
/// placed first; then each fixed-date holiday on a weekend, in date order, moves to
/// the next weekday not already taken (Christmas Day on a Sunday: Boxing Day stays on
/// Monday 26th and Christmas moves to Tuesday 27th).
fn recurring(rules: &[HolidayRule], nation: Nation, year: i32) -> Vec<Holiday> {
    let mut placed: Vec<Holiday> = Vec::new();
    let mut to_substitute: Vec<Holiday> = Vec::new();
    for rule in rules.iter().filter(|rule| rule.nations.contains(&nation)) {
        let date = match rule.when {
            HolidayDate::Fixed { month, day } => Date::new(year, month, day),
            HolidayDate::Easter { offset } => Some(Date::easter_sunday(year).add_days(offset)),
            HolidayDate::FirstMonday { month } => Date::first_weekday_of(year, month, Weekday::Monday),
            HolidayDate::LastMonday { month } => Date::last_weekday_of(year, month, Weekday::Monday),
        };
        let Some(date) = date else { continue };
        let holiday = Holiday { date, name: rule.name.clone() };
        if date.weekday().is_weekend() {
            to_substitute.push(holiday);
        } else {
            placed.push(holiday);
        }
    }
    to_substitute.sort();
    for holiday in to_substitute {
        let mut date = holiday.date;
        while date.weekday().is_weekend() || placed.iter().any(|taken| taken.date == date) {
            date = date.succ();
        }
        placed.push(Holiday { date, name: format!("{} (substitute day)", holiday.name) });
    }
    placed.sort();
    placed
}

/// Which days count as working days for a timetable: not a Saturday or Sunday,
/// Christmas Eve, Christmas Day, Good Friday, or a bank holiday of the nations given
/// (which include any day of thanksgiving or mourning added as an adjustment).
#[derive(Clone, Debug)]
pub struct WorkingDays {
    holidays: BTreeSet<Date>,
}

impl WorkingDays {
    /// The working days around `years` for the bank holidays of `nations`.
    pub fn new(
        rules: &Rules,
        nations: &[Nation],
        years: std::ops::RangeInclusive<i32>,
        extra: &CalendarAdjustments,
    ) -> WorkingDays {
        let holidays = years
            .flat_map(|year| nations.iter().flat_map(move |nation| rules.bank_holidays(*nation, year, extra)))
            .map(|holiday| holiday.date)
            .collect();
        WorkingDays { holidays }
    }

    /// The working days of a calendar already counted: `days_off` are the weekdays
    /// that are not working days (an `elections.json`'s `non_working_days`).
    pub fn from_days_off(days_off: impl IntoIterator<Item = Date>) -> WorkingDays {
        WorkingDays { holidays: days_off.into_iter().collect() }
    }

    /// Whether `date` is a working day; `disregard_easter_monday` also excludes
    /// Easter Monday where it is not a bank holiday.
    pub fn is_working_day(&self, date: Date, disregard_easter_monday: bool) -> bool {
        let easter = Date::easter_sunday(date.year());
        let christmas_eve_or_day = date.month() == 12 && matches!(date.day(), 24 | 25);
        !(date.weekday().is_weekend()
            || christmas_eve_or_day
            || date == easter.add_days(-2)
            || (disregard_easter_monday && date == easter.add_days(1))
            || self.holidays.contains(&date))
    }

    /// Every Monday-to-Friday day from `from` through `to` that is not a working day
    /// (what `elections.json` lists as `non_working_days`; weekends are implied).
    pub fn weekdays_off(&self, from: Date, to: Date) -> Vec<Date> {
        let mut days = Vec::new();
        let mut day = from;
        while day <= to {
            if !day.weekday().is_weekend() && !self.is_working_day(day, false) {
                days.push(day);
            }
            day = day.succ();
        }
        days
    }

    /// The day `n` working days before `poll` (`n` = 0 is `poll` itself).
    pub fn working_days_before(&self, poll: Date, n: u32, disregard_easter_monday: bool) -> Date {
        let mut date = poll;
        let mut counted = 0;
        while counted < n {
            date = date.pred();
            if self.is_working_day(date, disregard_easter_monday) {
                counted += 1;
            }
        }
        date
    }
}
