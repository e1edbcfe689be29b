//! Precinct boundaries: pairing a shapefile's parts, converting its coordinates to
//! WGS84 with its `.prj`, and matching each boundary to its precinct.
//!
//! A boundary names its precinct by one of [`ID_KEYS`] (the VIP precinct id), or
//! failing that by one of [`NUMBER_KEYS`] (the precinct number, which every split of
//! the precinct shares). Several boundaries for one precinct are its parts.

use std::collections::BTreeMap;

use super::{Entry, UsInputs};
use crate::geo::projection::wkt::CoordinateSystem;
use crate::import::formats::vip::elements::ShapeReference;
use crate::import::formats::vip::shapefile::{group_rings, Ring, Table};
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{FileId, Origin, Problem, Report};
use crate::us::{MultiPolygon, Precinct};

/// Attribute names (lower case) holding the VIP precinct id, most specific first.
/// `precinct_i` is `precinct_id` as dBASE stores it: column names are cut to 10 characters.
pub const ID_KEYS: [&str; 7] = ["vip_id", "precinct_id", "precinct_i", "precinctid", "pct_id", "prec_id", "id"];
/// Attribute names (lower case) holding the precinct number.
pub const NUMBER_KEYS: [&str; 6] = ["precinct_number", "number", "precinct", "pct_num", "prec_num", "pct"];

/// One boundary read from a file, not yet matched to its precinct.
#[derive(Clone, Debug)]
pub struct BoundaryRecord {
    /// Attribute names (lower case) and values.
    keys: Vec<(String, String)>,
    /// WGS84 polygons, `[lon, lat]`.
    polygons: Vec<Vec<Vec<[f64; 2]>>>,
    origin: Origin,
    /// The shapefile attribute row that goes with a `.shp` record.
    table_origin: Option<Origin>,
    /// A shapefile record's file name (without extension, lower case) and zero-based
    /// index, which a precinct's `SpatialBoundary` may name.
    record: Option<(String, u64)>,
}

/// A precinct's `SpatialBoundary`, resolved: the precinct, the shapefile's name
/// (without extension, lower case) and a zero-based record index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct ShapeLink {
    precinct_id: String,
    file: String,
    index: u64,
}

/// Turns `SpatialBoundary` references into links, reporting an `ExternalFileId` the
/// feed does not define (the precinct is then matched by its attributes instead).
pub(super) fn resolve_references(
    references: Vec<(String, ShapeReference, Origin)>,
    external_files: &BTreeMap<String, String>,
    report: &mut Report,
) -> Vec<ShapeLink> {
    let mut links = Vec::new();
    for (precinct_id, reference, origin) in references {
        let Some(name) = external_files.get(&reference.external_file_id) else {
            report.push_at(
                origin,
                Problem::new(
                    ProblemCode::VipBadReference,
                    Action::Kept,
                    format!(
                        "Precinct \"{precinct_id}\"'s SpatialBoundary names ExternalFile \"{}\", which the feed does \
                         not have; its boundary is looked for by precinct id or number instead",
                        reference.external_file_id
                    ),
                    "Add the ExternalFile element with the shapefile's FileUri.",
                ),
            );
            continue;
        };
        let file = shapefile_name(name);
        links.extend(reference.indexes.into_iter().map(|index| ShapeLink {
            precinct_id: precinct_id.clone(),
            file: file.clone(),
            index,
        }));
    }
    links
}

/// `precincts` for `data/Precincts.shp`: how shapefile parts and `FileUri`s are paired.
fn shapefile_name(path: &str) -> String {
    let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let stem = name.rsplit_once('.').map_or(name, |(stem, _)| stem);
    stem.to_lowercase()
}

/// The parts of one shapefile given so far, by file.
#[derive(Clone, Debug, Default)]
pub struct ShapefileSet {
    shapes: Option<(FileId, Vec<Vec<Ring>>)>,
    table: Option<(FileId, Table)>,
    projection: Option<(FileId, CoordinateSystem)>,
}

impl UsInputs {
    pub fn add_shapes(&mut self, stem: String, file: FileId, records: Vec<Vec<Ring>>) {
        self.shapefiles.entry(stem).or_default().shapes = Some((file, records));
    }
    pub fn add_table(&mut self, stem: String, file: FileId, table: Table) {
        self.shapefiles.entry(stem).or_default().table = Some((file, table));
    }
    pub fn add_projection(&mut self, stem: String, file: FileId, system: CoordinateSystem) {
        self.shapefiles.entry(stem).or_default().projection = Some((file, system));
    }
    pub fn add_boundary(
        &mut self,
        keys: Vec<(String, String)>,
        polygons: Vec<Vec<Vec<[f64; 2]>>>,
        origin: Origin,
        table_origin: Option<Origin>,
    ) {
        self.boundaries.push(BoundaryRecord { keys, polygons, origin, table_origin, record: None });
    }
}

