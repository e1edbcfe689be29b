use crate::import::test_support::{build, COUNCIL};

use super::super::row_problems::row_problems;

const CURRENT: &str = "HouseID,UPRN,AddressLine1,AddressLine2,AddressLine3,AddressLine4,AddressLine5,Postcode,\
PollingVenueID,PollingStationName,PollingStationNumber,PollingStationAddress1,PollingStationAddress2,\
PollingStationAddress3,PollingStationAddress4,PollingStationAddress5,PollingStationPostCode,PollingVenueUPRN,\
PollingVenueEasting,PollingVenueNorthing,PollingDistrictId,PollingDistrictName
1,1001,1 Sea View,Aberdyfi,,,,AA1 1AA,19,Village Hall,3,Mill Lane,,,,,AA1 9AA,,261500,296000,AD1,Aberdyfi
2,1002,2 Sea View,Aberdyfi,,,,AA1 1AA,19,Village Hall,4,Mill Lane,,,,,AA1 9AA,,261500,296000,AD1,Aberdyfi
3,1003,3 Sea View,Aberdyfi,,,,AA1 1AB,19,Village Hall,n/a,Mill Lane,,,,,AA1 9AA,,261500,296000,AD1,Aberdyfi
4,1004,4 Sea View,Aberdyfi,,,,,20,Chapel,5,Chapel Street,,,,,AA1 9AB,,0,0,AD2,Pennal
";

const OLDER: &str = "HouseID,HouseName,HouseNumber,HousePostCode,UPRN,SubStreetName,StreetNumber,StreetName,\
Locality,Town,AdminArea,PollingStationName,PollingStationNumber,PollingStationAddress_1,PollingStationAddress_2,\
PollingStationAddress_3,PollingStationAddress_4,PollingStationAddress_5,PollingStationPostCode
1,\"\",\"8\",\"AA1 1AA\",\"2001\",\"\",\"\",\"MILL LANE\",\"ABERDYFI\",\"\",\"\",\"HALL\",\"1\",\"SEA ROAD\",\"\",\"\",\"\",\"\",\"AA1 9AA\"
2,\"Ty Bach\",\"2\",\"AA1 1AB\",\"2002\",\"Mill Court\",\"4\",\"MILL LANE\",\"\",\"\",\"\",\"HALL\",\"1\",\"SEA ROAD\",\"\",\"\",\"\",\"\",\"AA1 9AA\"
";

#[test]
fn one_venue_hosting_two_stations_gives_two_stations() {
    let outcome = build(&[("council.toml", COUNCIL), ("eros.csv", CURRENT)]);
    let report = &outcome.report.files()[1];
    assert_eq!(report.format, "idox-eros");
    assert_eq!((report.records_read(), report.imported(), report.dropped()), (4, 3, 1));
    assert_eq!(row_problems(&outcome, "eros.csv"), [("blank_field", Some(5))], "line 5 has no postcode anywhere");
    let bundle = outcome.bundle.expect("builds");
    let ids: Vec<&str> = bundle.stations.iter().map(|station| station.id.as_str()).collect();
    assert_eq!(ids, ["19-3", "19-4"], "venue 19 hosts stations 3 and 4");
    assert!(bundle.stations.iter().all(|station| station.location.is_some()), "grid reference converted");
    let station_of =
        |uprn: &str| bundle.addresses.iter().find(|(_, a)| a.uprn == uprn).and_then(|(_, a)| a.station_id.clone());
    assert_eq!(station_of("1002").as_ref().map(|id| id.as_str()), Some("19-4"));
    assert_eq!(station_of("1003"), None, "n/a: no station, whatever the venue");
    assert_eq!(bundle.addresses[0].1.district.as_deref(), Some("AD1"));
}

#[test]
fn the_older_header_set_builds_addresses_from_parts() {
    let outcome = build(&[("council.toml", COUNCIL), ("eros.csv", OLDER)]);
    let report = &outcome.report.files()[1];
    assert_eq!((report.format.as_str(), report.records_read(), report.imported()), ("idox-eros", 2, 2));
    assert_eq!(row_problems(&outcome, "eros.csv"), [("no_location", Some(2))], "the older export has no coordinates");
    let bundle = outcome.bundle.expect("builds");
    let labels: Vec<&str> = bundle.addresses.iter().map(|(_, a)| a.label.as_str()).collect();
    assert_eq!(labels, ["8 MILL LANE, ABERDYFI", "Ty Bach, 2 Mill Court, 4 MILL LANE"]);
    assert_eq!(bundle.stations[0].id.as_str(), "1");
    assert_eq!(bundle.stations[0].address, "SEA ROAD");
}

#[test]
fn station_address_columns_with_an_underscore_are_read_too() {
    let file = CURRENT.replace("PollingStationAddress1,", "PollingStationAddress_1,");
    let outcome = build(&[("council.toml", COUNCIL), ("eros.csv", &file)]);
    assert_eq!(row_problems(&outcome, "eros.csv"), [("blank_field", Some(5))], "no unknown column, no blank address");
    assert_eq!(outcome.bundle.expect("builds").stations[0].address, "Mill Lane");
}

#[test]
fn station_address_ranges_pick_the_address_columns() {
    let names = |known: &[&'static str]| known.iter().all(|name| name.starts_with("pollingstationaddress"));
    assert!(names(&super::CURRENT_KNOWN[super::CURRENT_STATION_ADDRESS]));
    assert!(names(&super::OLDER_KNOWN[super::OLDER_STATION_ADDRESS]));
    assert_eq!((super::CURRENT_STATION_ADDRESS.len(), super::OLDER_STATION_ADDRESS.len()), (10, 5));
}

#[test]
fn a_file_cut_anywhere_never_panics_and_is_refused_when_cut_in_its_last_row() {
    use crate::import::test_support::build_bytes;
    let last_row = CURRENT.trim_end().rfind('\n').map_or(0, |newline| newline + 1);
    let last_separator = CURRENT.trim_end().rfind(',').unwrap_or(0);
    for cut in 1..CURRENT.len() {
        // build_bytes checks imported + dropped = records read for every file.
        let outcome =
            build_bytes(&[("council.toml", COUNCIL.into()), ("eros.csv", CURRENT.as_bytes()[..cut].to_vec())]);
        let truncated = row_problems(&outcome, "eros.csv").contains(&("truncated_file", Some(5)));
        if (last_row + 1..=last_separator).contains(&cut) {
            assert!(truncated, "cut at byte {cut} is inside the last row's fields");
            assert!(outcome.bundle.is_none(), "cut at byte {cut}: nothing is built");
        }
    }
}
