use crate::import::test_support::{build, COUNCIL};

use super::super::row_problems::row_problems;

const ADDRESSES: &str = "Add1,Add2,Add3,Add4,Add5,Add6,PostCode,StationCode,UPRN,Xordinate,Yordinate
1 Sea View,Aberdyfi,,,,,AA1 1AA,D1/1,1001,261400,296100
2 Sea View,Aberdyfi,,,,,,D1/1,1002,,
3 Sea View,Aberdyfi,AA1 1AB,,,,,D2,1003,,
Dummy Record for Other Street,,,,,,,D1/1,1004,,
4 Sea View,Aberdyfi,,,,,AA1 1AB,n/a,1005,,
";

const STATIONS: &str = "Add1,Add2,Add3,Add4,Add5,Add6,PostCode,StationCode,Xordinate,Yordinate,PlaceName
Mill Lane,Aberdyfi,,,,,AA1 9AA,D1/1,261500,296000,Village Hall
Chapel Street,Aberdyfi,,,,,AA1 9AB,D2,0,0,Chapel
Shore,Aberdyfi,,,,,AA1 9AC,D3,,,
";

#[test]
fn the_two_files_make_one_council() {
    let outcome = build(&[("council.toml", COUNCIL), ("stations.csv", STATIONS), ("addresses.csv", ADDRESSES)]);
    let files = outcome.report.files();
    assert_eq!(
        (files[1].format.as_str(), files[2].format.as_str()),
        ("democracy-counts-stations", "democracy-counts-addresses")
    );
    assert_eq!((files[1].records_read(), files[1].imported(), files[1].dropped()), (3, 2, 1));
    assert_eq!((files[2].records_read(), files[2].imported(), files[2].repaired(), files[2].dropped()), (5, 3, 1, 2));
    assert_eq!(row_problems(&outcome, "stations.csv"), [("no_location", Some(3)), ("blank_field", Some(4))]);
    assert_eq!(
        row_problems(&outcome, "addresses.csv"),
        [("blank_field", Some(3)), ("postcode_from_address", Some(4)), ("test_record", Some(5))]
    );
    let bundle = outcome.bundle.expect("builds");
    let hall = &bundle.stations[0];
    assert_eq!(
        (hall.id.as_str(), hall.name.as_str(), hall.address.as_str()),
        ("D1/1", "Village Hall", "Mill Lane, Aberdyfi")
    );
    assert!(hall.location.is_some(), "grid reference converted");
    let station_of =
        |uprn: &str| bundle.addresses.iter().find(|(_, a)| a.uprn == uprn).map(|(_, a)| a.station_id.clone());
    assert_eq!(station_of("1003").flatten().map(|id| id.as_str().to_owned()), Some("D2".to_owned()));
    assert_eq!(station_of("1005"), Some(None), "n/a: kept without a station");
}
