//! The data Pollcard publishes: councils, polling stations (with accessibility),
//! addresses and polling districts. Plain serde types, shared by the bundle format,
//! the importers and the app.

mod accessibility;
mod address;
mod council;
pub(crate) mod keys;
// The wasm's readers of the structs below (natives derive theirs), and what the
// other hand-written readers share.
#[cfg(any(target_arch = "wasm32", test))]
pub(crate) mod read;
mod station;
mod text;

pub use accessibility::{osm_tags, AccessibilityFeature, Availability, StationAccessibility};
pub use address::{Address, Boundary, PollingDistrict, Ring, Ward};
pub use council::{Council, CouncilContact, Nation};
pub use keys::UnknownKey;
pub use station::{Location, OpeningHours, PollingStation, StationId, TwelveHourTime};
pub use text::{Language, LocalizedText};
