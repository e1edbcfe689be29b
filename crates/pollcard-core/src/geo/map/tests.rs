use super::*;
use crate::geo::bearing::write_tenths;
use crate::geo::bearing::{DistanceUnit, RoundedDistance};

/// A district about 700 m east–west and 560 m north–south in Cardiff, with a hole.
fn district() -> Boundary {
    let outer = vec![[-3.19, 51.48], [-3.18, 51.48], [-3.18, 51.485], [-3.19, 51.485], [-3.19, 51.48]];
    let hole = vec![[-3.186, 51.482], [-3.184, 51.482], [-3.184, 51.483], [-3.186, 51.482]];
    Boundary(vec![vec![outer, hole]])
}

fn request(boundary: &Boundary) -> MapRequest<'_> {
    MapRequest {
        district: Some(boundary),
        station: Some(Location { lat: 51.4825, lon: -3.185 }),
        voter: None,
        zoom: 0,
        width: 400.0,
        height: 300.0,
        margin: 20.0,
    }
}

#[test]
fn the_district_fills_the_view_north_up() {
    let boundary = district();
    let map = draw_map(&request(&boundary));
    assert_eq!(map.view_box, [0.0, 0.0, 400.0, 300.0]);
    // 693 m wide and 556 m tall, in 360 × 260 units: the height decides, 2.14 m a
    // unit, so the outline is 324 units wide, centred, and 20 units from the top and
    // bottom. The south edge is at the bottom (y = 280): north is up.
    assert_eq!(map.district_path, "M38.1 280 361.9 280 361.9 20 38.1 20ZM167.6 176 232.4 176 232.4 124Z");
    let [x, y] = map.station.expect("a station");
    assert!((x - 200.0).abs() < 1e-9 && (y - 150.0).abs() < 1e-6, "{x}, {y}");
    assert_eq!((map.zoom, map.max_zoom), (0, 3));
    // A quarter of the width is 100 units, 214 m: the bar is 200 m.
    assert_eq!(map.scale_bar.label, RoundedDistance { value: 200.0, unit: DistanceUnit::Metres });
    assert!((map.scale_bar.length - 200.0 / 2.1386).abs() < 0.1, "{:?}", map.scale_bar);
}

#[test]
fn zooming_in_keeps_the_station_in_place_and_halves_the_scale() {
    let boundary = district();
    let mut request = request(&boundary);
    request.station = Some(Location { lat: 51.484, lon: -3.182 });
    let at = |zoom| draw_map(&MapRequest { zoom, ..request });
    let (fitted, closer, closest) = (at(0), at(1), at(3));
    assert_eq!(fitted.station, closer.station);
    let (a, b) = (fitted.station.expect("station"), closest.station.expect("station"));
    assert!((a[0] - b[0]).abs() < 1e-9 && (a[1] - b[1]).abs() < 1e-9);
    assert!(
        ((closer.scale_bar.length / closer.scale_bar.metres) / (fitted.scale_bar.length / fitted.scale_bar.metres)
            - 2.0)
            .abs()
            < 1e-9
    );
    // Levels stop where a unit would be under a quarter of a metre: 2.14 → 1.07 →
    // 0.53 → 0.27, and not 0.13. Asking for more gives the closest there is.
    assert_eq!(closest.max_zoom, 3);
    assert_eq!(at(4), closest);
    assert_eq!(at(200).zoom, 3);
    assert_eq!(closest.scale_bar.label, RoundedDistance { value: 20.0, unit: DistanceUnit::Metres });
}

#[test]
fn the_voter_is_drawn_and_fitted_when_near_and_left_out_when_far() {
    let boundary = district();
    let near = Location { lat: 51.475, lon: -3.185 };
    let map = draw_map(&MapRequest { voter: Some(near), ..request(&boundary) });
    let [x, y] = map.voter.expect("drawn");
    assert!((x - 200.0).abs() < 1e-6 && (y - 280.0).abs() < 1e-6, "{x}, {y}: the lowest point, at the margin");
    let far = Location { lat: 51.60, lon: -3.185 };
    let map = draw_map(&MapRequest { voter: Some(far), ..request(&boundary) });
    assert_eq!(map.voter, None);
    assert_eq!(map, draw_map(&request(&boundary)));
}

#[test]
fn a_lone_station_gets_a_street_scale_map() {
    let map = draw_map(&MapRequest { district: None, ..request(&district()) });
    assert_eq!(map.district_path, "");
    assert_eq!(map.station, Some([200.0, 150.0]));
    // 300 m across the 260 inner units: 1.15 m a unit; a 100-unit bar is 100 m.
    assert_eq!(map.scale_bar.label, RoundedDistance { value: 100.0, unit: DistanceUnit::Metres });
    let nothing = draw_map(&MapRequest { district: None, station: None, ..request(&district()) });
    assert_eq!((nothing.station, nothing.voter, nothing.district_path.as_str()), (None, None, ""));
}

#[test]
fn scale_bars_are_round_numbers() {
    let frame = |metres_per_unit| MapFrame {
        origin: Location { lat: 51.5, lon: -3.2 },
        centre: [0.0, 0.0],
        metres_per_unit,
        width: 400.0,
        height: 400.0,
    };
    let bar = |metres_per_unit: f64| {
        let bar = ScaleBar::for_frame(&frame(metres_per_unit), 100.0);
        assert!(bar.length <= 100.0 || bar.metres == 10.0, "{bar:?}");
        format!("{} {}", bar.label.number(), bar.label.unit.key())
    };
    assert_eq!(bar(0.05), "10 m", "never shorter than 10 m");
    assert_eq!(bar(0.25), "20 m");
    assert_eq!(bar(0.6), "50 m");
    assert_eq!(bar(1.0), "100 m");
    assert_eq!(bar(4.99), "200 m");
    assert_eq!(bar(5.0), "500 m");
    assert_eq!(bar(10.0), "1 km");
    assert_eq!(bar(25.0), "2 km");
    assert_eq!(bar(50.0), "5 km");
    assert_eq!(bar(1_000.0), "100 km");
}

#[test]
fn paths_drop_corners_that_round_together_and_rings_too_small_to_see() {
    let frame = MapFrame {
        origin: Location { lat: 51.5, lon: 0.0 },
        centre: [0.0, 0.0],
        metres_per_unit: 1_000.0,
        width: 100.0,
        height: 100.0,
    };
    // A ring 10 m across is a dot at a kilometre a unit; a 0.02° square is not.
    let tiny = vec![[0.0, 51.5], [0.0001, 51.5], [0.0001, 51.5001], [0.0, 51.5]];
    let square = vec![[0.0, 51.5], [0.02, 51.5], [0.02, 51.52], [0.0, 51.52], [0.0, 51.5]];
    let path = boundary_path(&frame, &Boundary(vec![vec![tiny], vec![square]]));
    assert_eq!(path, "M50 50 51.4 50 51.4 47.8 50 47.8Z");
}

#[test]
fn numbers_in_tenths() {
    let written = |tenths| {
        let mut out = String::new();
        write_tenths(&mut out, tenths);
        out
    };
    assert_eq!(written(0), "0");
    assert_eq!(written(1234), "123.4");
    assert_eq!(written(1230), "123");
    assert_eq!(written(-5), "-0.5");
    assert_eq!(written(-20), "-2");
}
