//! Reading ESRI shapefiles (the 1998 ESRI technical description): the `.shp`
//! geometry and the `.dbf` (dBASE III) attribute table, as bytes. Only polygons
//! (types 5, 15 and 25; the Z and M values are skipped) and null shapes are read,
//! since precinct boundaries are polygons. The `.shx` index is not needed: the
//! `.shp` is read front to back.
//!
//! Rings come as the file stores them: outer rings clockwise, holes
//! anticlockwise. [`group_rings`] turns them into polygons with their holes.

use thiserror::Error;

use crate::us::geometry::ring_contains;

/// What kind of shapefile part some bytes are, from their header alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapefilePart {
    /// `.shp`: the geometry.
    Shapes,
    /// `.shx`: the index, which Pollcard does not need.
    Index,
    /// `.dbf`: the attribute table.
    Table,
}

/// Why a shapefile part cannot be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum ShapefileError {
    #[error("it ends inside record {record} (at byte {at} of {length}); the file was cut short")]
    Truncated { record: u64, at: usize, length: usize },
    #[error(
        "record {record} is a shape of type {shape_type}; precinct boundaries must be polygons (type 5, 15 or 25)"
    )]
    NotPolygon { record: u64, shape_type: i32 },
    #[error("record {record} has a part starting at point {start} of {points}")]
    BadPart { record: u64, start: i64, points: i64 },
    #[error("its header is damaged: {0}")]
    BadHeader(&'static str),
}

const SHAPE_FILE_CODE: [u8; 4] = [0, 0, 0x27, 0x0a];

/// Recognises a shapefile part from its first bytes.
pub fn recognise(bytes: &[u8]) -> Option<ShapefilePart> {
    if bytes.len() >= 100 && bytes[..4] == SHAPE_FILE_CODE {
        // The first record's header: record number 1 in a `.shp`, the offset 50 (in
        // 16-bit words, just past the header) in a `.shx`.
        return match be_i32(bytes, 100) {
            Some(50) => Some(ShapefilePart::Index),
            _ => Some(ShapefilePart::Shapes),
        };
    }
    let header_length = usize::from(le_u16(bytes, 8)?);
    let plausible_dbf = matches!(bytes.first(), Some(0x03 | 0x83 | 0x8B | 0x30 | 0x31 | 0xF5))
        && (1..=12).contains(bytes.get(2)?)
        && (1..=31).contains(bytes.get(3)?)
        && header_length >= 33
        && bytes.get(header_length - 1) == Some(&0x0D);
    plausible_dbf.then_some(ShapefilePart::Table)
}

