//! "Use my location": the polling station for where the voter is now, without a
//! postcode.
//!
//! The page says first that the position stays on the device; only a press of its
//! button asks the browser (the Geolocation API). The position then goes through
//! pollcard-core's point-in-polygon lookup against the bundle's district boundaries
//! (fetched and checked like every file) to a district, and from the district to its
//! station: the one all its addresses vote at, else the stations located inside it.
//! In a national bundle the boundaries fetched are those of the councils whose box
//! (in the index) holds the position, in turn, and the stations those of the council
//! found: a council is all the fetches reveal.
//! The position is kept only in memory ([`crate::geo_memory`]) for the station map,
//! never in a URL, storage or log. Every way this can fail — outside every district,
//! a district whose station is not announced, permission refused, no fix, too slow —
//! says so and offers the postcode search, which is always the surer way.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::bundle::{BundleIndex, DistrictBoundaries};
use pollcard_core::geo::locate::DistrictIndex;
use pollcard_core::model::{Location, PollingStation};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::routes::Page;
use crate::state::{use_app_state, AppState, CouncilStations};
use crate::{data, geo_memory};

/// Milliseconds to wait for a position before saying it could not be had.
const TIMEOUT_MS: u32 = 20_000;

/// Where the search has got to.
#[derive(Clone, Debug, PartialEq)]
enum Outcome {
    Ready,
    Asking,
    /// The station(s): (name, page path). Several where a district has several, or
    /// where overlapping boundaries put the position in more than one district.
    Stations(Vec<(String, String)>),
    /// In a district whose station the council has not announced.
    NotAnnounced,
    Outside,
    /// The bundle has no district boundaries for this council.
    NoBoundaries,
    /// The browser gave no position.
    Refused(PositionRefusal),
    /// The boundaries file could not be fetched or checked.
    Failed,
}

impl Outcome {
    /// The catalogue message saying what happened (for stations, the sentence before
    /// them); also said in the page's one live region.
    fn message(&self) -> Option<&'static str> {
        Some(match self {
            Outcome::Ready => return None,
            Outcome::Asking => "location-asking",
            Outcome::Stations(stations) if stations.len() == 1 => "location-found-one",
            Outcome::Stations(_) => "location-found-several",
            Outcome::NotAnnounced => "location-not-announced",
            Outcome::Outside => "location-outside",
            Outcome::NoBoundaries => "location-no-boundaries",
            Outcome::Refused(PositionRefusal::Denied) => "location-denied",
            Outcome::Refused(PositionRefusal::Unavailable) => "location-unavailable",
            Outcome::Refused(PositionRefusal::Timeout) => "location-timeout",
            Outcome::Failed => "location-failed",
        })
    }
}

/// The "use my location" page.
#[component]
pub fn LocationPage(index: Arc<BundleIndex>) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let home = Page::Home.path(i18n.lang());
    let outcome = RwSignal::new(Outcome::Ready);
    let national = state.national.with_value(Option::is_some);

    let on_click = move |_| {
        if outcome.get_untracked() == Outcome::Asking {
            return;
        }
        outcome.set(Outcome::Asking);
        let index = Arc::clone(&index);
        ask_position(move |answer| {
            let at = match answer {
                Ok(at) => at,
                Err(refusal) => {
                    outcome.set(Outcome::Refused(refusal));
                    return;
                }
            };
            geo_memory::set_position(Some(at));
            spawn_local(async move {
                let found = if national {
                    in_national(state, at, i18n.lang()).await
                } else {
                    match geo_memory::boundaries(state, &index).await {
                        Ok(Some(file)) => find(&index, &file, at, false, i18n.lang()),
                        Ok(None) => Outcome::NoBoundaries,
                        Err(error) => failed(&error),
                    }
                };
                outcome.set(found);
            });
        });
    };

    // What happened is said in the page's one live region; the result below is not live.
    let status = use_context::<StatusMessage>();
    Effect::new(move |_| {
        if let (Some(status), Some(key)) = (status, outcome.with(Outcome::message)) {
            status.say(i18n.t(key));
        }
    });

    // What the page says, and the result once there is one, never change once shown
    // (the result is written afresh for each outcome), so they are markup (see
    // `components::markup`).
    let link = move |html: &mut Markup, href: &str, key: &str| {
        html.open("p", "body").open_with("a", "", &[("href", href)]).text(&i18n.t(key)).close("a").close("p");
    };
    let postcode_link = home.clone();
    let result = move || {
        let shown = outcome.get();
        let lead = shown.message()?;
        let asking = shown == Outcome::Asking;
        let mut html = Markup::new();
        match shown {
            Outcome::Stations(stations) => {
                html.element("h2", "heading-m", &i18n.t("location-found-heading"));
                html.element("p", "body", &i18n.t(lead)).open("ul", "list location-stations");
                for (name, path) in stations {
                    html.open("li", "").open_with("a", "", &[("href", &path)]).text(&name).close("a").close("li");
                }
                html.close("ul").element("p", "body", &i18n.t("location-now-reminder"));
            }
            _ => {
                html.element("p", "body", &i18n.t(lead));
            }
        }
        if !asking {
            link(&mut html, &postcode_link, "location-postcode-link");
        }
        Some(html.into_view())
    };
    let mut lead = Markup::new();
    lead.element("p", "body-l", &i18n.t("location-lead")).element("p", "body", &i18n.t("location-privacy"));
    lead.element("p", "body", &i18n.t("location-now-not-registered"));
    let mut instead = Markup::new();
    link(&mut instead, &home, "location-postcode-instead");

    view! {
        <BackLink fallback=home />
        <PageHeading text=i18n.t("location-title") />
        {lead.into_view()}
        <button type="button" class="button" on:click=on_click>
            {i18n.t("location-button")}
        </button>
        <div class="location-result">{result}</div>
        {instead.into_view()}
    }
}

