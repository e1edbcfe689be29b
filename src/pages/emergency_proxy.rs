//! `/emergency-proxy/…`: the emergency proxy wizard. GOV.UK question pages (one
//! question each, a back link, the error summary and inline errors) ask what
//! happened, then when if that decides it, then — only on the deadline's own day —
//! whether it was before 5pm; the last page says whether the grounds apply, who
//! must confirm the application and by when, what to do next, and how to reach the
//! council.
//!
//! Which questions, in what order, and the decision are pollcard-core's
//! ([`pollcard_core::absent_vote::emergency_steps`]); the poll is the voter's next
//! one still open ([`polls_to_come`]). The answers stay in memory on this page
//! ([`ANSWERS`]): never in the URL or storage, gone on reload.

use std::cell::Cell;
use std::sync::Arc;

use leptos::either::Either;
use leptos::prelude::*;
use pollcard_core::absent_vote::emergency_steps::{
    check_when, cutoff, decide, steps, EmergencyAnswers, Step, WhatHappened,
};
use pollcard_core::absent_vote::polls::polls_to_come;
use pollcard_core::absent_vote::{is_northern_ireland, DateInput, EmergencyDecision, LocalDateTime, PollDeadlines};
use pollcard_core::elections::ElectionsFile;
use pollcard_core::model::Language;

use crate::components::back_link::BackLink;
use crate::components::council_contact::council_contact;
use crate::components::markup::Markup;
use crate::components::page_heading::PageHeading;
use crate::components::question_page::{value, Choice, Field, Problem, QuestionPage, Values};
use crate::i18n::{use_i18n, I18n};
use crate::pages::ways_to_vote::{local_now, voter_ballots};
use crate::router::{use_router, Router};
use crate::routes::Page;
use crate::state::{shown_council, use_app_state};
use crate::{mount, show_with_elections, Shown};

thread_local! {
    /// The wizard's answers: memory only.
    static ANSWERS: Cell<EmergencyAnswers> = Cell::new(EmergencyAnswers::default());
}

/// Mounts the wizard's page for `step` in `main` (or the first question not yet
/// answered before it), once the elections file is here.
pub fn show_emergency_proxy(main: &web_sys::Element, step: Step) -> Shown {
    show_with_elections(main, |file| {
        let poll = file.as_deref().zip(local_now()).and_then(|(file, now)| next_poll(file, now));
        let Some((deadlines, now)) = poll else { return mount(main, NoPoll) };
        let answers = ANSWERS.get();
        let route = steps(&deadlines, &answers);
        let step = if route.contains(&step) { step } else { *route.last().unwrap_or(&Step::What) };
        let previous =
            route.iter().position(|shown| *shown == step).and_then(|at| at.checked_sub(1)).map(|at| route[at]);
        let deadlines = Arc::new(deadlines);
        mount(main, move || view! { <Wizard deadlines step previous now /> })
    })
}

/// The voter's next poll whose emergency proxy window has not closed.
fn next_poll(file: &ElectionsFile, now: LocalDateTime) -> Option<(PollDeadlines, LocalDateTime)> {
    let polls = polls_to_come(file, voter_ballots(file).as_deref(), now);
    let open = polls.iter().find(|poll| {
        poll.deadlines.at(pollcard_core::timetable::Event::EmergencyProxy).is_some_and(|closes| now < closes)
    });
    open.or(polls.first()).map(|poll| (poll.deadlines.clone(), now))
}

fn when(i18n: I18n, moment: LocalDateTime) -> String {
    i18n.deadline_in_words(moment.date, Some(moment.time))
}

#[component]
fn Wizard(deadlines: Arc<PollDeadlines>, step: Step, previous: Option<Step>, now: LocalDateTime) -> impl IntoView {
    let i18n = use_i18n();
    let lang = i18n.lang();
    let back =
        previous.map_or_else(|| Page::WaysToVote.path(lang), |previous| Page::EmergencyProxy(previous).path(lang));
    // The three questions are one view type.
    let page = match step {
        Step::What => Either::Left(what(i18n, Arc::clone(&deadlines)).into_view()),
        Step::When => Either::Left(when_question(i18n, Arc::clone(&deadlines), now).into_view()),
        Step::TimeOfDay => Either::Left(time_question(i18n, Arc::clone(&deadlines)).into_view()),
        Step::Outcome => Either::Right(outcome(i18n, &deadlines, now)),
    };
    view! {
        <BackLink fallback=back />
        {page}
    }
}

/// The router and the page's language, taken while the page is built: an event
/// handler has no context to find them in.
#[derive(Clone, Copy)]
struct Go(Router, Language);

impl Go {
    fn new(i18n: I18n) -> Go {
        Go(use_router(), i18n.lang())
    }
}

