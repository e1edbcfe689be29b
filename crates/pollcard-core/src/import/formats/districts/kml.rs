//! `districts-kml`: polling district boundaries as KML (Google Earth, and what many
//! council GIS tools export).
//!
//! Each `Placemark` is one record, counted at the line its tag starts on. Its id and
//! name come from `ExtendedData` — `<Data name="id">` (with a `<value>` or the text
//! itself) or `<SchemaData><SimpleData name="id">` — trying the
//! [`ID_KEYS`](super::ID_KEYS) and [`NAME_KEYS`](super::NAME_KEYS) in order; the name
//! falls back to the Placemark's `<name>`. Its area is every `Polygon` in it (inside
//! `MultiGeometry` too), with `innerBoundaryIs` rings as holes. KML is always WGS84.

use roxmltree::{Document, Node};

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::SourceFile;

use super::super::{Confidence, Importer};
use super::{Crs, RawPolygon, ID_KEYS, NAME_KEYS};

/// The format's name.
pub const NAME: &str = "districts-kml";

/// Reads polling district boundaries from KML.
#[derive(Clone, Copy, Debug)]
pub struct DistrictsKml;

impl Importer for DistrictsKml {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "a KML document of Placemarks with Polygons"
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let text = source.text().trim_start();
        if !text.starts_with('<') {
            return Confidence::No;
        }
        let head: String = text.chars().take(4096).collect();
        if head.contains("<kml") {
            Confidence::Certain
        } else if head.contains("<Placemark") {
            Confidence::Possible
        } else {
            Confidence::No
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let document = match Document::parse(source.text()) {
            Ok(document) => document,
            Err(error) => {
                report.push(Problem::new(
                    ProblemCode::UnreadableFile,
                    Action::Stopped,
                    format!("{} could not be read as {NAME}: it is not well-formed XML ({error})", source.name()),
                    "Export the districts again from the GIS as KML; the file may have been cut short.",
                ));
                return;
            }
        };
        let placemarks: Vec<Node<'_, '_>> = document.descendants().filter(|node| is(node, "Placemark")).collect();
        report.set_records_read(placemarks.len());
        // roxmltree's `text_pos_at` counts from the start each time; a council's file
        // can hold hundreds of districts, so the line starts are found once.
        let line_starts: Vec<usize> =
            std::iter::once(0).chain(source.text().match_indices('\n').map(|(at, _)| at + 1)).collect();
        for placemark in placemarks {
            let offset = placemark.range().start;
            let line = u64::try_from(line_starts.partition_point(|&start| start <= offset)).unwrap_or(u64::MAX);
            let fate = import_placemark(placemark, dataset, report, line);
            report.settle(fate);
        }
    }
}

/// True for an element with this local name, whatever its namespace prefix.
fn is(node: &Node<'_, '_>, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name
}

fn children<'a, 'input>(node: Node<'a, 'input>, name: &'a str) -> impl Iterator<Item = Node<'a, 'input>> + 'a {
    node.children().filter(move |child| is(child, name))
}

fn trimmed_text(node: Node<'_, '_>) -> Option<String> {
    let text: String = node.descendants().filter(Node::is_text).filter_map(|text| text.text()).collect();
    Some(text.trim().to_owned()).filter(|text| !text.is_empty())
}

/// An `ExtendedData` value by name (any case), from `Data` or `SimpleData`.
fn extended(placemark: Node<'_, '_>, keys: &[&str]) -> Option<String> {
    let data: Vec<Node<'_, '_>> = children(placemark, "ExtendedData")
        .flat_map(|extended| extended.descendants())
        .filter(|node| is(node, "Data") || is(node, "SimpleData"))
        .collect();
    keys.iter().find_map(|key| {
        let node =
            data.iter().find(|node| node.attribute("name").is_some_and(|name| name.eq_ignore_ascii_case(key)))?;
        match children(*node, "value").next() {
            Some(value) => trimmed_text(value),
            None => trimmed_text(*node),
        }
    })
}

fn import_placemark(placemark: Node<'_, '_>, dataset: &mut Dataset, report: &mut FileReport, line: u64) -> Fate {
    let Some(id) = extended(placemark, &ID_KEYS) else {
        report.push(super::missing_district_id("Placemark").at_line(line));
        return Fate::Dropped;
    };
    let name = extended(placemark, &NAME_KEYS).or_else(|| children(placemark, "name").next().and_then(trimmed_text));
    let polygons: Result<Vec<RawPolygon>, String> =
        placemark.descendants().filter(|node| is(node, "Polygon")).map(polygon).collect();
    match polygons.and_then(|polygons| super::boundary(polygons, Crs::Wgs84)) {
        Ok(boundary) => {
            dataset.add_district_boundary(super::district(id, name, boundary), Fate::Imported, report.origin(line));
            Fate::Imported
        }
        Err(why) => {
            report.push(super::invalid_boundary("Placemark", &id, &why).at_line(line));
            Fate::Dropped
        }
    }
}

fn polygon(node: Node<'_, '_>) -> Result<RawPolygon, String> {
    let rings_in = |boundary: &'static str| {
        children(node, boundary)
            .flat_map(|boundary| children(boundary, "LinearRing"))
            .map(|ring| children(ring, "coordinates").next().and_then(trimmed_text).unwrap_or_default())
            .map(|text| coordinates(&text))
            .collect::<Result<Vec<_>, String>>()
    };
    let outer = rings_in("outerBoundaryIs")?;
    if outer.len() != 1 {
        return Err(format!("a Polygon has {} outer rings where KML needs one", outer.len()));
    }
    Ok(outer.into_iter().chain(rings_in("innerBoundaryIs")?).collect())
}

/// KML `coordinates`: `lon,lat[,alt]` tuples separated by white space.
fn coordinates(text: &str) -> Result<Vec<[f64; 2]>, String> {
    text.split_whitespace()
        .map(|tuple| {
            let mut parts = tuple.split(',').map(str::parse::<f64>);
            match (parts.next(), parts.next()) {
                (Some(Ok(lon)), Some(Ok(lat))) => Ok([lon, lat]),
                _ => Err(format!("the coordinates \"{tuple}\" are not longitude,latitude")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinates_allow_altitude_and_any_white_space() {
        assert_eq!(coordinates("-2.1,52.6,0\n\t 1,2").expect("reads"), [[-2.1, 52.6], [1.0, 2.0]]);
        assert!(coordinates("-2.1 52.6").is_err());
    }
}
