use crate::import::test_support::{build, COUNCIL};

use super::super::row_problems::row_problems;

const STATIONS: &str = "internal_council_id, address, postcode, lng, lat
1,\"Village Hall, Mill Lane, Aberdyfi\",AA1 9AA,-4.0431,52.5442
2,Chapel Street,aa19ab,0,0
3,[TESTING] Hut,AA1 9AD,-4.05,52.54
,Nameless Hall,AA1 9AE,-4.05,52.54
";

const STATIONS_GRID: &str =
    "internal_council_id, address, postcode, east, north\n1,Village Hall,AA1 9AA,261500,296000\n";

const ADDRESSES: &str = "address,uprn,postcode,polling_station
\"1 Sea View, Aberdyfi\",1001,AA1 1AA,1
\"2 Sea View, Aberdyfi, AA1 1AA\",1002,,2
\"3 Sea View\",1003,AA1 1AB,n/a
\"4 Sea View\",1004,AA1 1AB,9
\"Dummy Record\",1005,AA1 1AB,1
";

#[test]
fn stations_and_addresses_make_one_council() {
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", STATIONS), ("addresses.csv", ADDRESSES)]);
    let files = outcome.report.files();
    assert_eq!(
        (files[1].format.as_str(), files[2].format.as_str()),
        ("democracy-club-stations", "democracy-club-addresses")
    );
    assert_eq!((files[1].records_read(), files[1].imported(), files[1].dropped()), (4, 2, 2));
    assert_eq!(
        row_problems(&outcome, "stations.csv"),
        [("no_location", Some(3)), ("test_record", Some(4)), ("blank_field", Some(5))]
    );
    assert_eq!(
        row_problems(&outcome, "addresses.csv"),
        [("postcode_from_address", Some(3)), ("unknown_station", Some(5)), ("test_record", Some(6))]
    );
    let bundle = outcome.bundle.expect("builds");
    let hall = &bundle.stations[0];
    assert_eq!((hall.name.as_str(), hall.address.as_str()), ("Village Hall", "Mill Lane, Aberdyfi"));
    assert_eq!(hall.location.map(|l| (l.lat, l.lon)), Some((52.5442, -4.0431)));
    let chapel = &bundle.stations[1];
    assert_eq!(
        (chapel.name.as_str(), chapel.address.as_str(), chapel.postcode.as_deref()),
        ("Chapel Street", "Chapel Street", Some("AA1 9AB"))
    );
    let label = |uprn: &str| bundle.addresses.iter().find(|(_, a)| a.uprn == uprn).map(|(_, a)| a.label.clone());
    assert_eq!(label("1002").as_deref(), Some("2 Sea View, Aberdyfi"));
}

#[test]
fn grid_references_are_converted() {
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", STATIONS_GRID)]);
    let station = &outcome.bundle.expect("builds").stations[0];
    let location = station.location.expect("converted");
    assert!((location.lat - 52.544).abs() < 0.01 && (location.lon + 4.044).abs() < 0.01, "{location:?}");
}
