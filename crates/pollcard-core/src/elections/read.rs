//! The app's readers of `elections.json`'s structs (an election, a ballot, its
//! cancellation, results and candidates, and the file itself): JSON objects only,
//! read by hand. A derived reader also reads a struct written as an array, which no
//! bundle holds, with every field's type read inline in both forms; that doubles its
//! code in the wasm. Native builds (the bundle writer, the CLI) keep the derived
//! readers; the tests below read the writer's JSON with both and compare.
//!
//! As with the derived readers, unknown fields are skipped and a missing required
//! field is refused with serde's "missing field" message (the first missing one in
//! declaration order); a duplicate field is not refused (the last one counts): the
//! file is checked against the signed release before it is read.

use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};

use super::{Ballot, BallotResults, Cancellation, Candidate, Election, ElectionsFile};
use crate::model::read::required;
use crate::model::LocalizedText;

/// Reads an [`Election`] from a JSON object.
pub struct ElectionFields;

impl<'de> Visitor<'de> for ElectionFields {
    type Value = Election;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an election")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Election, A::Error> {
        let (mut id, mut name, mut election_type, mut nation) = (None, None, None, None);
        let (mut poll_date, mut photo_id_required, mut voting_age) = (None, None, None);
        let (mut sopn_date, mut sopn_published, mut timetable) = (None, false, Default::default());
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value()?),
                "name" => name = Some(map.next_value()?),
                "type" => election_type = Some(map.next_value()?),
                "nation" => nation = Some(map.next_value()?),
                "poll_date" => poll_date = Some(map.next_value()?),
                "photo_id_required" => photo_id_required = Some(map.next_value()?),
                "voting_age" => voting_age = Some(map.next_value()?),
                "sopn_date" => sopn_date = map.next_value()?,
                "sopn_published" => sopn_published = map.next_value()?,
                "timetable" => timetable = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Election {
            id: required(id, "id")?,
            name: required(name, "name")?,
            election_type: required(election_type, "type")?,
            nation: required(nation, "nation")?,
            poll_date: required(poll_date, "poll_date")?,
            photo_id_required: required(photo_id_required, "photo_id_required")?,
            voting_age: required(voting_age, "voting_age")?,
            sopn_date,
            sopn_published,
            timetable,
        })
    }
}

/// Reads a [`Ballot`] from a JSON object.
pub struct BallotFields;

impl<'de> Visitor<'de> for BallotFields {
    type Value = Ballot;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a ballot")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Ballot, A::Error> {
        let (mut id, mut election_id, mut name, mut voting_system, mut seats) = (None, None, None, None, None);
        let (mut ward_id, mut cancelled, mut candidates, mut results) = (None, None, Vec::new(), None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value()?),
                "election_id" => election_id = Some(map.next_value()?),
                "ward_id" => ward_id = map.next_value()?,
                "name" => name = Some(map.next_value()?),
                "voting_system" => voting_system = Some(map.next_value()?),
                "seats" => seats = Some(map.next_value()?),
                "cancelled" => cancelled = map.next_value()?,
                "candidates" => candidates = map.next_value()?,
                "results" => results = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Ballot {
            id: required(id, "id")?,
            election_id: required(election_id, "election_id")?,
            ward_id,
            name: required(name, "name")?,
            voting_system: required(voting_system, "voting_system")?,
            seats: required(seats, "seats")?,
            cancelled,
            candidates,
            results,
        })
    }
}

/// Reads a [`Cancellation`] from a JSON object.
pub struct CancellationFields;

impl<'de> Visitor<'de> for CancellationFields {
    type Value = Cancellation;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a cancellation")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Cancellation, A::Error> {
        let mut cancellation = Cancellation::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "reason" => cancellation.reason = map.next_value()?,
                "replaced_by" => cancellation.replaced_by = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(cancellation)
    }
}

/// Reads a ballot's [`BallotResults`] from a JSON object.
pub struct ResultsFields;

