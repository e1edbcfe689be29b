//! Choosing a place in a US bundle: the places the precinct found by "use my
//! location" may use — its polling place or the locality's vote centres, early-voting
//! sites and drop boxes — nearest first from where the voter is, each kind its own
//! group that the voter can show alone (GOV.UK checkboxes). Each change says the new
//! count once, in the page's one live region.
//!
//! The precinct and the position are in memory only ([`crate::us_data`],
//! [`crate::geo_memory`]); after a reload the page asks the voter to use their
//! location again. Lean like the UK list ([`crate::pages::places`]): the boxes and
//! the list are [`Markup`], with one `change` handler on the form.

use std::sync::Arc;

use leptos::prelude::*;
use pollcard_core::geo::places::{choose, us_places, UsPlaceUse};
use pollcard_core::model::Location;
use pollcard_core::us::choice::{group_by_use, uses_present};
use wasm_bindgen::JsCast;

use super::{office, place};
use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::page_heading::PageHeading;
use crate::geo_memory;
use crate::i18n::{use_i18n, I18n};
use crate::routes::Page;
use crate::us_data::{self, UsData};

/// The page.
pub fn us_places_page() -> impl IntoView {
    let i18n = use_i18n();
    let back = Page::Location.path(i18n.lang());
    let found = us_data::found().zip(geo_memory::position());
    let mut intro = Markup::new();
    let mut form = None;
    if let Some(((data, id), _)) = &found {
        intro.element("p", "body-l", &i18n.t("us-places-lead"));
        let present = data.precinct(id).map(|precinct| uses_present(&us_places(&data.places, precinct)));
        form = present.filter(|uses| !uses.is_empty()).map(|uses| filter_form(i18n, &uses));
    } else {
        intro.open("p", "body").text(&i18n.t("us-places-need-location")).text(" ");
        intro.open_with("a", "", &[("href", &back)]).text(&i18n.t("location-button")).close("a").close("p");
    }

    let shown = RwSignal::new(Vec::<UsPlaceUse>::new());
    let status = use_context::<StatusMessage>();
    let list_found = found.clone();
    let list = move || {
        let ((data, id), at) = list_found.as_ref()?;
        Some(place_list(i18n, data, id, *at, &shown.get()).1.into_view())
    };
    // One handler for every box, on the form around them (the boxes are plain markup).
    let on_change = move |event: leptos::ev::Event| {
        let input = event.target().and_then(|target| target.dyn_into::<web_sys::HtmlInputElement>().ok());
        let Some((kind, on)) = input.and_then(|input| Some((UsPlaceUse::from_key(&input.value())?, input.checked())))
        else {
            return;
        };
        shown.update(|kinds| {
            kinds.retain(|other| *other != kind);
            if on {
                kinds.push(kind);
            }
        });
        let Some(((data, id), at)) = &found else { return };
        let (count, _) = place_list(i18n, data, id, *at, &shown.get_untracked());
        if let Some(status) = status {
            status.say(count);
        }
    };

    view! {
        <BackLink fallback=back />
        <PageHeading text=i18n.t("us-places-title") />
        {intro.into_view()}
        {form.map(|form| view! { <div class="form-group" on:change=on_change>{form.into_view()}</div> })}
        {list}
    }
}

/// The GOV.UK checkboxes, one per kind of place the precinct has.
fn filter_form(i18n: I18n, uses: &[UsPlaceUse]) -> Markup {
    let mut form = Markup::new();
    form.open_with("fieldset", "fieldset", &[("aria-describedby", "us-filter-hint")]);
    form.element("legend", "fieldset-legend label-m", &i18n.t("us-filter-legend"));
    form.open_with("div", "hint", &[("id", "us-filter-hint")]).text(&i18n.t("us-filter-hint")).close("div");
    form.open("div", "radios");
    for kind in uses {
        let id = format!("us-filter-{}", kind.key());
        form.open("div", "radio-item");
        form.open_with("input", "checkbox-input", &[("type", "checkbox"), ("id", &id), ("value", kind.key())]);
        let label = i18n.t_with("us-use-heading", &[("use", kind.key().into())]);
        form.open_with("label", "radio-label", &[("for", &id)]).text(&label).close("label");
        form.close("div");
    }
    form.close("div").close("fieldset");
    form
}

/// The count sentence and the groups, showing only the kinds in `shown` (all when
/// it is empty).
fn place_list(i18n: I18n, data: &Arc<UsData>, id: &str, at: Location, shown: &[UsPlaceUse]) -> (String, Markup) {
    let mut html = Markup::new();
    let Some(precinct) = data.precinct(id) else { return (String::new(), html) };
    let places = us_places(&data.places, precinct);
    let choice = choose(Some(at), &places, &[]);
    let (groups, count) = group_by_use(&choice.places, shown);
    let said = i18n.t_with("us-places-count", &[("shown", count.into()), ("total", places.len().into())]);
    html.element("p", "body places-count", &said);
    if places.is_empty() {
        html.element("p", "body", &i18n.t("us-places-none"));
    }
    for group in groups {
        html.element("h2", "heading-m", &i18n.t_with("us-use-heading", &[("use", group.kind.key().into())]));
        html.open("ol", "list places-list");
        for listed in group.places {
            place(&mut html, i18n, "h3", listed);
        }
        html.close("ol");
    }
    office(&mut html, i18n, &data.places, precinct);
    (said, html)
}
