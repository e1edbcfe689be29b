//! Pollcard's browser app: a thin Leptos shell over `pollcard-core`.
//!
//! - [`routes`]: which page is at which path, in English (`/…`) and Welsh (`/cy/…`).
//! - [`router`]: the current path, links and the back button.
//! - [`data`]: every request the app makes, with typed errors.
//! - [`i18n`]: Fluent catalogues, fetched as data.
//! - [`offline`]: the signed release (verified before any data is used) and the
//!   service worker that keeps it for offline use.
//! - [`state`]: the bundle index and the in-memory lookup result.
//! - `pages`: one file per page; `components`: the pieces pages share.

mod candidate_keys;
mod components;
mod data;
mod drafts;
mod election_dates;
mod geo_memory;
mod i18n;
mod offline;
mod pages;
mod router;
mod routes;
mod state;
mod us_data;

use leptos::prelude::*;
use leptos::tachys::view::{Mountable, Render};
use pollcard_core::model::Language;

use crate::components::layout::{Layout, MAIN_ID};
use crate::components::offline_notices::{OfflineNotices, StatusMessage};
use crate::components::start_again::StartAgain;
use crate::data::LookupResult;
use crate::i18n::{use_i18n, CatalogueStatus, I18n};
use crate::offline::ReleaseState;
use crate::pages::{
    CatalogueFailure, ChooseAddressPage, HistoryPage, HomePage, Loading, NoStationPage, NotFoundPage, PageNotFound,
    PrivacyPage, ReleaseFailurePage, ServiceUnavailable, StationPage, UnknownStation,
};
use crate::router::Router;
use crate::routes::Page;
use crate::state::{use_app_state, AppState};

/// The whole app: provides the router, translations and state, keeps `<html lang>` and
/// the web app manifest link in step with the URL, and shows the current page.
#[component]
pub fn App() -> impl IntoView {
    let router = Router::start();
    provide_context(router);
    let path = Memo::new(move |_| router.path());
    let language = Memo::new(move |_| routes::language_of(&path.get()));
    let page = Memo::new(move |_| Page::from_path(&path.get()));
    let state = AppState::new();
    provide_context(state);
    // Expired application drafts are deleted; kept ones are read into memory, and
    // the page is shown again with them.
    drafts::start(move || state.bundle.notify());
    let i18n = I18n::new(language, state.release);
    provide_context(i18n);
    let bundle = Memo::new(move |_| state.bundle_status());
    let release_failed = Memo::new(move |_| state.release.with(|release| matches!(release, ReleaseState::Failed(_))));

    // The one live region, mounted once before the pages (like a cookie banner) and
    // never rebuilt, so screen readers announce what it says.
    let status_message = StatusMessage(RwSignal::new(None));
    provide_context(status_message);
    if let Some(body) = document().body() {
        std::mem::forget(mount(&body.into(), OfflineNotices));
    }

    Effect::new(move |_| {
        let language = language.get();
        let document = document();
        if let Some(html) = document.document_element() {
            // Setting an attribute cannot fail on the root element.
            let _ = html.set_attribute("lang", language.code());
        }
        // Installing from this page installs the app in its language: one manifest per
        // language, written by `pollcard finalize-dist` (see docs/operations.md).
        if let Ok(Some(link)) = document.query_selector("link[rel=manifest]") {
            if let Some(href) = link.get_attribute("href").and_then(|href| manifest_href(&href, language)) {
                let _ = link.set_attribute("href", &href);
            }
        }
    });

    // The page is built afresh, layout and all, whenever the page, the language or the
    // bundle changes; nothing else on a page changes but its form errors. So texts are
    // plain strings (see `I18n::t`) and every page starts clean.
    //
    // Pages are mounted directly rather than returned from a reactive closure: a
    // closure's view must know how to *rebuild* every page into every other, and that
    // generic code (through `AnyView`) cost about 10 KB of the gzipped wasm.
    Effect::new(move |shown: Option<Option<Shown>>| {
        if let Some(Some(shown)) = shown {
            shown.remove();
        }
        let key = (i18n.status(), language.get(), page.get(), bundle.get(), release_failed.get());
        // Also notified when data a page waits for (a national station's council) arrives.
        state.bundle.track();
        // A page's status message ("Your settings are saved") is about that page.
        status_message.0.set(None);
        untrack(|| show(key.0, key.2))
    });
}

