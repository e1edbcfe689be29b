use crate::import::test_support::{build, problems, with_code, ImportOutcome, COUNCIL};
use crate::model::Address;

use super::tidy_header;

/// The Xpress "DemocracyClub" header as some councils' exports have it: the first
/// set of columns, then every one again with a `1` suffix, the first copy glued onto
/// the last original (`Polling_Place_UPRNProperty_URN`), and the district only in the
/// second set.
const GLUED_HEADER: &str = "ElectionDate\tProperty_URN\tAddressLine1\tAddressLine2\tAddressline6\tPost_Code\t\
    Polling_Place_Id\tPolling_Place_Name\tPolling_Place_Address_1\tPolling_Place_Postcode\t\
    Polling_Place_Easting\tPolling_Place_Northing\tPolling_Place_UPRNProperty_URN\tAddressLine11\t\
    Polling_Place_District_Reference\tPolling_Place_Id1\tPolling_Place_UPRN";

fn glued_row(uprn: &str, line1: &str, line6: &str, postcode: &str, station: (&str, &str, &str)) -> String {
    let (id, name, grid) = station;
    let (easting, northing) = grid.split_once(' ').unwrap_or((grid, grid));
    format!(
        "01/05/2025\t{uprn}\t{line1}\tTest Town\t{line6}\t{postcode}\t{id}\t{name}\tMill Lane\tAA1 9AA\t{easting}\t\
         {northing}\t\t{line1}\tAD1\t{id}\t\n"
    )
}

const WEBLOOKUP_HEADER: &str = "AuthorityCode,PropertyNumber,StreetName,PostCode,PollingDistrictReference,\
    PollingPlaceId,PollingPlaceAddress1,PollingPlaceAddress2,PollingPlaceAddress3,PollingPlaceAddress4,\
    PollingPlaceAddress5,PollingPlaceAddress6,PollingPlaceAddress7,UPRN,PollingPlaceEasting,PollingPlaceNorthing";

fn democracy_club(rows: &[String]) -> String {
    format!("{GLUED_HEADER}\n{}", rows.concat())
}

fn addresses(outcome: &ImportOutcome) -> Vec<&Address> {
    outcome
        .bundle
        .as_ref()
        .map(|bundle| bundle.addresses.iter().map(|(_, address)| address).collect())
        .unwrap_or_default()
}

fn codes_at(outcome: &ImportOutcome, file: &str) -> Vec<(&'static str, Option<u64>)> {
    problems(outcome).into_iter().filter(|(_, path, _)| path == file).map(|(code, _, line)| (code, line)).collect()
}

#[test]
fn duplicated_and_glued_columns_map_back_to_their_names() {
    let header: Vec<String> = GLUED_HEADER.split('\t').map(str::to_owned).collect();
    let tidy = tidy_header(&header, &super::democracy_club::KNOWN);
    assert_eq!(tidy[12], "polling_place_uprn", "glued: the value belongs to the first name");
    assert_eq!(tidy[13], "addressline1");
    assert_eq!(tidy[15], "polling_place_id");
    assert_eq!(tidy_header(&["Mystery1".to_owned()], &["addressline1"]), ["mystery1"], "unknown stays itself");
}

