//! `pollcard diff` on two national bundles: each council compared as a single
//! council's bundle, written out as soon as it is compared.
//!
//! Text: a section per council with changes (its single-council diff), then a
//! summary. JSON (`pollcard-national-diff/1`): `{"format", "councils": [{"council",
//! "presence", "diff"}]}` with every council of either bundle, in natural order of
//! ids; `presence` is `both`, `added` (only in the new bundle) or `removed`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use pollcard_core::bundle::national::NationalIndex;
use pollcard_core::bundle_diff::{diff, empty_like, CouncilDiff, CouncilPresence, NATIONAL_DIFF_FORMAT};
use pollcard_core::natural_order;

use super::national::NationalSide;

pub fn run(
    old_path: &Path,
    old: NationalIndex,
    new_path: &Path,
    new: NationalIndex,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let old = NationalSide::open(old_path, old, parking("old"))?;
    let new = NationalSide::open(new_path, new, parking("new"))?;
    let mut ids: Vec<&str> = old.council_ids().chain(new.council_ids()).collect();
    ids.sort_by(|a, b| natural_order::compare(a, b));
    ids.dedup();

    let mut stdout = std::io::stdout().lock();
    let mut changed = 0;
    let (mut added, mut removed) = (0, 0);
    if json {
        write!(stdout, "{{\n  \"format\": \"{NATIONAL_DIFF_FORMAT}\",\n  \"councils\": [")
            .context("could not write the diff")?;
    }
    for (n, id) in ids.iter().enumerate() {
        let (before, after) = (old.council(id)?, new.council(id)?);
        let (presence, before, after) = match (before, after) {
            (Some(before), Some(after)) => (CouncilPresence::Both, before, after),
            (None, Some(after)) => {
                (CouncilPresence::Added, empty_like(&after.index.council, after.index.fictional), after)
            }
            (Some(before), None) => {
                let after = empty_like(&before.index.council, before.index.fictional);
                (CouncilPresence::Removed, before, after)
            }
            (None, None) => continue,
        };
        added += usize::from(presence == CouncilPresence::Added);
        removed += usize::from(presence == CouncilPresence::Removed);
        let council = CouncilDiff { council: (*id).to_owned(), presence, diff: diff(&before, &after) };
        if !council.diff.is_empty() {
            changed += 1;
        }
        if json {
            let body = serde_json::to_string_pretty(&council).context("could not write the diff")?;
            let body = body.replace('\n', "\n    ");
            write!(stdout, "{}\n    {body}", if n == 0 { "" } else { "," }).context("could not write the diff")?;
        } else if !council.diff.is_empty() {
            let heading = match presence {
                CouncilPresence::Both => format!("== {id} =="),
                CouncilPresence::Added => format!("== {id} (new in this bundle) =="),
                CouncilPresence::Removed => format!("== {id} (no longer in this bundle) =="),
            };
            write!(stdout, "{heading}\n{}\n", council.diff.to_text()).context("could not write the diff")?;
        }
    }
    if json {
        writeln!(stdout, "\n  ]\n}}").context("could not write the diff")?;
    } else {
        writeln!(
            stdout,
            "{} councils compared: {changed} with changes ({added} added, {removed} removed), {} without.",
            ids.len(),
            ids.len() - changed
        )
        .context("could not write the diff")?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A temporary folder for one side's parked addresses.
fn parking(side: &str) -> PathBuf {
    std::env::temp_dir().join(format!("pollcard-diff-{}-{side}", std::process::id()))
}