/// `href` (`…/manifest.<code>.webmanifest`, under whatever public URL the build used)
/// pointed at `language`'s manifest; `None` if it is not such a link.
fn manifest_href(href: &str, language: Language) -> Option<String> {
    let (folder, file) = href.split_at(href.rfind('/').map_or(0, |slash| slash + 1));
    let code = file.strip_prefix("manifest.")?.strip_suffix(".webmanifest")?;
    (!code.contains('.')).then(|| format!("{folder}manifest.{}.webmanifest", language.code()))
}

/// A page on screen, and how to take it off again.
struct Shown(Box<dyn FnOnce()>);

impl Shown {
    fn remove(self) {
        (self.0)();
    }
}

/// Builds `view` under a new reactive owner and mounts it in `parent`.
fn mount<V: IntoView + 'static>(parent: &web_sys::Element, view: impl FnOnce() -> V) -> Shown {
    let owner = Owner::new();
    let mut state = owner.with(|| view().into_view().build());
    state.mount(parent, None);
    Shown(Box::new(move || {
        state.unmount();
        drop(owner);
    }))
}

/// Shows the layout and, inside its `<main>`, the page for this state.
fn show(catalogue: CatalogueStatus, page: Option<Page>) -> Option<Shown> {
    let body: web_sys::Element = document().body()?.into();
    let state = use_app_state();
    if let ReleaseState::Failed(failure) = state.release.get_untracked() {
        return Some(mount(&body, move || view! { <ReleaseFailurePage failure /> }));
    }
    match catalogue {
        CatalogueStatus::Loading => return None,
        CatalogueStatus::Failed => return Some(mount(&body, CatalogueFailure)),
        CatalogueStatus::Ready => {}
    }
    let index = state.index();
    let council = index.as_deref().and_then(crate::state::shown_council);
    let fictional = index.as_ref().is_some_and(|index| index.fictional);
    let release = state.verified_release();
    let layout = mount(&body, move || view! { <Layout council fictional release /> });
    let main = document().get_element_by_id(MAIN_ID)?;
    let content = show_page(&main, page);
    Some(Shown(Box::new(move || {
        content.remove();
        layout.remove();
    })))
}

