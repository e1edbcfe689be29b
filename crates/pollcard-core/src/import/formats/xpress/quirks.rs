//! The quirks of real Xpress exports, one function each: duplicated and glued column
//! names, postcodes in the wrong column, dummy and test records, and grid-reference
//! locations.

use crate::geo::bng::bng_to_wgs84;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::Problem;
use crate::model::Location;
use crate::postcode::Postcode;

use super::{ColumnNames, Coordinates, StationFields};

/// Maps an Xpress header to the names its columns stand for: `AddressLine11` (a
/// duplicate) is `addressline1`, and a glued `Polling_Place_UPRNProperty_URN` is
/// `polling_place_uprn`, whose value the field holds. Where a column and its duplicate
/// both exist the first wins, so the duplicate fills in only for a missing column.
/// Names that are not in `known` are left as they are, to be reported as unknown.
pub(in crate::import::formats) fn tidy_header(header: &[String], known: &[&str]) -> Vec<String> {
    header.iter().map(|name| tidy_name(&name.to_ascii_lowercase(), known)).collect()
}

pub(in crate::import::formats) fn tidy_name(name: &str, known: &[&str]) -> String {
    if known.contains(&name) {
        return name.to_owned();
    }
    if let Some(original) = name.strip_suffix('1').filter(|original| known.contains(original)) {
        return original.to_owned();
    }
    let glued = known.iter().find(|first| {
        name.strip_prefix(**first)
            .is_some_and(|rest| known.contains(&rest) || known.contains(&rest.trim_end_matches('1')))
    });
    glued.map_or_else(|| name.to_owned(), |first| (*first).to_owned())
}

/// The non-blank lines of an address given as one field, split at commas and line
/// breaks (EONI's and Democracy Club's files do this).
pub(in crate::import::formats) fn split_address(full: &str) -> Vec<&str> {
    full.split([',', '\n', '\r']).map(str::trim).filter(|line| !line.is_empty()).collect()
}

/// Why a record is a dummy or test one, if it is.
pub(in crate::import::formats) fn test_marker<S: AsRef<str>>(lines: &[S], postcode: &str) -> Option<String> {
    let parsed = if postcode.is_empty() { None } else { Postcode::parse(postcode).ok() };
    test_marker_parsed(lines, postcode, parsed.as_ref())
}

/// [`test_marker`] for a postcode already parsed: `parsed` is what `Postcode::parse`
/// gave for `postcode`, so a row's postcode is parsed once however often it is asked.
pub(in crate::import::formats) fn test_marker_parsed<S: AsRef<str>>(
    lines: &[S],
    postcode: &str,
    parsed: Option<&Postcode>,
) -> Option<String> {
    // Asked of every row, so without copying any line (the markers are ASCII, so an
    // ASCII-case-blind search finds what a search of an upper- or lower-cased copy does).
    let lines = lines.iter().map(AsRef::as_ref);
    if let Some(line) = lines.clone().find(|line| contains_ignoring_ascii_case(line, b"[testing]")) {
        return Some(format!("\"{line}\" is marked [TESTING]"));
    }
    if let Some(line) = lines.clone().find(|line| contains_ignoring_ascii_case(line, b"dummy record")) {
        return Some(format!("\"{line}\""));
    }
    // `A1 1AA` is the only postcode whose compact form is `A11AA`.
    let dummy_postcode = parsed.is_some_and(|postcode| postcode.compact() == "A11AA");
    dummy_postcode.then(|| format!("its postcode is the dummy {postcode}"))
}

/// Whether `text` contains `needle` (ASCII, lower case, starting with a letter or
/// `[`), ignoring ASCII case. Only where the needle's first byte is (found with
/// `memchr`) is the rest compared, rather than at every byte.
fn contains_ignoring_ascii_case(text: &str, needle: &[u8]) -> bool {
    let bytes = text.as_bytes();
    let Some(last_start) = bytes.len().checked_sub(needle.len()) else { return false };
    let first = needle.first().copied().unwrap_or_default();
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), &bytes[..=last_start])
        .any(|at| bytes[at..at + needle.len()].eq_ignore_ascii_case(needle))
}

/// Where a postcode was found.
pub(in crate::import::formats) enum FoundPostcode {
    /// In its own column.
    Column(Postcode),
    /// In an address line, because its own column is blank or not a postcode.
    Line(Postcode),
    /// Nowhere: the column is blank or not a postcode, and no line is one.
    None,
}

