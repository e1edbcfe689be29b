//! Timetables as published, checked date by date and time by time. Each case names
//! where it was published; the expected values are copied from there.

use super::{at, dates, timetable};
use crate::timetable::Event::{self, *};

const NOMINATIONS_TO_PROXY: [Event; 6] =
    [CloseOfNominations, SopnPublication, Registration, PostalApplication, ProxyApplication, VacApplication];

#[test]
fn england_local_2_may_2024() {
    // Electoral Commission timetable for the 2 May 2024 local elections in England.
    let t = timetable("local", "england", "2024-05-02");
    assert_eq!(at(&t, CloseOfNominations), "2024-04-05 16:00");
    assert_eq!(at(&t, Withdrawal), "2024-04-05 16:00");
    assert_eq!(at(&t, SopnPublication), "2024-04-08 16:00");
    assert_eq!(at(&t, Registration), "2024-04-16 23:59");
    assert_eq!(at(&t, PostalApplication), "2024-04-17 17:00");
    assert_eq!(at(&t, PostalChange), "2024-04-17 17:00");
    assert_eq!(at(&t, ProxyApplication), "2024-04-24 17:00");
    assert_eq!(at(&t, VacApplication), "2024-04-24 17:00");
    assert_eq!(at(&t, PollOpen), "2024-05-02 07:00");
    assert_eq!(at(&t, PollClose), "2024-05-02 22:00");
}

#[test]
fn england_local_7_may_2026() {
    // Worked example (Easter 3 and 6 April, early May bank holiday 4 May): notice 30 March,
    // nominations 9 April, registration 20 April, postal 21 April, proxy and VAC 28 April.
    let t = timetable("local", "england", "2026-05-07");
    assert_eq!(at(&t, NoticeOfElection), "2026-03-30 23:59");
    assert_eq!(
        dates(&t, &NOMINATIONS_TO_PROXY),
        ["2026-04-09", "2026-04-10", "2026-04-20", "2026-04-21", "2026-04-28", "2026-04-28"]
    );
}

#[test]
fn gla_2_may_2024() {
    // London Elects, "Statutory notices and elections timetable" for 2 May 2024, and the
    // London Borough of Lambeth's key dates (replacement packs from Friday 26 April).
    let t = timetable("gla", "england", "2024-05-02");
    assert_eq!(at(&t, NoticeOfElection), "2024-03-19 23:59");
    assert_eq!(at(&t, CloseOfNominations), "2024-03-27 16:00");
    assert_eq!(at(&t, Withdrawal), "2024-03-27 16:00");
    assert_eq!(at(&t, SopnPublication), "2024-04-02 16:00");
    assert_eq!(at(&t, Registration), "2024-04-16 23:59");
    assert_eq!(at(&t, PostalApplication), "2024-04-17 17:00");
    assert_eq!(at(&t, ProxyApplication), "2024-04-24 17:00");
    assert_eq!(at(&t, VacApplication), "2024-04-24 17:00");
    assert_eq!(at(&t, ReplacementPostalPackFrom), "2024-04-26 00:00");
    assert_eq!(at(&t, ReplacementPostalPackUntil), "2024-05-02 17:00");
    assert_eq!(at(&t, EmergencyProxy), "2024-05-02 17:00");
}

#[test]
fn uk_parliament_4_july_2024() {
    // Electoral Commission timetable for the general election of 4 July 2024.
    for nation in ["england", "wales", "scotland"] {
        let t = timetable("uk-parliament", nation, "2024-07-04");
        assert_eq!(at(&t, NoticeOfElection), "2024-06-04 16:00", "{nation}");
        assert_eq!(at(&t, CloseOfNominations), "2024-06-07 16:00");
        assert_eq!(at(&t, Withdrawal), "2024-06-07 16:00");
        assert_eq!(at(&t, SopnPublication), "2024-06-07 17:00");
        assert_eq!(at(&t, Registration), "2024-06-18 23:59");
        assert_eq!(at(&t, PostalApplication), "2024-06-19 17:00");
        assert_eq!(at(&t, PostalProxy), "2024-06-19 17:00");
        assert_eq!(at(&t, ProxyApplication), "2024-06-26 17:00");
        assert_eq!(at(&t, VacApplication), "2024-06-26 17:00");
    }
    // Northern Ireland: the same nominations; postal and proxy 14 working days before.
    let t = timetable("uk-parliament", "northern-ireland", "2024-07-04");
    assert_eq!(at(&t, CloseOfNominations), "2024-06-07 16:00");
    assert_eq!(at(&t, PostalApplication), "2024-06-14 17:00");
    assert_eq!(at(&t, ProxyApplication), "2024-06-14 17:00");
    assert!(!t.contains_key(&VacApplication), "no VAC in Northern Ireland");
}

