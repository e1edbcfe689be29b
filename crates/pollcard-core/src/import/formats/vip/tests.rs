//! The VIP importer and precinct boundaries, through the whole import: what reaches
//! the US bundle, and every problem on its line.

use crate::geo::projection::wkt::{parse_prj, CoordinateSystem};
use crate::import::test_support::{build, build_bytes, problems, with_code};
use crate::model::Nation;
use crate::us::bundle::UsBundle;

use super::shapefile::{self, write};

const FEED: &str = r#"<?xml version="1.0"?>
<VipObject schemaVersion="6.0">
  <State id="st1">
    <ElectionAdministrationId>ea1</ElectionAdministrationId>
    <Name>Example State</Name>
  </State>
  <Locality id="loc1">
    <Name>Example County</Name>
    <StateId>st1</StateId>
  </Locality>
  <ElectionAdministration id="ea1">
    <Department><ContactInformation><Name>Example Elections Office</Name><Phone>555-0100</Phone></ContactInformation></Department>
    <ElectionsUri>https://example.org/elections</ElectionsUri>
  </ElectionAdministration>
  <HoursOpen id="h1">
    <Schedule><Hours><StartTime>07:00:00-05:00</StartTime><EndTime>19:00:00-05:00</EndTime></Hours><StartDate>2026-11-03</StartDate></Schedule>
  </HoursOpen>
  <PollingLocation id="pl1">
    <AddressLine>1 Main St</AddressLine>
    <HoursOpenId>h1</HoursOpenId>
    <IsDropBox>true</IsDropBox>
    <LatLng><Latitude>40.05</Latitude><Longitude>-100.05</Longitude></LatLng>
  </PollingLocation>
  <Precinct id="p1">
    <LocalityId>loc1</LocalityId>
    <Name>One</Name>
    <Number>1</Number>
    <PollingLocationIds>pl1</PollingLocationIds>
  </Precinct>
  <Precinct id="p2">
    <LocalityId>loc1</LocalityId>
    <Name>Two</Name>
    <PollingLocationIds>pl-missing</PollingLocationIds>
  </Precinct>
  <Precinct id="p3">
    <Name>No locality</Name>
  </Precinct>
  <Candidate id="c1"><BallotName><Text language="en">A</Text></BallotName></Candidate>
</VipObject>
"#;

/// The 1-based line of the first occurrence of `needle`.
fn line_of(text: &str, needle: &str) -> u64 {
    let at = text.find(needle).unwrap_or_else(|| panic!("{needle} not in the text"));
    text[..at].matches('\n').count() as u64 + 1
}

fn us(outcome: &crate::import::ImportOutcome) -> &UsBundle {
    outcome.bundle.as_ref().and_then(|bundle| bundle.us.as_ref()).expect("a US bundle")
}

#[test]
fn a_feed_reaches_the_us_bundle_with_every_element_settled() {
    let outcome = build(&[("feed.xml", FEED)]);
    let file = &outcome.report.files()[0];
    assert_eq!(file.format, "vip-xml");
    assert_eq!((file.records_read(), file.imported(), file.dropped()), (9, 6, 3));
    assert_eq!(
        problems(&outcome),
        [
            ("vip_bad_reference", "feed.xml".to_owned(), Some(line_of(FEED, "<Precinct id=\"p2\">"))),
            ("blank_field", "feed.xml".to_owned(), Some(line_of(FEED, "<Precinct id=\"p3\">"))),
            ("vip_element_not_used", "feed.xml".to_owned(), Some(line_of(FEED, "<Candidate"))),
        ]
    );
    let us = us(&outcome);
    let location = &us.locations[0];
    assert!(location.is_drop_box && !location.is_early_voting);
    assert_eq!(location.hours[0].times, [("07:00:00-05:00".to_owned(), "19:00:00-05:00".to_owned())]);
    assert_eq!(location.location, Some([40.05, -100.05]));
    assert_eq!(us.precincts.len(), 1, "p2 names only a missing location; p3 has no LocalityId");
    let council = &outcome.bundle.as_ref().expect("bundle").council;
    assert_eq!((council.id.as_str(), council.nation), ("us-example-state", Nation::UnitedStates));
    assert_eq!(council.contact.phone.as_deref(), Some("555-0100"));
}

