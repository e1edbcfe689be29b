//! Each question's inputs, and the answers they make.
//!
//! The inputs are data for the generic question page ([`Field`]); their ids are the
//! ones `pollcard_core::absent_vote::validate` names in its errors
//! (`date-of-birth-month`, `registered-address-postcode`), so an error lands
//! beside its input with no mapping. [`application`] turns the values the page
//! read back into core's [`Application`], which core checks.

use pollcard_core::absent_vote::{
    maximum_scope, Address, Application, BallotDestination, ContactDetails, DateInput, Ground, GroundAnswer,
    MaximumScope, Method, NiNumberAnswer, ProxyAnswers, ProxyLoad, Question, Relationship, ScopeAnswer,
    SignatureAnswer, WaiverReason,
};
use pollcard_core::model::Nation;

use crate::components::question_page::{value, Choice, Field, Values};
use crate::i18n::I18n;

/// The inputs of `question`, filled in from `values`.
pub fn fields(question: Question, nation: Nation, values: &Values, i18n: I18n) -> Vec<Field> {
    let t = |key: &str| i18n.t(&format!("absent-{key}"));
    let text = |id: &str| Field::text(id, t(&format!("label-{id}")), values);
    let choices = |id: &str, keys: &[&'static str]| -> Vec<Choice> {
        keys.iter().map(|key| Choice::new(key, t(&format!("choice-{id}-{key}")))).collect()
    };
    // The inputs are `{id}-line-1` and so on; the group is `{id}{group}`.
    let address = |id: &str, group: &str| {
        let line = |part: &str, autocomplete| {
            Field::text(&format!("{id}-{part}"), t(&format!("label-address-{part}")), values).input(
                "text",
                autocomplete,
                if part == "postcode" { "input-postcode" } else { "" },
            )
        };
        Field::group(
            &format!("{id}{group}"),
            t(&format!("legend-{id}{group}")),
            vec![
                line("line-1", "address-line1"),
                line("line-2", "address-line2"),
                line("town", "address-level2"),
                line("postcode", "postal-code"),
            ],
        )
    };
    match question {
        Question::FullName => vec![text("full-name").input("text", "name", "")],
        Question::PreviousName => vec![text("previous-name").hint(t("hint-previous-name"))],
        Question::RegisteredAddress => vec![address("registered-address", "")],
        Question::DateOfBirth => {
            vec![Field::date("date-of-birth", t("label-date-of-birth"), values).hint(t("hint-date-of-birth"))]
        }
        Question::NiNumber => vec![
            text("ni-number").hint(t("hint-ni-number")),
            Field::checkbox("ni-number-cannot", t("label-ni-number-cannot"), vec![text("ni-number-reason")], values),
        ],
        Question::Scope => {
            let mut list = choices("scope", &["one-poll", "period", "maximum"]);
            let until = Field::date("scope-until", t("label-scope-until"), values).hint(t("hint-scope-until"));
            list[1].reveal = vec![until];
            list[2].label = match maximum_scope(nation) {
                MaximumScope::Years(years) => i18n.t_with("absent-choice-scope-maximum", &[("years", years.into())]),
                MaximumScope::NotStated => t("choice-scope-maximum-not-stated"),
            };
            vec![Field::radios("scope", t("legend-scope"), list, values)]
        }
        Question::Ground => {
            let mut list = choices("ground", &["disability", "work", "education", "other"]);
            list[0].reveal = vec![Field::checkbox("ground-blind", t("label-ground-blind"), Vec::new(), values)];
            vec![
                Field::radios("ground", t("legend-ground"), list, values),
                text("ground-details").hint(t("hint-ground-details")),
            ]
        }
        Question::BallotAddress => {
            let mut list = choices("ballot-address", &["registered", "other"]);
            list[1].reveal = vec![address("ballot-address", "-other"), text("ballot-address-reason")];
            vec![Field::radios("ballot-address", t("legend-ballot-address"), list, values)]
        }
        Question::ProxyName => vec![text("proxy-name").hint(t("hint-proxy-name"))],
        Question::ProxyAddress => vec![address("proxy-address", "")],
        Question::ProxyRelationship => {
            let keys =
                ["spouse", "civil-partner", "parent", "grandparent", "sibling", "child", "grandchild", "not-close"];
            vec![Field::radios(
                "proxy-relationship",
                t("legend-proxy-relationship"),
                choices("proxy-relationship", &keys),
                values,
            )]
        }
        Question::ProxyLimit => {
            let count = |id: &str| text(id).input("text", "off", "input-postcode");
            let inputs = vec![count("proxy-limit-uk-resident"), count("proxy-limit-overseas-or-service")];
            vec![Field::group("proxy-limit", t("legend-proxy-limit"), inputs).hint(t("hint-proxy-limit"))]
        }
        Question::ProxyAbleAndWilling => {
            vec![Field::checkbox("proxy-able-and-willing", t("label-proxy-able-and-willing"), Vec::new(), values)]
        }
        Question::Signature => {
            let mut list = choices("signature", &["will-sign", "waiver"]);
            let reasons = choices("signature-waiver-reason", &["disability", "cannot-read-or-write"]);
            list[1].reveal =
                vec![Field::radios("signature-waiver-reason", t("legend-signature-waiver-reason"), reasons, values)];
            vec![Field::radios("signature", t("legend-signature"), list, values).hint(t("hint-signature"))]
        }
        Question::Contact => {
            vec![text("contact-email").input("email", "email", ""), text("contact-phone").input("tel", "tel", "")]
        }
    }
}

