//! The GOV.UK question page: a heading, the question's inputs, the error summary
//! and the inline errors, and one button; any flow of questions uses it.
//!
//! Why one component: each typed `view!` element costs wasm, and a flow has many
//! question pages. So a page describes its inputs as data ([`Field`]: text, date,
//! radios, checkbox, or a group such as an address), they are written as escaped
//! HTML with [`Markup`] (an inert clone, no code per input), and on submit every
//! input of the form is read back generically into [`Values`] (input id, or radio
//! group name, to value). The page turns the values into its answer, checks it and
//! returns the [`Problem`]s; they are shown in the summary, which takes focus, and
//! beside each input. Inputs revealed by a radio or checkbox are shown by CSS
//! (`.conditional`), so the reveal needs no code either. A page with no inputs (an
//! application's start page, "check your answers", the completed form) is the same
//! [`QuestionPage`] with content around its button, so every page of a flow is one
//! view type, compiled once.

use std::collections::BTreeMap;

use leptos::ev::{MouseEvent, SubmitEvent};
use leptos::html::{Div, Form};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
pub use crate::components::question_fields::answer_lines;
use crate::components::question_fields::Writer;
use crate::i18n::use_i18n;

/// What a form's inputs hold: text inputs by id, a radio group by its name (the
/// chosen value), a checkbox by id (`"1"` when ticked, empty when not).
pub type Values = BTreeMap<String, String>;

/// One error, about the input (or group of inputs) with id `field`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub field: String,
    pub message: String,
}

/// One radio of a [`Field::radios`] group; `reveal` is shown while it is chosen.
pub struct Choice {
    pub value: &'static str,
    pub label: String,
    pub reveal: Vec<Field>,
}

impl Choice {
    pub fn new(value: &'static str, label: String) -> Choice {
        Choice { value, label, reveal: Vec::new() }
    }
}

/// The kinds of input a question page has.
pub enum Kind {
    /// A text box: `input_type` (`text`, `email`, `tel`), its autocomplete token and
    /// extra classes (e.g. `input-postcode`).
    Text {
        value: String,
        input_type: &'static str,
        autocomplete: &'static str,
        class: &'static str,
    },
    /// GOV.UK date input: day, month and year boxes, ids `{id}-day` and so on.
    Date {
        value: [String; 3],
    },
    Radios {
        choices: Vec<Choice>,
        value: String,
    },
    Checkbox {
        checked: bool,
        reveal: Vec<Field>,
    },
    /// Inputs under one legend (an address).
    Group(Vec<Field>),
}

/// One input (or group) of a question page: its id, label or legend, hint and kind.
pub struct Field {
    pub id: String,
    pub label: String,
    pub hint: Option<String>,
    pub kind: Kind,
}

impl Field {
    fn new(id: &str, label: String, kind: Kind) -> Field {
        Field { id: id.to_owned(), label, hint: None, kind }
    }

    /// A text box holding `values[id]`.
    pub fn text(id: &str, label: String, values: &Values) -> Field {
        let value = value(values, id);
        Field::new(id, label, Kind::Text { value, input_type: "text", autocomplete: "off", class: "" })
    }

    /// The input's type, autocomplete token and extra classes.
    pub fn input(mut self, input_type: &'static str, autocomplete: &'static str, class: &'static str) -> Field {
        if let Kind::Text { input_type: t, autocomplete: a, class: c, .. } = &mut self.kind {
            (*t, *a, *c) = (input_type, autocomplete, class);
        }
        self
    }

    /// Day, month and year boxes holding `values["{id}-day"]` and so on.
    pub fn date(id: &str, legend: String, values: &Values) -> Field {
        let part = |suffix: &str| value(values, &format!("{id}-{suffix}"));
        Field::new(id, legend, Kind::Date { value: [part("day"), part("month"), part("year")] })
    }

    /// Radios named `id`, with `values[id]` chosen.
    pub fn radios(id: &str, legend: String, choices: Vec<Choice>, values: &Values) -> Field {
        Field::new(id, legend, Kind::Radios { choices, value: value(values, id) })
    }

    /// A checkbox, ticked when `values[id]` is not empty; `reveal` shows while ticked.
    pub fn checkbox(id: &str, label: String, reveal: Vec<Field>, values: &Values) -> Field {
        Field::new(id, label, Kind::Checkbox { checked: !value(values, id).is_empty(), reveal })
    }

    /// Inputs under one legend, e.g. an address's lines.
    pub fn group(id: &str, legend: String, fields: Vec<Field>) -> Field {
        Field::new(id, legend, Kind::Group(fields))
    }

    pub fn hint(mut self, hint: String) -> Field {
        self.hint = Some(hint);
        self
    }
}

/// `values[id]`, or empty.
pub fn value(values: &Values, id: &str) -> String {
    values.get(id).cloned().unwrap_or_default()
}

/// A question page: the error summary, the heading, optional content under it, the
/// inputs `fields` builds (called again after a failed submit, so it shows what was
/// typed if `on_submit` kept it) and one button, then optional content under the
/// form. `on_submit` gets every input's value and returns the problems (none: it has
/// moved on).
///
/// Every page of a flow, even one with no inputs (a start page, "check your
/// answers"), is this one type, with its closures boxed: the view is compiled once
/// however many pages use it, where a generic component is compiled again for every
/// caller's closure types.
pub struct QuestionPage {
    heading: String,
    intro: Option<Markup>,
    fields: Box<dyn Fn() -> Vec<Field>>,
    on_submit: Box<dyn Fn(Values) -> Vec<Problem>>,
    button: String,
    button_class: &'static str,
    after: Option<Markup>,
}