#[test]
fn versions_other_than_six() {
    let five = FEED.replace("schemaVersion=\"6.0\"", "schemaVersion=\"5.2\"");
    let outcome = build(&[("five.xml", &five)]);
    let older = with_code(&outcome, "vip_older_version");
    assert!(older.len() == 1 && older[0].message.contains("schemaVersion 5.2"), "{older:?}");
    assert!(outcome.bundle.is_some(), "read as 6.0");

    let three =
        "<?xml version=\"1.0\"?>\n<vip_object schemaVersion=\"3.0\">\n<polling_location id=\"1\"/>\n</vip_object>\n";
    let outcome = build(&[("three.xml", three)]);
    let refused = with_code(&outcome, "unsupported_vip_version");
    assert!(refused[0].message.contains("VIP 3.0"), "{}", refused[0].message);
    assert_eq!(refused[0].line, Some(2));
    assert!(outcome.bundle.is_none());
}

#[test]
fn broken_xml_names_its_line() {
    let broken = FEED.replace("<Name>Two</Name>", "<Name>Two</Nmae>");
    let outcome = build(&[("broken.xml", &broken)]);
    let invalid = with_code(&outcome, "invalid_xml");
    assert_eq!(invalid.len(), 1);
    assert_eq!(invalid[0].line, Some(line_of(&broken, "</Nmae>")), "{:?}", invalid[0]);
    assert!(invalid[0].message.contains("Name"), "{}", invalid[0].message);
    assert!(outcome.bundle.is_none());
    // A file cut short is refused whole, never half imported.
    let cut = &FEED[..FEED.find("<Precinct id=\"p2\">").expect("there")];
    assert!(build(&[("cut.xml", cut)]).bundle.is_none());
}

/// A square in WGS84 as a clockwise ring in the coordinate system.
fn square(system: &CoordinateSystem, lat: f64, lon: f64, size: f64) -> Vec<(f64, f64)> {
    let CoordinateSystem::Projected(crs) = system else { panic!("projected") };
    [(lat, lon), (lat + size, lon), (lat + size, lon + size), (lat, lon + size), (lat, lon)]
        .iter()
        .map(|&(lat, lon)| crs.from_wgs84(lat, lon))
        .collect()
}

#[test]
fn a_state_plane_shapefile_gives_precincts_their_boundaries() {
    let prj = crate::geo::projection::tests::VIRGINIA_NORTH_FTUS_PRJ;
    let system = parse_prj(prj).expect("prj");
    let shp = write::shapes(&[vec![square(&system, 38.87, -77.12, 0.02)], vec![square(&system, 38.0, -77.0, 0.01)]]);
    let dbf = write::table(&[("PRECINCT", 8), ("NAME", 20)], &[vec!["1", "One"], vec!["77", "Unknown"]]);
    let outcome = build_bytes(&[
        ("feed.xml", FEED.as_bytes().to_vec()),
        ("bounds/p.dbf", dbf),
        ("bounds/p.prj", prj.as_bytes().to_vec()),
        ("bounds/p.shp", shp),
    ]);
    let formats: Vec<&str> = outcome.report.files().iter().map(|file| file.format.as_str()).collect();
    assert_eq!(formats, ["vip-xml", "esri-dbf", "esri-prj", "esri-shapefile"]);
    let unknown = with_code(&outcome, "boundary_unknown_precinct");
    assert_eq!(unknown.len(), 2, "the .dbf row and the .shp record");
    assert!(unknown.iter().all(|p| p.line == Some(2) && p.message.contains("precinct = \"77\"")));
    let precinct = &us(&outcome).precincts[0];
    let boundary = precinct.boundary.as_ref().expect("boundary");
    assert!(boundary.contains(-77.11, 38.88));
    assert!(!boundary.contains(-77.13, 38.88));
    let [west, south, east, north] = boundary.bounds().expect("points");
    // Back in WGS84 to within 1e-7 degrees (about a centimetre).
    assert!((west + 77.12).abs() < 1e-7 && (south - 38.87).abs() < 1e-7, "{west} {south}");
    assert!((east + 77.10).abs() < 1e-7 && (north - 38.89).abs() < 1e-7, "{east} {north}");
}

