//! Which ways to vote are still open at a moment, when each closes, and what a voter
//! can still do once a deadline has passed.
//!
//! The dates come from the timetable engine ([`crate::timetable`]), so bank holidays,
//! a bundle's calendar adjustments and Northern Ireland's 14-working-day deadlines
//! are already in them; this module only compares moments. A deadline at 5 pm means
//! the application must arrive before 5 pm: at 16:59 it is open, at 17:00 it is
//! closed. Times are local (Europe/London), to the minute, as the timetable's are.

use super::is_northern_ireland;
use crate::model::Nation;
use crate::timetable::{
    CalendarScope, Date, Deadline, ElectionType, Event, LocalTimetable, Rules, Time, Timetable, TimetableError,
    TimetableRequest, WorkingDays, UK_NATIONS,
};

/// A local (Europe/London) date and time to the minute, ordered by time. The
/// timetable module has dates and times but no moment; this is it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LocalDateTime {
    pub date: Date,
    pub time: Time,
}

impl LocalDateTime {
    pub fn new(date: Date, time: Time) -> LocalDateTime {
        LocalDateTime { date, time }
    }

    /// The moment of a timetable deadline; one without a time of day lasts the day.
    pub fn of(deadline: Deadline) -> LocalDateTime {
        let end_of_day = Time::new(23, 59).unwrap_or(Time::MIDNIGHT);
        LocalDateTime::new(deadline.date, deadline.time.unwrap_or(end_of_day))
    }
}

/// A way to vote, or a step around one, that has a window.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Way {
    /// At the polling station, 7 am to 10 pm on polling day.
    InPerson,
    /// A new postal vote application.
    Postal,
    /// A new proxy vote application.
    Proxy,
    /// An emergency proxy, after the proxy deadline, on specific grounds.
    EmergencyProxy,
    /// Changing or cancelling an existing postal or proxy vote.
    ChangeAbsentVote,
    /// A replacement for a lost, spoilt or missing postal ballot pack.
    ReplacementPostalPack,
    /// Returning a completed postal vote (by post, or by hand where allowed).
    ReturnPostalVote,
    /// A free Voter Authority Certificate (Great Britain, polls requiring photo ID).
    VoterAuthorityCertificate,
}

impl Way {
    pub fn key(self) -> &'static str {
        match self {
            Way::InPerson => "in-person",
            Way::Postal => "postal",
            Way::Proxy => "proxy",
            Way::EmergencyProxy => "emergency-proxy",
            Way::ChangeAbsentVote => "change-absent-vote",
            Way::ReplacementPostalPack => "replacement-postal-pack",
            Way::ReturnPostalVote => "return-postal-vote",
            Way::VoterAuthorityCertificate => "voter-authority-certificate",
        }
    }
}

/// Where a way stands at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WayStatus {
    /// Opens later (polling stations before 7 am on polling day; an emergency proxy
    /// before the proxy deadline), then closes.
    NotYetOpen {
        opens: LocalDateTime,
        closes: LocalDateTime,
    },
    Open {
        closes: LocalDateTime,
    },
    Closed {
        closed: LocalDateTime,
    },
}

impl WayStatus {
    pub fn is_open(self) -> bool {
        matches!(self, WayStatus::Open { .. })
    }
}

/// One way and its status.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WayToVote {
    pub way: Way,
    pub status: WayStatus,
}

/// What a voter can still do after the postal or proxy deadline has passed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StillPossible {
    /// The postal deadline has passed, the proxy one has not (Great Britain).
    ApplyForProxy { closes: LocalDateTime },
    /// The proxy deadline has passed: an emergency proxy, if the grounds apply.
    EmergencyProxyIfGrounds { closes: LocalDateTime },
    /// A voter who already has a postal vote can get a replacement pack.
    ReplacementPostalPack { from: LocalDateTime, until: LocalDateTime },
    /// A completed postal vote can be handed in at a polling station in the area
    /// (Great Britain; with a form, at most 5 other people's packs plus one's own).
    HandInPostalVote { opens: LocalDateTime, closes: LocalDateTime },
    /// Voting in person; anyone in the queue at 10 pm may still vote.
    VoteInPerson { opens: LocalDateTime, closes: LocalDateTime },
}

/// The ways to vote at a moment, and what is still possible.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WaysToVote {
    pub ways: Vec<WayToVote>,
    /// Empty until the postal or proxy deadline has passed, and after the poll.
    pub still_possible: Vec<StillPossible>,
}

/// A poll's absent-voting deadlines, computed once for the pages to ask about.
#[derive(Clone, Debug)]
pub struct PollDeadlines {
    pub request: TimetableRequest,
    pub timetable: Timetable,
    /// Whether voters must show photo ID at the poll.
    pub photo_id: bool,
    working_days: WorkingDays,
}

