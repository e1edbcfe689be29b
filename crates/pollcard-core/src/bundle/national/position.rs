//! "Use my location" in a national bundle: which councils' boundaries to fetch.
//!
//! A national bundle has a boundaries file per council, and fetching them all to find
//! one point would cost every visitor a country's worth of polygons. So the index
//! gives each council's `bounds`, the box holding every one of its districts, and the
//! app fetches only the boundaries of the councils whose box holds the position
//! ([`NationalIndex::councils_at`]), smallest box first, stopping at the first council
//! with a district there. Fetching a council's file reveals at most the council (and
//! a position inside its box), coarser than the postcode area a postcode lookup
//! reveals. The position itself never leaves the device.
//!
//! Boxes (`[[west, south], [east, north]]`) are rounded outward to [`BOUNDS_STEP`] degrees: short, identical from one
//! build to the next, and still holding every position of the council's districts.

use super::format::{CouncilEntry, NationalIndex};
use super::writer::NationalBuilder;
use crate::model::{Boundary, PollingDistrict};

/// The rounding of a council's box: a thousandth of a degree (about 110 m north–south).
pub const BOUNDS_STEPS_PER_DEGREE: f64 = 1000.0;
/// [`BOUNDS_STEPS_PER_DEGREE`] as a step, for the documentation.
pub const BOUNDS_STEP: f64 = 1.0 / BOUNDS_STEPS_PER_DEGREE;

/// `[[west, south], [east, north]]`: the south-west and north-east corners as
/// `[longitude, latitude]` positions, the same type as a boundary's ring (so the app
/// reads it with the reader it already has).
pub type Bounds = Vec<[f64; 2]>;

/// The box holding every position of `boundaries`, rounded outward to [`BOUNDS_STEP`];
/// `None` when they hold no position (non-finite positions are ignored).
pub fn bounds<'a>(boundaries: impl IntoIterator<Item = &'a Boundary>) -> Option<Bounds> {
    let mut found: Option<[f64; 4]> = None;
    let positions = boundaries.into_iter().flat_map(|boundary| boundary.0.iter().flatten().flatten());
    for &[lon, lat] in positions.filter(|[lon, lat]| lon.is_finite() && lat.is_finite()) {
        let bounds = found.get_or_insert([lon, lat, lon, lat]);
        *bounds = [bounds[0].min(lon), bounds[1].min(lat), bounds[2].max(lon), bounds[3].max(lat)];
    }
    let [west, south, east, north] = found?;
    let down = |value: f64| (value * BOUNDS_STEPS_PER_DEGREE).floor() / BOUNDS_STEPS_PER_DEGREE;
    let up = |value: f64| (value * BOUNDS_STEPS_PER_DEGREE).ceil() / BOUNDS_STEPS_PER_DEGREE;
    Some(vec![[down(west), down(south)], [up(east), up(north)]])
}

/// The box's area in square degrees when it holds the position (its edges included).
fn area_holding(bounds: &Bounds, lon: f64, lat: f64) -> Option<f64> {
    match bounds.as_slice() {
        [[west, south], [east, north]] if *west <= lon && lon <= *east && *south <= lat && lat <= *north => {
            Some((east - west) * (north - south))
        }
        _ => None,
    }
}

impl NationalBuilder {
    /// Records where a council's district boundaries file is (the caller writes it)
    /// and the box they lie in ([`super::bounds`]), for the council's entry in the index.
    pub fn add_district_boundaries(&mut self, council: &str, path: String, bounds: Option<Bounds>) {
        self.district_files.insert(council.to_owned(), (path, bounds));
    }

    /// Records which station each of a council's districts votes at, for its
    /// stations file; districts without one are left out.
    pub fn add_district_stations(&mut self, council: &str, districts: &[PollingDistrict]) {
        let with_station = districts
            .iter()
            .filter(|district| district.station_id.is_some())
            .map(|district| PollingDistrict {
                id: district.id.clone(),
                station_id: district.station_id.clone(),
                ..PollingDistrict::default()
            })
            .collect();
        self.district_stations.insert(council.to_owned(), with_station);
    }
}

