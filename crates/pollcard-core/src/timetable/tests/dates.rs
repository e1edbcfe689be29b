//! The civil date, the computus and the Europe/London offset.

use super::date;
use crate::timetable::london::{to_utc, utc_offset_minutes};
use crate::timetable::{Date, Time, Weekday};

#[test]
fn parses_and_prints_iso_dates() {
    assert_eq!(date("2026-05-07").to_string(), "2026-05-07");
    assert_eq!(date("2024-02-29"), Date::new(2024, 2, 29).expect("leap day"));
    for bad in ["2023-02-29", "2026-13-01", "2026-00-10", "2026-5-7", "07/05/2026", "2026-05-07x", "", "abcd-ef-gh"] {
        let error = bad.parse::<Date>().expect_err(bad);
        assert!(error.to_string().contains("YYYY-MM-DD"), "{error}");
    }
    assert!("1900-02-29".parse::<Date>().is_err(), "1900 was not a leap year");
    assert!("2000-02-29".parse::<Date>().is_ok(), "2000 was");
}

#[test]
fn day_numbers_round_trip_and_weekdays_are_right() {
    assert_eq!(date("1970-01-01").days_since_epoch(), 0);
    assert_eq!(date("2000-03-01").days_since_epoch(), 11_017);
    assert_eq!(date("1969-12-31").days_since_epoch(), -1);
    let mut day = date("1999-12-25");
    for _ in 0..20_000 {
        assert_eq!(Date::from_days_since_epoch(day.days_since_epoch()), Some(day));
        let next = day.succ();
        assert_eq!(next.days_since_epoch(), day.days_since_epoch() + 1);
        day = next;
    }
    assert_eq!(date("2026-05-07").weekday(), Weekday::Thursday);
    assert_eq!(date("2024-07-04").weekday(), Weekday::Thursday);
    assert_eq!(date("2022-12-25").weekday(), Weekday::Sunday);
    assert_eq!(date("2021-12-25").weekday(), Weekday::Saturday);
    assert_eq!(date("2024-02-29").add_days(1), date("2024-03-01"));
    assert_eq!(date("2024-01-01").add_days(-1), date("2023-12-31"));
}

#[test]
fn easter_by_the_gregorian_computus() {
    // Easter Sundays from published tables (Church of England / HM Nautical Almanac).
    let known = [
        (1961, "1961-04-02"),
        (2000, "2000-04-23"),
        (2008, "2008-03-23"),
        (2011, "2011-04-24"),
        (2016, "2016-03-27"),
        (2019, "2019-04-21"),
        (2024, "2024-03-31"),
        (2025, "2025-04-20"),
        (2026, "2026-04-05"),
        (2038, "2038-04-25"),
        (2285, "2285-03-22"),
    ];
    for (year, sunday) in known {
        assert_eq!(Date::easter_sunday(year), date(sunday), "Easter {year}");
        assert_eq!(Date::easter_sunday(year).weekday(), Weekday::Sunday);
    }
}

#[test]
fn nth_mondays() {
    assert_eq!(Date::first_weekday_of(2026, 5, Weekday::Monday), Some(date("2026-05-04")));
    assert_eq!(Date::last_weekday_of(2026, 5, Weekday::Monday), Some(date("2026-05-25")));
    assert_eq!(Date::last_weekday_of(2026, 8, Weekday::Monday), Some(date("2026-08-31")));
    assert_eq!(Date::first_weekday_of(2026, 8, Weekday::Monday), Some(date("2026-08-03")));
}

#[test]
fn times_parse_strictly() {
    assert_eq!("16:00".parse::<Time>().expect("time").to_string(), "16:00");
    for bad in ["24:00", "16:60", "4pm", "1600", "9:00", ""] {
        assert!(bad.parse::<Time>().is_err(), "{bad}");
    }
}

#[test]
fn london_offset_follows_the_last_sunday_rule() {
    let time = |text: &str| text.parse::<Time>().expect("time");
    // 2026: BST from 29 March to 25 October.
    assert_eq!(utc_offset_minutes(date("2026-03-28"), time("12:00")), 0);
    assert_eq!(utc_offset_minutes(date("2026-03-29"), time("00:59")), 0);
    assert_eq!(utc_offset_minutes(date("2026-03-29"), time("02:00")), 60);
    assert_eq!(utc_offset_minutes(date("2026-05-07"), time("22:00")), 60);
    assert_eq!(utc_offset_minutes(date("2026-10-25"), time("00:30")), 60);
    assert_eq!(utc_offset_minutes(date("2026-10-25"), time("02:00")), 0);
    assert_eq!(utc_offset_minutes(date("2019-12-12"), time("22:00")), 0);
    // 2024: 31 March to 27 October.
    assert_eq!(utc_offset_minutes(date("2024-03-31"), time("03:00")), 60);
    assert_eq!(utc_offset_minutes(date("2024-10-27"), time("03:00")), 0);
    assert_eq!(to_utc(date("2026-05-07"), time("00:30")), (date("2026-05-06"), time("23:30")));
    assert_eq!(to_utc(date("2026-12-10"), time("17:00")), (date("2026-12-10"), time("17:00")));
}