/// Why the browser gave no position: the Geolocation API's error codes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum PositionRefusal {
    /// Code 1: the voter (or the browser's settings) refused permission.
    Denied,
    /// Code 2, or no Geolocation API at all: the device could not get a fix.
    Unavailable,
    /// Code 3: no fix within [`TIMEOUT_MS`].
    Timeout,
}

impl PositionRefusal {
    fn from_code(code: u16) -> PositionRefusal {
        match code {
            1 => PositionRefusal::Denied,
            3 => PositionRefusal::Timeout,
            _ => PositionRefusal::Unavailable,
        }
    }
}

/// Asks the browser for the position once; `done` gets it, or why there is none.
pub(crate) fn ask_position(done: impl FnOnce(Result<Location, PositionRefusal>) + 'static) {
    let geolocation = web_sys::window().and_then(|window| window.navigator().geolocation().ok());
    let Some(geolocation) = geolocation else {
        done(Err(PositionRefusal::Unavailable));
        return;
    };
    let done = Rc::new(RefCell::new(Some(done)));
    let on_position = Rc::clone(&done);
    let success = Closure::once_into_js(move |position: web_sys::Position| {
        let coords = position.coords();
        if let Some(done) = on_position.borrow_mut().take() {
            done(Ok(Location { lat: coords.latitude(), lon: coords.longitude() }));
        }
    });
    let on_error = Rc::clone(&done);
    let failure = Closure::once_into_js(move |error: web_sys::PositionError| {
        if let Some(done) = on_error.borrow_mut().take() {
            done(Err(PositionRefusal::from_code(error.code())));
        }
    });
    let options = web_sys::PositionOptions::new();
    options.set_timeout(TIMEOUT_MS);
    options.set_maximum_age(0);
    let asked = geolocation.get_current_position_with_error_callback_and_options(
        success.unchecked_ref(),
        Some(failure.unchecked_ref()),
        &options,
    );
    if asked.is_err() {
        if let Some(done) = done.borrow_mut().take() {
            done(Err(PositionRefusal::Unavailable));
        }
    }
}

/// A national bundle: the councils whose box holds the position
/// (`NationalIndex::councils_at`), their boundaries fetched in turn until one's
/// districts hold it, each revealing no more than its council, then that council's
/// stations file, every file checked against the release; the station(s) are then
/// found as for a council bundle. A file whose positions are not places on Earth
/// holds nothing. A bundle without boxes (built before they were written) or without
/// boundaries cannot use a position.
async fn in_national(state: AppState, at: Location, language: pollcard_core::model::Language) -> Outcome {
    let (Some(national), Some(release)) = (state.national.get_value(), state.verified_release()) else {
        return Outcome::NoBoundaries;
    };
    if !national.locates_positions() {
        return Outcome::NoBoundaries;
    }
    let release = &release.manifest;
    for entry in national.councils_at(at.lon, at.lat) {
        let Some(path) = &entry.districts else { continue };
        let file = match data::load_district_boundaries(release, path, &entry.council.id).await {
            Ok(file) => file,
            Err(error) => return failed(&error),
        };
        if DistrictIndex::from_boundaries([&file]).is_ok_and(|districts| !districts.locate(at.lon, at.lat).is_outside())
        {
            return match data::load_council_stations(release, &national, entry).await {
                Ok(index) => {
                    let found = find(&index, &file, at, true, language);
                    // The station pages linked to read the council's stations from here.
                    state.council_stations.set_value(Some(CouncilStations::Ready(Arc::new(index))));
                    found
                }
                Err(error) => failed(&error),
            };
        }
    }
    Outcome::Outside
}

fn failed(error: &data::DataError) -> Outcome {
    leptos::logging::error!("Pollcard could not load the district boundaries: {error}");
    Outcome::Failed
}

/// The stations for a position: of the district(s) holding it, each district's own
/// station (all its addresses vote there) or else the stations located inside it.
fn find(
    index: &BundleIndex,
    file: &DistrictBoundaries,
    at: Location,
    national: bool,
    language: pollcard_core::model::Language,
) -> Outcome {
    let districts = match DistrictIndex::from_boundaries([file]) {
        Ok(districts) => districts,
        Err(error) => {
            leptos::logging::error!("Pollcard could not read the district boundaries: {error}");
            return Outcome::Failed;
        }
    };
    let located = districts.locate(at.lon, at.lat);
    if located.is_outside() {
        return Outcome::Outside;
    }
    let mut stations: Vec<&PollingStation> = Vec::new();
    for id in &located.districts {
        let own = index
            .districts
            .iter()
            .find(|district| district.id == id.district)
            .and_then(|district| district.station_id.as_ref())
            .and_then(|station| index.station(station.as_str()));
        let inside = index
            .stations
            .iter()
            .filter(|station| station.location.is_some_and(|l| districts.locate(l.lon, l.lat).districts.contains(id)));
        for station in own.into_iter().chain(if own.is_some() { None } else { Some(inside) }.into_iter().flatten()) {
            if !stations.iter().any(|known| known.id == station.id) {
                stations.push(station);
            }
        }
    }
    if stations.is_empty() {
        return Outcome::NotAnnounced;
    }
    let council = national.then_some(index.council.id.as_str());
    Outcome::Stations(
        stations
            .into_iter()
            .map(|station| (station.name.clone(), Page::station(council, station.id.as_str()).path(language)))
            .collect(),
    )
}
