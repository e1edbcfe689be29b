//! `vip-xml`: a Voting Information Project feed (VIP 6.0, and the 5.x feeds that
//! share its elements) as one XML file, plus the precinct boundary files that go
//! with it ([`boundaries`]: GeoJSON, or an ESRI shapefile with its `.prj`).
//!
//! A record is one child element of `VipObject`, counted at the line it starts on.
//! The elements Pollcard publishes — `PollingLocation` (with its `HoursOpen`),
//! `Precinct`, `Locality`, `State`, `Election`, `ElectionAdministration` and
//! `StreetSegment` — are read into the dataset; every other kind (candidates,
//! contests, parties, …) is counted as dropped with one warning per kind, naming its
//! lines. References between elements are checked once every file is read
//! (`import::dataset::us`), because boundaries arrive in other files.
//!
//! Version: VIP 6.0 kept 5.x's elements for everything Pollcard reads, so a 5.x feed
//! is read too, with a warning naming its version. VIP 3.x (a different,
//! lower-case schema: `vip_object`, `polling_location`) is refused by name.

pub mod boundaries;
pub(crate) mod elements;
pub mod shapefile;

use std::collections::BTreeMap;

use roxmltree::{Document, Node, ParsingOptions};

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Origin, Problem};
use crate::import::source::SourceFile;

use super::{Confidence, Importer};
use elements::Invalid;

/// The format's name.
pub const NAME: &str = "vip-xml";

/// Reads a VIP XML feed.
#[derive(Clone, Copy, Debug)]
pub struct VipXml;

/// How far into a file detection looks for the root element.
const SNIFF_BYTES: usize = 16 * 1024;

fn head(text: &str) -> &str {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

impl Importer for VipXml {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "Voting Information Project XML with a VipObject root (VIP 5.x or 6.0)"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let head = head(source.text());
        if !source.text().trim_start().starts_with('<') {
            return Confidence::No;
        }
        if head.contains("<VipObject") || head.contains("<vip_object") {
            Confidence::Certain
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let options = ParsingOptions { allow_dtd: false, ..ParsingOptions::default() };
        let document = match Document::parse_with_options(source.text(), options) {
            Ok(document) => document,
            Err(error) => {
                let line = u64::from(error.pos().row);
                report.push(
                    Problem::new(
                        ProblemCode::InvalidXml,
                        Action::Stopped,
                        format!("{} is not well-formed XML: {error}", source.name()),
                        "Export the feed again; a cut-short or hand-edited file often has an unclosed element.",
                    )
                    .at_line(line),
                );
                return;
            }
        };
        let root = document.root_element();
        if root.tag_name().name() != "VipObject" {
            report.push(refuse_root(source, &document, root));
            return;
        }
        let records: Vec<Node<'_, '_>> = root.children().filter(Node::is_element).collect();
        report.set_records_read(records.len());
        check_version(source, root, report);
        let mut unused: BTreeMap<String, Vec<u64>> = BTreeMap::new();
        let line_starts = LineStarts::of(source.text());
        for node in records {
            let line = line_starts.line_of(node.range().start);
            let origin = report.origin(line);
            let name = node.tag_name().name();
            let fate = match read_element(name, node, origin, dataset, report) {
                Some(Ok(fate)) => fate,
                Some(Err(invalid)) => {
                    report.push(
                        Problem::new(
                            invalid_code(&invalid),
                            Action::Dropped,
                            format!("{}; it is left out", invalid.describe(&describe(node))),
                            "Fill in the element as the VIP specification requires and export the feed again.",
                        )
                        .at_line(line),
                    );
                    Fate::Dropped
                }
                None => {
                    unused.entry(name.to_owned()).or_default().push(line);
                    Fate::Dropped
                }
            };
            report.settle(fate);
        }
        for (name, lines) in unused {
            report.push(not_used(&name, &lines));
        }
    }
}

/// Line numbers from byte offsets. roxmltree's own `text_pos_at` counts from the start
/// of the text on every call, which would make a feed with a hundred thousand street
/// segments quadratic; this finds each line by binary search instead.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn of(text: &str) -> LineStarts {
        let breaks = text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(at, _)| at + 1);
        LineStarts(std::iter::once(0).chain(breaks).collect())
    }

    /// The 1-based line the byte at `offset` is on.
    fn line_of(&self, offset: usize) -> u64 {
        let index = self.0.partition_point(|&start| start <= offset);
        u64::try_from(index).unwrap_or(u64::MAX)
    }
}

fn invalid_code(invalid: &Invalid) -> ProblemCode {
    match invalid {
        Invalid::Missing(_) => ProblemCode::BlankField,
        Invalid::BadValue { .. } => ProblemCode::VipInvalidValue,
    }
}

/// `Precinct "pre1"`, for messages.
fn describe(node: Node<'_, '_>) -> String {
    match node.attribute("id") {
        Some(id) => format!("{} \"{id}\"", node.tag_name().name()),
        None => node.tag_name().name().to_owned(),
    }
}

