//! Validating applications: every error, each with its question and input.

use super::{date, poll};
use crate::absent_vote::answers::{GroundAnswer, ProxyLoad};
use crate::absent_vote::{
    validate, validate_question, Address, Application, BallotDestination, DateInput, Ground, Method, NiNumberAnswer,
    Question, Relationship, ScopeAnswer, SignatureAnswer,
};
use crate::model::Nation;
use crate::timetable::{Date, ElectionType, TimetableRequest};

fn today() -> Date {
    date("2026-04-01")
}

fn england() -> TimetableRequest {
    poll(ElectionType::Local, Nation::England, "2026-05-07")
}

fn address(line_1: &str, postcode: &str) -> Address {
    Address { line_1: line_1.into(), line_2: String::new(), town: "Exampleton".into(), postcode: postcode.into() }
}

fn complete(method: Method) -> Application {
    let mut application = Application::new(method);
    application.full_name = "Ada Lovelace".into();
    application.registered_address = Some(address("1 Example Street", "aa1 1aa"));
    application.date_of_birth = DateInput::new("10", "12", "1985");
    application.ni_number = Some(NiNumberAnswer::Number("jg 12 34 56 c".into()));
    application.scope = Some(ScopeAnswer::OnePoll);
    application.ballot_destination = Some(BallotDestination::RegisteredAddress);
    application.signature = Some(SignatureAnswer::WillSign);
    if method == Method::Proxy {
        application.ground =
            GroundAnswer { ground: Some(Ground::Other), details: "On holiday".into(), registered_blind: false };
        application.proxy.full_name = "Charles Babbage".into();
        application.proxy.address = Some(address("2 Example Street", "AA1 1AB"));
        application.proxy.able_and_willing = true;
        application.proxy.others_acting_for = Some(ProxyLoad::default());
    }
    application
}

/// `(question, field, message key)` of each error, for compact comparisons.
fn errors(application: &Application, poll: &TimetableRequest) -> Vec<(Question, String, &'static str)> {
    validate(application, poll, today())
        .into_iter()
        .map(|error| (error.question, error.field, error.message_key))
        .collect()
}

fn keys(application: &Application, poll: &TimetableRequest) -> Vec<&'static str> {
    errors(application, poll).into_iter().map(|(_, _, key)| key).collect()
}

#[test]
fn complete_applications_have_no_errors() {
    assert_eq!(errors(&complete(Method::Postal), &england()), vec![]);
    assert_eq!(errors(&complete(Method::Proxy), &england()), vec![]);
}

#[test]
fn an_empty_application_lists_every_required_question_in_page_order() {
    assert_eq!(
        errors(&Application::new(Method::Postal), &england()),
        vec![
            (Question::FullName, "full-name".into(), "absent-name-empty"),
            (Question::RegisteredAddress, "registered-address-line-1".into(), "absent-address-empty"),
            (Question::DateOfBirth, "date-of-birth-day".into(), "absent-date-empty"),
            (Question::NiNumber, "ni-number".into(), "absent-ni-number-choose"),
            (Question::Scope, "scope".into(), "absent-scope-choose"),
            (Question::BallotAddress, "ballot-address".into(), "absent-ballot-address-choose"),
            (Question::Signature, "signature".into(), "absent-signature-choose"),
        ]
    );
}

#[test]
fn date_of_birth_errors_focus_the_wrong_box() {
    let mut application = complete(Method::Postal);
    application.date_of_birth = DateInput::new("31", "2", "1985");
    assert_eq!(
        errors(&application, &england()),
        vec![(Question::DateOfBirth, "date-of-birth-day".into(), "absent-date-impossible")]
    );
    application.date_of_birth = DateInput::new("10", "", "1985");
    assert_eq!(errors(&application, &england())[0].1, "date-of-birth-month");
    application.date_of_birth = DateInput::new("10", "12", "2030");
    assert_eq!(keys(&application, &england()), vec!["absent-date-of-birth-in-future"]);
}

