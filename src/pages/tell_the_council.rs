//! "Tell the council" about a station (`/tell-the-council/station/…`): before polling
//! day, what the voter needs (a ramp, a chair, help from staff…); afterwards, how the
//! visit went (the ramp was missing, the hearing loop did not work…). Each form fills
//! in an email to the council's electoral services team as a `mailto:` link, which the
//! voter opens in their own email app and sends themselves: Pollcard sends nothing.
//! The choices, the body and its encoding are `pollcard_core::council_message`'s.
//! When the council has published no email address, the page says so and shows its
//! phone number and address instead.

use leptos::html::Form;
use leptos::prelude::*;
use pollcard_core::bundle::BundleIndex;
use pollcard_core::council_message::{mailto, Draft, MessageKind};
use pollcard_core::model::{Council, PollingStation};
use wasm_bindgen::JsCast;

use crate::components::back_link::BackLink;
use crate::components::council_contact::council_contact;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::i18n::use_i18n;
use crate::pages::easy_read_station::show_for_station;
use crate::routes::Page;
use crate::state::shown_council;
use crate::{mount, Shown};

/// The page for the station of `page`, and its council.
pub fn show_tell_the_council(main: &web_sys::Element, index: &BundleIndex, page: &Page) -> Shown {
    let station_page = page.clone();
    show_for_station(main, index, page, move |station| {
        // The council whose station it is: the lookup's or the opened council's.
        let council = crate::state::use_app_state().index().and_then(|index| shown_council(&index));
        mount(main, move || tell_the_council(station, station_page, council))
    })
}

fn tell_the_council(station: PollingStation, station_page: Page, council: Option<Council>) -> impl IntoView {
    let i18n = use_i18n();
    let email =
        council.as_ref().and_then(|council| council.contact.email.clone()).filter(|e| mailto(e, "", "").is_some());
    let mut intro = Markup::new();
    match &email {
        Some(_) => {
            intro.element("p", "body-l", &i18n.t("tell-lead")).element("p", "body", &i18n.t("tell-nothing-sent"))
        }
        None => intro.element("p", "body-l", &i18n.t("tell-no-email")),
    };
    let forms = email.map(|email| {
        let station = StoredValue::new(station.clone());
        [MessageKind::Before, MessageKind::After].map(|kind| message_form(kind, email.clone(), station))
    });
    if let (None, Some(council)) = (&forms, &council) {
        council_contact(&mut intro, council);
    }
    view! {
        <BackLink fallback=station_page.path(i18n.lang()) />
        <p class="caption">{station.name.clone()}</p>
        <PageHeading text=i18n.t("tell-title") />
        {intro.into_view()}
        {forms}
    }
}

/// One form: the choices of `kind` as checkboxes, a box for the voter's own words, and
/// the link that opens the filled-in email, kept up to date as the form changes.
fn message_form(kind: MessageKind, email: String, station: StoredValue<PollingStation>) -> impl IntoView {
    let i18n = use_i18n();
    let id = |part: &str| format!("tell-{}-{part}", kind.key());
    let message = move |part: &str| i18n.t(&format!("tell-{}-{part}", kind.key()));
    let mut fields = Markup::new();
    fields.element("h2", "heading-m", &message("heading")).open("fieldset", "fieldset");
    fields.element("legend", "fieldset-legend label-m", &message("legend")).open("div", "radios");
    for choice in kind.choices() {
        let input = id(choice);
        fields.open("div", "radio-item");
        fields.open_with("input", "radio-input", &[("type", "checkbox"), ("id", &input), ("value", choice)]);
        let label = i18n.t_with("tell-choice", &[("choice", (*choice).into())]);
        fields.open_with("label", "radio-label", &[("for", &input)]).text(&label).close("label").close("div");
    }
    let words = id("words");
    fields.close("div").close("fieldset").open("div", "form-group");
    fields.open_with("label", "label", &[("for", &words)]).text(&i18n.t("tell-words-label")).close("label");
    fields.open_with("textarea", "input tell-words", &[("id", &words), ("rows", "4")]).close("textarea").close("div");

    let form = NodeRef::<Form>::new();
    let draft = move || {
        let mut draft = Draft {
            opening: vec![i18n.t("tell-email-greeting")],
            list_heading: message("list"),
            closing: vec![i18n.t("tell-email-thanks")],
            ..Draft::default()
        };
        station.with_value(|station| {
            let args = [("name", station.name.clone().into()), ("address", station.address.clone().into())];
            draft.opening.push(i18n.t_with("tell-email-station", &args));
        });
        let Some(form) = form.get_untracked() else { return draft };
        if let Ok(checked) = form.query_selector_all("input:checked") {
            for node in (0..checked.length()).filter_map(|index| checked.item(index)) {
                let value = node.unchecked_into::<web_sys::HtmlInputElement>().value();
                draft.items.push(i18n.t_with("tell-choice", &[("choice", value.into())]));
            }
        }
        if let Ok(Some(words)) = form.query_selector("textarea") {
            draft.free_text = words.unchecked_into::<web_sys::HtmlTextAreaElement>().value();
        }
        draft
    };
    let href = RwSignal::new(String::new());
    let email = StoredValue::new(email);
    let update = move || {
        let subject = station.with_value(|station| {
            i18n.t_with(&format!("tell-{}-subject", kind.key()), &[("name", station.name.clone().into())])
        });
        href.set(mailto(&email.read_value(), &subject, &draft().body()).unwrap_or_default());
    };
    update();
    view! {
        <form class="form tell-form" novalidate node_ref=form on:input=move |_| update() on:change=move |_| update()>
            {fields.into_view()}
            <p class="body-l">
                <a id=id("email") href=move || href.get()>{message("send")}</a>
            </p>
        </form>
    }
}