impl QuestionPage {
    pub fn new(
        heading: String,
        fields: impl Fn() -> Vec<Field> + 'static,
        on_submit: impl Fn(Values) -> Vec<Problem> + 'static,
        button: String,
    ) -> QuestionPage {
        QuestionPage {
            heading,
            intro: None,
            fields: Box::new(fields),
            on_submit: Box::new(on_submit),
            button,
            button_class: "button",
            after: None,
        }
    }

    /// Content between the heading and the form.
    pub fn intro(mut self, intro: Markup) -> QuestionPage {
        self.intro = Some(intro);
        self
    }

    /// Content under the form.
    pub fn after(mut self, after: Markup) -> QuestionPage {
        self.after = Some(after);
        self
    }

    /// The button's classes (`button` unless set).
    pub fn button_class(mut self, class: &'static str) -> QuestionPage {
        self.button_class = class;
        self
    }

    pub fn into_view(self) -> impl IntoView {
        let QuestionPage { heading, intro, fields, on_submit, button, button_class, after } = self;
        let i18n = use_i18n();
        let (fields, on_submit) = (StoredValue::new_local(fields), StoredValue::new_local(on_submit));
        let problems = RwSignal::new(Vec::<Problem>::new());
        let has_error = Signal::derive(move || problems.with(|list| !list.is_empty()));
        let form = NodeRef::<Form>::new();
        let submit = move |event: SubmitEvent| {
            event.prevent_default();
            let Some(form) = form.get_untracked() else { return };
            let found = on_submit.with_value(|on_submit| on_submit(read_form(&form)));
            if !found.is_empty() || problems.with_untracked(|list| !list.is_empty()) {
                problems.set(found);
            }
        };
        let (title, prefix) = (i18n.t("error-summary-title"), i18n.t("error-prefix"));
        let parts = [i18n.t("absent-date-day"), i18n.t("absent-date-month"), i18n.t("absent-date-year")];
        let inputs = move || {
            let list = problems.get();
            let mut markup = Markup::new();
            let writer = Writer { problems: &list, prefix: &prefix, parts: &parts };
            for field in fields.with_value(|fields| fields()) {
                writer.field(&mut markup, &field);
            }
            markup.into_view()
        };
        view! {
            <ErrorList problems title />
            <PageHeading text=heading error=has_error />
            {intro.map(Markup::into_view)}
            <form class="form" novalidate node_ref=form on:submit=submit>
                {inputs}
                <button type="submit" class=button_class>
                    {button}
                </button>
            </form>
            {after.map(Markup::into_view)}
        }
    }
}

/// The GOV.UK error summary for several problems, each a link to its input; takes
/// focus whenever it appears or changes.
#[component]
pub fn ErrorList(#[prop(into)] problems: Signal<Vec<Problem>>, title: String) -> impl IntoView {
    move || {
        let list = problems.get();
        if list.is_empty() {
            return None;
        }
        let summary = NodeRef::<Div>::new();
        request_animation_frame(move || {
            if let Some(summary) = summary.get_untracked() {
                let _ = summary.focus();
            }
        });
        let mut markup = Markup::new();
        markup.element("h2", "error-summary-title", &title).open("ul", "error-summary-list");
        for problem in &list {
            // A field on this page, or (from "check your answers") a page's path.
            let href =
                if problem.field.starts_with('/') { problem.field.clone() } else { format!("#{}", problem.field) };
            markup.open("li", "").open_with("a", "", &[("href", &href)]);
            markup.text(&problem.message).close("a").close("li");
        }
        markup.close("ul");
        Some(view! {
            <div class="error-summary" tabindex="-1" node_ref=summary on:click=focus_linked>
                {markup.into_view()}
            </div>
        })
    }
}

/// A click on a summary link focuses the input itself (or a group's first input):
/// a plain `#id` link would only scroll to it.
fn focus_linked(event: MouseEvent) {
    let Some(link) = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok()) else { return };
    let Some(id) = link.get_attribute("href").and_then(|href| href.strip_prefix('#').map(str::to_owned)) else {
        return;
    };
    event.prevent_default();
    let Some(target) = document().get_element_by_id(&id) else { return };
    let input = if target.tag_name() == "INPUT" { Some(target) } else { target.query_selector("input").ok().flatten() };
    if let Some(input) = input.and_then(|input| input.dyn_into::<web_sys::HtmlElement>().ok()) {
        input.scroll_into_view();
        let _ = input.focus();
    }
}

/// Every input of `form`: text by id, the chosen radio by name, checkboxes by id.
pub fn read_form(form: &web_sys::HtmlFormElement) -> Values {
    let mut values = Values::new();
    let Ok(inputs) = form.query_selector_all("input") else { return values };
    for index in 0..inputs.length() {
        let Some(input) = inputs.item(index).and_then(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            continue;
        };
        match input.type_().as_str() {
            "radio" if input.checked() => drop(values.insert(input.name(), input.value())),
            "radio" => {}
            "checkbox" => drop(values.insert(input.id(), if input.checked() { "1".into() } else { String::new() })),
            _ => drop(values.insert(input.id(), input.value())),
        }
    }
    values
}
