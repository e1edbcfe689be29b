//! `fcs-electionspro`: FCS ElectionsPro's JSON export, a list of polling stations,
//! each with the properties that vote there and the polling districts it serves.
//!
//! A station and each of its properties are separate records, each counted at the
//! line its `{` is on, so that a cross-file check dropping one address (a UPRN given
//! two stations, say) moves that address, not its whole station, to "dropped".
//!
//! The export is read into typed records borrowing from the text ([`read`]), not a
//! `serde_json::Value` tree.

use std::borrow::Cow;

use serde_json::Value;

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::SourceFile;
use crate::model::{Address, Location, PollingStation, StationId};
use crate::postcode::Postcode;

use super::json_lines::{element_lines, element_starts, ArrayAt};
use super::{generic_stations, rows, Confidence, Importer};
use read::{ObjectOr, Property, Station};

/// The format's name.
pub const NAME: &str = "fcs-electionspro";

/// Reads an FCS ElectionsPro export.
#[derive(Clone, Copy, Debug)]
pub struct FcsElectionsPro;

impl Importer for FcsElectionsPro {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "a JSON list of stations with properties and pollingDistricts"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let text = source.text().trim_start();
        if !text.starts_with('[') {
            return Confidence::No;
        }
        let head: String = text.chars().take(64 * 1024).collect();
        let has = |key: &str| head.contains(&format!("\"{key}\""));
        if has("properties") && (has("pollingDistricts") || has("stationId")) {
            Confidence::Certain
        } else if has("properties") || has("stationId") {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let stations = match read::stations(source.text()) {
            Ok(Some(stations)) => stations,
            Ok(None) => return report.push(unreadable(source, "it is not a JSON list of stations")),
            // The message a `Value` reader gives, as it always has.
            Err(error) => {
                let error = serde_json::from_str::<Value>(source.text()).err().unwrap_or(error);
                return report.push(unreadable(source, &format!("it is not valid JSON ({error})")));
            }
        };
        let text = source.text();
        let starts = element_starts(text, ArrayAt::Top);
        let properties_of = |station: &ObjectOr<Station>| match station {
            ObjectOr::Object(station) => station.properties.len(),
            ObjectOr::Other(_) => 0,
        };
        let properties = stations.iter().map(properties_of).sum::<usize>();
        report.set_records_read(stations.len() + properties);
        dataset.reserve_addresses(properties);
        for (index, station) in stations.iter().enumerate() {
            let (line, lines) = match starts.get(index) {
                Some(start) => {
                    let end = starts.get(index + 1).map_or(text.len(), |next| next.offset);
                    let nested = element_lines(&text[start.offset..end], ArrayAt::Key("properties"));
                    (start.line, nested.into_iter().map(|nested| start.line + nested - 1).collect())
                }
                None => (1, Vec::new()),
            };
            match station {
                ObjectOr::Object(station) => import_station(station, line, &lines, dataset, report),
                ObjectOr::Other(value) => {
                    report.push(not_an_object("station", value).at_line(line));
                    report.settle(Fate::Dropped);
                }
            }
        }
    }
}

fn unreadable(source: &SourceFile, why: &str) -> Problem {
    Problem::new(
        ProblemCode::UnreadableFile,
        Action::Stopped,
        format!("{} could not be read as {NAME}: {why}", source.name()),
        "Export the stations again from ElectionsPro; the file may have been cut short.",
    )
}

fn import_station(
    station: &Station,
    line: u64,
    property_lines: &[u64],
    dataset: &mut Dataset,
    report: &mut FileReport,
) {
    let id = Some(station.station_id.text())
        .filter(|id| !id.is_empty())
        .or_else(|| Some(station.id.text()).filter(|id| !id.is_empty()));
    let districts: Vec<(Cow<str>, Cow<str>)> =
        station.districts.iter().map(|(id, name)| (id.text(), name.text())).filter(|(id, _)| !id.is_empty()).collect();
    for (district, name) in &districts {
        if !name.is_empty() {
            dataset.name_district(district.to_string(), name.to_string());
        }
    }
    // Properties can only be put in a district when the station serves just one.
    let district = match districts.as_slice() {
        [(only, _)] => Some(only.to_string()),
        _ => None,
    };
    let fate = match &id {
        None => {
            report.push(rows::blank_field("stationId", "station").at_line(line));
            Fate::Dropped
        }
        Some(id) => add_station(station, id, line, dataset, report),
    };
    report.settle(fate);

    let station_id = id.as_deref().map(StationId::from);
    for (index, property) in station.properties.iter().enumerate() {
        let line = property_lines.get(index).copied().unwrap_or(line);
        let fate = match read_property(property, station_id.clone(), district.clone()) {
            Ok((postcode, address)) => {
                dataset.add_address(postcode, address, Fate::Imported, report.origin(line));
                Fate::Imported
            }
            Err(problem) => {
                report.push(problem.at_line(line));
                Fate::Dropped
            }
        };
        report.settle(fate);
    }
}

