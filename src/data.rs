//! All of the app's data access: fetching the bundle index, postcode-area shards and
//! translation catalogues from the app's own origin, with typed errors.
//!
//! Only three kinds of request ever leave the page, all same-origin and none carrying
//! anything the voter typed: `data/bundle.json`, `data/<shard>` for a whole postcode
//! area (or, in a national bundle sharded by council, a whole council), and
//! `i18n/<language>.ftl`.
//!
//! A national bundle (`docs/bundle-format.md`, "National bundles") is looked up by
//! fetching the one station-lookup shard of the postcode's area and turning the
//! postcode's entry into a one-council view, which the pages then show exactly as
//! they show a single-council bundle. The service worker keeps every shard fetched
//! for offline use; [`download_area`] fetches the rest of an area. A station page
//! of a national bundle opened by its address (`/station/{council}/{id}`: station
//! ids are unique only within a council) fetches that council's stations file
//! ([`load_council_stations`]), which names the council and nothing more. "Use my
//! location" fetches the district boundaries of the councils whose box holds the
//! position, then the stations file of the one whose districts do
//! (`pages::location`): a council, coarser than a postcode area.
//!
//! A file fetched before the service worker controls the page (the very first
//! visit) is fetched again once it does, so that the worker checks it and keeps it
//! for offline use like any other.

use std::sync::Arc;

use pollcard_core::bundle::national::{
    council_index, AnyIndex, CouncilEntry, CouncilView, LookupShard, NationalIndex, StationsFile,
};
use pollcard_core::bundle::{AddressRecord, BundleError, BundleIndex, PostcodeShard, INDEX_FILE};
use pollcard_core::elections::{ElectionsFile, ELECTIONS_FILE};
use pollcard_core::lookup::{lookup_postcode, LookupOutcome};
use pollcard_core::model::{Language, StationId};
use pollcard_core::postcode::Postcode;
use pollcard_core::release::{check_file, ReleaseError, ReleaseManifest};
use thiserror::Error;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/src/offline/bridge.js")]
extern "C" {
    /// When no service worker controls the page yet (the very first visit), fetches
    /// `path` again once one does, so that the worker checks the data file and keeps
    /// it for offline use like the rest. Errors are ignored: it is only a warm-up.
    #[wasm_bindgen(js_name = keepWhenControlled)]
    fn keep_when_controlled(path: &str);
}

/// Where the bundle lives, relative to the site root.
pub(crate) const DATA_ROOT: &str = "/data/";
/// Where the translation catalogues live.
const CATALOGUE_ROOT: &str = "/i18n/";

/// Why some data could not be loaded.
#[derive(Debug, Error)]
pub enum DataError {
    #[error("could not fetch {path}: {detail}")]
    Network { path: String, detail: String },
    #[error("{path} answered HTTP {status}")]
    Http { path: String, status: u16 },
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// The file is not the one the verified release lists: altered, or from another
    /// release than the app's (another window installed an update).
    #[error(transparent)]
    Unverified(#[from] ReleaseError),
}

/// The result of a postcode lookup, owned so that it can be kept in memory (and only in
/// memory) while the voter moves between pages.
#[derive(Clone, Debug, PartialEq)]
pub enum LookupResult {
    /// Every address in the postcode votes at this station. `station_changed`: an
    /// address of the postcode has had its station changed since the last election
    /// (the bundle was built with `--previous`). `council`: the station's council,
    /// in a national bundle. `addresses`: the postcode's addresses (for the ballots,
    /// which can differ between addresses that share a station).
    Station {
        postcode: String,
        station: StationId,
        council: Option<String>,
        station_changed: bool,
        addresses: Vec<AddressOption>,
    },
    /// The voter must choose their address; `chosen` is the one they chose, once
    /// they have.
    ChooseAddress { postcode: String, choices: Vec<AddressOption>, chosen: Option<usize> },
    /// The addresses are known, their station is not.
    NoStation { postcode: String },
    /// The bundle does not cover this postcode.
    NotFound { postcode: String },
}

impl LookupResult {
    /// The postcode that was looked up, in its written form (`AA1 1AA`).
    pub fn postcode(&self) -> &str {
        match self {
            LookupResult::Station { postcode, .. }
            | LookupResult::ChooseAddress { postcode, .. }
            | LookupResult::NoStation { postcode }
            | LookupResult::NotFound { postcode } => postcode,
        }
    }

