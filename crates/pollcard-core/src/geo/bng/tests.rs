use super::*;

/// Metres on the ground between two nearby WGS84 positions (degrees), from the local
/// lengths of a degree of latitude and of longitude on GRS80.
fn metres_apart((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let lat = ((lat1 + lat2) / 2.0).to_radians();
    let e2 = GRS80.e2();
    let w = (1.0 - e2 * lat.sin().powi(2)).sqrt();
    let metres_per_radian_lat = GRS80.a * (1.0 - e2) / w.powi(3);
    let metres_per_radian_lon = GRS80.a * lat.cos() / w;
    let north = (lat1 - lat2).to_radians() * metres_per_radian_lat;
    let east = (lon1 - lon2).to_radians() * metres_per_radian_lon;
    north.hypot(east)
}

/// Degrees from degrees, minutes and seconds.
fn dms(degrees: f64, minutes: f64, seconds: f64) -> f64 {
    degrees + minutes / 60.0 + seconds / 3600.0
}

/// The OS's OSTN15 test points (`OSTN15_OSGM15_TestInput_OSGBtoETRS.txt` and its
/// output): OSGB36 easting and northing, and their ETRS89 latitude and longitude by
/// OSTN15, the definitive transformation.
const OSTN15_POINTS: [(&str, f64, f64, f64, f64); 32] = [
    ("BLAC", 331_534.552, 431_920.792, 53.779_110_256_944_44, -3.040_454_906_944_444),
    ("BRIS", 362_269.979, 169_978.688, 51.427_547_433_611_11, -2.544_076_186_111_111),
    ("BUT1", 151_968.641, 966_483.777, 58.515_603_618_055_56, -6.260_914_556_388_889),
    ("CARL", 339_921.133, 556_034.759, 54.895_423_405_277_77, -2.938_277_414_722_223),
    ("CARM", 241_124.573, 220_332.638, 51.858_908_967_5, -4.308_524_766_111_111),
    ("COLC", 599_445.578, 225_722.824, 51.894_366_375_277_78, 0.897_243_275),
    ("DARE", 357_455.831, 383_290.434, 53.344_802_806_666_67, -2.640_493_207_222_222),
    ("DROI", 389_544.178, 261_912.151, 52.255_293_816_388_89, -2.154_586_149_444_444),
    ("EDIN", 319_188.423, 670_947.532, 55.924_782_652_5, -3.294_792_187_777_777),
    ("FLA1", 525_745.658, 470_703.211, 54.116_851_443_333_33, -0.077_731_326_666_666_67),
    ("GIR1", 397_160.479, 805_349.734, 57.139_025_193_055_55, -2.048_560_316_111_111),
    ("GLAS", 256_340.914, 664_697.266, 55.853_999_529_722_22, -4.296_490_155_555_555),
    ("INVE", 267_056.756, 846_176.969, 57.486_250_003_333_33, -4.219_263_989_444_444),
    ("IOMN", 244_780.625, 495_254.884, 54.329_195_410_555_56, -4.388_491_18),
    ("IOMS", 227_778.318, 468_847.386, 54.086_663_180_833_33, -4.634_521_684_999_999),
    ("KING", 562_180.535, 319_784.993, 52.751_366_874_444_44, 0.401_535_476_944_444_5),
    ("LEED", 422_242.174, 433_818.699, 53.800_215_199_166_67, -1.663_791_675_833_333),
    ("LIZ1", 170_370.706, 11_572.404, 49.960_061_383_055_56, -5.203_046_100_277_778),
    ("LOND", 530_624.963, 178_388.461, 51.489_365_646_111_11, -0.119_925_564_166_666_7),
    ("LYN1", 247_958.959, 393_492.906, 53.416_285_157_777_78, -4.289_180_693_055_555),
    ("MALA", 167_634.190, 797_067.142, 57.006_066_965_277_77, -5.828_366_926_388_889),
    ("NAS1", 292_184.858, 168_003.462, 51.400_782_203_888_89, -3.551_283_487_222_222),
    ("NEWC", 424_639.343, 565_012.700, 54.979_122_74, -1.616_576_845_555_556),
    ("NFO1", 639_821.823, 169_565.856, 51.374_470_259_166_66, 1.444_547_306_944_445),
    ("NORT", 474_335.957, 262_047.752, 52.251_609_509_166_67, -0.912_489_57),
    ("NOTT", 454_002.822, 340_834.941, 52.962_191_095, -1.197_476_561_666_667),
    ("OSHQ", 438_710.908, 114_792.248, 50.931_279_377_5, -1.450_514_340_555_556),
    ("PLYM", 250_359.798, 62_016.567, 50.438_858_254_722_22, -4.108_645_639_722_222),
    ("SCP1", 449_816.359, 75_335.859, 50.575_636_651_666_67, -1.297_822_771_388_889),
    ("SUM1", 440_725.061, 1_107_878.445, 59.854_099_142_5, -1.274_869_112_222_222),
    ("THUR", 299_721.879, 967_202.990, 58.581_204_614_444_45, -3.726_310_213_055_556),
    ("SCILLY", 91_492.135, 11_318.801, 49.922_263_943_333_33, -6.299_777_527_222_222),
];

#[test]
fn ostn15_test_points_are_within_five_metres() {
    let mut worst = ("", 0.0);
    for (name, easting, northing, lat, lon) in OSTN15_POINTS {
        let got = bng_to_wgs84(easting, northing).unwrap_or_else(|| panic!("{name} is inside the grid"));
        let error = metres_apart(got, (lat, lon));
        println!("{name}: {error:.2} m");
        assert!(error < 5.0, "{name}: {got:?} is {error:.2} m from OSTN15's ({lat}, {lon})");
        if error > worst.1 {
            worst = (name, error);
        }
    }
    println!("worst: {} at {:.2} m", worst.0, worst.1);
}

/// The OS guide's worked example (annex C.2): Caister Water Tower at E 651409.903,
/// N 313177.270 is OSGB36 52°39′27.2531″N, 1°43′04.5177″E. This checks the projection
/// alone, so to the guide's precision (1 mm) rather than the datum shift's 5 m.
#[test]
fn the_projection_matches_the_os_worked_example() {
    let (lat, lon) = grid_to_osgb36(651_409.903, 313_177.270);
    let got = (lat.to_degrees(), lon.to_degrees());
    let expected = (dms(52.0, 39.0, 27.2531), dms(1.0, 43.0, 4.5177));
    let error = metres_apart(got, expected);
    assert!(error < 0.001, "{got:?} is {error} m from {expected:?}");
}

/// The datum shift is real: the same grid position read as OSGB36 and as WGS84 is
/// about 100 m apart in East Anglia, so a missing or mis-signed Helmert step fails.
#[test]
fn the_datum_shift_is_applied() {
    let (lat, lon) = grid_to_osgb36(651_409.903, 313_177.270);
    let osgb36 = (lat.to_degrees(), lon.to_degrees());
    let wgs84 = bng_to_wgs84(651_409.903, 313_177.270).expect("inside the grid");
    let shift = metres_apart(osgb36, wgs84);
    assert!((80.0..150.0).contains(&shift), "{shift} m");
    // WGS84's zero meridian runs about 100 m east of the Airy one OSGB36 uses.
    assert!(wgs84.1 < osgb36.1, "WGS84 longitudes are west of OSGB36 ones in Britain");
}

#[test]
fn outside_the_grid_or_not_a_number_is_none() {
    for (easting, northing) in [
        (-0.1, 300_000.0),
        (700_000.1, 300_000.0),
        (300_000.0, -1.0),
        (300_000.0, 1_300_000.1),
        (f64::NAN, 300_000.0),
        (300_000.0, f64::INFINITY),
    ] {
        assert_eq!(bng_to_wgs84(easting, northing), None, "{easting} {northing}");
    }
    assert!(bng_to_wgs84(0.0, 0.0).is_some() && bng_to_wgs84(700_000.0, 1_300_000.0).is_some(), "edges are inside");
}

/// Neighbouring grid positions stay neighbours: 100 m east and north on the grid is
/// about 141 m on the ground (the grid's scale is within 0.04% of true in Britain).
#[test]
fn nearby_grid_positions_are_the_same_distance_apart_on_the_ground() {
    let here = bng_to_wgs84(530_624.963, 178_388.461).expect("inside the grid");
    let there = bng_to_wgs84(530_724.963, 178_488.461).expect("inside the grid");
    let apart = metres_apart(here, there);
    assert!((apart - 100.0 * 2f64.sqrt()).abs() < 0.2, "{apart} m");
}
