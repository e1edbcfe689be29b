//! What a US voter is shown: opening hours read from VIP, how a precinct votes on
//! election day, the election office, and the "choose a place" groups.

use super::bundle::{UsPlacesFile, PLACES_FORMAT, US_FORMAT_VERSION};
use super::choice::{election_day, election_office, group_by_use, uses_present, ElectionDay, PlaceGroup, USE_ORDER};
use super::hours::{schedule, utc_offset_text, Clock, Days, Opening, VipTime};
use super::{ElectionAdministration, Locality, OpeningHours, Precinct, State, VotingLocation};
use crate::geo::places::{choose, us_places, Nearness, UsPlaceUse};
use crate::model::Location;
use crate::timetable::{Date, Time};

fn time(hour: u8, minute: u8) -> Time {
    Time::new(hour, minute).expect("a time")
}

fn date(text: &str) -> Date {
    text.parse().expect("a date")
}

#[test]
fn vip_times_keep_their_offset() {
    let parsed = |text| VipTime::parse(text);
    assert_eq!(parsed("07:00:00-04:00"), Some(VipTime { time: time(7, 0), offset_minutes: Some(-240) }));
    assert_eq!(parsed("19:30:00+05:30"), Some(VipTime { time: time(19, 30), offset_minutes: Some(330) }));
    assert_eq!(parsed("06:15-0500"), Some(VipTime { time: time(6, 15), offset_minutes: Some(-300) }));
    assert_eq!(parsed("08:00:00Z"), Some(VipTime { time: time(8, 0), offset_minutes: Some(0) }));
    assert_eq!(parsed(" 08:00:00.5 "), Some(VipTime { time: time(8, 0), offset_minutes: None }));
    for bad in ["7:00", "25:00:00", "07:60", "07:00:61", "07:00:00-15:00", "07:00:00-04", "seven", "", "07:00:00:00"] {
        assert_eq!(parsed(bad), None, "{bad}");
    }
}

#[test]
fn offsets_are_written_with_a_true_minus_and_no_float() {
    assert_eq!(utc_offset_text(0), "UTC");
    assert_eq!(utc_offset_text(-240), "UTC\u{2212}4");
    assert_eq!(utc_offset_text(330), "UTC+5:30");
    assert_eq!(utc_offset_text(-570), "UTC\u{2212}9:30");
    assert_eq!(utc_offset_text(600), "UTC+10");
}

fn hours(start: Option<&str>, end: Option<&str>, times: &[(&str, &str)]) -> OpeningHours {
    OpeningHours {
        start_date: start.map(str::to_owned),
        end_date: end.map(str::to_owned),
        times: times.iter().map(|(a, b)| ((*a).to_owned(), (*b).to_owned())).collect(),
        ..OpeningHours::default()
    }
}

#[test]
fn schedules_read_their_days_and_openings() {
    let day = hours(Some("2026-11-03"), Some("2026-11-03"), &[("06:00:00-05:00", "19:00:00-05:00")]);
    let read = schedule(&day);
    assert_eq!(read.days, Days::On(date("2026-11-03")));
    assert_eq!(
        read.openings,
        [Opening { start: Clock::At(time(6, 0)), end: Clock::At(time(19, 0)), offset_minutes: Some(-300) }]
    );

    let early = OpeningHours {
        or_by_appointment: true,
        ..hours(Some("2026-10-19"), Some("2026-10-31"), &[("08:00:00", "12:00:00-04:00"), ("13:00", "17:00")])
    };
    let read = schedule(&early);
    assert_eq!(read.days, Days::Between(date("2026-10-19"), date("2026-10-31")));
    assert_eq!(read.openings[0].offset_minutes, Some(-240), "the end's offset when the start has none");
    assert_eq!(read.openings[1].offset_minutes, None);
    assert!(read.or_by_appointment && !read.only_by_appointment);

    assert_eq!(schedule(&hours(None, None, &[])).days, Days::Any);
    assert_eq!(schedule(&hours(Some("2026-10-19"), None, &[])).days, Days::From(date("2026-10-19")));
    assert_eq!(schedule(&hours(None, Some("2026-10-31"), &[])).days, Days::Until(date("2026-10-31")));
    let odd = hours(Some("Oct 19"), Some("2026-10-31"), &[("dawn", "19:00:00-05:00")]);
    let read = schedule(&odd);
    assert_eq!(read.days, Days::Text("Oct 19", Some("2026-10-31")), "shown as written");
    assert_eq!(read.openings[0].start, Clock::Text("dawn"));
    assert_eq!(read.openings[0].offset_minutes, Some(-300));
}

fn location(id: &str, at: Option<[f64; 2]>, drop_box: bool, early: bool) -> VotingLocation {
    VotingLocation {
        id: id.to_owned(),
        name: Some(format!("Place {id}")),
        address: format!("{id} Main Street"),
        directions: None,
        location: at,
        hours: Vec::new(),
        is_drop_box: drop_box,
        is_early_voting: early,
    }
}

fn precinct(id: &str, locality: &str, locations: &[&str], vote_centre: bool, mail_only: bool) -> Precinct {
    Precinct {
        id: id.to_owned(),
        name: id.to_owned(),
        number: None,
        locality_id: locality.to_owned(),
        split_name: None,
        ward: None,
        is_mail_only: mail_only,
        vote_centre,
        location_ids: locations.iter().map(|id| (*id).to_owned()).collect(),
        boundary: None,
    }
}

fn office(id: &str) -> ElectionAdministration {
    ElectionAdministration {
        id: id.to_owned(),
        name: Some(format!("Office {id}")),
        ..ElectionAdministration::default()
    }
}

