use super::*;
use crate::bundle::{take_boundaries, DistrictBoundaries};
use crate::model::{PollingDistrict, Ring};

/// Column and row lines of a 3 × 3 grid of districts around Cardiff, in decimals that
/// binary floating point cannot hold exactly.
const XS: [f64; 4] = [-3.2, -3.19, -3.18, -3.17];
const YS: [f64; 4] = [51.47, 51.48, 51.49, 51.5];

fn id(district: &str) -> DistrictId {
    DistrictId { council: "W06000015".to_owned(), district: district.to_owned() }
}

/// A rectangle, clockwise or anticlockwise, closed.
fn rectangle(x0: f64, y0: f64, x1: f64, y1: f64, clockwise: bool) -> Ring {
    let ring = vec![[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
    if clockwise {
        ring.into_iter().rev().collect()
    } else {
        ring
    }
}

/// `A1`..`C3` (column letter, row number from the south), except that `A3` and `C1`
/// are one district in two pieces, `SPLIT`. `B2` has two holes: one filled exactly by
/// the district `ISLAND`, the other a lake in no district. Rings alternate direction.
fn grid() -> Vec<(DistrictId, Boundary)> {
    let mut districts: Vec<(DistrictId, Boundary)> = Vec::new();
    let mut split = Boundary::default();
    for row in 0..3 {
        for col in 0..3 {
            let outer = rectangle(XS[col], YS[row], XS[col + 1], YS[row + 1], (row + col) % 2 == 0);
            let name = format!("{}{}", ["A", "B", "C"][col], row + 1);
            if name == "A3" || name == "C1" {
                split.0.push(vec![outer]);
            } else if name == "B2" {
                let hole = rectangle(-3.188, 51.482, -3.185, 51.486, true);
                let lake = rectangle(-3.184, 51.482, -3.182, 51.486, false);
                districts.push((id(&name), Boundary(vec![vec![outer, hole, lake]])));
            } else {
                districts.push((id(&name), Boundary(vec![vec![outer]])));
            }
        }
    }
    districts.push((id("ISLAND"), Boundary(vec![vec![rectangle(-3.188, 51.482, -3.185, 51.486, false)]])));
    districts.push((id("SPLIT"), split));
    districts
}

fn index() -> DistrictIndex {
    let districts = grid();
    DistrictIndex::new(districts.iter().map(|(id, boundary)| (id.clone(), boundary))).expect("valid")
}

fn found(index: &DistrictIndex, lon: f64, lat: f64) -> Vec<&str> {
    index.locate(lon, lat).districts.iter().map(|id| id.district.as_str()).collect()
}

#[test]
fn the_middle_of_each_district() {
    let index = index();
    assert_eq!(found(&index, -3.195, 51.475), ["A1"]);
    assert_eq!(found(&index, -3.175, 51.485), ["C2"]);
    assert_eq!(found(&index, -3.195, 51.495), ["SPLIT"], "one piece of a multipolygon");
    assert_eq!(found(&index, -3.175, 51.475), ["SPLIT"], "and the other");
    assert_eq!(found(&index, -3.189, 51.489), ["B2"]);
    assert_eq!(index.locate(-3.175, 51.495).single(), Some(&id("C3")));
}

#[test]
fn holes_belong_to_what_fills_them_or_to_nothing() {
    let index = index();
    assert_eq!(found(&index, -3.1865, 51.484), ["ISLAND"]);
    assert_eq!(found(&index, -3.183, 51.484), Vec::<&str>::new(), "the lake is in no district");
    assert!(index.locate(-3.183, 51.484).is_outside());
}

#[test]
fn outside_everything() {
    let index = index();
    for (lon, lat) in [(-3.25, 51.485), (-3.185, 51.45), (0.0, 0.0), (f64::NAN, 51.48), (-3.19, f64::INFINITY)] {
        assert!(index.locate(lon, lat).is_outside(), "{lon}, {lat}");
    }
    assert!(DistrictIndex::default().locate(-3.19, 51.48).is_outside());
}

#[test]
fn a_point_on_a_boundary_belongs_to_the_district_east_or_north_of_it() {
    let index = index();
    // On the edge between A1 and B1 (running north–south): B1, to the east.
    assert_eq!(found(&index, XS[1], 51.475), ["B1"]);
    // On the edge between A1 and A2 (running east–west): A2, to the north.
    assert_eq!(found(&index, -3.195, YS[1]), ["A2"]);
    // On the corner of A1, B1, A2 and B2: B2, to the north-east.
    assert_eq!(found(&index, XS[1], YS[1]), ["B2"]);
    // On the island's west edge, the island; on its east edge, B2 around it.
    assert_eq!(found(&index, -3.188, 51.484), ["ISLAND"]);
    assert_eq!(found(&index, -3.185, 51.484), ["B2"]);
    // The council's own edge: in on the west and south sides, out on the east and north.
    assert_eq!(found(&index, XS[0], 51.475), ["A1"]);
    assert_eq!(found(&index, -3.195, YS[0]), ["A1"]);
    assert!(index.locate(XS[3], 51.485).is_outside());
    assert!(index.locate(-3.175, YS[3]).is_outside());
}

#[test]
fn every_point_on_an_inner_edge_is_in_exactly_one_district() {
    let index = index();
    let districts = grid();
    let lake = [-3.184, 51.482, -3.182, 51.486];
    let on_council_edge = |x: f64, y: f64| x == XS[0] || x == XS[3] || y == YS[0] || y == YS[3];
    let on_lake = |x: f64, y: f64| (lake[0]..=lake[2]).contains(&x) && (lake[1]..=lake[3]).contains(&y);
    let mut tried = 0;
    for ring in districts.iter().flat_map(|(_, boundary)| boundary.0.iter().flatten()) {
        for pair in ring.windows(2) {
            for step in 0..=20 {
                let t = f64::from(step) / 20.0;
                let (x, y) = (pair[0][0] + (pair[1][0] - pair[0][0]) * t, pair[0][1] + (pair[1][1] - pair[0][1]) * t);
                let count = index.locate(x, y).districts.len();
                assert!(count <= 1, "{x}, {y} in {count}");
                if !on_council_edge(x, y) && !on_lake(x, y) {
                    assert_eq!(count, 1, "{x}, {y}");
                    tried += 1;
                }
            }
        }
    }
    assert!(tried > 300, "{tried}");
}

#[test]
fn a_slanted_shared_edge_gives_its_points_to_one_side_whichever_way_the_rings_run() {
    // Points on a shared slanted edge, found by search, where the usual crossing
    // formula (`x < x1 + (y - y1) * (x2 - x1) / (y2 - y1)`) gives a different answer
    // taken from one end than from the other, so two districts whose rings run along
    // the edge in opposite directions would both claim the point, or neither would.
    let cases = [
        ([-3.1909, 51.48467], [-3.19334, 51.4891], [-3.1910858949132104, 51.48500750592849]),
        ([-3.19803, 51.48588], [-3.19218, 51.48417], [-3.195280844966114, 51.48507640083625]),
        ([-3.19299, 51.48535], [-3.19442, 51.48808], [-3.1943480843050907, 51.487942706400624]),
        ([-3.1916, 51.48599], [-3.19115, 51.48113], [-3.191305820831515, 51.48281286498036]),
    ];
    for (a, b, [x, y]) in cases {
        let (south, north) = if a[1] < b[1] { (a, b) } else { (b, a) };
        let west = Boundary(vec![vec![vec![a, b, [-3.21, b[1]], [-3.21, a[1]], a]]]);
        let east = Boundary(vec![vec![vec![b, a, [-3.17, a[1]], [-3.17, b[1]], b]]]);
        assert!(south[1] < y && y < north[1]);
        let index = DistrictIndex::new([(id("WEST"), &west), (id("EAST"), &east)]).expect("valid");
        assert_eq!(index.locate(x, y).districts.len(), 1, "{x}, {y}");
    }
}

#[test]
fn overlapping_boundaries_list_every_district_in_the_order_given() {
    let first = Boundary(vec![vec![rectangle(0.0, 50.0, 1.0, 51.0, false)]]);
    let second = Boundary(vec![vec![rectangle(0.5, 50.5, 1.5, 51.5, true)]]);
    let index = DistrictIndex::new([(id("Z"), &first), (id("A"), &second)]).expect("valid");
    assert_eq!(found(&index, 0.75, 50.75), ["Z", "A"]);
    assert_eq!(index.locate(0.75, 50.75).single(), None);
    assert_eq!(found(&index, 0.25, 50.25), ["Z"]);
    assert_eq!(found(&index, 1.25, 51.25), ["A"]);
    // A district whose pieces overlap each other is still listed once.
    let doubled = Boundary(vec![first.0[0].clone(), first.0[0].clone()]);
    let index = DistrictIndex::new([(id("TWICE"), &doubled)]).expect("valid");
    assert_eq!(found(&index, 0.5, 50.5), ["TWICE"]);
}

#[test]
fn reads_the_bundles_boundaries_files() {
    // Two councils' files as `pollcard build` writes them, read back as the app would.
    let read = |council: &str, offset: f64| {
        let mut districts: Vec<PollingDistrict> = ["N1", "N2"]
            .iter()
            .zip([0.0, 0.01])
            .map(|(name, dx)| PollingDistrict {
                id: (*name).to_owned(),
                boundary: Some(Boundary(vec![vec![rectangle(offset + dx, 52.0, offset + dx + 0.01, 52.01, false)]])),
                ..Default::default()
            })
            .collect();
        let file = take_boundaries(council, &mut districts).expect("a file");
        DistrictBoundaries::from_json(&file.path, council, &file.bytes).expect("reads")
    };
    let (north, south) = (read("north", -1.0), read("south", 1.0));
    let index = DistrictIndex::from_boundaries([&north, &south]).expect("valid");
    assert_eq!(index.districts().len(), 4);
    let located = index.locate(1.015, 52.005);
    assert_eq!(located.single(), Some(&DistrictId { council: "south".into(), district: "N2".into() }));
    assert_eq!(index.locate(-0.995, 52.005).districts[0].council, "north");
    assert!(index.locate(0.0, 52.005).is_outside());
    assert!(index.heap_bytes() > 4 * 5 * 16);
}

#[test]
fn coordinates_in_messages_keep_six_decimals_without_trailing_zeros() {
    let shown = |value: f64| Degrees(value).to_string();
    assert_eq!(shown(1.0), "1");
    assert_eq!(shown(95.0), "95");
    assert_eq!(shown(-3.4795214), "-3.479521");
    assert_eq!(shown(181.25), "181.25");
    assert_eq!(shown(-0.0000001), "0");
    assert_eq!(shown(f64::NAN), "NaN");
    assert_eq!(shown(1e300), "a very large number");
}

#[test]
fn a_position_off_the_earth_is_refused_with_where_it_is() {
    let mut ring = rectangle(0.0, 50.0, 1.0, 51.0, false);
    ring[2] = [1.0, 95.0];
    let bad = Boundary(vec![vec![rectangle(0.0, 50.0, 1.0, 51.0, false), ring]]);
    let error = DistrictIndex::new([(id("B7"), &bad)]).expect_err("latitude 95");
    assert_eq!((error.polygon, error.ring, error.position), (1, 2, 3));
    assert_eq!(
        error.to_string(),
        "council W06000015, district B7: polygon 1, ring 2, position 3 is [1, 95], not a longitude \
         (−180 to 180) and latitude (−90 to 90)"
    );
    let nan = Boundary(vec![vec![vec![[f64::NAN, 50.0], [1.0, 50.0], [1.0, 51.0]]]]);
    assert!(DistrictIndex::new([(id("B8"), &nan)]).is_err());
}

#[test]
fn rings_left_open_and_degenerate_pieces() {
    // GeoJSON writers sometimes leave out the closing position; a sliver with two
    // corners and an empty polygon hold nothing and break nothing.
    let mut open = rectangle(0.0, 50.0, 1.0, 51.0, true);
    open.pop();
    let boundary = Boundary(vec![vec![open], vec![vec![[2.0, 50.0], [3.0, 51.0]]], vec![]]);
    let index = DistrictIndex::new([(id("OPEN"), &boundary)]).expect("valid");
    assert_eq!(found(&index, 0.5, 50.5), ["OPEN"]);
    assert!(index.locate(2.5, 50.5).is_outside());
}

/// The bundle's own boundaries: a realistic mosaic simplified as `pollcard build`
/// does, where every point inside the council must be in exactly one district.
#[cfg(feature = "import")]
#[test]
fn every_point_of_a_simplified_mosaic_is_in_exactly_one_district() {
    use crate::geo::simplify::mosaic::{mosaic, Random};
    use crate::geo::simplify::{simplify_boundaries, Settings};

    let districts = mosaic(6, 5, 400.0, 3);
    let boundaries: Vec<Boundary> = districts.iter().map(|(_, boundary)| boundary.clone()).collect();
    let simplified = simplify_boundaries(&boundaries, Settings::BUNDLE);
    let index = DistrictIndex::new(districts.iter().zip(&simplified).map(|((name, _), boundary)| (id(name), boundary)))
        .expect("valid");
    // The mosaic's outer edge wanders up to 25 m either side of the line between its
    // corners; stay 60 m inside the box around it.
    let [x0, y0, x1, y1] = simplified
        .iter()
        .flat_map(|boundary| boundary.0.iter().flatten().flatten())
        .fold([f64::MAX, f64::MAX, f64::MIN, f64::MIN], |b, &[x, y]| {
            [b[0].min(x), b[1].min(y), b[2].max(x), b[3].max(y)]
        });
    let inside = |x: f64, y: f64| x > x0 + 9e-4 && x < x1 - 9e-4 && y > y0 + 5.5e-4 && y < y1 - 5.5e-4;
    let mut random = Random::new(11);
    let mut checked = 0;
    let random_points = (0..5_000).map(|_| {
        let (u, v) = ((random.signed() + 1.0) / 2.0, (random.signed() + 1.0) / 2.0);
        [x0 + (x1 - x0) * u, y0 + (y1 - y0) * v]
    });
    // Every corner of every ring too: points exactly on shared boundaries.
    let corners: Vec<[f64; 2]> = simplified.iter().flat_map(|b| b.0.iter().flatten().flatten().copied()).collect();
    for [x, y] in random_points.chain(corners) {
        if inside(x, y) {
            assert_eq!(index.locate(x, y).districts.len(), 1, "{x}, {y}");
            checked += 1;
        }
    }
    assert!(checked > 3_000, "{checked}");
}
