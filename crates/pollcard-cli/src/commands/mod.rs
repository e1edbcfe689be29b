//! One module per subcommand.

pub mod build;
pub mod finalize_dist;
pub mod lookup;
pub mod serve;
