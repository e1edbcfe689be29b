//! The app's reader of the two US files: one record type for every kind of record
//! (precinct, location, locality, state, election office) and one file type for
//! both files, so that the wasm holds one field reader where the typed structs would
//! need one each (about as much code again as the US pages). The writer and native
//! reads keep the typed structs ([`super::bundle`]); the app calls this through
//! [`UsPlacesFile::from_json`] and [`UsPrecinctsFile::from_json`] on wasm32.
//!
//! What the app never shows is not read: the election, a precinct's number, split
//! name and ward, a locality's kind, and the street segments. A field missing from
//! a record is read as empty rather than refused: the files are checked against the
//! signed release before they are read, so they are the bundle writer's.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};
use serde::{Deserialize, Deserializer};

use super::bundle::{UsPlacesFile, UsPrecinctsFile, PLACES_FILE, PLACES_FORMAT, PRECINCTS_FILE, PRECINCTS_FORMAT};
use super::{ElectionAdministration, Locality, MultiPolygon, OpeningHours, Precinct, State, VotingLocation};
use crate::bundle::BundleError;

/// Any record of either file: the fields the app reads, each default when absent.
#[derive(Default)]
struct Record {
    id: String,
    name: Option<String>,
    locality_id: String,
    is_mail_only: bool,
    vote_centre: bool,
    location_ids: Vec<String>,
    boundary: Option<MultiPolygon>,
    address: Option<String>,
    directions: Option<String>,
    location: Option<[f64; 2]>,
    hours: Vec<OpeningHours>,
    is_drop_box: bool,
    is_early_voting: bool,
    state_id: Option<String>,
    election_administration_id: Option<String>,
    phone: Option<String>,
    email: Option<String>,
    links: BTreeMap<String, String>,
}

/// Read by hand as a JSON object only: a derived reader also reads each record
/// written as an array, which doubles its code and never happens in a bundle.
impl<'de> Deserialize<'de> for Record {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Record, D::Error> {
        deserializer.deserialize_map(RecordFields)
    }
}

struct RecordFields;

impl<'de> Visitor<'de> for RecordFields {
    type Value = Record;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a US record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record, A::Error> {
        let mut r = Record::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => r.id = map.next_value()?,
                "name" => r.name = map.next_value()?,
                "locality_id" => r.locality_id = map.next_value()?,
                "is_mail_only" => r.is_mail_only = map.next_value()?,
                "vote_centre" => r.vote_centre = map.next_value()?,
                "location_ids" => r.location_ids = map.next_value()?,
                "boundary" => r.boundary = map.next_value()?,
                "address" => r.address = map.next_value()?,
                "directions" => r.directions = map.next_value()?,
                "location" => r.location = map.next_value()?,
                "hours" => r.hours = map.next_value()?,
                "is_drop_box" => r.is_drop_box = map.next_value()?,
                "is_early_voting" => r.is_early_voting = map.next_value()?,
                "state_id" => r.state_id = map.next_value()?,
                "election_administration_id" => r.election_administration_id = map.next_value()?,
                "phone" => r.phone = map.next_value()?,
                "email" => r.email = map.next_value()?,
                "links" => r.links = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(r)
    }
}

/// Reads one span of opening hours from a JSON object (the app's reader; native
/// builds keep the derived one).
pub struct HoursFields;

impl<'de> Visitor<'de> for HoursFields {
    type Value = OpeningHours;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("opening hours")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OpeningHours, A::Error> {
        let mut hours = OpeningHours::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "start_date" => hours.start_date = map.next_value()?,
                "end_date" => hours.end_date = map.next_value()?,
                "times" => hours.times = map.next_value()?,
                "only_by_appointment" => hours.only_by_appointment = map.next_value()?,
                "or_by_appointment" => hours.or_by_appointment = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(hours)
    }
}

#[cfg(target_arch = "wasm32")]
impl<'de> Deserialize<'de> for OpeningHours {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<OpeningHours, D::Error> {
        deserializer.deserialize_map(HoursFields)
    }
}

