//! iCalendar (RFC 5545) text for a voter's or candidate's key dates, made on the
//! device: a pure function of the events and a `DTSTAMP` the caller passes in, so
//! the same input gives the same bytes (no clock, no randomness, no server).
//!
//! Times are Europe/London local, written with `TZID=Europe/London` and a fixed
//! `VTIMEZONE` giving the UK rule (last Sunday of March and of October), so no
//! time-zone database is needed. Text is escaped (`\\`, `;`, `,`, newlines) and
//! lines are folded at 75 octets without splitting a character. UIDs come from each
//! event's stable id, so a calendar imported twice updates rather than duplicates.

use super::date::{Date, Time};
use super::kinds::Event;
use super::Timetable;

/// One calendar entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct IcsEvent {
    /// Stable and unique within the calendar, e.g. `local.example.2026-05-07/registration`;
    /// the UID is made from it.
    pub id: String,
    pub summary: String,
    pub description: Option<String>,
    pub date: Date,
    /// `None`: an all-day entry.
    pub time: Option<Time>,
}

/// The `VTIMEZONE` for Europe/London: BST from the last Sunday of March (01:00 GMT)
/// to the last Sunday of October (02:00 BST), as in force since 1996.
const LONDON: &str = "BEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n\
DTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n\
DTSTART:19961027T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n";

/// The calendar holding `events`; `stamp` is the UTC date and time written as every
/// event's `DTSTAMP` (when the file was made).
pub fn calendar(events: &[IcsEvent], stamp: (Date, Time)) -> String {
    let mut out = String::new();
    for line in ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pollcard//Election timetable//EN", "CALSCALE:GREGORIAN"] {
        push_line(&mut out, line);
    }
    out.push_str(LONDON);
    let dtstamp = format!("DTSTAMP:{}Z", date_time(stamp.0, stamp.1));
    for event in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_line(&mut out, &format!("UID:{}", uid(&event.id)));
        push_line(&mut out, &dtstamp);
        match event.time {
            Some(time) => push_line(&mut out, &format!("DTSTART;TZID=Europe/London:{}", date_time(event.date, time))),
            None => {
                push_line(&mut out, &format!("DTSTART;VALUE=DATE:{}", compact(event.date)));
                push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", compact(event.date.succ())));
            }
        }
        push_line(&mut out, &format!("SUMMARY:{}", escape(&event.summary)));
        if let Some(description) = &event.description {
            push_line(&mut out, &format!("DESCRIPTION:{}", escape(description)));
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// Entries for the events of `timetable` that `label` names (in timetable order);
/// ids are `{id_prefix}/{event key}`.
pub fn timetable_events(
    timetable: &Timetable,
    id_prefix: &str,
    label: impl Fn(Event) -> Option<String>,
) -> Vec<IcsEvent> {
    timetable
        .iter()
        .filter_map(|(event, deadline)| {
            label(*event).map(|summary| IcsEvent {
                id: format!("{id_prefix}/{}", event.key()),
                summary,
                description: None,
                date: deadline.date,
                time: deadline.time,
            })
        })
        .collect()
}

fn compact(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

fn date_time(date: Date, time: Time) -> String {
    format!("{}T{:02}{:02}00", compact(date), time.hour(), time.minute())
}

/// A UID from an id: characters outside a safe set become `-`, then `@pollcard`.
fn uid(id: &str) -> String {
    let safe: String = id
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '/') { c } else { '-' })
        .collect();
    format!("{safe}@pollcard")
}

/// RFC 5545 TEXT escaping.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends `line` folded at 75 octets (continuations start with a space, which
/// counts) and ended by CRLF.
fn push_line(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}
