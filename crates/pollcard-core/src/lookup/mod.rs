//! "Where do I vote?": a postcode (or a UPRN within it) to a polling station.
//!
//! Lookups run against a bundle held in memory — in the browser's wasm or in the CLI —
//! and never leave the device. They take two steps because the app fetches shards
//! on demand: parse the postcode and find its shard with [`BundleIndex::shard_for`],
//! then call [`lookup_postcode`] with that shard (or `None` if the bundle has none).
//! [`LookupAnswer`] turns an outcome into the JSON that `pollcard lookup` prints.

mod answer;

pub use answer::{AccessibilityAnswer, AddressAnswer, CouncilAnswer, ErrorAnswer, LookupAnswer, StationAnswer};

use crate::bundle::{AddressRecord, BundleIndex, PostcodeShard};
use crate::model::{PollingStation, StationId};
use crate::postcode::{Postcode, PostcodeError};

/// The answer to a lookup.
#[derive(Clone, Debug, PartialEq)]
pub enum LookupOutcome<'a> {
    /// Every address in the postcode votes at this station.
    Station { postcode: Postcode, station: &'a PollingStation },
    /// The postcode is split: the voter must pick their address.
    AddressPicker { postcode: Postcode, choices: Vec<AddressChoice<'a>> },
    /// The addresses are known but the council has not said where they vote.
    NoStation { postcode: Postcode },
    /// The postcode is valid but this bundle does not cover it.
    NotFound { postcode: Postcode },
    /// The input is not a postcode.
    InvalidPostcode { error: PostcodeError },
}

impl LookupOutcome<'_> {
    /// The stable status key: `station`, `address_picker`, `no_station`, `not_found`
    /// or `invalid_postcode`.
    pub fn status(&self) -> &'static str {
        match self {
            LookupOutcome::Station { .. } => "station",
            LookupOutcome::AddressPicker { .. } => "address_picker",
            LookupOutcome::NoStation { .. } => "no_station",
            LookupOutcome::NotFound { .. } => "not_found",
            LookupOutcome::InvalidPostcode { .. } => "invalid_postcode",
        }
    }

    /// The normalised postcode, when the input was one.
    pub fn postcode(&self) -> Option<&Postcode> {
        match self {
            LookupOutcome::Station { postcode, .. }
            | LookupOutcome::AddressPicker { postcode, .. }
            | LookupOutcome::NoStation { postcode }
            | LookupOutcome::NotFound { postcode } => Some(postcode),
            LookupOutcome::InvalidPostcode { .. } => None,
        }
    }
}

/// One address in a split postcode, with where it votes (`None`: not yet known).
#[derive(Clone, Debug, PartialEq)]
pub struct AddressChoice<'a> {
    pub address: &'a AddressRecord,
    pub station: Option<&'a PollingStation>,
}

/// Parses `input` as a postcode; the error outcome when it is not one.
pub fn parse_postcode<'a>(input: &str) -> Result<Postcode, LookupOutcome<'a>> {
    Postcode::parse(input).map_err(|error| LookupOutcome::InvalidPostcode { error })
}

/// Finds where the electors of `postcode` vote. `shard` is the shard the index names
/// for the postcode's area, or `None` when the bundle does not cover that area.
pub fn lookup_postcode<'a>(
    index: &'a BundleIndex,
    shard: Option<&'a PostcodeShard>,
    postcode: &Postcode,
) -> LookupOutcome<'a> {
    let addresses = shard.map(|shard| shard.addresses(postcode)).unwrap_or_default();
    let Some(first) = addresses.first() else {
        return LookupOutcome::NotFound { postcode: postcode.clone() };
    };
    let one_station = addresses.iter().all(|address| address.station_id() == first.station_id());
    if one_station {
        return outcome_for_station(index, postcode, first.station_id());
    }
    let choices = addresses
        .iter()
        .map(|address| AddressChoice { address, station: station_of(index, address.station_id()) })
        .collect();
    LookupOutcome::AddressPicker { postcode: postcode.clone(), choices }
}

