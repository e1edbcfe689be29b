//! Choosing a place: the polling stations where a postal vote may be handed in on
//! polling day (any station of the council area, in Great Britain), nearest first,
//! filtered by what the voter needs.
//!
//! The list starts from the voter's position when "use my location" gave one in this
//! visit (kept in memory only, [`crate::geo_memory`]), else from the station whose
//! page linked here, else from the station of the lookup in memory; without any of
//! them it keeps the bundle's order and says how to get a nearest-first list. The
//! ordering, filters ("unknown" never passes) and directions are pollcard-core's
//! ([`pollcard_core::geo::places`]). Lean by design: the boxes and the list are
//! [`Markup`]; one `change` handler on the form reads which box changed and the list
//! is rebuilt. Each change says the new count once, in the page's one live region.
//!
//! Where the council has advance voting places or polling-day hubs, the page lists
//! first the ones the voter may use, with the same filters
//! ([`super::voting_places`]), and the hand-in stations follow under their own
//! heading.

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use leptos::tachys::html::InertElement;
use pollcard_core::bundle::BundleIndex;
use pollcard_core::geo::bearing::Direction;
use pollcard_core::geo::nearest::AccessFilter;
use pollcard_core::geo::places::{choose, postal_hand_in_allowed, FilterSet, Nearness};
use pollcard_core::model::{Location, PollingStation, StationId};

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::data::LookupResult;
use crate::geo_memory;
use crate::i18n::{use_i18n, I18n};
use crate::routes::Page;
use crate::state::use_app_state;
use wasm_bindgen::JsCast;

thread_local! {
    /// The station whose page last linked here: where the list starts.
    static FROM_STATION: RefCell<Option<StationId>> = const { RefCell::new(None) };
}

/// Remembers (in memory, for this visit) the station whose page the voter is on, so
/// that the list of places starts from it.
pub fn start_from_station(id: &StationId) {
    FROM_STATION.with_borrow_mut(|from| *from = Some(id.clone()));
}

/// Where the list starts: the voter's position, or a station (by name).
enum Start {
    You(Location),
    Station(Location, String),
    Nowhere,
}

/// The station the list starts from when it does not start from the voter: the one
/// whose page linked here, else the lookup's.
fn from_station() -> Option<StationId> {
    let looked_up = use_app_state().lookup.with_untracked(|lookup| match lookup {
        Some(LookupResult::Station { station, .. }) => Some(station.clone()),
        Some(other) => other.chosen_address().and_then(|address| address.station.clone()),
        None => None,
    });
    FROM_STATION.with_borrow(Clone::clone).or(looked_up)
}

fn start(index: &BundleIndex) -> Start {
    if let Some(at) = geo_memory::position() {
        return Start::You(at);
    }
    let station = from_station().and_then(|id| index.station(id.as_str()));
    match station.and_then(|station| Some((station.location?, station.name.clone()))) {
        Some((at, name)) => Start::Station(at, name),
        None => Start::Nowhere,
    }
}

/// The page: the hand-in rules, the filters and the list.
#[component]
pub fn PlacesPage(index: Arc<BundleIndex>) -> impl IntoView {
    let i18n = use_i18n();
    let home = Page::Home.path(i18n.lang());
    let voting = super::voting_places::voting_places(&index);
    let district = voting.as_ref().and_then(|_| super::voting_places::voter_district(&index, from_station().as_ref()));
    // The hand-in rules: the page's opening, or with voting places, their own section.
    let mut intro = Markup::new();
    let mut rules = Markup::new();
    let with_places = voting.is_some();
    let hand_in = if with_places { &mut rules } else { &mut intro };
    if with_places {
        hand_in.element("h2", "heading-m", &i18n.t("places-title"));
    }
    let allowed = postal_hand_in_allowed(index.council.nation);
    if !allowed {
        hand_in.element("p", "body", &i18n.t("places-ni"));
    } else if index.stations.is_empty() {
        hand_in.element("p", "body", &i18n.t("places-no-stations"));
    }
    let listed = allowed && !index.stations.is_empty();
    if listed {
        hand_in.element("p", "body-l", &i18n.t("places-rules"));
        if !with_places {
            // Hubs and advance voting are other places to vote in person.
            hand_in.element("p", "body", &i18n.t("places-own-station"));
        }
    }
    let rules = with_places.then(|| rules.into_html());
    let start = start(&index);
    let (at, from) = match &start {
        Start::You(at) => (Some(*at), i18n.t("places-from-you")),
        Start::Station(at, name) => {
            (Some(*at), i18n.t_with("places-from-station", &[("station", name.as_str().into())]))
        }
        Start::Nowhere => (None, i18n.t("places-from-nowhere")),
    };
    if listed || with_places {
        intro.element("p", "body", &from);
    }

    let filters = RwSignal::new(FilterSet::default());
    let status = use_context::<StatusMessage>();
    let national = use_app_state().national.with_value(Option::is_some);
    let list_index = Arc::clone(&index);
    let list = move || {
        let set = filters.get();
        let groups = voting
            .as_ref()
            .and_then(|file| file.get())
            .map(|file| super::voting_places::groups(i18n, &list_index, &file, district.as_ref(), at, set).into_view());
        let stations = listed.then(|| place_list(i18n, &list_index, at, set, national).1.into_view());
        (groups, rules.clone().map(InertElement::new), stations)
    };
    // One handler for every box, on the form around them (the boxes are plain markup).
    let on_change = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some((filter, on)) =
            input.and_then(|input| Some((AccessFilter::from_key(&input.value())?, input.checked())))
        else {
            return;
        };
        filters.update(|set| *set = set.with(filter, on));
        let (count, _) = place_list(i18n, &index, at, filters.get_untracked(), national);
        if let Some(status) = status {
            status.say(count);
        }
    };

    view! {
        <BackLink fallback=home.clone() />
        <PageHeading text=i18n.t(if with_places { "places-title-voting" } else { "places-title" }) />
        {intro.into_view()}
        {(listed || with_places).then(|| view! { <div class="form-group" on:change=on_change>{filter_form(i18n).into_view()}</div> })}
        {list}
        <p class="body"><a href=home>{i18n.t("search-again")}</a></p>
    }
}

