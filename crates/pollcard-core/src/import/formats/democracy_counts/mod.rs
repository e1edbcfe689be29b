//! Democracy Counts exports, recognised by their `Xordinate` column. They come as two
//! files, each its own format:
//! - [`addresses`] (`democracy-counts-addresses`): one row per property (`Add1..Add6`,
//!   `PostCode`, `UPRN`) naming its station by `StationCode`; the property's own
//!   `Xordinate`/`Yordinate` are not needed.
//! - [`stations`] (`democracy-counts-stations`): one row per station (`StationCode`,
//!   `PlaceName`, `Add1..Add6`, `PostCode`) with its British National Grid
//!   `Xordinate`/`Yordinate`.
//!
//! The addresses are read by the per-property engine shared with Xpress, and the
//! stations by the station-file reader, so the usual quirks are handled: dummy records
//! (`Dummy Record for Other Street`), postcodes in an address line, `0,0` or blank
//! coordinates, duplicated columns.

use crate::import::source::SourceFile;

use super::xpress::quirks::tidy_header;
use super::xpress::{ColumnNames, Coordinates};

pub mod addresses;
pub mod stations;

#[cfg(test)]
mod tests;

/// The columns both files share (lower case).
const SHARED: [&str; 10] =
    ["add1", "add2", "add3", "add4", "add5", "add6", "postcode", "stationcode", "xordinate", "yordinate"];

/// The columns' names in messages; both files name the station's columns alike.
const NAMES: ColumnNames = ColumnNames {
    uprn: "UPRN",
    address: "Add1",
    postcode: "PostCode",
    station_name: "PlaceName",
    station_address: "Add1",
    station_postcode: "PostCode",
    easting: "Xordinate",
    northing: "Yordinate",
    coordinates: Coordinates::BritishNationalGrid,
};

const ADDRESS_LINES: [&str; 6] = ["add1", "add2", "add3", "add4", "add5", "add6"];

/// Whether the header, tidied of duplicated columns, has `column`.
fn has(source: &SourceFile, known: &[&str], column: &str) -> bool {
    tidy_header(source.header(), known).iter().any(|name| name == column)
}
