//! The app's readers of the model's structs (a text in two languages, a station, its
//! accessibility, a council and its contact): JSON objects only, read by hand. A
//! derived reader also reads a struct written as an array, which no bundle holds, with
//! every field's type read inline in both forms; that doubles its code in the wasm.
//! Native builds (the bundle writer, the CLI) keep the derived readers; the tests
//! below read the writer's JSON with both and compare.
//!
//! As with the derived readers, unknown fields are skipped and a missing required
//! field is refused with serde's "missing field" message; a duplicate field is not
//! refused (the last one counts): the files are checked against the signed release
//! before they are read, so they are the bundle writer's.

use std::fmt;

use serde::de::{Error, IgnoredAny, MapAccess, Visitor};

use super::{Council, CouncilContact, LocalizedText, OpeningHours, PollingStation, StationAccessibility, StationId};

/// A required field's value, or serde's "missing field" error. Shared by the readers
/// of `elections.json` and `release.json`.
pub(crate) fn required<T, E: Error>(value: Option<T>, field: &'static str) -> Result<T, E> {
    value.ok_or_else(|| E::missing_field(field))
}

/// Reads a [`LocalizedText`] from a JSON object.
pub struct TextFields;

impl<'de> Visitor<'de> for TextFields {
    type Value = LocalizedText;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a text in English and Welsh")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<LocalizedText, A::Error> {
        let mut text = LocalizedText::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "en" => text.en = map.next_value()?,
                "cy" => text.cy = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(text)
    }
}

/// Reads a [`StationAccessibility`] from a JSON object.
pub struct AccessibilityFields;

impl<'de> Visitor<'de> for AccessibilityFields {
    type Value = StationAccessibility;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a station's accessibility")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StationAccessibility, A::Error> {
        let mut access = StationAccessibility::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "features" => access.features = map.next_value()?,
                "notes" => access.notes = map.next_value()?,
                "getting_there" => access.getting_there = map.next_value()?,
                "at_the_station" => access.at_the_station = map.next_value()?,
                "surveyed_on" => access.surveyed_on = map.next_value()?,
                "disabled_parking_bays" => access.disabled_parking_bays = map.next_value()?,
                "disabled_parking_distance_m" => access.disabled_parking_distance_m = map.next_value()?,
                "door_width_cm" => access.door_width_cm = map.next_value()?,
                "confirmed_on" => access.confirmed_on = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(access)
    }
}

/// Reads a [`PollingStation`] from a JSON object.
pub struct StationFields;

impl<'de> Visitor<'de> for StationFields {
    type Value = PollingStation;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a polling station")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<PollingStation, A::Error> {
        let (mut id, mut name, mut address) = (None, None, None);
        let mut station = PollingStation {
            id: StationId(String::new()),
            name: String::new(),
            address: String::new(),
            postcode: None,
            location: None,
            opening_hours: OpeningHours::default(),
            accessibility: StationAccessibility::default(),
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value()?),
                "name" => name = Some(map.next_value()?),
                "address" => address = Some(map.next_value()?),
                "postcode" => station.postcode = map.next_value()?,
                "location" => station.location = map.next_value()?,
                "opening_hours" => station.opening_hours = map.next_value()?,
                "accessibility" => station.accessibility = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        station.id = StationId(required(id, "id")?);
        station.name = required(name, "name")?;
        station.address = required(address, "address")?;
        Ok(station)
    }
}

/// Reads a [`CouncilContact`] from a JSON object.
pub struct ContactFields;

impl<'de> Visitor<'de> for ContactFields {
    type Value = CouncilContact;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a council's contact details")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<CouncilContact, A::Error> {
        let mut contact = CouncilContact::default();
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "phone" => contact.phone = map.next_value()?,
                "email" => contact.email = map.next_value()?,
                "address" => contact.address = map.next_value()?,
                "website" => contact.website = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(contact)
    }
}

/// Reads a [`Council`] from a JSON object.
pub struct CouncilFields;

impl<'de> Visitor<'de> for CouncilFields {
    type Value = Council;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a council")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Council, A::Error> {
        let (mut id, mut name, mut nation, mut contact) = (None, None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "id" => id = Some(map.next_value()?),
                "name" => name = Some(map.next_value()?),
                "nation" => nation = Some(map.next_value()?),
                "contact" => contact = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Council {
            id: required(id, "id")?,
            name: required(name, "name")?,
            nation: required(nation, "nation")?,
            contact: required(contact, "contact")?,
        })
    }
}

/// Implements `Deserialize` for each `type => visitor`: the type read as a JSON object
/// by its visitor. The wasm's readers of the model, `elections.json` and `release.json`.
#[cfg(target_arch = "wasm32")]
macro_rules! read_as_object {
    ($($type:ty => $fields:expr),* $(,)?) => {$(
        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<$type, D::Error> {
                deserializer.deserialize_map($fields)
            }
        }
    )*};
}
#[cfg(target_arch = "wasm32")]
pub(crate) use read_as_object;

#[cfg(target_arch = "wasm32")]
read_as_object! {
    LocalizedText => TextFields,
    StationAccessibility => AccessibilityFields,
    PollingStation => StationFields,
    CouncilContact => ContactFields,
    Council => CouncilFields,
}

/// What the tests of the hand-written readers share: a JSON text read by the derived
/// reader (what natives use) and by a visitor (what the wasm uses).
#[cfg(test)]
pub(crate) mod compare {
    use serde::de::{DeserializeOwned, Visitor};
    use serde::Deserializer;