/// Either file: its header and the lists the app reads.
#[derive(Default)]
struct File {
    format: String,
    format_version: u32,
    precincts: Vec<Record>,
    state: Option<Record>,
    localities: Vec<Record>,
    administrations: Vec<Record>,
    locations: Vec<Record>,
}

impl<'de> Deserialize<'de> for File {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<File, D::Error> {
        deserializer.deserialize_map(FileFields)
    }
}

struct FileFields;

impl<'de> Visitor<'de> for FileFields {
    type Value = File;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a US file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<File, A::Error> {
        let mut file = File::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => file.format = map.next_value()?,
                "format_version" => file.format_version = map.next_value()?,
                "precincts" => file.precincts = map.next_value()?,
                "state" => file.state = map.next_value()?,
                "localities" => file.localities = map.next_value()?,
                "administrations" => file.administrations = map.next_value()?,
                "locations" => file.locations = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(file)
    }
}

/// Reads `bytes` as `file`, whose format must be `expected` at this version.
fn read(file: &str, expected: &'static str, bytes: &[u8]) -> Result<File, BundleError> {
    let read: File =
        serde_json::from_slice(bytes).map_err(|source| BundleError::Json { file: file.to_owned(), source })?;
    if read.format != expected {
        return Err(BundleError::WrongFormat { file: file.to_owned(), found: read.format, expected });
    }
    if read.format_version != super::bundle::US_FORMAT_VERSION {
        return Err(BundleError::UnsupportedVersion { file: file.to_owned(), found: read.format_version });
    }
    Ok(read)
}

fn map<T>(records: Vec<Record>, one: fn(Record) -> T) -> Vec<T> {
    records.into_iter().map(one).collect()
}

/// `us/places.json` as the app reads it.
pub fn places(bytes: &[u8]) -> Result<UsPlacesFile, BundleError> {
    let file = read(PLACES_FILE, PLACES_FORMAT, bytes)?;
    Ok(UsPlacesFile {
        format: file.format,
        format_version: file.format_version,
        state: file.state.map(|r| State {
            id: r.id,
            name: r.name.unwrap_or_default(),
            election_administration_id: r.election_administration_id,
        }),
        election: None,
        localities: map(file.localities, |r| Locality {
            id: r.id,
            name: r.name.unwrap_or_default(),
            kind: None,
            state_id: r.state_id,
            election_administration_id: r.election_administration_id,
            location_ids: r.location_ids,
            is_mail_only: r.is_mail_only,
        }),
        administrations: map(file.administrations, |r| ElectionAdministration {
            id: r.id,
            name: r.name,
            address: r.address,
            phone: r.phone,
            email: r.email,
            links: r.links,
        }),
        locations: map(file.locations, |r| VotingLocation {
            id: r.id,
            name: r.name,
            address: r.address.unwrap_or_default(),
            directions: r.directions,
            location: r.location,
            hours: r.hours,
            is_drop_box: r.is_drop_box,
            is_early_voting: r.is_early_voting,
        }),
        street_segments: Vec::new(),
    })
}

/// `us/precincts.json` as the app reads it.
pub fn precincts(bytes: &[u8]) -> Result<UsPrecinctsFile, BundleError> {
    let file = read(PRECINCTS_FILE, PRECINCTS_FORMAT, bytes)?;
    Ok(UsPrecinctsFile {
        format: file.format,
        format_version: file.format_version,
        precincts: map(file.precincts, |r| Precinct {
            id: r.id,
            name: r.name.unwrap_or_default(),
            number: None,
            locality_id: r.locality_id,
            split_name: None,
            ward: None,
            is_mail_only: r.is_mail_only,
            vote_centre: r.vote_centre,
            location_ids: r.location_ids,
            boundary: r.boundary,
        }),
    })
}

#[cfg(test)]
mod tests {
    use super::super::bundle::{UsBundle, UsPlacesFile, UsPrecinctsFile};
    use super::super::*;
    use crate::bundle::BundleError;

