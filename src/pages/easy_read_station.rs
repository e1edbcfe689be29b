//! A station's Easy Read page (`/easy-read/station/…`), written from the station's
//! real facts in the bundle: its name and address, its opening hours, and what is
//! known (and not known) about its accessibility. Also what the station's other pages
//! share: finding the station a wrapped page is about ([`show_for_station`]) and the
//! key facts the "Read aloud" button reads ([`station_facts`]).

use leptos::prelude::*;
use pollcard_core::bundle::BundleIndex;
use pollcard_core::model::{Availability, PollingStation};

use crate::i18n::{use_i18n, I18n};
use crate::pages::clock_time;
use crate::pages::easy_read::easy_read_page;
use crate::routes::Page;
use crate::state::{use_app_state, StationFound};
use crate::{mount, Shown};

/// The pictures of a station's Easy Read items, in order: where, when, how
/// accessible, help, telling the council.
pub const PICTURES: [&str; 5] = ["station", "clock", "access", "help", "email"];

/// Mounts in `main` what `show` builds for the station of `page` (a station's page:
/// [`Page::Station`] from `index`, or [`Page::CouncilStation`] of a national bundle),
/// or "Loading…", the unknown-station page or the service problem page.
pub fn show_for_station(
    main: &web_sys::Element,
    index: &BundleIndex,
    page: &Page,
    show: impl FnOnce(PollingStation) -> Shown,
) -> Shown {
    let found = match page {
        Page::CouncilStation(council, id) => use_app_state().council_station(council, id),
        Page::Station(id) => {
            index.station(id).map_or(StationFound::Unknown, |station| StationFound::Station(Box::new(station.clone())))
        }
        _ => StationFound::Unknown,
    };
    super::station::show_found(main, found, show)
}

/// The station's opening hours as "7am to 10pm" words: (opens, closes).
fn hours(i18n: I18n, station: &PollingStation) -> (String, String) {
    (clock_time(i18n, station.opening_hours.opens), clock_time(i18n, station.opening_hours.closes))
}

/// The station's key facts as sentences to read aloud: name, address, opening hours,
/// and each accessibility feature with its answer.
pub fn station_facts(i18n: I18n, station: &PollingStation) -> String {
    let (opens, closes) = hours(i18n, station);
    let mut text = i18n.t_with(
        "read-aloud-station",
        &[
            ("name", station.name.clone().into()),
            ("address", station.address.clone().into()),
            ("opens", opens.into()),
            ("closes", closes.into()),
        ],
    );
    if !station.accessibility.is_unsurveyed() {
        for (feature, availability) in station.accessibility.all_features() {
            let answer = i18n.t_with("availability", &[("state", availability.key().into())]);
            text.push_str(&format!("\n{}: {answer}.", i18n.t(&format!("feature-{}", feature.key()))));
        }
    }
    text
}

/// The Easy Read page of the station of `page`.
pub fn show_easy_read_station(main: &web_sys::Element, index: &BundleIndex, page: &Page) -> Shown {
    let standard = page.clone();
    show_for_station(main, index, page, move |station| mount(main, move || easy_read_station(station, standard)))
}

/// The station's items: where, when, how accessible, help, and telling the council.
fn easy_read_station(station: PollingStation, standard: Page) -> impl IntoView {
    let i18n = use_i18n();
    let (opens, closes) = hours(i18n, &station);
    let place = [("name", station.name.clone().into()), ("address", station.address.clone().into())];
    let access = &station.accessibility;
    let access_text = if access.is_unsurveyed() {
        i18n.t("easy-read-station-unsurveyed")
    } else {
        let mut text = String::new();
        for state in [Availability::Yes, Availability::No, Availability::Unknown] {
            let names: Vec<String> = access
                .all_features()
                .filter(|(_, availability)| *availability == state)
                .map(|(feature, _)| format!("\n- {}", i18n.t(&format!("feature-{}", feature.key()))))
                .collect();
            if !names.is_empty() {
                text.push_str(&i18n.t_with("easy-read-station-features", &[("state", state.key().into())]));
                text.push_str(&names.concat());
                text.push('\n');
            }
        }
        text
    };
    let texts = [
        i18n.t_with("easy-read-station-where", &place),
        i18n.t_with("easy-read-station-open", &[("opens", opens.into()), ("closes", closes.into())]),
        access_text,
        i18n.t("easy-read-station-help"),
        i18n.t("easy-read-station-tell"),
    ];
    let items = PICTURES.into_iter().zip(texts).collect();
    let links = vec![
        (Page::TellTheCouncil(Box::new(standard.clone())).path(i18n.lang()), i18n.t("tell-title")),
        (Page::EasyRead(Box::new(Page::DisabledVoting)).path(i18n.lang()), i18n.t("easy-read-disabled-title")),
    ];
    easy_read_page(i18n.t_with("easy-read-station-title", &place[..1]), &standard, items, links)
}
