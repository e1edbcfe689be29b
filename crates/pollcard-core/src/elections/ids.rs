//! Democracy Club style identifiers, checked for shape.
//!
//! `local.2026-05-07` is an election group (every local election that day),
//! `local.example-borough.2026-05-07` one organisation's election, and
//! `local.example-borough.north-ward.2026-05-07` a ballot. Between the type and the
//! date come an optional subtype (`sp.r.…`, `gla.a.…`: the AMS list ballots), the
//! organisation, the division and, for a by-election, `by`. Every part is a
//! lowercase slug, and the date a real calendar date. Ids are how the ballots of a
//! polling district, the candidates of a ballot and replacement polls are linked, so
//! a mistyped one is caught on import rather than silently linking nothing.

use thiserror::Error;

use super::kinds::type_from_id_prefix;
use super::ElectionType;

/// Why an id is not a Democracy Club style id of the expected kind.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[non_exhaustive]
pub enum IdError {
    #[error("the id is blank")]
    Blank,
    #[error("\"{0}\" is not a lowercase slug (letters a-z, digits and single hyphens, separated by dots)")]
    BadPart(String),
    #[error("\"{0}\" is not an election type Pollcard knows (parl, local, sp, senedd, nia, pcc, mayor, gla, parish)")]
    UnknownType(String),
    #[error("the id must end with the poll date as YYYY-MM-DD; \"{0}\" is not a date")]
    BadDate(String),
    #[error("{0}")]
    Shape(&'static str),
}

/// The parts of an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedId<'a> {
    pub election_type: ElectionType,
    /// The first part as written (`naw` and `senedd` are both the Senedd).
    pub prefix: &'a str,
    /// `c`, `r` or `a` after the type, for elections with constituency and list ballots.
    pub subtype: Option<&'a str>,
    /// The organisation and then the division, as many as the id has.
    pub places: Vec<&'a str>,
    pub by_election: bool,
    /// `YYYY-MM-DD`.
    pub date: &'a str,
}

impl ParsedId<'_> {
    /// The election group: `local.2026-05-07`, `sp.r.2026-05-07`.
    pub fn group_id(&self) -> String {
        let mut parts = vec![self.prefix];
        parts.extend(self.subtype);
        parts.push(self.date);
        parts.join(".")
    }

    /// The organisation's election this ballot belongs to: the id without its
    /// division and `by`. UK Parliament ballots (`parl.hexham.2024-07-04`) belong to
    /// the group, as there is no organisation between them.
    pub fn election_id(&self) -> String {
        if self.election_type == ElectionType::UkParliament {
            return self.group_id();
        }
        let mut parts = vec![self.prefix];
        parts.extend(self.subtype);
        parts.extend(self.places.first());
        parts.push(self.date);
        parts.join(".")
    }

    /// Whether this is a list ballot of an additional-member election.
    pub fn is_regional(&self) -> bool {
        matches!(self.subtype, Some("r" | "a"))
    }

    /// The division's slug (`north-ward`), when the id has one.
    pub fn division(&self) -> Option<&str> {
        match self.election_type {
            ElectionType::UkParliament => self.places.first().copied(),
            _ => self.places.get(1).copied(),
        }
    }
}

/// Parses any Democracy Club style id.
pub fn parse(id: &str) -> Result<ParsedId<'_>, IdError> {
    if id.trim().is_empty() {
        return Err(IdError::Blank);
    }
    let parts: Vec<&str> = id.split('.').collect();
    let (&date, rest) = parts.split_last().ok_or(IdError::Blank)?;
    if !is_date(date) {
        return Err(IdError::BadDate(date.to_owned()));
    }
    if let Some(bad) = rest.iter().find(|part| !is_slug(part)) {
        return Err(IdError::BadPart((*bad).to_owned()));
    }
    let Some((&prefix, mut rest)) = rest.split_first() else {
        return Err(IdError::Shape("the id needs an election type before the date, as in local.2026-05-07"));
    };
    let election_type = type_from_id_prefix(prefix).ok_or_else(|| IdError::UnknownType(prefix.to_owned()))?;
    let mut subtype = None;
    if let Some((&first, after)) = rest.split_first() {
        // Only the additional-member elections have constituency and list ballots.
        if matches!(prefix, "sp" | "senedd" | "naw" | "gla") && matches!(first, "c" | "r" | "a") {
            subtype = Some(first);
            rest = after;
        }
    }
    let by_election = rest.last() == Some(&"by");
    if by_election {
        rest = &rest[..rest.len() - 1];
    }
    if rest.len() > 2 {
        return Err(IdError::Shape("the id has more parts than type, organisation, division and date"));
    }
    Ok(ParsedId { election_type, prefix, subtype, places: rest.to_vec(), by_election, date })
}

