//! `pollcard timetable --poll-date YYYY-MM-DD --type TYPE --nation NATION [--bundle DIR]
//! [--by-election]`: every deadline of a poll, as JSON in Europe/London local time:
//! `{"close_of_nominations": {"date": "2026-04-09", "time": "16:00"}, …}` in the order
//! the events happen. `time` is `null` where the law sets only the day.
//!
//! The rules are `pollcard_core::timetable`'s built-in data; `--bundle` applies the
//! bundle's `timetable.json` (calendar adjustments, rule overrides, the count). Bad
//! input — a date that does not exist, an unknown type or nation, a type not held in
//! that nation — exits 2 with a message saying what is wrong; an unreadable bundle
//! member exits 1.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use pollcard_core::model::Nation;
use pollcard_core::timetable::{
    uk_nation, Date, ElectionType, LocalTimetable, Rules, TimetableError, TimetableRequest, TIMETABLE_FILE,
};

/// Print a poll's timetable (every deadline) as JSON.
#[derive(Debug, clap::Args)]
pub struct TimetableArgs {
    /// Polling day, YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD")]
    poll_date: String,
    /// uk-parliament, local, scottish-parliament, senedd, ni-assembly, pcc, mayor, gla or parish.
    #[arg(long = "type", value_name = "TYPE")]
    election_type: String,
    /// england, wales, scotland or northern-ireland.
    #[arg(long, value_name = "NATION")]
    nation: String,
    /// A bundle folder whose `timetable.json` adjusts the calendar and overrides rules.
    #[arg(long, value_name = "DIR")]
    bundle: Option<PathBuf>,
    /// A UK Parliament by-election: only the nation's own bank holidays count.
    #[arg(long)]
    by_election: bool,
}

/// Bad input: the message, for exit code 2.
pub struct Usage(pub String);

pub fn run(args: TimetableArgs) -> anyhow::Result<ExitCode> {
    match timetable_json(&args)? {
        Ok(json) => {
            writeln!(std::io::stdout().lock(), "{json}").context("could not write the timetable")?;
            Ok(ExitCode::SUCCESS)
        }
        Err(usage) => Ok(usage_error("timetable", &usage)),
    }
}

fn timetable_json(args: &TimetableArgs) -> anyhow::Result<Result<String, Usage>> {
    let request = match parse_request(args) {
        Ok(request) => request,
        Err(usage) => return Ok(Err(usage)),
    };
    let local = match read_local(args.bundle.as_deref())? {
        Ok(local) => local,
        Err(usage) => return Ok(Err(usage)),
    };
    let rules = Rules::builtin()?;
    match rules.timetable(&request, &local) {
        Ok(timetable) => Ok(Ok(serde_json::to_string_pretty(&timetable)?)),
        Err(error @ (TimetableError::NotHeld { .. } | TimetableError::NotUkNation(_))) => {
            Ok(Err(Usage(error.to_string())))
        }
        Err(error) => Err(error.into()),
    }
}

fn parse_request(args: &TimetableArgs) -> Result<TimetableRequest, Usage> {
    let poll_date: Date = args.poll_date.parse().map_err(|error| Usage(format!("--poll-date: {error}")))?;
    let election_type = ElectionType::from_key(&args.election_type).ok_or_else(|| {
        let known: Vec<&str> = ElectionType::ALL.iter().map(|kind| kind.key()).collect();
        Usage(format!("--type: unknown election type {:?}; expected one of {}", args.election_type, known.join(", ")))
    })?;
    let nation = parse_nation(&args.nation)?;
    Ok(TimetableRequest { poll_date, election_type, nation, by_election: args.by_election })
}

/// A UK nation from `--nation`.
pub fn parse_nation(key: &str) -> Result<Nation, Usage> {
    uk_nation(key).ok_or_else(|| {
        Usage(format!("--nation: unknown nation {key:?}; expected one of england, wales, scotland, northern-ireland"))
    })
}

/// The bundle's `timetable.json`; none when there is no `--bundle`, or the bundle has
/// no member (the built-in rules apply). A missing folder is bad input.
pub fn read_local(bundle: Option<&Path>) -> anyhow::Result<Result<LocalTimetable, Usage>> {
    let Some(bundle) = bundle else { return Ok(Ok(LocalTimetable::default())) };
    if !bundle.is_dir() {
        return Ok(Err(Usage(format!("--bundle: {} is not a folder", bundle.display()))));
    }
    let path = bundle.join(TIMETABLE_FILE);
    if !path.exists() {
        eprintln!("pollcard: {} has no {TIMETABLE_FILE}; the built-in rules apply", bundle.display());
        return Ok(Ok(LocalTimetable::default()));
    }
    let bytes = std::fs::read(&path).with_context(|| format!("cannot read {}", path.display()))?;
    Ok(Ok(LocalTimetable::from_json(&path.display().to_string(), &bytes)?))
}

/// Prints `pollcard COMMAND: MESSAGE` and gives exit code 2.
pub fn usage_error(command: &str, usage: &Usage) -> ExitCode {
    eprintln!("pollcard {command}: {}", usage.0);
    ExitCode::from(2)
}
