//! Projections against the worked examples of IOGP Publication 373-7-2 (Geomatics
//! Guidance Note 7 part 2, "Coordinate Conversions and Transformations including
//! Formulas"): §1.3.1.1 Lambert conic conformal 1SP (Jamaica National Grid), §1.3.1.2
//! Lambert conic conformal 2SP (NAD27 / Texas South Central, in US survey feet) and
//! §1.3.5.1 transverse Mercator (OSGB 1936 / British National Grid). The examples'
//! ellipsoids are Clarke 1866 and Airy 1830; the formulas are the same for GRS80.

use super::wkt::{parse_prj, CoordinateSystem, PrjError};
use super::*;

const CLARKE_1866: Ellipsoid = Ellipsoid { semi_major_axis: 6_378_206.400, inverse_flattening: 294.978_698_2 };
const AIRY_1830: Ellipsoid = Ellipsoid { semi_major_axis: 6_377_563.396, inverse_flattening: 299.324_964_6 };

fn dms(degrees: f64, minutes: f64, seconds: f64) -> f64 {
    degrees.signum() * (degrees.abs() + minutes / 60.0 + seconds / 3600.0)
}

fn assert_close(found: (f64, f64), expected: (f64, f64), tolerance: f64, what: &str) {
    assert!(
        (found.0 - expected.0).abs() < tolerance && (found.1 - expected.1).abs() < tolerance,
        "{what}: found {found:?}, expected {expected:?} (±{tolerance})"
    );
}

fn texas_south_central_nad27() -> ProjectedCrs {
    let ft = LinearUnit::US_SURVEY_FOOT;
    ProjectedCrs {
        projection: Projection::LambertConic(LambertConic::two_standard_parallels(
            CLARKE_1866,
            dms(27.0, 50.0, 0.0),
            -99.0,
            dms(28.0, 23.0, 0.0),
            dms(30.0, 17.0, 0.0),
            2_000_000.0 * ft.metres,
            0.0,
        )),
        unit: ft,
    }
}

#[test]
fn lambert_2sp_matches_guidance_note_example() {
    let crs = texas_south_central_nad27();
    let (lat, lon) = (28.5, -96.0);
    // GN 7-2 §1.3.1.2: E = 2963503.91 ftUS, N = 254759.80 ftUS.
    assert_close(crs.from_wgs84(lat, lon), (2_963_503.91, 254_759.80), 0.01, "forward");
    let back = crs.to_wgs84(2_963_503.91, 254_759.80);
    assert_close(back, (lat, lon), 1e-7, "inverse");
}

#[test]
fn lambert_1sp_matches_guidance_note_example() {
    let lcc = LambertConic::one_standard_parallel(CLARKE_1866, 18.0, -77.0, 1.0, 250_000.0, 150_000.0);
    let (lat, lon) = (dms(17.0, 55.0, 55.80), -dms(76.0, 56.0, 37.26));
    // GN 7-2 §1.3.1.1: E = 255966.58 m, N = 142493.51 m.
    assert_close(lcc.forward(lat, lon), (255_966.58, 142_493.51), 0.01, "forward");
    assert_close(lcc.inverse(255_966.58, 142_493.51), (lat, lon), 1e-7, "inverse");
}

#[test]
fn transverse_mercator_matches_guidance_note_example() {
    let tm = TransverseMercator::new(AIRY_1830, 49.0, -2.0, 0.999_601_271_7, 400_000.0, -100_000.0);
    let (lat, lon) = (50.5, 0.5);
    // GN 7-2 §1.3.5.1: E = 577274.99 m, N = 69740.50 m.
    assert_close(tm.forward(lat, lon), (577_274.99, 69_740.50), 0.01, "forward");
    assert_close(tm.inverse(577_274.99, 69_740.50), (lat, lon), 1e-7, "inverse");
}

#[test]
fn origins_map_to_the_false_origin() {
    let tm = TransverseMercator::new(Ellipsoid::GRS80, 31.0, -110.1666667, 0.9999, 213_360.0, 0.0);
    assert_close(tm.forward(31.0, -110.1666667), (213_360.0, 0.0), 1e-6, "tm");
    let lcc = LambertConic::two_standard_parallels(Ellipsoid::GRS80, 37.5, -78.5, 38.0, 39.0, 3_500_000.0, 2_000_000.0);
    assert_close(lcc.forward(37.5, -78.5), (3_500_000.0, 2_000_000.0), 1e-6, "lcc");
}

#[test]
fn round_trips_across_state_plane_zones() {
    let virginia_north = Projection::LambertConic(LambertConic::two_standard_parallels(
        Ellipsoid::GRS80,
        dms(37.0, 40.0, 0.0),
        -78.5,
        dms(39.0, 12.0, 0.0),
        dms(38.0, 2.0, 0.0),
        3_500_000.0,
        2_000_000.0,
    ));
    let arizona_east = Projection::TransverseMercator(TransverseMercator::new(
        Ellipsoid::GRS80,
        31.0,
        -dms(110.0, 10.0, 0.0),
        0.9999,
        213_360.0,
        0.0,
    ));
    // Each zone over (and a little beyond) its own extent.
    for (projection, lats, lons) in [
        (virginia_north, [37.5, 38.2, 38.9, 39.5], [-80.5, -79.0, -77.2, -75.2]),
        (arizona_east, [31.2, 32.7, 34.5, 37.1], [-111.6, -110.9, -110.0, -108.9]),
    ] {
        for lat in lats {
            for lon in lons {
                let (x, y) = projection.forward(lat, lon);
                let back = projection.inverse(x, y);
                // 1e-9 degrees is about 0.1 mm.
                assert_close(back, (lat, lon), 1e-9, &format!("{projection:?} at {lat},{lon}"));
            }
        }
    }
}

