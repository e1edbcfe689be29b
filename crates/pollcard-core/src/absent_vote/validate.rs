//! Checking an application's answers: every error at once, each with the question
//! it belongs to and the input it should focus, as the GOV.UK error summary needs.
//!
//! [`validate_question`] checks one page (what a "Continue" button does);
//! [`validate`] checks every question that applies (what "check your answers" does
//! before the form is laid out for print). Errors are message keys, never prose.

use super::age::{minimum_registration_age, old_enough_to_vote};
use super::answers::{Address, Application, BallotDestination, NiNumberAnswer, ScopeAnswer, SignatureAnswer};
use super::date_input::{DateInput, DateInputError};
use super::ni_number::NiNumber;
use super::questions::{questions, Question};
use super::rules::{ground_allows_long_term_proxy, maximum_scope, proxy_limit, MaximumScope};
use super::{age, Method};
use crate::postcode::Postcode;
use crate::timetable::{Date, TimetableRequest};

/// The longest name or free-text answer Pollcard accepts, in characters.
pub const MAX_TEXT: usize = 500;
/// The longest name, in characters.
pub const MAX_NAME: usize = 100;

/// One error of one question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub question: Question,
    /// The id of the input the error summary links to, e.g. `date-of-birth-month`.
    pub field: String,
    /// The message key of the app's catalogues.
    pub message_key: &'static str,
}

/// Every error of every question that applies to `application` for `poll`, in page
/// order; empty when the application is complete. `today` is the local date.
pub fn validate(application: &Application, poll: &TimetableRequest, today: Date) -> Vec<FieldError> {
    questions(application.method, poll)
        .into_iter()
        .flat_map(|question| validate_question(question, application, poll, today))
        .collect()
}

/// The errors of one question's answer.
pub fn validate_question(
    question: Question,
    application: &Application,
    poll: &TimetableRequest,
    today: Date,
) -> Vec<FieldError> {
    let mut errors = Errors { question, list: Vec::new() };
    match question {
        Question::FullName => errors.name("", &application.full_name, true),
        Question::PreviousName => errors.name("", &application.previous_name, false),
        Question::RegisteredAddress => errors.address("", application.registered_address.as_ref()),
        Question::DateOfBirth => date_of_birth(&mut errors, application, poll, today),
        Question::NiNumber => match &application.ni_number {
            None => errors.push("", "absent-ni-number-choose"),
            Some(NiNumberAnswer::Number(text)) => {
                if let Err(error) = NiNumber::parse(text) {
                    errors.push("", error.message_key());
                }
            }
            Some(NiNumberAnswer::CannotProvide { reason }) => {
                errors.text("-reason", reason, "absent-ni-number-reason-empty")
            }
        },
        Question::Scope => scope(&mut errors, application, poll, today),
        Question::Ground => ground(&mut errors, application, poll),
        Question::BallotAddress => match &application.ballot_destination {
            None => errors.push("", "absent-ballot-address-choose"),
            Some(BallotDestination::RegisteredAddress) => {}
            Some(BallotDestination::Other { address, reason }) => {
                errors.address("", Some(address));
                errors.text("-reason", reason, "absent-ballot-address-reason-empty");
            }
        },
        Question::ProxyName => {
            errors.name("", &application.proxy.full_name, true);
            if !application.proxy.full_name.trim().is_empty()
                && same_name(&application.proxy.full_name, &application.full_name)
            {
                errors.push("", "absent-proxy-name-is-voter");
            }
        }
        Question::ProxyAddress => errors.address("", application.proxy.address.as_ref()),
        Question::ProxyRelationship => {
            if application.proxy.relationship.is_none() {
                errors.push("", "absent-proxy-relationship-choose");
            }
        }
        Question::ProxyLimit => proxy_load(&mut errors, application, poll),
        Question::ProxyAbleAndWilling => {
            if !application.proxy.able_and_willing {
                errors.push("", "absent-proxy-able-and-willing-required");
            }
        }
        Question::Signature => match &application.signature {
            None => errors.push("", "absent-signature-choose"),
            Some(SignatureAnswer::Waiver { reason: None }) => {
                errors.push("-waiver-reason", "absent-signature-waiver-reason")
            }
            Some(_) => {}
        },
        Question::Contact => {
            let contact = &application.contact;
            if !contact.email.trim().is_empty() && !looks_like_email(contact.email.trim()) {
                errors.push("-email", "absent-contact-email-invalid");
            }
            if !contact.phone.trim().is_empty() && !looks_like_phone(&contact.phone) {
                errors.push("-phone", "absent-contact-phone-invalid");
            }
        }
    }
    errors.list
}

/// Collects one question's errors, naming inputs after the question's key.
struct Errors {
    question: Question,
    list: Vec<FieldError>,
}

impl Errors {
    fn push(&mut self, field_suffix: &str, message_key: &'static str) {
        let field = format!("{}{field_suffix}", self.question.key());
        self.list.push(FieldError { question: self.question, field, message_key });
    }

    fn name(&mut self, suffix: &str, name: &str, required: bool) {
        let name = name.trim();
        if required && name.is_empty() {
            self.push(suffix, "absent-name-empty");
        } else if name.chars().count() > MAX_NAME {
            self.push(suffix, "absent-name-too-long");
        }
    }

