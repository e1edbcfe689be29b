//! Dates for the election pages: today's date on the voter's clock in Europe/London,
//! and dates and deadlines in words in the page's language ("Tuesday 20 April 2027",
//! "5pm on Tuesday 20 April 2027"), with weekday and month names from the catalogue.
//!
//! The device's clock gives UTC; pollcard-core's [`london`] rule turns it into the
//! UK's local date without a time-zone database. Deadlines and polling days are
//! Europe/London dates, so comparing them with this date needs nothing more.

use pollcard_core::timetable::{london, Date, Time, Weekday};

use crate::i18n::I18n;

/// The device clock's date and time in UTC (`None` if it gives no valid date).
pub fn now_utc() -> Option<(Date, Time)> {
    let now = js_sys::Date::new_0();
    let date = Date::new(now.get_utc_full_year() as i32, now.get_utc_month() as u8 + 1, now.get_utc_date() as u8)?;
    Some((date, Time::new(now.get_utc_hours() as u8, now.get_utc_minutes() as u8)?))
}

/// The date and time now in Europe/London, from the device's clock.
pub fn now_in_london() -> Option<(Date, Time)> {
    let (date, time) = now_utc()?;
    Some(local_date_time(date, time))
}

/// Today's date in Europe/London, from the device's clock.
pub fn today_in_london() -> Option<Date> {
    now_in_london().map(|(date, _)| date)
}

/// The Europe/London date and time at UTC `date` `time`. British Summer Time starts
/// and ends at 01:00 UTC, which is what [`london::utc_offset_minutes`] tests when
/// given UTC.
pub fn local_date_time(date: Date, time: Time) -> (Date, Time) {
    let minutes = u16::from(time.hour()) * 60 + u16::from(time.minute());
    let local = minutes + u16::try_from(london::utc_offset_minutes(date, time)).unwrap_or(0);
    let date = if local >= 24 * 60 { date.succ() } else { date };
    let local = local % (24 * 60);
    (date, Time::new((local / 60) as u8, (local % 60) as u8).unwrap_or(Time::MIDNIGHT))
}

/// A `YYYY-MM-DD` date from the data, if it is one.
pub fn parse_date(text: &str) -> Option<Date> {
    text.parse().ok()
}

fn weekday_number(weekday: Weekday) -> u8 {
    match weekday {
        Weekday::Monday => 1,
        Weekday::Tuesday => 2,
        Weekday::Wednesday => 3,
        Weekday::Thursday => 4,
        Weekday::Friday => 5,
        Weekday::Saturday => 6,
        Weekday::Sunday => 7,
    }
}

impl I18n {
    /// The parts of a date in words, as catalogue arguments.
    fn date_args(&self, date: Date) -> [(&'static str, pollcard_core::i18n::Arg); 4] {
        [
            ("weekday", self.t(&format!("weekday-{}", weekday_number(date.weekday()))).into()),
            ("day", date.day().into()),
            ("month", self.t(&format!("month-{}", date.month())).into()),
            ("year", date.year().to_string().into()),
        ]
    }

    /// "Thursday 6 May 2027", "dydd Iau 6 Mai 2027".
    pub fn date_in_words(&self, date: Date) -> String {
        self.t_with("date-weekday", &self.date_args(date))
    }

    /// A `YYYY-MM-DD` date from the data in words, or as written if it is not a date.
    pub fn data_date_in_words(&self, text: &str) -> String {
        parse_date(text).map_or_else(|| text.to_owned(), |date| self.date_in_words(date))
    }

    /// A `YYYY-MM-DD` date from the data as "on Thursday 6 May 2027" ("ddydd Iau 6
    /// Mai 2027"), for the middle of a sentence.
    pub fn data_date_on(&self, text: &str) -> String {
        parse_date(text).map_or_else(|| text.to_owned(), |date| self.t_with("date-weekday-on", &self.date_args(date)))
    }

    /// "5pm", "10:30am" in the page's language.
    pub fn time_in_words(&self, time: Time) -> String {
        crate::pages::clock_time(*self, u16::from(time.hour()) * 60 + u16::from(time.minute()))
    }

    /// "5pm on Tuesday 20 April 2027", "5yh ar ddydd Mawrth 20 Ebrill 2027"; the day
    /// alone when there is no time.
    pub fn deadline_in_words(&self, date: Date, time: Option<Time>) -> String {
        let Some(time) = time else { return self.date_in_words(date) };
        let [weekday, day, month, year] = self.date_args(date);
        self.t_with("date-time-weekday", &[("time", self.time_in_words(time).into()), weekday, day, month, year])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        text.parse().expect("a date")
    }

    #[test]
    fn the_london_date_follows_summer_time() {
        let at = |d: &str, h, m| local_date_time(date(d), Time::new(h, m).expect("a time")).0;
        // Winter: UTC is London time.
        assert_eq!(at("2027-01-14", 23, 30), date("2027-01-14"));
        // Summer: 23:30 UTC is already tomorrow in London.
        assert_eq!(at("2027-04-14", 23, 30), date("2027-04-15"));
        assert_eq!(at("2027-04-14", 22, 59), date("2027-04-14"));
        // BST starts at 01:00 UTC on the last Sunday of March 2027 (the 28th).
        assert_eq!(at("2027-03-27", 23, 30), date("2027-03-27"));
        assert_eq!(at("2027-03-28", 23, 30), date("2027-03-29"));
        // And ends at 01:00 UTC on the last Sunday of October (the 31st).
        assert_eq!(at("2027-10-30", 23, 30), date("2027-10-31"));
        assert_eq!(at("2027-10-31", 23, 30), date("2027-10-31"));
        assert_eq!(parse_date("2027-02-30"), None);
        let summer = local_date_time(date("2027-04-20"), Time::new(16, 5).expect("a time"));
        assert_eq!(summer, (date("2027-04-20"), Time::new(17, 5).expect("a time")));
    }
}
