//! Democracy Club's generic CSVs, which councils without a supported election system
//! fill in by hand or script: a stations file ([`stations`],
//! `democracy-club-stations`) and an addresses file ([`addresses`],
//! `democracy-club-addresses`). Polling-district boundaries, the third part of that
//! set, are GeoJSON or KML files with their own importers.
//!
//! Both are read by the engines shared with the vendor exports, so the same quirks are
//! handled (postcodes in the address, dummy and `[TESTING]` rows, `n/a` stations,
//! `0,0` or blank coordinates, duplicated columns).

pub mod addresses;
pub mod stations;

#[cfg(test)]
mod tests;