    /// The voter's address, when the lookup knows it: the one chosen on the picker,
    /// or the postcode's only address.
    pub fn chosen_address(&self) -> Option<&AddressOption> {
        match self {
            LookupResult::Station { addresses, .. } if addresses.len() == 1 => addresses.first(),
            LookupResult::ChooseAddress { choices, chosen: Some(chosen), .. } => choices.get(*chosen),
            _ => None,
        }
    }

    /// Every address of the postcode looked up (none when it was not found).
    pub fn addresses(&self) -> &[AddressOption] {
        match self {
            LookupResult::Station { addresses, .. } => addresses,
            LookupResult::ChooseAddress { choices, .. } => choices,
            LookupResult::NoStation { .. } | LookupResult::NotFound { .. } => &[],
        }
    }

    /// Whether this lookup (in a national bundle) answered with station `id` of
    /// `council`, or offered it for one of the postcode's addresses.
    pub fn names_station(&self, council: &str, id: &str) -> bool {
        let named = |station: &StationId, of: &Option<String>| station.as_str() == id && of.as_deref() == Some(council);
        match self {
            LookupResult::Station { station, council: of, .. } => named(station, of),
            LookupResult::ChooseAddress { choices, .. } => choices
                .iter()
                .any(|choice| choice.station.as_ref().is_some_and(|station| named(station, &choice.council))),
            LookupResult::NoStation { .. } | LookupResult::NotFound { .. } => false,
        }
    }

    /// Whether the station page for `station`, reached from this lookup, tells the
    /// voter their polling station has changed since the last election: an address
    /// of the postcode that votes there (one the voter could have picked) changed.
    pub fn station_changed_at(&self, station: &StationId) -> bool {
        match self {
            LookupResult::Station { station: id, station_changed, .. } => *station_changed && id == station,
            LookupResult::ChooseAddress { choices, .. } => {
                choices.iter().any(|choice| choice.station_changed && choice.station.as_ref() == Some(station))
            }
            LookupResult::NoStation { .. } | LookupResult::NotFound { .. } => false,
        }
    }
}

/// One address on the address picker.
#[derive(Clone, Debug, PartialEq)]
pub struct AddressOption {
    pub label: String,
    /// `None` when the council has not said where this address votes.
    pub station: Option<StationId>,
    /// The station's council, in a national bundle.
    pub council: Option<String>,
    /// This address's station has changed since the last election.
    pub station_changed: bool,
    /// Its polling district, which decides its ballots (`elections.json`).
    pub district: Option<String>,
}

/// Fetches and checks `bundle.json`, of either kind.
pub async fn load_index(release: &ReleaseManifest) -> Result<AnyIndex, DataError> {
    let bytes = fetch_verified(release, &format!("{DATA_ROOT}{INDEX_FILE}")).await?;
    Ok(AnyIndex::from_json(&bytes)?)
}

/// Fetches and checks an elections file (`elections.json` of a council bundle) at
/// `path`, relative to the data folder.
pub async fn load_elections(release: &ReleaseManifest, path: &str) -> Result<ElectionsFile, DataError> {
    let bytes = fetch_verified(release, &format!("{DATA_ROOT}{path}")).await?;
    Ok(ElectionsFile::from_json(&bytes)?)
}

/// Fetches and checks a council's district boundaries file (`districts/…json`) at
/// `path`, relative to the data folder: for "use my location" and the station map.
pub async fn load_district_boundaries(
    release: &ReleaseManifest,
    path: &str,
    council: &str,
) -> Result<pollcard_core::bundle::DistrictBoundaries, DataError> {
    let bytes = fetch_verified(release, &format!("{DATA_ROOT}{path}")).await?;
    Ok(pollcard_core::bundle::DistrictBoundaries::from_json(path, council, &bytes)?)
}

/// The elections file of the data, if the release has one: a bundle without
/// elections has none (the pages then say there is no election information).
pub fn elections_path(release: &ReleaseManifest) -> Option<&'static str> {
    let path = format!("{}{ELECTIONS_FILE}", DATA_ROOT.trim_start_matches('/'));
    release.file(&path).map(|_| ELECTIONS_FILE)
}

