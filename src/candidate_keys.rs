//! The key that names a candidate in a candidate page's address
//! (`/candidate/{ballot}/{key}`): their Democracy Club person id when the data has
//! one, else a slug of their name.
//!
//! The slug keeps accents (`marc-le-fèvre`, percent-encoded in the URL) rather than
//! folding them away, so the address reads as the name does in any language. Two
//! candidates of one ballot can share a name; the later one (in file order) then gets
//! `-2`, `-3`…, so a key is unique within its ballot and stable as long as the
//! candidates file keeps its order.

use pollcard_core::elections::{Ballot, Candidate};
use pollcard_core::letter_case::lowercase;

/// `name` lowercased with each run of spaces as one `-`: "Marc Le Fèvre" →
/// `marc-le-fèvre`.
pub fn name_slug(name: &str) -> String {
    let words = name.split_whitespace().map(|word| word.chars().map(lowercase).collect::<String>());
    words.collect::<Vec<_>>().join("-")
}

/// Every candidate's key on `ballot`, in the order of `ballot.candidates`.
pub fn candidate_keys(ballot: &Ballot) -> Vec<String> {
    let mut keys: Vec<String> = Vec::with_capacity(ballot.candidates.len());
    for candidate in &ballot.candidates {
        let base = candidate.person_id.clone().unwrap_or_else(|| name_slug(&candidate.name));
        let mut key = base.clone();
        let mut suffix = 2;
        while keys.contains(&key) {
            key = format!("{base}-{suffix}");
            suffix += 1;
        }
        keys.push(key);
    }
    keys
}

/// The key of `candidate`, which must be one of `ballot`'s (compared by address).
pub fn candidate_key(ballot: &Ballot, candidate: &Candidate) -> String {
    let position = ballot.candidates.iter().position(|other| std::ptr::eq(other, candidate));
    position.and_then(|position| candidate_keys(ballot).into_iter().nth(position)).unwrap_or_default()
}

/// The candidate of `ballot` whose key is `key`.
pub fn find_candidate<'b>(ballot: &'b Ballot, key: &str) -> Option<&'b Candidate> {
    let position = candidate_keys(ballot).iter().position(|found| found == key)?;
    ballot.candidates.get(position)
}

#[cfg(test)]
mod tests {
    use super::*;
    use pollcard_core::elections::{CandidateStatus, VotingSystem};
    use pollcard_core::model::LocalizedText;

    fn candidate(name: &str, person_id: Option<&str>) -> Candidate {
        Candidate {
            person_id: person_id.map(str::to_owned),
            name: name.to_owned(),
            surname: None,
            party: None,
            party_description: None,
            list_position: None,
            ballot_position: None,
            status: CandidateStatus::Standing,
            statement: LocalizedText::default(),
            votes: None,
        }
    }

    fn ballot(candidates: Vec<Candidate>) -> Ballot {
        Ballot {
            id: "local.x.north.2026-05-07".into(),
            election_id: "local.x.2026-05-07".into(),
            ward_id: None,
            name: LocalizedText::english("North"),
            voting_system: VotingSystem::Fptp,
            seats: 1,
            cancelled: None,
            candidates,
            results: None,
        }
    }

    #[test]
    fn slugs_are_lower_case_keep_accents_and_join_words_with_hyphens() {
        assert_eq!(name_slug("Marc Le Fèvre"), "marc-le-fèvre");
        assert_eq!(name_slug("  Dafydd   ŴYN Evans "), "dafydd-ŵyn-evans");
        assert_eq!(name_slug("Elinor O'Connor"), "elinor-o'connor");
        assert_eq!(name_slug("Mererid Hopwood-Lewis"), "mererid-hopwood-lewis");
    }

    #[test]
    fn person_ids_win_and_repeated_names_are_numbered() {
        let b = ballot(vec![
            candidate("Ann Jones", None),
            candidate("Ann  Jones", None),
            candidate("Bob Smith", Some("4021")),
            candidate("ann jones", None),
            // A slug that looks like an earlier key still gets its own.
            candidate("Ann Jones-2", None),
        ]);
        let keys = candidate_keys(&b);
        assert_eq!(keys, ["ann-jones", "ann-jones-2", "4021", "ann-jones-3", "ann-jones-2-2"]);
        for (candidate, key) in b.candidates.iter().zip(&keys) {
            assert_eq!(&candidate_key(&b, candidate), key);
            assert!(std::ptr::eq(find_candidate(&b, key).expect("found"), candidate));
        }
        assert!(find_candidate(&b, "nobody").is_none());
        assert_eq!(candidate_key(&b, &candidate("Ann Jones", None)), "", "not one of the ballot's");
    }
}