#[test]
fn a_shapefile_without_its_prj_stops_the_build() {
    let shp = write::shapes(&[vec![vec![(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.0, 0.0)]]]);
    let dbf = write::table(&[("PRECINCT_ID", 4)], &[vec!["p1"]]);
    let outcome = build_bytes(&[("feed.xml", FEED.as_bytes().to_vec()), ("p.shp", shp), ("p.dbf", dbf)]);
    let incomplete = with_code(&outcome, "shapefile_incomplete");
    assert_eq!(incomplete.len(), 1, "{:?}", outcome.report.problems());
    assert!(incomplete[0].message.contains("projection (.prj)"));
    assert!(outcome.bundle.is_none());
}

#[test]
fn shapefile_parts_round_trip_and_holes_find_their_polygon() {
    let outer = vec![(0.0, 0.0), (0.0, 10.0), (10.0, 10.0), (10.0, 0.0), (0.0, 0.0)];
    let hole = vec![(4.0, 4.0), (6.0, 4.0), (6.0, 6.0), (4.0, 6.0), (4.0, 4.0)];
    let other = vec![(20.0, 0.0), (20.0, 1.0), (21.0, 1.0), (20.0, 0.0)];
    let bytes = write::shapes(&[vec![outer.clone(), other.clone(), hole.clone()], vec![]]);
    assert_eq!(shapefile::recognise(&bytes), Some(shapefile::ShapefilePart::Shapes));
    let records = shapefile::read_shapes(&bytes).expect("reads");
    assert_eq!(records.len(), 2);
    assert!(records[1].is_empty(), "a shape without parts reads as a null shape");
    let polygons = shapefile::group_rings(records[0].clone());
    assert_eq!(polygons, [vec![outer, hole], vec![other]]);
    let truncated = shapefile::read_shapes(&bytes[..bytes.len() - 3]);
    assert!(matches!(truncated, Err(shapefile::ShapefileError::Truncated { record: 2, .. })), "{truncated:?}");
    let dbf = write::table(&[("ID", 3), ("NAME", 6)], &[vec!["a", "Ünïcø"], vec!["b", ""]]);
    assert_eq!(shapefile::recognise(&dbf), Some(shapefile::ShapefilePart::Table));
    let table = shapefile::read_table(&dbf).expect("reads");
    assert_eq!(table.columns, ["ID", "NAME"]);
    let row = table.rows[0].as_ref().expect("row");
    assert_eq!(table.value(row, "name"), Some("Ünïc"), "cut to the column width on a character boundary");
    assert_eq!(shapefile::recognise(b"station_id,name\n"), None);
}

#[test]
fn the_shared_vip_5_sample_is_read_as_far_as_it_maps() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/vip/sample_feed_v5.xml");
    let Ok(text) = std::fs::read_to_string(&path) else {
        println!("skipped: ../shared not present ({} not found)", path.display());
        return;
    };
    let outcome = build(&[("sample_feed_v5.xml", &text)]);
    let file = &outcome.report.files()[0];
    assert_eq!(file.records_read(), 249, "every child of VipObject");
    assert_eq!(with_code(&outcome, "vip_older_version").len(), 1);
    let us = us(&outcome);
    assert_eq!(us.state.as_ref().map(|s| s.name.as_str()), Some("Virginia"));
    assert_eq!(us.locations.len(), 27);
    assert!(us.locations.iter().any(|l| l.is_drop_box && l.is_early_voting));
    assert_eq!(us.precincts.len(), 32);
    assert_eq!(us.street_segments.len(), 13);
    assert_eq!((file.imported(), file.dropped()), (81, 168), "the 168 are candidates, contests, parties, …");
    let unused = with_code(&outcome, "vip_element_not_used");
    assert_eq!(unused.len(), 13, "one warning per element kind");
    assert!(unused.iter().any(|p| p.message.starts_with("28 Candidate elements (lines 850, 881,")));
    assert!(outcome.report.problems().iter().all(|p| p.severity != crate::import::Severity::Error));
}

