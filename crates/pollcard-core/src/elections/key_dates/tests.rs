//! Key dates picked from real timetables (England local 2 May 2024, Northern Ireland
//! local 18 May 2023), the working-day countdown at its edges, and the `.ics` text.

use super::*;
use crate::elections::ElectionType;
use crate::model::LocalizedText;
use crate::timetable::{CalendarAdjustments, LocalTimetable, Rules, TimetableRequest, WorkingDays};

fn date(text: &str) -> Date {
    text.parse().expect("test date")
}

fn election(id: &str, election_type: ElectionType, nation: Nation, poll: &str) -> Election {
    let rules = Rules::builtin().expect("rules");
    let request = TimetableRequest { poll_date: date(poll), election_type, nation, by_election: false };
    Election {
        id: id.into(),
        name: LocalizedText::english("Test"),
        election_type,
        nation,
        poll_date: poll.into(),
        photo_id_required: nation != Nation::NorthernIreland,
        voting_age: 18,
        sopn_date: None,
        sopn_published: false,
        timetable: rules.timetable(&request, &LocalTimetable::default()).expect("timetable"),
    }
}

fn weekdays_off(nation: Nation, from: &str, to: &str) -> Vec<Date> {
    let rules = Rules::builtin().expect("rules");
    let (from, to) = (date(from), date(to));
    WorkingDays::new(&rules, &[nation], from.year()..=to.year(), &CalendarAdjustments::default()).weekdays_off(from, to)
}

/// England local elections on 2 May 2024, with England's and Scotland's calendars
/// for 2024 through polling day.
fn england_2024() -> ElectionsFile {
    let mut file = ElectionsFile::new();
    file.elections = vec![election("local.x.2024-05-02", ElectionType::Local, Nation::England, "2024-05-02")];
    for nation in [Nation::England, Nation::Scotland] {
        file.non_working_days.insert(nation.key().into(), weekdays_off(nation, "2024-01-01", "2024-05-02"));
    }
    file
}

#[test]
fn voter_dates_are_in_page_order_and_only_those_that_apply() {
    let file = england_2024();
    let keys: Vec<&str> = key_dates_for_voter(&file.elections[0]).map(|(event, _)| event.key()).collect();
    assert_eq!(
        keys,
        [
            "registration",
            "postal_application",
            "postal_change",
            "postal_proxy",
            "proxy_application",
            "vac_application",
            "emergency_proxy",
            "poll_open",
            "poll_close"
        ]
    );
    let dates: Vec<String> = key_dates_for_voter(&file.elections[0]).map(|(_, d)| d.date.to_string()).collect();
    // Published: registration 16 April, postal 17 April, proxy and VAC 24 April.
    assert_eq!(&dates[..6], ["2024-04-16", "2024-04-17", "2024-04-17", "2024-04-17", "2024-04-24", "2024-04-24"]);

    // No Voter Authority Certificate in Northern Ireland.
    let ni = election("local.y.2023-05-18", ElectionType::Local, Nation::NorthernIreland, "2023-05-18");
    let events: Vec<Event> = key_dates_for_voter(&ni).map(|(event, _)| event).collect();
    assert!(!events.contains(&Event::VacApplication));
    assert_eq!(events.len(), 8);

    // A file from before timetables were added has no key dates.
    let mut old = ni.clone();
    old.timetable.clear();
    assert_eq!(key_dates_for_voter(&old).count(), 0);
}

#[test]
fn candidate_dates_are_in_page_order() {
    let file = england_2024();
    let dates: Vec<(&str, String)> =
        key_dates_for_candidate(&file.elections[0]).map(|(e, d)| (e.key(), d.date.to_string())).collect();
    assert_eq!(
        dates,
        [
            ("notice_of_election", "2024-03-26".to_owned()),
            ("close_of_nominations", "2024-04-05".to_owned()),
            ("withdrawal", "2024-04-05".to_owned()),
            ("sopn_publication", "2024-04-08".to_owned()),
            ("poll_open", "2024-05-02".to_owned()),
            ("poll_close", "2024-05-02".to_owned()),
        ]
    );
}

#[test]
fn working_days_left_counts_today_through_the_deadline() {
    let file = england_2024();
    let left = |today: &str, deadline: &str| file.working_days_left(Nation::England, date(today), date(deadline));
    // Registration closes Tuesday 16 April 2024.
    assert_eq!(left("2024-04-16", "2024-04-16"), Some(1), "on the day itself");
    assert_eq!(left("2024-04-15", "2024-04-16"), Some(2), "Monday and Tuesday");
    assert_eq!(left("2024-04-13", "2024-04-16"), Some(2), "a Saturday is not counted");
    assert_eq!(left("2024-04-14", "2024-04-16"), Some(2), "nor a Sunday");
    assert_eq!(left("2024-04-12", "2024-04-16"), Some(3), "Friday counts");
    assert_eq!(left("2024-04-17", "2024-04-16"), None, "passed");
    // A deadline on a non-working day, asked on that day: none left, but not passed.
    assert_eq!(left("2024-04-13", "2024-04-13"), Some(0));
}

