//! The app's readers of `bundle.json` ([`BundleIndex`]), its shard entries
//! ([`ShardRef`]), a postcode shard ([`PostcodeShard`]), and a national bundle's
//! index ([`NationalIndex`], [`CouncilEntry`]), lookup shards ([`LookupShard`]) and
//! stations files ([`StationsFile`]): JSON objects only, read by hand. A derived reader also reads a
//! struct written as an array, which no bundle holds, with every field's type read
//! inline in both forms; `bundle.json`'s was the largest part of the app's loading
//! code. Native builds (the bundle writer, the CLI) keep the derived readers; the
//! tests below read the writer's JSON with both and compare.
//!
//! As with the derived readers, unknown fields are skipped and a missing required
//! field is refused with serde's "missing field" message. The `us` field is skipped,
//! as the derived reader skips it on the wasm.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{IgnoredAny, MapAccess, Visitor};

use super::format::FormatHeader;
use super::national::{CouncilEntry, LookupShard, NationalIndex, StationsFile};
use super::{BundleIndex, PostcodeShard, ShardRef};
use crate::model::read::required;

/// Reads a file's [`FormatHeader`] from a JSON object, skipping the rest of it.
pub(crate) struct HeaderFields;

impl<'de> Visitor<'de> for HeaderFields {
    type Value = FormatHeader;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a bundle file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FormatHeader, A::Error> {
        let (mut format, mut format_version) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(FormatHeader {
            format: required(format, "format")?,
            format_version: required(format_version, "format_version")?,
        })
    }
}

/// Reads a [`ShardRef`] from a JSON object.
pub struct ShardRefFields;

impl<'de> Visitor<'de> for ShardRefFields {
    type Value = ShardRef;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a postcode area's shard")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ShardRef, A::Error> {
        let (mut path, mut postcodes, mut addresses) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "path" => path = Some(map.next_value()?),
                "postcodes" => postcodes = Some(map.next_value()?),
                "addresses" => addresses = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(ShardRef {
            path: required(path, "path")?,
            postcodes: required(postcodes, "postcodes")?,
            addresses: required(addresses, "addresses")?,
        })
    }
}

/// Reads a [`BundleIndex`] from a JSON object.
pub struct IndexFields;

impl<'de> Visitor<'de> for IndexFields {
    type Value = BundleIndex;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a bundle index")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<BundleIndex, A::Error> {
        let (mut format, mut format_version, mut council, mut stations, mut areas) = (None, None, None, None, None);
        let mut fictional = false;
        let mut districts = Vec::new();
        let (mut district_boundaries, mut voting_places) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                "fictional" => fictional = map.next_value()?,
                "council" => council = Some(map.next_value()?),
                "stations" => stations = Some(map.next_value()?),
                "districts" => districts = map.next_value()?,
                "district_boundaries" => district_boundaries = map.next_value()?,
                "postcode_areas" => areas = Some(map.next_value::<BTreeMap<String, ShardRef>>()?),
                "voting_places" => voting_places = map.next_value()?,
                // `us`, which the app does not read, and anything newer.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(BundleIndex {
            format: required(format, "format")?,
            format_version: required(format_version, "format_version")?,
            fictional,
            council: required(council, "council")?,
            stations: required(stations, "stations")?,
            districts,
            district_boundaries,
            postcode_areas: required(areas, "postcode_areas")?,
            us: None,
            voting_places,
        })
    }
}

/// Reads a [`PostcodeShard`] from a JSON object.
pub struct PostcodeShardFields;

impl<'de> Visitor<'de> for PostcodeShardFields {
    type Value = PostcodeShard;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a postcode shard")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PostcodeShard, A::Error> {
        let (mut format, mut format_version, mut area, mut postcodes) = (None, None, None, None);
        let mut station_changed = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                "area" => area = Some(map.next_value()?),
                "postcodes" => postcodes = Some(map.next_value()?),
                "station_changed" => station_changed = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(PostcodeShard {
            format: required(format, "format")?,
            format_version: required(format_version, "format_version")?,
            area: required(area, "area")?,
            postcodes: required(postcodes, "postcodes")?,
            station_changed,
        })
    }
}

/// Reads a [`LookupShard`] from a JSON object.
pub struct LookupShardFields;

