//! A poll's voting age and usual voting system.
//!
//! Voting age, from `domain-uk.md`: 16 at Scottish Parliament and Scottish
//! local elections (Scottish Elections (Reduction of Voting Age) Act 2015) and at
//! Senedd, Welsh local and community council elections (Senedd and Elections (Wales)
//! Act 2020; Local Government and Elections (Wales) Act 2021); 18 everywhere else.
//!
//! Whether photo ID is required, and which election types are held in which nation,
//! are in the timetable rules data ([`crate::timetable::Rules`]), not repeated here.
//! These are the defaults an import applies; a file can state the age for a poll.

use super::ids::ParsedId;
use super::{ElectionType, VotingSystem};
use crate::model::Nation;

/// The youngest a voter may be on polling day.
pub fn voting_age(election_type: ElectionType, nation: Nation) -> u8 {
    use ElectionType::*;
    let devolved_franchise = match nation {
        Nation::Scotland => matches!(election_type, ScottishParliament | Local),
        Nation::Wales => matches!(election_type, Senedd | Local | Parish),
        _ => false,
    };
    if devolved_franchise {
        16
    } else {
        18
    }
}

/// The voting system a ballot uses when its data does not say (Democracy Club's
/// candidate export does not): STV for Scottish and Northern Ireland local polls and
/// the NI Assembly; the additional member system for the Scottish Parliament, the
/// London Assembly and the Senedd before 2026 (constituency or list ballot by the
/// id's `c`/`r`/`a` part); a closed list for the Senedd from 2026 (Senedd Cymru
/// (Members and Elections) Act 2024); the supplementary vote for mayors and PCCs
/// before 2023, first past the post after (Elections Act 2022); first past the post
/// for the rest.
pub fn default_voting_system(id: &ParsedId<'_>, nation: Nation) -> VotingSystem {
    use ElectionType::*;
    let list_or_constituency = if id.is_regional() { VotingSystem::AmsRegional } else { VotingSystem::AmsConstituency };
    match id.election_type {
        Local if matches!(nation, Nation::Scotland | Nation::NorthernIreland) => VotingSystem::Stv,
        NiAssembly => VotingSystem::Stv,
        ScottishParliament => list_or_constituency,
        Gla if id.subtype.is_some() => list_or_constituency,
        Senedd if id.date >= "2026-01-01" => VotingSystem::ClosedList,
        Senedd => list_or_constituency,
        Mayor | Pcc if id.date < "2023-01-01" => VotingSystem::Sv,
        _ => VotingSystem::Fptp,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::timetable::{Rules, UK_NATIONS};

    #[test]
    fn voting_age_is_16_only_for_scottish_and_welsh_devolved_and_local_polls() {
        let rules = Rules::builtin().expect("built-in rules");
        let sixteen: Vec<(ElectionType, Nation)> = ElectionType::ALL
            .into_iter()
            .flat_map(|t| UK_NATIONS.into_iter().map(move |n| (t, n)))
            .filter(|&(t, n)| rules.election(t, n).is_ok() && voting_age(t, n) == 16)
            .collect();
        use ElectionType::*;
        assert_eq!(
            sixteen,
            [
                (Local, Nation::Wales),
                (Local, Nation::Scotland),
                (ScottishParliament, Nation::Scotland),
                (Senedd, Nation::Wales),
                (Parish, Nation::Wales)
            ]
        );
        assert_eq!(voting_age(UkParliament, Nation::Scotland), 18);
        assert_eq!(voting_age(Pcc, Nation::Wales), 18);
        assert_eq!(voting_age(Local, Nation::NorthernIreland), 18);
    }

    #[test]
    fn default_voting_systems() {
        let system = |id: &str, nation| default_voting_system(&crate::elections::ids::parse(id).expect(id), nation);
        assert_eq!(system("local.x.north.2026-05-07", Nation::Wales), VotingSystem::Fptp);
        assert_eq!(system("local.x.north.2027-05-06", Nation::Scotland), VotingSystem::Stv);
        assert_eq!(system("nia.belfast-east.2027-05-06", Nation::NorthernIreland), VotingSystem::Stv);
        assert_eq!(system("sp.r.lothian.2026-05-07", Nation::Scotland), VotingSystem::AmsRegional);
        assert_eq!(system("sp.c.edinburgh-central.2026-05-07", Nation::Scotland), VotingSystem::AmsConstituency);
        assert_eq!(system("senedd.r.south-wales-west.2021-05-06", Nation::Wales), VotingSystem::AmsRegional);
        assert_eq!(system("senedd.gwyr-abertawe.2026-05-07", Nation::Wales), VotingSystem::ClosedList);
        assert_eq!(system("mayor.lewisham.2018-05-03", Nation::England), VotingSystem::Sv);
        assert_eq!(system("mayor.london.2024-05-02", Nation::England), VotingSystem::Fptp);
        assert_eq!(system("gla.a.2024-05-02", Nation::England), VotingSystem::AmsRegional);
    }
}
