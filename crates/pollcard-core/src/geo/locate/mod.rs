//! Which polling district a point is in: "use my location" without a postcode.
//!
//! [`DistrictIndex`] reads the districts' boundaries (the bundle's
//! `districts/{COUNCIL}.{hash}.json` files, [`DistrictBoundaries`]) into flat arrays
//! and a packed R-tree over each polygon's bounding box, then answers
//! [`DistrictIndex::locate`]: the tree gives the few polygons whose box holds the
//! point, and an even–odd test on their rings (outer ring in, no hole in) decides.
//!
//! **A point exactly on a boundary** belongs to the district just east of it, or just
//! north of it where the boundary runs exactly east–west; on a corner where several
//! districts meet, to the one just north-east (see [`ring`]). Districts that share an
//! edge position for position, as the bundle's do, therefore never both claim a point
//! and never both refuse one: every point inside a council's mosaic is in exactly one
//! district. A point on the council's outer edge is in when the district lies east (or
//! north) of it and outside otherwise.
//!
//! **Bad data**: where boundaries overlap, [`Located::districts`] lists every district
//! that holds the point, in the order the index was given them (files in the order
//! passed, districts in file order), so the caller can say so rather than pick one.
//! Outside every district the list is empty.

mod ring;
mod tree;

use thiserror::Error;

use crate::bundle::DistrictBoundaries;
use crate::model::Boundary;
use ring::ring_contains;
use tree::{union, PackedTree};

/// A district among all the councils an index holds.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DistrictId {
    /// The council's id, as in the bundle.
    pub council: String,
    /// The polling district's id within that council.
    pub district: String,
}

/// The districts that hold a point: one normally, none outside them all, several only
/// where boundaries overlap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located<'a> {
    pub districts: Vec<&'a DistrictId>,
}

impl<'a> Located<'a> {
    /// The district, when exactly one holds the point.
    pub fn single(&self) -> Option<&'a DistrictId> {
        match self.districts.as_slice() {
            [one] => Some(one),
            _ => None,
        }
    }

    /// True when no district holds the point.
    pub fn is_outside(&self) -> bool {
        self.districts.is_empty()
    }
}

/// A boundary position that is not a place on Earth.
#[derive(Clone, Debug, PartialEq, Error)]
#[error(
    "council {council}, district {district}: polygon {polygon}, ring {ring}, position {position} is \
     [{lon}, {lat}], not a longitude (−180 to 180) and latitude (−90 to 90)"
)]
pub struct BoundaryError {
    pub council: String,
    pub district: String,
    /// Counted from 1, as a person reading the file would.
    pub polygon: usize,
    /// Counted from 1: ring 1 is the outer ring, later ones its holes.
    pub ring: usize,
    /// Counted from 1.
    pub position: usize,
    pub lon: Degrees,
    pub lat: Degrees,
}

/// A coordinate in an error message, to six decimal places without trailing zeros
/// (`1`, `95`, `-3.479521`), written through whole numbers: the message is part of
/// the app, and the float printer would add several kilobytes to its wasm.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Degrees(pub f64);

impl std::fmt::Display for Degrees {
    fn fmt(&self, out: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let value = self.0;
        if value.is_nan() {
            return out.write_str("NaN");
        }
        if value.abs() >= 1e12 {
            return out.write_str(if value > 0.0 { "a very large number" } else { "a very large negative number" });
        }
        let millionths = (value * 1e6).round() as i64;
        let sign = if millionths < 0 { "-" } else { "" };
        let (whole, part) = (millionths.unsigned_abs() / 1_000_000, millionths.unsigned_abs() % 1_000_000);
        if part == 0 {
            return write!(out, "{sign}{whole}");
        }
        let digits = format!("{part:06}");
        write!(out, "{sign}{whole}.{}", digits.trim_end_matches('0'))
    }
}

/// One polygon of a district's multipolygon: its rings, outer first.
#[derive(Clone, Debug)]
struct Part {
    district: u32,
    /// Its rings are `ring_starts[first_ring..first_ring + ring_count]`.
    first_ring: u32,
    ring_count: u32,
}

/// Districts' boundaries, ready for point lookups.
#[derive(Clone, Debug, Default)]
pub struct DistrictIndex {
    ids: Vec<DistrictId>,
    parts: Vec<Part>,
    /// Where each ring starts in `points`; one more entry marks the end of the last.
    ring_starts: Vec<u32>,
    points: Vec<[f64; 2]>,
    tree: PackedTree,
}

