//! One module per subcommand.

pub mod build;
pub mod check;
pub mod diff;
pub mod finalize_dist;
pub mod holidays;
pub mod keygen;
pub mod lookup;
pub mod precache;
pub mod serve;
pub mod sign;
pub mod synth;
pub mod timetable;
pub mod verify;