/// Finds where the electors at one address vote. A UPRN that is not in `postcode`
/// gives [`LookupOutcome::NotFound`].
pub fn lookup_uprn<'a>(
    index: &'a BundleIndex,
    shard: Option<&'a PostcodeShard>,
    postcode: &Postcode,
    uprn: &str,
) -> LookupOutcome<'a> {
    let wanted = uprn.trim();
    let address = shard
        .map(|shard| shard.addresses(postcode))
        .unwrap_or_default()
        .iter()
        .find(|address| address.uprn() == wanted);
    match address {
        Some(address) => outcome_for_station(index, postcode, address.station_id()),
        None => LookupOutcome::NotFound { postcode: postcode.clone() },
    }
}

fn station_of<'a>(index: &'a BundleIndex, id: Option<&StationId>) -> Option<&'a PollingStation> {
    id.and_then(|id| index.station(id.as_str()))
}

fn outcome_for_station<'a>(index: &'a BundleIndex, postcode: &Postcode, id: Option<&StationId>) -> LookupOutcome<'a> {
    match station_of(index, id) {
        Some(station) => LookupOutcome::Station { postcode: postcode.clone(), station },
        None => LookupOutcome::NoStation { postcode: postcode.clone() },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bundle::{BundleWriter, PostcodeShard, INDEX_FILE};
    use crate::model::{Address, Council, CouncilContact, LocalizedText, Nation, OpeningHours};

    fn station(id: &str) -> PollingStation {
        PollingStation {
            id: StationId::from(id),
            name: format!("Station {id}"),
            address: "Hall Road".into(),
            postcode: Some("AA1 9ZZ".into()),
            location: None,
            opening_hours: OpeningHours::default(),
            accessibility: Default::default(),
        }
    }

    fn address(uprn: &str, label: &str, postcode: &str, station: Option<&str>) -> (Postcode, Address) {
        let postcode = Postcode::parse(postcode).expect("valid test postcode");
        let address = Address {
            uprn: uprn.into(),
            label: label.into(),
            postcode: postcode.to_string(),
            station_id: station.map(StationId::from),
            district: None,
        };
        (postcode, address)
    }

    fn bundle() -> (BundleIndex, PostcodeShard) {
        let writer = BundleWriter {
            council: Council {
                id: "demo".into(),
                name: LocalizedText::english("Demo Council"),
                nation: Nation::Wales,
                contact: CouncilContact::default(),
            },
            fictional: true,
            timetable: None,
            voting_places: None,
            stations: vec![station("S1"), station("S2")],
            districts: vec![],
            addresses: vec![
                address("1", "1 High Street", "AA1 1AA", Some("S1")),
                address("2", "2 High Street", "AA1 1AA", Some("S1")),
                address("3", "10 Mill Lane", "AA1 1AB", Some("S2")),
                address("4", "2 Mill Lane", "AA1 1AB", Some("S1")),
                address("5", "1 New Road", "AA1 1AD", None),
                address("6", "2 New Road", "AA1 1AE", Some("S2")),
                address("7", "3 New Road", "AA1 1AE", None),
            ],
            us: None,
            elections: None,
        };
        let files = writer.files();
        let index_file = files.iter().find(|f| f.path == INDEX_FILE).expect("index written");
        let index = BundleIndex::from_json(&index_file.bytes).expect("index parses");
        let shard_ref = index.postcode_areas.get("AA").expect("AA shard listed");
        let shard_file = files.iter().find(|f| f.path == shard_ref.path).expect("shard written");
        let shard = PostcodeShard::from_json(&shard_file.path, "AA", &shard_file.bytes).expect("shard parses");
        (index, shard)
    }

    fn pc(text: &str) -> Postcode {
        Postcode::parse(text).expect("valid test postcode")
    }

    #[test]
    fn one_station_for_the_whole_postcode() {
        let (index, shard) = bundle();
        let outcome = lookup_postcode(&index, Some(&shard), &pc("aa11aa"));
        match outcome {
            LookupOutcome::Station { station, postcode } => {
                assert_eq!(station.id.as_str(), "S1");
                assert_eq!(postcode.to_string(), "AA1 1AA");
            }
            other => panic!("expected a station, got {other:?}"),
        }
    }

    #[test]
    fn split_postcode_gives_a_picker_in_natural_order() {
        let (index, shard) = bundle();
        let LookupOutcome::AddressPicker { choices, .. } = lookup_postcode(&index, Some(&shard), &pc("AA1 1AB")) else {
            panic!("expected a picker");
        };
        let labels: Vec<_> = choices.iter().map(|c| c.address.label()).collect();
        assert_eq!(labels, ["2 Mill Lane", "10 Mill Lane"]);
        let stations: Vec<_> = choices.iter().map(|c| c.station.map(|s| s.id.as_str())).collect();
        assert_eq!(stations, [Some("S1"), Some("S2")]);
    }

    #[test]
    fn partly_unknown_postcode_is_still_a_picker() {
        let (index, shard) = bundle();
        let outcome = lookup_postcode(&index, Some(&shard), &pc("AA1 1AE"));
        let LookupOutcome::AddressPicker { choices, .. } = outcome else { panic!("expected a picker") };
        assert_eq!(choices[1].station, None);
    }

    #[test]
    fn unknown_station_and_not_found() {
        let (index, shard) = bundle();
        assert_eq!(lookup_postcode(&index, Some(&shard), &pc("AA1 1AD")).status(), "no_station");
        assert_eq!(lookup_postcode(&index, Some(&shard), &pc("AA1 1ZZ")).status(), "not_found");
        assert_eq!(lookup_postcode(&index, None, &pc("CF10 1AA")).status(), "not_found");
        assert!(index.shard_for(&pc("CF10 1AA")).is_none());
        assert!(index.shard_for(&pc("AA9 9ZZ")).is_some());
    }

    #[test]
    fn uprn_lookup() {
        let (index, shard) = bundle();
        let outcome = lookup_uprn(&index, Some(&shard), &pc("AA1 1AB"), "3");
        assert!(matches!(outcome, LookupOutcome::Station { station, .. } if station.id.as_str() == "S2"));
        assert_eq!(lookup_uprn(&index, Some(&shard), &pc("AA1 1AE"), "7").status(), "no_station");
        // A UPRN from another postcode is not found in this one.
        assert_eq!(lookup_uprn(&index, Some(&shard), &pc("AA1 1AB"), "1").status(), "not_found");
    }

    #[test]
    fn invalid_input() {
        let outcome = parse_postcode("not a postcode").expect_err("invalid");
        assert_eq!(outcome.status(), "invalid_postcode");
        assert_eq!(outcome.postcode(), None);
    }

    fn answer_json(outcome: &LookupOutcome<'_>, index: &BundleIndex) -> serde_json::Value {
        serde_json::to_value(LookupAnswer::new(index, outcome)).expect("serialises")
    }

    #[test]
    fn answer_json_has_only_the_keys_that_apply() {
        let (mut index, shard) = bundle();
        index.stations[0].location = crate::model::Location::new(52.123_456_789, -4.1);
        let station = answer_json(&lookup_postcode(&index, Some(&shard), &pc("AA1 1AA")), &index);
        assert_eq!(station["status"], "station");
        assert_eq!(station["postcode"], "AA1 1AA");
        assert_eq!(station["council"]["name"], "Demo Council");
        assert!(station["council"].get("phone").is_none(), "absent, not null");
        assert_eq!(station["station"]["lat"], 52.123457);
        assert_eq!(
            station["station"]["accessibility"].as_object().map(|o| o.len()),
            Some(crate::model::AccessibilityFeature::ALL.len())
        );
        assert_eq!(station["station"]["accessibility"]["hearing_loop"], "unknown");
        assert!(station.get("addresses").is_none() && station.get("error").is_none());

        let picker = answer_json(&lookup_postcode(&index, Some(&shard), &pc("AA1 1AE")), &index);
        assert_eq!(picker["addresses"][1]["station_id"], serde_json::Value::Null);
        assert!(picker.get("station").is_none());

        let invalid = answer_json(&parse_postcode("AA1 1A@").expect_err("invalid"), &index);
        assert_eq!(invalid["error"]["code"], "invalid_character");
        assert!(invalid.get("postcode").is_none());
    }
}
