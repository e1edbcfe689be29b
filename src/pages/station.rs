//! A polling station: where it is, when it is open, and how accessible it is.
//! Station ids are public, so `/station/{id}` works from a bookmark or a reload; so
//! does a national bundle's `/station/{council}/{id}`, which fetches the council's
//! stations file when no lookup in memory holds the station ([`show_in_council`]).

use leptos::prelude::*;
use pollcard_core::model::{PollingStation, TwelveHourTime};

use crate::components::accessibility_list::accessibility_list;
use crate::components::area_download::AreaDownload;
use crate::components::back_link::BackLink;
use crate::components::dead_end::DeadEnd;
use crate::components::localized_text::localized_paragraph;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::components::read_aloud::ReadAloud;
use crate::components::station_changed_notice::station_changed_notice;
use crate::components::station_map::StationMap;
use crate::i18n::{use_i18n, I18n};
use crate::pages::{Loading, ServiceUnavailable};
use crate::routes::Page;
use crate::state::{use_app_state, StationFound};
use crate::{mount, Shown};

/// A station: where, when, how accessible.
#[component]
pub fn StationPage(
    /// The station, from the bundle.
    station: PollingStation,
) -> impl IntoView {
    let i18n = use_i18n();
    let home = Page::Home.path(i18n.lang());
    // Only a lookup in this visit can say the voter's station changed: after a
    // reload (or from a bookmark) the page cannot know whose station it is.
    let changed = use_app_state()
        .lookup
        .with_untracked(|lookup| lookup.as_ref().is_some_and(|lookup| lookup.station_changed_at(&station.id)));
    let map_station = station.clone();
    let facts = crate::pages::station_facts(i18n, &station);
    // "Tell the council" about the station of this page (a national one keeps its council).
    let tell = Page::from_path(&crate::router::use_router().path_untracked())
        .filter(Page::is_station)
        .map(|page| Page::TellTheCouncil(Box::new(page)).path(i18n.lang()));
    crate::pages::places::start_from_station(&station.id);
    let also_vote = crate::pages::voting_places::station_note(&station.id);
    let hand_in = use_app_state()
        .index()
        .is_some_and(|index| pollcard_core::geo::places::postal_hand_in_allowed(index.council.nation));
    let PollingStation { name, address, postcode, opening_hours, accessibility, .. } = station;
    let lang = i18n.lang();
    let link = |html: &mut Markup, href: &str, text: &str| {
        html.open("p", "body").open_with("a", "", &[("href", href)]).text(text).close("a").close("p");
    };

    // Everything but the heading, "Read aloud", the map and the download offer never
    // changes once shown, so it is written as markup (see `components::markup`).
    let mut caption = Markup::new();
    caption.element("p", "caption", &i18n.t("station-caption"));

    let mut place = Markup::new();
    place.open("p", "body-l station-address").text(&address);
    if let Some(postcode) = &postcode {
        place.open("br", "").text(postcode);
    }
    place.close("p");
    if changed {
        station_changed_notice(&mut place, i18n);
    }
    let confirmed = match accessibility.confirmed_on.as_deref() {
        Some(date) => i18n.t_with("provenance-confirmed", &[("date", i18n.data_date_on(date).into())]),
        None => i18n.t("provenance-confirmed-unknown"),
    };
    place.element("p", "body station-provenance station-confirmed", &confirmed);

    let mut facts_shown = Markup::new();
    let html = &mut facts_shown;
    html.element("h2", "heading-m", &i18n.t("opening-hours-heading"));
    let hours = i18n.t_with(
        "opening-hours",
        &[
            ("opens", clock_time(i18n, opening_hours.opens).into()),
            ("closes", clock_time(i18n, opening_hours.closes).into()),
        ],
    );
    html.element("p", "body station-hours", &hours);
    let queue = i18n.t_with("opening-hours-queue", &[("closes", clock_time(i18n, opening_hours.closes).into())]);
    html.element("p", "body", &queue);
    html.element("h2", "heading-m", &i18n.t("accessibility-heading"));
    if accessibility.is_unsurveyed() {
        html.element("p", "body", &i18n.t("accessibility-unsurveyed"));
    }
    accessibility_list(html, &accessibility);
    if let Some(date) = accessibility.surveyed_on.as_deref() {
        let surveyed = i18n.t_with("provenance-surveyed", &[("date", i18n.data_date_on(date).into())]);
        html.element("p", "body station-provenance", &surveyed);
    }
    html.element("h2", "heading-m", &i18n.t("getting-there-heading"));
    localized_paragraph(html, &accessibility.getting_there, "no-information");

    let mut advice = Markup::new();
    let html = &mut advice;
    html.element("h2", "heading-m", &i18n.t("at-the-station-heading"));
    localized_paragraph(html, &accessibility.at_the_station, "no-information");
    html.element("h2", "heading-m", &i18n.t("not-suitable-heading"));
    html.element("p", "body", &i18n.t("not-suitable-body"));
    html.element("p", "body", &i18n.t("not-suitable-contact"));
    link(html, &Page::DisabledVoting.path(lang), &i18n.t("disabled-voting-station-link"));
    link(html, &Page::WaysToVote.path(lang), &i18n.t("wtv-link-from"));
    if let Some(tell) = tell {
        link(html, &tell, &i18n.t("tell-station-link"));
    }

    let hand_in = hand_in.then(|| {
        let mut html = Markup::new();
        link(&mut html, &Page::Places.path(lang), &i18n.t("places-link"));
        html.into_view()
    });
    let mut onward = Markup::new();
    link(&mut onward, &Page::Elections.path(lang), &i18n.t("elections-link"));
    link(&mut onward, &home, &i18n.t("search-again"));

    view! {
        <BackLink fallback=home />
        {caption.into_view()}
        <PageHeading text=name />
        {place.into_view()}
        <ReadAloud text=facts />
        {facts_shown.into_view()}
        <StationMap station=map_station />
        {advice.into_view()}
        {also_vote}
        {hand_in}
        <AreaDownload station_postcode=postcode />
        {onward.into_view()}
    }
}

