//! The app's shared state, provided through context: the bundle index, the result of
//! the last lookup, and a little bookkeeping for focus and back links.
//!
//! The lookup result lives here, in memory, and nowhere else: not in the URL, not in
//! `history.state`, not in storage. Reloading the page forgets it, on purpose.
//!
//! A station page of a national bundle is found by its council and id alone
//! ([`AppState::council_station`]): from the lookup in memory when it named the
//! station, else from the council's stations file, fetched once and kept here.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use pollcard_core::bundle::national::{AnyIndex, LookupShard, NationalIndex};
use pollcard_core::bundle::{BundleIndex, PostcodeShard};
use pollcard_core::elections::ElectionsFile;
use pollcard_core::model::{Council, Nation, PollingStation};

use crate::data::{self, DataError, LookupResult};
use crate::offline::{self, OfflineStatus, ReleaseState, VerifiedRelease};

/// Where the bundle index is.
#[derive(Clone)]
pub enum BundleState {
    Loading,
    Ready(Arc<BundleIndex>),
    Failed(Arc<DataError>),
}

/// [`BundleState`] without its contents: what the page depends on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BundleStatus {
    Loading,
    Ready,
    Failed,
}

/// A national bundle: the council whose stations file was read last.
pub enum CouncilStations {
    /// The council's file is being fetched.
    Loading(String),
    Ready(Arc<BundleIndex>),
    /// The council's file could not be fetched or checked.
    Failed(String, Arc<DataError>),
}

/// What is known of a station of a national bundle, asked for by council and id.
pub enum StationFound {
    Station(Box<PollingStation>),
    /// The bundle has no such council, or the council no such station.
    Unknown,
    /// Its council's stations are being fetched; [`AppState::bundle`] is notified
    /// when they have arrived.
    Loading,
    Failed(Arc<DataError>),
}

/// Where the elections file is.
pub enum ElectionsFound {
    Ready(Arc<ElectionsFile>),
    /// The data has no election information.
    None,
    /// Being fetched; [`AppState::bundle`] is notified when it has arrived.
    Loading,
    Failed(Arc<DataError>),
}

/// The elections file, once asked for: fetched on the first election page only, so
/// a visitor who only wants their polling station never loads it.
enum ElectionsLoad {
    Loading,
    Ready(Arc<ElectionsFile>),
    Failed(Arc<DataError>),
}

/// State shared by every page. Cheap to copy.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The signed release the app's data comes from, once verified.
    pub release: RwSignal<ReleaseState>,
    /// What the service worker has reported (updates waiting, refusals).
    pub offline: RwSignal<OfflineStatus>,
    /// Also notified, unchanged, when more of a national bundle has arrived that
    /// the shown page waits for (a council's stations).
    pub bundle: RwSignal<BundleState>,
    /// The last lookup's answer, kept only in memory.
    pub lookup: RwSignal<Option<LookupResult>>,
    /// The last postcode area's shard, so a second lookup nearby needs no request.
    pub shard: StoredValue<Option<Arc<PostcodeShard>>>,
    /// A national bundle's index; `bundle` then holds a stand-in with no council
    /// until a lookup finds one.
    pub national: StoredValue<Option<Arc<NationalIndex>>>,
    /// A national bundle: the last station-lookup shard read.
    pub lookup_shard: StoredValue<Option<Arc<LookupShard>>>,
    /// A national bundle: the council of the last lookup, with its stations, as a
    /// single-council index for the pages. Kept only in memory, like the lookup.
    pub council_view: StoredValue<Option<Arc<BundleIndex>>>,
    /// A national bundle: the stations of the council of a station page opened by
    /// its address.
    pub council_stations: StoredValue<Option<CouncilStations>>,
    /// The elections file, once an election page has asked for it.
    /// Keyed by its path: a national bundle has one file per council.
    elections: StoredValue<Option<(String, ElectionsLoad)>>,
    /// How many page headings have been shown. The first is the page the visitor
    /// arrived on; every later one follows a navigation inside the app, which is when
    /// focus moves to the new heading and back links can use the browser's history.
    pub headings_shown: StoredValue<u32>,
}

