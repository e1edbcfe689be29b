//! Choosing the importer for a file from its content.
//!
//! Every importer in the registry is asked how sure it is; the single most confident
//! one wins. When none recognises the file, the message says what it looks like if it
//! is a council export Pollcard knows of but cannot import yet (so the officer is not
//! left wondering whether the file is damaged) and lists the formats it can read.

use super::formats::{registry, Confidence, Importer};
use super::problems::{Action, ProblemCode};
use super::report::Problem;
use super::source::SourceFile;

/// An export Pollcard recognises but has no importer for yet.
struct KnownExport {
    name: &'static str,
    evidence: &'static str,
    matches: fn(&SourceFile) -> bool,
}

/// Council exports described in the shared data-formats notes, newest importer last.
/// Every one of them has an importer now; the list stays for the next vendor's export.
const NOT_YET_SUPPORTED: &[KnownExport] = &[];

/// The importer for `source`, or the fatal problem saying why there is none.
///
/// An importer that is certain wins. Failing that, a council export Pollcard knows
/// but cannot import yet is named; and failing that, an importer that finds some of
/// its format's marks is used, so that a file missing one required column is told
/// exactly which, rather than that its format is unknown.
pub fn detect(source: &SourceFile) -> Result<&'static dyn Importer, Problem> {
    let scored: Vec<(Confidence, &'static dyn Importer)> =
        registry().iter().map(|&importer| (importer.detect(source), importer)).collect();
    let best = scored.iter().map(|(confidence, _)| *confidence).max().unwrap_or(Confidence::No);
    let winners: Vec<&'static dyn Importer> =
        scored.iter().filter(|(confidence, _)| *confidence == best).map(|(_, importer)| *importer).collect();
    // A narrower format beats the broader one it refines (see `Importer::narrows`).
    let narrowed: Vec<&'static str> = winners.iter().filter_map(|importer| importer.narrows()).collect();
    let winners: Vec<&'static dyn Importer> =
        winners.into_iter().filter(|importer| !narrowed.contains(&importer.name())).collect();
    if best < Confidence::Certain {
        if let Some(known) = NOT_YET_SUPPORTED.iter().find(|known| (known.matches)(source)) {
            return Err(not_yet_supported(source, known));
        }
    }
    match winners.as_slice() {
        _ if best == Confidence::No => Err(unknown(source)),
        [importer] => Ok(*importer),
        _ => {
            let names: Vec<&str> = winners.iter().map(|importer| importer.name()).collect();
            Err(Problem::new(
                ProblemCode::AmbiguousFormat,
                Action::Stopped,
                format!(
                    "{} could be any of {}; its first line is: {}",
                    source.name(),
                    names.join(", "),
                    shorten(source.first_line())
                ),
                format!("Name the format with --format {}=NAME.", source.name()),
            ))
        }
    }
}

/// The formats Pollcard reads, for messages.
fn readable_formats() -> String {
    let readable: Vec<String> =
        registry().iter().map(|importer| format!("{} ({})", importer.name(), importer.signature())).collect();
    readable.join("; ")
}

fn not_yet_supported(source: &SourceFile, known: &KnownExport) -> Problem {
    Problem::new(
        ProblemCode::UnknownFormat,
        Action::Stopped,
        format!("{} looks like {} ({}), which Pollcard cannot import yet", source.name(), known.name, known.evidence),
        format!(
            "Until Pollcard has an importer for it, convert the data to pollcard-stations/1 and \
             pollcard-addresses/1 (see docs/data-formats.md). Pollcard reads: {}.",
            readable_formats()
        ),
    )
}

fn unknown(source: &SourceFile) -> Problem {
    Problem::new(
        ProblemCode::UnknownFormat,
        Action::Stopped,
        format!(
            "the format of {} was not recognised; its first line is: {}",
            source.name(),
            shorten(source.first_line())
        ),
        format!(
            "Check this is the file you meant, with its header as the first line. Pollcard reads: {}.",
            readable_formats()
        ),
    )
}