impl PollDeadlines {
    /// The deadlines of `request` from `rules` and a bundle's `local` timetable.
    pub fn compute(
        rules: &Rules,
        request: &TimetableRequest,
        local: &LocalTimetable,
    ) -> Result<PollDeadlines, TimetableError> {
        let timetable = rules.timetable(request, local)?;
        let election = rules.election(request.election_type, request.nation)?;
        // The same bank holidays the absent-voting deadlines were counted with.
        let nations: Vec<Nation> = if election.calendar == CalendarScope::UnitedKingdom && !request.by_election {
            UK_NATIONS.to_vec()
        } else {
            vec![request.nation]
        };
        let year = request.poll_date.year();
        let working_days = WorkingDays::new(rules, &nations, (year - 2)..=(year + 1), &local.calendar);
        Ok(PollDeadlines { request: *request, timetable, photo_id: election.photo_id, working_days })
    }

    /// The deadlines of a poll whose `timetable` was computed when the bundle was
    /// built (`elections.json`), counted with `days_off` (its `non_working_days`).
    pub fn from_timetable(
        request: TimetableRequest,
        timetable: Timetable,
        photo_id: bool,
        days_off: &[Date],
    ) -> PollDeadlines {
        let working_days = WorkingDays::from_days_off(days_off.iter().copied());
        PollDeadlines { request, timetable, photo_id, working_days }
    }

    pub fn nation(&self) -> Nation {
        self.request.nation
    }

    pub fn election_type(&self) -> ElectionType {
        self.request.election_type
    }

    /// The moment of `event`, if the poll has it.
    pub fn at(&self, event: Event) -> Option<LocalDateTime> {
        self.timetable.get(&event).copied().map(LocalDateTime::of)
    }

    /// Working days after `today` up to and including `date` ("8 working days from
    /// today"); 0 when `date` is today or past.
    pub fn working_days_until(&self, today: Date, date: Date) -> u32 {
        let mut count = 0;
        let mut day = today;
        while day < date {
            day = day.succ();
            if self.working_days.is_working_day(day, false) {
                count += 1;
            }
        }
        count
    }

    /// Every way to vote at this poll and where it stands at `now`.
    pub fn ways_to_vote(&self, now: LocalDateTime) -> WaysToVote {
        let mut ways = Vec::new();
        let mut window = |way: Way, opens: Option<LocalDateTime>, closes: Option<LocalDateTime>| {
            if let Some(closes) = closes {
                ways.push(WayToVote { way, status: status(now, opens, closes) });
            }
        };
        let proxy = self.at(Event::ProxyApplication);
        window(Way::InPerson, self.at(Event::PollOpen), self.at(Event::PollClose));
        window(Way::Postal, None, self.at(Event::PostalApplication));
        window(Way::Proxy, None, proxy);
        window(Way::EmergencyProxy, proxy, self.at(Event::EmergencyProxy));
        window(Way::ChangeAbsentVote, None, self.at(Event::PostalChange));
        window(
            Way::ReplacementPostalPack,
            self.at(Event::ReplacementPostalPackFrom),
            self.at(Event::ReplacementPostalPackUntil),
        );
        window(Way::ReturnPostalVote, None, self.at(Event::PostalReturn));
        if self.photo_id {
            window(Way::VoterAuthorityCertificate, None, self.at(Event::VacApplication));
        }
        let still_possible = self.still_possible(now);
        WaysToVote { ways, still_possible }
    }

    /// What is still possible at `now` once the postal or proxy deadline has passed.
    pub fn still_possible(&self, now: LocalDateTime) -> Vec<StillPossible> {
        let (Some(postal), Some(proxy), Some(poll_open), Some(poll_close)) = (
            self.at(Event::PostalApplication),
            self.at(Event::ProxyApplication),
            self.at(Event::PollOpen),
            self.at(Event::PollClose),
        ) else {
            return Vec::new();
        };
        if now < postal.min(proxy) || now >= poll_close {
            return Vec::new();
        }
        let mut list = Vec::new();
        if now < proxy {
            list.push(StillPossible::ApplyForProxy { closes: proxy });
        } else if let Some(closes) = self.at(Event::EmergencyProxy).filter(|closes| now < *closes) {
            list.push(StillPossible::EmergencyProxyIfGrounds { closes });
        }
        if let (Some(from), Some(until)) =
            (self.at(Event::ReplacementPostalPackFrom), self.at(Event::ReplacementPostalPackUntil))
        {
            if now < until {
                list.push(StillPossible::ReplacementPostalPack { from, until });
            }
        }
        if !is_northern_ireland(self.nation()) {
            list.push(StillPossible::HandInPostalVote { opens: poll_open, closes: poll_close });
        }
        list.push(StillPossible::VoteInPerson { opens: poll_open, closes: poll_close });
        list
    }
}

fn status(now: LocalDateTime, opens: Option<LocalDateTime>, closes: LocalDateTime) -> WayStatus {
    match opens {
        _ if now >= closes => WayStatus::Closed { closed: closes },
        Some(opens) if now < opens => WayStatus::NotYetOpen { opens, closes },
        _ => WayStatus::Open { closes },
    }
}
