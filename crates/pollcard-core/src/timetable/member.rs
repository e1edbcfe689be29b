//! `timetable.json`, the bundle member that adapts the built-in rules to one
//! council's elections: calendar adjustments (a day of mourning proclaimed after the
//! release) and rule overrides (a statement of persons nominated published on a
//! different day, the count's date and time). Documented in `docs/timetable.md`.

use serde::{Deserialize, Serialize};

use super::date::Date;
use super::holidays::CalendarAdjustments;
use super::kinds::{ElectionType, Event};
use super::rules::EventRule;
use super::TimetableError;
use crate::model::Nation;

/// The `format` value of `timetable.json`.
pub const TIMETABLE_FORMAT: &str = "pollcard-timetable";
/// The version this code reads and writes.
pub const TIMETABLE_VERSION: u32 = 1;
/// The member's file name, at the root of the bundle folder.
pub const TIMETABLE_FILE: &str = "timetable.json";

/// A bundle's calendar adjustments and rule overrides.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LocalTimetable {
    pub format: String,
    pub format_version: u32,
    #[serde(default)]
    pub calendar: CalendarAdjustments,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<RuleOverride>,
}

impl Default for LocalTimetable {
    fn default() -> LocalTimetable {
        LocalTimetable {
            format: TIMETABLE_FORMAT.to_owned(),
            format_version: TIMETABLE_VERSION,
            calendar: CalendarAdjustments::default(),
            overrides: Vec::new(),
        }
    }
}

/// One event's rule replaced (or the event removed) for the polls it matches. An
/// absent `type`, `nation` or `poll_date` matches any.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleOverride {
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub election_type: Option<ElectionType>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nation: Option<Nation>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poll_date: Option<Date>,
    pub event: Event,
    /// The new rule; absent when `remove` is true.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<EventRule>,
    /// The event does not happen at the matching polls.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub remove: bool,
    /// Why: shown to officers, e.g. "the Returning Officer's notice of election".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

impl RuleOverride {
    /// Whether this override applies to a poll of `election_type` in `nation` on `poll_date`.
    pub fn matches(&self, election_type: ElectionType, nation: Nation, poll_date: Date) -> bool {
        self.election_type.is_none_or(|kind| kind == election_type)
            && self.nation.is_none_or(|own| own == nation)
            && self.poll_date.is_none_or(|date| date == poll_date)
    }
}

impl LocalTimetable {
    /// Reads and checks a `timetable.json` (or a council's input file of the same
    /// shape); `file` names it in errors.
    pub fn from_json(file: &str, bytes: &[u8]) -> Result<LocalTimetable, TimetableError> {
        let invalid = |reason: String| TimetableError::Member { file: file.to_owned(), reason };
        let member: LocalTimetable = serde_json::from_slice(bytes).map_err(|error| invalid(error.to_string()))?;
        if member.format != TIMETABLE_FORMAT {
            return Err(invalid(format!("is a {:?} file, expected {TIMETABLE_FORMAT:?}", member.format)));
        }
        if member.format_version != TIMETABLE_VERSION {
            return Err(invalid(format!(
                "uses version {}; this version of Pollcard reads version {TIMETABLE_VERSION}",
                member.format_version
            )));
        }
        member.check().map_err(invalid)?;
        Ok(member)
    }

    /// The member's own consistency: UK nations only, and each override either a
    /// rule or a removal.
    pub fn check(&self) -> Result<(), String> {
        if let Some(nation) = self.calendar.non_uk_nation() {
            return Err(format!("the calendar names {:?}, which is not a UK nation", nation.key()));
        }
        for (index, entry) in self.overrides.iter().enumerate() {
            let number = index + 1;
            match (&entry.rule, entry.remove) {
                (Some(_), true) => {
                    return Err(format!("override {number} ({}) has both a rule and \"remove\": true", entry.event))
                }
                (None, false) => {
                    return Err(format!("override {number} ({}) has neither a rule nor \"remove\": true", entry.event))
                }
                _ => {}
            }
            if let Some(nation) = entry.nation.filter(|nation| !super::kinds::UK_NATIONS.contains(nation)) {
                return Err(format!(
                    "override {number} ({}) names {:?}, which is not a UK nation",
                    entry.event,
                    nation.key()
                ));
            }
        }
        Ok(())
    }

    /// The member's bytes as written to the bundle (deterministic).
    pub fn to_json(&self) -> Vec<u8> {
        let mut bytes = serde_json::to_vec_pretty(self).unwrap_or_default();
        bytes.push(b'\n');
        bytes
    }
}
