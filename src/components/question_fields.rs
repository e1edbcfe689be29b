//! The question page's inputs written as GOV.UK markup (labels, hints, inline
//! errors, `aria-describedby`, conditional reveals), and read back as lines of
//! text for "check your answers" and printed forms. Kept apart from
//! [`super::question_page`], which has the page itself and the types.

use super::markup::Markup;
use super::question_page::{Field, Kind, Problem};

/// What `fields` hold, as lines to show back ("check your answers", a printed
/// form): texts as typed (labelled when `labelled`), dates with the month's name,
/// the chosen radio's label and what it revealed, a ticked checkbox's label.
pub fn answer_lines(fields: &[Field], labelled: bool, i18n: crate::i18n::I18n, lines: &mut Vec<String>) {
    for field in fields {
        match &field.kind {
            Kind::Text { value, .. } if value.trim().is_empty() => {}
            Kind::Text { value, .. } if labelled => lines.push(format!("{}: {}", field.label, value.trim())),
            Kind::Text { value, .. } => lines.push(value.trim().to_owned()),
            Kind::Date { value: [day, month, year] } => {
                let month = match month.trim().parse::<u8>() {
                    Ok(number @ 1..=12) => i18n.t(&format!("month-{number}")),
                    _ => month.trim().to_owned(),
                };
                lines.push(format!("{} {month} {}", day.trim(), year.trim()));
            }
            Kind::Radios { choices, value } => {
                if let Some(choice) = choices.iter().find(|choice| choice.value == value) {
                    lines.push(choice.label.clone());
                    answer_lines(&choice.reveal, true, i18n, lines);
                }
            }
            Kind::Checkbox { checked: true, reveal } => {
                lines.push(field.label.clone());
                answer_lines(reveal, true, i18n, lines);
            }
            Kind::Checkbox { .. } => {}
            // An address's lines need no labels; other groups' numbers do.
            Kind::Group(inner) => answer_lines(inner, !field.id.contains("address"), i18n, lines),
        }
    }
}

/// Writes fields as GOV.UK markup, with their problems.
pub(crate) struct Writer<'a> {
    pub problems: &'a [Problem],
    pub prefix: &'a str,
    pub parts: &'a [String; 3],
}

