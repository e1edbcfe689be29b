//! One file per page.

mod accessibility_statement;
mod ballot;
mod ballot_tables;
mod catalogue_failure;
mod choose_address;
mod disabled_voting;
pub(crate) mod election_common;
mod elections;
mod history;
mod home;
mod loading;
mod no_station;
mod not_found;
mod page_not_found;
mod privacy;
mod release_failure;
mod service_unavailable;
mod settings;
mod station;

pub use accessibility_statement::AccessibilityStatementPage;
pub use ballot::show_ballot;
pub use catalogue_failure::CatalogueFailure;
pub use choose_address::ChooseAddressPage;
pub use disabled_voting::DisabledVotingPage;
pub use elections::show_elections;
pub use history::HistoryPage;
pub use home::HomePage;
pub use loading::Loading;
pub use no_station::NoStationPage;
pub use not_found::NotFoundPage;
pub use page_not_found::PageNotFound;
pub use privacy::PrivacyPage;
pub use release_failure::ReleaseFailurePage;
pub use service_unavailable::ServiceUnavailable;
pub use settings::SettingsPage;
pub use station::{clock_time, show_in_council, StationPage, UnknownStation};
