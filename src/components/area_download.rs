//! "Download all data for this area", offered after a lookup in a national bundle
//! wherever the voter is left with its answer: the station page, the address picker
//! and the home page they come back to. A station page opened by its address (a
//! bookmark or a reload: no lookup in memory) offers the station's own postcode area
//! instead, with its council's stations, since that area is the one the page reveals
//! anyway; a station without a postcode has no area to offer.
//!
//! A lookup fetches only its postcode area's station-lookup shard, and the service
//! worker keeps it. This fetches the rest of the area — its full address list and
//! its councils' stations too — so everything about the area is on the device for
//! use without a connection. The requests name only the area and its councils, like
//! the lookup's; nothing is fetched unless the voter asks.

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::bundle::national::ShardBy;
use pollcard_core::postcode::Postcode;

use crate::components::offline_notices::StatusMessage;
use crate::data;
use crate::i18n::use_i18n;
use crate::state::{use_app_state, CouncilStations};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Download {
    Idle,
    Busy,
    Done,
    Failed,
}

/// The offer, for the area of the last lookup, or without one for the area of
/// `station_postcode` (a station page opened by its address, whose council's
/// stations are then in memory); nothing for a single-council bundle, without
/// either, or for an area the bundle does not cover.
#[component]
pub fn AreaDownload(
    /// On a station page, the station's postcode.
    #[prop(default = None)]
    station_postcode: Option<String>,
) -> impl IntoView {
    let state = use_app_state();
    let i18n = use_i18n();
    let national = state.national.get_value()?;
    // `station_council`: the station's council when the offer is for its area.
    let (area, station_council) = match state.lookup.get_untracked() {
        Some(lookup) => (Postcode::parse(lookup.postcode()).ok()?.area().to_owned(), None),
        None => {
            let postcode = Postcode::parse(station_postcode.as_deref()?).ok()?;
            let council = state.council_stations.with_value(|known| match known {
                Some(CouncilStations::Ready(index)) => Some(index.council.id.clone()),
                _ => None,
            })?;
            (postcode.area().to_owned(), Some(council))
        }
    };
    if national.area_keys(&area).is_empty() {
        return None;
    }
    let body = if station_council.is_some() { "area-download-station-body" } else { "area-download-body" };
    let status = RwSignal::new(Download::Idle);
    // What happens is said in the page's one live region; the text here stays visible.
    let said = use_context::<StatusMessage>();
    let done = i18n.t_with("area-download-done", &[("area", area.clone().into())]);
    let failed = i18n.t("area-download-failed");
    let on_click = {
        let (area, station_council) = (area.clone(), station_council.clone());
        let (done, failed) = (done.clone(), failed.clone());
        move |_| {
            let Some(release) = state.verified_release() else { return };
            if status.get_untracked() == Download::Busy {
                return;
            }
            status.set(Download::Busy);
            let (national, area) = (national.clone(), area.clone());
            let (done, failed) = (done.clone(), failed.clone());
            // The area's councils: those its lookup shard (the last read, this
            // area's) names, or the station's own, and with council shards the
            // shards' own keys.
            let mut councils = match &station_council {
                Some(council) => vec![council.clone()],
                None => state.lookup_shard.get_value().map(|shard| shard.councils.clone()).unwrap_or_default(),
            };
            if national.shard_by == ShardBy::Council {
                for key in national.area_keys(&area) {
                    if !councils.iter().any(|council| council == key) {
                        councils.push(key.to_owned());
                    }
                }
            }
            spawn_local(async move {
                let outcome = data::download_area(&release.manifest, &national, &area, &councils).await;
                if let Err(problem) = &outcome {
                    leptos::logging::error!("Downloading the area's data failed: {problem}");
                }
                status.set(if outcome.is_ok() { Download::Done } else { Download::Failed });
                if let Some(said) = said {
                    said.say(if outcome.is_ok() { done } else { failed });
                }
            });
        }
    };
    let message = move || match status.get() {
        Download::Idle => String::new(),
        Download::Busy => i18n.t("area-download-busy"),
        Download::Done => done.clone(),
        Download::Failed => failed.clone(),
    };
    Some(view! {
        <h2 class="heading-m">{i18n.t("area-download-heading")}</h2>
        <p class="body">{i18n.t_with(body, &[("area", area.into())])}</p>
        <p class="body">
            <button
                type="button"
                class="button button-inline area-download"
                on:click=on_click
                aria-disabled=move || (status.get() == Download::Busy).then_some("true")
            >
                {i18n.t("area-download-button")}
            </button>
        </p>
        <p class="body area-download-status">{message}</p>
    })
}