#[test]
fn age_checks_against_registration_and_the_poll() {
    let mut application = complete(Method::Postal);
    // 15 on 1 April 2026: too young to register in England, not in Wales.
    application.date_of_birth = DateInput::new("2", "4", "2010");
    assert_eq!(keys(&application, &england()), vec!["absent-date-of-birth-too-young-to-register"]);
    // In Wales they may register at 14, and are 16 by polling day at a council poll.
    let welsh_council = poll(ElectionType::Local, Nation::Wales, "2026-05-07");
    assert_eq!(keys(&application, &welsh_council), Vec::<&str>::new());
    // 16 on polling day itself: may vote; the day after: not at this poll.
    application.date_of_birth = DateInput::new("7", "5", "2010");
    assert_eq!(keys(&application, &welsh_council), Vec::<&str>::new());
    application.date_of_birth = DateInput::new("8", "5", "2010");
    assert_eq!(keys(&application, &welsh_council), vec!["absent-date-of-birth-too-young-for-poll"]);
    let westminster = poll(ElectionType::UkParliament, Nation::Wales, "2026-05-07");
    application.date_of_birth = DateInput::new("7", "5", "2010");
    assert_eq!(keys(&application, &westminster), vec!["absent-date-of-birth-too-young-for-poll"]);
    // 18 on polling day in England, not the day before.
    application.date_of_birth = DateInput::new("7", "5", "2008");
    assert_eq!(keys(&application, &england()), Vec::<&str>::new());
    application.date_of_birth = DateInput::new("8", "5", "2008");
    assert_eq!(keys(&application, &england()), vec!["absent-date-of-birth-too-young-for-poll"]);
    // A period: an attainer may apply ahead of their 18th birthday.
    application.scope = Some(ScopeAnswer::Maximum);
    assert_eq!(keys(&application, &england()), Vec::<&str>::new());
}

#[test]
fn national_insurance_number_or_a_reason() {
    let mut application = complete(Method::Postal);
    application.ni_number = Some(NiNumberAnswer::Number("JG 12 34 56 E".into()));
    assert_eq!(
        errors(&application, &england()),
        vec![(Question::NiNumber, "ni-number".into(), "absent-ni-number-suffix")]
    );
    application.ni_number = Some(NiNumberAnswer::CannotProvide { reason: "  ".into() });
    assert_eq!(
        errors(&application, &england()),
        vec![(Question::NiNumber, "ni-number-reason".into(), "absent-ni-number-reason-empty")]
    );
    application.ni_number = Some(NiNumberAnswer::CannotProvide { reason: "I have never had one".into() });
    assert_eq!(keys(&application, &england()), Vec::<&str>::new());
}

#[test]
fn scope_periods_end_after_today_and_within_3_years() {
    let mut application = complete(Method::Postal);
    let period =
        |day: &str, month: &str, year: &str| Some(ScopeAnswer::Period { until: DateInput::new(day, month, year) });
    application.scope = period("1", "4", "2029");
    assert_eq!(keys(&application, &england()), Vec::<&str>::new(), "exactly 3 years");
    application.scope = period("2", "4", "2029");
    assert_eq!(
        errors(&application, &england()),
        vec![(Question::Scope, "scope-until-day".into(), "absent-date-beyond-maximum")]
    );
    application.scope = period("1", "4", "2026");
    assert_eq!(keys(&application, &england()), vec!["absent-date-not-after-today"]);
    application.scope = period("1", "", "2027");
    assert_eq!(errors(&application, &england())[0].1, "scope-until-month");
    // Northern Ireland states no maximum.
    let mut ni = complete(Method::Postal);
    ni.ground = GroundAnswer { ground: Some(Ground::Work), details: "Offshore".into(), registered_blind: false };
    ni.scope = period("1", "4", "2035");
    assert_eq!(keys(&ni, &poll(ElectionType::NiAssembly, Nation::NorthernIreland, "2027-05-06")), Vec::<&str>::new());
}

#[test]
fn northern_ireland_postal_votes_need_a_reason() {
    let ni = poll(ElectionType::Local, Nation::NorthernIreland, "2027-05-06");
    let mut application = complete(Method::Postal);
    application.ni_number = None;
    assert_eq!(errors(&application, &ni), vec![(Question::Ground, "ground".into(), "absent-ground-choose")]);
    application.ground.ground = Some(Ground::Education);
    assert_eq!(keys(&application, &ni), vec!["absent-ground-details-empty"]);
    application.ground.details = "Studying in Glasgow".into();
    assert_eq!(keys(&application, &ni), Vec::<&str>::new());
}

#[test]
fn ballot_pack_elsewhere_needs_an_address_and_a_reason() {
    let mut application = complete(Method::Postal);
    application.ballot_destination =
        Some(BallotDestination::Other { address: address("", "not a postcode"), reason: String::new() });
    assert_eq!(
        errors(&application, &england()),
        vec![
            (Question::BallotAddress, "ballot-address-line-1".into(), "absent-address-line-1-empty"),
            (Question::BallotAddress, "ballot-address-postcode".into(), "absent-address-postcode-invalid"),
            (Question::BallotAddress, "ballot-address-reason".into(), "absent-ballot-address-reason-empty"),
        ]
    );
}