/// Reads one element into the dataset: `None` for kinds Pollcard does not use.
fn read_element(
    name: &str,
    node: Node<'_, '_>,
    origin: Origin,
    dataset: &mut Dataset,
    report: &mut FileReport,
) -> Option<Result<Fate, Invalid>> {
    let us = dataset.us_inputs();
    let fate = match name {
        "PollingLocation" => elements::polling_location(node).map(|read| {
            let fate = match &read.bad_lat_lng {
                Some(bad) => {
                    report.push(
                        Problem::new(
                            ProblemCode::InvalidLocation,
                            Action::Repaired,
                            format!(
                                "PollingLocation \"{}\" has the LatLng \"{bad}\", which is not a latitude and \
                                 longitude; the location is kept without it",
                                read.location.id
                            ),
                            "Give Latitude and Longitude in decimal degrees (WGS84).",
                        )
                        .at_line(origin.line),
                    );
                    Fate::Repaired
                }
                None => Fate::Imported,
            };
            us.add_location(read.location, read.hours_open_id, fate, origin);
            fate
        }),
        "HoursOpen" => elements::hours_open(node).map(|(id, hours)| us.add_hours(id, hours, origin)).map(imported),
        "Precinct" => elements::precinct(node)
            .and_then(|precinct| Ok((precinct, elements::spatial_boundary(node)?)))
            .map(|(precinct, shapes)| us.add_precinct(precinct, shapes, origin))
            .map(imported),
        "ExternalFile" => elements::external_file(node).map(|(id, name)| us.add_external_file(id, name)).map(imported),
        "Locality" => elements::locality(node).map(|locality| us.add_locality(locality, origin)).map(imported),
        "State" => elements::state(node).map(|state| us.add_state(state, origin)).map(imported),
        "Election" => elements::election(node).map(|election| us.add_election(election, origin)).map(imported),
        "ElectionAdministration" => elements::election_administration(node).map(|(administration, refused)| {
            let fate = if refused.is_empty() {
                Fate::Imported
            } else {
                report.push(
                    Problem::new(
                        ProblemCode::InvalidWebsite,
                        Action::Repaired,
                        format!(
                            "ElectionAdministration \"{}\" gives {}, which is not an http(s) address; it is left out",
                            administration.id,
                            refused.join(" and ")
                        ),
                        "Give full web addresses starting with https://.",
                    )
                    .at_line(origin.line),
                );
                Fate::Repaired
            };
            us.add_administration(administration, fate, origin);
            fate
        }),
        "StreetSegment" => {
            elements::street_segment(node).map(|segment| us.add_street_segment(segment, origin)).map(imported)
        }
        _ => return None,
    };
    Some(fate)
}

/// The fate of an element read as it stands.
fn imported((): ()) -> Fate {
    Fate::Imported
}

fn check_version(source: &SourceFile, root: Node<'_, '_>, report: &mut FileReport) {
    let version = root.attribute("schemaVersion").map(str::trim).unwrap_or_default();
    if version.starts_with('6') {
        return;
    }
    let shown = if version.is_empty() { "no schemaVersion".to_owned() } else { format!("schemaVersion {version}") };
    report.push(Problem::new(
        ProblemCode::VipOlderVersion,
        Action::Kept,
        format!(
            "{} is a VIP feed with {shown}, not 6.0; it is read as 6.0, whose polling location, precinct, \
             locality, state, election, election administration and street segment elements are the same",
            source.name()
        ),
        "Check the places to vote in the report and the bundle, or export the feed as VIP 6.0.",
    ));
}

fn refuse_root(source: &SourceFile, document: &Document<'_>, root: Node<'_, '_>) -> Problem {
    let name = root.tag_name().name();
    let line = u64::from(document.text_pos_at(root.range().start).row);
    let (message, fix) = if name == "vip_object" {
        let version = root.attribute("schemaVersion").unwrap_or("3.x");
        (
            format!(
                "{} is a VIP {version} feed (root element vip_object); Pollcard reads VIP 5.x and 6.0 feeds \
                 (root element VipObject)",
                source.name()
            ),
            "Export the feed as VIP 6.0, or convert it with the Voting Information Project's tools.",
        )
    } else {
        (
            format!("{}'s root element is {name}, not VipObject, so it is not a VIP feed", source.name()),
            "Check this is the VIP feed you meant.",
        )
    };
    Problem::new(ProblemCode::UnsupportedVipVersion, Action::Stopped, message, fix).at_line(line)
}

/// One warning for all the elements of a kind Pollcard does not publish.
fn not_used(name: &str, lines: &[u64]) -> Problem {
    const SHOWN: usize = 20;
    let mut listed: Vec<String> = lines.iter().take(SHOWN).map(u64::to_string).collect();
    if lines.len() > SHOWN {
        listed.push(format!("and {} more", lines.len() - SHOWN));
    }
    let (count, noun, line_word, verb) = match lines.len() {
        1 => (1, "element", "line", "is"),
        count => (count, "elements", "lines", "are"),
    };
    Problem::new(
        ProblemCode::VipElementNotUsed,
        Action::Dropped,
        format!(
            "{count} {name} {noun} ({line_word} {}) {verb} not used: Pollcard publishes places to vote, precincts \
             and election offices, not {name} data",
            listed.join(", ")
        ),
        "Nothing to do; these elements are for other VIP tools.",
    )
    .at_line(lines.first().copied().unwrap_or_default())
}

#[cfg(test)]
mod tests;
