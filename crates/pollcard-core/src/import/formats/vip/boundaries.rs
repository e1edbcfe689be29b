//! Precinct boundary files: an ESRI shapefile (`.shp` + `.dbf` + `.prj`, given as
//! separate inputs with the same name) or a GeoJSON `FeatureCollection`
//! (`us-precincts-geojson`).
//!
//! Shapefile parts are binary, so they are recognised from their headers before any
//! text decoding ([`import_binary`]); the `.prj` is text and has its own importer
//! ([`EsriPrj`]). The parts are paired by file name and converted to WGS84 when the
//! build is finished, since they may be given in any order. A record of a `.shp` or
//! `.dbf` is counted at its record number (the "line" of a binary file).

use std::path::Path;

use serde_json::Value;

use crate::geo::projection::wkt::parse_prj;
use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::SourceFile;

use super::super::json_lines::{element_lines, ArrayAt};
use super::super::{Confidence, Importer};
use super::shapefile::{self, ShapefilePart};

/// The `.prj` importer's name.
pub const PRJ_NAME: &str = "esri-prj";
/// The GeoJSON importer's name.
pub const GEOJSON_NAME: &str = "us-precincts-geojson";

/// The shapefile a part belongs to: its path without the extension, so that
/// `Precincts.shp`, `Precincts.dbf` and `Precincts.prj` pair up.
pub fn shapefile_stem(path: &str) -> String {
    Path::new(path).with_extension("").to_string_lossy().into_owned()
}

/// Reads `bytes` if they are a shapefile part, returning false when they are not (so
/// that the caller decodes them as text).
pub fn import_binary(path: &str, bytes: &[u8], dataset: &mut Dataset, report: &mut FileReport) -> bool {
    let Some(part) = shapefile::recognise(bytes) else { return false };
    let stem = shapefile_stem(path);
    let damaged = |error: &dyn std::fmt::Display, what: &str| {
        Problem::new(
            ProblemCode::UnreadableFile,
            Action::Stopped,
            format!("{path} cannot be read as a shapefile {what}: {error}"),
            "Export the precinct shapefile again; every part (.shp, .dbf, .prj) must come from the same export.",
        )
    };
    match part {
        ShapefilePart::Shapes => {
            report.format = "esri-shapefile".to_owned();
            match shapefile::read_shapes(bytes) {
                Ok(records) => {
                    report.set_records_read(records.len());
                    for (index, rings) in records.iter().enumerate() {
                        if rings.is_empty() {
                            report.push(
                                Problem::new(
                                    ProblemCode::InvalidPrecinctBoundary,
                                    Action::Dropped,
                                    format!("shape record {} has no geometry (a null shape)", index + 1),
                                    "Draw the precinct's boundary in the GIS, or delete the empty record.",
                                )
                                .at_line(index as u64 + 1),
                            );
                            report.settle(Fate::Dropped);
                        } else {
                            report.settle(Fate::Imported);
                        }
                    }
                    dataset.us_inputs().add_shapes(stem, report.id(), records);
                }
                Err(error) => report.push(damaged(&error, "(.shp)")),
            }
        }
        ShapefilePart::Table => {
            report.format = "esri-dbf".to_owned();
            match shapefile::read_table(bytes) {
                Ok(table) => {
                    report.set_records_read(table.rows.len());
                    for (index, row) in table.rows.iter().enumerate() {
                        if row.is_none() {
                            report.push(
                                Problem::new(
                                    ProblemCode::DuplicateRow,
                                    Action::Dropped,
                                    format!("attribute record {} is marked as deleted", index + 1),
                                    "Nothing to do; the GIS keeps deleted records until the table is packed.",
                                )
                                .at_line(index as u64 + 1),
                            );
                            report.settle(Fate::Dropped);
                        } else {
                            report.settle(Fate::Imported);
                        }
                    }
                    dataset.us_inputs().add_table(stem, report.id(), table);
                }
                Err(error) => report.push(damaged(&error, "attribute table (.dbf)")),
            }
        }
        ShapefilePart::Index => {
            // The index only says where each .shp record starts; reading the .shp
            // front to back needs none of it, so it holds no records.
            report.format = "esri-shx".to_owned();
            report.set_records_read(0);
        }
    }
    true
}

/// A shapefile's `.prj`: its coordinate system as Well-Known Text.
#[derive(Clone, Copy, Debug)]
pub struct EsriPrj;

impl Importer for EsriPrj {
    fn name(&self) -> &'static str {
        PRJ_NAME
    }

    fn signature(&self) -> &'static str {
        "a shapefile .prj: Well-Known Text starting PROJCS[ or GEOGCS["
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let text = source.text().trim_start();
        if ["PROJCS[", "GEOGCS["].iter().any(|start| text.starts_with(start)) {
            Confidence::Certain
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        report.set_records_read(1);
        match parse_prj(source.text()) {
            Ok(system) => {
                report.settle(Fate::Imported);
                dataset.us_inputs().add_projection(shapefile_stem(source.name()), report.id(), system);
            }
            Err(error) => {
                report.settle(Fate::Dropped);
                report.push(
                    Problem::new(
                        ProblemCode::UnsupportedProjection,
                        Action::Stopped,
                        format!("{} cannot be used: {error}", source.name()),
                        "Export the precincts in a NAD83 state-plane system, UTM on NAD83, or longitude and \
                         latitude (WGS84); see docs/us-vip.md.",
                    )
                    .at_line(1),
                );
            }
        }
    }
}