#[test]
fn working_days_left_skips_each_nations_holidays() {
    let file = england_2024();
    // Thursday 28 March to Tuesday 2 April 2024: Good Friday (29th) is never a
    // working day; Easter Monday (1 April) is a bank holiday in England, not Scotland.
    let (today, deadline) = (date("2024-03-28"), date("2024-04-02"));
    assert_eq!(file.working_days_left(Nation::England, today, deadline), Some(2));
    assert_eq!(file.working_days_left(Nation::Scotland, today, deadline), Some(3));
    // New Year's Day.
    assert_eq!(file.working_days_left(Nation::England, date("2024-01-01"), date("2024-01-02")), Some(1));
}

#[test]
fn working_days_left_is_none_outside_the_calendar() {
    let file = england_2024();
    assert_eq!(file.calendar_coverage(), Some((date("2024-01-01"), date("2024-05-02"))));
    let left = |nation, today: &str, deadline: &str| file.working_days_left(nation, date(today), date(deadline));
    assert_eq!(left(Nation::England, "2023-12-29", "2024-04-16"), None, "today before the calendar");
    assert_eq!(left(Nation::England, "2024-04-16", "2024-05-03"), None, "deadline after it");
    assert_eq!(left(Nation::England, "2024-05-02", "2024-05-02"), Some(1), "the last day covered");
    assert_eq!(left(Nation::Wales, "2024-04-16", "2024-04-16"), None, "no list for the nation");
    let mut old = file.clone();
    old.elections[0].timetable.clear();
    assert_eq!(old.working_days_left(Nation::England, date("2024-04-16"), date("2024-04-16")), None);
}

#[test]
fn the_file_keeps_timetables_and_calendar_through_json() {
    let file = england_2024();
    let json = String::from_utf8(file.to_json()).expect("utf-8");
    assert!(json.contains(r#""registration":{"date":"2024-04-16","time":"23:59"}"#), "{json}");
    assert!(json.contains(r#""non_working_days":{"england":["2024-01-01","2024-03-29","2024-04-01"]"#), "{json}");
    assert_eq!(ElectionsFile::from_json(json.as_bytes()).expect("reads back"), file);
    // Files written before timetables had neither field.
    let mut old = file.clone();
    old.elections[0].timetable.clear();
    old.non_working_days.clear();
    let json = String::from_utf8(old.to_json()).expect("utf-8");
    assert!(!json.contains("timetable") && !json.contains("non_working_days"));
    assert_eq!(ElectionsFile::from_json(json.as_bytes()).expect("reads back"), old);
}

#[test]
fn ics_has_timed_london_entries_with_the_callers_texts() {
    let file = england_2024();
    let election = &file.elections[0];
    let dates =
        key_dates_for_voter(election).filter(|(event, _)| matches!(event, Event::Registration | Event::PollClose));
    let text = |event: Event| {
        Some(match event {
            Event::Registration => ("Register to vote".to_owned(), Some("Apply online, by midnight".to_owned())),
            _ => ("Polls close".to_owned(), None),
        })
    };
    let stamp = (date("2024-04-01"), Time::new(9, 30).expect("time"));
    let ics = key_dates_ics(election, dates, text, stamp);
    let expected = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Pollcard//Election timetable//EN\r\n\
CALSCALE:GREGORIAN\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/London\r\n\
BEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:BST\r\n\
DTSTART:19810329T010000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\n\
BEGIN:STANDARD\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:GMT\r\n\
DTSTART:19961027T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\n\
END:VTIMEZONE\r\n\
BEGIN:VEVENT\r\nUID:local.x.2024-05-02/registration@pollcard\r\nDTSTAMP:20240401T093000Z\r\n\
DTSTART;TZID=Europe/London:20240416T235900\r\nSUMMARY:Register to vote\r\n\
DESCRIPTION:Apply online\\, by midnight\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nUID:local.x.2024-05-02/poll_close@pollcard\r\nDTSTAMP:20240401T093000Z\r\n\
DTSTART;TZID=Europe/London:20240502T220000\r\nSUMMARY:Polls close\r\nEND:VEVENT\r\n\
END:VCALENDAR\r\n";
    assert_eq!(ics, expected);
}

#[test]
fn ics_leaves_out_events_without_text() {
    let file = england_2024();
    let election = &file.elections[0];
    let text = |event: Event| (event == Event::CloseOfNominations).then(|| ("Nominations close".to_owned(), None));
    let events = ics_events(election, key_dates_for_candidate(election), text);
    assert_eq!(events.len(), 1);
    assert_eq!(events[0].id, "local.x.2024-05-02/close_of_nominations");
    assert_eq!((events[0].date, events[0].time), (date("2024-04-05"), Time::new(16, 0)));
}

#[test]
fn event_keys_read_the_same_as_a_string_and_through_serde() {
    for event in Event::ALL {
        let json = serde_json::to_string(&event).expect("serialises");
        assert_eq!(serde_json::from_str::<Event>(&json).expect("derived"), event);
        assert_eq!(Event::try_from(event.key().to_owned()).expect("string"), event);
    }
    let derived = serde_json::from_str::<Event>("\"polling\"").expect_err("unknown").to_string();
    let wasm = Event::try_from("polling".to_owned()).expect_err("unknown").to_string();
    assert!(derived.starts_with(&wasm), "{derived} / {wasm}");
}
