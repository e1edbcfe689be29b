//! The district boundaries and the voter's position, kept in memory for "use my
//! location" and the station map.
//!
//! The boundaries file is fetched (and checked against the signed release, like every
//! file) only when a location search or a map needs it, then kept for the visit. The
//! voter's position lives here and nowhere else: never in a URL, storage, a request or
//! a log. It is only drawn on the station map; a reload forgets it, on purpose.

use std::cell::{Cell, RefCell};
use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::bundle::{BundleIndex, DistrictBoundaries};
use pollcard_core::model::Location;

use crate::data::{self, DataError};
use crate::state::AppState;

thread_local! {
    static POSITION: Cell<Option<Location>> = const { Cell::new(None) };
    static BOUNDARIES: RefCell<Option<(String, Arc<DistrictBoundaries>)>> = const { RefCell::new(None) };
}

/// Where the voter said they are, if they have used "use my location" in this visit.
pub fn position() -> Option<Location> {
    POSITION.with(Cell::get)
}

pub fn set_position(position: Option<Location>) {
    POSITION.with(|cell| cell.set(position));
}

/// The boundaries file of the council `index` shows, relative to the data folder: a
/// council bundle's own, or a national bundle's entry for that council.
pub fn boundaries_path(state: &AppState, index: &BundleIndex) -> Option<String> {
    match state.national.get_value() {
        Some(national) => national.council(&index.council.id)?.districts.clone(),
        None => index.district_boundaries.clone(),
    }
}

/// The district boundaries of the council `index` shows: `Ok(None)` when the data has
/// none for it. Fetched once per file and kept.
pub async fn boundaries(state: AppState, index: &BundleIndex) -> Result<Option<Arc<DistrictBoundaries>>, DataError> {
    let Some(path) = boundaries_path(&state, index) else { return Ok(None) };
    let kept = BOUNDARIES
        .with_borrow(|kept| kept.as_ref().filter(|(loaded, _)| *loaded == path).map(|(_, file)| Arc::clone(file)));
    if let Some(file) = kept {
        return Ok(Some(file));
    }
    let Some(release) = state.verified_release() else { return Ok(None) };
    let file = Arc::new(data::load_district_boundaries(&release.manifest, &path, &index.council.id).await?);
    BOUNDARIES.with_borrow_mut(|kept| *kept = Some((path, Arc::clone(&file))));
    Ok(Some(file))
}
