//! Europe/London's offset from UTC, by the UK rule (Summer Time Act 1972 as amended
//! by the Summer Time Order 2002, matching the EU rule): British Summer Time runs
//! from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
//! October. No time-zone database is needed for a UK timetable.

use super::date::{Date, Time, Weekday};

/// The local clock's offset from UTC in minutes at local `date` `time`: 60 in
/// British Summer Time, 0 in Greenwich Mean Time. In the hour that does not exist
/// (01:00–01:59 on the last Sunday of March) the result is BST's; in the hour that
/// happens twice (01:00–01:59 on the last Sunday of October) it is GMT's, the later.
pub fn utc_offset_minutes(date: Date, time: Time) -> i32 {
    let (Some(starts), Some(ends)) = (
        Date::last_weekday_of(date.year(), 3, Weekday::Sunday),
        Date::last_weekday_of(date.year(), 10, Weekday::Sunday),
    ) else {
        return 0;
    };
    let after_start = date > starts || (date == starts && time.hour() >= 1);
    let before_end = date < ends || (date == ends && time.hour() < 1);
    if after_start && before_end {
        60
    } else {
        0
    }
}

/// The UTC date and time of local `date` `time`.
pub fn to_utc(date: Date, time: Time) -> (Date, Time) {
    let minutes = i64::from(time.hour()) * 60 + i64::from(time.minute()) - i64::from(utc_offset_minutes(date, time));
    let day = date.add_days(minutes.div_euclid(1440));
    let in_day = minutes.rem_euclid(1440);
    let time = Time::new(u8::try_from(in_day / 60).unwrap_or(0), u8::try_from(in_day % 60).unwrap_or(0));
    (day, time.unwrap_or(Time::MIDNIGHT))
}