impl Writer<'_> {
    /// The problems of the input or group `id` (a date's problems name a box).
    fn of(&self, id: &str) -> Vec<&Problem> {
        let box_of = |field: &str| ["day", "month", "year"].iter().any(|part| field == format!("{id}-{part}"));
        self.problems.iter().filter(|problem| problem.field == id || box_of(&problem.field)).collect()
    }

    pub fn field(&self, markup: &mut Markup, field: &Field) {
        let id = field.id.as_str();
        let problems = self.of(id);
        let group_class = if problems.is_empty() { "form-group" } else { "form-group form-group-error" };
        let mut described = String::new();
        if field.hint.is_some() {
            described.push_str(&format!("{id}-hint"));
        }
        if !problems.is_empty() {
            described.push_str(&format!(" {id}-error"));
        }
        let described = described.trim();
        markup.open("div", group_class);
        if let Kind::Text { value, input_type, autocomplete, class } = &field.kind {
            markup.open_with("label", "label", &[("for", id)]).text(&field.label).close("label");
            self.hint_and_errors(markup, field, &problems);
            let class = format!("input{}{}", if problems.is_empty() { "" } else { " input-error" }, space(class));
            let mut attrs = vec![("class", class.as_str()), ("id", id), ("name", id), ("type", input_type)];
            attrs.extend([("value", value.as_str()), ("autocomplete", autocomplete), ("spellcheck", "false")]);
            if !described.is_empty() {
                attrs.push(("aria-describedby", described));
            }
            markup.open_with("input", "", &attrs);
        } else if let Kind::Checkbox { checked, reveal } = &field.kind {
            self.hint_and_errors(markup, field, &problems);
            markup.open("div", "radio-item");
            let mut attrs = vec![("class", "radio-input"), ("id", id), ("name", id), ("type", "checkbox")];
            attrs.push(("value", "1"));
            if *checked {
                attrs.push(("checked", ""));
            }
            if !described.is_empty() {
                attrs.push(("aria-describedby", described));
            }
            markup.open_with("input", "", &attrs);
            markup.open_with("label", "radio-label", &[("for", id)]).text(&field.label).close("label").close("div");
            self.conditional(markup, reveal);
        } else {
            let mut attrs = vec![("id", id)];
            if !described.is_empty() {
                attrs.push(("aria-describedby", described));
            }
            markup.open_with("fieldset", "fieldset", &attrs);
            markup.element("legend", "fieldset-legend label-m", &field.label);
            self.hint_and_errors(markup, field, &problems);
            self.group_inputs(markup, field, &problems);
            markup.close("fieldset");
        }
        markup.close("div");
    }

    fn group_inputs(&self, markup: &mut Markup, field: &Field, problems: &[&Problem]) {
        let id = field.id.as_str();
        match &field.kind {
            Kind::Date { value } => {
                markup.open("div", "date-input");
                for (index, part) in ["day", "month", "year"].into_iter().enumerate() {
                    let part_id = format!("{id}-{part}");
                    let wrong = problems.iter().any(|problem| problem.field == part_id || problem.field == id);
                    let class = match (index == 2, wrong) {
                        (false, false) => "input date-input-2",
                        (false, true) => "input date-input-2 input-error",
                        (true, false) => "input date-input-4",
                        (true, true) => "input date-input-4 input-error",
                    };
                    markup.open("div", "date-input-item");
                    markup.open_with("label", "label", &[("for", &part_id)]).text(&self.parts[index]).close("label");
                    let autocomplete =
                        if id == "date-of-birth" { ["bday-day", "bday-month", "bday-year"][index] } else { "off" };
                    let attrs = [
                        ("id", part_id.as_str()),
                        ("name", &part_id),
                        ("type", "text"),
                        ("inputmode", "numeric"),
                        ("value", &value[index]),
                        ("autocomplete", autocomplete),
                    ];
                    markup.open_with("input", class, &attrs);
                    markup.close("div");
                }
                markup.close("div");
            }
            Kind::Radios { choices, value } => {
                markup.open("div", "radios");
                for choice in choices {
                    let radio_id = format!("{id}-{}", choice.value);
                    markup.open("div", "radio-item");
                    let mut attrs = vec![("class", "radio-input"), ("id", radio_id.as_str()), ("name", id)];
                    attrs.extend([("type", "radio"), ("value", choice.value)]);
                    if value == choice.value {
                        attrs.push(("checked", ""));
                    }
                    markup.open_with("input", "", &attrs);
                    markup.open_with("label", "radio-label", &[("for", &radio_id)]).text(&choice.label);
                    markup.close("label").close("div");
                    self.conditional(markup, &choice.reveal);
                }
                markup.close("div");
            }
            Kind::Group(fields) => fields.iter().for_each(|inner| self.field(markup, inner)),
            Kind::Text { .. } | Kind::Checkbox { .. } => {}
        }
    }

    fn hint_and_errors(&self, markup: &mut Markup, field: &Field, problems: &[&Problem]) {
        if let Some(hint) = &field.hint {
            markup.open_with("div", "hint", &[("id", &format!("{}-hint", field.id))]).text(hint).close("div");
        }
        if let Some(first) = problems.first() {
            markup.open_with("p", "error-message", &[("id", &format!("{}-error", field.id))]);
            markup.element("span", "visually-hidden", self.prefix).text(" ").text(&first.message).close("p");
        }
    }

    fn conditional(&self, markup: &mut Markup, reveal: &[Field]) {
        if reveal.is_empty() {
            return;
        }
        markup.open("div", "conditional");
        reveal.iter().for_each(|inner| self.field(markup, inner));
        markup.close("div");
    }
}

fn space(class: &str) -> String {
    if class.is_empty() {
        String::new()
    } else {
        format!(" {class}")
    }
}