#[test]
fn an_export_becomes_stations_and_addresses() {
    let hall = ("10", "Village Hall", "0 0");
    let file = democracy_club(&[
        glued_row("1001", "1 Sea View", "AA1 1AA", "AA1 1AA", hall),
        glued_row("1002", "2 Sea View", "", "aa11ab", hall),
        glued_row("1003", "3 Sea View", "AA1 1AD", "", hall),
        glued_row("1004", "4 Sea View", "", "", hall),
        glued_row("1005", "Dummy Record", "", "AA1 1AA", hall),
        glued_row("1006", "6 Sea View", "", "AA1 1AA", ("n/a", "", "")),
        glued_row("1007", "7 Sea View", "", "AA1 1AA", ("11", "[TESTING] Hut", "0 0")),
        glued_row("", "8 Sea View", "", "AA1 1AA", hall),
        glued_row("1009", "9 Sea View", "", "A1 1AA", hall),
    ]);
    let outcome = build(&[("council.toml", COUNCIL), ("export.tsv", &file)]);
    let report = &outcome.report.files()[1];
    assert_eq!(report.format, "xpress-democracyclub");
    assert_eq!((report.records_read(), report.imported(), report.repaired(), report.dropped()), (9, 5, 2, 4));
    assert_eq!(
        codes_at(&outcome, "export.tsv"),
        [
            ("no_location", Some(2)),
            ("postcode_from_address", Some(4)),
            ("blank_field", Some(5)),
            ("test_record", Some(6)),
            ("test_record", Some(8)),
            ("missing_uprn", Some(9)),
            ("test_record", Some(10)),
        ]
    );
    let bundle = outcome.bundle.as_ref().expect("builds");
    assert_eq!(bundle.stations.len(), 1, "one station however many rows name it");
    let hall = &bundle.stations[0];
    assert_eq!(
        (hall.id.as_str(), hall.address.as_str(), hall.postcode.as_deref()),
        ("10", "Mill Lane", Some("AA1 9AA"))
    );
    assert!(hall.location.is_none() && hall.accessibility.is_unsurveyed());
    let first = addresses(&outcome)[0];
    assert_eq!(first.label, "1 Sea View, Test Town", "the postcode repeated in Addressline6 is not in the label");
    assert_eq!(first.district.as_deref(), Some("AD1"), "the district from the second set of columns");
    let by_uprn = |uprn: &str| addresses(&outcome).into_iter().find(|address| address.uprn == uprn).cloned();
    assert_eq!(by_uprn("1003").map(|a| a.postcode), Some("AA1 1AD".to_owned()));
    assert_eq!(by_uprn("1006").map(|a| a.station_id), Some(None), "n/a: no station yet");
    assert_eq!(by_uprn("1007").map(|a| a.station_id), Some(None), "a test station is not shown");
}

#[test]
fn grid_references_become_wgs84_locations() {
    // The OS's OSTN15 test point NAS1: ETRS89 51.40078220°N, 3.55128349°W.
    let file = democracy_club(&[glued_row("1", "1 Sea View", "", "AA1 1AA", ("10", "Hall", "292184.858 168003.462"))]);
    let outcome = build(&[("council.toml", COUNCIL), ("export.tsv", &file)]);
    assert_eq!(codes_at(&outcome, "export.tsv"), [], "a converted location is not a problem");
    let station = &outcome.bundle.as_ref().expect("builds").stations[0];
    let location = station.location.expect("a location");
    let (north, east) = ((location.lat - 51.400_782_2) * 111_250.0, (location.lon + 3.551_283_5) * 69_600.0);
    assert!(north.hypot(east) < 5.0, "{location:?} is {} m from the OS's position", north.hypot(east));
    for degrees in [location.lat, location.lon] {
        assert_eq!(degrees, (degrees * 1e6).round() / 1e6, "rounded to six decimal places");
    }
}

#[test]
fn grid_references_that_are_not_on_the_grid_are_reported() {
    for (grid, what) in [
        ("east north", "not grid coordinates"),
        ("262000 ", "not grid coordinates"),
        ("800000 296000", "outside the British National Grid"),
        ("262000 -5", "outside the British National Grid"),
    ] {
        let file = democracy_club(&[glued_row("1", "1 Sea View", "", "AA1 1AA", ("10", "Hall", grid))]);
        let outcome = build(&[("council.toml", COUNCIL), ("export.tsv", &file)]);
        let problem = with_code(&outcome, "invalid_location");
        assert_eq!(problem.len(), 1, "{grid}");
        assert!(problem[0].message.contains(what), "{grid}: {}", problem[0].message);
        assert!(outcome.bundle.as_ref().expect("builds").stations[0].location.is_none(), "{grid}");
    }
}

#[test]
fn a_station_described_two_ways_stops_the_build() {
    let file = democracy_club(&[
        glued_row("1", "1 Sea View", "", "AA1 1AA", ("10", "Hall", "0 0")),
        glued_row("2", "2 Sea View", "", "AA1 1AA", ("10", "Chapel", "0 0")),
    ]);
    let outcome = build(&[("council.toml", COUNCIL), ("export.tsv", &file)]);
    assert!(outcome.bundle.is_none());
    let fatal = with_code(&outcome, "duplicate_station");
    assert_eq!((fatal.len(), fatal[0].line), (1, Some(3)));
    assert!(fatal[0].message.contains("line 2"), "{}", fatal[0].message);
}