/// NAD83 / Virginia North (ftUS), EPSG:2283, as ArcGIS writes it.
pub(crate) const VIRGINIA_NORTH_FTUS_PRJ: &str = r#"PROJCS["NAD_1983_StatePlane_Virginia_North_FIPS_4501_Feet",GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],PARAMETER["False_Easting",11482916.66666666],PARAMETER["False_Northing",6561666.666666666],PARAMETER["Central_Meridian",-78.5],PARAMETER["Standard_Parallel_1",38.03333333333333],PARAMETER["Standard_Parallel_2",39.2],PARAMETER["Latitude_Of_Origin",37.66666666666666],UNIT["Foot_US",0.3048006096012192]]"#;

#[test]
fn esri_state_plane_prj_in_us_feet() {
    let CoordinateSystem::Projected(crs) = parse_prj(VIRGINIA_NORTH_FTUS_PRJ).expect("parses") else {
        panic!("projected");
    };
    assert!((crs.unit.metres - LinearUnit::US_SURVEY_FOOT.metres).abs() < 1e-12);
    // The false origin (37°40′N, 78°30′W) is at the false easting and northing.
    assert_close(crs.from_wgs84(dms(37.0, 40.0, 0.0), -78.5), (11_482_916.667, 6_561_666.667), 0.001, "origin");
    // Round trip through the file's unit.
    let (x, y) = crs.from_wgs84(38.88, -77.1);
    assert_close(crs.to_wgs84(x, y), (38.88, -77.1), 1e-9, "round trip");
}

#[test]
fn ogc_transverse_mercator_prj_in_metres() {
    let prj = r#"PROJCS["NAD83 / Arizona East",GEOGCS["NAD83",DATUM["North_American_Datum_1983",SPHEROID["GRS 1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",31],PARAMETER["central_meridian",-110.1666666666667],PARAMETER["scale_factor",0.9999],PARAMETER["false_easting",213360],PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["X",EAST],AXIS["Y",NORTH],AUTHORITY["EPSG","26949"]]"#;
    let system = parse_prj(prj).expect("parses");
    let (lat, lon) = system.to_wgs84(213_360.0, 0.0);
    assert_close((lat, lon), (31.0, -110.1666666666667), 1e-9, "origin");
}

#[test]
fn lambert_1sp_prj() {
    let prj = r#"PROJCS["x",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]]],PROJECTION["Lambert_Conformal_Conic_1SP"],PARAMETER["latitude_of_origin",18],PARAMETER["central_meridian",-77],PARAMETER["scale_factor",1],PARAMETER["false_easting",250000],PARAMETER["false_northing",150000],UNIT["metre",1]]"#;
    let system = parse_prj(prj).expect("parses");
    assert_close(system.to_wgs84(250_000.0, 150_000.0), (18.0, -77.0), 1e-9, "origin");
}

#[test]
fn geographic_prj_is_longitude_then_latitude() {
    let prj = r#"GEOGCS["GCS_North_American_1983",DATUM["D_North_American_1983",SPHEROID["GRS_1980",6378137.0,298.257222101]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]"#;
    assert_eq!(parse_prj(prj), Ok(CoordinateSystem::Geographic));
    assert_eq!(CoordinateSystem::Geographic.to_wgs84(-78.5, 38.0), (38.0, -78.5));
}

#[test]
fn unsupported_prj_files_are_named() {
    let nad27 = r#"PROJCS["NAD27 / Texas South Central",GEOGCS["NAD27",DATUM["North_American_Datum_1927",SPHEROID["Clarke 1866",6378206.4,294.978698213898]]],PROJECTION["Lambert_Conformal_Conic_2SP"],PARAMETER["central_meridian",-99],UNIT["US survey foot",0.304800609601219]]"#;
    assert_eq!(parse_prj(nad27), Err(PrjError::UnsupportedDatum("North_American_Datum_1927".into())));
    let albers = VIRGINIA_NORTH_FTUS_PRJ.replace("Lambert_Conformal_Conic", "Albers");
    assert_eq!(parse_prj(&albers), Err(PrjError::UnsupportedProjection("Albers".into())));
    assert!(matches!(parse_prj("PROJCS[\"x\",GEOGCS["), Err(PrjError::Syntax(_))));
    assert!(matches!(parse_prj("hello"), Err(PrjError::Syntax(_))));
    assert_eq!(parse_prj("VERT_CS[\"x\"]"), Err(PrjError::NotACoordinateSystem("VERT_CS".into())));
}
