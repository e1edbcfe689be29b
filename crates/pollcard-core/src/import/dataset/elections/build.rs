//! Turning the election inputs into `elections.json`, with the checks that need
//! every file (see the parent module).

use std::collections::{BTreeMap, BTreeSet};

use crate::elections::rules::{default_voting_system, voting_age};
use crate::elections::search::fold;
use crate::elections::{ids, Ballot, Candidate, CandidateStatus, Election, ElectionsFile, StatusCounts};
use crate::import::problems::{Action, ProblemCode};
use crate::import::report::{Problem, Report};
use crate::model::{Council, LocalizedText, PollingDistrict};
use crate::timetable::{LocalTimetable, Rules};

use super::guidance::Guidance;
use super::link::districts_to_ballots;
use super::timetables::{non_working_days, timetable_of};
use super::{BallotEntry, CandidateEntry, ElectionInputs};

/// Builds `elections.json`; `None` when no file had elections.
pub(in crate::import) fn finish(
    inputs: ElectionInputs,
    council: &Council,
    districts: &[PollingDistrict],
    local: Option<&LocalTimetable>,
    report: &mut Report,
) -> Option<ElectionsFile> {
    if inputs.is_empty() {
        return None;
    }
    let ballots = one_entry_per_ballot(inputs.ballots, report);
    let default_local = LocalTimetable::default();
    let local = local.unwrap_or(&default_local);
    let (elections, not_held) = elections_of(&ballots, council, local, report);
    let mut built: Vec<Ballot> = Vec::new();
    for (id, entry) in &ballots {
        let Some(election_id) = ids::parse_ballot(id).ok().map(|parsed| parsed.election_id()) else { continue };
        if not_held.contains(&election_id) {
            if entry.own_record {
                report.retract(entry.origin, false, not_held_echo(id));
            }
            continue;
        }
        built.push(ballot_of(entry, election_id, council));
    }
    add_candidates(&mut built, &elections, &not_held, inputs.candidates, report);
    built.sort_by(|a, b| (a.poll_date(), &a.id).cmp(&(b.poll_date(), &b.id)));
    let mut elections: Vec<Election> = elections.into_values().collect();
    elections.sort_by(|a, b| (&a.poll_date, &a.id).cmp(&(&b.poll_date, &b.id)));

    let (district_ballots, unlinked) = districts_to_ballots(&built, districts);
    for ballot in unlinked {
        let origin = ballots.get(&ballot.id).map(|entry| entry.origin);
        let problem = Problem::new(
            ProblemCode::BallotWithoutDistricts,
            Action::Kept,
            format!(
                "no polling district votes in ballot \"{}\", so no address will be shown it; the ward mapping puts no \
                 district in its ward{}",
                ballot.id,
                ballot.ward_id.as_deref().map(|ward| format!(" \"{ward}\"")).unwrap_or_default()
            ),
            "Add the ward's polling districts to the pollcard-district-wards/1 mapping (ward_id or ballot_id), or \
             give the ballot the mapping's ward_id.",
        );
        match origin {
            Some(origin) => report.push_at(origin, problem),
            None => report.push_general(problem),
        }
    }
    for ballot in &built {
        warn_missing_replacement(ballot, &built, &ballots, report);
    }
    let guidance = Guidance::builtin();
    let systems: BTreeSet<_> = built.iter().map(|ballot| ballot.voting_system).collect();
    let mut file = ElectionsFile::new();
    if let Some(election) = elections.iter().find(|election| election.photo_id_required) {
        // One council's elections are all in its nation.
        file.photo_id = guidance.photo_id_for(election.nation);
    }
    file.how_to_mark = guidance.how_to_mark.into_iter().filter(|(system, _)| systems.contains(system)).collect();
    file.elections = elections;
    file.ballots = built;
    file.districts = district_ballots;
    file.non_working_days = non_working_days(&file.elections, local);
    Some(file)
}

/// Ballot rows first (a second row for the same ballot is dropped), then the ballots
/// candidate rows describe, for the ballots no row gave.
fn one_entry_per_ballot(entries: Vec<BallotEntry>, report: &mut Report) -> BTreeMap<String, BallotEntry> {
    let mut ballots: BTreeMap<String, BallotEntry> = BTreeMap::new();
    let (own, described): (Vec<_>, Vec<_>) = entries.into_iter().partition(|entry| entry.own_record);
    for entry in own {
        if let Some(first) = ballots.get(&entry.ballot.id) {
            let problem = Problem::new(
                ProblemCode::DuplicateBallot,
                Action::Dropped,
                format!(
                    "ballot \"{}\" is given again; {} gave it first",
                    entry.ballot.id,
                    report.describe(first.origin)
                ),
                "Keep one row per ballot.",
            );
            report.retract(entry.origin, false, problem);
            continue;
        }
        ballots.insert(entry.ballot.id.clone(), entry);
    }
    for entry in described {
        ballots.entry(entry.ballot.id.clone()).or_insert(entry);
    }
    ballots
}