/// Precinct boundaries as GeoJSON, in longitude and latitude (RFC 7946).
#[derive(Clone, Copy, Debug)]
pub struct PrecinctsGeoJson;

/// Property names that mark a GeoJSON file as precincts rather than UK districts.
const PRECINCT_MARKS: [&str; 4] = ["\"precinct_id\"", "\"vip_id\"", "\"PrecinctId\"", "\"PRECINCT_ID\""];

impl Importer for PrecinctsGeoJson {
    fn name(&self) -> &'static str {
        GEOJSON_NAME
    }

    fn signature(&self) -> &'static str {
        "a GeoJSON FeatureCollection whose features carry a precinct_id or vip_id property"
    }

    fn narrows(&self) -> Option<&'static str> {
        Some(super::super::districts::geojson::NAME)
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let text = source.text().trim_start();
        // Only a file that starts as an object can be one: the head (found by counting
        // characters) is cut out of it alone, not out of every CSV export.
        if !text.starts_with('{') {
            return Confidence::No;
        }
        let head = &text[..text.char_indices().nth(64 * 1024).map_or(text.len(), |(at, _)| at)];
        if head.contains("\"FeatureCollection\"") && PRECINCT_MARKS.iter().any(|m| head.contains(m)) {
            Confidence::Certain
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let features = match serde_json::from_str::<Value>(source.text()) {
            Ok(document) => match document.get("features").and_then(Value::as_array) {
                Some(features) => features.clone(),
                None => {
                    report.push(unreadable(source, "it has no \"features\" list"));
                    return;
                }
            },
            Err(error) => {
                report.push(unreadable(source, &format!("it is not valid JSON ({error})")));
                return;
            }
        };
        let lines = element_lines(source.text(), ArrayAt::Key("features"));
        report.set_records_read(features.len());
        for (index, feature) in features.iter().enumerate() {
            let line = lines.get(index).copied().unwrap_or_default();
            let origin = report.origin(line);
            let keys = feature_keys(feature);
            match feature_polygons(feature) {
                Ok(polygons) => {
                    dataset.us_inputs().add_boundary(keys, polygons, origin, None);
                    report.settle(Fate::Imported);
                }
                Err(why) => {
                    report.push(
                        Problem::new(
                            ProblemCode::InvalidPrecinctBoundary,
                            Action::Dropped,
                            format!("feature {} cannot be used as a precinct boundary: {why}", index + 1),
                            "Export Polygon or MultiPolygon features in longitude and latitude (WGS84).",
                        )
                        .at_line(line),
                    );
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
        format!("{} could not be read as {GEOJSON_NAME}: {why}", source.name()),
        "Export the precincts again from the GIS as GeoJSON; the file may have been cut short.",
    )
}

/// The feature's `id` and its text or number properties, keys in lower case.
fn feature_keys(feature: &Value) -> Vec<(String, String)> {
    let mut keys = Vec::new();
    let text = |value: &Value| match value {
        Value::String(text) => Some(text.trim().to_owned()),
        Value::Number(number) => Some(number.to_string()),
        _ => None,
    };
    if let Some(id) = feature.get("id").and_then(text) {
        keys.push(("id".to_owned(), id));
    }
    if let Some(properties) = feature.get("properties").and_then(Value::as_object) {
        for (key, value) in properties {
            if let Some(value) = text(value) {
                keys.push((key.to_ascii_lowercase(), value));
            }
        }
    }
    keys
}

type Polygons = Vec<Vec<Vec<[f64; 2]>>>;

fn feature_polygons(feature: &Value) -> Result<Polygons, String> {
    let geometry = feature.get("geometry").filter(|g| !g.is_null()).ok_or("it has no geometry")?;
    let kind = geometry.get("type").and_then(Value::as_str).unwrap_or_default();
    let coordinates = geometry.get("coordinates").ok_or("its geometry has no coordinates")?;
    let polygons: Vec<&Value> = match kind {
        "Polygon" => vec![coordinates],
        "MultiPolygon" => coordinates.as_array().ok_or("MultiPolygon coordinates are not a list")?.iter().collect(),
        other => return Err(format!("its geometry is a {other}, not a Polygon or MultiPolygon")),
    };
    polygons.into_iter().map(polygon).collect()
}

fn polygon(value: &Value) -> Result<Vec<Vec<[f64; 2]>>, String> {
    let rings = value.as_array().ok_or("a polygon is not a list of rings")?;
    rings
        .iter()
        .map(|ring| {
            let points = ring.as_array().ok_or("a ring is not a list of points")?;
            let ring: Vec<[f64; 2]> = points
                .iter()
                .map(|point| {
                    let lon = point.get(0).and_then(Value::as_f64);
                    let lat = point.get(1).and_then(Value::as_f64);
                    match (lon, lat) {
                        (Some(lon), Some(lat)) if lon.abs() <= 180.0 && lat.abs() <= 90.0 => Ok([lon, lat]),
                        _ => Err(format!("the point {point} is not a longitude and latitude")),
                    }
                })
                .collect::<Result<_, String>>()?;
            if ring.len() < 3 {
                return Err("a ring has fewer than three points".to_owned());
            }
            Ok(ring)
        })
        .collect()
}
