//! The address picker, for a postcode whose addresses vote at different stations.

use leptos::ev::SubmitEvent;
use leptos::prelude::*;

use crate::components::area_download::AreaDownload;
use crate::components::back_link::BackLink;
use crate::components::error_summary::ErrorSummary;
use crate::components::page_heading::PageHeading;
use crate::data::{AddressOption, LookupResult};
use crate::i18n::use_i18n;
use crate::router::use_router;
use crate::routes::Page;
use crate::state::use_app_state;

/// The id of the first radio, which the error summary links to.
const FIRST_ADDRESS_ID: &str = "address-0";

/// "Choose your address": one radio per address, in the order pollcard-core gives
/// (natural order), then "Continue".
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
    let selected = StoredValue::new(None::<usize>);
    let error = RwSignal::new(None::<String>);
    let has_error = Signal::derive(move || error.with(Option::is_some));
    let found = i18n.t_with("choose-address-found", &[("count", choices.len().into()), ("postcode", postcode.into())]);
    let radios = choices
        .iter()
        .enumerate()
        .map(|(position, choice)| {
            let id = format!("address-{position}");
            view! {
                <div class="radio-item">
                    <input
                        class="radio-input"
                        id=id.clone()
                        name="address"
                        type="radio"
                        value=position.to_string()
                        on:change=move |_| selected.set_value(Some(position))
                    />
                    <label class="label radio-label" for=id>
                        {choice.label.clone()}
                    </label>
                </div>
            }
        })
        .collect_view();
    let choices = StoredValue::new(choices);

    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let Some(chosen) = selected.get_value() else {
            error.set(Some(i18n.t("error-select-address")));
            return;
        };
        // The picker stays in memory, so "Back" from the next page returns here; the
        // choice too, for the voter's ballots (never in the URL or storage).
        state.lookup.update_untracked(|lookup| {
            if let Some(LookupResult::ChooseAddress { chosen: choice, .. }) = lookup {
                *choice = Some(chosen);
            }
        });
        let page = choices.with_value(|choices| {
            let choice = choices.get(chosen)?;
            Some(Page::station(choice.council.as_deref(), choice.station.as_ref()?.as_str()))
        });
        let page = page.unwrap_or(Page::NoStation);
        router.navigate(&page.path(i18n.lang()));
    };

    let error_prefix = i18n.t("error-prefix");
    let error_message = move || {
        error.get().map(|message| {
            view! {
                <p class="error-message" id="address-error">
                    <span class="visually-hidden">{error_prefix.clone()}</span>
                    " "
                    {message}
                </p>
            }
        })
    };
    let described_by = move || if has_error.get() { "address-hint address-error" } else { "address-hint" };

    view! {
        <BackLink fallback=Page::Home.path(i18n.lang()) />
        <ErrorSummary error field_id=FIRST_ADDRESS_ID />
        <form class="form" novalidate on:submit=on_submit>
            <div class="form-group" class:form-group-error=has_error>
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset-legend">
                        <PageHeading text=i18n.t("choose-address-title") error=has_error class="fieldset-heading" />
                    </legend>
                    <div class="hint" id="address-hint">
                        <p class="hint-line">{found}</p>
                        <p class="hint-line">{i18n.t("choose-address-why")}</p>
                    </div>
                    {error_message}
                    <div class="radios">{radios}</div>
                </fieldset>
            </div>
            <button type="submit" class="button">
                {i18n.t("continue")}
            </button>
        </form>
        <p class="body">
            <a href=Page::Home.path(i18n.lang())>{i18n.t("choose-address-not-listed")}</a>
        </p>
        <AreaDownload />
    }
}
