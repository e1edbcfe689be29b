//! The offline map on a station page: an inline SVG of the polling district, the
//! station and (when "use my location" found it in this visit) the voter, with a scale
//! bar, a north arrow and zoom buttons.
//!
//! Everything is drawn from the bundle: no tiles, no request to anyone but Pollcard's
//! own checked boundaries file. The geometry comes from pollcard-core
//! ([`pollcard_core::geo::map::draw_map`], tested natively); this only turns its
//! numbers into elements. Styling is by classes and SVG presentation attributes (the
//! Content-Security-Policy allows no `style`). Zooming is by two real buttons, so it
//! needs no dragging (WCAG 2.5.7). The map is an image with a name; the text beside it
//! says how far and which way the station is, and the page's "getting there" text
//! follows. Shown only when the bundle has the station's district boundary.
//!
//! The links to another map app or website carry the station's coordinates only.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::geo::bearing::{direction, CompassPoints};
use pollcard_core::geo::map::{draw_map, MapRequest};
use pollcard_core::model::{Boundary, Location, PollingStation};

use crate::geo_memory;
use crate::i18n::use_i18n;
use crate::state::use_app_state;

const WIDTH: f64 = 400.0;
const HEIGHT: f64 = 300.0;
const MARGIN: f64 = 24.0;

/// The map and its text, once the station's district boundary has arrived; the
/// external directions whenever the station has a location.
#[component]
pub fn StationMap(station: PollingStation) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let boundary: RwSignal<Option<Arc<Boundary>>> = RwSignal::new(None);
    let zoom = RwSignal::new(0u8);
    let location = station.location;
    let district = state.index().and_then(|index| {
        let id = index.districts.iter().find(|d| d.station_id.as_ref() == Some(&station.id))?.id.clone();
        Some((index, id))
    });
    if let (Some((index, id)), Some(_)) = (district, location) {
        spawn_local(async move {
            match geo_memory::boundaries(state, &index).await {
                Ok(Some(file)) => boundary.set(file.boundary(&id).cloned().map(Arc::new)),
                Ok(None) => {}
                Err(error) => leptos::logging::error!("Pollcard could not load the district boundaries: {error}"),
            }
        });
    }
    let voter = geo_memory::position();
    let label = i18n.t_with("map-label", &[("station", station.name.clone().into())]);
    let text = voter.zip(location).map(|(from, to)| {
        let way = direction(from, to, CompassPoints::Eight);
        i18n.t_with(
            "map-direction",
            &[
                ("distance", way.distance.number().into()),
                ("unit", way.distance.unit.key().into()),
                ("direction", i18n.t(&format!("compass-{}", way.compass.key())).into()),
            ],
        )
    });

    let geometry = Memo::new(move |_| {
        let boundary = boundary.get()?;
        Some(draw_map(&MapRequest {
            district: Some(&boundary),
            station: location,
            voter,
            zoom: zoom.get(),
            width: WIDTH,
            height: HEIGHT,
            margin: MARGIN,
        }))
    });
    let drawing = move || {
        let geometry = geometry.get()?;
        let station_mark = geometry.station.map(|[x, y]| {
            view! { <circle class="map-station" cx=whole(x) cy=whole(y) r="8" stroke-width="3" /> }
        });
        let voter_mark = geometry.voter.map(|[x, y]| {
            view! { <circle class="map-you" cx=whole(x) cy=whole(y) r="6" stroke-width="3" /> }
        });
        let bar = geometry.scale_bar;
        let bar_end = 16 + whole(bar.length);
        let bar_label = format!("{} {}", bar.label.number(), bar.label.unit.key());
        Some(view! {
            <path class="map-district" d=geometry.district_path fill-rule="evenodd" stroke-width="3" />
            {voter_mark}
            {station_mark}
            <g class="map-scale" stroke-width="3">
                <path d=format!("M16 276 L{bar_end} 276 M16 270 L16 282 M{bar_end} 270 L{bar_end} 282") />
                <text x="16" y="262" stroke-width="0">{bar_label}</text>
            </g>
        })
    };
    let closest = move || geometry.with(|g| g.as_ref().is_none_or(|g| g.zoom >= g.max_zoom));
    let farthest = move || zoom.get() == 0;
    // Built once the boundary is there; only the drawing inside follows the zoom, so
    // the buttons (and the keyboard focus on them) stay put.
    let map = move || {
        boundary.with(Option::is_some).then(|| {
            view! {
                <figure class="station-map">
                    <svg class="station-map-svg" viewBox="0 0 400 300" role="img" aria-label=label.clone()>
                        <rect class="map-ground" x="0" y="0" width="400" height="300" />
                        {drawing}
                        <g class="map-north">
                            <path d="M376 14 L386 40 L376 34 L366 40 Z" />
                            <text x="376" y="58" text-anchor="middle">{i18n.t("map-north")}</text>
                        </g>
                    </svg>
                    <div class="map-zoom">
                        <button
                            type="button"
                            class="button button-secondary map-zoom-button"
                            aria-disabled=move || closest().then_some("true")
                            on:click=move |_| {
                                if !closest() {
                                    zoom.update(|level| *level += 1);
                                }
                            }
                        >
                            {i18n.t("map-zoom-in")}
                        </button>
                        <button
                            type="button"
                            class="button button-secondary map-zoom-button"
                            aria-disabled=move || farthest().then_some("true")
                            on:click=move |_| zoom.update(|level| *level = level.saturating_sub(1))
                        >
                            {i18n.t("map-zoom-out")}
                        </button>
                    </div>
                </figure>
            }
        })
    };

    view! {
        {map}
        {text.map(|text| view! { <p class="body station-map-text">{text}</p> })}
        {location.map(external_links)}
    }
}

/// Links to the device's map app and a web map, with the station's position only.
fn external_links(at: Location) -> impl IntoView {
    let i18n = use_i18n();
    let (lat, lon) = (degrees(at.lat), degrees(at.lon));
    let app = format!("geo:{lat},{lon}");
    let web = format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}");
    view! {
        <h3 class="heading-s">{i18n.t("map-external-heading")}</h3>
        <p class="body">{i18n.t("map-external-note")}</p>
        <ul class="list">
            <li><a href=app rel="external noopener noreferrer">{i18n.t("map-external-app")}</a></li>
            <li><a href=web rel="external noopener noreferrer">{i18n.t("map-external-web")}</a></li>
        </ul>
    }
}

/// An SVG coordinate in whole units (integer formatting: no float printer in the wasm).
fn whole(value: f64) -> i64 {
    value.round() as i64
}

/// Degrees to five decimal places (about a metre), written without the float printer.
fn degrees(value: f64) -> String {
    let scaled = (value * 100_000.0).round() as i64;
    let sign = if scaled < 0 { "-" } else { "" };
    let (whole, part) = (scaled.unsigned_abs() / 100_000, scaled.unsigned_abs() % 100_000);
    format!("{sign}{whole}.{part:05}")
}

#[cfg(test)]
mod tests {
    use super::degrees;

    #[test]
    fn degrees_keep_five_places_and_their_sign() {
        assert_eq!(degrees(52.52113), "52.52113");
        assert_eq!(degrees(-3.47952), "-3.47952");
        assert_eq!(degrees(-0.000004), "0.00000");
        assert_eq!(degrees(-0.5), "-0.50000");
    }
}
