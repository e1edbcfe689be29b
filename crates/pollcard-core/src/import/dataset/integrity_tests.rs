use super::*;
use crate::import::test_support::{build, with_code, COUNCIL};
use crate::import::Action;

const HEADER: &str = "station_id,name,address,postcode,lat,lon,hearing_loop\n";

fn stations(rows: &str) -> String {
    format!("{HEADER}{rows}")
}

fn addresses(rows: &str) -> String {
    format!("uprn,address,postcode,station_id,district\n{rows}")
}

/// Builds a council from station rows, with one address at every station so that no
/// station is reported as unused.
fn build_stations(rows: &str) -> crate::import::ImportOutcome {
    let ids: Vec<&str> = rows.lines().filter_map(|row| row.split(',').next()).collect();
    let address_rows: String =
        ids.iter().enumerate().map(|(n, id)| format!("{},{n} High Street,AA1 {n}AA,{id},\n", 100 + n)).collect();
    build(&[("council.toml", COUNCIL), ("stations.csv", &stations(rows)), ("addresses.csv", &addresses(&address_rows))])
}

fn lines_with(outcome: &crate::import::ImportOutcome, code: &str) -> Vec<Option<u64>> {
    with_code(outcome, code).iter().map(|problem| problem.line).collect()
}

/// Six stations around a small town (within about 3 km of each other).
const TOWN: &str = "S1,Hall,Mill Lane,AA1 1AA,52.500,-4.000,yes\n\
                    S2,Chapel,Chapel St,AA1 1AB,52.510,-4.010,yes\n\
                    S3,School,School Rd,AA1 1AD,52.490,-3.990,yes\n\
                    S4,Library,Main St,AA1 1AE,52.505,-4.020,yes\n\
                    S5,Church,Church St,AA1 1AF,52.495,-3.980,yes\n";

#[test]
fn a_tidy_council_has_no_integrity_warnings() {
    let outcome = build_stations(TOWN);
    for code in ["station_far_from_others", "stations_at_same_place", "no_accessibility_data", "split_postcode"] {
        assert_eq!(lines_with(&outcome, code), [], "{code}");
    }
    assert!(outcome.bundle.is_some());
}

#[test]
fn a_station_with_swapped_coordinates_is_far_from_the_others() {
    // Latitude and longitude swapped: somewhere in the sea off Somalia.
    let outcome = build_stations(&format!("{TOWN}S6,Scout Hut,Beach Rd,AA1 1AG,-4.005,52.502,yes\n"));
    assert_eq!(lines_with(&outcome, "station_far_from_others"), [Some(7)]);
    let problem = &with_code(&outcome, "station_far_from_others")[0];
    assert!(problem.message.contains("\"S6\""), "{}", problem.message);
    assert_eq!(problem.action, Action::Kept);
    assert_eq!(outcome.bundle.expect("a warning does not stop the build").stations.len(), 6);
}

#[test]
fn a_station_on_the_edge_of_a_rural_council_is_not_far() {
    // 15 km out: beyond three times the others' spread, but within the 20 km floor.
    let outcome = build_stations(&format!("{TOWN}S6,Farm,Hill Rd,AA1 1AG,52.635,-4.000,yes\n"));
    assert_eq!(lines_with(&outcome, "station_far_from_others"), []);
    // 40 km out is reported.
    let outcome = build_stations(&format!("{TOWN}S6,Farm,Hill Rd,AA1 1AG,52.860,-4.000,yes\n"));
    assert_eq!(lines_with(&outcome, "station_far_from_others"), [Some(7)]);
}

#[test]
fn too_few_stations_to_judge_distance() {
    let outcome = build_stations(
        "S1,Hall,Mill Lane,AA1 1AA,52.5,-4.0,yes\nS2,Chapel,Chapel St,AA1 1AB,52.5,-4.0001,yes\n\
         S3,Far,Far Rd,AA1 1AD,57.0,-2.0,yes\n",
    );
    assert_eq!(lines_with(&outcome, "station_far_from_others"), []);
}

#[test]
fn two_stations_at_one_spot_with_different_postcodes() {
    // S6 is about 4 m from S1 with another postcode; S7 shares S2's spot and postcode.
    let outcome = build_stations(&format!(
        "{TOWN}S6,Hall Annexe,Mill Lane,AA1 9ZZ,52.50003,-4.00003,yes\nS7,Chapel Room,Chapel St,AA1 1AB,52.510,-4.010,yes\n"
    ));
    assert_eq!(lines_with(&outcome, "stations_at_same_place"), [Some(7)]);
    let message = &with_code(&outcome, "stations_at_same_place")[0].message;
    assert!(message.contains("\"S6\"") && message.contains("\"S1\"") && message.contains("line 2 of stations.csv"));
}

#[test]
fn stations_without_accessibility_data_are_reported() {
    let outcome = build_stations("S1,Hall,Mill Lane,AA1 1AA,52.5,-4.0,yes\nS2,Chapel,Chapel St,AA1 1AB,52.6,-4.1,\n");
    assert_eq!(lines_with(&outcome, "no_accessibility_data"), [Some(3)]);
}

#[test]
fn split_postcodes_are_reported_once_with_the_count() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", &stations("S1,Hall,Mill Lane,AA1 1AA,52.5,-4.0,yes\nS2,Chapel,Chapel St,AA1 1AB,52.6,-4.1,yes\n")),
        (
            "addresses.csv",
            &addresses(
                "1,1 High St,AA1 1AA,S1,\n2,2 High St,AA1 1AA,S2,\n3,3 High St,AA1 1AA,S2,\n4,1 Mill Lane,AA1 1AB,S1,\n",
            ),
        ),
    ]);
    assert_eq!(lines_with(&outcome, "split_postcode"), [Some(2)]);
    let message = &with_code(&outcome, "split_postcode")[0].message;
    assert!(message.contains("AA1 1AA") && message.contains("3 addresses") && message.contains("2 different"));
}

#[test]
fn addresses_without_a_station_are_kept_and_reported() {
    let outcome = build(&[
        ("council.toml", COUNCIL),
        ("stations.csv", &stations("S1,Hall,Mill Lane,AA1 1AA,52.5,-4.0,yes\n")),
        ("addresses.csv", &addresses("1,1 High St,AA1 1AA,S1,\n2,2 High St,AA1 1AA,,\n")),
    ]);
    assert_eq!(lines_with(&outcome, "address_without_station"), [Some(3)]);
    assert_eq!(with_code(&outcome, "address_without_station")[0].action, Action::KeptAsNoStation);
    // One station and no station is not a split.
    assert_eq!(lines_with(&outcome, "split_postcode"), []);
    let bundle = outcome.bundle.expect("builds");
    assert_eq!(bundle.addresses.len(), 2);
}

#[test]
fn median_of_odd_and_even_counts() {
    assert_eq!(median(vec![3.0, 1.0, 2.0]), Some(2.0));
    assert_eq!(median(vec![4.0, 1.0, 2.0, 3.0]), Some(2.5));
    assert_eq!(median(Vec::new()), None);
}