fn be_i32(bytes: &[u8], at: usize) -> Option<i32> {
    Some(i32::from_be_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le_i32(bytes: &[u8], at: usize) -> Option<i32> {
    Some(i32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le_u16(bytes: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(bytes.get(at..at + 2)?.try_into().ok()?))
}

fn le_u32(bytes: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(bytes.get(at..at + 4)?.try_into().ok()?))
}

fn le_f64(bytes: &[u8], at: usize) -> Option<f64> {
    Some(f64::from_le_bytes(bytes.get(at..at + 8)?.try_into().ok()?))
}

/// A ring of `(x, y)` points in the file's coordinate system.
pub type Ring = Vec<(f64, f64)>;

/// The rings of each record of a `.shp`, in order; an empty list for a null shape.
pub fn read_shapes(bytes: &[u8]) -> Result<Vec<Vec<Ring>>, ShapefileError> {
    if bytes.len() < 100 || bytes[..4] != SHAPE_FILE_CODE {
        return Err(ShapefileError::BadHeader("it does not start with the shapefile file code 9994"));
    }
    let mut records = Vec::new();
    let mut at = 100;
    while at < bytes.len() {
        let record = u64::try_from(records.len()).unwrap_or(u64::MAX) + 1;
        let truncated = ShapefileError::Truncated { record, at, length: bytes.len() };
        let words = be_i32(bytes, at + 4).ok_or(truncated.clone())?;
        let content = at + 8;
        let end = usize::try_from(words).ok().and_then(|w| content.checked_add(w * 2)).ok_or(truncated.clone())?;
        let body = bytes.get(content..end).ok_or(truncated.clone())?;
        records.push(read_polygon(body, record).ok_or(truncated)??);
        at = end;
    }
    Ok(records)
}

/// One record's content: `None` when it is too short for what it declares.
fn read_polygon(body: &[u8], record: u64) -> Option<Result<Vec<Ring>, ShapefileError>> {
    let shape_type = le_i32(body, 0)?;
    match shape_type {
        0 => return Some(Ok(Vec::new())),
        5 | 15 | 25 => {}
        _ => return Some(Err(ShapefileError::NotPolygon { record, shape_type })),
    }
    let parts = i64::from(le_i32(body, 36)?);
    let points = i64::from(le_i32(body, 40)?);
    let parts_at = 44usize;
    let points_at = parts_at + usize::try_from(parts).ok()? * 4;
    let mut starts = Vec::new();
    for part in 0..usize::try_from(parts).ok()? {
        let start = i64::from(le_i32(body, parts_at + part * 4)?);
        if start < 0 || start >= points || starts.last().is_some_and(|&last| start <= last) {
            return Some(Err(ShapefileError::BadPart { record, start, points }));
        }
        starts.push(start);
    }
    let mut rings = Vec::with_capacity(starts.len());
    for (index, &start) in starts.iter().enumerate() {
        let end = starts.get(index + 1).copied().unwrap_or(points);
        let mut ring = Vec::new();
        for point in start..end {
            let offset = points_at + usize::try_from(point).ok()? * 16;
            ring.push((le_f64(body, offset)?, le_f64(body, offset + 8)?));
        }
        rings.push(ring);
    }
    Some(Ok(rings))
}

/// Twice the signed area of a ring: negative when clockwise.
fn signed_area(ring: &[(f64, f64)]) -> f64 {
    let Some(&last) = ring.last() else { return 0.0 };
    let mut previous = last;
    let mut sum = 0.0;
    for &point in ring {
        sum += previous.0 * point.1 - point.0 * previous.1;
        previous = point;
    }
    sum
}

/// Polygons (outer ring, then holes) from a record's rings: each clockwise ring
/// starts a polygon; each anticlockwise one is a hole of the polygon whose outer
/// ring holds its first point (or, failing that, the last polygon started).
pub fn group_rings(rings: Vec<Ring>) -> Vec<Vec<Ring>> {
    let (outers, holes): (Vec<Ring>, Vec<Ring>) = rings.into_iter().partition(|ring| signed_area(ring) <= 0.0);
    if outers.is_empty() {
        // Written with the wrong winding: treat every ring as its own polygon.
        return holes.into_iter().map(|ring| vec![ring]).collect();
    }
    let mut polygons: Vec<Vec<Ring>> = outers.into_iter().map(|ring| vec![ring]).collect();
    for hole in holes {
        let first = hole.first().copied().unwrap_or_default();
        let inside = |ring: &Ring| {
            let points: Vec<[f64; 2]> = ring.iter().map(|&(x, y)| [x, y]).collect();
            ring_contains(&points, first.0, first.1)
        };
        let owner = polygons.iter().position(|polygon| inside(&polygon[0])).unwrap_or(polygons.len() - 1);
        polygons[owner].push(hole);
    }
    polygons
}

/// A `.dbf` table: column names and each row's values (trimmed); a deleted row is
/// `None`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Table {
    pub columns: Vec<String>,
    pub rows: Vec<Option<Vec<String>>>,
}

impl Table {
    /// The value of `column` (any case) in `row`.
    pub fn value<'a>(&'a self, row: &'a [String], column: &str) -> Option<&'a str> {
        let index = self.columns.iter().position(|c| c.eq_ignore_ascii_case(column))?;
        row.get(index).map(String::as_str).filter(|value| !value.is_empty())
    }
}

/// Reads a `.dbf`. Text is UTF-8 when it is valid UTF-8, else Windows-1252.
pub fn read_table(bytes: &[u8]) -> Result<Table, ShapefileError> {
    let count = le_u32(bytes, 4).ok_or(ShapefileError::BadHeader("it is shorter than a dBASE header"))?;
    let header_length = usize::from(le_u16(bytes, 8).ok_or(ShapefileError::BadHeader("no header length"))?);
    let record_length = usize::from(le_u16(bytes, 10).ok_or(ShapefileError::BadHeader("no record length"))?);
    let mut fields = Vec::new();
    let mut at = 32;
    while bytes.get(at).is_some_and(|&b| b != 0x0D) && at + 32 <= header_length {
        let descriptor = bytes.get(at..at + 32).ok_or(ShapefileError::BadHeader("its field list is cut short"))?;
        let name_end = descriptor[..11].iter().position(|&b| b == 0).unwrap_or(11);
        let name = decode(&descriptor[..name_end]);
        let length = usize::from(descriptor[16]);
        fields.push((name, length));
        at += 32;
    }
    if fields.iter().map(|(_, length)| length).sum::<usize>() + 1 != record_length {
        return Err(ShapefileError::BadHeader("its field lengths do not add up to its record length"));
    }
    let mut rows = Vec::new();
    for record in 0..usize::try_from(count).unwrap_or(usize::MAX) {
        let start = header_length + record * record_length;
        let truncated = ShapefileError::Truncated { record: record as u64 + 1, at: start, length: bytes.len() };
        let row = bytes.get(start..start + record_length).ok_or(truncated)?;
        if row[0] == b'*' {
            rows.push(None);
            continue;
        }
        let mut offset = 1;
        let mut values = Vec::with_capacity(fields.len());
        for (_, length) in &fields {
            values.push(decode(&row[offset..offset + length]).trim().to_owned());
            offset += length;
        }
        rows.push(Some(values));
    }
    Ok(Table { columns: fields.into_iter().map(|(name, _)| name).collect(), rows })
}

fn decode(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_owned(),
        Err(_) => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
    }
}