impl<'de> Visitor<'de> for LookupShardFields {
    type Value = LookupShard;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a lookup shard")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LookupShard, A::Error> {
        let (mut format, mut format_version, mut key_field) = (None, None, None);
        let (mut councils, mut stations, mut postcodes) = (None, None, None);
        let (mut unassigned, mut split, mut station_changed) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                "key" => key_field = Some(map.next_value()?),
                "councils" => councils = Some(map.next_value()?),
                "stations" => stations = Some(map.next_value()?),
                "postcodes" => postcodes = Some(map.next_value()?),
                "unassigned" => unassigned = map.next_value()?,
                "split" => split = map.next_value()?,
                "station_changed" => station_changed = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(LookupShard {
            format: required(format, "format")?,
            format_version: required(format_version, "format_version")?,
            key: required(key_field, "key")?,
            councils: required(councils, "councils")?,
            stations: required(stations, "stations")?,
            postcodes: required(postcodes, "postcodes")?,
            unassigned,
            split,
            station_changed,
        })
    }
}

/// Reads a [`StationsFile`] from a JSON object.
pub struct StationsFileFields;

impl<'de> Visitor<'de> for StationsFileFields {
    type Value = StationsFile;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a council's stations file")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StationsFile, A::Error> {
        let (mut format, mut format_version, mut council, mut stations) = (None, None, None, None);
        let mut districts = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                "council" => council = Some(map.next_value()?),
                "stations" => stations = Some(map.next_value()?),
                "districts" => districts = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(StationsFile {
            format: required(format, "format")?,
            format_version: required(format_version, "format_version")?,
            council: required(council, "council")?,
            stations: required(stations, "stations")?,
            districts,
        })
    }
}

/// Reads a [`CouncilEntry`] from a JSON object.
pub struct CouncilEntryFields;

impl<'de> Visitor<'de> for CouncilEntryFields {
    type Value = CouncilEntry;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a national bundle's council")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CouncilEntry, A::Error> {
        let (mut council, mut stations, mut station_count) = (None, None, None);
        let (mut districts, mut bounds, mut elections) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "council" => council = Some(map.next_value()?),
                "stations" => stations = Some(map.next_value()?),
                "station_count" => station_count = Some(map.next_value()?),
                "districts" => districts = map.next_value()?,
                "bounds" => bounds = map.next_value()?,
                "elections" => elections = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(CouncilEntry {
            council: required(council, "council")?,
            stations: required(stations, "stations")?,
            station_count: required(station_count, "station_count")?,
            districts,
            bounds,
            elections,
        })
    }
}

/// Reads a [`NationalIndex`] from a JSON object.
pub struct NationalIndexFields;

impl<'de> Visitor<'de> for NationalIndexFields {
    type Value = NationalIndex;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a national bundle index")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<NationalIndex, A::Error> {
        let (mut format, mut format_version, mut shard_by) = (None, None, None);
        let (mut councils, mut lookup, mut address_lists) = (None, None, None);
        let mut fictional = false;
        let mut outward_codes = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "format" => format = Some(map.next_value()?),
                "format_version" => format_version = Some(map.next_value()?),
                "fictional" => fictional = map.next_value()?,
                "shard_by" => shard_by = Some(map.next_value()?),
                "councils" => councils = Some(map.next_value()?),
                "lookup" => lookup = Some(map.next_value()?),
                "address_lists" => address_lists = Some(map.next_value()?),
                "outward_codes" => outward_codes = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(NationalIndex {
            format: required(format, "format")?,
            format_version: required(format_version, "format_version")?,
            fictional,
            shard_by: required(shard_by, "shard_by")?,
            councils: required(councils, "councils")?,
            lookup: required(lookup, "lookup")?,
            address_lists: required(address_lists, "address_lists")?,
            outward_codes,
        })
    }
}