/// Saves an answer and goes to the page after `from` (in `i18n`'s language).
fn answer_and_go(go: Go, deadlines: &PollDeadlines, from: Step, change: impl FnOnce(&mut EmergencyAnswers)) {
    let mut answers = ANSWERS.get();
    change(&mut answers);
    ANSWERS.set(answers);
    let route = steps(deadlines, &answers);
    let next = route.iter().position(|step| *step == from).and_then(|at| route.get(at + 1)).copied();
    go.0.navigate(&Page::EmergencyProxy(next.unwrap_or(Step::Outcome)).path(go.1));
}

fn what(i18n: I18n, deadlines: Arc<PollDeadlines>) -> QuestionPage {
    let photo_id = deadlines.photo_id;
    let go = Go::new(i18n);
    let chosen = ANSWERS.get().what.map(|what| what.key()).unwrap_or_default();
    let fields = move || {
        let choices = WhatHappened::choices()
            .filter(|choice| photo_id || !matches!(choice, WhatHappened::Ground(ground) if ground.is_voter_id()))
            .map(|choice| {
                Choice::new(choice.key(), i18n.t_with("emergency-what-choice", &[("choice", choice.key().into())]))
            })
            .collect();
        let values = Values::from([("what".to_owned(), chosen.to_owned())]);
        vec![Field::radios("what", i18n.t("emergency-what-legend"), choices, &values)]
    };
    let on_submit = move |values: Values| {
        let Some(choice) = WhatHappened::choices().find(|choice| choice.key() == value(&values, "what")) else {
            return vec![Problem { field: "what".into(), message: i18n.t("emergency-what-error") }];
        };
        answer_and_go(go, &deadlines, Step::What, |answers| answers.set_what(choice));
        Vec::new()
    };
    let mut lead = Markup::new();
    lead.element("p", "body-l", &i18n.t("emergency-what-lead"));
    QuestionPage::new(i18n.t("emergency-what-title"), fields, on_submit, i18n.t("continue")).intro(lead)
}

fn when_question(i18n: I18n, deadlines: Arc<PollDeadlines>, now: LocalDateTime) -> QuestionPage {
    let typed = ANSWERS.get().date.map(DateInput::from_date).unwrap_or_default();
    let go = Go::new(i18n);
    let fields = move || {
        let values = Values::from([
            ("when-day".to_owned(), typed.day.clone()),
            ("when-month".to_owned(), typed.month.clone()),
            ("when-year".to_owned(), typed.year.clone()),
        ]);
        vec![Field::date("when", i18n.t("emergency-when-legend"), &values).hint(i18n.t("emergency-when-hint"))]
    };
    let on_submit = move |values: Values| {
        let input =
            DateInput::new(&value(&values, "when-day"), &value(&values, "when-month"), &value(&values, "when-year"));
        let checked = input.to_date().map_err(|error| {
            let field = match error.parts.as_slice() {
                [part] => format!("when-{}", part.key()),
                _ => "when".to_owned(),
            };
            let problem = error.message_key().trim_start_matches("absent-date-").to_owned();
            (field, problem)
        });
        let checked =
            checked.and_then(|date| check_when(date, now).map_err(|_| ("when".to_owned(), "in-future".to_owned())));
        match checked {
            Ok(date) => {
                answer_and_go(go, &deadlines, Step::When, |answers| answers.set_date(date));
                Vec::new()
            }
            Err((field, problem)) => {
                vec![Problem { field, message: i18n.t_with("emergency-when-error", &[("problem", problem.into())]) }]
            }
        }
    };
    QuestionPage::new(i18n.t("emergency-when-title"), fields, on_submit, i18n.t("continue"))
}

fn time_question(i18n: I18n, deadlines: Arc<PollDeadlines>) -> QuestionPage {
    let answers = ANSWERS.get();
    let go = Go::new(i18n);
    let moment = answers
        .what
        .and_then(|what| match what {
            WhatHappened::Ground(ground) => cutoff(&deadlines, ground),
            WhatHappened::SomethingElse => None,
        })
        .map(|cutoff| when(i18n, cutoff))
        .unwrap_or_default();
    let chosen = match answers.at_or_after_time {
        Some(true) => "after",
        Some(false) => "before",
        None => "",
    };
    let heading = i18n.t_with("emergency-time-title", &[("when", moment.into())]);
    let fields = move || {
        let choices = ["before", "after"]
            .into_iter()
            .map(|choice| Choice::new(choice, i18n.t_with("emergency-time-choice", &[("choice", choice.into())])))
            .collect();
        let values = Values::from([("time".to_owned(), chosen.to_owned())]);
        vec![Field::radios("time", i18n.t("emergency-time-legend"), choices, &values)]
    };
    let on_submit = move |values: Values| {
        let after = match value(&values, "time").as_str() {
            "after" => true,
            "before" => false,
            _ => return vec![Problem { field: "time".into(), message: i18n.t("emergency-time-error") }],
        };
        answer_and_go(go, &deadlines, Step::TimeOfDay, |answers| answers.at_or_after_time = Some(after));
        Vec::new()
    };
    QuestionPage::new(heading, fields, on_submit, i18n.t("continue"))
}

