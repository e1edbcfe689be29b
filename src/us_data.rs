//! The US part of the bundle (`us/precincts.json`, `us/places.json`), fetched from our
//! own origin and checked against the signed release by [`crate::data::fetch_verified`]
//! like every data file, only when "use my location" needs it, then kept in memory for
//! the visit.
//!
//! The wasm does not read `bundle.json`'s `us` field (skipped to keep its serde code
//! out of the app); a bundle has a US part when the signed release lists its two
//! files, at the paths the bundle writer always gives them ([`in_release`]).
//!
//! The precinct the voter's position fell in is kept here too, in memory only, so
//! that the "choose a place" page can list that precinct's places. Like the position
//! itself ([`crate::geo_memory`]) it is never in a URL, storage, a request or a log,
//! and a reload forgets it.

use std::cell::RefCell;
use std::sync::Arc;

use pollcard_core::us::bundle::{UsPlacesFile, UsPrecinctsFile, PLACES_FILE, PRECINCTS_FILE};
use pollcard_core::us::Precinct;

use crate::data::{fetch_verified, DataError, DATA_ROOT};
use crate::offline::VerifiedRelease;

/// Both US files, read and checked.
pub struct UsData {
    pub precincts: UsPrecinctsFile,
    pub places: UsPlacesFile,
}

impl UsData {
    /// The precinct with `id`.
    pub fn precinct(&self, id: &str) -> Option<&Precinct> {
        self.precincts.precincts.iter().find(|precinct| precinct.id == id)
    }
}

thread_local! {
    static DATA: RefCell<Option<Arc<UsData>>> = const { RefCell::new(None) };
    static PRECINCT: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Whether the release's data has a US part: both files are in the signed manifest.
pub fn in_release(release: &VerifiedRelease) -> bool {
    [PRECINCTS_FILE, PLACES_FILE]
        .iter()
        .all(|file| release.manifest.file(&format!("{}{file}", &DATA_ROOT[1..])).is_some())
}

/// The US files, fetched and checked once per visit.
pub async fn load(release: &VerifiedRelease) -> Result<Arc<UsData>, DataError> {
    if let Some(data) = loaded() {
        return Ok(data);
    }
    let manifest = &release.manifest;
    let precincts = fetch_verified(manifest, &format!("{DATA_ROOT}{PRECINCTS_FILE}")).await?;
    let places = fetch_verified(manifest, &format!("{DATA_ROOT}{PLACES_FILE}")).await?;
    let data = Arc::new(UsData {
        precincts: UsPrecinctsFile::from_json(&precincts)?,
        places: UsPlacesFile::from_json(&places)?,
    });
    DATA.with_borrow_mut(|kept| *kept = Some(Arc::clone(&data)));
    Ok(data)
}

/// The US files, if loaded in this visit.
pub fn loaded() -> Option<Arc<UsData>> {
    DATA.with_borrow(Clone::clone)
}

/// The precinct "use my location" found in this visit, with the files it is in.
pub fn found() -> Option<(Arc<UsData>, String)> {
    Some((loaded()?, PRECINCT.with_borrow(Clone::clone)?))
}

pub fn set_found(precinct: Option<String>) {
    PRECINCT.with_borrow_mut(|kept| *kept = precinct);
}
