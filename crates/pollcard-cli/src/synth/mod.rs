//! Synthetic council exports for benchmarks and tests (`pollcard synth`): a made-up
//! country's councils, each with its council details file and the export files of one
//! election-software vendor, in the real vendors' layouts (Xpress DemocracyClub and
//! WebLookup, Idox Eros current and older, Democracy Counts, FCS ElectionsPro, EONI),
//! some with a Democracy Club accessibility survey.
//!
//! The data is realistic where it matters to Pollcard's pipeline: postcodes cluster
//! in postcode areas shared by a few councils, 20–40 addresses each; stations serve
//! 1,500–3,000 addresses and some postcodes are split between two; grid references
//! fall in the right nation; and a few real-world quirks (byte-order marks, tabs in
//! `.csv` files, `n/a` stations, a dummy row, a station without a location) give the
//! report work to do. Everything is drawn from a seeded generator ([`rng`]), so the
//! same options always give the same bytes, and rows are written as they are made,
//! so any number of addresses fits in memory.
//!
//! - [`plan`]: the councils, before any row is written.
//! - [`council`]: one council's stations and addresses, in export order.
//! - [`writers`]: one writer per file format.

use std::io::{self, Write};

pub mod council;
mod csv_out;
pub mod places;
pub mod plan;
pub mod rng;
pub mod writers;

pub use council::CouncilTotals;
pub use plan::{plan, CouncilPlan, SynthOptions};
pub use writers::FileSink;

/// The council details file's name in each council folder.
pub const COUNCIL_FILE: &str = "council.toml";

/// Writes one council's files into `sink`: council.toml, its export and, for some,
/// a survey.
pub fn write_council(plan: &CouncilPlan, sink: &mut dyn FileSink) -> io::Result<CouncilTotals> {
    let mut council = sink.create(COUNCIL_FILE)?;
    council.write_all(writers::council_toml(plan).as_bytes())?;
    council.flush()?;
    drop(council);
    let writers = writers::writers_for(plan, sink)?;
    council::generate(plan, writers)
}

#[cfg(test)]
mod tests;