impl AppState {
    /// Creates the state, registers the service worker, and starts checking the release
    /// and then loading the bundle index from it.
    pub fn new() -> AppState {
        let state = AppState {
            release: RwSignal::new(ReleaseState::Loading),
            offline: RwSignal::new(OfflineStatus::default()),
            bundle: RwSignal::new(BundleState::Loading),
            lookup: RwSignal::new(None),
            shard: StoredValue::new(None),
            national: StoredValue::new(None),
            lookup_shard: StoredValue::new(None),
            council_view: StoredValue::new(None),
            council_stations: StoredValue::new(None),
            elections: StoredValue::new(None),
            headings_shown: StoredValue::new(0),
        };
        offline::start(state.offline);
        spawn_local(async move {
            let release = match offline::load_release().await {
                Ok(release) => Arc::new(release),
                Err(error) => {
                    leptos::logging::error!("Pollcard could not verify its data: {error}");
                    state.release.set(ReleaseState::Failed(Arc::new(error)));
                    return;
                }
            };
            state.release.set(ReleaseState::Verified(Arc::clone(&release)));
            let loaded = match data::load_index(&release.manifest).await {
                Ok(AnyIndex::Council(index)) => BundleState::Ready(Arc::from(index)),
                Ok(AnyIndex::National(national)) => {
                    let stand_in = national_stand_in(&national);
                    state.national.set_value(Some(Arc::new(national)));
                    BundleState::Ready(Arc::new(stand_in))
                }
                Err(error) => {
                    leptos::logging::error!("Pollcard could not load its data: {error}");
                    BundleState::Failed(Arc::new(error))
                }
            };
            state.bundle.set(loaded);
        });
        state
    }

    /// Whether the bundle is loaded. Reactive.
    pub fn bundle_status(&self) -> BundleStatus {
        self.bundle.with(|bundle| match bundle {
            BundleState::Loading => BundleStatus::Loading,
            BundleState::Ready(_) => BundleStatus::Ready,
            BundleState::Failed(_) => BundleStatus::Failed,
        })
    }

    /// The verified release, once checked. Not reactive.
    pub fn verified_release(&self) -> Option<Arc<VerifiedRelease>> {
        self.release.with_untracked(|release| match release {
            ReleaseState::Verified(release) => Some(Arc::clone(release)),
            _ => None,
        })
    }

    /// The index, once loaded: in a national bundle, the council of the last lookup
    /// (a stand-in with no council before one). Not reactive.
    pub fn index(&self) -> Option<Arc<BundleIndex>> {
        if let Some(view) = self.council_view.get_value() {
            return Some(view);
        }
        self.bundle.with_untracked(|bundle| match bundle {
            BundleState::Ready(index) => Some(Arc::clone(index)),
            _ => None,
        })
    }

    /// Why the bundle could not be loaded, if it could not. Not reactive.
    pub fn bundle_error(&self) -> Option<String> {
        self.bundle.with_untracked(|bundle| match bundle {
            BundleState::Failed(error) => Some(error.to_string()),
            _ => None,
        })
    }

    /// Whether the bundle index was refused because it does not match the verified
    /// release (altered after signing). Not reactive.
    pub fn bundle_unverified(&self) -> bool {
        self.bundle.with_untracked(
            |bundle| matches!(bundle, BundleState::Failed(error) if matches!(**error, DataError::Unverified(_))),
        )
    }

