//! Pollcard's core: every rule and data structure the app and the CLI share.
//!
//! This crate has no browser and no file-system dependencies. It compiles for the
//! host (where most of Pollcard's tests run) and for `wasm32-unknown-unknown`
//! (inside the app). Callers hand it bytes and get typed values back.
//!
//! - [`postcode`]: parsing and normalising UK postcodes (GOV.UK address pattern).
//! - [`model`]: councils, polling stations, accessibility, addresses, districts.
//! - [`bundle`]: the published data bundle format (v1), read by app and CLI alike.
//! - [`bundle_diff`]: what changed between two bundles (stations, addresses, accessibility).
//! - [`council_message`]: email drafts to the council (what I need, how it went) as `mailto:` links.
//! - [`elections`]: elections, ballots and candidates; ballot-paper order and name search.
//! - [`geo`]: British National Grid easting/northing to WGS84 latitude/longitude.
//! - [`lookup`]: "where do I vote?" — postcode or UPRN to polling station.
//! - [`natural_order`]: address ordering with house numbers compared as numbers.
//! - [`http_headers`]: the production HTTP headers, one table for every host.
//! - [`i18n`]: reading the Fluent catalogues, and CLDR plural rules for en and cy.
//! - [`release`]: signed release manifests, their verification, and the publication log.
//! - [`timetable`]: election timetables and working-day calendars, from rules kept as data.
//! - [`us`]: US precincts and places to vote (from VIP feeds), and location lookups.
//! - `import` (feature `import`): reading council exports into a bundle, with a report.

pub mod absent_vote;
pub mod bundle;
pub mod bundle_diff;
pub mod council_message;
pub mod elections;
pub mod geo;
pub mod http_headers;
pub mod i18n;
pub mod letter_case;
pub mod lookup;
pub mod model;
pub mod natural_order;
pub mod postcode;
pub mod release;
pub mod timetable;
pub mod us;
pub mod voting_places;

#[cfg(feature = "import")]
pub mod import;