/// The elections the ballots belong to, and the ids of those whose type is not held
/// in the council's nation.
fn elections_of(
    ballots: &BTreeMap<String, BallotEntry>,
    council: &Council,
    local: &LocalTimetable,
    report: &mut Report,
) -> (BTreeMap<String, Election>, BTreeSet<String>) {
    let rules = Rules::builtin().ok();
    let mut elections: BTreeMap<String, Election> = BTreeMap::new();
    let mut not_held = BTreeSet::new();
    // A council's own ballot rows describe their election first, so that details a
    // candidate export leaves out (the name, the statement's date) come from them.
    let mut entries: Vec<&BallotEntry> = ballots.values().collect();
    entries.sort_by_key(|entry| !entry.own_record);
    for entry in entries {
        let Ok(parsed) = ids::parse_ballot(&entry.ballot.id) else { continue };
        let id = parsed.election_id();
        if not_held.contains(&id) {
            continue;
        }
        let input = &entry.ballot;
        if let Some(existing) = elections.get_mut(&id) {
            if !entry.own_record {
                // Democracy Club locks each ballot's candidates separately: the
                // statement is out once any ballot of the election is locked.
                existing.sopn_published |= input.sopn_published == Some(true);
                continue;
            }
            if let Some(field) = differing_field(existing, input) {
                report.push_at(
                    entry.origin,
                    Problem::new(
                        ProblemCode::ElectionDetailsDiffer,
                        Action::Kept,
                        format!("this row gives election \"{id}\" a different {field} from an earlier row; the first was used"),
                        format!("Give every ballot of the election the same {field}."),
                    ),
                );
            }
            continue;
        }
        let election_type = parsed.election_type;
        let (photo_id, timetable) = match rules.as_ref().map(|rules| timetable_of(rules, &parsed, council, local)) {
            Some(Ok(found)) => found,
            _ => {
                report.push_at(
                    entry.origin,
                    Problem::new(
                        ProblemCode::ElectionNotHeld,
                        Action::Dropped,
                        format!(
                            "election \"{id}\" is a {} election, which is not held in {} (the council's nation); its \
                             ballots and candidates were dropped",
                            election_type.key(),
                            council.nation.key()
                        ),
                        "Check the election type at the start of the id, and that the council file is the right one.",
                    ),
                );
                not_held.insert(id);
                continue;
            }
        };
        let election = Election {
            name: election_name(&input.election_name, council, parsed.date),
            election_type,
            nation: council.nation,
            poll_date: parsed.date.to_owned(),
            photo_id_required: input.photo_id_required.unwrap_or(photo_id),
            voting_age: input.voting_age.unwrap_or_else(|| voting_age(election_type, council.nation)),
            sopn_date: input.sopn_date.clone(),
            sopn_published: input.sopn_published.unwrap_or(false),
            timetable,
            id: id.clone(),
        };
        elections.insert(id, election);
    }
    (elections, not_held)
}

fn differing_field(election: &Election, input: &super::BallotInput) -> Option<&'static str> {
    let differs = |given: Option<bool>| given.is_some_and(|given| !given);
    if !input.election_name.is_empty() && input.election_name != election.name {
        Some("name")
    } else if input.sopn_date.is_some() && input.sopn_date != election.sopn_date {
        Some("sopn_date")
    } else if differs(input.sopn_published.map(|given| given == election.sopn_published)) {
        Some("sopn_published")
    } else if differs(input.photo_id_required.map(|given| given == election.photo_id_required)) {
        Some("photo_id_required")
    } else if differs(input.voting_age.map(|given| given == election.voting_age)) {
        Some("voting_age")
    } else {
        None
    }
}

fn election_name(given: &LocalizedText, council: &Council, date: &str) -> LocalizedText {
    if !given.is_empty() {
        return given.clone();
    }
    let en = council.name.en.as_deref().map(|name| format!("{name} election, {date}"));
    let cy = council.name.cy.as_deref().map(|name| format!("Etholiad {name}, {date}"));
    LocalizedText::new(en, cy)
}

fn ballot_of(entry: &BallotEntry, election_id: String, council: &Council) -> Ballot {
    let input = &entry.ballot;
    let parsed = ids::parse_ballot(&input.id).ok();
    let name = if input.name.is_empty() {
        let division = parsed.as_ref().and_then(|id| id.division()).unwrap_or("whole area");
        LocalizedText::english(title_case(division))
    } else {
        input.name.clone()
    };
    Ballot {
        id: input.id.clone(),
        election_id,
        ward_id: input.ward_id.clone(),
        name,
        voting_system: input
            .voting_system
            .or_else(|| parsed.as_ref().map(|id| default_voting_system(id, council.nation)))
            .unwrap_or(crate::elections::VotingSystem::Fptp),
        seats: input.seats.unwrap_or(1),
        cancelled: input.cancelled.clone(),
        candidates: Vec::new(),
        results: input.results.clone(),
    }
}