    fn bundle() -> UsBundle {
        let hours = OpeningHours {
            start_date: Some("2026-10-20".to_owned()),
            end_date: None,
            times: vec![("07:00:00-04:00".to_owned(), "19:00:00-04:00".to_owned())],
            only_by_appointment: false,
            or_by_appointment: true,
        };
        UsBundle {
            state: Some(State {
                id: "st".into(),
                name: "Virginia".into(),
                election_administration_id: Some("ea1".into()),
            }),
            election: Some(Election { id: "e".into(), name: None, date: "2026-11-03".into(), state_id: None }),
            localities: vec![Locality {
                id: "loc".into(),
                name: "Fairfax".into(),
                kind: Some("county".into()),
                state_id: Some("st".into()),
                election_administration_id: Some("ea2".into()),
                location_ids: vec!["early".into()],
                is_mail_only: true,
            }],
            administrations: vec![ElectionAdministration {
                id: "ea2".into(),
                name: Some("Elections".into()),
                address: Some("1 Court Street".into()),
                phone: Some("+1 555".into()),
                email: Some("vote@example.org".into()),
                links: [("elections".to_owned(), "https://example.org".to_owned())].into(),
            }],
            locations: vec![VotingLocation {
                id: "early".into(),
                name: Some("Library".into()),
                address: "2 Main Street".into(),
                directions: Some("Side door".into()),
                location: Some([38.5, -77.25]),
                hours: vec![hours],
                is_drop_box: true,
                is_early_voting: true,
            }],
            precincts: vec![Precinct {
                id: "p1".into(),
                name: "One".into(),
                number: Some("101".into()),
                locality_id: "loc".into(),
                split_name: Some("1A".into()),
                ward: Some("W".into()),
                is_mail_only: false,
                vote_centre: true,
                location_ids: vec!["early".into()],
                boundary: Some(MultiPolygon(vec![vec![vec![[-77.0, 38.0], [-76.0, 38.0], [-76.0, 39.0]]]])),
            }],
            street_segments: vec![StreetSegment { id: "s".into(), precinct_id: "p1".into(), ..Default::default() }],
        }
    }

    /// The app's reader gives what the typed reader gives, less what the app never
    /// shows, for the files the writer writes.
    #[test]
    fn reads_what_the_typed_reader_reads_less_what_the_app_never_shows() {
        let files = bundle().files();
        let (precincts, places) = (&files[0].bytes, &files[1].bytes);
        let mut typed = UsPlacesFile::from_json(places).expect("typed");
        typed.election = None;
        typed.street_segments.clear();
        for locality in &mut typed.localities {
            locality.kind = None;
        }
        assert_eq!(super::places(places).expect("lean"), typed);
        let mut typed = UsPrecinctsFile::from_json(precincts).expect("typed");
        for precinct in &mut typed.precincts {
            (precinct.number, precinct.split_name, precinct.ward) = (None, None, None);
        }
        assert_eq!(super::precincts(precincts).expect("lean"), typed);
    }

    #[test]
    fn reads_opening_hours_as_the_derived_reader_does() {
        struct Read(OpeningHours);
        impl<'de> serde::Deserialize<'de> for Read {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Read, D::Error> {
                deserializer.deserialize_map(super::HoursFields).map(Read)
            }
        }
        for hours in &bundle().locations[0].hours {
            let json = serde_json::to_vec(hours).expect("written");
            assert_eq!(&serde_json::from_slice::<Read>(&json).expect("read").0, hours);
        }
        let read: Read = serde_json::from_slice(br#"{"end_date":"2026-11-03","new":[1]}"#).expect("read");
        assert_eq!(read.0, OpeningHours { end_date: Some("2026-11-03".to_owned()), ..OpeningHours::default() });
    }

    #[test]
    fn refuses_the_other_file_and_another_version() {
        let files = bundle().files();
        assert!(matches!(super::places(&files[0].bytes), Err(BundleError::WrongFormat { .. })));
        let newer = String::from_utf8(files[1].bytes.clone())
            .expect("utf-8")
            .replace("\"format_version\":1", "\"format_version\":9");
        assert!(matches!(super::places(newer.as_bytes()), Err(BundleError::UnsupportedVersion { found: 9, .. })));
        assert!(matches!(super::precincts(b"[1"), Err(BundleError::Json { .. })));
    }
}
