//! `/apply/postal` and `/apply/proxy`: the postal and proxy vote applications, as
//! GOV.UK question pages — a start page with what to have ready, one question per
//! page (`/apply/{kind}/{question}`), "check your answers" (`…/check`) and the
//! completed form laid out for print (`…/done`).
//!
//! The pages only ask and display: which questions apply (by nation and poll) and
//! every check come from `pollcard_core::absent_vote`. The poll is the next one in
//! the data's elections file, else a council poll in the council's nation today.
//! Answers live in memory ([`crate::drafts`]), on the device only if the voter
//! opts in. The registered address comes from the postcode lookup in memory when it
//! named the address (that page is then skipped), and can always be typed.

mod fields;
mod summary;

use leptos::prelude::*;
use pollcard_core::absent_vote::{questions, validate_question, FieldError, Method, Question};
use pollcard_core::elections::ElectionsFile;
use pollcard_core::model::Nation;
use pollcard_core::timetable::{Date, ElectionType, TimetableRequest};
use wasm_bindgen::JsCast;

use crate::components::back_link::BackLink;
use crate::components::markup::Markup;
use crate::components::offline_notices::StatusMessage;
use crate::components::question_page::{Problem, QuestionPage, Values};
use crate::drafts::{self, with_answers};
use crate::election_dates::{parse_date, today_in_london};
use crate::i18n::{use_i18n, I18n};
use crate::pages::PageNotFound;
use crate::router::use_router;
use crate::routes::Page;
use crate::state::use_app_state;
use crate::{mount, show_with_elections, Shown};

/// Where in an application a page is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Start,
    Question(Question),
    Check,
    Done,
}

impl Step {
    /// The path after `/apply/{kind}`: empty, `/full-name`, `/check`, `/done`.
    pub fn tail(self) -> String {
        match self {
            Step::Start => String::new(),
            Step::Question(question) => format!("/{}", question.key()),
            Step::Check => "/check".to_owned(),
            Step::Done => "/done".to_owned(),
        }
    }

    /// The step at path segment `segment` (after `/apply/{kind}/`).
    pub fn from_segment(segment: &str) -> Option<Step> {
        match segment {
            "check" => Some(Step::Check),
            "done" => Some(Step::Done),
            key => Question::from_key(key).map(Step::Question),
        }
    }
}

/// The application being made: its kind and poll, and today.
#[derive(Clone, Copy)]
struct Flow {
    method: Method,
    poll: TimetableRequest,
    today: Date,
}

impl Flow {
    /// `None` when the device's clock gives no date.
    fn new(method: Method, file: Option<&ElectionsFile>) -> Option<Flow> {
        let state = use_app_state();
        let nation = state.index().map_or(Nation::England, |index| index.council.nation);
        let today = today_in_london()?;
        let upcoming = file.into_iter().flat_map(|file| &file.elections).filter_map(|election| {
            let date = parse_date(&election.poll_date).filter(|date| *date >= today)?;
            Some(TimetableRequest {
                poll_date: date,
                election_type: election.election_type,
                nation: election.nation,
                by_election: false,
            })
        });
        let fallback =
            TimetableRequest { poll_date: today, election_type: ElectionType::Local, nation, by_election: false };
        Some(Flow { method, poll: upcoming.min_by_key(|poll| poll.poll_date).unwrap_or(fallback), today })
    }

    fn path(self, step: Step) -> String {
        Page::Apply(self.method, step).path(use_i18n().lang())
    }

    fn questions(self) -> Vec<Question> {
        questions(self.method, &self.poll)
    }

    /// The questions the voter is asked, without the address the lookup gave.
    fn asked(self) -> Vec<Question> {
        let from_lookup = with_answers(self.method, |values| values.contains_key(FROM_LOOKUP));
        self.questions().into_iter().filter(|q| !(from_lookup && *q == Question::RegisteredAddress)).collect()
    }

    /// After `question` (or the start page): the next question, or "check your
    /// answers" (also straight back there after a change).
    fn next(self, question: Option<Question>) -> String {
        let changing = window().location().search().unwrap_or_default().contains("change");
        let asked = self.asked();
        let rest = match question {
            Some(_) if changing => &[][..],
            Some(question) => asked.iter().position(|q| *q == question).map_or(&[][..], |at| &asked[at + 1..]),
            None => &asked[..],
        };
        self.path(rest.first().map_or(Step::Check, |question| Step::Question(*question)))
    }

    fn previous(self, question: Question) -> String {
        let asked = self.asked();
        let at = asked.iter().position(|q| *q == question).unwrap_or(0);
        self.path(at.checked_sub(1).map_or(Step::Start, |before| Step::Question(asked[before])))
    }

