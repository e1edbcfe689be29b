//! A US place's opening hours as VIP gives them (`HoursOpen/Schedule`), read into
//! dates and clock times the app puts into words.
//!
//! VIP times carry their UTC offset (`07:00:00-04:00`): a place's hours are in its
//! own time zone, which may not be the voter's device's, so the offset is shown with
//! the times ("7am to 7pm (UTC−4)") rather than converted. Everything here is whole
//! numbers: the app never formats a float.

use super::OpeningHours;
use crate::timetable::{Date, Time};

/// A clock time from a feed, with its UTC offset in minutes east of UTC (`Z` is 0;
/// `None` when the feed gave no offset).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VipTime {
    pub time: Time,
    pub offset_minutes: Option<i16>,
}

impl VipTime {
    /// `HH:MM` or `HH:MM:SS`, then optionally `Z` or `±HH:MM` (or `±HHMM`). Seconds
    /// are dropped: no polling place opens at a second past the minute.
    pub fn parse(text: &str) -> Option<VipTime> {
        let text = text.trim();
        let split = text.find(['Z', 'z', '+', '-']).unwrap_or(text.len());
        let (clock, zone) = text.split_at(split);
        let mut parts = clock.split(':');
        let hour = two_digits(parts.next()?)?;
        let minute = two_digits(parts.next()?)?;
        if let Some(seconds) = parts.next() {
            let whole = seconds.split('.').next().unwrap_or(seconds);
            if two_digits(whole)? > 59 {
                return None;
            }
        }
        if parts.next().is_some() {
            return None;
        }
        let offset_minutes = match zone {
            "" => None,
            "Z" | "z" => Some(0),
            _ => Some(offset(zone)?),
        };
        Some(VipTime { time: Time::new(hour, minute)?, offset_minutes })
    }
}

fn two_digits(text: &str) -> Option<u8> {
    (text.len() == 2 && text.bytes().all(|b| b.is_ascii_digit())).then(|| text.parse().ok()).flatten()
}

/// `+05:30`, `-0400` → minutes east of UTC (at most 14 hours either way).
fn offset(zone: &str) -> Option<i16> {
    let (sign, rest) = zone.split_at(1);
    let sign = if sign == "-" { -1 } else { 1 };
    let (hours, minutes) = match rest.split_once(':') {
        Some((hours, minutes)) => (hours, minutes),
        None if rest.len() == 4 => rest.split_at(2),
        None => return None,
    };
    let (hours, minutes) = (i16::from(two_digits(hours)?), i16::from(two_digits(minutes)?));
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 60 + minutes))
}

/// The offset as people write it: `UTC`, `UTC−4` (a true minus sign), `UTC+5:30`.
pub fn utc_offset_text(minutes: i16) -> String {
    if minutes == 0 {
        return "UTC".to_owned();
    }
    let sign = if minutes < 0 { '\u{2212}' } else { '+' };
    let (hours, rest) = (minutes.unsigned_abs() / 60, minutes.unsigned_abs() % 60);
    if rest == 0 {
        format!("UTC{sign}{hours}")
    } else {
        format!("UTC{sign}{hours}:{rest:02}")
    }
}

/// A time as read, or its text when it is not one (shown as the feed wrote it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock<'a> {
    At(Time),
    Text(&'a str),
}

/// One opening: `start` to `end`, in the zone `offset_minutes` east of UTC (the
/// start's offset, else the end's; both are the same in any real feed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Opening<'a> {
    pub start: Clock<'a>,
    pub end: Clock<'a>,
    pub offset_minutes: Option<i16>,
}

/// Which days a schedule covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Days<'a> {
    /// The feed gave no dates.
    Any,
    On(Date),
    Between(Date, Date),
    From(Date),
    Until(Date),
    /// A date that is not `YYYY-MM-DD`, as written (with the other, if any).
    Text(&'a str, Option<&'a str>),
}

/// A schedule, ready to put into words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule<'a> {
    pub days: Days<'a>,
    pub openings: Vec<Opening<'a>>,
    pub only_by_appointment: bool,
    pub or_by_appointment: bool,
}

/// Reads one VIP schedule.
pub fn schedule(hours: &OpeningHours) -> Schedule<'_> {
    fn parse(text: &Option<String>) -> Option<(&str, Option<Date>)> {
        text.as_deref().map(|text| (text, text.parse::<Date>().ok()))
    }
    let days = match (parse(&hours.start_date), parse(&hours.end_date)) {
        (None, None) => Days::Any,
        (Some((_, Some(start))), Some((_, Some(end)))) if start == end => Days::On(start),
        (Some((_, Some(start))), Some((_, Some(end)))) => Days::Between(start, end),
        (Some((_, Some(start))), None) => Days::From(start),
        (None, Some((_, Some(end)))) => Days::Until(end),
        (Some((start, _)), end) => Days::Text(start, end.map(|(text, _)| text)),
        (None, Some((end, _))) => Days::Text(end, None),
    };
    let clock = |text: &'_ str| VipTime::parse(text);
    let openings = hours
        .times
        .iter()
        .map(|(start, end)| {
            let (from, to) = (clock(start), clock(end));
            Opening {
                start: from.map_or(Clock::Text(start), |t| Clock::At(t.time)),
                end: to.map_or(Clock::Text(end), |t| Clock::At(t.time)),
                offset_minutes: from.and_then(|t| t.offset_minutes).or(to.and_then(|t| t.offset_minutes)),
            }
        })
        .collect();
    Schedule {
        days,
        openings,
        only_by_appointment: hours.only_by_appointment,
        or_by_appointment: hours.or_by_appointment,
    }
}