    /// Station `id` of `council` in a national bundle: from the lookup in memory if
    /// it named that station, else from the council's stations file, which this
    /// starts fetching (once) when it is not here yet.
    pub fn council_station(&self, council: &str, id: &str) -> StationFound {
        let named = self.lookup.with_untracked(|lookup| lookup.as_ref().is_some_and(|l| l.names_station(council, id)));
        if let Some(station) =
            self.council_view.get_value().filter(|_| named).and_then(|view| view.station(id).cloned())
        {
            return StationFound::Station(Box::new(station));
        }
        let known = self.council_stations.with_value(|known| match known {
            Some(CouncilStations::Ready(index)) if index.council.id == council => Some(
                index.station(id).map_or(StationFound::Unknown, |found| StationFound::Station(Box::new(found.clone()))),
            ),
            Some(CouncilStations::Loading(loading)) if loading == council => Some(StationFound::Loading),
            Some(CouncilStations::Failed(failed, error)) if failed == council => {
                Some(StationFound::Failed(Arc::clone(error)))
            }
            _ => None,
        });
        if let Some(known) = known {
            return known;
        }
        let (Some(national), Some(release)) = (self.national.get_value(), self.verified_release()) else {
            return StationFound::Unknown;
        };
        if national.council(council).is_none() {
            return StationFound::Unknown;
        }
        self.council_stations.set_value(Some(CouncilStations::Loading(council.to_owned())));
        let (state, council) = (*self, council.to_owned());
        spawn_local(async move {
            let Some(entry) = national.council(&council) else { return };
            let loaded = match data::load_council_stations(&release.manifest, &national, entry).await {
                Ok(index) => {
                    let index = Arc::new(index);
                    // Opened by its address, with no lookup in memory: the page
                    // names this council, as after a lookup.
                    if state.lookup.with_untracked(Option::is_none) {
                        state.council_view.set_value(Some(Arc::clone(&index)));
                    }
                    CouncilStations::Ready(index)
                }
                Err(error) => {
                    leptos::logging::error!("Pollcard could not load the council's stations: {error}");
                    CouncilStations::Failed(council, Arc::new(error))
                }
            };
            state.council_stations.set_value(Some(loaded));
            // The bundle's data has grown: the page is shown again (`App` tracks this).
            state.bundle.notify();
        });
        StationFound::Loading
    }

    /// The elections, ballots and candidates of the data: fetched (once) on the first
    /// call, which answers [`ElectionsFound::Loading`] until they have arrived.
    pub fn elections(&self) -> ElectionsFound {
        let Some(release) = self.verified_release() else { return ElectionsFound::Loading };
        let Some(path) = self.elections_path(&release) else { return ElectionsFound::None };
        let known = self.elections.with_value(|known| match known {
            Some((loaded, ElectionsLoad::Ready(file))) if *loaded == path => {
                Some(ElectionsFound::Ready(Arc::clone(file)))
            }
            Some((loaded, ElectionsLoad::Loading)) if *loaded == path => Some(ElectionsFound::Loading),
            Some((loaded, ElectionsLoad::Failed(error))) if *loaded == path => {
                Some(ElectionsFound::Failed(Arc::clone(error)))
            }
            _ => None,
        });
        if let Some(known) = known {
            return known;
        }
        self.elections.set_value(Some((path.clone(), ElectionsLoad::Loading)));
        let state = *self;
        spawn_local(async move {
            let loaded = match data::load_elections(&release.manifest, &path).await {
                Ok(file) => ElectionsLoad::Ready(Arc::new(file)),
                Err(error) => {
                    leptos::logging::error!("Pollcard could not load the election information: {error}");
                    ElectionsLoad::Failed(Arc::new(error))
                }
            };
            state.elections.set_value(Some((path, loaded)));
            // The page waiting for it is shown again (`App` tracks this).
            state.bundle.notify();
        });
        ElectionsFound::Loading
    }

    /// Where the elections file is, relative to the data folder: a council bundle's
    /// `elections.json`; in a national bundle, the file of the council the pages
    /// show (of the lookup, or of a station page opened by its address), if it has
    /// one. `None`: no election information (yet).
    fn elections_path(&self, release: &VerifiedRelease) -> Option<String> {
        let Some(national) = self.national.get_value() else {
            return data::elections_path(&release.manifest).map(str::to_owned);
        };
        let council = self.council_view.get_value()?;
        national.council(&council.council.id)?.elections.clone()
    }

    /// True once the visitor has moved from one page to another inside the app.
    pub fn has_navigated(&self) -> bool {
        self.headings_shown.get_value() > 1
    }
}

/// The council whose details the pages show, if there is one: none in a national
/// bundle before a lookup has found the voter's council.
pub fn shown_council(index: &BundleIndex) -> Option<Council> {
    (!index.council.id.is_empty()).then(|| index.council.clone())
}

/// A national bundle's stand-in index before any lookup: no council (an empty id),
/// no stations.
fn national_stand_in(national: &NationalIndex) -> BundleIndex {
    let nation = national.councils.first().map_or(Nation::England, |entry| entry.council.nation);
    let council = Council { id: String::new(), name: Default::default(), nation, contact: Default::default() };
    BundleIndex::new(council, national.fictional, Vec::new(), Vec::new(), Default::default())
}

/// The app state provided by the app.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