impl<'de> Visitor<'de> for ResultsFields {
    type Value = BallotResults;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a ballot's results")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BallotResults, A::Error> {
        let mut results = BallotResults::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "turnout_percent" => results.turnout_percent = map.next_value()?,
                "electorate" => results.electorate = map.next_value()?,
                "ballots_cast" => results.ballots_cast = map.next_value()?,
                "rejected_ballots" => results.rejected_ballots = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(results)
    }
}

/// Reads a [`Candidate`] from a JSON object.
pub struct CandidateFields;

impl<'de> Visitor<'de> for CandidateFields {
    type Value = Candidate;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a candidate")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Candidate, A::Error> {
        let (mut name, mut status) = (None, None);
        let mut candidate = Candidate {
            person_id: None,
            name: String::new(),
            surname: None,
            party: None,
            party_description: None,
            list_position: None,
            ballot_position: None,
            status: super::CandidateStatus::Standing,
            statement: LocalizedText::default(),
            votes: None,
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "person_id" => candidate.person_id = map.next_value()?,
                "name" => name = Some(map.next_value()?),
                "surname" => candidate.surname = map.next_value()?,
                "party" => candidate.party = map.next_value()?,
                "party_description" => candidate.party_description = map.next_value()?,
                "list_position" => candidate.list_position = map.next_value()?,
                "ballot_position" => candidate.ballot_position = map.next_value()?,
                "status" => status = Some(map.next_value()?),
                "statement" => candidate.statement = map.next_value()?,
                "votes" => candidate.votes = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        candidate.name = required(name, "name")?;
        candidate.status = required(status, "status")?;
        Ok(candidate)
    }
}

/// Reads an [`ElectionsFile`] from a JSON object.
pub struct FileFields;

impl<'de> Visitor<'de> for FileFields {
    type Value = ElectionsFile;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an elections file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ElectionsFile, A::Error> {
        let (mut format, mut format_version, mut elections, mut ballots) = (None, None, None, None);
        let mut file = ElectionsFile::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                "elections" => elections = Some(map.next_value()?),
                "ballots" => ballots = Some(map.next_value()?),
                "districts" => file.districts = map.next_value()?,
                "how_to_mark" => file.how_to_mark = map.next_value()?,
                "photo_id" => file.photo_id = map.next_value()?,
                "non_working_days" => file.non_working_days = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        file.format = required(format, "format")?;
        file.format_version = required(format_version, "format_version")?;
        file.elections = required(elections, "elections")?;
        file.ballots = required(ballots, "ballots")?;
        Ok(file)
    }
}

#[cfg(target_arch = "wasm32")]
crate::model::read::read_as_object! {
    Election => ElectionFields,
    Ballot => BallotFields,
    Cancellation => CancellationFields,
    BallotResults => ResultsFields,
    Candidate => CandidateFields,
    ElectionsFile => FileFields,
}

#[cfg(test)]
mod tests {
    use super::super::{
        Ballot, BallotResults, Cancellation, Candidate, CandidateStatus, Election, ElectionType, ElectionsFile,
        VotingSystem,
    };
    use crate::model::read::compare::{refused_alike, same};
    use crate::model::{LocalizedText, Nation};

    fn text(en: &str) -> LocalizedText {
        LocalizedText { en: Some(en.to_owned()), cy: Some(format!("{en} (cy)")) }
    }

