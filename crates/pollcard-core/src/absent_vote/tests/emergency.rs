//! Emergency proxy grounds either side of the proxy and certificate deadlines.

use super::{at, deadlines, england_local_2026};
use crate::absent_vote::{emergency_proxy, Attester, EmergencyDecision, EmergencyGround, Happening};
use crate::model::Nation;
use crate::timetable::ElectionType;

fn decide(ground: EmergencyGround, when: &str, now: &str) -> EmergencyDecision {
    emergency_proxy(&england_local_2026(), &Happening { ground, when: at(when) }, at(now))
}

#[test]
fn medical_emergency_after_the_proxy_deadline_needs_a_health_professional() {
    let applies =
        EmergencyDecision::Applies { attester: Some(Attester::HealthProfessional), closes: at("2026-05-07 17:00") };
    assert_eq!(decide(EmergencyGround::MedicalEmergency, "2026-05-01 09:00", "2026-05-02 10:00"), applies);
    assert_eq!(decide(EmergencyGround::MedicalEmergency, "2026-04-28 17:00", "2026-04-28 17:30"), applies);
    assert_eq!(
        decide(EmergencyGround::MedicalEmergency, "2026-04-28 16:59", "2026-04-29 10:00"),
        EmergencyDecision::HappenedBeforeDeadline { deadline: at("2026-04-28 17:00") }
    );
}

#[test]
fn work_grounds_need_the_employer() {
    assert_eq!(
        decide(EmergencyGround::WorkOrService, "2026-05-06 12:00", "2026-05-07 08:00"),
        EmergencyDecision::Applies { attester: Some(Attester::Employer), closes: at("2026-05-07 17:00") }
    );
    assert_eq!(
        decide(EmergencyGround::DetainedPatient, "2026-05-06 12:00", "2026-05-07 08:00"),
        EmergencyDecision::Applies { attester: None, closes: at("2026-05-07 17:00") }
    );
}

#[test]
fn the_window_closes_at_5_pm_on_polling_day() {
    let when = "2026-05-06 12:00";
    assert!(matches!(
        decide(EmergencyGround::MedicalEmergency, when, "2026-05-07 16:59"),
        EmergencyDecision::Applies { .. }
    ));
    assert_eq!(
        decide(EmergencyGround::MedicalEmergency, when, "2026-05-07 17:00"),
        EmergencyDecision::TooLate { closed: at("2026-05-07 17:00") }
    );
    assert_eq!(
        decide(EmergencyGround::MedicalEmergency, when, "2026-05-07 17:01"),
        EmergencyDecision::TooLate { closed: at("2026-05-07 17:00") }
    );
}

#[test]
fn before_the_proxy_deadline_an_ordinary_proxy_is_the_way() {
    assert_eq!(
        decide(EmergencyGround::MedicalEmergency, "2026-04-27 09:00", "2026-04-28 16:59"),
        EmergencyDecision::UseOrdinaryProxy { closes: at("2026-04-28 17:00") }
    );
    assert_eq!(
        decide(EmergencyGround::MedicalEmergency, "2026-05-02 09:00", "2026-05-01 09:00"),
        EmergencyDecision::WhenIsInTheFuture
    );
}

#[test]
fn voter_id_grounds_at_a_poll_requiring_photo_id() {
    let applies = EmergencyDecision::Applies { attester: None, closes: at("2026-05-07 17:00") };
    // Lost after 5 pm on the 6th working day before the poll (the VAC deadline).
    assert_eq!(decide(EmergencyGround::IdLostStolenOrDamaged, "2026-04-28 17:00", "2026-05-05 10:00"), applies);
    assert_eq!(
        decide(EmergencyGround::IdLostStolenOrDamaged, "2026-04-28 16:59", "2026-05-05 10:00"),
        EmergencyDecision::HappenedBeforeDeadline { deadline: at("2026-04-28 17:00") }
    );
    // Sent away, or applied for and not arrived: whenever it was.
    assert_eq!(decide(EmergencyGround::IdSentAwayNotReturned, "2026-03-01 10:00", "2026-05-05 10:00"), applies);
    assert_eq!(decide(EmergencyGround::IdOrCertificateNotArrived, "2026-04-20 10:00", "2026-05-07 16:59"), applies);
}

#[test]
fn voter_id_grounds_do_not_arise_without_photo_id_and_ni_asks_eoni() {
    let wales = deadlines(ElectionType::Senedd, Nation::Wales, "2026-05-07");
    let lost = Happening { ground: EmergencyGround::IdLostStolenOrDamaged, when: at("2026-05-01 10:00") };
    assert_eq!(emergency_proxy(&wales, &lost, at("2026-05-02 10:00")), EmergencyDecision::PhotoIdNotRequired);
    let medical = Happening { ground: EmergencyGround::MedicalEmergency, when: at("2026-05-01 10:00") };
    assert!(matches!(emergency_proxy(&wales, &medical, at("2026-05-02 10:00")), EmergencyDecision::Applies { .. }));

    let ni = deadlines(ElectionType::Local, Nation::NorthernIreland, "2027-05-06");
    let lost = Happening { ground: EmergencyGround::IdLostStolenOrDamaged, when: at("2027-04-20 10:00") };
    assert_eq!(emergency_proxy(&ni, &lost, at("2027-04-21 10:00")), EmergencyDecision::AskElectoralOffice);
    // NI's proxy deadline is 14 working days before: 15 April 2027, 5 pm.
    let medical = Happening { ground: EmergencyGround::MedicalEmergency, when: at("2027-04-15 17:00") };
    assert!(matches!(emergency_proxy(&ni, &medical, at("2027-04-16 10:00")), EmergencyDecision::Applies { .. }));
    let early = Happening { ground: EmergencyGround::MedicalEmergency, when: at("2027-04-15 16:59") };
    assert_eq!(
        emergency_proxy(&ni, &early, at("2027-04-16 10:00")),
        EmergencyDecision::HappenedBeforeDeadline { deadline: at("2027-04-15 17:00") }
    );
}

#[test]
fn every_ground_and_decision_has_a_key() {
    let mut keys: Vec<&str> = EmergencyGround::ALL.iter().map(|ground| ground.key()).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), EmergencyGround::ALL.len());
    assert!(EmergencyDecision::PhotoIdNotRequired.message_key().starts_with("absent-emergency-"));
}