/// Mounts the page in `main`, given what is known when it is shown.
fn show_page(main: &web_sys::Element, page: Option<Page>) -> Shown {
    let state = use_app_state();
    let Some(page) = page else { return mount(main, PageNotFound) };
    if page == Page::Privacy {
        return mount(main, PrivacyPage);
    }
    if page == Page::History {
        return mount(main, HistoryPage);
    }
    // Pages that need no data, so they work even when the data cannot be had.
    if let Page::EasyRead(standard) = &page {
        if !standard.is_station() {
            let standard = (**standard).clone();
            return mount(main, move || pages::easy_read_general(standard));
        }
    }
    match page {
        Page::Settings => return mount(main, pages::SettingsPage),
        Page::DisabledVoting => return mount(main, pages::DisabledVotingPage),
        Page::Accessibility => return mount(main, pages::AccessibilityStatementPage),
        _ => {}
    }
    let Some(index) = state.index() else {
        return match state.bundle_error() {
            Some(detail) => {
                let unverified = state.bundle_unverified();
                mount(main, move || view! { <ServiceUnavailable detail unverified /> })
            }
            None => mount(main, Loading),
        };
    };
    pages::voting_places::prefetch(&index);
    let lookup = state.lookup.get_untracked();
    let postcode = lookup.as_ref().map(|lookup| lookup.postcode().to_owned());
    let us = state.verified_release().is_some_and(|release| us_data::in_release(&release));
    match (page, lookup) {
        // A US bundle: the precinct from the position (there are no postcodes to
        // search by, so that search is also the start page), and its places to choose from.
        (Page::Home, _) if us => mount(main, || pages::us_location_page(true)),
        (Page::Home, _) => mount(main, move || view! { <HomePage index postcode /> }),
        (Page::Location, _) if us => mount(main, || pages::us_location_page(false)),
        (Page::Places, _) if us => mount(main, pages::us_places_page),
        (Page::Location, _) => mount(main, move || view! { <pages::LocationPage index /> }),
        (Page::Places, _) => mount(main, move || view! { <pages::PlacesPage index /> }),
        (Page::WaysToVote, _) => pages::show_ways_to_vote(main),
        (Page::EmergencyProxy(step), _) => pages::show_emergency_proxy(main, step),
        (Page::Apply(method, step), _) => pages::show_apply(main, method, step),
        (Page::Station(id), _) => match index.station(&id).cloned() {
            Some(station) => mount(main, move || view! { <StationPage station /> }),
            None => mount(main, UnknownStation),
        },
        (Page::CouncilStation(council, id), _) => pages::show_in_council(main, &council, &id),
        (Page::EasyRead(station), _) => pages::show_easy_read_station(main, &index, &station),
        (Page::TellTheCouncil(station), _) => pages::show_tell_the_council(main, &index, &station),
        (Page::Elections, _) => pages::show_elections(main),
        (Page::Ballot(id), _) => pages::show_ballot(main, &id),
        (Page::BallotPaper(id), _) => show_with_elections(main, |file| pages::show_ballot_paper(main, file, &id)),
        (Page::Candidates, _) => show_with_elections(main, |file| pages::show_candidates(main, file)),
        (Page::Candidate(ballot, key), _) => {
            show_with_elections(main, |file| pages::show_candidate(main, file, &ballot, &key))
        }
        (Page::ChooseAddress, Some(LookupResult::ChooseAddress { postcode, choices, .. })) => {
            mount(main, move || view! { <ChooseAddressPage postcode choices /> })
        }
        // Reached from a lookup, or from the picker for an address without a station.
        (
            Page::NoStation,
            Some(LookupResult::NoStation { postcode } | LookupResult::ChooseAddress { postcode, .. }),
        ) => {
            let council = index.council.clone();
            mount(main, move || view! { <NoStationPage postcode council /> })
        }
        (Page::NotFound, Some(LookupResult::NotFound { postcode })) => {
            let council = index.council.clone();
            // A national bundle that covers no council here names none.
            let council_name = council
                .name
                .best(use_i18n().lang())
                .map(|(name, _)| name.to_owned())
                .unwrap_or_else(|| use_i18n().t("national-your-council"));
            mount(main, move || view! { <NotFoundPage postcode council_name council /> })
        }
        // The picker, no-station and not-found pages after a reload: the lookup that
        // led there is gone, on purpose.
        _ => mount(main, StartAgain),
    }
}

/// Mounts the election page `show` builds from the data's elections file (`None`
/// when the data has no election information), "Loading…" while the file arrives
/// (the page is then shown again), or the service problem page if it cannot be had.
pub(crate) fn show_with_elections(
    main: &web_sys::Element,
    show: impl FnOnce(Option<std::sync::Arc<pollcard_core::elections::ElectionsFile>>) -> Shown,
) -> Shown {
    match use_app_state().elections() {
        crate::state::ElectionsFound::Ready(file) => show(Some(file)),
        crate::state::ElectionsFound::None => show(None),
        crate::state::ElectionsFound::Loading => mount(main, Loading),
        crate::state::ElectionsFound::Failed(error) => {
            let unverified = matches!(*error, crate::data::DataError::Unverified(_));
            let detail = error.to_string();
            mount(main, move || view! { <ServiceUnavailable detail unverified /> })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_manifest_link_follows_the_language_under_any_public_url() {
        assert_eq!(
            manifest_href("/manifest.en.webmanifest", Language::Cy).as_deref(),
            Some("/manifest.cy.webmanifest")
        );
        assert_eq!(
            manifest_href("/pollcard/manifest.cy.webmanifest", Language::En).as_deref(),
            Some("/pollcard/manifest.en.webmanifest")
        );
        assert_eq!(manifest_href("manifest.en.webmanifest", Language::Cy).as_deref(), Some("manifest.cy.webmanifest"));
        assert_eq!(manifest_href("/manifest.webmanifest", Language::Cy), None);
        assert_eq!(manifest_href("/app.json", Language::Cy), None);
    }
}
