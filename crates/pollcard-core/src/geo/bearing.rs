//! How far and which way a place is from the voter, as data for a sentence such as
//! "about 450 m north-east of you" beside the map.
//!
//! The numbers come rounded the way people say them, because the voter's position
//! (a phone's location, good to 5–10 m at best) and the station's (a point for a whole
//! building) cannot support more: the nearest 10 m under a kilometre, the nearest
//! 100 m under 10 km, and whole kilometres beyond. The words (and the unit's spelling)
//! belong to the catalogues, so this module gives a number, a unit key and a compass
//! key, never prose.

use std::fmt::Write;

use super::distance::haversine_metres;
use crate::model::Location;

/// The initial bearing (forward azimuth) of the great circle from `from` to `to`, in
/// degrees clockwise from true north, `0.0` to below `360.0`. From a point to itself it
/// is `0.0`.
pub fn initial_bearing_degrees(from: Location, to: Location) -> f64 {
    let (lat_a, lat_b) = (from.lat.to_radians(), to.lat.to_radians());
    let dlon = (to.lon - from.lon).to_radians();
    let east = dlon.sin() * lat_b.cos();
    let north = lat_a.cos() * lat_b.sin() - lat_a.sin() * lat_b.cos() * dlon.cos();
    // `atan2` gives -180 to 180; a tiny negative angle plus 360 rounds to exactly 360.
    let degrees = east.atan2(north).to_degrees();
    let degrees = if degrees < 0.0 { degrees + 360.0 } else { degrees };
    if degrees >= 360.0 {
        0.0
    } else {
        degrees
    }
}

/// `degrees` brought into `0.0..360.0` with `floor` (a wasm instruction) rather than
/// `%` (a library `fmod`).
fn normalised(degrees: f64) -> f64 {
    degrees - 360.0 * (degrees / 360.0).floor()
}

/// How finely a bearing is named: the eight points of the compass or sixteen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompassPoints {
    Eight,
    Sixteen,
}

/// A point of the compass, clockwise from north.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompassPoint {
    North,
    NorthNorthEast,
    NorthEast,
    EastNorthEast,
    East,
    EastSouthEast,
    SouthEast,
    SouthSouthEast,
    South,
    SouthSouthWest,
    SouthWest,
    WestSouthWest,
    West,
    WestNorthWest,
    NorthWest,
    NorthNorthWest,
}

impl CompassPoint {
    /// The sixteen points, clockwise from north.
    pub const ALL: [CompassPoint; 16] = [
        CompassPoint::North,
        CompassPoint::NorthNorthEast,
        CompassPoint::NorthEast,
        CompassPoint::EastNorthEast,
        CompassPoint::East,
        CompassPoint::EastSouthEast,
        CompassPoint::SouthEast,
        CompassPoint::SouthSouthEast,
        CompassPoint::South,
        CompassPoint::SouthSouthWest,
        CompassPoint::SouthWest,
        CompassPoint::WestSouthWest,
        CompassPoint::West,
        CompassPoint::WestNorthWest,
        CompassPoint::NorthWest,
        CompassPoint::NorthNorthWest,
    ];

    /// The point nearest a bearing in degrees (any value; it is taken modulo 360). A
    /// bearing exactly halfway between two points gets the clockwise one: 22.5° is
    /// north-east among eight points.
    pub fn from_bearing(degrees: f64, points: CompassPoints) -> CompassPoint {
        let (sectors, step) = match points {
            CompassPoints::Eight => (8.0, 2),
            CompassPoints::Sixteen => (16.0, 1),
        };
        let sector = (normalised(degrees) / 360.0 * sectors).round() as usize;
        CompassPoint::ALL[sector * step % 16]
    }