/// The application the values make (unanswered questions are empty or `None`).
pub fn application(method: Method, values: &Values) -> Application {
    let v = |id: &str| value(values, id);
    let ticked = |id: &str| !v(id).is_empty();
    let date =
        |id: &str| DateInput::new(&v(&format!("{id}-day")), &v(&format!("{id}-month")), &v(&format!("{id}-year")));
    let address = |id: &str| {
        let part = |name: &str| v(&format!("{id}-{name}"));
        let address =
            Address { line_1: part("line-1"), line_2: part("line-2"), town: part("town"), postcode: part("postcode") };
        (address != Address::default()).then_some(address)
    };
    let count = |id: &str| {
        let text = v(id);
        let text = text.trim();
        if text.is_empty() {
            Some(0)
        } else if text.bytes().all(|byte| byte.is_ascii_digit()) && text.len() < 4 {
            Some(text.parse::<u16>().map_or(u8::MAX, |n| u8::try_from(n).unwrap_or(u8::MAX)))
        } else {
            None
        }
    };
    let (uk, overseas) = ("proxy-limit-uk-resident", "proxy-limit-overseas-or-service");
    let answered = !v(uk).trim().is_empty() || !v(overseas).trim().is_empty();
    let load = answered.then(|| Some(ProxyLoad { uk_resident: count(uk)?, overseas_or_service: count(overseas)? }));
    let mut application = Application::new(method);
    application.full_name = v("full-name");
    application.previous_name = v("previous-name");
    application.registered_address = address("registered-address");
    application.date_of_birth = date("date-of-birth");
    application.ni_number = if ticked("ni-number-cannot") {
        Some(NiNumberAnswer::CannotProvide { reason: v("ni-number-reason") })
    } else {
        Some(NiNumberAnswer::Number(v("ni-number"))).filter(|_| !v("ni-number").trim().is_empty())
    };
    let ground = Ground::ALL.into_iter().find(|ground| ground.key() == v("ground"));
    application.ground =
        GroundAnswer { ground, details: v("ground-details"), registered_blind: ticked("ground-blind") };
    application.scope = match v("scope").as_str() {
        "one-poll" => Some(ScopeAnswer::OnePoll),
        "period" => Some(ScopeAnswer::Period { until: date("scope-until") }),
        "maximum" => Some(ScopeAnswer::Maximum),
        _ => None,
    };
    application.ballot_destination = match v("ballot-address").as_str() {
        "registered" => Some(BallotDestination::RegisteredAddress),
        "other" => Some(BallotDestination::Other {
            address: address("ballot-address").unwrap_or_default(),
            reason: v("ballot-address-reason"),
        }),
        _ => None,
    };
    application.signature = match v("signature").as_str() {
        "will-sign" => Some(SignatureAnswer::WillSign),
        "waiver" => Some(SignatureAnswer::Waiver {
            reason: match v("signature-waiver-reason").as_str() {
                "disability" => Some(WaiverReason::Disability),
                "cannot-read-or-write" => Some(WaiverReason::CannotReadOrWrite),
                _ => None,
            },
        }),
        _ => None,
    };
    application.contact = ContactDetails { email: v("contact-email"), phone: v("contact-phone") };
    const RELATIONSHIPS: [(&str, Relationship); 8] = [
        ("spouse", Relationship::Spouse),
        ("civil-partner", Relationship::CivilPartner),
        ("parent", Relationship::Parent),
        ("grandparent", Relationship::Grandparent),
        ("sibling", Relationship::Sibling),
        ("child", Relationship::Child),
        ("grandchild", Relationship::Grandchild),
        ("not-close", Relationship::NotClose),
    ];
    let relationship = RELATIONSHIPS.iter().find(|(key, _)| *key == v("proxy-relationship")).map(|(_, r)| *r);
    application.proxy = ProxyAnswers {
        full_name: v("proxy-name"),
        address: address("proxy-address"),
        relationship,
        able_and_willing: ticked("proxy-able-and-willing"),
        others_acting_for: load.flatten(),
    };
    application
}