/// The answer: whether the grounds apply, who attests, by when, and what next.
fn outcome(i18n: I18n, deadlines: &PollDeadlines, now: LocalDateTime) -> impl IntoView {
    let lang = i18n.lang();
    let decision = decide(deadlines, &ANSWERS.get(), now);
    let ni = if is_northern_ireland(deadlines.nation()) { "yes" } else { "no" };
    let (kind, moment, attester) = match decision {
        Some(EmergencyDecision::Applies { attester, closes }) => ("applies", Some(closes), attester),
        Some(EmergencyDecision::UseOrdinaryProxy { closes }) => ("use-ordinary-proxy", Some(closes), None),
        Some(EmergencyDecision::HappenedBeforeDeadline { deadline }) => ("before-deadline", Some(deadline), None),
        Some(EmergencyDecision::TooLate { closed }) => ("too-late", Some(closed), None),
        Some(EmergencyDecision::PhotoIdNotRequired) => ("photo-id-not-required", None, None),
        Some(EmergencyDecision::AskElectoralOffice) => ("ask-electoral-office", None, None),
        Some(EmergencyDecision::WhenIsInTheFuture) | None => ("no-ground", None, None),
    };
    let args = |extra: Option<(&'static str, String)>| {
        let mut args = vec![
            ("outcome", kind.into()),
            ("when", moment.map(|moment| when(i18n, moment)).unwrap_or_default().into()),
            ("ni", ni.into()),
        ];
        args.extend(extra.map(|(name, text)| (name, text.into())));
        args
    };
    let mut body = Markup::new();
    body.element("p", "body-l emergency-outcome", &i18n.t_with("emergency-outcome-body", &args(None)));
    if kind == "applies" {
        let who = attester.map_or("none", |attester| attester.message_key().trim_start_matches("absent-attester-"));
        body.element("p", "body emergency-attester", &i18n.t_with("emergency-attester", &[("attester", who.into())]));
        body.element("h2", "heading-m", &i18n.t("emergency-next-heading"));
        body.open("ol", "list list-number");
        for item in
            ["proxy", "form", "attester", "send"].into_iter().filter(|item| *item != "attester" || attester.is_some())
        {
            body.element("li", "", &i18n.t_with("emergency-next", &args(Some(("step", item.to_owned())))));
        }
        body.close("ol");
    } else {
        body.element("p", "body", &i18n.t("emergency-in-person"));
    }
    if kind == "use-ordinary-proxy" {
        let href = crate::routes::path_in("/apply/proxy", lang);
        body.open("p", "body").open_with("a", "", &[("href", &href)]);
        body.text(&i18n.t_with("wtv-link", &[("way", "proxy".into())])).close("a").close("p");
    }
    body.open("p", "body").open_with("a", "", &[("href", &Page::EmergencyProxy(Step::What).path(lang))]);
    body.text(&i18n.t("emergency-change")).close("a").close("p");
    body.open("p", "body").open_with("a", "", &[("href", &Page::WaysToVote.path(lang))]);
    body.text(&i18n.t("wtv-title")).close("a").close("p");
    body.element("h2", "heading-m", &i18n.t_with("emergency-contact-heading", &[("ni", ni.into())]));
    if ni == "yes" {
        body.open("p", "body").open_with("a", "", &[("href", "https://www.eoni.org.uk/")]);
        body.text(&i18n.t("emergency-eoni-link")).close("a").close("p");
    }
    let council = (ni == "no").then(|| use_app_state().index().and_then(|index| shown_council(&index))).flatten();
    if let Some(council) = &council {
        council_contact(&mut body, council);
    }
    view! {
        <PageHeading text=i18n.t_with("emergency-outcome-title", &args(None)) />
        {body.into_view()}
    }
}

/// No poll coming up in the data: nothing to decide; who to ask instead.
#[component]
fn NoPoll() -> impl IntoView {
    let i18n = use_i18n();
    let council = use_app_state().index().and_then(|index| shown_council(&index));
    let mut body = Markup::new();
    body.element("p", "body", &i18n.t("wtv-no-poll"));
    if let Some(council) = &council {
        council_contact(&mut body, council);
    }
    view! {
        <BackLink fallback=Page::WaysToVote.path(i18n.lang()) />
        <PageHeading text=i18n.t("emergency-what-title") />
        {body.into_view()}
    }
}
