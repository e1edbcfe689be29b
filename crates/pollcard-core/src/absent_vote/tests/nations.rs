//! What differs between nations and polls: questions, reasons, limits, attesters,
//! online services.

use super::poll;
use crate::absent_vote::answers::Ground;
use crate::absent_vote::{
    asks_family_relationship, attester_for, handled_by, maximum_scope, online_service, proxy_limit, questions,
    reason_required, Attester, Authority, MaximumScope, Method, OnlineService, ProxyLimit, Question,
};
use crate::model::Nation;
use crate::timetable::ElectionType;

/// The questions every Great Britain application starts with, in order.
const GB_START: [Question; 6] = [
    Question::FullName,
    Question::PreviousName,
    Question::RegisteredAddress,
    Question::DateOfBirth,
    Question::NiNumber,
    Question::Scope,
];

#[test]
fn great_britain_postal_questions_in_order() {
    let england = poll(ElectionType::Local, Nation::England, "2026-05-07");
    let expected: Vec<Question> =
        GB_START.into_iter().chain([Question::BallotAddress, Question::Signature, Question::Contact]).collect();
    assert_eq!(questions(Method::Postal, &england), expected);
}

#[test]
fn northern_ireland_asks_a_reason_and_no_national_insurance_number() {
    let ni = poll(ElectionType::NiAssembly, Nation::NorthernIreland, "2027-05-06");
    let postal = questions(Method::Postal, &ni);
    assert!(postal.contains(&Question::Ground), "NI postal votes need a reason");
    assert!(!postal.contains(&Question::NiNumber));
    let proxy = questions(Method::Proxy, &ni);
    assert!(proxy.contains(&Question::Ground));
    assert!(!proxy.contains(&Question::ProxyRelationship), "no family exception in NI");
    assert_eq!(handled_by(Nation::NorthernIreland), Authority::Eoni);
    assert_eq!(handled_by(Nation::Scotland), Authority::Council);
    assert!(reason_required(Method::Postal, Nation::NorthernIreland));
    assert!(!reason_required(Method::Postal, Nation::Wales));
    assert!(reason_required(Method::Proxy, Nation::England));
}

#[test]
fn proxy_questions_and_the_family_relationship_where_the_poll_needs_it() {
    let westminster_wales = poll(ElectionType::UkParliament, Nation::Wales, "2029-05-03");
    let senedd = poll(ElectionType::Senedd, Nation::Wales, "2026-05-07");
    let holyrood = poll(ElectionType::ScottishParliament, Nation::Scotland, "2026-05-07");
    let proxy = questions(Method::Proxy, &westminster_wales);
    assert_eq!(
        proxy[GB_START.len()..],
        [
            Question::Ground,
            Question::ProxyName,
            Question::ProxyAddress,
            Question::ProxyLimit,
            Question::ProxyAbleAndWilling,
            Question::Signature,
            Question::Contact,
        ]
    );
    assert_eq!(proxy[..GB_START.len()], GB_START);
    for devolved in [senedd, holyrood] {
        let list = questions(Method::Proxy, &devolved);
        let at = list.iter().position(|question| *question == Question::ProxyRelationship);
        assert_eq!(at, Some(9), "after the proxy's address: {list:?}");
        assert!(!questions(Method::Postal, &devolved).contains(&Question::ProxyRelationship));
    }
    assert!(asks_family_relationship(ElectionType::Local, Nation::Scotland));
    assert!(!asks_family_relationship(ElectionType::Local, Nation::England));
    assert!(!asks_family_relationship(ElectionType::UkParliament, Nation::Scotland));
}

#[test]
fn question_keys_round_trip_and_optional_ones_are_marked() {
    let all = questions(Method::Proxy, &poll(ElectionType::Senedd, Nation::Wales, "2026-05-07"));
    for question in all.iter().copied().chain([Question::BallotAddress]) {
        assert_eq!(Question::from_key(question.key()), Some(question));
        assert_eq!(question.title_key(), format!("absent-q-{}", question.key()));
        assert_eq!(question.is_optional(), matches!(question, Question::PreviousName | Question::Contact));
    }
}

#[test]
fn proxy_limits() {
    let reserved = ProxyLimit { uk_resident: 2, total: 4, close_family_exempt: false };
    let devolved = ProxyLimit { uk_resident: 2, total: 2, close_family_exempt: true };
    assert_eq!(proxy_limit(ElectionType::UkParliament, Nation::Scotland), reserved);
    assert_eq!(proxy_limit(ElectionType::Local, Nation::England), reserved);
    assert_eq!(proxy_limit(ElectionType::Pcc, Nation::Wales), reserved);
    assert_eq!(proxy_limit(ElectionType::NiAssembly, Nation::NorthernIreland), reserved);
    assert_eq!(proxy_limit(ElectionType::Local, Nation::Wales), devolved);
    assert_eq!(proxy_limit(ElectionType::ScottishParliament, Nation::Scotland), devolved);
}

#[test]
fn maximum_scope_per_nation() {
    for nation in [Nation::England, Nation::Wales, Nation::Scotland] {
        assert_eq!(maximum_scope(nation), MaximumScope::Years(3), "{}", nation.key());
    }
    assert_eq!(maximum_scope(Nation::NorthernIreland), MaximumScope::NotStated);
}

#[test]
fn attesters_for_long_term_proxies_in_great_britain() {
    let long = |ground, blind| attester_for(Method::Proxy, Nation::England, true, ground, blind);
    assert_eq!(long(Ground::Disability, false), Some(Attester::HealthProfessional));
    assert_eq!(long(Ground::Disability, true), None, "registered-blind voters are exempt");
    assert_eq!(long(Ground::Work, false), Some(Attester::Employer));
    assert_eq!(long(Ground::Education, false), Some(Attester::CourseTutor));
    assert_eq!(attester_for(Method::Proxy, Nation::England, false, Ground::Work, false), None, "one poll");
    assert_eq!(attester_for(Method::Postal, Nation::England, true, Ground::Work, false), None);
    assert_eq!(attester_for(Method::Proxy, Nation::NorthernIreland, true, Ground::Work, false), None);
}

#[test]
fn online_services() {
    assert_eq!(online_service(Method::Postal, Nation::Wales, true), Some(OnlineService::GovUkPostalVote));
    assert_eq!(online_service(Method::Proxy, Nation::England, false), Some(OnlineService::GovUkProxyVote));
    assert_eq!(online_service(Method::Proxy, Nation::England, true), None, "long-term proxies are on paper");
    assert_eq!(online_service(Method::Postal, Nation::NorthernIreland, false), None, "EONI");
    assert!(OnlineService::GovUkPostalVote.url().starts_with("https://www.gov.uk/"));
}
