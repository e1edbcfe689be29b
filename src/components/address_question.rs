//! "Choose your address": the addresses of a postcode as radios, for the station
//! lookup (addresses that vote at different stations) and for the elections page
//! (addresses that vote in different ballots). The choice is handed to the page;
//! nothing is kept here.
//!
//! The radios are static markup and the choice is read from the form on submit, so
//! a postcode with 300 addresses adds no code or listener per address.

use leptos::ev::SubmitEvent;
use leptos::html::Form;
use leptos::prelude::*;

use crate::components::error_summary::ErrorSummary;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::components::question_page::read_form;
use crate::i18n::use_i18n;

/// The id of the first radio, which the error summary links to.
const FIRST_ADDRESS_ID: &str = "address-0";

/// One radio per address of `postcode` (`labels`, in the order given), a hint saying
/// why the question is asked (catalogue id `why`), then "Continue", which calls
/// `on_choose` with the position of the chosen address.
#[component]
pub fn AddressQuestion(
    postcode: String,
    labels: Vec<String>,
    why: &'static str,
    on_choose: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let error = RwSignal::new(None::<String>);
    let has_error = Signal::derive(move || error.with(Option::is_some));
    let found =
        i18n.t_with("choose-address-found", &[("count", labels.len().into()), ("postcode", postcode.as_str().into())]);
    let mut radios = Markup::new();
    radios.open("div", "radios");
    for (position, label) in labels.iter().enumerate() {
        let (id, value) = (format!("address-{position}"), position.to_string());
        radios.open("div", "radio-item");
        let attrs = [("class", "radio-input"), ("id", &id), ("name", "address"), ("type", "radio"), ("value", &value)];
        radios.open_with("input", "", &attrs);
        radios.open_with("label", "label radio-label", &[("for", &id)]).text(label).close("label").close("div");
    }
    radios.close("div");

    let form = NodeRef::<Form>::new();
    let on_submit = move |event: SubmitEvent| {
        event.prevent_default();
        let values = form.get_untracked().map(|form| read_form(&form)).unwrap_or_default();
        match values.get("address").and_then(|value| value.parse::<usize>().ok()) {
            Some(position) => on_choose.run(position),
            None => error.set(Some(i18n.t("error-select-address"))),
        }
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
        <ErrorSummary error field_id=FIRST_ADDRESS_ID />
        <form class="form" novalidate node_ref=form on:submit=on_submit>
            <div class="form-group" class:form-group-error=has_error>
                <fieldset class="fieldset" aria-describedby=described_by>
                    <legend class="fieldset-legend">
                        <PageHeading text=i18n.t("choose-address-title") error=has_error class="fieldset-heading" />
                    </legend>
                    <div class="hint" id="address-hint">
                        <p class="hint-line">{found}</p>
                        <p class="hint-line">{i18n.t(why)}</p>
                    </div>
                    {error_message}
                    {radios.into_view()}
                </fieldset>
            </div>
            <button type="submit" class="button">
                {i18n.t("continue")}
            </button>
        </form>
    }
}
