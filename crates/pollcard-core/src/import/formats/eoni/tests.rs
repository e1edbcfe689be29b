use crate::import::test_support::{build, COUNCIL};

use super::super::row_problems::row_problems;

const HEADER: &str = "PRO_UPRN,PRO_FULLADDRESS,PRO_POSTCODE,PRO_X_4326,PRO_Y_4326,PREM_ID,PREM_NAME,\
PREM_FULLADDRESS,PREM_POSTCODE,PREM_X_4326,PREM_Y_4326\n";

#[test]
fn an_export_becomes_stations_and_addresses() {
    let file = format!(
        "{HEADER}\
         1,\"1 SEA VIEW, ABERDYFI, AA1 1AA\",AA1 1AA,-4.05,52.54,111,HALL,\"MILL LANE, ABERDYFI, AA1 9AA\",AA1 9AA,-4.0431,52.5442\n\
         2,\"2 SEA VIEW, ABERDYFI, AA1 1AA\",,-4.05,52.54,222,CHAPEL,\"CHAPEL ST, ABERDYFI\",AA1 9AB,0,0\n\
         3,\"DUMMY RECORD\",AA1 1AA,0,0,111,HALL,\"MILL LANE, ABERDYFI, AA1 9AA\",AA1 9AA,-4.0431,52.5442\n\
         4,\"4 SEA VIEW, ABERDYFI\",AA1 1AB,0,0,333,HUT,\"SHORE, ABERDYFI\",AA1 9AD,200,52\n"
    );
    let outcome = build(&[("council.toml", COUNCIL), ("eoni.csv", &file)]);
    let report = &outcome.report.files()[1];
    assert_eq!(report.format, "eoni");
    assert_eq!((report.records_read(), report.imported(), report.repaired(), report.dropped()), (4, 3, 2, 1));
    assert_eq!(
        row_problems(&outcome, "eoni.csv"),
        [
            ("postcode_from_address", Some(3)),
            ("no_location", Some(3)),
            ("test_record", Some(4)),
            ("invalid_location", Some(5)),
        ]
    );
    let bundle = outcome.bundle.expect("builds");
    let hall = &bundle.stations[0];
    assert_eq!(
        (hall.id.as_str(), hall.address.as_str(), hall.postcode.as_deref()),
        ("111", "MILL LANE, ABERDYFI", Some("AA1 9AA"))
    );
    let location = hall.location.expect("WGS84 kept");
    assert_eq!((location.lat, location.lon), (52.5442, -4.0431));
    assert_eq!(bundle.addresses[0].1.label, "1 SEA VIEW, ABERDYFI", "the postcode is not repeated in the label");
}
