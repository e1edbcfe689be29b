//! Pollcard's addresses: which page lives at which path, in which language.
//!
//! English pages live at `/…`, Welsh ones at `/cy/…`, with the same path after the
//! prefix, so switching language keeps the reader on the same page. Paths carry only
//! public facts (a station id at most): never a postcode, address or position.

use pollcard_core::absent_vote::emergency_steps::Step;
use pollcard_core::model::Language;

use crate::data::LookupResult;

/// The prefix of every Welsh path.
const WELSH_PREFIX: &str = "/cy";

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    ChooseAddress,
    Station(String),
    /// A station of a national bundle, by its council's id and its own: station ids
    /// are unique only within a council.
    CouncilStation(String, String),
    NoStation,
    NotFound,
    Privacy,
    /// Every release of the data ever published (the publication log).
    History,
    /// The voter's elections and ballots (from the lookup in memory), or every
    /// election the bundle has when there is no lookup.
    Elections,
    /// One ballot, by its Democracy Club style id: candidates, dates, results.
    Ballot(String),
    /// The ballot paper of a ballot as it will be printed, to rehearse voting.
    BallotPaper(String),
    /// Candidate search.
    Candidates,
    /// A candidate, by their ballot's id and their key within it
    /// ([`pollcard_core::elections::Candidate`]'s person id, else a slug of the name).
    Candidate(String, String),
    /// Display settings (text size, contrast, spacing, motion, language) and "delete
    /// all my data on this device".
    Settings,
    /// Help at the polling station for disabled voters, and other ways to vote.
    DisabledVoting,
    /// The accessibility statement.
    Accessibility,
    /// "Use my location": the station for where the voter is now (the position is
    /// never in the path).
    Location,
    /// The Easy Read version of a page that has one ([`Page::has_easy_read`]):
    /// `/easy-read` then that page's path, e.g. `/easy-read/station/S1`.
    EasyRead(Box<Page>),
    /// "Tell the council" (what I need, how it went) about a station page's station:
    /// `/tell-the-council` then the station's path.
    TellTheCouncil(Box<Page>),
    /// Polling stations where a postal vote may be handed in, nearest first, with
    /// accessibility filters (where the list starts from is kept in memory only).
    Places,
    /// In person, by post, by proxy, emergency proxy: who can, and the deadlines.
    WaysToVote,
    /// A page of the emergency proxy wizard: `/emergency-proxy`, then `/when`, …
    EmergencyProxy(Step),
    /// A page of a postal or proxy vote application: `/apply/postal`, then the
    /// question's key, `/check` or `/done`.
    Apply(pollcard_core::absent_vote::Method, crate::pages::apply::Step),
}

impl Page {
    /// The path of this page in `language`, e.g. `/cy/station/S1`.
    pub fn path(&self, language: Language) -> String {
        let tail = match self {
            Page::Home => String::new(),
            Page::ChooseAddress => "/choose-address".to_owned(),
            Page::Station(id) => format!("/station/{}", encode_segment(id)),
            Page::CouncilStation(council, id) => format!("/station/{}/{}", encode_segment(council), encode_segment(id)),
            Page::NoStation => "/no-station".to_owned(),
            Page::NotFound => "/not-found".to_owned(),
            Page::Privacy => "/privacy".to_owned(),
            Page::History => "/history".to_owned(),
            Page::Elections => "/elections".to_owned(),
            Page::Ballot(id) => format!("/ballot/{}", encode_segment(id)),
            Page::BallotPaper(id) => format!("/ballot/{}/paper", encode_segment(id)),
            Page::Candidates => "/candidates".to_owned(),
            Page::Candidate(ballot, key) => format!("/candidate/{}/{}", encode_segment(ballot), encode_segment(key)),
            Page::Settings => "/settings".to_owned(),
            Page::DisabledVoting => "/voting-if-you-are-disabled".to_owned(),
            Page::Accessibility => "/accessibility".to_owned(),
            Page::Location => "/location".to_owned(),
            Page::EasyRead(page) => format!("/easy-read{}", page.path(Language::En).trim_end_matches('/')),
            Page::TellTheCouncil(page) => format!("/tell-the-council{}", page.path(Language::En)),
            Page::Places => "/places".to_owned(),
            Page::WaysToVote => "/ways-to-vote".to_owned(),
            Page::EmergencyProxy(Step::What) => "/emergency-proxy".to_owned(),
            Page::EmergencyProxy(step) => format!("/emergency-proxy/{}", step.key()),
            Page::Apply(method, step) => format!("/apply/{}{}", method.key(), step.tail()),
        };
        match (language, tail.is_empty()) {
            (Language::En, true) => "/".to_owned(),
            (Language::En, false) => tail,
            (Language::Cy, _) => format!("{WELSH_PREFIX}{tail}"),
        }
    }
}

