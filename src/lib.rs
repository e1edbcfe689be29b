//! Pollcard's browser app: a thin Leptos shell over `pollcard-core`.
//!
//! - [`routes`]: which page is at which path, in English (`/…`) and Welsh (`/cy/…`).
//! - [`router`]: the current path, links and the back button.
//! - [`data`]: every request the app makes, with typed errors.
//! - [`i18n`]: Fluent catalogues, fetched as data.
//! - [`state`]: the bundle index and the in-memory lookup result.
//! - `pages`: one file per page; `components`: the pieces pages share.

mod components;
mod data;
mod i18n;
mod pages;
mod router;
mod routes;
mod state;

use leptos::prelude::*;

use crate::components::layout::Layout;
use crate::components::start_again::StartAgain;
use crate::data::LookupResult;
use crate::i18n::{use_i18n, CatalogueStatus, I18n};
use crate::pages::{
    CatalogueFailure, ChooseAddressPage, HomePage, Loading, NoStationPage, NotFoundPage, PageNotFound, PrivacyPage,
    ServiceUnavailable, StationPage, UnknownStation,
};
use crate::router::Router;
use crate::routes::Page;
use crate::state::{use_app_state, AppState};

/// The whole app: provides the router, translations and state, keeps `<html lang>` in
/// step with the URL, and shows the current page inside the common layout.
#[component]
pub fn App() -> impl IntoView {
    let router = Router::start();
    provide_context(router);
    let path = Memo::new(move |_| router.path());
    let language = Memo::new(move |_| routes::language_of(&path.get()));
    let page = Memo::new(move |_| Page::from_path(&path.get()));
    let i18n = I18n::new(language);
    provide_context(i18n);
    let state = AppState::new();
    provide_context(state);
    let bundle = Memo::new(move |_| state.bundle_status());

    Effect::new(move |_| {
        let code = language.get().code();
        if let Some(html) = document().document_element() {
            // Setting an attribute cannot fail on the root element.
            let _ = html.set_attribute("lang", code);
        }
    });

    // The page is built afresh, layout and all, whenever the page, the language or the
    // bundle changes; nothing else on it changes except form errors. So texts are plain
    // strings (see `I18n::t`), every page starts clean, and the wasm stays small.
    move || match (i18n.status(), language.get(), page.get(), bundle.get()) {
        (CatalogueStatus::Loading, ..) => ().into_any(),
        (CatalogueStatus::Failed, ..) => view! { <CatalogueFailure /> }.into_any(),
        (CatalogueStatus::Ready, _, page, _) => {
            let index = state.index();
            let council = index.as_ref().map(|index| index.council.clone());
            let fictional = index.as_ref().is_some_and(|index| index.fictional);
            view! { <Layout council fictional>{page_view(page)}</Layout> }.into_any()
        }
    }
}

/// The view of one page, given what is known when it is shown.
fn page_view(page: Option<Page>) -> AnyView {
    let state = use_app_state();
    let Some(page) = page else { return view! { <PageNotFound /> }.into_any() };
    if page == Page::Privacy {
        return view! { <PrivacyPage /> }.into_any();
    }
    let Some(index) = state.index() else {
        return match state.bundle_error() {
            Some(detail) => view! { <ServiceUnavailable detail /> }.into_any(),
            None => view! { <Loading /> }.into_any(),
        };
    };
    let lookup = state.lookup.get_untracked();
    let postcode = lookup.as_ref().map(|lookup| lookup.postcode().to_owned());
    match (page, lookup) {
        (Page::Home, _) => view! { <HomePage index postcode /> }.into_any(),
        (Page::Station(id), _) => match index.station(&id) {
            Some(station) => view! { <StationPage station=station.clone() /> }.into_any(),
            None => view! { <UnknownStation /> }.into_any(),
        },
        (Page::ChooseAddress, Some(LookupResult::ChooseAddress { postcode, choices })) => {
            view! { <ChooseAddressPage postcode choices /> }.into_any()
        }
        // Reached from a lookup, or from the picker for an address without a station.
        (
            Page::NoStation,
            Some(LookupResult::NoStation { postcode } | LookupResult::ChooseAddress { postcode, .. }),
        ) => view! { <NoStationPage postcode council=index.council.clone() /> }.into_any(),
        (Page::NotFound, Some(LookupResult::NotFound { postcode })) => {
            let council_name = index.council.name.best(use_i18n().lang()).map(|(name, _)| name.to_owned());
            view! { <NotFoundPage postcode council_name=council_name.unwrap_or_default() council=index.council.clone() /> }
                .into_any()
        }
        // The picker, no-station and not-found pages after a reload: the lookup that
        // led there is gone, on purpose.
        _ => view! { <StartAgain /> }.into_any(),
    }
}