/// Writing small shapefiles, so tests can make boundary files in any projection: a
/// `.shp` of polygons and a `.dbf` of text columns. Not for production output.
pub mod write {
    /// A `.shp` whose records are the given polygons (each a list of rings).
    pub fn shapes(records: &[Vec<Vec<(f64, f64)>>]) -> Vec<u8> {
        let mut body = Vec::new();
        let (mut min_x, mut min_y, mut max_x, mut max_y) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for (index, rings) in records.iter().enumerate() {
            let points: Vec<&(f64, f64)> = rings.iter().flatten().collect();
            let mut content = Vec::new();
            content.extend(5i32.to_le_bytes());
            let (mut a, mut b, mut c, mut d) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for &&(x, y) in &points {
                (a, b, c, d) = (a.min(x), b.min(y), c.max(x), d.max(y));
            }
            (min_x, min_y, max_x, max_y) = (min_x.min(a), min_y.min(b), max_x.max(c), max_y.max(d));
            for value in [a, b, c, d] {
                content.extend(value.to_le_bytes());
            }
            content.extend((rings.len() as i32).to_le_bytes());
            content.extend((points.len() as i32).to_le_bytes());
            let mut start = 0i32;
            for ring in rings {
                content.extend(start.to_le_bytes());
                start += ring.len() as i32;
            }
            for &&(x, y) in &points {
                content.extend(x.to_le_bytes());
                content.extend(y.to_le_bytes());
            }
            body.extend((index as i32 + 1).to_be_bytes());
            body.extend((content.len() as i32 / 2).to_be_bytes());
            body.extend(content);
        }
        let mut header = vec![0u8; 100];
        header[..4].copy_from_slice(&super::SHAPE_FILE_CODE);
        header[24..28].copy_from_slice(&(((100 + body.len()) / 2) as i32).to_be_bytes());
        header[28..32].copy_from_slice(&1000i32.to_le_bytes());
        header[32..36].copy_from_slice(&5i32.to_le_bytes());
        for (index, value) in [min_x, min_y, max_x, max_y].iter().enumerate() {
            header[36 + index * 8..44 + index * 8].copy_from_slice(&value.to_le_bytes());
        }
        header.extend(body);
        header
    }

    /// A dBASE III `.dbf` with character columns of the given widths.
    pub fn table(columns: &[(&str, u8)], rows: &[Vec<&str>]) -> Vec<u8> {
        let header_length = 32 + 32 * columns.len() + 1;
        let record_length = 1 + columns.iter().map(|(_, width)| usize::from(*width)).sum::<usize>();
        let mut bytes = vec![0x03, 126, 1, 1];
        bytes.extend((rows.len() as u32).to_le_bytes());
        bytes.extend((header_length as u16).to_le_bytes());
        bytes.extend((record_length as u16).to_le_bytes());
        bytes.resize(32, 0);
        for (name, width) in columns {
            let mut field = [0u8; 32];
            field[..name.len().min(10)].copy_from_slice(&name.as_bytes()[..name.len().min(10)]);
            field[11] = b'C';
            field[16] = *width;
            bytes.extend(field);
        }
        bytes.push(0x0D);
        for row in rows {
            bytes.push(b' ');
            for ((_, width), value) in columns.iter().zip(row) {
                let mut cell = value.as_bytes().to_vec();
                cell.resize(usize::from(*width), b' ');
                bytes.extend(cell);
            }
        }
        bytes.push(0x1A);
        bytes
    }
}