    fn message(self, error: &FieldError, i18n: I18n) -> String {
        let name = if error.field.starts_with("scope") { "absent-date-name-until" } else { "absent-date-name-birth" };
        i18n.t_with(error.message_key, &[("name", i18n.t(name).into())])
    }
}

/// A value set when the registered address came from the postcode lookup.
const FROM_LOOKUP: &str = "registered-address-from-lookup";

/// Mounts the application page `step` of `method` in `main`. Every step is a
/// [`QuestionPage`] (the start, "check your answers" and the completed form with no
/// inputs) under the back link and above the draft controls: one view type.
pub fn show_apply(main: &web_sys::Element, method: Method, step: Step) -> Shown {
    show_with_elections(main, move |file| {
        let Some(flow) = Flow::new(method, file.as_deref()) else { return mount(main, PageNotFound) };
        if matches!(step, Step::Question(question) if !flow.questions().contains(&question)) {
            return mount(main, PageNotFound);
        }
        mount(main, move || {
            let (back, page) = match step {
                Step::Start => start_page(flow),
                Step::Question(question) => question_step(flow, question),
                Step::Check => summary::check_page(flow),
                Step::Done => summary::done_page(flow),
            };
            view! {
                <BackLink fallback=back />
                {page.into_view()}
                {draft_controls()}
            }
        })
    })
}

/// Fills in the registered address from the lookup in memory when it names the
/// voter's address ("12 High Street, Town"), and the postcode whenever there was one.
fn address_from_lookup(values: &mut Values) {
    if values.contains_key("registered-address-postcode") {
        return;
    }
    let (postcode, label) = use_app_state().lookup.with_untracked(|lookup| {
        let lookup = lookup.as_ref();
        (lookup.map(|l| l.postcode().to_owned()), lookup.and_then(|l| l.chosen_address()).map(|a| a.label.clone()))
    });
    let Some(postcode) = postcode else { return };
    values.insert("registered-address-postcode".into(), postcode);
    if let Some((line, town)) = label.as_deref().and_then(|label| label.rsplit_once(", ")) {
        values.insert("registered-address-line-1".into(), line.to_owned());
        values.insert("registered-address-town".into(), town.to_owned());
        values.insert(FROM_LOOKUP.into(), "1".into());
    }
}

/// What to have ready, and "Start now"; with where "Back" goes without history.
fn start_page(flow: Flow) -> (String, QuestionPage) {
    let i18n = use_i18n();
    let router = use_router();
    with_answers(flow.method, address_from_lookup);
    let kind = flow.method.key();
    let mut markup = Markup::new();
    markup.element("p", "body-l", &i18n.t(&format!("absent-start-lead-{kind}")));
    markup.element("h2", "heading-m", &i18n.t("absent-ready-heading"));
    summary::checklist(&mut markup, flow, i18n);
    markup.element("p", "body", &i18n.t("absent-start-privacy"));
    let start = move |_| {
        router.navigate(&flow.next(None));
        Vec::new()
    };
    let heading = i18n.t(&format!("absent-start-title-{kind}"));
    let page = QuestionPage::new(heading, Vec::new, start, i18n.t("absent-start-button")).intro(markup);
    (Page::Home.path(i18n.lang()), page)
}

fn question_step(flow: Flow, question: Question) -> (String, QuestionPage) {
    let i18n = use_i18n();
    let router = use_router();
    let method = flow.method;
    let fields = move || with_answers(method, |values| fields::fields(question, flow.poll.nation, values, i18n));
    let on_submit = move |mut read: Values| {
        if !read.get("ni-number-cannot").is_none_or(String::is_empty) {
            read.insert("ni-number".into(), String::new());
        }
        let application = with_answers(method, |values| {
            values.extend(read);
            fields::application(method, values)
        });
        let errors = validate_question(question, &application, &flow.poll, flow.today);
        let problems: Vec<Problem> = errors
            .iter()
            .map(|error| Problem { field: error.field.clone(), message: flow.message(error, i18n) })
            .collect();
        if problems.is_empty() {
            drafts::save_if_opted_in();
            router.navigate(&flow.next(Some(question)));
        }
        problems
    };
    let page = QuestionPage::new(i18n.t(&question.title_key()), fields, on_submit, i18n.t("continue"));
    (flow.previous(question), page)
}