/// Parses a ballot id: an election type, a place and the date at least
/// (`mayor.london.2024-05-02` is a ballot of its own), at most organisation and
/// division.
pub fn parse_ballot(id: &str) -> Result<ParsedId<'_>, IdError> {
    let parsed = parse(id)?;
    if parsed.places.is_empty() {
        return Err(IdError::Shape(
            "this is an election group's id; a ballot id names the organisation and the ward or division too, as in \
             local.example-borough.north-ward.2026-05-07",
        ));
    }
    if parsed.by_election && parsed.division().is_none() && parsed.election_type != ElectionType::UkParliament {
        return Err(IdError::Shape("a by-election ballot id names its ward or division before \"by\""));
    }
    Ok(parsed)
}

/// Parses an organisation election id (`local.example-borough.2026-05-07`); a UK
/// Parliament election is its group (`parl.2024-07-04`).
pub fn parse_election(id: &str) -> Result<ParsedId<'_>, IdError> {
    let parsed = parse(id)?;
    let expected = usize::from(parsed.election_type != ElectionType::UkParliament);
    if parsed.places.len() != expected || parsed.by_election {
        return Err(IdError::Shape(
            "an election id is the type, the organisation and the date, as in local.example-borough.2026-05-07",
        ));
    }
    Ok(parsed)
}

fn is_slug(part: &str) -> bool {
    !part.is_empty()
        && part.bytes().all(|byte| byte.is_ascii_lowercase() || byte.is_ascii_digit() || byte == b'-')
        && !part.starts_with('-')
        && !part.ends_with('-')
        && !part.contains("--")
}

/// Whether `text` is a real calendar date written `YYYY-MM-DD` (the timetable's
/// date parser decides).
pub fn is_date(text: &str) -> bool {
    text.parse::<crate::timetable::Date>().is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_levels() {
        let ballot = parse_ballot("local.example-borough.north-ward.2026-05-07").expect("ballot");
        assert_eq!(ballot.election_id(), "local.example-borough.2026-05-07");
        assert_eq!(ballot.group_id(), "local.2026-05-07");
        assert_eq!(ballot.division(), Some("north-ward"));
        assert!(parse_election("local.example-borough.2026-05-07").is_ok());
        assert_eq!(parse("local.2026-05-07").expect("group").places.len(), 0);
    }

    #[test]
    fn subtypes_by_elections_and_whole_area_ballots() {
        let list = parse_ballot("sp.r.lothian.2026-05-07").expect("regional");
        assert!(list.is_regional());
        assert_eq!(list.election_id(), "sp.r.lothian.2026-05-07");
        assert_eq!(list.group_id(), "sp.r.2026-05-07");
        let by = parse_ballot("local.cardiff.pontprennau-old-st-mellons.by.2017-05-04").expect("by-election");
        assert!(by.by_election);
        assert_eq!(by.election_id(), "local.cardiff.2017-05-04");
        let mayor = parse_ballot("mayor.lewisham.2018-05-03").expect("mayor");
        assert_eq!((mayor.division(), mayor.election_id().as_str()), (None, "mayor.lewisham.2018-05-03"));
        let parl = parse_ballot("parl.hexham.2024-07-04").expect("parl");
        assert_eq!((parl.election_id().as_str(), parl.division()), ("parl.2024-07-04", Some("hexham")));
    }

    #[test]
    fn malformed_ids_say_what_is_wrong() {
        assert_eq!(parse(""), Err(IdError::Blank));
        assert_eq!(parse("local.Example.2026-05-07"), Err(IdError::BadPart("Example".into())));
        assert_eq!(parse("local.a--b.2026-05-07"), Err(IdError::BadPart("a--b".into())));
        assert_eq!(parse("local..2026-05-07"), Err(IdError::BadPart(String::new())));
        assert_eq!(parse("europarl.2019-05-23"), Err(IdError::UnknownType("europarl".into())));
        assert_eq!(parse("local.x.2026-02-30"), Err(IdError::BadDate("2026-02-30".into())));
        assert_eq!(parse("local.x.07-05-2026"), Err(IdError::BadDate("07-05-2026".into())));
        assert!(matches!(parse_ballot("local.2026-05-07"), Err(IdError::Shape(_))));
        assert!(matches!(parse_election("local.x.north.2026-05-07"), Err(IdError::Shape(_))));
        assert!(matches!(parse("local.a.b.c.2026-05-07"), Err(IdError::Shape(_))));
        assert!(matches!(parse_ballot("local.x.by.2026-05-07"), Err(IdError::Shape(_))));
    }

    #[test]
    fn dates() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2023-02-29"));
        assert!(!is_date("2100-02-29"));
        assert!(is_date("2000-02-29"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("2026-1-01"));
    }
}