    fn file() -> ElectionsFile {
        let election = Election {
            id: "local.demo.2026-05-07".to_owned(),
            name: text("Demo local election"),
            election_type: ElectionType::Local,
            nation: Nation::Wales,
            poll_date: "2026-05-07".to_owned(),
            photo_id_required: false,
            voting_age: 16,
            sopn_date: Some("2026-04-09".to_owned()),
            sopn_published: true,
            timetable: Default::default(),
        };
        let candidate = Candidate {
            person_id: Some("123".to_owned()),
            name: "Ann van der Berg".to_owned(),
            surname: Some("van der Berg".to_owned()),
            party: Some("Party".to_owned()),
            party_description: Some("Description".to_owned()),
            list_position: Some(1),
            ballot_position: Some(2),
            status: CandidateStatus::Elected,
            statement: text("Statement"),
            votes: Some(1234),
        };
        let bare = Candidate {
            person_id: None,
            name: "Bob Jones".to_owned(),
            surname: None,
            party: None,
            party_description: None,
            list_position: None,
            ballot_position: None,
            status: CandidateStatus::Standing,
            statement: LocalizedText::default(),
            votes: None,
        };
        let ballot = Ballot {
            id: "local.demo.ward.2026-05-07".to_owned(),
            election_id: election.id.clone(),
            ward_id: Some("W1".to_owned()),
            name: text("Ward"),
            voting_system: VotingSystem::Stv,
            seats: 3,
            cancelled: Some(Cancellation { reason: text("Death"), replaced_by: Some("x.2026-06-04".to_owned()) }),
            candidates: vec![candidate, bare],
            results: Some(BallotResults {
                turnout_percent: Some(34.5),
                electorate: Some(1000),
                ballots_cast: Some(345),
                rejected_ballots: Some(2),
            }),
        };
        let plain = Ballot {
            ward_id: None,
            cancelled: None,
            candidates: Vec::new(),
            results: None,
            voting_system: VotingSystem::Fptp,
            ..ballot.clone()
        };
        let mut file = ElectionsFile::new();
        file.elections = vec![election];
        file.ballots = vec![ballot, plain];
        file.districts.insert("AA".to_owned(), vec!["local.demo.ward.2026-05-07".to_owned()]);
        file.how_to_mark.insert(VotingSystem::Stv, text("Number them"));
        file.photo_id = vec![text("Passport")];
        file
    }

    #[test]
    fn the_file_read_by_hand_as_the_derived_reader_reads_it() {
        let written = file();
        let json = String::from_utf8(written.to_json()).expect("UTF-8");
        assert_eq!(same(json.trim_end(), super::FileFields), written);
        for ballot in &written.ballots {
            let json = serde_json::to_string(ballot).expect("written");
            assert_eq!(same(&json, super::BallotFields), *ballot);
            for candidate in &ballot.candidates {
                let json = serde_json::to_string(candidate).expect("written");
                assert_eq!(same(&json, super::CandidateFields), *candidate);
            }
        }
        let json = serde_json::to_string(&written.elections[0]).expect("written");
        assert_eq!(same(&json, super::ElectionFields), written.elections[0]);
        same(r#"{"replaced_by":null,"new":1}"#, super::CancellationFields);
        same(r#"{"turnout_percent":null,"electorate":5,"new":[]}"#, super::ResultsFields);
        same(r#"{"format":"pollcard-elections","format_version":1,"elections":[],"ballots":[]}"#, super::FileFields);
    }

    #[test]
    fn a_missing_required_field_is_refused_in_the_same_words() {
        let election = r#""name":{},"type":"local","nation":"wales","poll_date":"2026-05-07","photo_id_required":false,"voting_age":18"#;
        refused_alike(&format!("{{{election}}}"), super::ElectionFields, "id");
        refused_alike(r#"{"id":"e","name":{},"type":"local"}"#, super::ElectionFields, "nation");
        refused_alike(r#"{"id":"b","name":{},"voting_system":"fptp","seats":1}"#, super::BallotFields, "election_id");
        refused_alike(r#"{"id":"b","election_id":"e","name":{},"voting_system":"fptp"}"#, super::BallotFields, "seats");
        refused_alike(r#"{"name":"Ann"}"#, super::CandidateFields, "status");
        refused_alike(r#"{"status":"standing"}"#, super::CandidateFields, "name");
        refused_alike(
            r#"{"format":"pollcard-elections","format_version":1,"elections":[]}"#,
            super::FileFields,
            "ballots",
        );
    }
}
