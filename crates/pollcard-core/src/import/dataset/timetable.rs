//! The bundle's `timetable.json`, gathered from `pollcard-timetable/1` files: days
//! added to or removed from the bank holidays and rule overrides, in input order
//! (a later override of the same event wins, as the engine applies them in order).

use crate::timetable::{AddedDay, LocalTimetable, RemovedDay, RuleOverride};

use super::Dataset;

impl Dataset {
    /// A day that is not a working day for timetables (a one-off holiday, mourning).
    pub fn add_timetable_day(&mut self, day: AddedDay) {
        let member = self.timetable.get_or_insert_with(LocalTimetable::default);
        if !member.calendar.add.contains(&day) {
            member.calendar.add.push(day);
        }
    }

    /// A recurring holiday that is a working day this time (moved or cancelled).
    pub fn remove_timetable_day(&mut self, day: RemovedDay) {
        let member = self.timetable.get_or_insert_with(LocalTimetable::default);
        if !member.calendar.remove.contains(&day) {
            member.calendar.remove.push(day);
        }
    }

    /// A rule replaced (or an event removed) for the polls it matches.
    pub fn add_timetable_override(&mut self, rule: RuleOverride) {
        self.timetable.get_or_insert_with(LocalTimetable::default).overrides.push(rule);
    }
}