impl Page {
    /// The page that shows a lookup's result.
    pub fn showing(result: &LookupResult) -> Page {
        match result {
            LookupResult::Station { station, council, .. } => Page::station(council.as_deref(), station.as_str()),
            LookupResult::ChooseAddress { .. } => Page::ChooseAddress,
            LookupResult::NoStation { .. } => Page::NoStation,
            LookupResult::NotFound { .. } => Page::NotFound,
        }
    }

    /// The page of station `id`, of `council` in a national bundle.
    pub fn station(council: Option<&str>, id: &str) -> Page {
        match council {
            Some(council) => Page::CouncilStation(council.to_owned(), id.to_owned()),
            None => Page::Station(id.to_owned()),
        }
    }

    /// The page at `path` (as in `location.pathname`, percent-encoded), or `None` for
    /// an address the app does not have. A trailing slash is ignored.
    pub fn from_path(path: &str) -> Option<Page> {
        let tail = strip_welsh_prefix(path).unwrap_or(path);
        if let Some(page) = wrapped(tail, "/easy-read", Page::has_easy_read) {
            return page.map(|page| Page::EasyRead(Box::new(page)));
        }
        if let Some(page) = wrapped(tail, "/tell-the-council", Page::is_station) {
            return page.map(|page| Page::TellTheCouncil(Box::new(page)));
        }
        let segments: Vec<&str> = tail.split('/').filter(|segment| !segment.is_empty()).collect();
        let page = match segments.as_slice() {
            [] => Page::Home,
            ["choose-address"] => Page::ChooseAddress,
            ["station", id] => Page::Station(decode_segment(id)?),
            ["station", council, id] => Page::CouncilStation(decode_segment(council)?, decode_segment(id)?),
            ["no-station"] => Page::NoStation,
            ["not-found"] => Page::NotFound,
            ["privacy"] => Page::Privacy,
            ["history"] => Page::History,
            ["elections"] => Page::Elections,
            ["ballot", id] => Page::Ballot(decode_segment(id)?),
            ["ballot", id, "paper"] => Page::BallotPaper(decode_segment(id)?),
            ["candidates"] => Page::Candidates,
            ["candidate", ballot, key] => Page::Candidate(decode_segment(ballot)?, decode_segment(key)?),
            ["settings"] => Page::Settings,
            ["voting-if-you-are-disabled"] => Page::DisabledVoting,
            ["accessibility"] => Page::Accessibility,
            ["location"] => Page::Location,
            ["places"] => Page::Places,
            ["ways-to-vote"] => Page::WaysToVote,
            ["emergency-proxy"] => Page::EmergencyProxy(Step::What),
            ["emergency-proxy", step] => Page::EmergencyProxy(Step::from_key(step).filter(|step| *step != Step::What)?),
            ["apply", kind] => Page::Apply(apply_method(kind)?, crate::pages::apply::Step::Start),
            ["apply", kind, step] => Page::Apply(apply_method(kind)?, crate::pages::apply::Step::from_segment(step)?),
            _ => return None,
        };
        Some(page)
    }
}

impl Page {
    /// Whether the page has an Easy Read version: home, a station, "voting if you are
    /// disabled".
    pub fn has_easy_read(&self) -> bool {
        matches!(self, Page::Home | Page::DisabledVoting) || self.is_station()
    }

    /// Whether the page is a station's.
    pub fn is_station(&self) -> bool {
        matches!(self, Page::Station(_) | Page::CouncilStation(..))
    }
}

/// For a path under `prefix` (`/easy-read`, `/easy-read/station/S1`): `Some` of the
/// page after it, if that is an English path of a page `allowed` takes; `None` for a
/// path not under `prefix`.
fn wrapped(tail: &str, prefix: &str, allowed: fn(&Page) -> bool) -> Option<Option<Page>> {
    let rest = tail.strip_prefix(prefix).filter(|rest| rest.is_empty() || rest.starts_with('/'))?;
    let rest = if rest.is_empty() { "/" } else { rest };
    Some(Page::from_path(rest).filter(|page| strip_welsh_prefix(rest).is_none() && allowed(page)))
}

/// The application `kind` of an `/apply/{kind}` path: `postal` or `proxy`.
fn apply_method(kind: &str) -> Option<pollcard_core::absent_vote::Method> {
    use pollcard_core::absent_vote::Method;
    [Method::Postal, Method::Proxy].into_iter().find(|method| method.key() == kind)
}

/// The language of the page at `path`: Welsh under `/cy`, English everywhere else.
pub fn language_of(path: &str) -> Language {
    if strip_welsh_prefix(path).is_some() {
        Language::Cy
    } else {
        Language::En
    }
}