impl NationalIndex {
    /// Whether "use my location" can work here: some council has district boundaries
    /// and their box. A bundle built before boxes were written has none.
    pub fn locates_positions(&self) -> bool {
        self.councils.iter().any(|entry| entry.districts.is_some() && entry.bounds.is_some())
    }

    /// The councils whose boundaries may hold the position, in the order to fetch
    /// them: those with boundaries whose box holds it, smallest box first (a small
    /// council inside a large one's box is the likelier), then in the index's order.
    pub fn councils_at(&self, lon: f64, lat: f64) -> Vec<&CouncilEntry> {
        let mut found: Vec<(&CouncilEntry, f64)> = self
            .councils
            .iter()
            .filter(|entry| entry.districts.is_some())
            .filter_map(|entry| Some((entry, area_holding(entry.bounds.as_ref()?, lon, lat)?)))
            .collect();
        // A handful of councils at most: picking the smallest each time (the first of
        // equal boxes, so they keep the index's order) costs the wasm far less than a
        // sort would.
        let mut ordered = Vec::with_capacity(found.len());
        while let Some((first, _)) = found.iter().enumerate().reduce(|a, b| if b.1 .1 < a.1 .1 { b } else { a }) {
            ordered.push(found.remove(first).0);
        }
        ordered
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::tests::council;
    use super::super::{ShardBy, NATIONAL_FORMAT};
    use super::*;

    fn square(west: f64, south: f64, east: f64, north: f64) -> Boundary {
        Boundary(vec![vec![vec![[west, south], [east, south], [east, north], [west, north], [west, south]]]])
    }

    fn entry(id: &str, districts: bool, bounds: Option<Bounds>) -> CouncilEntry {
        CouncilEntry {
            council: council(id),
            stations: format!("stations/{id}.json"),
            station_count: 1,
            districts: districts.then(|| format!("districts/{id}.json")),
            bounds,
            elections: None,
        }
    }

    fn index(councils: Vec<CouncilEntry>) -> NationalIndex {
        NationalIndex {
            format: NATIONAL_FORMAT.to_owned(),
            format_version: 1,
            fictional: true,
            shard_by: ShardBy::Area,
            councils,
            lookup: BTreeMap::new(),
            address_lists: BTreeMap::new(),
            outward_codes: BTreeMap::new(),
        }
    }

    #[test]
    fn a_box_is_rounded_outward_and_holds_every_position() {
        let parts = [square(-1.5004, 52.4996, -1.4991, 52.5101), square(-1.6, 52.45, -1.55, 52.46)];
        let found = bounds(&parts).expect("positions");
        assert_eq!(found, [[-1.6, 52.45], [-1.499, 52.511]]);
        for part in &parts {
            for &[lon, lat] in part.0.iter().flatten().flatten() {
                assert!(area_holding(&found, lon, lat).is_some(), "{lon} {lat}");
            }
        }
        // Written as short decimals, the same every time.
        assert_eq!(serde_json::to_string(&found).expect("json"), "[[-1.6,52.45],[-1.499,52.511]]");
        assert_eq!(bounds(&[Boundary(Vec::new())]), None);
        assert_eq!(
            bounds(&[square(f64::NAN, 1.0, 2.0, f64::INFINITY)]),
            Some(vec![[2.0, 1.0], [2.0, 1.0]]),
            "only [2, 1] is finite"
        );
    }

    #[test]
    fn the_councils_whose_box_holds_a_position_smallest_first() {
        let national = index(vec![
            entry("big", true, Some(vec![[-2.0, 52.0], [0.0, 53.0]])),
            entry("inner", true, Some(vec![[-1.6, 52.4], [-1.4, 52.6]])),
            entry("same-as-inner", true, Some(vec![[-1.6, 52.4], [-1.4, 52.6]])),
            entry("no-boundaries", false, Some(vec![[-2.0, 52.0], [0.0, 53.0]])),
            entry("no-box", true, None),
            entry("elsewhere", true, Some(vec![[-4.0, 51.0], [-3.0, 52.0]])),
        ]);
        let ids = |lon, lat| -> Vec<String> {
            national.councils_at(lon, lat).iter().map(|entry| entry.council.id.clone()).collect()
        };
        assert_eq!(ids(-1.5, 52.5), ["inner", "same-as-inner", "big"]);
        assert_eq!(ids(-1.0, 52.5), ["big"]);
        assert_eq!(ids(-4.0, 51.0), ["elsewhere"], "a box's corner is in it");
        assert!(ids(10.0, 10.0).is_empty());
        assert!(national.locates_positions());
        assert!(!index(vec![entry("no-box", true, None), entry("no-boundaries", false, None)]).locates_positions());
    }

    #[test]
    fn an_index_without_boxes_still_reads() {
        let json = r#"{"format":"pollcard-national-bundle","format_version":1,"shard_by":"area",
            "councils":[{"council":{"id":"one","name":{"en":"One"},"nation":"wales","contact":{}},
            "stations":"stations/one.json","station_count":1,"districts":"districts/one.json"}],
            "lookup":{},"address_lists":{}}"#;
        let super::super::AnyIndex::National(national) =
            super::super::AnyIndex::from_json(json.as_bytes()).expect("reads")
        else {
            panic!("national")
        };
        assert_eq!(national.councils[0].bounds, None);
        assert!(!national.locates_positions());
        assert!(national.councils_at(0.0, 0.0).is_empty());
    }

