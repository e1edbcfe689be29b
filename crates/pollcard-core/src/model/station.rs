//! Polling stations.

use std::fmt;

use serde::{Deserialize, Serialize};

use super::StationAccessibility;

/// A station's identifier, as given by the council's own data (public: it may appear
/// in URLs such as `/station/{id}`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct StationId(pub String);

impl StationId {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for StationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for StationId {
    fn from(id: &str) -> Self {
        StationId(id.to_owned())
    }
}

/// A point in WGS84, degrees.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub lat: f64,
    pub lon: f64,
}

impl Location {
    /// A location, if the coordinates are a real place: finite, in range, and not the
    /// `0,0` that exports use to mean "no location".
    pub fn new(lat: f64, lon: f64) -> Option<Location> {
        let in_range =
            lat.is_finite() && lon.is_finite() && (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon);
        (in_range && !(lat == 0.0 && lon == 0.0)).then_some(Location { lat, lon })
    }
}

/// When a station is open, in minutes after midnight (local time).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub opens: u16,
    pub closes: u16,
}

impl Default for OpeningHours {
    /// UK polling stations open 7 am to 10 pm on polling day.
    fn default() -> Self {
        OpeningHours { opens: 7 * 60, closes: 22 * 60 }
    }
}

impl OpeningHours {
    fn is_default(&self) -> bool {
        *self == OpeningHours::default()
    }

    /// `HH:MM` for a time in minutes after midnight.
    pub fn format_24h(minutes: u16) -> String {
        format!("{:02}:{:02}", minutes / 60, minutes % 60)
    }
}

/// A time of day on the 12-hour clock, the way UK public bodies write it for voters
/// ("7am", "10pm", "7:30am"). Each language's catalogue adds its own suffix.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TwelveHourTime {
    /// 1 to 12.
    pub hour: u16,
    /// 0 to 59.
    pub minute: u16,
    /// After midday: 12:00 is 12pm, 00:00 is 12am.
    pub pm: bool,
}

impl TwelveHourTime {
    /// The 12-hour time for `minutes` after midnight; 24:00 (a poll closing at
    /// midnight) and later wrap round to the next day's clock.
    pub fn from_minutes(minutes: u16) -> TwelveHourTime {
        let minutes = minutes % (24 * 60);
        let hour24 = minutes / 60;
        let hour = match hour24 % 12 {
            0 => 12,
            hour => hour,
        };
        TwelveHourTime { hour, minute: minutes % 60, pm: hour24 >= 12 }
    }

    /// The minutes as two digits (`"05"`), or `None` on the hour, when people leave
    /// them out ("7am", not "7:00am").
    pub fn minutes_shown(&self) -> Option<String> {
        (self.minute != 0).then(|| format!("{:02}", self.minute))
    }
}

/// One polling station.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(Deserialize))]
pub struct PollingStation {
    pub id: StationId,
    pub name: String,
    /// The address, lines joined with ", ", without the postcode.
    pub address: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    #[serde(default, skip_serializing_if = "OpeningHours::is_default")]
    pub opening_hours: OpeningHours,
    #[serde(default, skip_serializing_if = "StationAccessibility::is_empty")]
    pub accessibility: StationAccessibility,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_zero_and_out_of_range_are_no_location() {
        assert_eq!(Location::new(0.0, 0.0), None);
        assert_eq!(Location::new(91.0, 0.0), None);
        assert_eq!(Location::new(f64::NAN, 1.0), None);
        assert!(Location::new(51.5, -3.2).is_some());
    }

    #[test]
    fn twelve_hour_clock() {
        let time = |minutes| {
            let t = TwelveHourTime::from_minutes(minutes);
            (t.hour, t.minutes_shown(), t.pm)
        };
        assert_eq!(time(7 * 60), (7, None, false));
        assert_eq!(time(22 * 60), (10, None, true));
        assert_eq!(time(7 * 60 + 30), (7, Some("30".to_owned()), false));
        assert_eq!(time(21 * 60 + 5), (9, Some("05".to_owned()), true));
        assert_eq!(time(12 * 60), (12, None, true));
        assert_eq!(time(0), (12, None, false));
        assert_eq!(time(24 * 60), (12, None, false));
        assert_eq!(time(11 * 60 + 59), (11, Some("59".to_owned()), false));
    }

    #[test]
    fn default_hours_are_seven_to_ten() {
        let hours = OpeningHours::default();
        assert_eq!(OpeningHours::format_24h(hours.opens), "07:00");
        assert_eq!(OpeningHours::format_24h(hours.closes), "22:00");
    }
}
