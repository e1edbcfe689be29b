//! Property tests for the import pipeline: for random inputs in Pollcard's own CSV
//! formats and in the Xpress exports — mostly valid rows, with the blanks, bad
//! postcodes, duplicates, `n/a` stations and dummy rows real files have, in any
//! encoding and separator — every file's records add up (imported + dropped = records
//! read, and records read = rows written), and importing the same files twice gives
//! byte-identical reports and bundles.

use proptest::prelude::*;

use super::problems::ProblemCode;
use super::test_support::COUNCIL;
use super::{import_files, ImportOutcome, InputFile};

/// How a generated file is written out.
#[derive(Clone, Copy, Debug)]
enum Encoding {
    Utf8,
    Utf8Bom,
    Utf16Le,
    Windows1252,
}

fn encoding() -> impl Strategy<Value = Encoding> {
    prop_oneof![Just(Encoding::Utf8), Just(Encoding::Utf8Bom), Just(Encoding::Utf16Le), Just(Encoding::Windows1252)]
}

fn encode(text: &str, encoding: Encoding) -> Vec<u8> {
    match encoding {
        Encoding::Utf8 => text.as_bytes().to_vec(),
        Encoding::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Encoding::Utf16Le => {
            let mut bytes = vec![0xFF, 0xFE];
            text.encode_utf16().for_each(|unit| bytes.extend(unit.to_le_bytes()));
            bytes
        }
        // Generated text only uses characters Windows-1252 has.
        Encoding::Windows1252 => encoding_rs::WINDOWS_1252.encode(text).0.into_owned(),
    }
}

/// A CSV file from a header and rows, quoting fields that need it.
fn render(header: &[&str], rows: &[Vec<String>], delimiter: char) -> String {
    let field = |value: &str| {
        let needs_quotes = value.contains(delimiter) || value.contains('"') || value.contains('\n');
        if needs_quotes {
            format!("\"{}\"", value.replace('"', "\"\""))
        } else {
            value.to_owned()
        }
    };
    let mut text = header.join(&delimiter.to_string());
    text.push_str("\r\n");
    for row in rows {
        let fields: Vec<String> = row.iter().map(|value| field(value)).collect();
        text.push_str(&fields.join(&delimiter.to_string()));
        text.push_str("\r\n");
    }
    text
}

/// Free text as councils write it: letters, digits, spaces, punctuation that needs
/// quoting, and the Welsh ô and â.
fn text() -> impl Strategy<Value = String> {
    "[A-Za-z][A-Za-z0-9 ,'\"&ôâ-]{0,14}"
}

/// Mostly valid postcodes (from a small pool, so postcodes repeat), some blank, some
/// not postcodes at all.
fn postcode() -> impl Strategy<Value = String> {
    prop_oneof![
        8 => prop::sample::select(vec!["AA1 1AA", "AA1 1AB", "AA12 3BD", "ab1 2cd", "SY20 9AA", "CF10 1AA"]).prop_map(str::to_owned),
        1 => Just(String::new()),
        1 => "[A-Z0-9 ]{1,9}",
    ]
}

/// A coordinate pair: none, 0/0, a plausible one, or junk.
fn lat_lon() -> impl Strategy<Value = (String, String)> {
    prop_oneof![
        2 => Just((String::new(), String::new())),
        1 => Just(("0".to_owned(), "0".to_owned())),
        5 => (50.0f64..58.0, -5.0f64..1.5).prop_map(|(lat, lon)| (format!("{lat:.5}"), format!("{lon:.5}"))),
        1 => ("[0-9a-z.,-]{1,6}", "[0-9a-z.,-]{0,6}"),
    ]
}

/// Station rows with their own ids, but now and then one reusing the first row's id
/// (an exact repeat, or a different station: a fatal problem).
fn station_rows() -> impl Strategy<Value = Vec<Vec<String>>> {
    let row = (prop::bool::weighted(0.03), text(), text(), postcode(), lat_lon())
        .prop_map(|(reuse, name, address, postcode, (lat, lon))| (reuse, vec![name, address, postcode, lat, lon]));
    prop::collection::vec(row, 0..12).prop_map(|rows| {
        let first = rows.first().map(|(_, fields)| fields.clone());
        (0..)
            .zip(rows)
            .map(|(index, (reuse, fields))| match (&first, reuse, index) {
                (Some(first), true, 1..) if index % 2 == 0 => [vec!["S0".to_owned()], first.clone()].concat(),
                (Some(_), true, 1..) => [vec!["S0".to_owned()], fields].concat(),
                _ => [vec![format!("S{index}")], fields].concat(),
            })
            .collect()
    })
}

fn address_rows() -> impl Strategy<Value = Vec<Vec<String>>> {
    let station = prop_oneof![4 => (0u8..14).prop_map(|id| format!("S{id}")), 1 => Just(String::new())];
    let district = prop_oneof![Just(String::new()), (0u8..3).prop_map(|d| format!("D{d}"))];
    let uprn = prop_oneof![10 => (0u32..80).prop_map(|n| format!("1000{n}")), 1 => Just(String::new())];
    let row = (uprn, text(), postcode(), station, district)
        .prop_map(|(uprn, address, postcode, station, district)| vec![uprn, address, postcode, station, district]);
    prop::collection::vec(row, 0..40)
}