    fn text(&mut self, suffix: &str, text: &str, empty_key: &'static str) {
        let text = text.trim();
        if text.is_empty() {
            self.push(suffix, empty_key);
        } else if text.chars().count() > MAX_TEXT {
            self.push(suffix, "absent-text-too-long");
        }
    }

    fn address(&mut self, prefix: &str, address: Option<&Address>) {
        let Some(address) = address else {
            self.push(&format!("{prefix}-line-1"), "absent-address-empty");
            return;
        };
        if address.line_1.trim().is_empty() {
            self.push(&format!("{prefix}-line-1"), "absent-address-line-1-empty");
        }
        if address.town.trim().is_empty() {
            self.push(&format!("{prefix}-town"), "absent-address-town-empty");
        }
        if address.postcode.trim().is_empty() {
            self.push(&format!("{prefix}-postcode"), "absent-address-postcode-empty");
        } else if Postcode::parse(&address.postcode).is_err() {
            self.push(&format!("{prefix}-postcode"), "absent-address-postcode-invalid");
        }
    }

    fn date(&mut self, suffix: &str, error: &DateInputError) {
        let part = error.parts.first().map_or("day", |part| part.key());
        self.push(&format!("{suffix}-{part}"), error.message_key());
    }
}

fn date_of_birth(errors: &mut Errors, application: &Application, poll: &TimetableRequest, today: Date) {
    let born = match application.date_of_birth.date_of_birth(today) {
        Ok(born) => born,
        Err(error) => return errors.date("", &error),
    };
    if age::age_on(born, today) < minimum_registration_age(poll.nation) {
        errors.push("-year", "absent-date-of-birth-too-young-to-register");
    } else if matches!(application.scope, Some(ScopeAnswer::OnePoll))
        && !old_enough_to_vote(born, poll.election_type, poll.nation, poll.poll_date)
    {
        errors.push("-year", "absent-date-of-birth-too-young-for-poll");
    }
}

/// The last day a period may run to from `today`: the maximum number of years on.
pub fn latest_period_end(nation: crate::model::Nation, today: Date) -> Option<Date> {
    let MaximumScope::Years(years) = maximum_scope(nation) else {
        return None;
    };
    let year = today.year() + i32::from(years);
    // 29 February has no anniversary in a common year: the day before counts.
    Date::new(year, today.month(), today.day()).or_else(|| Date::new(year, today.month(), today.day() - 1))
}

fn scope(errors: &mut Errors, application: &Application, poll: &TimetableRequest, today: Date) {
    match &application.scope {
        None => errors.push("", "absent-scope-choose"),
        Some(ScopeAnswer::Period { until }) => period_end(errors, until, poll, today),
        Some(_) => {}
    }
}

fn period_end(errors: &mut Errors, until: &DateInput, poll: &TimetableRequest, today: Date) {
    if let Err(error) = until.date_after(today, latest_period_end(poll.nation, today)) {
        errors.date("-until", &error);
    }
}

fn ground(errors: &mut Errors, application: &Application, poll: &TimetableRequest) {
    let answer = &application.ground;
    let Some(ground) = answer.ground else {
        return errors.push("", "absent-ground-choose");
    };
    let long_term = application.scope.as_ref().is_some_and(ScopeAnswer::is_long_term);
    if application.method == Method::Proxy
        && !super::is_northern_ireland(poll.nation)
        && long_term
        && !ground_allows_long_term_proxy(ground)
    {
        errors.push("", "absent-ground-not-long-term");
    }
    errors.text("-details", &answer.details, "absent-ground-details-empty");
}

fn proxy_load(errors: &mut Errors, application: &Application, poll: &TimetableRequest) {
    let Some(load) = application.proxy.others_acting_for else {
        return errors.push("", "absent-proxy-limit-choose");
    };
    let limit = proxy_limit(poll.election_type, poll.nation);
    let close_family = application.proxy.relationship.is_some_and(|relationship| relationship.is_close_family());
    if limit.close_family_exempt && close_family {
        return;
    }
    // This voter lives in the UK, so counts towards both limits.
    let uk = u16::from(load.uk_resident) + 1;
    let total = uk + u16::from(load.overseas_or_service);
    if uk > u16::from(limit.uk_resident) {
        errors.push("-uk-resident", "absent-proxy-limit-uk-exceeded");
    } else if total > u16::from(limit.total) {
        errors.push("-overseas-or-service", "absent-proxy-limit-total-exceeded");
    }
}

/// Names compared without case, spacing or punctuation.
fn same_name(a: &str, b: &str) -> bool {
    use crate::letter_case::{is_word_character, lowercase};
    let fold = |text: &str| -> String { text.chars().filter(|c| is_word_character(*c)).map(lowercase).collect() };
    fold(a) == fold(b)
}

/// `local@domain.tld`, no spaces: enough to catch a typing slip.
fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && !text.chars().any(char::is_whitespace)
        && domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty())
}

/// Digits with optional spaces, `+`, brackets and hyphens; 10 to 15 digits (a UK
/// number has 10 or 11, an international one up to 15).
fn looks_like_phone(text: &str) -> bool {
    let allowed = text.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '(' | ')' | '-'));
    let digits = text.chars().filter(char::is_ascii_digit).count();
    allowed && (10..=15).contains(&digits)
}