#[test]
fn a_weblookup_export_becomes_stations_and_addresses() {
    let file = &format!(
        "{WEBLOOKUP_HEADER}\n\
                00ZZ,12,Mill Lane,AA1 1AA,AD1,7,Chapel Hall,Chapel Street,,,Test Town,,AA1 9AB,0001,0,0\n\
                00ZZ,0,Mill Lane,AA1 1AA,AD1,7,Chapel Hall,Chapel Street,,,Test Town,,AA1 9AB,0002,0,0\n\
                00ZZ,14,Mill Lane,,AD1,7,Chapel Hall,Chapel Street,,,Test Town,,AA1 9AB,0003,0,0\n"
    );
    let outcome = build(&[("council.toml", COUNCIL), ("lookup.csv", file.as_str())]);
    let report = &outcome.report.files()[1];
    assert_eq!(report.format, "xpress-weblookup");
    assert_eq!((report.records_read(), report.imported(), report.dropped()), (3, 2, 1));
    assert_eq!(codes_at(&outcome, "lookup.csv"), [("no_location", Some(2)), ("blank_field", Some(4))]);
    let bundle = outcome.bundle.as_ref().expect("builds");
    assert_eq!(bundle.stations[0].address, "Chapel Street, Test Town");
    assert_eq!(bundle.stations[0].postcode.as_deref(), Some("AA1 9AB"));
    let labels: Vec<&str> = addresses(&outcome).iter().map(|address| address.label.as_str()).collect();
    assert_eq!(labels, ["12 Mill Lane", "Mill Lane"], "property number 0 means none");
    assert_eq!(addresses(&outcome)[0].uprn, "0001", "UPRNs are kept as written");
}

#[test]
fn testing_addresses_and_unusable_stations_are_reported() {
    let file = democracy_club(&[
        glued_row("1", "[Testing] 1 Sea View", "", "AA1 1AA", ("10", "Hall", "0 0")),
        glued_row("2", "2 Sea View", "", "AA1 1AA", ("12", "", "0 0")),
        glued_row("3", "3 Sea View", "", "AA1 1AA", ("12", "", "0 0")),
    ]);
    let outcome = build(&[("council.toml", COUNCIL), ("export.tsv", &file)]);
    assert_eq!(
        codes_at(&outcome, "export.tsv"),
        [
            ("test_record", Some(2)),
            ("blank_field", Some(3)),
            ("unknown_station", Some(3)),
            ("unknown_station", Some(4))
        ],
        "the blank station name is reported once; its addresses are kept without it"
    );
    assert_eq!(addresses(&outcome).len(), 2);
    assert!(addresses(&outcome).iter().all(|address| address.station_id.is_none()));
}

#[test]
fn a_station_postcode_in_its_address_lines_is_used() {
    let file = &format!(
        "{WEBLOOKUP_HEADER}\n\
                00ZZ,12,Mill Lane,AA1 1AA,AD1,7,Chapel Hall,Chapel Street,,,Test Town,AA1 9AB,,1,,\n\
                00ZZ,14,Mill Lane,AA1 1AA,AD1,7,Chapel Hall,Chapel Street,,,Test Town,AA1 9AB,,2,,\n"
    );
    let outcome = build(&[("council.toml", COUNCIL), ("lookup.csv", file.as_str())]);
    assert_eq!(codes_at(&outcome, "lookup.csv"), [("postcode_from_address", Some(2)), ("no_location", Some(2))]);
    let report = &outcome.report.files()[1];
    assert_eq!((report.imported(), report.repaired()), (2, 1), "repaired once, on the station's first row");
    let station = &outcome.bundle.as_ref().expect("builds").stations[0];
    assert_eq!((station.address.as_str(), station.postcode.as_deref()), ("Chapel Street, Test Town", Some("AA1 9AB")));
}