const XPRESS_HEADER: [&str; 24] = [
    "ElectionDate",
    "ElectionType",
    "ElectoralArea",
    "Contested",
    "Property_URN",
    "AddressLine1",
    "AddressLine2",
    "AddressLine3",
    "AddressLine4",
    "AddressLine5",
    "Addressline6",
    "Post_Code",
    "Polling_Place_District_Reference",
    "Polling_Place_Id",
    "Polling_Place_Name",
    "Polling_Place_Address_1",
    "Polling_Place_Address_2",
    "Polling_Place_Address_3",
    "Polling_Place_Address_4",
    "Polling_Place_Postcode",
    "Polling_Place_Easting",
    "Polling_Place_Northing",
    "Polling_Place_UPRN",
    "AreaNameAlternative",
];

/// Xpress rows. A station's details follow from its id (as in a real export), except
/// now and then, which makes the fatal "described differently" problem.
fn xpress_rows() -> impl Strategy<Value = Vec<Vec<String>>> {
    let station = prop_oneof![8 => (0u32..5).prop_map(|n| (500 + n).to_string()), 1 => Just("n/a".to_owned())];
    let marker = prop_oneof![12 => Just(""), 1 => Just("Dummy Record"), 1 => Just("[TESTING]")];
    let row = (
        (0u32..80).prop_map(|n| format!("2000{n}")),
        text(),
        postcode(),
        station,
        marker,
        prop::bool::weighted(0.004),
        prop::bool::weighted(0.2),
    )
        .prop_map(|(uprn, line, postcode, station, marker, odd_station, postcode_in_line)| {
            let named = station != "n/a";
            let name = match (named, odd_station) {
                (false, _) => String::new(),
                (true, false) => format!("Hall {station}"),
                (true, true) => format!("Other hall {station}"),
            };
            // Each station has its own grid reference; 503 has none (0,0) and 504 blanks.
            let (east, north) = match station.as_str() {
                "503" => ("0".to_owned(), "0".to_owned()),
                "504" | "n/a" => (String::new(), String::new()),
                id => (format!("26{id}00"), format!("29{id}00")),
            };
            let line = if marker.is_empty() { line } else { marker.to_owned() };
            // The postcode in the address lines instead of its column, now and then.
            let (last_line, column) =
                if postcode_in_line { (postcode, String::new()) } else { (String::new(), postcode) };
            let place = |value: &str| if named { value.to_owned() } else { String::new() };
            vec![
                "07/05/2026".into(),
                "Local".into(),
                "Ward".into(),
                "Yes".into(),
                uprn,
                line,
                "Town".into(),
                String::new(),
                String::new(),
                String::new(),
                last_line,
                column,
                "D1".into(),
                station.clone(),
                name,
                place("Church Road"),
                place("Town"),
                String::new(),
                String::new(),
                place("AA1 9ZZ"),
                place(&east),
                place(&north),
                String::new(),
                String::new(),
            ]
        });
    prop::collection::vec(row, 0..40)
}

fn import(files: &[(String, Vec<u8>)]) -> ImportOutcome {
    let inputs: Vec<InputFile> =
        files.iter().map(|(path, bytes)| InputFile::new(path.clone(), Ok(bytes.clone()))).collect();
    import_files(&inputs, &[])
}

/// Checks the accounting of every file (`rows` = data rows written per file, by
/// path) and that a second import is byte-identical.
fn check(files: &[(String, Vec<u8>)], rows: &[(&str, usize)]) -> Result<(), TestCaseError> {
    let outcome = import(files);
    for file in outcome.report.files() {
        prop_assert_eq!(file.imported() + file.dropped(), file.records_read(), "{}", file.path);
        prop_assert!(file.repaired() <= file.imported(), "{}", file.path);
        if let Some((_, expected)) = rows.iter().find(|(path, _)| *path == file.path) {
            prop_assert_eq!(file.records_read(), *expected as u64, "{} read as {}", file.path, file.format);
        }
    }
    let inconsistent = outcome.report.problems().iter().any(|p| p.code == ProblemCode::ReportInconsistent);
    prop_assert!(!inconsistent, "{:?}", outcome.report.problems());
    let again = import(files);
    prop_assert_eq!(outcome.report.to_json(), again.report.to_json());
    let bytes = |outcome: &ImportOutcome| outcome.bundle.as_ref().map(|bundle| bundle.files());
    prop_assert_eq!(bytes(&outcome), bytes(&again));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn pollcard_csv_files_account_for_every_row(
        stations in station_rows(),
        addresses in address_rows(),
        encodings in (encoding(), encoding()),
        tabs in (any::<bool>(), any::<bool>()),
    ) {
        let delimiter = |tab: bool| if tab { '\t' } else { ',' };
        let stations_csv = render(&["station_id", "name", "address", "postcode", "lat", "lon"], &stations, delimiter(tabs.0));
        let addresses_csv =
            render(&["uprn", "address", "postcode", "station_id", "district"], &addresses, delimiter(tabs.1));
        let files = vec![
            ("council.toml".to_owned(), COUNCIL.as_bytes().to_vec()),
            ("stations.csv".to_owned(), encode(&stations_csv, encodings.0)),
            ("addresses.csv".to_owned(), encode(&addresses_csv, encodings.1)),
        ];
        check(&files, &[("council.toml", 1), ("stations.csv", stations.len()), ("addresses.csv", addresses.len())])?;
    }

    #[test]
    fn xpress_exports_account_for_every_row(
        rows in xpress_rows(),
        encoding in encoding(),
        tab in any::<bool>(),
    ) {
        let export = render(&XPRESS_HEADER, &rows, if tab { '\t' } else { ',' });
        let files = vec![
            ("council.toml".to_owned(), COUNCIL.as_bytes().to_vec()),
            ("export.csv".to_owned(), encode(&export, encoding)),
        ];
        check(&files, &[("council.toml", 1), ("export.csv", rows.len())])?;
    }
}