fn incomplete(report: &mut Report, file: FileId, stem: &str, missing: &str, why: &str) {
    report.file_mut(file).push(Problem::new(
        ProblemCode::ShapefileIncomplete,
        Action::Stopped,
        format!("the shapefile {stem} has no {missing} among the inputs, which {why}"),
        format!("Give {stem}.shp, {stem}.dbf and {stem}.prj together as inputs."),
    ));
}

/// Pairs each shapefile's records with their attributes and converts them to WGS84.
/// A shapefile missing a part stops the build.
pub(super) fn from_shapefiles(sets: BTreeMap<String, ShapefileSet>, report: &mut Report) -> Vec<BoundaryRecord> {
    let mut boundaries = Vec::new();
    for (stem, set) in sets {
        let any_file = [set.shapes.as_ref().map(|s| s.0), set.table.as_ref().map(|t| t.0), set.projection.map(|p| p.0)]
            .into_iter()
            .flatten()
            .next();
        let Some(any_file) = any_file else { continue };
        let (Some((shapes_file, shapes)), Some((table_file, table)), Some((_, system))) =
            (set.shapes, set.table, set.projection)
        else {
            let (missing, why) = match () {
                () if report.file(any_file).format == "esri-shapefile" => (
                    "attribute table (.dbf) or projection (.prj)",
                    "say which precinct each shape is and where it lies",
                ),
                () => ("geometry (.shp) or projection (.prj)", "the boundaries need"),
            };
            incomplete(report, any_file, &stem, missing, why);
            continue;
        };
        if shapes.len() != table.rows.len() {
            report.file_mut(table_file).push(Problem::new(
                ProblemCode::ShapefileIncomplete,
                Action::Stopped,
                format!(
                    "{stem}.dbf has {} attribute records but {stem}.shp has {} shapes; they must match one for one",
                    table.rows.len(),
                    shapes.len()
                ),
                "Export the shapefile again; its parts come from different exports.",
            ));
            continue;
        }
        for (index, (rings, row)) in shapes.into_iter().zip(&table.rows).enumerate() {
            let record = index as u64 + 1;
            let shape_origin = Origin { file: shapes_file, line: record };
            let row_origin = Origin { file: table_file, line: record };
            match (rings.is_empty(), row) {
                (true, None) => continue,
                (true, Some(_)) => {
                    let message = format!("attribute record {record} has no shape (its .shp record is empty)");
                    report.retract(row_origin, false, unmatched(message));
                    continue;
                }
                (false, None) => {
                    let message = format!("shape record {record}'s attributes are deleted, so its precinct is unknown");
                    report.retract(shape_origin, false, unmatched(message));
                    continue;
                }
                (false, Some(row)) => {
                    let keys = table.columns.iter().map(|c| c.to_ascii_lowercase()).zip(row.iter().cloned()).collect();
                    match convert(group_rings(rings), &system) {
                        Some(polygons) => boundaries.push(BoundaryRecord {
                            keys,
                            polygons,
                            origin: shape_origin,
                            table_origin: Some(row_origin),
                            record: Some((shapefile_name(&stem), index as u64)),
                        }),
                        None => {
                            let problem = Problem::new(
                                ProblemCode::InvalidPrecinctBoundary,
                                Action::Dropped,
                                format!(
                                    "shape record {record} does not convert to a latitude and longitude with \
                                     {stem}.prj; the .prj may not be the file's own"
                                ),
                                "Check the .prj is the one exported with the .shp.",
                            );
                            report.retract(row_origin, false, problem.clone());
                            report.retract(shape_origin, false, problem);
                        }
                    }
                }
            }
        }
    }
    boundaries
}

fn unmatched(message: String) -> Problem {
    Problem::new(
        ProblemCode::InvalidPrecinctBoundary,
        Action::Dropped,
        message,
        "Export the shapefile again so that every shape has its attributes.",
    )
}

