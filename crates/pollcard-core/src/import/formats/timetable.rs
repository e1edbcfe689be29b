//! `pollcard-timetable/1`: a council's adjustments to the election timetable rules,
//! written by hand in JSON — days to add to or take out of the bank holidays (a day
//! of mourning proclaimed after the release) and rule overrides (the statement of
//! persons nominated on another day, the count's date and time). The build checks
//! them and writes them to the bundle's `timetable.json` (docs/timetable.md).
//!
//! ```json
//! {"format": "pollcard-timetable/1",
//!  "add_days": [{"date": "2027-01-05", "name": "Day of mourning"}],
//!  "remove_days": [],
//!  "overrides": [{"event": "count", "rule": {"days_after_poll": 1, "time": "09:00"}}]}
//! ```
//!
//! Each element of the three lists is a record, counted at the line its `{` is on. An
//! element that cannot be used is dropped with `invalid_timetable_entry`; a file that
//! is not this JSON object stops the build (`invalid_timetable_file`), since wrong
//! deadlines would mislead every voter.

use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::import::dataset::Dataset;
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Fate, FileReport, Problem};
use crate::import::source::SourceFile;
use crate::timetable::{AddedDay, LocalTimetable, RemovedDay, RuleOverride, Rules};

use super::json_lines::{element_lines, ArrayAt};
use super::{Confidence, Importer};

/// The format's name and the value of its `format` key.
pub const NAME: &str = "pollcard-timetable/1";

const LISTS: [&str; 3] = ["add_days", "remove_days", "overrides"];

/// Reads a council's timetable adjustments.
#[derive(Clone, Copy, Debug)]
pub struct TimetableAdjustments;

impl Importer for TimetableAdjustments {
    fn name(&self) -> &'static str {
        NAME
    }

    fn signature(&self) -> &'static str {
        "a JSON object with \"format\": \"pollcard-timetable/1\""
    }

    fn detect(&self, source: &SourceFile) -> Confidence {
        let text = source.text().trim_start();
        if !text.starts_with('{') || !text.contains(&format!("\"{NAME}\"")) {
            return Confidence::No;
        }
        match serde_json::from_str::<Value>(text) {
            Ok(value) if value.get("format").and_then(Value::as_str) == Some(NAME) => Confidence::Certain,
            _ => Confidence::Possible,
        }
    }

    fn import(&self, source: &SourceFile, dataset: &mut Dataset, report: &mut FileReport) {
        let text = source.text();
        let object = match serde_json::from_str::<Value>(text) {
            Ok(Value::Object(object)) => object,
            Ok(_) => return whole_file(report, "it is not a JSON object".to_owned(), None),
            Err(error) => {
                let line = u64::try_from(error.line()).ok();
                return whole_file(report, format!("it is not valid JSON ({error})"), line);
            }
        };
        let lists: Vec<(&str, Vec<Value>)> = match LISTS
            .iter()
            .map(|key| match object.get(*key) {
                None => Ok((*key, Vec::new())),
                Some(Value::Array(items)) => Ok((*key, items.clone())),
                Some(_) => Err(format!("\"{key}\" is not a list")),
            })
            .collect::<Result<_, _>>()
        {
            Ok(lists) => lists,
            Err(message) => return whole_file(report, message, None),
        };
        report.set_records_read(lists.iter().map(|(_, items)| items.len()).sum());
        warn_unknown_keys(&object, report);
        let rules = Rules::builtin().ok();
        for (key, items) in lists {
            let lines = element_lines(text, ArrayAt::Key(key));
            for (index, item) in items.into_iter().enumerate() {
                let line = lines.get(index).copied().unwrap_or(1);
                let outcome = match key {
                    "add_days" => entry::<AddedDay>(item).and_then(|day| {
                        check_nations(&day.nations)?;
                        dataset.add_timetable_day(day);
                        Ok(())
                    }),
                    "remove_days" => entry::<RemovedDay>(item).and_then(|day| {
                        check_nations(&day.nations)?;
                        dataset.remove_timetable_day(day);
                        Ok(())
                    }),
                    _ => entry::<RuleOverride>(item).and_then(|rule| {
                        check_override(&rule, rules.as_ref())?;
                        dataset.add_timetable_override(rule);
                        Ok(())
                    }),
                };
                let fate = match outcome {
                    Ok(()) => Fate::Imported,
                    Err(message) => {
                        report.push(invalid_entry(key, message).at_line(line));
                        Fate::Dropped
                    }
                };
                report.settle(fate);
            }
        }
    }
}

fn entry<T: DeserializeOwned>(item: Value) -> Result<T, String> {
    serde_json::from_value(item).map_err(|error| error.to_string())
}

fn check_nations(nations: &[crate::model::Nation]) -> Result<(), String> {
    match nations.iter().find(|nation| !crate::timetable::UK_NATIONS.contains(nation)) {
        Some(nation) => Err(format!("{:?} is not a UK nation", nation.key())),
        None => Ok(()),
    }
}

/// The override's own consistency, then whether its election type is held in its nation.
fn check_override(rule: &RuleOverride, rules: Option<&Rules>) -> Result<(), String> {
    let mut single = LocalTimetable::default();
    single.overrides.push(rule.clone());
    single.check().map_err(|message| message.replace("override 1 ", "the override "))?;
    if let (Some(rules), Some(kind), Some(nation)) = (rules, rule.election_type, rule.nation) {
        rules.election(kind, nation).map_err(|error| error.to_string())?;
    }
    Ok(())
}

fn invalid_entry(key: &str, message: String) -> Problem {
    Problem::new(
        ProblemCode::InvalidTimetableEntry,
        Action::Dropped,
        format!("this entry of \"{key}\" cannot be used: {message}"),
        "Correct the entry; docs/timetable.md describes each field.",
    )
}

fn whole_file(report: &mut FileReport, reason: String, line: Option<u64>) {
    report.set_records_read(1);
    let mut problem = Problem::new(
        ProblemCode::InvalidTimetableFile,
        Action::Stopped,
        format!("the timetable file cannot be read: {reason}"),
        "Compare the file with the example in docs/timetable.md.",
    );
    problem.line = line;
    report.push(problem);
    report.settle(Fate::Dropped);
}

fn warn_unknown_keys(object: &Map<String, Value>, report: &mut FileReport) {
    let unknown: Vec<&str> =
        object.keys().map(String::as_str).filter(|key| *key != "format" && !LISTS.contains(key)).collect();
    if !unknown.is_empty() {
        report.push(Problem::new(
            ProblemCode::UnknownColumns,
            Action::Ignored,
            format!("keys Pollcard does not read were ignored: {}", unknown.join(", ")),
            "Remove them, or check their spelling against docs/timetable.md.",
        ));
    }
}