/// A header line cut to a readable length for a message.
fn shorten(line: &str) -> String {
    const LIMIT: usize = 200;
    match line.char_indices().nth(LIMIT) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn detected(text: &str) -> Result<&'static str, String> {
        let source = SourceFile::decode("f.csv", text.as_bytes()).expect("decodes");
        detect(&source).map(|importer| importer.name()).map_err(|problem| problem.message)
    }

    #[test]
    fn each_format_is_recognised_from_its_content() {
        assert_eq!(detected("format = \"pollcard-council/1\"\nid = \"x\"\n"), Ok("pollcard-council/1"));
        assert_eq!(detected("station_id,name,address,postcode\nS1,Hall,Road,\n"), Ok("pollcard-stations/1"));
        assert_eq!(detected("uprn\taddress\tpostcode\tstation_id\n"), Ok("pollcard-addresses/1"));
        assert_eq!(detected("Station_ID,Name,Address\n"), Ok("pollcard-stations/1"), "any case");
        assert_eq!(
            detected("internal_council_id,polling_station_address,level_access,temporary_ramp\n"),
            Ok("democracy-club-survey")
        );
        assert_eq!(detected("ElectionDate,Property_URN,Post_Code,Polling_Place_Id\n"), Ok("xpress-democracyclub"));
        assert_eq!(detected("AuthorityCode,PropertyNumber,StreetName,PostCode,UPRN\n"), Ok("xpress-weblookup"));
        assert_eq!(detected("HouseID,UPRN,Postcode,PollingVenueID\n"), Ok("idox-eros"));
        assert_eq!(detected("PRO_UPRN,PRO_FULLADDRESS,PRO_POSTCODE,PREM_ID\n"), Ok("eoni"));
        assert_eq!(detected("Add1,PostCode,StationCode,UPRN,Xordinate\n"), Ok("democracy-counts-addresses"));
        assert_eq!(detected("Add1,PostCode,StationCode,Xordinate,PlaceName\n"), Ok("democracy-counts-stations"));
        assert_eq!(detected("internal_council_id, address, postcode, lng, lat\n"), Ok("democracy-club-stations"));
        assert_eq!(detected("internal_council_id,address,postcode,east,north\n"), Ok("democracy-club-stations"));
        assert_eq!(detected("internal_council_id,address,postcode,uprn,lng,lat\n"), Ok("democracy-club-stations"));
        assert_eq!(detected("address,uprn,postcode,polling_station\n"), Ok("democracy-club-addresses"));
        assert_eq!(detected("HouseID\tHouseName\tHousePostCode\tUPRN\tPollingStationNumber\n"), Ok("idox-eros"));
    }

    #[test]
    fn a_stations_header_with_uprn_is_not_stations() {
        // uprn + station_id makes it addresses, even with name and address columns.
        assert_eq!(detected("uprn,station_id,name,address,postcode\n"), Ok("pollcard-addresses/1"));
    }

    #[test]
    fn a_near_miss_is_read_so_the_missing_column_can_be_named() {
        assert_eq!(detected("station_id,address,postcode\n"), Ok("pollcard-stations/1"));
        assert_eq!(detected("uprn,address,station\n"), Ok("pollcard-addresses/1"));
        assert_eq!(detected("internal_council_id,hearing_loop\n"), Ok("democracy-club-survey"));
    }

    #[test]
    fn json_and_xml_formats_are_recognised_from_their_content() {
        assert_eq!(detected("{\"type\": \"FeatureCollection\", \"features\": []}"), Ok("districts-geojson"));
        assert_eq!(detected("<?xml version=\"1.0\"?>\n<kml><Document/></kml>"), Ok("districts-kml"));
        assert_eq!(
            detected("[{\"stationId\": \"1\", \"properties\": [], \"pollingDistricts\": []}]"),
            Ok("fcs-electionspro")
        );
        let json = detected("{\"does not quack\": 1}\n").expect_err("not a format Pollcard reads");
        assert!(json.contains("not recognised"), "{json}");
    }

    #[test]
    fn unknown_files_show_their_first_line() {
        let message = detected("foo,bar,baz\n").expect_err("unknown");
        assert!(message.contains("not recognised") && message.contains("foo,bar,baz"), "{message}");
        let long = format!("{}\n", "x".repeat(500));
        let message = detected(&long).expect_err("unknown");
        assert!(message.ends_with('…') && message.len() < 300);
    }
}
