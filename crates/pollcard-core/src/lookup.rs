//! "Where do I vote?": a postcode (or a UPRN within it) to a polling station.
//!
//! Lookups run against a bundle held in memory — in the browser's wasm or in the CLI —
//! and never leave the device. They take two steps because the app fetches shards
//! on demand: parse the postcode and find its shard with [`BundleIndex::shard_for`],
//! then call [`lookup_postcode`] with that shard (or `None` if the bundle has none).

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use crate::bundle::{AddressRecord, BundleIndex, PostcodeShard};
use crate::model::{Language, LocalizedText, PollingStation, StationAccessibility, StationId};
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

/// A lookup's answer as JSON for scripts and the CLI (`pollcard lookup`); the shape is
/// documented in `docs/data-formats.md`. Keys that do not apply are left out rather
/// than set to null, so "no station" can never be mistaken for an empty one.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LookupAnswer<'a> {
    pub status: &'static str,
    /// The postcode in written form (`AA1 1AA`); absent when the input was not one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    pub council: CouncilAnswer<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub station: Option<StationAnswer<'a>>,
    /// The choices of a split postcode, in natural order.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub addresses: Option<Vec<AddressAnswer<'a>>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<ErrorAnswer>,
}

/// Who to contact, in English.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CouncilAnswer<'a> {
    pub name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub website: Option<&'a str>,
}

/// A station, with every accessibility feature (unknown ones included).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StationAnswer<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub address: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postcode: Option<&'a str>,
    /// WGS84 degrees rounded to 6 places (about 10 cm); absent without a location.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    pub accessibility: AccessibilityAnswer<'a>,
    pub getting_there: &'a LocalizedText,
    pub at_the_station: &'a LocalizedText,
}

/// Every feature key with `yes`, `no` or `unknown`, in display order.
#[derive(Clone, Debug, PartialEq)]
pub struct AccessibilityAnswer<'a>(pub &'a StationAccessibility);

impl Serialize for AccessibilityAnswer<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(crate::model::AccessibilityFeature::ALL.len()))?;
        for (feature, availability) in self.0.all_features() {
            map.serialize_entry(feature.key(), availability.key())?;
        }
        map.end()
    }
}

/// One address of a split postcode; `station_id` is null when not yet known.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AddressAnswer<'a> {
    pub uprn: &'a str,
    pub label: &'a str,
    pub station_id: Option<&'a str>,
}

/// Why the input is not a postcode: [`PostcodeError::code`] and its message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorAnswer {
    pub code: &'static str,
    pub message: String,
}

impl<'a> LookupAnswer<'a> {
    /// The answer for `outcome`, a lookup in `index`.
    pub fn new(index: &'a BundleIndex, outcome: &LookupOutcome<'a>) -> LookupAnswer<'a> {
        let english = |text: &'a LocalizedText| text.best(Language::En).map(|(text, _)| text);
        let contact = &index.council.contact;
        let council = CouncilAnswer {
            name: english(&index.council.name).unwrap_or(&index.council.id),
            phone: contact.phone.as_deref(),
            email: contact.email.as_deref(),
            address: english(&contact.address),
            website: english(&contact.website),
        };
        let mut answer = LookupAnswer {
            status: outcome.status(),
            postcode: outcome.postcode().map(Postcode::to_string),
            council,
            station: None,
            addresses: None,
            error: None,
        };
        match outcome {
            LookupOutcome::Station { station, .. } => answer.station = Some(StationAnswer::new(station)),
            LookupOutcome::AddressPicker { choices, .. } => {
                let addresses = choices
                    .iter()
                    .map(|choice| AddressAnswer {
                        uprn: choice.address.uprn(),
                        label: choice.address.label(),
                        station_id: choice.address.station_id().map(StationId::as_str),
                    })
                    .collect();
                answer.addresses = Some(addresses);
            }
            LookupOutcome::InvalidPostcode { error } => {
                answer.error = Some(ErrorAnswer { code: error.code(), message: error.to_string() });
            }
            LookupOutcome::NoStation { .. } | LookupOutcome::NotFound { .. } => {}
        }
        answer
    }
}

impl<'a> StationAnswer<'a> {
    fn new(station: &'a PollingStation) -> StationAnswer<'a> {
        let round = |degrees: f64| (degrees * 1e6).round() / 1e6;
        StationAnswer {
            id: station.id.as_str(),
            name: &station.name,
            address: &station.address,
            postcode: station.postcode.as_deref(),
            lat: station.location.map(|location| round(location.lat)),
            lon: station.location.map(|location| round(location.lon)),
            accessibility: AccessibilityAnswer(&station.accessibility),
            getting_there: &station.accessibility.getting_there,
            at_the_station: &station.accessibility.at_the_station,
        }
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
        assert_eq!(station["station"]["accessibility"].as_object().map(|o| o.len()), Some(15));
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
