//! "Check your answers" and the completed application, both written with
//! [`Markup`] from the same answer rows; the application is laid out for A4 by the
//! print rules at the end of `style/main.css` (the browser's "Save as PDF" makes
//! a PDF of it).

use leptos::prelude::window;
use pollcard_core::absent_vote::{
    attester_for, handled_by, is_northern_ireland, online_service, validate, Application, Authority, ScopeAnswer,
};

use super::{fields, Flow, Step};
use crate::components::markup::Markup;
use crate::components::question_page::{answer_lines, Problem, QuestionPage};
use crate::drafts::with_answers;
use crate::i18n::{use_i18n, I18n};
use crate::router::use_router;
use crate::state::{shown_council, use_app_state};

fn application(flow: Flow) -> Application {
    with_answers(flow.method, |values| fields::application(flow.method, values))
}

/// Each question's heading and answer as a summary list; with a "Change" link each
/// when `change`.
fn answers(markup: &mut Markup, flow: Flow, i18n: I18n, change: bool) {
    markup.open("dl", "summary-list");
    for question in flow.questions() {
        let title = i18n.t(&question.title_key());
        let mut lines = Vec::new();
        let fields = with_answers(flow.method, |values| fields::fields(question, flow.poll.nation, values, i18n));
        answer_lines(&fields, fields.len() > 1, i18n, &mut lines);
        if lines.is_empty() {
            lines.push(i18n.t("absent-not-given"));
        }
        markup.open("div", "summary-row").element("dt", "summary-key", &title).open("dd", "summary-value");
        for line in &lines {
            markup.element("span", "summary-line", line);
        }
        markup.close("dd");
        if change {
            let href = format!("{}?change", flow.path(Step::Question(question)));
            markup.open("dd", "summary-actions").open_with("a", "", &[("href", &href)]);
            markup.text(&i18n.t("absent-change")).element("span", "visually-hidden", &format!(" – {title}"));
            markup.close("a").close("dd");
        }
        markup.close("div");
    }
    markup.close("dl");
}

/// What to have ready, for the online service and the paper form.
pub(super) fn checklist(markup: &mut Markup, flow: Flow, i18n: I18n) {
    let nation = flow.poll.nation;
    let mut items = Vec::new();
    if !is_northern_ireland(nation) {
        items.push(i18n.t("absent-ready-ni-number"));
        items.push(i18n.t("absent-ready-signature-photo"));
    }
    items.push(i18n.t("absent-ready-sign-form"));
    let application = application(flow);
    let long_term = application.scope.as_ref().is_some_and(ScopeAnswer::is_long_term);
    let ground = application.ground.ground;
    let attester =
        ground.and_then(|g| attester_for(flow.method, nation, long_term, g, application.ground.registered_blind));
    if let Some(attester) = attester {
        items.push(i18n.t_with("absent-ready-attester", &[("attester", i18n.t(attester.message_key()).into())]));
    }
    items.push(i18n.t_with("absent-ready-send", &[("authority", authority(flow, i18n).into())]));
    markup.open("ul", "list");
    for item in &items {
        markup.element("li", "", item);
    }
    markup.close("ul");
}

/// Who the application goes to: the council's electoral services, or EONI.
fn authority(flow: Flow, i18n: I18n) -> String {
    let council = use_app_state().index().and_then(|index| shown_council(&index));
    let name = council.as_ref().and_then(|council| council.name.best(i18n.lang()).map(|(name, _)| name.to_owned()));
    let name = name.unwrap_or_else(|| i18n.t("national-your-council"));
    i18n.t_with(handled_by(flow.poll.nation).message_key(), &[("council", name.into())])
}

/// "Check your answers": every answer with a "Change" link, and the button that
/// checks the whole application; a problem links to its question's page.
pub(super) fn check_page(flow: Flow) -> (String, QuestionPage) {
    let i18n = use_i18n();
    let router = use_router();
    let mut markup = Markup::new();
    answers(&mut markup, flow, i18n, true);
    let submit = move |_| {
        let errors = validate(&application(flow), &flow.poll, flow.today);
        if errors.is_empty() {
            router.navigate(&flow.path(Step::Done));
        }
        let found = errors.iter().map(|error| Problem {
            field: format!("{}?change", flow.path(Step::Question(error.question))),
            message: flow.message(error, i18n),
        });
        found.collect()
    };
    let back = flow.path(flow.questions().last().map_or(Step::Start, |question| Step::Question(*question)));
    let page = QuestionPage::new(i18n.t("absent-check-title"), Vec::new, submit, i18n.t("absent-check-button"));
    (back, page.intro(markup))
}

/// The confirmation and the completed form, or "check your answers" while an
/// answer is missing or wrong (a page opened from a bookmark or after a change).
pub(super) fn done_page(flow: Flow) -> (String, QuestionPage) {
    if !validate(&application(flow), &flow.poll, flow.today).is_empty() {
        return check_page(flow);
    }
    let i18n = use_i18n();
    let kind = flow.method.key();
    let nation = flow.poll.nation;
    let mut lead = Markup::new();
    lead.element("p", "body-l", &i18n.t("absent-done-lead"));
    let mut form = Markup::new();
    form.open("section", "apply-form").element("h2", "heading-l", &i18n.t(&format!("absent-form-title-{kind}")));
    form.element("p", "body", &i18n.t("absent-form-send-to")).open("p", "body apply-form-to");
    form.element("strong", "", &authority(flow, i18n));
    let council = use_app_state().index().and_then(|index| shown_council(&index));
    let address = council.as_ref().and_then(|c| c.contact.address.best(i18n.lang()).map(|(a, _)| a.to_owned()));
    if let Some(address) = address.filter(|_| handled_by(nation) == Authority::Council) {
        form.element("span", "summary-line", &address);
    }
    form.close("p");
    answers(&mut form, flow, i18n, false);
    form.element("p", "body apply-form-sign", &i18n.t("absent-form-signature"))
        .open("div", "apply-form-box")
        .close("div");
    form.element("p", "body apply-form-sign", &i18n.t("absent-form-date")).close("section");
    form.element("h2", "heading-m", &i18n.t("absent-ready-heading"));
    checklist(&mut form, flow, i18n);
    let long_term = application(flow).scope.as_ref().is_some_and(ScopeAnswer::is_long_term);
    let online = window().navigator().on_line();
    if let Some(service) = online_service(flow.method, nation, long_term).filter(|_| online) {
        form.open("p", "body apply-online").open_with(
            "a",
            "",
            &[("href", service.url()), ("rel", "external noopener noreferrer")],
        );
        form.text(&i18n.t(service.message_key())).close("a").close("p");
    }
    let print = |_| {
        drop(window().print());
        Vec::new()
    };
    let title = i18n.t(&format!("absent-done-title-{kind}"));
    let page = QuestionPage::new(title, Vec::new, print, i18n.t("absent-print-button"));
    (flow.path(Step::Check), page.intro(lead).button_class("button apply-print").after(form))
}