/// Mounts in `main` the page of station `id` of `council` (a national bundle): the
/// station, "Loading…" while its council's stations arrive (the page is then shown
/// again), the unknown-station page, or the service problem page.
pub fn show_in_council(main: &web_sys::Element, council: &str, id: &str) -> Shown {
    show_found(main, use_app_state().council_station(council, id), |station| {
        mount(main, move || view! { <StationPage station /> })
    })
}

/// Mounts in `main` what `show` builds for a station that was `found`; else
/// "Loading…", the unknown-station page or the service problem page.
pub fn show_found(main: &web_sys::Element, found: StationFound, show: impl FnOnce(PollingStation) -> Shown) -> Shown {
    match found {
        StationFound::Station(station) => show(*station),
        StationFound::Unknown => mount(main, UnknownStation),
        StationFound::Loading => mount(main, Loading),
        StationFound::Failed(error) => {
            let unverified = matches!(*error, crate::data::DataError::Unverified(_));
            let detail = error.to_string();
            mount(main, move || view! { <ServiceUnavailable detail unverified /> })
        }
    }
}

/// "7am", "10pm", "7:30am" in the page's language.
pub fn clock_time(i18n: I18n, minutes: u16) -> String {
    let time = TwelveHourTime::from_minutes(minutes);
    let minutes = time.minutes_shown().unwrap_or_else(|| "none".to_owned());
    let period = if time.pm { "pm" } else { "am" };
    i18n.t_with("clock-time", &[("hour", time.hour.into()), ("minutes", minutes.into()), ("period", period.into())])
}

/// A station id that the bundle does not have (an old bookmark, or a typo).
#[component]
pub fn UnknownStation() -> impl IntoView {
    view! { <DeadEnd title="unknown-station-title" body="unknown-station-body" link="search-again" as_button=true /> }
}