#[test]
fn uk_parliament_12_december_2019_counts_st_andrews_day_everywhere() {
    // House of Commons Library, "What is the timetable of general election 2019?": the
    // St Andrew's Day holiday (Monday 2 December, Scotland) is disregarded for the whole
    // UK; notice by 4 pm 11 November, nominations 4 pm 14 November, statement 5 pm
    // 14 November, registration 26 November (separate legislation), postal 5 pm
    // 26 November, proxy 5 pm 4 December (Electoral Commission; Tower Hamlets; West Norfolk).
    let t = timetable("uk-parliament", "england", "2019-12-12");
    assert_eq!(at(&t, NoticeOfElection), "2019-11-11 16:00");
    assert_eq!(at(&t, CloseOfNominations), "2019-11-14 16:00");
    assert_eq!(at(&t, SopnPublication), "2019-11-14 17:00");
    assert_eq!(at(&t, Registration), "2019-11-26 23:59");
    assert_eq!(at(&t, PostalApplication), "2019-11-26 17:00");
    assert_eq!(at(&t, ProxyApplication), "2019-12-04 17:00");
}

#[test]
fn scottish_parliament_6_may_2021_and_5_may_2016() {
    // Comhairle nan Eilean Siar's timetable for 6 May 2021 (from the Electoral
    // Commission's): notice by 24 March, nominations and withdrawals 4 pm 31 March —
    // Easter Monday (5 April) disregarded; registration 19 April, proxy 27 April.
    let t = timetable("scottish-parliament", "scotland", "2021-05-06");
    assert_eq!(at(&t, NoticeOfElection), "2021-03-24 23:59");
    assert_eq!(at(&t, CloseOfNominations), "2021-03-31 16:00");
    assert_eq!(at(&t, Withdrawal), "2021-03-31 16:00");
    assert_eq!(at(&t, Registration), "2021-04-19 23:59");
    assert_eq!(at(&t, ProxyApplication), "2021-04-27 17:00");
    assert!(!t.contains_key(&VacApplication), "no photo ID at Scottish Parliament elections");
    // Electoral Commission timetable for 5 May 2016: notice by 23 March, nominations 4 pm 1 April.
    let t = timetable("scottish-parliament", "scotland", "2016-05-05");
    assert_eq!(at(&t, NoticeOfElection), "2016-03-23 23:59");
    assert_eq!(at(&t, CloseOfNominations), "2016-04-01 16:00");
}

#[test]
fn ni_assembly_5_may_2022() {
    // Electoral Commission, "Assembly election in Northern Ireland" (2022): notice
    // 28 March, nominations until 1 pm 8 April, statement 6 pm 8 April, postal or
    // proxy 5 pm 12 April, registration 14 April.
    let t = timetable("ni-assembly", "northern-ireland", "2022-05-05");
    assert_eq!(at(&t, NoticeOfElection), "2022-03-28 23:59");
    assert_eq!(at(&t, CloseOfNominations), "2022-04-08 13:00");
    assert_eq!(at(&t, SopnPublication), "2022-04-08 18:00");
    assert_eq!(at(&t, PostalApplication), "2022-04-12 17:00");
    assert_eq!(at(&t, ProxyApplication), "2022-04-12 17:00");
    assert_eq!(at(&t, Registration), "2022-04-14 23:59");
    assert!(!t.contains_key(&VacApplication));
}

#[test]
fn northern_ireland_local_18_may_2023_around_the_coronation() {
    // Electoral Commission, "Local council elections in Northern Ireland" (2023): notice
    // by 11 April, nominations and withdrawals 1 pm 24 April, statement 6 pm 24 April,
    // postal or proxy 5 pm 26 April, registration 11.59 pm 28 April. The coronation
    // holiday (8 May) and the early May holiday (1 May) both fall inside the timetable.
    let t = timetable("local", "northern-ireland", "2023-05-18");
    assert_eq!(at(&t, NoticeOfElection), "2023-04-11 23:59");
    assert_eq!(at(&t, CloseOfNominations), "2023-04-24 13:00");
    assert_eq!(at(&t, Withdrawal), "2023-04-24 13:00");
    assert_eq!(at(&t, SopnPublication), "2023-04-24 18:00");
    assert_eq!(at(&t, PostalApplication), "2023-04-26 17:00");
    assert_eq!(at(&t, Registration), "2023-04-28 23:59");
}