    #[test]
    fn the_builder_writes_each_councils_box_and_its_districts_stations() {
        use super::super::{council_index, AnyIndex, NationalBuilder, StationsFile};
        use crate::model::{PollingDistrict, StationId};
        let mut builder = NationalBuilder::new(ShardBy::Area, true);
        for id in ["one", "two"] {
            builder.table.add_council(council(id), vec![super::super::tests::station("S1")]).expect("new");
        }
        let district = |id: &str, station: Option<&str>| PollingDistrict {
            id: id.into(),
            name: Some(format!("District {id}")),
            station_id: station.map(StationId::from),
            ballot_id: Some("local.x.2026-05-07".into()),
            ..PollingDistrict::default()
        };
        let box_one = bounds(&[square(-1.5, 52.4, -1.4, 52.5)]);
        builder.add_district_boundaries("one", "districts/one.abc.json".into(), box_one);
        builder.add_district_stations("one", &[district("D1", Some("S1")), district("D2", None)]);
        let files = builder.finish();
        let file = |path: &str| &files.iter().find(|file| file.path == path).expect("written").bytes;
        let AnyIndex::National(national) = AnyIndex::from_json(file(crate::bundle::INDEX_FILE)).expect("reads") else {
            panic!("national")
        };
        let (one, two) = (national.council("one").expect("one"), national.council("two").expect("two"));
        assert_eq!(
            (one.districts.as_deref(), one.bounds.clone()),
            (Some("districts/one.abc.json"), Some(vec![[-1.5, 52.4], [-1.4, 52.5]]))
        );
        assert_eq!((two.districts.as_deref(), two.bounds.as_ref()), (None, None));
        let stations = StationsFile::from_json(&one.stations, "one", file(&one.stations)).expect("reads");
        let only_station = PollingDistrict { id: "D1".into(), station_id: Some("S1".into()), ..Default::default() };
        assert_eq!(stations.districts, std::slice::from_ref(&only_station), "with a station, id and station only");
        assert_eq!(council_index(&national, one, stations).districts, [only_station]);
        let bytes = String::from_utf8_lossy(file(&two.stations)).into_owned();
        assert!(!bytes.contains("districts"), "none: no field {bytes}");
    }
}