#[test]
fn signature_waiver_needs_a_reason_and_contact_details_are_checked_only_when_given() {
    let mut application = complete(Method::Postal);
    application.signature = Some(SignatureAnswer::Waiver { reason: None });
    application.contact.email = "ada@example".into();
    application.contact.phone = "0123".into();
    assert_eq!(
        errors(&application, &england()),
        vec![
            (Question::Signature, "signature-waiver-reason".into(), "absent-signature-waiver-reason"),
            (Question::Contact, "contact-email".into(), "absent-contact-email-invalid"),
            (Question::Contact, "contact-phone".into(), "absent-contact-phone-invalid"),
        ]
    );
    application.signature =
        Some(SignatureAnswer::Waiver { reason: Some(crate::absent_vote::WaiverReason::Disability) });
    application.contact.email = "ada@example.org".into();
    application.contact.phone = "+44 (0)1234 567890".into();
    assert_eq!(keys(&application, &england()), Vec::<&str>::new());
}

#[test]
fn long_term_proxies_need_disability_work_or_education_grounds() {
    let mut application = complete(Method::Proxy);
    application.scope = Some(ScopeAnswer::Maximum);
    assert_eq!(keys(&application, &england()), vec!["absent-ground-not-long-term"]);
    application.ground.ground = Some(Ground::Disability);
    assert_eq!(keys(&application, &england()), Vec::<&str>::new());
}

#[test]
fn proxy_must_be_someone_else_able_and_willing() {
    let mut application = complete(Method::Proxy);
    application.proxy.full_name = " ada  LOVELACE ".into();
    application.proxy.able_and_willing = false;
    application.proxy.address = None;
    assert_eq!(
        errors(&application, &england()),
        vec![
            (Question::ProxyName, "proxy-name".into(), "absent-proxy-name-is-voter"),
            (Question::ProxyAddress, "proxy-address-line-1".into(), "absent-address-empty"),
            (Question::ProxyAbleAndWilling, "proxy-able-and-willing".into(), "absent-proxy-able-and-willing-required"),
        ]
    );
}

#[test]
fn proxy_limits_with_and_without_the_close_family_exception() {
    let mut application = complete(Method::Proxy);
    let load = |uk, overseas| Some(ProxyLoad { uk_resident: uk, overseas_or_service: overseas });
    application.proxy.others_acting_for = load(1, 2);
    assert_eq!(keys(&application, &england()), Vec::<&str>::new(), "2 in the UK, 4 in all");
    application.proxy.others_acting_for = load(2, 0);
    assert_eq!(keys(&application, &england()), vec!["absent-proxy-limit-uk-exceeded"]);
    application.proxy.others_acting_for = load(1, 3);
    assert_eq!(keys(&application, &england()), vec!["absent-proxy-limit-total-exceeded"]);
    application.proxy.others_acting_for = None;
    assert_eq!(keys(&application, &england()), vec!["absent-proxy-limit-choose"]);

    // Senedd: the relationship is asked; close family are outside the limit.
    let senedd = poll(ElectionType::Senedd, Nation::Wales, "2026-05-07");
    application.proxy.others_acting_for = load(2, 0);
    assert_eq!(keys(&application, &senedd), vec!["absent-proxy-relationship-choose", "absent-proxy-limit-uk-exceeded"]);
    application.proxy.relationship = Some(Relationship::NotClose);
    assert_eq!(keys(&application, &senedd), vec!["absent-proxy-limit-uk-exceeded"]);
    application.proxy.relationship = Some(Relationship::Grandchild);
    assert_eq!(keys(&application, &senedd), Vec::<&str>::new());
    // At a UK Parliament poll the same relative still counts.
    let westminster = poll(ElectionType::UkParliament, Nation::Wales, "2029-05-03");
    assert_eq!(keys(&application, &westminster), vec!["absent-proxy-limit-uk-exceeded"]);
}

#[test]
fn one_page_at_a_time() {
    let application = Application::new(Method::Proxy);
    let page = validate_question(Question::ProxyName, &application, &england(), today());
    assert_eq!(page.len(), 1);
    assert_eq!(page[0].field, "proxy-name");
    assert!(validate_question(Question::PreviousName, &application, &england(), today()).is_empty(), "optional");
    assert!(validate_question(Question::Contact, &application, &england(), today()).is_empty(), "optional");
}
