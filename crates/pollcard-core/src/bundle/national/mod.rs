//! National bundles: many councils in one bundle, split into shards a lookup fetches
//! one at a time (documented in `docs/bundle-format.md`, "National bundles").
//!
//! A single-council bundle keeps its own index (`pollcard-bundle`); a national one has
//! an index of another kind, `pollcard-national-bundle`, at the same place
//! (`bundle.json`), so a reader that only knows single-council bundles refuses it with
//! a clear "wrong format" message rather than misreading it. [`AnyIndex`] reads both.
//!
//! The files of a national bundle:
//!
//! - `bundle.json` — the councils, and which shard holds each postcode area (or each
//!   council, with `--shard council`), and the box each council's districts lie in
//!   (`bounds`, for "use my location", see [`NationalIndex::councils_at`]);
//! - `lookup/{KEY}.{hash}.json` — station-lookup shards: postcode → station, the
//!   stations those postcodes use, and the addresses of split postcodes only;
//! - `addresses/{KEY}.{hash}.json` — the full address lists, fetched only to prefill
//!   forms or to keep a whole area offline;
//! - `stations/{COUNCIL}.{hash}.json` — each council's stations, for a station page
//!   reached by its address rather than through a lookup, with its districts'
//!   stations;
//! - `districts/{COUNCIL}.{hash}.json` — each council's district boundaries, fetched
//!   only by a location search (of a council whose box holds the position) or a map.
//!
//! Shards are never finer than a postcode area or a council, so fetching one reveals
//! at most that. File names carry a hash of the content, so a shard that did not
//! change keeps its name from one release to the next and caches stay valid.

mod address_list;
mod format;
mod position;
#[cfg(test)]
mod tests;
mod view;
mod writer;

pub use format::{
    AddressListShard, AnyIndex, CouncilEntry, LookupShard, NationalIndex, ShardBy, ShardSummary, SplitAddress,
    StationsFile, ADDRESS_LIST_FORMAT, LOOKUP_SHARD_FORMAT, NATIONAL_FORMAT, STATIONS_FORMAT,
};
pub use position::{bounds, Bounds, BOUNDS_STEP};
pub use view::{council_index, CouncilView};
pub use writer::{content_path, NationalBuilder, ShardAddress, ShardBuild, StationTable};