proptest::proptest! {
    /// Damaged or arbitrary bytes are refused with an error, never a panic.
    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..400)) {
        let _ = shapefile::recognise(&bytes);
        let _ = shapefile::read_shapes(&bytes);
        let _ = shapefile::read_table(&bytes);
        let _ = parse_prj(&String::from_utf8_lossy(&bytes));
        let mut shp = write::shapes(&[vec![vec![(0.0, 0.0), (0.0, 1.0), (1.0, 1.0), (0.0, 0.0)]]]);
        shp.extend(&bytes);
        let _ = shapefile::read_shapes(&shp);
        let mut dbf = write::table(&[("ID", 4)], &[vec!["a"]]);
        dbf.truncate(bytes.len() % 70);
        let _ = shapefile::read_table(&dbf);
    }

    /// A truncated or spliced feed is settled record for record or refused whole.
    #[test]
    fn any_prefix_of_a_feed_is_accounted_for(cut in 0usize..1500) {
        let end = FEED.char_indices().map(|(at, _)| at).find(|&at| at >= cut.min(FEED.len())).unwrap_or(FEED.len());
        let outcome = build(&[("feed.xml", &FEED[..end])]);
        let file = &outcome.report.files()[0];
        proptest::prop_assert_eq!(file.imported() + file.dropped(), file.records_read());
        proptest::prop_assert!(end == FEED.len() || outcome.bundle.is_none() || end >= FEED.trim_end().len());
    }
}

#[test]
fn a_utf16_feed_is_read_like_utf8() {
    let text = FEED.replace("<?xml version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>");
    let mut bytes = vec![0xFF, 0xFE];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let outcome = build_bytes(&[("feed.xml", bytes)]);
    assert_eq!(outcome.report.files()[0].encoding, Some("utf-16le"));
    assert_eq!(us(&outcome).locations.len(), 1, "{:?}", outcome.report.problems());
}

#[test]
fn a_spatial_boundary_names_its_shapefile_record_by_zero_based_index() {
    let prj = crate::geo::projection::tests::VIRGINIA_NORTH_FTUS_PRJ;
    let system = parse_prj(prj).expect("prj");
    let feed = FEED
        .replace(
            "<PollingLocationIds>pl1</PollingLocationIds>",
            "<PollingLocationIds>pl1</PollingLocationIds>\n    <SpatialBoundary><ExternalGeospatialFeature>\
             <ExternalFileId>ef1</ExternalFileId><FileFormat>shp</FileFormat>\
             <FeatureIdentifier><Index>1</Index></FeatureIdentifier></ExternalGeospatialFeature></SpatialBoundary>",
        )
        .replace(
            "<Candidate",
            "<ExternalFile id=\"ef1\"><FileUri>https://example.org/Bounds.shp</FileUri></ExternalFile>\n  <Candidate",
        );
    // Record 0 is far away; record 1 is the precinct's. Neither has a usable attribute.
    let shp = write::shapes(&[vec![square(&system, 37.0, -79.0, 0.01)], vec![square(&system, 38.87, -77.12, 0.02)]]);
    let dbf = write::table(&[("NAME", 8)], &[vec!["far"], vec!["near"]]);
    let outcome = build_bytes(&[
        ("feed.xml", feed.into_bytes()),
        ("bounds.shp", shp),
        ("bounds.dbf", dbf),
        ("bounds.prj", prj.as_bytes().to_vec()),
    ]);
    let boundary = us(&outcome).precincts[0].boundary.as_ref().expect("linked by index");
    assert!(boundary.contains(-77.11, 38.88));
    assert!(!boundary.contains(-78.995, 37.005), "record 0 is not the precinct's");
    let unknown = with_code(&outcome, "boundary_unknown_precinct");
    assert!(unknown.iter().all(|p| p.line == Some(1)), "record 0 (line 1) matches nothing: {unknown:?}");
    assert!(with_code(&outcome, "vip_element_not_used").iter().all(|p| !p.message.contains("ExternalFile")));
}