#[cfg(target_arch = "wasm32")]
crate::model::read::read_as_object! {
    FormatHeader => HeaderFields,
    StationsFile => StationsFileFields,
    CouncilEntry => CouncilEntryFields,
    NationalIndex => NationalIndexFields,
    ShardRef => ShardRefFields,
    BundleIndex => IndexFields,
    PostcodeShard => PostcodeShardFields,
    LookupShard => LookupShardFields,
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::format::FormatHeader;
    use super::super::national::{CouncilEntry, LookupShard, NationalIndex, ShardBy, SplitAddress, StationsFile};
    use super::super::{AddressRecord, BundleIndex, PostcodeShard, ShardRef};
    use crate::model::read::compare::{both, refused_alike, same};
    use crate::model::{
        Council, CouncilContact, LocalizedText, Nation, OpeningHours, PollingDistrict, PollingStation,
        StationAccessibility, StationId,
    };

    fn index() -> BundleIndex {
        let council = Council {
            id: "aberdyfi-demo".to_owned(),
            name: LocalizedText { en: Some("Aberdyfi".to_owned()), cy: Some("Aberdyfi".to_owned()) },
            nation: Nation::Wales,
            contact: CouncilContact::default(),
        };
        let station = PollingStation {
            id: StationId::from("S1"),
            name: "Village Hall".to_owned(),
            address: "1 High Street".to_owned(),
            postcode: Some("LL35 0AA".to_owned()),
            location: None,
            opening_hours: OpeningHours::default(),
            accessibility: StationAccessibility::default(),
        };
        let district: PollingDistrict =
            serde_json::from_str(r#"{"id":"AA","name":"Town","station_id":"S1"}"#).expect("a district");
        let areas = BTreeMap::from([
            ("LL".to_owned(), ShardRef { path: "postcodes/LL.json".to_owned(), postcodes: 12, addresses: 340 }),
            ("SY".to_owned(), ShardRef { path: "postcodes/SY.json".to_owned(), postcodes: 0, addresses: 0 }),
        ]);
        BundleIndex::new(council, true, vec![station], vec![district], areas)
    }

    #[test]
    fn the_index_reads_by_hand_as_the_derived_reader_reads_it() {
        let plain = index();
        let mut full = index();
        full.fictional = false;
        full.district_boundaries = Some("districts/aberdyfi-demo.0123abcd.json".to_owned());
        full.voting_places = Some("voting-places.json".to_owned());
        let empty = BundleIndex::new(plain.council.clone(), false, Vec::new(), Vec::new(), BTreeMap::new());
        for written in [plain, full, empty] {
            let json = serde_json::to_string(&written).expect("written");
            assert_eq!(same(&json, super::IndexFields), written);
            assert_eq!(BundleIndex::from_json(json.as_bytes()).expect("checked and read"), written);
        }
        // What the writer leaves out reads as its default; null optional fields, and
        // fields from a newer writer, are read the same way by both.
        let council = serde_json::to_string(&index().council).expect("written");
        let minimal = format!(
            r#"{{"format":"pollcard-bundle","format_version":1,"council":{council},"stations":[],"postcode_areas":{{}},"new":[1,{{"a":null}}]}}"#
        );
        let read = same(&minimal, super::IndexFields);
        assert!(!read.fictional && read.districts.is_empty());
        same(
            &format!(
                r#"{{"format":"pollcard-bundle","format_version":1,"council":{council},"stations":[],"postcode_areas":{{}},"district_boundaries":null,"voting_places":null}}"#
            ),
            super::IndexFields,
        );
        same(r#"{"path":"postcodes/LL.json","postcodes":1,"addresses":2,"hash":"x"}"#, super::ShardRefFields);
    }

    #[test]
    fn the_us_field_is_skipped_as_on_the_wasm() {
        let json = serde_json::to_string(&index()).expect("written");
        let us = r#""us":{"precincts":"us/p.json","places":"us/l.json","precinct_count":1,"precincts_with_boundary":1,"location_count":1},"#;
        let with_us = json.replacen('{', &format!("{{{us}"), 1);
        let mut deserializer = serde_json::Deserializer::from_str(&with_us);
        let read = serde::Deserializer::deserialize_map(&mut deserializer, super::IndexFields).expect("read");
        assert_eq!(read, index());
    }

    #[test]
    fn a_missing_required_field_is_refused_in_the_same_words() {
        let council = serde_json::to_string(&index().council).expect("written");
        let fields = [
            ("format", r#""pollcard-bundle""#.to_owned()),
            ("format_version", "1".to_owned()),
            ("council", council),
            ("stations", "[]".to_owned()),
            ("postcode_areas", "{}".to_owned()),
        ];
        for (missing, _) in &fields {
            let json = fields
                .iter()
                .filter(|(name, _)| name != missing)
                .map(|(name, value)| format!(r#""{name}":{value}"#))
                .collect::<Vec<_>>()
                .join(",");
            refused_alike(&format!("{{{json}}}"), super::IndexFields, missing);
        }
        for (json, field) in [
            (r#"{"postcodes":1,"addresses":2}"#, "path"),
            (r#"{"path":"p","addresses":2}"#, "postcodes"),
            (r#"{"path":"p","postcodes":1}"#, "addresses"),
        ] {
            refused_alike(json, super::ShardRefFields, field);
        }
    }

    fn postcode_shard(station_changed: bool) -> PostcodeShard {
        let record = |uprn: &str, station: Option<&str>, district: Option<&str>| {
            AddressRecord(
                uprn.to_owned(),
                format!("{uprn} High Street"),
                station.map(StationId::from),
                district.map(str::to_owned),
            )
        };
        let mut shard = PostcodeShard {
            format: "pollcard-postcodes".to_owned(),
            format_version: 1,
            area: "LL".to_owned(),
            postcodes: BTreeMap::from([
                ("LL350AA".to_owned(), vec![record("1", Some("S1"), Some("AA")), record("2", None, None)]),
                ("LL350AB".to_owned(), vec![record("3", Some("S2"), None)]),
            ]),
            station_changed: BTreeMap::new(),
        };
        if station_changed {
            shard.station_changed.insert("LL350AA".to_owned(), vec!["1".to_owned()]);
        }
        shard
    }

    #[test]
    fn a_postcode_shard_reads_by_hand_as_the_derived_reader_reads_it() {
        for written in [postcode_shard(false), postcode_shard(true)] {
            let json = serde_json::to_string(&written).expect("written");
            assert_eq!(same(&json, super::PostcodeShardFields), written);
            assert_eq!(PostcodeShard::from_json("postcodes/LL.json", "LL", json.as_bytes()).expect("read"), written);
        }
        let minimal = r#"{"format":"pollcard-postcodes","format_version":1,"area":"LL","postcodes":{},"new":1}"#;
        same(minimal, super::PostcodeShardFields);
        for (json, field) in [
            (r#"{"format_version":1,"area":"LL","postcodes":{}}"#, "format"),
            (r#"{"format":"f","area":"LL","postcodes":{}}"#, "format_version"),
            (r#"{"format":"f","format_version":1,"postcodes":{}}"#, "area"),
            (r#"{"format":"f","format_version":1,"area":"LL"}"#, "postcodes"),
        ] {
            refused_alike(json, super::PostcodeShardFields, field);
        }
        let (derived, by_hand) = both(
            r#"{"format":"f","format_version":1,"area":"LL","postcodes":{"A":[["1"]]}}"#,
            super::PostcodeShardFields,
        );
        assert_eq!(by_hand.expect_err("refused"), derived.expect_err("refused"));
    }

    #[test]
    fn a_lookup_shard_reads_by_hand_as_the_derived_reader_reads_it() {
        let station = index().stations[0].clone();
        let full = LookupShard {
            format: "pollcard-lookup".to_owned(),
            format_version: 1,
            key: "LL".to_owned(),
            councils: vec!["aberdyfi-demo".to_owned(), "gwynedd".to_owned()],
            stations: vec![(0, station.clone()), (1, station)],
            postcodes: BTreeMap::from([("LL350AA".to_owned(), 0)]),
            unassigned: BTreeMap::from([("LL350AC".to_owned(), 1)]),
            split: BTreeMap::from([(
                "LL350AB".to_owned(),
                vec![
                    SplitAddress("1".to_owned(), "1 Road".to_owned(), Some(1), 0),
                    SplitAddress("2".to_owned(), "2 Road".to_owned(), None, 1),
                ],
            )]),
            station_changed: BTreeMap::from([("LL350AB".to_owned(), vec!["1".to_owned()])]),
        };
        let bare = LookupShard {
            unassigned: BTreeMap::new(),
            split: BTreeMap::new(),
            station_changed: BTreeMap::new(),
            ..full.clone()
        };
        for written in [full, bare] {
            let json = serde_json::to_string(&written).expect("written");
            assert_eq!(same(&json, super::LookupShardFields), written);
        }
        let fields = [
            ("format", r#""pollcard-lookup""#),
            ("format_version", "1"),
            ("key", r#""LL""#),
            ("councils", "[]"),
            ("stations", "[]"),
            ("postcodes", "{}"),
        ];
        let object = |missing: &str| {
            let json = fields
                .iter()
                .filter(|(name, _)| *name != missing)
                .map(|(name, value)| format!(r#""{name}":{value}"#))
                .collect::<Vec<_>>()
                .join(",");
            format!("{{{json}}}")
        };
        same(&object(""), super::LookupShardFields);
        for (missing, _) in fields {
            refused_alike(&object(missing), super::LookupShardFields, missing);
        }
    }

    #[test]
    fn a_national_index_and_stations_file_read_by_hand_as_the_derived_reader_reads_them() {
        let entry = CouncilEntry {
            council: index().council,
            stations: "stations/aberdyfi-demo.0123.json".to_owned(),
            station_count: 1,
            districts: Some("districts/aberdyfi-demo.4567.json".to_owned()),
            bounds: serde_json::from_str("[[-4.1,52.5],[-4.0,52.6]]").expect("bounds"),
            elections: Some("elections/aberdyfi-demo.89ab.json".to_owned()),
        };
        let bare = CouncilEntry { districts: None, bounds: None, elections: None, ..entry.clone() };
        let council = serde_json::to_string(&entry.council).expect("written");
        let areas = index().postcode_areas;
        let national = NationalIndex {
            format: "pollcard-national".to_owned(),
            format_version: 1,
            fictional: true,
            shard_by: ShardBy::Council,
            councils: vec![entry, bare],
            lookup: areas.clone(),
            address_lists: areas,
            outward_codes: BTreeMap::from([("LL35".to_owned(), vec!["aberdyfi-demo".to_owned()])]),
        };
        let by_area = NationalIndex {
            fictional: false,
            shard_by: ShardBy::Area,
            outward_codes: BTreeMap::new(),
            ..national.clone()
        };
        for written in [national, by_area] {
            let json = serde_json::to_string(&written).expect("written");
            assert_eq!(same(&json, super::NationalIndexFields), written);
        }
        for (json, field) in [
            (r#"{"stations":"s","station_count":1}"#.to_owned(), "council"),
            (format!(r#"{{"council":{council},"station_count":1}}"#), "stations"),
        ] {
            refused_alike(&json, super::CouncilEntryFields, field);
        }
        refused_alike(
            r#"{"format":"f","format_version":1,"councils":[],"lookup":{},"address_lists":{}}"#,
            super::NationalIndexFields,
            "shard_by",
        );
        let (derived, by_hand) = both(
            r#"{"format":"f","format_version":1,"shard_by":"ward","councils":[],"lookup":{},"address_lists":{}}"#,
            super::NationalIndexFields,
        );
        assert_eq!(by_hand.expect_err("refused"), derived.expect_err("refused"));

        let district: PollingDistrict = serde_json::from_str(r#"{"id":"AA","station_id":"S1"}"#).expect("a district");
        let with_districts = StationsFile {
            format: "pollcard-stations".to_owned(),
            format_version: 1,
            council: "aberdyfi-demo".to_owned(),
            stations: index().stations,
            districts: vec![district],
        };
        let without = StationsFile { districts: Vec::new(), ..with_districts.clone() };
        for written in [with_districts, without] {
            let json = serde_json::to_string(&written).expect("written");
            assert_eq!(same(&json, super::StationsFileFields), written);
        }
        refused_alike(r#"{"format":"f","format_version":1,"council":"c"}"#, super::StationsFileFields, "stations");
    }

    #[test]
    fn a_header_reads_by_hand_as_the_derived_reader_reads_it() {
        let json = serde_json::to_string(&index()).expect("written");
        for json in [json.as_str(), r#"{"format":"pollcard-postcodes","format_version":2,"area":"LL"}"#] {
            let (derived, by_hand) = both::<FormatHeader, _>(json, super::HeaderFields);
            let (derived, by_hand) = (derived.expect("read"), by_hand.expect("read by hand"));
            assert_eq!((derived.format, derived.format_version), (by_hand.format, by_hand.format_version));
        }
        refused_alike::<FormatHeader, _>(r#"{"format_version":1}"#, super::HeaderFields, "format");
        refused_alike::<FormatHeader, _>(r#"{"format":"f"}"#, super::HeaderFields, "format_version");
    }

    #[test]
    fn a_malformed_index_is_refused_naming_the_file() {
        let council = serde_json::to_string(&index().council).expect("written");
        let wrong_type = format!(
            r#"{{"format":"pollcard-bundle","format_version":1,"council":{council},"stations":{{}},"postcode_areas":{{}}}}"#
        );
        for json in [wrong_type.as_str(), "[]", "{", r#"{"format":"pollcard-bundle","format_version":1"#] {
            let error = BundleIndex::from_json(json.as_bytes()).expect_err("refused");
            assert!(error.to_string().starts_with("bundle.json is not valid bundle JSON"), "{error}");
            // The wasm's reader refuses it too.
            let (derived, by_hand) = both(json, super::IndexFields);
            assert!(derived.is_err() && by_hand.is_err());
        }
    }
}