/// The same page as `path` in `language`: the target of the language switch.
pub fn path_in(path: &str, language: Language) -> String {
    let tail = strip_welsh_prefix(path).unwrap_or(path);
    let tail = tail.trim_start_matches('/');
    match (language, tail.is_empty()) {
        (Language::En, _) => format!("/{tail}"),
        (Language::Cy, true) => WELSH_PREFIX.to_owned(),
        (Language::Cy, false) => format!("{WELSH_PREFIX}/{tail}"),
    }
}

/// The rest of `path` after `/cy`, if it is a Welsh path (`/cy`, `/cy/`, `/cy/…`, but
/// not `/cymru`).
fn strip_welsh_prefix(path: &str) -> Option<&str> {
    let rest = path.strip_prefix(WELSH_PREFIX)?;
    (rest.is_empty() || rest.starts_with('/')).then_some(rest)
}

/// Percent-encodes a path segment: station ids come from council data and may hold
/// spaces or slashes. Unreserved characters (RFC 3986) stay as they are.
fn encode_segment(segment: &str) -> String {
    let mut encoded = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// Decodes a percent-encoded path segment; `None` if it is not valid UTF-8 or holds a
/// broken escape.
fn decode_segment(segment: &str) -> Option<String> {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = segment.get(index + 1..index + 3)?;
            decoded.push(u8::from_str_radix(hex, 16).ok()?);
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).ok().filter(|text| !text.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_in_both_languages() {
        assert_eq!(Page::Home.path(Language::En), "/");
        assert_eq!(Page::Home.path(Language::Cy), "/cy");
        assert_eq!(Page::ChooseAddress.path(Language::Cy), "/cy/choose-address");
        assert_eq!(Page::Station("S1".into()).path(Language::En), "/station/S1");
        assert_eq!(Page::Station("Hall 2/B".into()).path(Language::Cy), "/cy/station/Hall%202%2FB");
        assert_eq!(Page::Privacy.path(Language::En), "/privacy");
    }

    #[test]
    fn pages_from_paths() {
        assert_eq!(Page::from_path("/"), Some(Page::Home));
        assert_eq!(Page::from_path("/cy"), Some(Page::Home));
        assert_eq!(Page::from_path("/cy/"), Some(Page::Home));
        assert_eq!(Page::from_path("/choose-address/"), Some(Page::ChooseAddress));
        assert_eq!(Page::from_path("/cy/privacy"), Some(Page::Privacy));
        assert_eq!(Page::from_path("/station/S1"), Some(Page::Station("S1".into())));
        assert_eq!(Page::from_path("/cy/station/Hall%202%2FB"), Some(Page::Station("Hall 2/B".into())));
        assert_eq!(Page::from_path("/station/Neuadd%20%C3%A2"), Some(Page::Station("Neuadd â".into())));
        assert_eq!(Page::from_path("/station/%ZZ"), None);
        assert_eq!(Page::from_path("/station/%FF"), None);
        assert_eq!(Page::from_path("/station"), None);
        assert_eq!(Page::from_path("/station/a/b/c"), None);
        assert_eq!(Page::from_path("/cymru"), None);
        assert_eq!(Page::from_path("/cy/cy"), None);
        assert_eq!(Page::from_path("/cy/history"), Some(Page::History));
        for page in [
            Page::Home,
            Page::ChooseAddress,
            Page::Station("S 2/B".into()),
            Page::NoStation,
            Page::Privacy,
            Page::History,
        ] {
            for language in Language::ALL {
                assert_eq!(Page::from_path(&page.path(language)), Some(page.clone()));
            }
        }
    }

    #[test]
    fn a_national_station_path_names_its_council() {
        let page = Page::station(Some("north-test"), "N 1/A");
        assert_eq!(page, Page::CouncilStation("north-test".into(), "N 1/A".into()));
        assert_eq!(page.path(Language::Cy), "/cy/station/north-test/N%201%2FA");
        assert_eq!(
            Page::from_path("/station/north-test/N1"),
            Some(Page::CouncilStation("north-test".into(), "N1".into()))
        );
        assert_eq!(Page::from_path("/station/north-test/%ZZ"), None);
        assert_eq!(Page::station(None, "S1"), Page::Station("S1".into()));
        for language in Language::ALL {
            assert_eq!(Page::from_path(&page.path(language)), Some(page.clone()));
        }
    }

    #[test]
    fn election_pages_round_trip() {
        let ballot = "local.demo-county.aberdemo.by.2026-03-12";
        assert_eq!(Page::Ballot(ballot.into()).path(Language::En), format!("/ballot/{ballot}"));
        assert_eq!(Page::BallotPaper(ballot.into()).path(Language::Cy), format!("/cy/ballot/{ballot}/paper"));
        assert_eq!(Page::from_path("/ballot/x/other"), None);
        assert_eq!(Page::from_path("/candidate/x"), None);
        for page in [
            Page::Elections,
            Page::Ballot(ballot.into()),
            Page::BallotPaper(ballot.into()),
            Page::Candidates,
            Page::Candidate(ballot.into(), "marc-le-fèvre".into()),
        ] {
            for language in Language::ALL {
                assert_eq!(Page::from_path(&page.path(language)), Some(page.clone()));
            }
        }
    }

    #[test]
    fn settings_and_accessibility_pages_round_trip() {
        assert_eq!(Page::Settings.path(Language::Cy), "/cy/settings");
        assert_eq!(Page::DisabledVoting.path(Language::En), "/voting-if-you-are-disabled");
        assert_eq!(Page::from_path("/cy/accessibility/"), Some(Page::Accessibility));
        assert_eq!(Page::from_path("/settings/x"), None);
        for page in [Page::Settings, Page::DisabledVoting, Page::Accessibility] {
            for language in Language::ALL {
                assert_eq!(Page::from_path(&page.path(language)), Some(page.clone()));
            }
        }
    }

    #[test]
    fn the_location_page_round_trips() {
        assert_eq!(Page::Location.path(Language::En), "/location");
        assert_eq!(Page::Location.path(Language::Cy), "/cy/location");
        assert_eq!(Page::from_path("/cy/location/"), Some(Page::Location));
        assert_eq!(Page::from_path("/location/52.5,-3.4"), None);
    }

    #[test]
    fn easy_read_and_tell_the_council_wrap_a_page() {
        let station = Page::CouncilStation("north".into(), "N 1".into());
        assert_eq!(Page::EasyRead(Box::new(Page::Home)).path(Language::En), "/easy-read");
        assert_eq!(Page::EasyRead(Box::new(Page::Home)).path(Language::Cy), "/cy/easy-read");
        assert_eq!(Page::EasyRead(Box::new(station.clone())).path(Language::En), "/easy-read/station/north/N%201");
        assert_eq!(
            Page::TellTheCouncil(Box::new(Page::Station("S1".into()))).path(Language::Cy),
            "/cy/tell-the-council/station/S1"
        );
        for path in [
            "/easy-read/privacy",
            "/easy-read/cy",
            "/easy-read/cy/station/S1",
            "/tell-the-council",
            "/tell-the-council/settings",
            "/easy-readx",
            "/easy-read/easy-read",
        ] {
            assert_eq!(Page::from_path(path), None, "{path}");
        }
        for page in [
            Page::EasyRead(Box::new(Page::Home)),
            Page::EasyRead(Box::new(Page::DisabledVoting)),
            Page::EasyRead(Box::new(station.clone())),
            Page::TellTheCouncil(Box::new(Page::Station("S 2/B".into()))),
            Page::TellTheCouncil(Box::new(station)),
        ] {
            for language in Language::ALL {
                assert_eq!(Page::from_path(&page.path(language)), Some(page.clone()));
            }
        }
    }

    #[test]
    fn ways_to_vote_and_the_emergency_proxy_wizard_round_trip() {
        assert_eq!(Page::WaysToVote.path(Language::Cy), "/cy/ways-to-vote");
        assert_eq!(Page::EmergencyProxy(Step::What).path(Language::En), "/emergency-proxy");
        assert_eq!(Page::EmergencyProxy(Step::TimeOfDay).path(Language::Cy), "/cy/emergency-proxy/time");
        assert_eq!(Page::from_path("/emergency-proxy/nope"), None);
        assert_eq!(Page::from_path("/emergency-proxy/"), Some(Page::EmergencyProxy(Step::What)));
        for page in [Page::WaysToVote].into_iter().chain(Step::ALL.map(Page::EmergencyProxy)) {
            for language in Language::ALL {
                assert_eq!(Page::from_path(&page.path(language)), Some(page.clone()));
            }
        }
    }

    #[test]
    fn language_comes_from_the_prefix() {
        assert_eq!(language_of("/"), Language::En);
        assert_eq!(language_of("/cy"), Language::Cy);
        assert_eq!(language_of("/cy/"), Language::Cy);
        assert_eq!(language_of("/cy/station/S1"), Language::Cy);
        assert_eq!(language_of("/cymru"), Language::En);
        assert_eq!(language_of("/station/cy"), Language::En);
    }

    #[test]
    fn switching_language_keeps_the_page() {
        assert_eq!(path_in("/", Language::Cy), "/cy");
        assert_eq!(path_in("/cy", Language::En), "/");
        assert_eq!(path_in("/cy/", Language::En), "/");
        assert_eq!(path_in("/station/S%201", Language::Cy), "/cy/station/S%201");
        assert_eq!(path_in("/cy/no-station", Language::En), "/no-station");
        assert_eq!(path_in("/cy/privacy", Language::Cy), "/cy/privacy");
        assert_eq!(path_in("/privacy", Language::En), "/privacy");
    }
}
