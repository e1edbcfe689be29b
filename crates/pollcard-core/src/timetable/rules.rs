//! The timetable rules as data: bank holidays, one-off holidays, and each election
//! type's deadlines, each with the legislation or guidance it comes from.
//!
//! The rules live in `rules.json` beside this file (JSON, so the app can read the
//! same file with the `serde_json` it already has, and so a bundle can carry rules
//! as data). [`Rules::builtin`] reads the copy compiled in; [`Rules::from_json`]
//! reads any other copy, e.g. a newer one shipped with a bundle.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::date::{Date, Time};
use super::holidays::CalendarAdjustments;
use super::kinds::{ElectionType, Event};
use super::TimetableError;
use crate::model::Nation;

/// The `format` value of the rules file.
pub const RULES_FORMAT: &str = "pollcard-timetable-rules";
/// The rules format version this code reads.
pub const RULES_VERSION: u32 = 1;

/// The rules compiled into Pollcard.
pub const BUILTIN_RULES_JSON: &str = include_str!("rules.json");

/// Every rule a timetable is computed from.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Rules {
    pub format: String,
    pub format_version: u32,
    /// Recurring bank holidays, each with the nations that have it.
    pub holidays: Vec<HolidayRule>,
    /// One-off holidays proclaimed so far, and the recurring ones they replaced.
    pub one_offs: CalendarAdjustments,
    /// Groups of event rules several elections share, by name.
    pub event_sets: BTreeMap<String, BTreeMap<Event, EventRule>>,
    /// One entry per election type held in a nation.
    pub elections: Vec<ElectionRules>,
    /// Why an election type is not held in the nations it has no entry for.
    #[serde(default)]
    pub not_held: Vec<NotHeld>,
}

/// A recurring bank holiday.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HolidayRule {
    pub name: String,
    pub nations: Vec<Nation>,
    #[serde(flatten)]
    pub when: HolidayDate,
    pub source: String,
}

/// When a recurring holiday falls. A fixed date that lands on a Saturday or Sunday
/// moves to the next weekday that is not already a holiday (the substitute day).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum HolidayDate {
    Fixed {
        month: u8,
        day: u8,
    },
    /// Days after Easter Sunday (Good Friday is -2, Easter Monday 1).
    Easter {
        offset: i64,
    },
    FirstMonday {
        month: u8,
    },
    LastMonday {
        month: u8,
    },
}

/// The timetable of one election type in one nation.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ElectionRules {
    #[serde(rename = "type")]
    pub election_type: ElectionType,
    pub nation: Nation,
    /// Whether voters must show photo ID (and so can apply for a Voter Authority
    /// Certificate, in Great Britain).
    pub photo_id: bool,
    /// Whose bank holidays count, unless an event says otherwise.
    #[serde(default, skip_serializing_if = "CalendarScope::is_nation")]
    pub calendar: CalendarScope,
    /// The election rules the timetable comes from.
    pub source: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Event sets (from [`Rules::event_sets`]) this election uses, applied in order.
    #[serde(default)]
    pub uses: Vec<String>,
    /// This election's own event rules, applied after the sets.
    #[serde(default)]
    pub events: BTreeMap<Event, EventRule>,
}

/// Why an election type has no timetable in some nations.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotHeld {
    #[serde(rename = "type")]
    pub election_type: ElectionType,
    pub nations: Vec<Nation>,
    pub reason: String,
}

/// When one event falls, relative to polling day.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventRule {
    #[serde(flatten)]
    pub when: When,
    /// Local time of day (Europe/London); `null` where the law sets only the day.
    #[serde(default)]
    pub time: Option<Time>,
    /// Whose bank holidays are not working days; absent: the election's own scope.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calendar: Option<CalendarScope>,
    /// Easter Monday is not a working day for this event even where it is not a bank
    /// holiday (some Scottish timetables).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub disregard_easter_monday: bool,
    /// The legislation or guidance the rule comes from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// The day of an event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    /// This many working days before polling day (polling day itself is 0).
    WorkingDaysBefore(u32),
    /// This many calendar days after polling day (0 is polling day), e.g. the count.
    DaysAfterPoll(u32),
    /// A fixed date, e.g. a statement of persons nominated a council publishes early.
    Date(Date),
}

/// Which bank holidays count against a deadline.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CalendarScope {
    /// The bank holidays of the nation the election is held in.
    #[default]
    Nation,
    /// At a UK Parliament general election, a bank holiday in any part of the UK
    /// (at a by-election, the constituency's nation's).
    UnitedKingdom,
}

impl CalendarScope {
    fn is_nation(&self) -> bool {
        *self == CalendarScope::Nation
    }
}

impl Rules {
    /// The rules compiled into Pollcard.
    pub fn builtin() -> Result<Rules, TimetableError> {
        Rules::from_json(BUILTIN_RULES_JSON.as_bytes())
    }

    /// Reads and checks a rules file.
    pub fn from_json(bytes: &[u8]) -> Result<Rules, TimetableError> {
        let rules: Rules = serde_json::from_slice(bytes).map_err(|error| TimetableError::Rules(error.to_string()))?;
        if rules.format != RULES_FORMAT || rules.format_version != RULES_VERSION {
            return Err(TimetableError::Rules(format!(
                "the file is {:?} version {}, expected {RULES_FORMAT:?} version {RULES_VERSION}",
                rules.format, rules.format_version
            )));
        }
        for election in &rules.elections {
            if let Some(missing) = election.uses.iter().find(|set| !rules.event_sets.contains_key(*set)) {
                return Err(TimetableError::Rules(format!(
                    "{} in {} uses the event set {missing:?}, which the file does not define",
                    election.election_type,
                    election.nation.key()
                )));
            }
        }
        Ok(rules)
    }

    /// The timetable rules of `election_type` in `nation`, or why it is not held there.
    pub fn election(&self, election_type: ElectionType, nation: Nation) -> Result<&ElectionRules, TimetableError> {
        if let Some(rules) =
            self.elections.iter().find(|rules| rules.election_type == election_type && rules.nation == nation)
        {
            return Ok(rules);
        }
        let held_in: Vec<&str> = self
            .elections
            .iter()
            .filter(|rules| rules.election_type == election_type)
            .map(|rules| rules.nation.key())
            .collect();
        let reason = self
            .not_held
            .iter()
            .find(|entry| entry.election_type == election_type && entry.nations.contains(&nation))
            .map(|entry| entry.reason.clone())
            .unwrap_or_else(|| format!("{election_type} elections are held only in {}", held_in.join(", ")));
        Err(TimetableError::NotHeld { election_type, nation: nation.key(), reason })
    }

    /// The election types held in `nation`.
    pub fn types_held_in(&self, nation: Nation) -> Vec<ElectionType> {
        self.elections.iter().filter(|rules| rules.nation == nation).map(|rules| rules.election_type).collect()
    }

    /// The event rules of one election: its sets in order, then its own rules.
    pub fn event_rules(&self, election: &ElectionRules) -> BTreeMap<Event, EventRule> {
        let mut events = BTreeMap::new();
        for set in &election.uses {
            if let Some(rules) = self.event_sets.get(set) {
                events.extend(rules.iter().map(|(event, rule)| (*event, rule.clone())));
            }
        }
        events.extend(election.events.iter().map(|(event, rule)| (*event, rule.clone())));
        events
    }
}
