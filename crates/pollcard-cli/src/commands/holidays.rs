//! `pollcard holidays --nation NATION --from YEAR --to YEAR [--bundle DIR]`: the bank
//! holidays of a nation, as the timetable engine counts them, as JSON
//! `[{"date": "YYYY-MM-DD", "name": "…"}, …]`. England and Wales share one list.
//! `--bundle` applies the bundle's calendar adjustments. Bad input exits 2.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use pollcard_core::timetable::{Holiday, Rules};

use super::timetable::{parse_nation, read_local, usage_error, Usage};

/// The widest range printed at once.
const MAX_YEARS: i32 = 200;

/// Print a nation's bank holidays for a range of years as JSON.
#[derive(Debug, clap::Args)]
pub struct HolidaysArgs {
    /// england, wales, scotland or northern-ireland.
    #[arg(long, value_name = "NATION")]
    nation: String,
    /// The first year.
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    from: String,
    /// The last year (inclusive).
    #[arg(long, value_name = "YEAR", allow_hyphen_values = true)]
    to: String,
    /// A bundle folder whose `timetable.json` adds or removes days.
    #[arg(long, value_name = "DIR")]
    bundle: Option<PathBuf>,
}

pub fn run(args: HolidaysArgs) -> anyhow::Result<ExitCode> {
    let checked = parse_nation(&args.nation).and_then(|nation| Ok((nation, years(&args.from, &args.to)?)));
    let (nation, (from, to)) = match checked {
        Ok(checked) => checked,
        Err(usage) => return Ok(usage_error("holidays", &usage)),
    };
    let local = match read_local(args.bundle.as_deref())? {
        Ok(local) => local,
        Err(usage) => return Ok(usage_error("holidays", &usage)),
    };
    let rules = Rules::builtin()?;
    let holidays: Vec<Holiday> =
        (from..=to).flat_map(|year| rules.bank_holidays(nation, year, &local.calendar)).collect();
    let json = serde_json::to_string_pretty(&holidays)?;
    writeln!(std::io::stdout().lock(), "{json}").context("could not write the holidays")?;
    Ok(ExitCode::SUCCESS)
}

fn years(from: &str, to: &str) -> Result<(i32, i32), Usage> {
    let year = |flag: &str, text: &str| {
        text.trim()
            .parse::<i32>()
            .ok()
            .filter(|year| (1..=9999).contains(year))
            .ok_or_else(|| Usage(format!("{flag}: {text:?} is not a year (1 to 9999)")))
    };
    let (from, to) = (year("--from", from)?, year("--to", to)?);
    if from > to {
        return Err(Usage(format!("--from {from} is after --to {to}")));
    }
    if to - from >= MAX_YEARS {
        return Err(Usage(format!("{from} to {to} is more than {MAX_YEARS} years; ask for fewer")));
    }
    Ok((from, to))
}