/// The postcode in `column`, or failing that in one of `lines` (the last that is one),
/// and the lines without any that merely repeat it.
pub(in crate::import::formats) fn find_postcode<'r>(column: &str, lines: &[&'r str]) -> (FoundPostcode, Vec<&'r str>) {
    let found = found_postcode(Postcode::parse(column).ok(), lines.iter().copied());
    let rest = lines.iter().copied().filter(|line| keeps_line(&found, line)).collect();
    (found, rest)
}

/// The postcode of [`find_postcode`], for a column already parsed
/// (`Postcode::parse(column).ok()`).
pub(in crate::import::formats) fn found_postcode<'l>(
    column: Option<Postcode>,
    lines: impl DoubleEndedIterator<Item = &'l str>,
) -> FoundPostcode {
    match column {
        Some(postcode) => FoundPostcode::Column(postcode),
        None => {
            lines.rev().find_map(|line| Postcode::parse(line).ok()).map_or(FoundPostcode::None, FoundPostcode::Line)
        }
    }
}

/// Whether `line` stays among an address's lines when its postcode is `found`: a
/// line that merely repeats the postcode does not.
pub(in crate::import::formats) fn keeps_line(found: &FoundPostcode, line: &str) -> bool {
    match found {
        FoundPostcode::Column(postcode) | FoundPostcode::Line(postcode) => !reads_as(line, postcode),
        FoundPostcode::None => true,
    }
}

/// Whether `Postcode::parse(line)` gives `postcode`, without parsing the line (see
/// [`Postcode::is_read_from`]): asked of every address line, twice.
fn reads_as(line: &str, postcode: &Postcode) -> bool {
    postcode.is_read_from(line)
}

/// A postcode as it is written (`AA1 1AA`, what its `Display` gives), without going
/// through the formatting machinery, for every address.
pub(in crate::import::formats) fn written(postcode: &Postcode) -> String {
    let (outward, inward) = (postcode.outward(), postcode.inward());
    let mut text = String::with_capacity(outward.len() + 1 + inward.len());
    text.push_str(outward);
    text.push(' ');
    text.push_str(inward);
    text
}

pub(in crate::import::formats) fn postcode_moved(
    column: &str,
    value: &str,
    postcode: &Postcode,
    what: &str,
) -> Problem {
    let was = if value.is_empty() { "is blank".to_owned() } else { format!("holds \"{value}\", not a postcode") };
    Problem::new(
        ProblemCode::PostcodeFromAddress,
        Action::Repaired,
        format!("\"{column}\" {was}; the postcode {postcode} was found in the {what} lines and used"),
        format!("Put the postcode in \"{column}\" in the election software."),
    )
}