impl DistrictIndex {
    /// Reads the districts of one or more councils' boundaries files.
    pub fn from_boundaries<'a>(
        files: impl IntoIterator<Item = &'a DistrictBoundaries>,
    ) -> Result<DistrictIndex, BoundaryError> {
        DistrictIndex::new(files.into_iter().flat_map(|file| {
            file.districts
                .iter()
                .map(|area| (DistrictId { council: file.council.clone(), district: area.id.clone() }, &area.boundary))
        }))
    }

    /// Indexes districts with their boundaries (for instance from an older bundle,
    /// whose districts carry them inline). Polygons without an outer ring are skipped;
    /// a ring with fewer than three corners holds no point but is otherwise kept.
    pub fn new<'a>(
        districts: impl IntoIterator<Item = (DistrictId, &'a Boundary)>,
    ) -> Result<DistrictIndex, BoundaryError> {
        let mut index = DistrictIndex { ring_starts: vec![0], ..DistrictIndex::default() };
        let mut boxes = Vec::new();
        for (id, boundary) in districts {
            let district = index.ids.len() as u32;
            for (p, polygon) in boundary.0.iter().enumerate() {
                let Some(outer) = polygon.first() else { continue };
                for (r, ring) in polygon.iter().enumerate() {
                    if let Some((n, &[lon, lat])) = ring
                        .iter()
                        .enumerate()
                        .find(|(_, [lon, lat])| !((-180.0..=180.0).contains(lon) && (-90.0..=90.0).contains(lat)))
                    {
                        return Err(BoundaryError {
                            council: id.council,
                            district: id.district,
                            polygon: p + 1,
                            ring: r + 1,
                            position: n + 1,
                            lon: Degrees(lon),
                            lat: Degrees(lat),
                        });
                    }
                    index.points.extend_from_slice(ring);
                    index.ring_starts.push(index.points.len() as u32);
                }
                let Some(bbox) = outer.iter().map(|&[x, y]| [x, y, x, y]).reduce(union) else { continue };
                let first_ring = (index.ring_starts.len() - 1 - polygon.len()) as u32;
                boxes.push((bbox, index.parts.len() as u32));
                index.parts.push(Part { district, first_ring, ring_count: polygon.len() as u32 });
            }
            index.ids.push(id);
        }
        index.tree = PackedTree::new(boxes);
        // Growing by doubling can leave half the positions' array unused.
        index.points.shrink_to_fit();
        index.ring_starts.shrink_to_fit();
        index.parts.shrink_to_fit();
        index.ids.shrink_to_fit();
        Ok(index)
    }

    /// The districts that hold the point `(lon, lat)` (WGS84 degrees). A point that is
    /// not a number is in none.
    pub fn locate(&self, lon: f64, lat: f64) -> Located<'_> {
        let mut parts = Vec::new();
        self.tree.containing(lon, lat, &mut parts);
        // Almost always one district, so an insertion in order is enough.
        let mut districts: Vec<u32> = Vec::new();
        for part in parts.into_iter().map(|part| &self.parts[part as usize]) {
            if self.part_contains(part, lon, lat) {
                if let Err(at) = districts.binary_search(&part.district) {
                    districts.insert(at, part.district);
                }
            }
        }
        Located { districts: districts.into_iter().map(|district| &self.ids[district as usize]).collect() }
    }

    /// Inside the outer ring and in none of its holes.
    fn part_contains(&self, part: &Part, lon: f64, lat: f64) -> bool {
        let mut rings = (part.first_ring..part.first_ring + part.ring_count).map(|ring| {
            let (start, end) = (self.ring_starts[ring as usize], self.ring_starts[ring as usize + 1]);
            &self.points[start as usize..end as usize]
        });
        rings.next().is_some_and(|outer| ring_contains(outer, lon, lat))
            && !rings.any(|hole| ring_contains(hole, lon, lat))
    }

    /// Every district in the index, in the order given.
    pub fn districts(&self) -> &[DistrictId] {
        &self.ids
    }

    /// About how many bytes the index holds on the heap (ids, positions, tree), for
    /// the benchmark and for deciding what a phone can keep.
    pub fn heap_bytes(&self) -> usize {
        let ids: usize = self.ids.iter().map(|id| id.council.capacity() + id.district.capacity()).sum();
        ids + self.ids.capacity() * size_of::<DistrictId>()
            + self.parts.capacity() * size_of::<Part>()
            + self.ring_starts.capacity() * size_of::<u32>()
            + self.points.capacity() * size_of::<[f64; 2]>()
            + self.tree.heap_bytes()
    }
}

#[cfg(test)]
mod tests;
