//! Reading a shapefile's `.prj`: the coordinate system as Well-Known Text, in either
//! the ESRI dialect (`PROJECTION["Lambert_Conformal_Conic"]` with
//! `Standard_Parallel_1`) or the OGC one (`Lambert_Conformal_Conic_2SP`).
//!
//! Only what state-plane and plain latitude/longitude files use is accepted:
//! geographic coordinates, transverse Mercator, and Lambert conformal conic with one
//! or two standard parallels, on NAD83 or WGS84. Anything else is refused with the
//! name of what was found, so an officer can re-export the file in a supported system
//! rather than publish boundaries in the wrong place.

use thiserror::Error;

use super::{Ellipsoid, LambertConic, LinearUnit, ProjectedCrs, Projection, TransverseMercator};

/// The coordinate system a `.prj` describes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum CoordinateSystem {
    /// Longitude and latitude in degrees (NAD83 or WGS84).
    Geographic,
    Projected(ProjectedCrs),
}

impl CoordinateSystem {
    /// WGS84 latitude and longitude of a point stored as `(x, y)` in this system.
    pub fn to_wgs84(&self, x: f64, y: f64) -> (f64, f64) {
        match self {
            CoordinateSystem::Geographic => (y, x),
            CoordinateSystem::Projected(crs) => crs.to_wgs84(x, y),
        }
    }
}

/// Why a `.prj` cannot be used.
#[derive(Clone, Debug, PartialEq, Error)]
#[non_exhaustive]
pub enum PrjError {
    #[error("it is not Well-Known Text: {0}")]
    Syntax(String),
    #[error("it describes neither a PROJCS nor a GEOGCS but {0}")]
    NotACoordinateSystem(String),
    #[error("its projection {0:?} is not one Pollcard converts (transverse Mercator or Lambert conformal conic)")]
    UnsupportedProjection(String),
    #[error("its datum {0:?} is not NAD83 or WGS84; Pollcard does not carry the grid shift it needs")]
    UnsupportedDatum(String),
    #[error("it lacks the {0} parameter")]
    MissingParameter(&'static str),
}

/// One WKT node: `KEYWORD[value, …]`.
#[derive(Clone, Debug, PartialEq)]
struct Node {
    keyword: String,
    values: Vec<Value>,
}

#[derive(Clone, Debug, PartialEq)]
enum Value {
    Text(String),
    Number(f64),
    Node(Node),
}

impl Node {
    fn child(&self, keyword: &str) -> Option<&Node> {
        self.values.iter().find_map(|value| match value {
            Value::Node(node) if node.keyword.eq_ignore_ascii_case(keyword) => Some(node),
            _ => None,
        })
    }

    fn text(&self, index: usize) -> Option<&str> {
        match self.values.get(index) {
            Some(Value::Text(text)) => Some(text),
            _ => None,
        }
    }

    fn number(&self, index: usize) -> Option<f64> {
        match self.values.get(index) {
            Some(Value::Number(number)) => Some(*number),
            _ => None,
        }
    }

    /// `PARAMETER[name, value]` children by normalised name.
    fn parameter(&self, names: &[&str]) -> Option<f64> {
        self.values.iter().find_map(|value| match value {
            Value::Node(node) if node.keyword.eq_ignore_ascii_case("PARAMETER") => {
                let name = normalise(node.text(0)?);
                names.contains(&name.as_str()).then(|| node.number(1)).flatten()
            }
            _ => None,
        })
    }
}

/// Lower case with spaces and underscores removed, so `Latitude_Of_Origin`,
/// `latitude_of_origin` and `Latitude of origin` compare equal.
fn normalise(name: &str) -> String {
    name.chars().filter(|c| !matches!(c, '_' | ' ' | '-')).flat_map(char::to_lowercase).collect()
}

struct Parser<'t> {
    text: &'t str,
    at: usize,
}

impl Parser<'_> {
    fn skip_space(&mut self) {
        while let Some(c) = self.text[self.at..].chars().next().filter(|c| c.is_whitespace()) {
            self.at += c.len_utf8();
        }
    }

    fn error(&self, what: &str) -> PrjError {
        PrjError::Syntax(format!("{what} at character {}", self.at + 1))
    }

    fn node(&mut self) -> Result<Node, PrjError> {
        self.skip_space();
        let rest = &self.text[self.at..];
        let length = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if length == 0 {
            return Err(self.error("expected a keyword"));
        }
        let keyword = rest[..length].to_owned();
        self.at += length;
        self.skip_space();
        let close = match self.text[self.at..].chars().next() {
            Some('[') => ']',
            Some('(') => ')',
            _ => return Err(self.error(&format!("expected [ after {keyword}"))),
        };
        self.at += 1;
        let mut values = Vec::new();
        loop {
            self.skip_space();
            let Some(c) = self.text[self.at..].chars().next() else {
                return Err(self.error(&format!("{keyword} is not closed")));
            };
            if c == close && values.is_empty() {
                self.at += 1;
                break;
            }
            values.push(self.value()?);
            self.skip_space();
            match self.text[self.at..].chars().next() {
                Some(',') => self.at += 1,
                Some(c) if c == close => {
                    self.at += 1;
                    break;
                }
                _ => return Err(self.error(&format!("expected , or {close} in {keyword}"))),
            }
        }
        Ok(Node { keyword, values })
    }

    fn value(&mut self) -> Result<Value, PrjError> {
        let rest = &self.text[self.at..];
        if let Some(quoted) = rest.strip_prefix('"') {
            let end = quoted.find('"').ok_or_else(|| self.error("unclosed quote"))?;
            self.at += end + 2;
            return Ok(Value::Text(quoted[..end].to_owned()));
        }
        if rest.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '+' | '.')) {
            let length = rest
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, '-' | '+' | '.' | 'e' | 'E')))
                .unwrap_or(rest.len());
            let number = rest[..length].parse().map_err(|_| self.error("bad number"))?;
            self.at += length;
            return Ok(Value::Number(number));
        }
        // A bare word such as an AXIS direction (EAST, NORTH) has no brackets.
        let word = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        if !rest[word..].trim_start().starts_with(['[', '(']) {
            if word == 0 {
                return Err(self.error("expected a value"));
            }
            self.at += word;
            return Ok(Value::Text(rest[..word].to_owned()));
        }
        Ok(Value::Node(self.node()?))
    }
}

