use super::*;
use crate::geo::distance::EARTH_RADIUS_METRES;

fn at(lat: f64, lon: f64) -> Location {
    Location { lat, lon }
}

fn degrees_minutes(degrees: f64, minutes: f64) -> f64 {
    degrees + minutes / 60.0
}

#[test]
fn the_aviation_formulary_worked_example() {
    // Ed Williams' Aviation Formulary works Los Angeles (LAX: 33°57'N 118°24'W) to
    // New York (JFK: 40°38'N 73°47'W): distance 0.623585 radians (2144 nautical
    // miles), initial true course 66°.
    let lax = at(degrees_minutes(33.0, 57.0), -degrees_minutes(118.0, 24.0));
    let jfk = at(degrees_minutes(40.0, 38.0), -degrees_minutes(73.0, 47.0));
    let radians = haversine_metres(lax, jfk) / EARTH_RADIUS_METRES;
    assert!((radians - 0.623585).abs() < 1e-6, "{radians}");
    let bearing = initial_bearing_degrees(lax, jfk);
    assert!((bearing - 66.0).abs() < 0.5, "{bearing}");
    assert_eq!(CompassPoint::from_bearing(bearing, CompassPoints::Sixteen), CompassPoint::EastNorthEast);
    assert_eq!(CompassPoint::from_bearing(bearing, CompassPoints::Eight), CompassPoint::NorthEast);
}

#[test]
fn london_to_paris_and_back() {
    // Charing Cross to Notre-Dame: about 344 km, setting off south-south-east (148°);
    // the way back sets off north-north-west (330°), not the reverse of 148°, because
    // great circles are not rhumb lines.
    let (london, paris) = (at(51.5074, -0.1278), at(48.8566, 2.3522));
    let there = direction(london, paris, CompassPoints::Sixteen);
    assert!((there.bearing_degrees - 148.1).abs() < 0.1, "{there:?}");
    assert!((there.metres - 343_557.0).abs() < 100.0, "{there:?}");
    assert_eq!(there.compass, CompassPoint::SouthSouthEast);
    assert_eq!(there.distance, RoundedDistance { value: 344.0, unit: DistanceUnit::Kilometres });
    let back = initial_bearing_degrees(paris, london);
    assert!((back - 330.0).abs() < 0.1, "{back}");
}

#[test]
fn due_north_east_south_and_west() {
    let cardiff = at(51.48, -3.18);
    let bearing = |lat, lon| initial_bearing_degrees(cardiff, at(lat, lon));
    assert!(bearing(51.49, -3.18).abs() < 1e-9);
    assert!((bearing(51.47, -3.18) - 180.0).abs() < 1e-9);
    // Along the equator east and west are exact; at 51° a great circle heading due
    // east or west sets off a hair north of it.
    assert!((initial_bearing_degrees(at(0.0, 10.0), at(0.0, 11.0)) - 90.0).abs() < 1e-9);
    assert!((initial_bearing_degrees(at(0.0, 10.0), at(0.0, 9.0)) - 270.0).abs() < 1e-9);
    assert!((bearing(51.48, -3.17) - 90.0).abs() < 0.01);
    assert_eq!(initial_bearing_degrees(cardiff, cardiff), 0.0);
    // A little west of north stays in [0, 360).
    let b = bearing(51.49, -3.180_000_000_1);
    assert!((0.0..360.0).contains(&b) && b > 359.0, "{b}");
}

#[test]
fn compass_points_sector_by_sector() {
    let eight = |degrees| CompassPoint::from_bearing(degrees, CompassPoints::Eight).key();
    let sixteen = |degrees| CompassPoint::from_bearing(degrees, CompassPoints::Sixteen).key();
    assert_eq!(eight(0.0), "north");
    assert_eq!(eight(22.4), "north");
    assert_eq!(eight(22.5), "north-east", "halfway goes clockwise");
    assert_eq!(eight(45.0), "north-east");
    assert_eq!(eight(200.0), "south");
    assert_eq!(eight(337.4), "north-west");
    assert_eq!(eight(337.5), "north");
    assert_eq!(eight(359.9), "north");
    assert_eq!(eight(-45.0), "north-west");
    assert_eq!(eight(405.0), "north-east");
    assert_eq!(sixteen(11.25), "north-north-east");
    assert_eq!(sixteen(11.2), "north");
    assert_eq!(sixteen(247.5), "west-south-west");
    assert_eq!(sixteen(348.75), "north");
    // Every one of the sixteen at its own bearing, and eight of them among eight.
    for (n, point) in CompassPoint::ALL.into_iter().enumerate() {
        assert_eq!(CompassPoint::from_bearing(n as f64 * 22.5, CompassPoints::Sixteen), point);
        if n % 2 == 0 {
            assert_eq!(CompassPoint::from_bearing(n as f64 * 22.5, CompassPoints::Eight), point);
        }
    }
}

#[test]
fn distances_rounded_as_people_say_them() {
    let rounded = |metres: f64| {
        let distance = RoundedDistance::from_metres(metres);
        format!("{} {}", distance.number(), distance.unit.key())
    };
    assert_eq!(rounded(0.0), "10 m", "never closer than a position is good to");
    assert_eq!(rounded(3.0), "10 m");
    assert_eq!(rounded(14.9), "10 m");
    assert_eq!(rounded(15.0), "20 m");
    assert_eq!(rounded(448.0), "450 m");
    assert_eq!(rounded(994.9), "990 m");
    assert_eq!(rounded(995.0), "1 km", "rounding decides the unit");
    assert_eq!(rounded(1_049.0), "1 km");
    assert_eq!(rounded(1_050.0), "1.1 km");
    assert_eq!(rounded(1_234.0), "1.2 km");
    assert_eq!(rounded(2_000.0), "2 km");
    assert_eq!(rounded(9_949.0), "9.9 km");
    assert_eq!(rounded(9_950.0), "10 km");
    assert_eq!(rounded(12_499.0), "12 km");
    assert_eq!(rounded(343_557.0), "344 km");
    assert_eq!(rounded(-5.0), "10 m");
}

#[test]
fn the_direction_of_a_station_a_street_away() {
    // A voter in Cathays Park and a station about 450 m to the north-east.
    let voter = at(51.4860, -3.1790);
    let station = at(51.4860 + 300.0 / 111_195.0, -3.1790 + 330.0 / (111_195.0 * 51.486f64.to_radians().cos()));
    let direction = direction(voter, station, CompassPoints::Eight);
    assert_eq!(direction.distance, RoundedDistance { value: 450.0, unit: DistanceUnit::Metres });
    assert_eq!(direction.compass, CompassPoint::NorthEast);
    assert!((direction.bearing_degrees - 47.7).abs() < 0.2, "{direction:?}");
}