    /// Both readers' answers for `json`, errors as their messages without the position.
    pub fn both<T: DeserializeOwned, V: for<'de> Visitor<'de, Value = T>>(
        json: &str,
        fields: V,
    ) -> (Result<T, String>, Result<T, String>) {
        let words =
            |error: serde_json::Error| error.to_string().split(" at line ").next().unwrap_or_default().to_owned();
        let derived = serde_json::from_str::<T>(json).map_err(words);
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let by_hand = deserializer.deserialize_map(fields).map_err(words);
        (derived, by_hand)
    }

    /// What both readers read from `json`, which must be the same.
    pub fn same<T: DeserializeOwned + PartialEq + std::fmt::Debug, V: for<'de> Visitor<'de, Value = T>>(
        json: &str,
        fields: V,
    ) -> T {
        let (derived, by_hand) = both(json, fields);
        assert_eq!(derived.as_ref().expect("the derived reader reads it"), by_hand.as_ref().expect("read by hand"));
        by_hand.expect("read")
    }

    /// Both readers refuse `json` for the missing `field`, in the same words.
    pub fn refused_alike<T: DeserializeOwned + std::fmt::Debug, V: for<'de> Visitor<'de, Value = T>>(
        json: &str,
        fields: V,
        field: &str,
    ) {
        let (derived, by_hand) = both(json, fields);
        let derived = derived.expect_err("refused");
        assert_eq!(derived, format!("missing field `{field}`"));
        assert_eq!(by_hand.expect_err("refused"), derived);
    }
}

#[cfg(test)]
mod tests {
    use super::super::{
        AccessibilityFeature, Availability, Council, CouncilContact, LocalizedText, Location, Nation, OpeningHours,
        PollingStation, StationAccessibility, StationId,
    };
    use super::compare::{refused_alike, same};

    fn text(en: &str, cy: Option<&str>) -> LocalizedText {
        LocalizedText { en: Some(en.to_owned()), cy: cy.map(str::to_owned) }
    }

    fn station(accessibility: StationAccessibility) -> PollingStation {
        PollingStation {
            id: StationId::from("S1"),
            name: "Village Hall".to_owned(),
            address: "1 High Street, Aberdyfi".to_owned(),
            postcode: Some("LL35 0AA".to_owned()),
            location: Some(Location { lat: 52.5, lon: -4.05 }),
            opening_hours: OpeningHours { opens: 420, closes: 1320 },
            accessibility,
        }
    }

    fn surveyed() -> StationAccessibility {
        let mut access = StationAccessibility::default();
        access.set(AccessibilityFeature::LevelAccess, Availability::Yes);
        access.set(AccessibilityFeature::HearingLoop, Availability::No);
        access.notes.insert(AccessibilityFeature::LevelAccess, text("Side door", Some("Drws ochr")));
        access.getting_there = text("Bus 28", None);
        access.at_the_station = LocalizedText { en: None, cy: Some("Help wrth y drws".to_owned()) };
        access.surveyed_on = Some("2026-03-01".to_owned());
        access.disabled_parking_bays = Some(2);
        access.disabled_parking_distance_m = Some(15);
        access.door_width_cm = Some(90);
        access.confirmed_on = Some("2026-04-01".to_owned());
        access
    }

    #[test]
    fn stations_read_by_hand_as_the_derived_reader_reads_them() {
        for written in [station(surveyed()), station(StationAccessibility::default())] {
            let json = serde_json::to_string(&written).expect("written");
            assert_eq!(same(&json, super::StationFields), written);
            let access = serde_json::to_string(&written.accessibility).expect("written");
            assert_eq!(same(&access, super::AccessibilityFields), written.accessibility);
        }
        // What the writer leaves out reads as its default; null optional fields, and
        // fields from a newer writer, are read the same way by both.
        let minimal = same(r#"{"id":"S2","name":"Hall","address":"Road","extra":[1,{"a":2}]}"#, super::StationFields);
        assert_eq!(minimal.opening_hours, OpeningHours::default());
        assert!(minimal.accessibility.is_empty());
        same(r#"{"id":"S2","name":"Hall","address":"Road","postcode":null,"location":null}"#, super::StationFields);
        same(r#"{"surveyed_on":null,"door_width_cm":null,"new":true}"#, super::AccessibilityFields);
        same(r#"{"en":null,"cy":"Neuadd","other":"x"}"#, super::TextFields);
        same("{}", super::TextFields);
    }

    #[test]
    fn councils_read_by_hand_as_the_derived_reader_reads_them() {
        let council = Council {
            id: "aberdyfi-demo".to_owned(),
            name: text("Aberdyfi", Some("Aberdyfi")),
            nation: Nation::Wales,
            contact: CouncilContact {
                phone: Some("01234 567890".to_owned()),
                email: Some("elections@example.org".to_owned()),
                address: text("Council Offices", None),
                website: text("https://example.org", Some("https://example.org/cy")),
            },
        };
        let json = serde_json::to_string(&council).expect("written");
        assert_eq!(same(&json, super::CouncilFields), council);
        let contact = serde_json::to_string(&CouncilContact::default()).expect("written");
        assert_eq!(same(&contact, super::ContactFields), CouncilContact::default());
    }

    #[test]
    fn a_missing_required_field_is_refused_in_the_same_words() {
        for (json, field) in [
            (r#"{"name":"Hall","address":"Road"}"#, "id"),
            (r#"{"id":"S1","address":"Road"}"#, "name"),
            (r#"{"id":"S1","name":"Hall"}"#, "address"),
        ] {
            refused_alike(json, super::StationFields, field);
        }
        for (json, field) in [
            (r#"{"name":{},"nation":"wales","contact":{}}"#, "id"),
            (r#"{"id":"c","nation":"wales","contact":{}}"#, "name"),
            (r#"{"id":"c","name":{},"contact":{}}"#, "nation"),
            (r#"{"id":"c","name":{},"nation":"wales"}"#, "contact"),
        ] {
            refused_alike(json, super::CouncilFields, field);
        }
    }
}
