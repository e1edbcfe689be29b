//! Elections, ballots and candidates: what a voter votes in and who is standing.
//!
//! The data follows Democracy Club's model, so councils' and Democracy Club's data
//! read into it without loss: an *election group* (`local.2026-05-07`, every local
//! election on that day) holds *elections* (`local.example-borough.2026-05-07`, one
//! council's), and an election holds one *ballot* per ward or division
//! (`local.example-borough.north-ward.2026-05-07`) with its candidates. Ids are
//! checked by [`ids`].
//!
//! Everything here is plain data and pure functions, shared by the app (wasm) and the
//! CLI: ballot-paper order ([`order`]), accent- and case-insensitive name search
//! ([`search`]), the voting age of a poll ([`rules`]; photo ID and which types are
//! held where come from the timetable rules, [`crate::timetable::Rules`]), and
//! the bundle member `elections.json` ([`file`]), which also says which ballots each
//! polling district votes in and carries each election's timetable, computed when
//! the bundle was built, with the working-day calendar the pages count down with
//! ([`key_dates`]).

pub mod file;
pub mod ids;
pub mod key_dates;
mod kinds;
mod model;
pub mod order;
// The wasm's readers of `elections.json` (natives derive theirs).
#[cfg(any(target_arch = "wasm32", test))]
mod read;
pub mod rules;
pub mod search;

pub use file::{ElectionsFile, ELECTIONS_FILE, ELECTIONS_FORMAT, ELECTIONS_FORMAT_VERSION};
pub use key_dates::{key_dates_for_candidate, key_dates_for_voter, key_dates_ics, CANDIDATE_EVENTS, VOTER_EVENTS};
pub use kinds::{id_prefix, type_from_id_prefix, ElectionType, VotingSystem};
pub use model::{Ballot, BallotResults, Cancellation, Candidate, CandidateStatus, Election, StatusCounts};