fn title_case(slug: &str) -> String {
    slug.split('-')
        .map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn not_held_echo(ballot: &str) -> Problem {
    Problem::new(
        ProblemCode::ElectionNotHeld,
        Action::Dropped,
        format!("ballot \"{ballot}\" belongs to an election not held in the council's nation (see above)"),
        "Check the election type at the start of the id.",
    )
}

fn add_candidates(
    ballots: &mut [Ballot],
    elections: &BTreeMap<String, Election>,
    not_held: &BTreeSet<String>,
    candidates: Vec<CandidateEntry>,
    report: &mut Report,
) {
    let index: BTreeMap<String, usize> = ballots.iter().enumerate().map(|(i, b)| (b.id.clone(), i)).collect();
    let mut seen: BTreeMap<(usize, String), u64> = BTreeMap::new();
    for CandidateEntry { input, origin } in candidates {
        let election = ids::parse_ballot(&input.ballot_id).map(|id| id.election_id()).unwrap_or_default();
        let Some(&at) = index.get(&input.ballot_id) else {
            let problem = if not_held.contains(&election) {
                not_held_echo(&input.ballot_id)
            } else {
                Problem::new(
                    ProblemCode::CandidateUnknownBallot,
                    Action::Dropped,
                    format!(
                        "candidate \"{}\" is on ballot \"{}\", which no ballot file gives",
                        input.candidate.name, input.ballot_id
                    ),
                    "Add the ballot to the pollcard-ballots/1 file, or correct the ballot_id.",
                )
            };
            report.retract(origin, input.repaired, problem);
            continue;
        };
        let mut candidate: Candidate = input.candidate;
        let key = (at, format!("{}|{}", candidate.person_id.as_deref().unwrap_or_default(), fold(&candidate.name)));
        if let Some(&line) = seen.get(&key) {
            let problem = Problem::new(
                ProblemCode::DuplicateCandidate,
                Action::Dropped,
                format!(
                    "\"{}\" is listed on ballot \"{}\" again (first on line {line})",
                    candidate.name, input.ballot_id
                ),
                "Keep one row per candidate and ballot.",
            );
            report.retract(origin, input.repaired, problem);
            continue;
        }
        seen.insert(key, origin.line);
        let sopn_published = elections.get(&election).is_some_and(|election| election.sopn_published);
        if !sopn_published && candidate.status.needs_sopn() {
            let problem = Problem::new(
                ProblemCode::CandidateBeforeStatement,
                Action::Repaired,
                format!(
                    "\"{}\" is marked {}, but the statement of persons nominated for \"{election}\" is not published; \
                     shown as standing (not yet confirmed)",
                    candidate.name,
                    candidate.status.key()
                ),
                "Set sopn_published to yes on the election's ballot rows once the statement is out, or mark the \
                 candidate standing.",
            );
            report.mark_repaired(origin, input.repaired, problem);
            candidate.status = CandidateStatus::Standing;
        }
        ballots[at].candidates.push(candidate);
    }
    for ballot in ballots.iter_mut() {
        mark_elected_unopposed(ballot);
    }
}

/// Everyone on the paper elected, without votes, and no more of them than seats:
/// there was no poll, so they were elected unopposed.
fn mark_elected_unopposed(ballot: &mut Ballot) {
    let counts = StatusCounts::of(&ballot.candidates);
    let printed = counts.on_ballot_paper();
    let elected = counts.get(CandidateStatus::Elected);
    let no_votes = ballot.candidates.iter().all(|candidate| candidate.votes.is_none());
    if printed > 0 && elected == printed && printed <= usize::from(ballot.seats) && no_votes {
        for candidate in ballot.candidates.iter_mut().filter(|c| c.status == CandidateStatus::Elected) {
            candidate.status = CandidateStatus::ElectedUnopposed;
        }
    }
}

fn warn_missing_replacement(
    ballot: &Ballot,
    all: &[Ballot],
    entries: &BTreeMap<String, BallotEntry>,
    report: &mut Report,
) {
    let Some(replacement) = ballot.cancelled.as_ref().and_then(|c| c.replaced_by.as_deref()) else { return };
    if all.iter().any(|other| other.id == replacement) {
        return;
    }
    let Some(entry) = entries.get(&ballot.id) else { return };
    let date = replacement.rsplit('.').next().unwrap_or_default();
    report.push_at(
        entry.origin,
        Problem::new(
            ProblemCode::ReplacementNotInData,
            Action::Kept,
            format!(
                "cancelled ballot \"{}\" is replaced by \"{replacement}\", which is not in the data; voters are told the \
                 new poll is on {date}, without its candidates",
                ballot.id
            ),
            "Add the replacement ballot (and its candidates) when they are known.",
        ),
    );
}
