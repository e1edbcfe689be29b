//! The Pollcard data bundle, format version 1 (documented in `docs/bundle-format.md`).
//!
//! A bundle is a folder of JSON files that a static host serves as they are:
//!
//! - `bundle.json` — the index: format and version, whether the data is fictional,
//!   the council and its contact, every polling station and district, and which file
//!   holds each postcode area's addresses.
//! - `postcodes/{AREA}.json` — one shard per postcode area (`AA`, `CF`, …): every
//!   postcode in it with its addresses. An area is coarse enough that fetching a shard
//!   reveals nothing about where someone lives.
//! - `districts/{COUNCIL}.{hash}.json` — the polling districts' boundaries, simplified,
//!   fetched only when an area is needed ([`DistrictBoundaries`]).
//!
//! The CLI writes bundles with [`BundleWriter`]; the app and the CLI read them with
//! [`BundleIndex::from_json`] and [`PostcodeShard::from_json`].

mod districts;
mod format;
pub mod national;
/// The wasm's readers of the bundle's index and shards, smaller than the derived ones.
#[cfg(any(target_arch = "wasm32", test))]
mod read;
mod writer;

pub(crate) use districts::file_key;
pub use districts::{take_boundaries, DistrictArea, DistrictBoundaries, DISTRICTS_FOLDER, DISTRICTS_FORMAT};
pub(crate) use format::{check_header, parse, FormatHeader};
pub use format::{
    AddressRecord, BundleError, BundleIndex, PostcodeShard, ShardRef, BUNDLE_FORMAT, FORMAT_VERSION, INDEX_FILE,
    SHARD_FORMAT,
};
pub use writer::{BundleFile, BundleWriter};
