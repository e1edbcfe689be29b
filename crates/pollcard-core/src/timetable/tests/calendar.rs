//! Substitute days, one-offs, calendar adjustments and what a working day is.

use super::{date, nation, rules};
use crate::timetable::{AddedDay, CalendarAdjustments, RemovedDay, WorkingDays};

fn holidays(nation_key: &str, year: i32) -> Vec<(String, String)> {
    rules()
        .bank_holidays(nation(nation_key), year, &CalendarAdjustments::default())
        .into_iter()
        .map(|holiday| (holiday.date.to_string(), holiday.name))
        .collect()
}

fn has(list: &[(String, String)], day: &str) -> bool {
    list.iter().any(|(date, _)| date == day)
}

#[test]
fn christmas_on_a_saturday_moves_both_days() {
    // 25 December 2021 was a Saturday: Monday 27th and Tuesday 28th (GOV.UK 2021).
    let list = holidays("england", 2021);
    assert!(has(&list, "2021-12-27") && has(&list, "2021-12-28"));
    assert!(!has(&list, "2021-12-25") && !has(&list, "2021-12-26"));
}

#[test]
fn christmas_on_a_sunday_keeps_boxing_day_on_monday() {
    // 25 December 2022 was a Sunday: Boxing Day Monday 26th, Christmas substitute Tuesday 27th.
    let list = holidays("england", 2022);
    let boxing = list.iter().find(|(day, _)| day == "2022-12-26").expect("26th");
    assert_eq!(boxing.1, "Boxing Day");
    let christmas = list.iter().find(|(day, _)| day == "2022-12-27").expect("27th");
    assert!(christmas.1.starts_with("Christmas Day") && christmas.1.contains("substitute"), "{}", christmas.1);
}

#[test]
fn new_year_substitutes_in_scotland() {
    // 1 January 2022 was a Saturday: Monday 3rd, and in Scotland 2 January on Tuesday 4th.
    let england = holidays("england", 2022);
    assert!(has(&england, "2022-01-03") && !has(&england, "2022-01-04"));
    let scotland = holidays("scotland", 2022);
    assert!(has(&scotland, "2022-01-03") && has(&scotland, "2022-01-04"));
    // 1 January 2023 was a Sunday: 2 January is Monday (its own day), New Year moves to Tuesday 3rd.
    let scotland = holidays("scotland", 2023);
    assert!(has(&scotland, "2023-01-02") && has(&scotland, "2023-01-03"));
    let england = holidays("england", 2023);
    assert!(has(&england, "2023-01-02") && !has(&england, "2023-01-03"));
    // 1 January 2021 was a Friday: 2 January (Saturday) moves to Monday 4th in Scotland.
    assert!(has(&holidays("scotland", 2021), "2021-01-04"));
}

#[test]
fn saints_days_move_to_monday() {
    assert!(has(&holidays("scotland", 2019), "2019-12-02"), "St Andrew's Day 2019 was a Saturday");
    assert!(has(&holidays("scotland", 2025), "2025-12-01"), "St Andrew's Day 2025 is a Sunday");
    assert!(has(&holidays("northern-ireland", 2018), "2018-03-19"), "St Patrick's Day 2018 was a Saturday");
    assert!(has(&holidays("northern-ireland", 2020), "2020-07-13"), "12 July 2020 was a Sunday");
    assert!(!has(&holidays("england", 2020), "2020-07-13"));
}

#[test]
fn nations_differ_where_they_should() {
    let scotland = holidays("scotland", 2026);
    assert!(!has(&scotland, "2026-04-06"), "no Easter Monday in Scotland");
    assert!(has(&scotland, "2026-08-03") && !has(&scotland, "2026-08-31"), "first Monday of August");
    assert!(has(&scotland, "2026-06-15"), "the 2026 World Cup one-off");
    assert!(!has(&holidays("england", 2026), "2026-06-15"), "Scotland only");
    assert!(has(&holidays("northern-ireland", 2026), "2026-03-17"));
    assert_eq!(holidays("england", 2026), holidays("wales", 2026));
}

#[test]
fn one_offs_before_2012() {
    assert!(has(&holidays("england", 2011), "2011-04-29"), "royal wedding");
    assert!(has(&holidays("scotland", 2011), "2011-04-29"));
}

#[test]
fn a_bundle_adds_and_removes_days() {
    let rules = rules();
    let extra = CalendarAdjustments {
        add: vec![AddedDay {
            date: date("2027-01-05"),
            name: "Day of national mourning".to_owned(),
            nations: vec![],
            source: None,
        }],
        remove: vec![RemovedDay { date: date("2027-08-02"), nations: vec![nation("scotland")], source: None }],
    };
    let england = rules.bank_holidays(nation("england"), 2027, &extra);
    assert!(england.iter().any(|holiday| holiday.date == date("2027-01-05") && holiday.name.contains("mourning")));
    let scotland = rules.bank_holidays(nation("scotland"), 2027, &extra);
    assert!(scotland.iter().any(|holiday| holiday.date == date("2027-01-05")));
    assert!(!scotland.iter().any(|holiday| holiday.date == date("2027-08-02")), "removed");
    assert_eq!(rules.bank_holidays(nation("england"), 2028, &extra).len(), 8, "other years untouched");
}

#[test]
fn christmas_eve_and_good_friday_are_never_working_days() {
    let rules = rules();
    let days = WorkingDays::new(&rules, &[nation("scotland")], 2025..=2026, &CalendarAdjustments::default());
    assert!(!days.is_working_day(date("2025-12-24"), false), "Christmas Eve, a Wednesday");
    assert!(!days.is_working_day(date("2026-04-03"), false), "Good Friday");
    assert!(days.is_working_day(date("2026-04-06"), false), "Easter Monday is a Scottish working day");
    assert!(!days.is_working_day(date("2026-04-06"), true), "unless the timetable disregards it");
    assert!(!days.is_working_day(date("2026-05-09"), false), "Saturday");
    assert!(days.is_working_day(date("2026-05-07"), false));
    assert_eq!(days.working_days_before(date("2026-05-07"), 0, false), date("2026-05-07"));
    assert_eq!(
        days.working_days_before(date("2026-01-05"), 3, false),
        date("2025-12-29"),
        "over Christmas and New Year"
    );
}
