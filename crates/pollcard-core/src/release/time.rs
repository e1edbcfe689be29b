//! Strict RFC 3339 UTC timestamps (`2026-05-07T22:00:00Z`) and unix seconds.
//!
//! The manifest needs only whole seconds in UTC, so one spelling is accepted — no
//! offsets, fractions or lower-case `t`/`z` — and a small civil-date conversion
//! replaces a time crate the browser would otherwise have to download.

use super::ReleaseError;

/// The earliest and latest years accepted: four digits, and nothing before 1970.
const FIRST_YEAR: i64 = 1970;
const LAST_YEAR: i64 = 9999;

/// Parses `YYYY-MM-DDTHH:MM:SSZ` into unix seconds.
pub fn parse_utc(text: &str) -> Result<i64, ReleaseError> {
    let invalid = || ReleaseError::InvalidTime(text.to_owned());
    let b = text.as_bytes();
    if b.len() != 20 || b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' || b[19] != b'Z'
    {
        return Err(invalid());
    }
    let number = |range: std::ops::Range<usize>| -> Result<i64, ReleaseError> {
        b[range].iter().try_fold(0i64, |acc, &digit| {
            if digit.is_ascii_digit() {
                Ok(acc * 10 + i64::from(digit - b'0'))
            } else {
                Err(invalid())
            }
        })
    };
    let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    // Leap seconds (:60) are refused: unix time has no place for them.
    if year < FIRST_YEAR || !(1..=12).contains(&month) || day < 1 || day > days_in_month(year, month) {
        return Err(invalid());
    }
    if hour > 23 || minute > 59 || second > 59 {
        return Err(invalid());
    }
    Ok(days_from_civil(year, month, day) * 86_400 + hour * 3_600 + minute * 60 + second)
}

/// Formats unix seconds as `YYYY-MM-DDTHH:MM:SSZ`; `None` outside 1970–9999.
pub fn format_utc(unix: i64) -> Option<String> {
    if unix < 0 {
        return None;
    }
    let (days, seconds) = (unix.div_euclid(86_400), unix.rem_euclid(86_400));
    let (year, month, day) = civil_from_days(days);
    if year > LAST_YEAR {
        return None;
    }
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        seconds / 3_600,
        seconds % 3_600 / 60,
        seconds % 60
    ))
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub(crate) fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 (Howard Hinnant's `days_from_civil`, proleptic Gregorian).
pub(crate) fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of [`days_from_civil`].
pub(crate) fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_instants() {
        assert_eq!(parse_utc("1970-01-01T00:00:00Z"), Ok(0));
        assert_eq!(parse_utc("2000-03-01T00:00:00Z"), Ok(951_868_800));
        assert_eq!(parse_utc("2026-05-07T22:00:00Z"), Ok(1_778_191_200));
        assert_eq!(parse_utc("2024-02-29T23:59:59Z"), Ok(1_709_251_199));
        assert_eq!(format_utc(1_778_191_200).as_deref(), Some("2026-05-07T22:00:00Z"));
        assert_eq!(format_utc(0).as_deref(), Some("1970-01-01T00:00:00Z"));
    }

    #[test]
    fn round_trips_every_day_for_centuries() {
        // Every day from 1970 to past 2400 covers the 100- and 400-year leap rules.
        for day in 0..160_000i64 {
            let unix = day * 86_400 + 45_296;
            let text = format_utc(unix).unwrap_or_default();
            assert_eq!(parse_utc(&text), Ok(unix), "{text}");
        }
    }

    #[test]
    fn refuses_other_spellings_and_impossible_dates() {
        for text in [
            "2026-05-07T22:00:00+00:00",
            "2026-05-07T22:00:00.000Z",
            "2026-05-07t22:00:00z",
            "2026-05-07 22:00:00Z",
            "2026-5-07T22:00:00Z",
            "2026-02-29T00:00:00Z",
            "2100-02-29T00:00:00Z",
            "2026-04-31T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-05-07T24:00:00Z",
            "2026-05-07T23:59:60Z",
            "1969-12-31T23:59:59Z",
            "+026-05-07T22:00:00Z",
            "",
        ] {
            assert_eq!(parse_utc(text), Err(ReleaseError::InvalidTime(text.to_owned())), "{text}");
        }
        assert_eq!(parse_utc("2000-02-29T00:00:00Z"), Ok(951_782_400));
        assert_eq!(format_utc(-1), None);
    }
}
