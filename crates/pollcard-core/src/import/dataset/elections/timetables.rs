//! Each election's timetable and the file's working-day calendar, computed at build
//! time so the app needs no timetable engine: the deadlines are what `pollcard
//! timetable` prints for the election's type, nation and poll date with the bundle's
//! `timetable.json`, and `non_working_days` lets the pages count working days to them.

use std::collections::{BTreeMap, BTreeSet};

use crate::elections::ids::ParsedId;
use crate::elections::Election;
use crate::model::Council;
use crate::timetable::{Date, LocalTimetable, Rules, Timetable, TimetableError, TimetableRequest, WorkingDays};

/// Whether voters need photo ID, and the timetable, for the election of ballot
/// `parsed`, held in the council's nation; an error when the type is not held there.
/// A UK Parliament ballot marked `by` is a by-election: only its nation's bank
/// holidays count.
pub(super) fn timetable_of(
    rules: &Rules,
    parsed: &ParsedId<'_>,
    council: &Council,
    local: &LocalTimetable,
) -> Result<(bool, Timetable), TimetableError> {
    let photo_id = rules.election(parsed.election_type, council.nation)?.photo_id;
    let poll_date: Date = parsed.date.parse().map_err(|error: crate::timetable::date::ParseError| {
        TimetableError::Rules(format!("the poll date of {:?}: {error}", parsed.group_id()))
    })?;
    let request = TimetableRequest {
        poll_date,
        election_type: parsed.election_type,
        nation: council.nation,
        by_election: parsed.by_election,
    };
    Ok((photo_id, rules.timetable(&request, local)?))
}

/// Nation key → its weekdays that are not working days, from 1 January of the year
/// of the earliest timetable event through the latest poll date, for each nation
/// with an election in `elections`; empty when none has a timetable.
pub(super) fn non_working_days(elections: &[Election], local: &LocalTimetable) -> BTreeMap<String, Vec<Date>> {
    let Ok(rules) = Rules::builtin() else { return BTreeMap::new() };
    let earliest =
        elections.iter().flat_map(|election| election.timetable.values()).map(|deadline| deadline.date).min();
    let latest = elections.iter().filter_map(|election| election.poll_date.parse::<Date>().ok()).max();
    let (Some(earliest), Some(to)) = (earliest, latest) else { return BTreeMap::new() };
    let Some(from) = Date::new(earliest.year(), 1, 1) else { return BTreeMap::new() };
    let nations: BTreeSet<&'static str> = elections.iter().map(|election| election.nation.key()).collect();
    nations
        .into_iter()
        .filter_map(|key| {
            let nation = crate::timetable::uk_nation(key)?;
            let calendar = WorkingDays::new(&rules, &[nation], from.year()..=to.year(), &local.calendar);
            Some((key.to_owned(), calendar.weekdays_off(from, to)))
        })
        .collect()
}