/// WGS84 `[lon, lat]` polygons, or `None` when a point lands off the globe.
fn convert(polygons: Vec<Vec<Ring>>, system: &CoordinateSystem) -> Option<Vec<Vec<Vec<[f64; 2]>>>> {
    polygons
        .into_iter()
        .map(|rings| {
            rings
                .into_iter()
                .map(|ring| {
                    ring.into_iter()
                        .map(|(x, y)| {
                            let (lat, lon) = system.to_wgs84(x, y);
                            (lat.is_finite() && lon.is_finite() && lat.abs() <= 90.0 && lon.abs() <= 180.0)
                                .then_some([lon, lat])
                        })
                        .collect()
                })
                .collect()
        })
        .collect()
}

fn find<'k>(keys: &'k [(String, String)], names: &[&str]) -> impl Iterator<Item = &'k str> {
    let names: Vec<String> = names.iter().map(|n| (*n).to_owned()).collect();
    keys.iter().filter(move |(key, _)| names.contains(key)).map(|(_, value)| value.as_str())
}

/// Gives each precinct its boundary; a boundary naming no precinct is dropped (error),
/// and once any boundary is given, a precinct without one is reported (warning).
pub(super) fn assign(
    precincts: &mut [Entry<Precinct>],
    boundaries: Vec<BoundaryRecord>,
    links: &[ShapeLink],
    report: &mut Report,
) {
    let any = !boundaries.is_empty();
    // With one shapefile in the build, a FileUri naming it differently (a URL, a
    // renamed download) still means it.
    let files: std::collections::BTreeSet<&str> =
        boundaries.iter().filter_map(|b| b.record.as_ref()).map(|(file, _)| file.as_str()).collect();
    let one_file = files.len() == 1;
    // Each link's precinct by position, found before the precincts are changed.
    let link_targets: Vec<(&ShapeLink, usize)> = links
        .iter()
        .filter_map(|link| Some((link, precincts.iter().position(|p| p.value.id == link.precinct_id)?)))
        .collect();
    let linked = |boundary: &BoundaryRecord| -> Vec<usize> {
        let Some((file, index)) = &boundary.record else { return Vec::new() };
        link_targets
            .iter()
            .filter(|(link, _)| link.index == *index && (one_file || link.file == *file))
            .map(|&(_, position)| position)
            .collect()
    };
    for boundary in boundaries {
        let by_link = linked(&boundary);
        let by_id: Vec<usize> = find(&boundary.keys, &ID_KEYS)
            .filter_map(|id| precincts.iter().position(|p| p.value.id == id))
            .take(1)
            .collect();
        let targets = if !by_link.is_empty() {
            by_link
        } else if by_id.is_empty() {
            let numbers: Vec<&str> = find(&boundary.keys, &NUMBER_KEYS).collect();
            (0..precincts.len())
                .filter(|&i| precincts[i].value.number.as_deref().is_some_and(|n| numbers.contains(&n)))
                .collect()
        } else {
            by_id
        };
        if targets.is_empty() {
            let named: Vec<String> = boundary
                .keys
                .iter()
                .filter(|(key, _)| ID_KEYS.contains(&key.as_str()) || NUMBER_KEYS.contains(&key.as_str()))
                .map(|(key, value)| format!("{key} = \"{value}\""))
                .collect();
            let named =
                if named.is_empty() { "no precinct id or number attribute".to_owned() } else { named.join(", ") };
            let problem = Problem::new(
                ProblemCode::BoundaryUnknownPrecinct,
                Action::Dropped,
                format!("this boundary ({named}) matches no precinct in the feed; it is left out"),
                "Give each boundary a precinct_id attribute holding the VIP Precinct id (or a precinct number \
                 the feed uses).",
            );
            if let Some(row) = boundary.table_origin {
                report.retract(row, false, problem.clone());
            }
            report.retract(boundary.origin, false, problem);
            continue;
        }
        for index in targets {
            let precinct = &mut precincts[index].value;
            let shape = precinct.boundary.get_or_insert_with(MultiPolygon::default);
            shape.0.extend(boundary.polygons.iter().cloned());
        }
    }
    if any {
        for entry in precincts.iter().filter(|entry| entry.value.boundary.is_none()) {
            report.push_at(
                entry.origin,
                Problem::new(
                    ProblemCode::PrecinctWithoutBoundary,
                    Action::Kept,
                    format!(
                        "Precinct \"{}\" has no boundary in the boundary files, so a location lookup can never find it",
                        entry.value.id
                    ),
                    "Add the precinct's boundary to the boundary file, with its precinct_id.",
                ),
            );
        }
    }
}
