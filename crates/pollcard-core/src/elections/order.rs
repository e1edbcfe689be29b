//! Ballot-paper order: the order the names are printed in, which voters using the
//! tactile voting device need to know before they reach the booth.
//!
//! The statement of persons nominated is the authority: when every candidate on the
//! paper has a position from it, that order is used. Otherwise the rule the returning
//! officer applies is reproduced — alphabetical by surname, then forenames — and
//! party-list ballots list parties (alphabetically) with each party's candidates in
//! list order. Comparisons ignore case and accents, as printed order does.

use std::cmp::Ordering;

use super::search::fold;
use super::{Ballot, Candidate};

/// The candidates printed on `ballot`'s paper (withdrawn and invalid ones left out),
/// in ballot-paper order.
pub fn ballot_paper(ballot: &Ballot) -> Vec<&Candidate> {
    let mut printed: Vec<&Candidate> =
        ballot.candidates.iter().filter(|candidate| candidate.status.on_ballot_paper()).collect();
    if !printed.is_empty() && printed.iter().all(|candidate| candidate.ballot_position.is_some()) {
        sort_candidates(&mut printed, &|a, b| {
            (a.ballot_position, a.list_position).cmp(&(b.ballot_position, b.list_position))
        });
    } else if ballot.voting_system.uses_party_lists() {
        sort_candidates(&mut printed, &|a, b| {
            by_folded(list_name(a), list_name(b)).then_with(|| by_list_position(a, b))
        });
    } else {
        sort_candidates(&mut printed, &|a, b| {
            by_folded(a.surname(), b.surname())
                .then_with(|| by_folded(a.forenames(), b.forenames()))
                .then_with(|| a.name.cmp(&b.name))
        });
    }
    printed
}

/// Sorts candidates stably by `compare`. Every candidate sort goes through this one
/// function, so the app's wasm carries one copy of the sort rather than one for
/// each ordering (a few KB each).
pub fn sort_candidates(candidates: &mut [&Candidate], compare: &dyn Fn(&Candidate, &Candidate) -> Ordering) {
    candidates.sort_by(|a, b| compare(a, b));
}

/// A party-list ballot's paper as its printed entries: each party (or independent
/// candidate, under their own name) with its candidates in list order.
pub fn party_lists(ballot: &Ballot) -> Vec<(&str, Vec<&Candidate>)> {
    let mut lists: Vec<(&str, Vec<&Candidate>)> = Vec::new();
    for candidate in ballot_paper(ballot) {
        let name = list_name(candidate);
        match lists.last_mut() {
            Some((last, members)) if *last == name => members.push(candidate),
            _ => lists.push((name, vec![candidate])),
        }
    }
    lists
}

/// The entry a list candidate is printed under: their party, or their own name when
/// they stand as an independent.
fn list_name(candidate: &Candidate) -> &str {
    candidate.party.as_deref().filter(|party| !is_independent(party)).unwrap_or(&candidate.name)
}

fn is_independent(party: &str) -> bool {
    fold(party).starts_with("independent")
}

fn by_list_position(a: &Candidate, b: &Candidate) -> Ordering {
    // Positions first; a candidate without one after those with one.
    (a.list_position.is_none(), a.list_position, &a.name).cmp(&(b.list_position.is_none(), b.list_position, &b.name))
}

fn by_folded(a: &str, b: &str) -> Ordering {
    fold(a).cmp(&fold(b))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::elections::model::tests::candidate;
    use crate::elections::{CandidateStatus, VotingSystem};
    use crate::model::LocalizedText;

    fn ballot(system: VotingSystem, candidates: Vec<Candidate>) -> Ballot {
        Ballot {
            id: "local.x.north.2026-05-07".into(),
            election_id: "local.x.2026-05-07".into(),
            ward_id: None,
            name: LocalizedText::english("North"),
            voting_system: system,
            seats: 1,
            cancelled: None,
            candidates,
            results: None,
        }
    }

    fn names(candidates: &[&Candidate]) -> Vec<String> {
        candidates.iter().map(|c| c.name.clone()).collect()
    }

    #[test]
    fn alphabetical_by_surname_then_forenames_ignoring_case_and_accents() {
        let mut van = candidate("Pieter van Dijk", CandidateStatus::Nominated);
        van.surname = Some("van Dijk".into());
        let b = ballot(
            VotingSystem::Fptp,
            vec![
                candidate("Rhys Öztürk", CandidateStatus::Nominated),
                candidate("Zoe Owen", CandidateStatus::Nominated),
                candidate("Alun owen", CandidateStatus::Nominated),
                candidate("Gwen Évans", CandidateStatus::Nominated),
                candidate("Ann Withdrew", CandidateStatus::Withdrawn),
                candidate("Ian Valid", CandidateStatus::Invalid),
                candidate("Dai Dropped", CandidateStatus::Deselected),
                van,
            ],
        );
        assert_eq!(
            names(&ballot_paper(&b)),
            ["Dai Dropped", "Gwen Évans", "Alun owen", "Zoe Owen", "Rhys Öztürk", "Pieter van Dijk"]
        );
    }

    #[test]
    fn the_statement_order_wins_when_every_candidate_has_one() {
        let mut a = candidate("Amy Able", CandidateStatus::Nominated);
        let mut z = candidate("Zed Zulu", CandidateStatus::Nominated);
        z.ballot_position = Some(1);
        a.ballot_position = Some(2);
        let b = ballot(VotingSystem::Fptp, vec![a.clone(), z.clone()]);
        assert_eq!(names(&ballot_paper(&b)), ["Zed Zulu", "Amy Able"]);
        a.ballot_position = None;
        let partial = ballot(VotingSystem::Fptp, vec![a, z]);
        assert_eq!(names(&ballot_paper(&partial)), ["Amy Able", "Zed Zulu"], "partial positions are not used");
    }

    #[test]
    fn party_lists_by_party_then_list_position() {
        let member = |name: &str, party: &str, position: u16| {
            let mut c = candidate(name, CandidateStatus::Nominated);
            c.party = Some(party.into());
            c.list_position = Some(position);
            c
        };
        let b = ballot(
            VotingSystem::ClosedList,
            vec![
                member("Cai Two", "Plaid Ffug", 2),
                member("Bea One", "Plaid Ffug", 1),
                member("Ed Solo", "Independent", 1),
                member("Al Two", "Alpha Party", 2),
                member("Al One", "Alpha Party", 1),
            ],
        );
        assert_eq!(names(&ballot_paper(&b)), ["Al One", "Al Two", "Ed Solo", "Bea One", "Cai Two"]);
        let lists: Vec<(&str, usize)> = party_lists(&b).into_iter().map(|(n, m)| (n, m.len())).collect();
        assert_eq!(lists, [("Alpha Party", 2), ("Ed Solo", 1), ("Plaid Ffug", 2)]);
    }
}
