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

/// One polling station.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
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
    #[serde(default, skip_serializing_if = "StationAccessibility::is_unsurveyed")]
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
    fn default_hours_are_seven_to_ten() {
        let hours = OpeningHours::default();
        assert_eq!(OpeningHours::format_24h(hours.opens), "07:00");
        assert_eq!(OpeningHours::format_24h(hours.closes), "22:00");
    }
}