/// Fetches the catalogue (Fluent source) for `language`.
pub async fn load_catalogue_source(release: &ReleaseManifest, language: Language) -> Result<String, DataError> {
    let path = format!("{CATALOGUE_ROOT}{}.ftl", language.code());
    let bytes = fetch_verified(release, &path).await?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Fetches the publication log (not itself in the manifest: the caller checks that
/// its chain ends in the release's manifest).
pub async fn load_publication_log() -> Result<Vec<u8>, DataError> {
    fetch_bytes(&format!("/{}", pollcard_core::release::LOG_FILE)).await
}

/// Looks a postcode up: fetches its area's shard (unless `cached` already holds it) and
/// asks pollcard-core where its electors vote. Returns the shard so the caller can keep
/// it for the next lookup in the same area.
pub async fn find_polling_station(
    release: &ReleaseManifest,
    index: &BundleIndex,
    postcode: &Postcode,
    cached: Option<Arc<PostcodeShard>>,
) -> Result<(LookupResult, Option<Arc<PostcodeShard>>), DataError> {
    let shard = match (index.shard_for(postcode), cached) {
        (None, _) => None,
        (Some(_), Some(shard)) if shard.area == postcode.area() => Some(shard),
        (Some(shard_ref), _) => {
            let path = format!("{DATA_ROOT}{}", shard_ref.path);
            let bytes = fetch_verified(release, &path).await?;
            Some(Arc::new(PostcodeShard::from_json(&shard_ref.path, postcode.area(), &bytes)?))
        }
    };
    let outcome = lookup_postcode(index, shard.as_deref(), postcode);
    Ok((owned_result(outcome, shard.as_deref()), shard))
}

/// Looks a postcode up in a national bundle: fetches the lookup shard of its area
/// (unless `cached` is that shard) and answers from the postcode's council. Returns
/// the council's view for the pages (none when not found) and the last shard read.
pub async fn find_in_national(
    release: &ReleaseManifest,
    national: &NationalIndex,
    postcode: &Postcode,
    cached: Option<Arc<LookupShard>>,
) -> Result<NationalAnswer, DataError> {
    let mut last = cached;
    for key in national.shard_keys(postcode) {
        let shard = match last.take() {
            Some(shard) if shard.key == key => shard,
            _ => {
                let path = &national.lookup[key].path;
                let bytes = fetch_verified(release, &format!("{DATA_ROOT}{path}")).await?;
                Arc::new(LookupShard::from_json(path, key, &bytes)?)
            }
        };
        if let Some(view) = CouncilView::of(national, &shard, postcode, None) {
            let mut result = owned_result(lookup_postcode(&view.index, Some(&view.shard), postcode), Some(&view.shard));
            let council_of = |station: &StationId| view.council_of(station).map(str::to_owned);
            match &mut result {
                LookupResult::Station { station, council, .. } => *council = council_of(station),
                LookupResult::ChooseAddress { choices, .. } => {
                    for choice in choices {
                        choice.council = choice.station.as_ref().and_then(council_of);
                    }
                }
                _ => {}
            }
            return Ok(NationalAnswer { result, council: Some(Arc::new(view.index)), shard: Some(shard) });
        }
        last = Some(shard);
    }
    let result = LookupResult::NotFound { postcode: postcode.to_string() };
    Ok(NationalAnswer { result, council: None, shard: last })
}

/// What [`find_in_national`] found.
pub struct NationalAnswer {
    pub result: LookupResult,
    /// The postcode's council and stations, as a single-council index.
    pub council: Option<Arc<BundleIndex>>,
    /// The lookup shard read, to keep for the next lookup nearby.
    pub shard: Option<Arc<LookupShard>>,
}

/// A council of a national bundle with all its stations, from its stations file:
/// for a station page opened by its address.
pub async fn load_council_stations(
    release: &ReleaseManifest,
    national: &NationalIndex,
    entry: &CouncilEntry,
) -> Result<BundleIndex, DataError> {
    let bytes = fetch_verified(release, &format!("{DATA_ROOT}{}", entry.stations)).await?;
    let file = StationsFile::from_json(&entry.stations, &entry.council.id, &bytes)?;
    Ok(council_index(national, entry, file))
}

/// "Download all data for this area": fetches every shard of the postcode area —
/// station lookup and full address list — and the stations files of `councils`
/// (the area's, as its lookup shard names them; for station pages opened by their
/// address), so the service worker keeps them for offline use. Each file is checked
/// against the release like any other.
pub async fn download_area(
    release: &ReleaseManifest,
    national: &NationalIndex,
    area: &str,
    councils: &[String],
) -> Result<(), DataError> {
    let mut paths: Vec<&str> = Vec::new();
    for key in national.area_keys(area) {
        for summary in [national.lookup.get(key), national.address_lists.get(key)].into_iter().flatten() {
            paths.push(&summary.path);
        }
    }
    paths.extend(councils.iter().filter_map(|council| national.council(council)).map(|entry| entry.stations.as_str()));
    for path in paths {
        fetch_verified(release, &format!("{DATA_ROOT}{path}")).await?;
    }
    Ok(())
}

/// The lookup's answer, owned; `shard` (the one looked in) says whose station changed.
fn owned_result(outcome: LookupOutcome<'_>, shard: Option<&PostcodeShard>) -> LookupResult {
    let changed_at = |postcode: &Postcode, station: &StationId| {
        shard.is_some_and(|shard| shard.station_changed_at(postcode, station))
    };
    let option = |postcode: &Postcode, address: &AddressRecord| AddressOption {
        label: address.label().to_owned(),
        station: address.station_id().cloned(),
        council: None,
        station_changed: shard.is_some_and(|shard| shard.station_changed(postcode, address.uprn())),
        district: address.district().map(str::to_owned),
    };
    match outcome {
        LookupOutcome::Station { station, postcode } => LookupResult::Station {
            station_changed: changed_at(&postcode, &station.id),
            station: station.id.clone(),
            council: None,
            addresses: shard
                .map(|shard| shard.addresses(&postcode).iter().map(|address| option(&postcode, address)).collect())
                .unwrap_or_default(),
            postcode: postcode.to_string(),
        },
        LookupOutcome::AddressPicker { postcode, choices } => LookupResult::ChooseAddress {
            choices: choices
                .into_iter()
                // The station the picker offers is the one the bundle has (`None` if
                // the address names a station the bundle lacks).
                .map(|choice| AddressOption {
                    station: choice.station.map(|station| station.id.clone()),
                    ..option(&postcode, choice.address)
                })
                .collect(),
            postcode: postcode.to_string(),
            chosen: None,
        },
        LookupOutcome::NoStation { postcode } => LookupResult::NoStation { postcode: postcode.to_string() },
        LookupOutcome::NotFound { postcode } => LookupResult::NotFound { postcode: postcode.to_string() },
        // The caller parses the postcode first, so this cannot happen; treat it as
        // not found rather than panic.
        LookupOutcome::InvalidPostcode { .. } => LookupResult::NotFound { postcode: String::new() },
    }
}

/// GETs a file of the release and checks its SHA-256 and size against the verified
/// manifest before anyone reads it.
pub(crate) async fn fetch_verified(release: &ReleaseManifest, path: &str) -> Result<Vec<u8>, DataError> {
    let bytes = fetch_bytes(path).await?;
    check_file(release, path.trim_start_matches('/'), &bytes)?;
    keep_when_controlled(path);
    Ok(bytes)
}

/// GETs a same-origin file and returns its bytes.
pub async fn fetch_bytes(path: &str) -> Result<Vec<u8>, DataError> {
    let network = |detail: wasm_bindgen::JsValue| DataError::Network {
        path: path.to_owned(),
        detail: detail.as_string().unwrap_or_else(|| format!("{detail:?}")),
    };
    let window = web_sys::window().ok_or_else(|| network("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(network)?;
    let response: web_sys::Response = response.dyn_into().map_err(network)?;
    if !response.ok() {
        return Err(DataError::Http { path: path.to_owned(), status: response.status() });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?).await.map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