fn not_an_object(what: &str, value: &Value) -> Problem {
    let shown: String = value.to_string().chars().take(60).collect();
    Problem::new(
        ProblemCode::BlankField,
        Action::Dropped,
        format!("this {what} is {shown}, not an object with the {what}'s details, so it cannot be used"),
        "Export the stations again from ElectionsPro; the file may have been edited by hand.",
    )
}

fn add_station(station: &Station, id: &str, line: u64, dataset: &mut Dataset, report: &mut FileReport) -> Fate {
    let name = station.name.text();
    let address = station.address.label();
    if name.is_empty() || address.is_empty() {
        let column = if name.is_empty() { "name" } else { "addressLine1" };
        report.push(rows::blank_field(column, "station").at_line(line));
        return Fate::Dropped;
    }
    let mut warnings = Vec::new();
    let postcode = generic_stations::station_postcode(&station.address.postcode.text(), &mut warnings);
    let location = location(station, &mut warnings);
    let station = PollingStation {
        id: StationId::from(id),
        name: name.into_owned(),
        address,
        postcode,
        location,
        opening_hours: Default::default(),
        accessibility: Default::default(),
    };
    let repaired = warnings.iter().any(|problem| problem.action == Action::Repaired);
    for problem in warnings {
        report.push(problem.at_line(line));
    }
    let fate = if repaired { Fate::Repaired } else { Fate::Imported };
    let origin = report.origin(line);
    dataset.add_station(station, fate, origin, report)
}

/// `latitude` and `longitude`, as numbers or text; absent, null or 0 is no location.
fn location(station: &Station, warnings: &mut Vec<Problem>) -> Option<Location> {
    let (lat, lon) = (station.latitude.text(), station.longitude.text());
    let number = |text: &str| if text.is_empty() { Some(0.0) } else { text.parse::<f64>().ok() };
    match (number(&lat), number(&lon)) {
        (Some(a), Some(b)) if a == 0.0 && b == 0.0 => {
            warnings.push(Problem::new(
                ProblemCode::NoLocation,
                Action::Kept,
                "the station has no location (latitude and longitude are missing or 0), so voters cannot be shown \
                 where it is",
                "Set the station's location in ElectionsPro and export again.",
            ));
            None
        }
        (Some(a), Some(b)) if Location::new(a, b).is_some() => Location::new(a, b),
        _ => {
            warnings.push(Problem::new(
                ProblemCode::InvalidLocation,
                Action::Repaired,
                format!(
                    "latitude \"{lat}\" and longitude \"{lon}\" are not a place on Earth; the station was kept without \
                     a location"
                ),
                "Correct the station's location in ElectionsPro and export again.",
            ));
            None
        }
    }
}

fn read_property(
    property: &ObjectOr<Property>,
    station_id: Option<StationId>,
    district: Option<String>,
) -> Result<(Postcode, Address), Problem> {
    let property = match property {
        ObjectOr::Object(property) => property,
        ObjectOr::Other(value) => return Err(not_an_object("property", value)),
    };
    let label = property.address.label();
    let uprn = property.uprn.text();
    if uprn.is_empty() {
        return Err(Problem::new(
            ProblemCode::MissingUprn,
            Action::Dropped,
            format!("the property \"{label}\" has no addressUprn, so it cannot be told apart from other addresses"),
            "Fill in the property's UPRN in ElectionsPro and export again.",
        ));
    }
    if label.is_empty() {
        return Err(rows::blank_field("addressLine1", "property"));
    }
    let postcode_text = property.address.postcode.text();
    if postcode_text.is_empty() {
        return Err(rows::blank_field("addressPostCode", "property"));
    }
    let postcode =
        rows::address_postcode(&postcode_text, &uprn, "Correct the postcode in ElectionsPro and export again.")?;
    let address = Address { uprn: uprn.into_owned(), label, postcode: postcode.to_string(), station_id, district };
    Ok((postcode, address))
}

mod read;

#[cfg(test)]
mod tests;
