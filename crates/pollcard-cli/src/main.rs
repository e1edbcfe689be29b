//! `pollcard`: the command-line tool electoral services officers use to turn their
//! election software's exports into a Pollcard data bundle, check it, look things up
//! in it and serve it. A thin shell: every rule lives in `pollcard-core`.

use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Every allocation of the CLI goes through mimalloc (see Cargo.toml for why).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod commands;
mod finalize;
mod precache;
mod static_server;
mod synth;

#[derive(Debug, Parser)]
#[command(name = "pollcard", version, about = "Build, check, look up, sign, verify and serve Pollcard data bundles")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    Build(commands::build::BuildArgs),
    Check(commands::check::CheckArgs),
    Diff(commands::diff::DiffArgs),
    Lookup(commands::lookup::LookupArgs),
    Serve(commands::serve::ServeArgs),
    FinalizeDist(commands::finalize_dist::FinalizeDistArgs),
    Precache(commands::precache::PrecacheArgs),
    Keygen(commands::keygen::KeygenArgs),
    Sign(commands::sign::SignArgs),
    Verify(commands::verify::VerifyArgs),
    Synth(commands::synth::SynthArgs),
    Timetable(commands::timetable::TimetableArgs),
    Holidays(commands::holidays::HolidaysArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Build(args) => commands::build::run(args),
        Command::Check(args) => commands::check::run(args),
        Command::Diff(args) => commands::diff::run(args),
        Command::Lookup(args) => commands::lookup::run(args),
        Command::Serve(args) => commands::serve::run(args),
        Command::FinalizeDist(args) => commands::finalize_dist::run(args),
        Command::Precache(args) => commands::precache::run(args),
        Command::Keygen(args) => commands::keygen::run(args),
        Command::Sign(args) => commands::sign::run(args),
        Command::Verify(args) => commands::verify::run(args),
        Command::Synth(args) => commands::synth::run(args),
        Command::Timetable(args) => commands::timetable::run(args),
        Command::Holidays(args) => commands::holidays::run(args),
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("pollcard: {error:#}");
            ExitCode::from(1)
        }
    }
}