/// The GOV.UK checkboxes, one per filter, as markup: a box's `value` is its filter's key.
fn filter_form(i18n: I18n) -> Markup {
    let mut form = Markup::new();
    form.open_with("fieldset", "fieldset", &[("aria-describedby", "places-filter-hint")]);
    form.element("legend", "fieldset-legend label-m", &i18n.t("places-filter-legend"));
    form.open_with("div", "hint", &[("id", "places-filter-hint")]).text(&i18n.t("places-filter-hint")).close("div");
    form.open("div", "radios");
    for filter in AccessFilter::ALL {
        let key = filter.key();
        let id = format!("places-filter-{key}");
        let label = match filter {
            AccessFilter::StepFree => i18n.t("places-filter-step_free"),
            other => i18n.t(&format!("feature-{}", other.key())),
        };
        form.open("div", "radio-item");
        form.open_with("input", "checkbox-input", &[("type", "checkbox"), ("id", &id), ("value", key)]);
        form.open_with("label", "radio-label", &[("for", &id)]).text(&label).close("label");
        form.close("div");
    }
    form.close("div").close("fieldset");
    form
}

/// The count sentence and the list, for `set` ticked.
fn place_list(
    i18n: I18n,
    index: &BundleIndex,
    at: Option<Location>,
    set: FilterSet,
    national: bool,
) -> (String, Markup) {
    let language = i18n.lang();
    let choice = choose(at, &index.stations, &set.filters());
    let count =
        i18n.t_with("places-count", &[("shown", choice.places.len().into()), ("total", index.stations.len().into())]);
    let mut html = Markup::new();
    html.element("p", "body places-count", &count);
    if choice.places.is_empty() {
        html.element("p", "body", &i18n.t("places-none"));
    }
    html.open("ol", "list places-list");
    let council = national.then_some(index.council.id.as_str());
    for listed in &choice.places {
        let PollingStation { id, name, address, postcode, .. } = listed.place;
        let path = Page::station(council, id.as_str()).path(language);
        html.open("li", "places-item");
        html.open_with("a", "places-name", &[("href", &path)]).text(name).close("a");
        let mut line = address.clone();
        if let Some(postcode) = postcode {
            line.push_str(", ");
            line.push_str(postcode);
        }
        html.element("p", "body places-address", &line);
        let nearness = match listed.nearness {
            Nearness::Here => i18n.t("places-here"),
            Nearness::Away(way) => away(i18n, way),
            Nearness::Unknown if at.is_some() => i18n.t("places-no-location"),
            Nearness::Unknown => String::new(),
        };
        if !nearness.is_empty() {
            html.element("p", "body places-distance", &nearness);
        }
        html.close("li");
    }
    html.close("ol");
    (count, html)
}

/// "About 450 m north-east".
pub(super) fn away(i18n: I18n, way: Direction) -> String {
    i18n.t_with(
        "places-away",
        &[
            ("distance", way.distance.number().into()),
            ("unit", way.distance.unit.key().into()),
            ("direction", i18n.t(&format!("compass-{}", way.compass.key())).into()),
        ],
    )
}