/// A station's location from its two coordinate columns: British National Grid
/// easting/northing converted to WGS84 (good to about 5 m: see [`bng_to_wgs84`]), or
/// WGS84 longitude/latitude as given, rounded to six decimal places (about 0.1 m) like
/// the lookup's answers. A layout without coordinate columns (empty names) has no
/// location. Blank or `0` in both columns means no location; anything else
/// that is not a place is reported and the station kept without a location.
pub(super) fn station_location(fields: &StationFields, names: &ColumnNames) -> Result<Location, Problem> {
    let number = |text: &str| if text.is_empty() { Some(0.0) } else { text.parse::<f64>().ok() };
    let (columns, values) = (
        format!("{} and {}", names.easting, names.northing),
        format!("\"{}\", \"{}\"", fields.easting, fields.northing),
    );
    let one_blank = fields.easting.is_empty() != fields.northing.is_empty();
    let round = |degrees: f64| (degrees * 1e6).round() / 1e6;
    if names.easting.is_empty() {
        return Err(Problem::new(
            ProblemCode::NoLocation,
            Action::Kept,
            format!(
                "station \"{}\" has no location (this export has no coordinate columns), so voters cannot be shown \
                 where it is",
                fields.id
            ),
            "Export with a header set that includes the station's grid reference, if the election software has one.",
        ));
    }
    match (number(fields.easting), number(fields.northing)) {
        (Some(x), Some(y)) if x == 0.0 && y == 0.0 => Err(Problem::new(
            ProblemCode::NoLocation,
            Action::Kept,
            format!(
                "station \"{}\" has no location ({columns} are blank or 0), so voters cannot be shown where it is",
                fields.id
            ),
            format!("Fill in {columns} for the station in the election software."),
        )),
        (Some(x), Some(y)) if !one_blank => {
            let (location, range) = match names.coordinates {
                Coordinates::BritishNationalGrid => (
                    bng_to_wgs84(x, y).and_then(|(lat, lon)| Location::new(round(lat), round(lon))),
                    "the British National Grid (easting 0 to 700000, northing 0 to 1300000 metres)",
                ),
                Coordinates::Wgs84 => {
                    (Location::new(round(y), round(x)), "the range of longitude (-180 to 180) and latitude (-90 to 90)")
                }
            };
            location.ok_or_else(|| {
                Problem::new(
                    ProblemCode::InvalidLocation,
                    Action::Repaired,
                    format!(
                        "{values} in {columns} are outside {range}; station \"{}\" was kept without a location",
                        fields.id
                    ),
                    format!(
                        "Check {columns}: they should be the station's {}.",
                        coordinates_described(names.coordinates)
                    ),
                )
            })
        }
        _ => Err(Problem::new(
            ProblemCode::InvalidLocation,
            Action::Repaired,
            format!(
                "{values} in {columns} are not {}; station \"{}\" was kept without a location",
                match names.coordinates {
                    Coordinates::BritishNationalGrid => "grid coordinates",
                    Coordinates::Wgs84 => "a longitude and latitude",
                },
                fields.id
            ),
            format!(
                "Give {columns} as the station's {}, or leave both blank.",
                coordinates_described(names.coordinates)
            ),
        )),
    }
}

fn coordinates_described(coordinates: Coordinates) -> &'static str {
    match coordinates {
        Coordinates::BritishNationalGrid => "grid reference in metres",
        Coordinates::Wgs84 => "longitude and latitude in decimal degrees",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_and_dummy_markers_ignore_case() {
        assert!(test_marker(&["Flat 1", "[testing] hall"], "CF10 1AA").is_some_and(|why| why.contains("[TESTING]")));
        assert!(test_marker(&["DUMMY RECORD"], "").is_some());
        assert!(test_marker(&["Dummy recorder"], "").is_some(), "a substring, as before");
        assert!(test_marker(&["1 Mill Lane"], "a1 1aa").is_some_and(|why| why.contains("dummy a1 1aa")));
        assert_eq!(test_marker(&["1 Mill Lane", "Testing Road"], "A11 1AA"), None);
        for (text, found) in [
            ("[testing]", true),
            ("x[TeStInG]", true),
            ("[testin", false),
            ("[[testing", false),
            ("[[testing]", true),
            ("", false),
            ("ab[testing]c", true),
        ] {
            assert_eq!(contains_ignoring_ascii_case(text, b"[testing]"), found, "{text:?}");
        }
        for (text, found) in
            [("dummy record", true), ("a Dummy Record", true), ("dDUMMY RECORD", true), ("dummy recor", false)]
        {
            assert_eq!(contains_ignoring_ascii_case(text, b"dummy record"), found, "{text:?}");
        }
    }

    #[test]
    fn a_line_reads_as_a_postcode_exactly_when_it_parses_to_it() {
        let postcode = Postcode::parse("CF10 1AA").expect("valid");
        let lines = [
            "CF10 1AA",
            "cf101aa",
            " (CF10-1AA) ",
            "CF10 1AB",
            "CF10 1A",
            "CF10 1AAA",
            "CF10 1AA!",
            "CF10 1AÄ",
            "1 CF10 1AA",
            "",
            "C F 1 0 1 A A",
            "CF10\u{2013}1AA",
            "CF10\u{a0}1AA",
            "(cf10)-[1aa]",
            "CF10 1AA\u{2}",
            "CF101AAX",
            "XCF101AA",
        ];
        for line in lines {
            assert_eq!(reads_as(line, &postcode), Postcode::parse(line).ok() == Some(postcode.clone()), "{line:?}");
        }
        for text in ["CF10 1AA", "a1 1aa", "GIR 0AA", "EC1A 1BB"] {
            let postcode = Postcode::parse(text).expect("valid");
            assert_eq!(written(&postcode), postcode.to_string());
        }
    }
}
