//! The JSON shape of a lookup's answer, as `pollcard lookup` prints it.

use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

use super::LookupOutcome;
use crate::bundle::BundleIndex;
use crate::model::{Council, Language, LocalizedText, PollingStation, StationAccessibility, StationId};
use crate::postcode::Postcode;

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
    /// Something the answer could not take into account, such as a UPRN that could
    /// not be checked; absent when there is nothing to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub warning: Option<ErrorAnswer>,
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

/// Why the input is not a postcode ([`PostcodeError::code`] and its message), or
/// what a warning is about: a stable code and a sentence for people.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorAnswer {
    pub code: &'static str,
    pub message: String,
}

impl<'a> LookupAnswer<'a> {
    /// The answer for `outcome`, a lookup in `index`.
    pub fn new(index: &'a BundleIndex, outcome: &LookupOutcome<'a>) -> LookupAnswer<'a> {
        let council = CouncilAnswer::of(&index.council);
        let mut answer = LookupAnswer {
            status: outcome.status(),
            postcode: outcome.postcode().map(Postcode::to_string),
            council,
            station: None,
            addresses: None,
            error: None,
            warning: None,
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

impl<'a> CouncilAnswer<'a> {
    /// The council's name and contact details, in English.
    pub fn of(council: &'a Council) -> CouncilAnswer<'a> {
        let english = |text: &'a LocalizedText| text.best(Language::En).map(|(text, _)| text);
        let contact = &council.contact;
        CouncilAnswer {
            name: english(&council.name).unwrap_or(&council.id),
            phone: contact.phone.as_deref(),
            email: contact.email.as_deref(),
            address: english(&contact.address),
            website: english(&contact.website),
        }
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