/// "Save my answers on this device for 7 days" and "Delete my answers now".
fn draft_controls() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let status = use_context::<StatusMessage>();
    let say = move |key: &'static str| {
        if let Some(status) = status {
            let text = i18n.t(key);
            // After the page is shown again, which clears the live region.
            request_animation_frame(move || status.say(text));
        }
    };
    // The controls are markup; one handler each for the box and the button.
    let change = move |event: leptos::ev::Event| {
        if event_target_checked(&event) {
            drafts::save_all();
            say("absent-draft-saved");
        } else {
            drafts::delete_all();
            say("absent-draft-not-saved");
        }
    };
    let delete = move |event: leptos::ev::MouseEvent| {
        let target = event.target().and_then(|target| target.dyn_into::<web_sys::Element>().ok());
        if target.is_some_and(|target| target.tag_name() == "BUTTON") {
            drafts::forget_all();
            state.bundle.notify();
            say("absent-draft-deleted");
        }
    };
    let mut markup = Markup::new();
    markup.open("div", "radio-item");
    let mut attrs = vec![("type", "checkbox"), ("id", "save-draft"), ("aria-describedby", "save-draft-hint")];
    if drafts::opted_in() {
        attrs.push(("checked", ""));
    }
    markup.open_with("input", "radio-input", &attrs);
    markup.open_with("label", "radio-label", &[("for", "save-draft")]).text(&i18n.t("absent-draft-save"));
    markup.close("label").close("div");
    markup.open_with("p", "hint", &[("id", "save-draft-hint")]).text(&i18n.t("absent-draft-hint")).close("p");
    markup.open_with("button", "button button-secondary", &[("type", "button")]);
    markup.text(&i18n.t("absent-draft-delete")).close("button");
    view! {
        <div class="draft-controls" on:change=change on:click=delete>
            {markup.into_view()}
        </div>
    }
}

#[cfg(test)]
mod tests {
    use pollcard_core::model::Language;

    use super::*;

    #[test]
    fn application_paths_round_trip() {
        let steps = [Step::Start, Step::Question(Question::DateOfBirth), Step::Check, Step::Done];
        for (method, step, language) in [Method::Postal, Method::Proxy]
            .into_iter()
            .flat_map(|method| steps.map(|step| (method, step)))
            .flat_map(|(method, step)| Language::ALL.map(|language| (method, step, language)))
        {
            let page = Page::Apply(method, step);
            assert_eq!(Page::from_path(&page.path(language)), Some(page));
        }
        assert_eq!(Page::Apply(Method::Proxy, Step::Start).path(Language::Cy), "/cy/apply/proxy");
        assert_eq!(
            Page::Apply(Method::Postal, Step::Question(Question::NiNumber)).path(Language::En),
            "/apply/postal/ni-number"
        );
        assert_eq!(Page::from_path("/apply/other"), None);
        assert_eq!(Page::from_path("/apply/postal/no-such-question"), None);
    }

    /// Answers typed into the pages' inputs (by their ids) make an application core
    /// finds complete: the ids and values are the ones core reads.
    #[test]
    fn the_inputs_make_a_complete_application() {
        let poll = TimetableRequest {
            poll_date: Date::new(2027, 5, 6).expect("a date"),
            election_type: ElectionType::Local,
            nation: Nation::Wales,
            by_election: false,
        };
        let today = Date::new(2027, 4, 1).expect("a date");
        let mut values = Values::new();
        for (id, value) in [
            ("full-name", "Ada Lovelace"),
            ("registered-address-line-1", "1 Heol y Bont"),
            ("registered-address-town", "Llanffug"),
            ("registered-address-postcode", "aa1 2ab"),
            ("date-of-birth-day", "10"),
            ("date-of-birth-month", "Rhagfyr"),
            ("date-of-birth-year", "1985"),
            ("ni-number", "qq 12 34 56 c"),
            ("ni-number-cannot", "1"),
            ("ni-number-reason", "Never had one"),
            ("scope", "period"),
            ("scope-until-day", "1"),
            ("scope-until-month", "1"),
            ("scope-until-year", "2029"),
            ("ground", "disability"),
            ("ground-details", "I use a wheelchair"),
            ("ballot-address", "registered"),
            ("proxy-name", "Charles Babbage"),
            ("proxy-address-line-1", "2 Heol y Bont"),
            ("proxy-address-town", "Llanffug"),
            ("proxy-address-postcode", "AA1 2AB"),
            ("proxy-relationship", "sibling"),
            ("proxy-limit-uk-resident", "3"),
            ("proxy-able-and-willing", "1"),
            ("signature", "waiver"),
            ("signature-waiver-reason", "cannot-read-or-write"),
        ] {
            values.insert(id.into(), value.into());
        }
        for method in [Method::Postal, Method::Proxy] {
            let application = fields::application(method, &values);
            assert_eq!(pollcard_core::absent_vote::validate(&application, &poll, today), vec![], "{method:?}");
        }
        // A sibling is close family at a Welsh council poll; a friend is not.
        values.insert("proxy-relationship".into(), "not-close".into());
        let errors = pollcard_core::absent_vote::validate(&fields::application(Method::Proxy, &values), &poll, today);
        let fields: Vec<&str> = errors.iter().map(|error| error.field.as_str()).collect();
        assert_eq!(fields, ["proxy-limit-uk-resident"]);
    }
}