    /// The catalogue key: `north`, `north-north-east`, … `north-north-west`.
    pub fn key(self) -> &'static str {
        match self {
            CompassPoint::North => "north",
            CompassPoint::NorthNorthEast => "north-north-east",
            CompassPoint::NorthEast => "north-east",
            CompassPoint::EastNorthEast => "east-north-east",
            CompassPoint::East => "east",
            CompassPoint::EastSouthEast => "east-south-east",
            CompassPoint::SouthEast => "south-east",
            CompassPoint::SouthSouthEast => "south-south-east",
            CompassPoint::South => "south",
            CompassPoint::SouthSouthWest => "south-south-west",
            CompassPoint::SouthWest => "south-west",
            CompassPoint::WestSouthWest => "west-south-west",
            CompassPoint::West => "west",
            CompassPoint::WestNorthWest => "west-north-west",
            CompassPoint::NorthWest => "north-west",
            CompassPoint::NorthNorthWest => "north-north-west",
        }
    }
}

/// The unit a rounded distance is given in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DistanceUnit {
    Metres,
    Kilometres,
}

impl DistanceUnit {
    /// The catalogue key: `m` or `km`.
    pub fn key(self) -> &'static str {
        match self {
            DistanceUnit::Metres => "m",
            DistanceUnit::Kilometres => "km",
        }
    }
}

/// A distance rounded for people to read: `value` in `unit`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RoundedDistance {
    /// Already rounded: a multiple of 10 from 10 to 990 in metres; 1.0 to 9.9 in
    /// tenths of a kilometre; whole kilometres from 10.
    pub value: f64,
    pub unit: DistanceUnit,
}

impl RoundedDistance {
    /// Rounds a distance in metres: to the nearest 10 m below a kilometre (never less
    /// than 10 m, as no position is better than that), to the nearest 100 m below
    /// 10 km, to whole kilometres beyond. Rounding decides the unit, so 996 m is
    /// 1 km, not 1,000 m.
    pub fn from_metres(metres: f64) -> RoundedDistance {
        let metres = metres.max(0.0);
        let tens = (metres / 10.0).round() * 10.0;
        if tens < 1_000.0 {
            return RoundedDistance { value: tens.max(10.0), unit: DistanceUnit::Metres };
        }
        let tenths = (metres / 100.0).round() / 10.0;
        let value = if tenths < 10.0 { tenths } else { (metres / 1_000.0).round() };
        RoundedDistance { value, unit: DistanceUnit::Kilometres }
    }

    /// The number as people write it: `450`, `1.2`, `2`, `15` (no `.0`). The app
    /// puts it in the catalogue's sentence.
    pub fn number(&self) -> String {
        let mut text = String::new();
        write_tenths(&mut text, (self.value * 10.0).round() as i64);
        text
    }
}

/// `123`, `12.3`, `-0.5`: a number of tenths written as a decimal, without a
/// trailing `.0`. Integer formatting only: the float printer would add several
/// kilobytes to the app's wasm.
pub(crate) fn write_tenths(out: &mut String, tenths: i64) {
    let sign = if tenths < 0 { "-" } else { "" };
    let (whole, tenth) = (tenths.unsigned_abs() / 10, tenths.unsigned_abs() % 10);
    // Writing to a `String` cannot fail.
    let _ = if tenth == 0 { write!(out, "{sign}{whole}") } else { write!(out, "{sign}{whole}.{tenth}") };
}

/// How far and which way `to` is from `from`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Direction {
    /// The great-circle distance, unrounded.
    pub metres: f64,
    /// The initial bearing, degrees clockwise from north.
    pub bearing_degrees: f64,
    pub distance: RoundedDistance,
    pub compass: CompassPoint,
}

/// How far and which way the place `to` is from `from` — for the map's text, from the
/// voter to the station: "about 450 m north-east of you".
pub fn direction(from: Location, to: Location, points: CompassPoints) -> Direction {
    let metres = haversine_metres(from, to);
    let bearing_degrees = initial_bearing_degrees(from, to);
    Direction {
        metres,
        bearing_degrees,
        distance: RoundedDistance::from_metres(metres),
        compass: CompassPoint::from_bearing(bearing_degrees, points),
    }
}

#[cfg(test)]
mod tests;
