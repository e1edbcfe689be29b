//! The address picker, for a postcode whose addresses vote at different stations.

use leptos::prelude::*;

use crate::components::address_question::AddressQuestion;
use crate::components::area_download::AreaDownload;
use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::data::{AddressOption, LookupResult};
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::routes::Page;
use crate::state::use_app_state;

/// "Choose your address": one radio per address, in the order pollcard-core gives
/// (natural order), then "Continue" to the chosen address's station.
#[component]
pub fn ChooseAddressPage(
    /// The postcode looked up.
    postcode: String,
    /// Its addresses.
    choices: Vec<AddressOption>,
) -> impl IntoView {
    let i18n = use_i18n();
    let router = use_router();
    let state = use_app_state();
    let labels = choices.iter().map(|choice| choice.label.clone()).collect();
    let on_choose = Callback::new(move |chosen: usize| {
        // The picker stays in memory, so "Back" from the next page returns here; the
        // choice too, for the voter's ballots (never in the URL or storage).
        state.lookup.update_untracked(|lookup| {
            if let Some(LookupResult::ChooseAddress { chosen: choice, .. }) = lookup {
                *choice = Some(chosen);
            }
        });
        let page = choices
            .get(chosen)
            .and_then(|choice| Some(Page::station(choice.council.as_deref(), choice.station.as_ref()?.as_str())));
        router.navigate(&page.unwrap_or(Page::NoStation).path(i18n.lang()));
    });
    let mut not_listed = Markup::new();
    not_listed.open("p", "body").open_with("a", "", &[("href", &Page::Home.path(i18n.lang()))]);
    not_listed.text(&i18n.t("choose-address-not-listed")).close("a").close("p");
    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <AddressQuestion postcode labels why="choose-address-why" on_choose />
        {not_listed.into_view()}
        <AreaDownload />
    }
}
