//! `districts-geojson`: polling district boundaries as a GeoJSON `FeatureCollection`
//! (RFC 7946, plus the older `crs` member GIS tools still write).
//!
//! Each feature is one record, counted at the line it starts on. Its district id is
//! the first of the [`ID_KEYS`](super::ID_KEYS) properties present (or the feature's
//! own `id`), its name the first of the [`NAME_KEYS`](super::NAME_KEYS).

use serde_json::Value;

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::SourceFile;

use super::super::json_lines::{element_lines, ArrayAt};
use super::super::{Confidence, Importer};
use super::{Crs, RawPolygon, ID_KEYS, NAME_KEYS};

/// The format's name.
pub const NAME: &str = "districts-geojson";

/// How far into a file detection looks for the GeoJSON markers.
const SNIFF_BYTES: usize = 64 * 1024;

/// Reads polling district boundaries from GeoJSON.
#[derive(Clone, Copy, Debug)]
pub struct DistrictsGeoJson;

impl Importer for DistrictsGeoJson {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "a GeoJSON FeatureCollection of Polygon or MultiPolygon features"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let text = source.text().trim_start();
        if !text.starts_with('{') {
            return Confidence::No;
        }
        let head = sniff(text);
        // US precinct boundaries are GeoJSON too; their importer is the certain one.
        let precincts = head.to_ascii_lowercase().contains("\"precinct");
        if head.contains("\"FeatureCollection\"") && !precincts {
            Confidence::Certain
        } else if head.contains("\"Feature\"") || head.contains("\"features\"") {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let document: Value = match serde_json::from_str(source.text()) {
            Ok(document) => document,
            Err(error) => {
                report.push(unreadable(source, &format!("it is not valid JSON ({error})")));
                return;
            }
        };
        let Some(features) = document.get("features").and_then(Value::as_array) else {
            report.push(unreadable(source, "it has no \"features\" list, so it is not a GeoJSON FeatureCollection"));
            return;
        };
        report.set_records_read(features.len());
        let lines = element_lines(source.text(), ArrayAt::Key("features"));
        let line_of = |index: usize| lines.get(index).copied().unwrap_or(1);
        let crs = match declared_crs(&document) {
            Some(crs) => crs,
            None => {
                let positions: Vec<[f64; 2]> = features
                    .iter()
                    .filter_map(|f| polygons(f.get("geometry")?).ok())
                    .flatten()
                    .flatten()
                    .flatten()
                    .collect();
                if super::looks_like_metres(positions.iter()) {
                    report.push(super::assumed_grid());
                    Crs::BritishNationalGrid
                } else {
                    Crs::Wgs84
                }
            }
        };
        for (index, feature) in features.iter().enumerate() {
            let line = line_of(index);
            let fate = import_feature(feature, crs, dataset, report, line);
            report.settle(fate);
        }
    }
}

fn sniff(text: &str) -> &str {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn unreadable(source: &SourceFile, why: &str) -> Problem {
    Problem::new(
        ProblemCode::UnreadableFile,
        Action::Stopped,
        format!("{} could not be read as {NAME}: {why}", source.name()),
        "Export the districts again from the GIS as GeoJSON; the file may have been cut short.",
    )
}

/// The coordinate system the legacy `crs` member names, if any.
fn declared_crs(document: &Value) -> Option<Crs> {
    let name = document.get("crs")?.get("properties")?.get("name")?.as_str()?;
    if name.contains("27700") {
        Some(Crs::BritishNationalGrid)
    } else if name.contains("4326") || name.contains("CRS84") {
        Some(Crs::Wgs84)
    } else {
        None
    }
}

/// A property by name, in any case, as text (numbers are written as they are).
fn property(feature: &Value, keys: &[&str]) -> Option<String> {
    let properties = feature.get("properties").and_then(Value::as_object);
    let found = keys
        .iter()
        .find_map(|key| properties?.iter().find(|(name, _)| name.eq_ignore_ascii_case(key)).map(|(_, value)| value));
    let text = |value: &Value| match value {
        Value::String(text) => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    };
    found.and_then(text).filter(|text| !text.is_empty())
}

fn import_feature(feature: &Value, crs: Crs, dataset: &mut Dataset, report: &mut FileReport, line: u64) -> Fate {
    let id = property(feature, &ID_KEYS).or_else(|| {
        feature.get("id").and_then(|id| match id {
            Value::String(text) => Some(text.trim().to_owned()).filter(|text| !text.is_empty()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        })
    });
    let Some(id) = id else {
        report.push(super::missing_district_id("feature").at_line(line));
        return Fate::Dropped;
    };
    let polygons = match feature.get("geometry") {
        Some(geometry) if !geometry.is_null() => polygons(geometry),
        _ => Err("the feature has no geometry".to_owned()),
    };
    match polygons.and_then(|polygons| super::boundary(polygons, crs)) {
        Ok(boundary) => {
            let name = property(feature, &NAME_KEYS);
            dataset.add_district_boundary(super::district(id, name, boundary), Fate::Imported, report.origin(line));
            Fate::Imported
        }
        Err(why) => {
            report.push(super::invalid_boundary("feature", &id, &why).at_line(line));
            Fate::Dropped
        }
    }
}

/// A `Polygon` or `MultiPolygon` geometry's polygons.
fn polygons(geometry: &Value) -> Result<Vec<RawPolygon>, String> {
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or("(none)");
    let coordinates = geometry.get("coordinates").ok_or_else(|| format!("its {kind} geometry has no coordinates"))?;
    match kind {
        "Polygon" => Ok(vec![polygon(coordinates)?]),
        "MultiPolygon" => array(coordinates)?.iter().map(polygon).collect(),
        other => Err(format!("its geometry is a {other}, not a Polygon or MultiPolygon")),
    }
}

fn array(value: &Value) -> Result<&Vec<Value>, String> {
    value.as_array().ok_or_else(|| format!("the coordinates hold {value} where a list belongs"))
}

fn polygon(value: &Value) -> Result<RawPolygon, String> {
    array(value)?.iter().map(|ring| array(ring)?.iter().map(position).collect()).collect()
}

fn position(value: &Value) -> Result<[f64; 2], String> {
    match array(value)?.as_slice() {
        [x, y, ..] => match (x.as_f64(), y.as_f64()) {
            (Some(x), Some(y)) => Ok([x, y]),
            _ => Err(format!("the position {value} is not two numbers")),
        },
        _ => Err(format!("the position {value} is not two numbers")),
    }
}

#[cfg(test)]
mod tests;