/// Cedar County: polling places, an early-voting site that is also a drop box, a
/// drop box. Birch County: vote centres, and a drop box for everyone.
fn file() -> UsPlacesFile {
    let locality = |id: &str, office: Option<&str>, ids: &[&str]| Locality {
        id: id.to_owned(),
        name: format!("{id} County"),
        kind: None,
        state_id: Some("st".to_owned()),
        election_administration_id: office.map(str::to_owned),
        location_ids: ids.iter().map(|id| (*id).to_owned()).collect(),
        is_mail_only: false,
    };
    UsPlacesFile {
        format: PLACES_FORMAT.to_owned(),
        format_version: US_FORMAT_VERSION,
        state: Some(State {
            id: "st".to_owned(),
            name: "Example".to_owned(),
            election_administration_id: Some("ea-st".to_owned()),
        }),
        election: None,
        localities: vec![
            locality("cedar", Some("ea-cedar"), &["early", "box"]),
            locality("birch", None, &["vc1", "vc2", "birch-box"]),
        ],
        administrations: vec![office("ea-cedar"), office("ea-st")],
        locations: vec![
            location("hall", Some([40.05, -100.05]), false, false),
            // 1.1 km north of the hall.
            location("early", Some([40.06, -100.05]), true, true),
            // Further north still.
            location("box", Some([40.08, -100.05]), true, false),
            location("vc1", Some([41.0, -100.0]), false, false),
            location("vc2", None, false, false),
            location("birch-box", Some([41.01, -100.0]), true, false),
        ],
        street_segments: Vec::new(),
    }
}

#[test]
fn how_a_precinct_votes_on_election_day() {
    let file = file();
    let own = precinct("cedar-1", "cedar", &["hall"], false, false);
    assert_eq!(election_day(&own, &us_places(&file, &own)), ElectionDay::PollingPlace);
    let centre = precinct("birch-1", "birch", &["vc1", "vc2", "birch-box"], true, false);
    let places = us_places(&file, &centre);
    assert_eq!(election_day(&centre, &places), ElectionDay::VoteCentres);
    let centres: Vec<&str> =
        places.iter().filter(|p| p.uses.contains(&UsPlaceUse::VoteCentre)).map(|p| p.location.id.as_str()).collect();
    assert_eq!(centres, ["vc1", "vc2"], "every vote centre of the locality, and not the drop box");
    let mail = precinct("birch-mail", "birch", &[], false, true);
    let places = us_places(&file, &mail);
    assert_eq!(election_day(&mail, &places), ElectionDay::MailOnly);
    assert_eq!(uses_present(&places), [UsPlaceUse::DropBox], "a mail-only precinct may still use a drop box");
    let silent = precinct("cedar-2", "cedar", &[], false, false);
    assert_eq!(election_day(&silent, &us_places(&file, &silent)), ElectionDay::NotSaid);
}

#[test]
fn the_office_is_the_localitys_else_the_states() {
    let file = file();
    let office_of = |locality: &str| {
        election_office(&file, &precinct("p", locality, &[], false, false)).map(|office| office.id.clone())
    };
    assert_eq!(office_of("cedar").as_deref(), Some("ea-cedar"));
    assert_eq!(office_of("birch").as_deref(), Some("ea-st"));
    assert_eq!(office_of("unknown").as_deref(), Some("ea-st"), "a locality the file lacks: the state's");
    let mut bare = file.clone();
    bare.state = None;
    assert_eq!(election_office(&bare, &precinct("p", "birch", &[], false, false)), None);
}

fn ids(group: &PlaceGroup<'_, '_>) -> Vec<String> {
    group.places.iter().map(|listed| listed.place.location.id.clone()).collect()
}

#[test]
fn places_are_grouped_by_use_nearest_first_and_filtered() {
    let file = file();
    let own = precinct("cedar-1", "cedar", &["hall"], false, false);
    let places = us_places(&file, &own);
    assert_eq!(uses_present(&places), [UsPlaceUse::PollingPlace, UsPlaceUse::EarlyVoting, UsPlaceUse::DropBox]);
    // Standing north of everything: the box is nearest, then the early site, then the hall.
    let start = Some(Location { lat: 40.2, lon: -100.05 });
    let choice = choose(start, &places, &[]);
    let (groups, count) = group_by_use(&choice.places, &[]);
    let kinds: Vec<UsPlaceUse> = groups.iter().map(|group| group.kind).collect();
    assert_eq!(
        kinds,
        [UsPlaceUse::PollingPlace, UsPlaceUse::EarlyVoting, UsPlaceUse::DropBox],
        "empty groups left out"
    );
    assert_eq!(ids(&groups[2]), ["box", "early"], "nearest first within a group");
    assert_eq!(ids(&groups[1]), ["early"]);
    assert_eq!(count, 3, "the early site is in two groups but counted once");
    assert!(matches!(groups[0].places[0].nearness, Nearness::Away(_)));

    let (groups, count) = group_by_use(&choice.places, &[UsPlaceUse::DropBox]);
    assert_eq!((groups.len(), ids(&groups[0]), count), (1, vec!["box".to_owned(), "early".to_owned()], 2));
    let (groups, count) = group_by_use(&choice.places, &[UsPlaceUse::VoteCentre]);
    assert!(groups.is_empty() && count == 0, "a kind this precinct has none of");
    assert_eq!(USE_ORDER.map(|kind| UsPlaceUse::from_key(kind.key())), USE_ORDER.map(Some));
    assert_eq!(UsPlaceUse::from_key("polling-station"), None);
}