/// Reads the text of a `.prj`.
pub fn parse_prj(text: &str) -> Result<CoordinateSystem, PrjError> {
    let mut parser = Parser { text: text.trim_start_matches('\u{feff}'), at: 0 };
    let root = parser.node()?;
    match root.keyword.to_ascii_uppercase().as_str() {
        "GEOGCS" => {
            check_datum(&root)?;
            Ok(CoordinateSystem::Geographic)
        }
        "PROJCS" => projected(&root).map(CoordinateSystem::Projected),
        other => Err(PrjError::NotACoordinateSystem(other.to_owned())),
    }
}

fn check_datum(geogcs: &Node) -> Result<Ellipsoid, PrjError> {
    let datum = geogcs.child("DATUM").ok_or(PrjError::MissingParameter("DATUM"))?;
    let name = datum.text(0).unwrap_or_default();
    let key = normalise(name);
    // NAD83 in any realisation (HARN, NSRS2007, 2011: D_NAD_1983_HARN,
    // NAD83_National_Spatial_Reference_System_2011, North_American_Datum_1983) or WGS84.
    let nad83 =
        (key.contains("northamerican") && key.contains("1983")) || key.contains("nad1983") || key.contains("nad83");
    let wgs84 = key.contains("wgs1984") || key.contains("wgs84") || key.contains("worldgeodeticsystem1984");
    if !(nad83 || wgs84) {
        return Err(PrjError::UnsupportedDatum(name.to_owned()));
    }
    let spheroid = datum.child("SPHEROID").or_else(|| datum.child("ELLIPSOID"));
    let ellipsoid = match spheroid.and_then(|s| Some((s.number(1)?, s.number(2)?))) {
        Some((a, inverse_f)) if a > 6_000_000.0 && inverse_f > 250.0 => {
            Ellipsoid { semi_major_axis: a, inverse_flattening: inverse_f }
        }
        _ => Ellipsoid::GRS80,
    };
    Ok(ellipsoid)
}

fn projected(projcs: &Node) -> Result<ProjectedCrs, PrjError> {
    let geogcs = projcs.child("GEOGCS").ok_or(PrjError::MissingParameter("GEOGCS"))?;
    let ellipsoid = check_datum(geogcs)?;
    let unit = match projcs.child("UNIT").and_then(|unit| unit.number(1)) {
        Some(metres) if metres > 0.0 => LinearUnit { metres },
        _ => LinearUnit::METRE,
    };
    let name = projcs.child("PROJECTION").and_then(|p| p.text(0)).ok_or(PrjError::MissingParameter("PROJECTION"))?;
    let need = |names: &[&str], label: &'static str| projcs.parameter(names).ok_or(PrjError::MissingParameter(label));
    // False easting and northing are in the file's unit; the projections take metres.
    let false_easting = projcs.parameter(&["falseeasting", "eastingatfalseorigin"]).unwrap_or(0.0) * unit.metres;
    let false_northing = projcs.parameter(&["falsenorthing", "northingatfalseorigin"]).unwrap_or(0.0) * unit.metres;
    let lat0 =
        projcs.parameter(&["latitudeoforigin", "latitudeofnaturalorigin", "latitudeoffalseorigin"]).unwrap_or(0.0);
    let lon0 = need(&["centralmeridian", "longitudeofnaturalorigin", "longitudeoffalseorigin"], "Central_Meridian")?;
    let projection = match normalise(name).as_str() {
        "transversemercator" | "gausskruger" => Projection::TransverseMercator(TransverseMercator::new(
            ellipsoid,
            lat0,
            lon0,
            need(&["scalefactor", "scalefactoratnaturalorigin"], "Scale_Factor")?,
            false_easting,
            false_northing,
        )),
        "lambertconformalconic" | "lambertconformalconic2sp" | "lambertconformalconic1sp" => {
            let parallel_1 = projcs.parameter(&["standardparallel1", "latitudeof1ststandardparallel"]);
            let parallel_2 = projcs.parameter(&["standardparallel2", "latitudeof2ndstandardparallel"]);
            let scale = projcs.parameter(&["scalefactor", "scalefactoratnaturalorigin"]);
            match (parallel_1, parallel_2) {
                (Some(p1), Some(p2)) if scale.is_none_or(|k| (k - 1.0).abs() < 1e-12) => Projection::LambertConic(
                    LambertConic::two_standard_parallels(ellipsoid, lat0, lon0, p1, p2, false_easting, false_northing),
                ),
                // ESRI writes the one-parallel form with Standard_Parallel_1 equal to
                // the latitude of origin and a scale factor.
                _ => Projection::LambertConic(LambertConic::one_standard_parallel(
                    ellipsoid,
                    parallel_1.filter(|_| lat0 == 0.0).unwrap_or(lat0),
                    lon0,
                    scale.unwrap_or(1.0),
                    false_easting,
                    false_northing,
                )),
            }
        }
        _ => return Err(PrjError::UnsupportedProjection(name.to_owned())),
    };
    Ok(ProjectedCrs { projection, unit })
}
