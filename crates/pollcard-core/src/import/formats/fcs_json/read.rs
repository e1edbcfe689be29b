//! An FCS ElectionsPro export read into typed records that borrow their text from
//! the file, instead of a `serde_json::Value` tree (a map, a key `String` and a value
//! for every field of every property, which was most of the format's import time and
//! set a national build's peak memory).
//!
//! The records keep the meaning the importer gave the tree, so that every export
//! imports exactly as before:
//! - a field is text (trimmed where it is used), a number as written, or blank for
//!   anything else ([`Field`]);
//! - a key given twice takes its last value, as a JSON object read into a map does;
//! - an element of the list, or a property, that is not an object is kept as the
//!   [`Value`] it is, for the message that names it ([`ObjectOr`]);
//! - `properties` or `pollingDistricts` that is not a list holds nothing, and a
//!   district that is not an object is skipped.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::SeqAccessDeserializer;
use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::{Number, Value};

/// The names of a property's or station's address lines.
const ADDRESS_LINES: [&str; 5] = ["addressLine1", "addressLine2", "addressLine3", "addressLine4", "addressLine5"];

/// The export: `None` when the document is valid JSON but not a list.
pub(super) fn stations(text: &str) -> Result<Option<Vec<ObjectOr<Station<'_>>>>, serde_json::Error> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let stations = deserializer.deserialize_any(ListOf(PhantomData))?;
    deserializer.end()?;
    Ok(stations)
}

/// A field's value.
#[derive(Debug, Default)]
pub(super) enum Field<'a> {
    /// A string, as written (escapes decoded).
    Text(Cow<'a, str>),
    /// A number, written back as `serde_json` writes it.
    Number(Number),
    /// Absent, null, true or false, a list or an object.
    #[default]
    Blank,
}

impl Field<'_> {
    /// The field as text: a string trimmed, a number as written, anything else blank.
    pub(super) fn text(&self) -> Cow<'_, str> {
        match self {
            Field::Text(text) => Cow::Borrowed(text.trim()),
            Field::Number(number) => Cow::Owned(number.to_string()),
            Field::Blank => Cow::Borrowed(""),
        }
    }
}

/// An address as a station or property gives it: its lines and postcode.
#[derive(Debug, Default)]
pub(super) struct AddressFields<'a> {
    pub lines: [Field<'a>; 5],
    pub postcode: Field<'a>,
}

impl AddressFields<'_> {
    /// The non-blank lines, joined with `, `.
    pub(super) fn label(&self) -> String {
        let mut label = String::new();
        for line in &self.lines {
            let line = line.text();
            if !line.is_empty() {
                if !label.is_empty() {
                    label.push_str(", ");
                }
                label.push_str(&line);
            }
        }
        label
    }
}

/// One station of the export.
#[derive(Debug, Default)]
pub(super) struct Station<'a> {
    pub station_id: Field<'a>,
    pub id: Field<'a>,
    pub name: Field<'a>,
    pub address: AddressFields<'a>,
    pub latitude: Field<'a>,
    pub longitude: Field<'a>,
    /// `(id, name)` of each district that is an object.
    pub districts: Vec<(Field<'a>, Field<'a>)>,
    pub properties: Vec<ObjectOr<Property<'a>>>,
}

/// One property of a station.
#[derive(Debug, Default)]
pub(super) struct Property<'a> {
    pub uprn: Field<'a>,
    pub address: AddressFields<'a>,
}

/// A district of a station's `pollingDistricts`.
#[derive(Debug, Default)]
struct District<'a> {
    id: Field<'a>,
    name: Field<'a>,
}

/// An element that should be an object: read into `T` when it is one.
#[derive(Debug)]
pub(super) enum ObjectOr<T> {
    Object(T),
    /// Anything else, as it was written.
    Other(Value),
}

/// An object read key by key into a typed record.
trait Fields<'de>: Default {
    /// Reads the value of `key` from `map` into its field, or skips it.
    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error>;
}

/// Reads an address line or postcode into `address`; false when `key` is neither.
fn read_address<'de, A: MapAccess<'de>>(
    address: &mut AddressFields<'de>,
    key: &str,
    map: &mut A,
) -> Result<bool, A::Error> {
    if key == "addressPostCode" {
        address.postcode = map.next_value()?;
    } else if let Some(index) = ADDRESS_LINES.iter().position(|line| *line == key) {
        address.lines[index] = map.next_value()?;
    } else {
        return Ok(false);
    }
    Ok(true)
}

impl<'de> Fields<'de> for Station<'de> {
    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        if read_address(&mut self.address, key, map)? {
            return Ok(());
        }
        match key {
            "stationId" => self.station_id = map.next_value()?,
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            "latitude" => self.latitude = map.next_value()?,
            "longitude" => self.longitude = map.next_value()?,
            "pollingDistricts" => {
                let districts: Option<Vec<ObjectOr<District<'de>>>> = map.next_value::<ListOrNothing<_>>()?.0;
                self.districts = districts
                    .unwrap_or_default()
                    .into_iter()
                    .filter_map(|district| match district {
                        ObjectOr::Object(district) => Some((district.id, district.name)),
                        ObjectOr::Other(_) => None,
                    })
                    .collect();
            }
            "properties" => self.properties = map.next_value::<ListOrNothing<_>>()?.0.unwrap_or_default(),
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de> Fields<'de> for Property<'de> {
    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        if read_address(&mut self.address, key, map)? {
            return Ok(());
        }
        if key == "addressUprn" {
            self.uprn = map.next_value()?;
        } else {
            map.next_value::<IgnoredAny>()?;
        }
        Ok(())
    }
}

impl<'de> Fields<'de> for District<'de> {
    fn read<A: MapAccess<'de>>(&mut self, key: &str, map: &mut A) -> Result<(), A::Error> {
        match key {
            "id" => self.id = map.next_value()?,
            "name" => self.name = map.next_value()?,
            _ => {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

/// A string that borrows from the text when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de> Deserialize<'de> for Text<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor;
        impl<'de> Visitor<'de> for TextVisitor {
            type Value = Text<'de>;
            fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
                formatter.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E>(self, text: &str) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text.to_owned())))
            }
            fn visit_string<E>(self, text: String) -> Result<Text<'de>, E> {
                Ok(Text(Cow::Owned(text)))
            }
        }
        deserializer.deserialize_str(TextVisitor)
    }
}

impl<'de> Deserialize<'de> for Field<'de> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(FieldVisitor)
    }
}

struct FieldVisitor;

impl<'de> Visitor<'de> for FieldVisitor {
    type Value = Field<'de>;
    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }
    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Field<'de>, E> {
        Ok(Field::Text(Cow::Borrowed(text)))
    }
    fn visit_str<E>(self, text: &str) -> Result<Field<'de>, E> {
        Ok(Field::Text(Cow::Owned(text.to_owned())))
    }
    fn visit_string<E>(self, text: String) -> Result<Field<'de>, E> {
        Ok(Field::Text(Cow::Owned(text)))
    }
    fn visit_u64<E>(self, number: u64) -> Result<Field<'de>, E> {
        Ok(Field::Number(number.into()))
    }
    fn visit_i64<E>(self, number: i64) -> Result<Field<'de>, E> {
        Ok(Field::Number(number.into()))
    }
    fn visit_f64<E>(self, number: f64) -> Result<Field<'de>, E> {
        // What a `Value` holds: a number that is not finite would be null.
        Ok(Number::from_f64(number).map_or(Field::Blank, Field::Number))
    }
    fn visit_bool<E>(self, _: bool) -> Result<Field<'de>, E> {
        Ok(Field::Blank)
    }
    fn visit_unit<E>(self) -> Result<Field<'de>, E> {
        Ok(Field::Blank)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Field<'de>, A::Error> {
        IgnoredAny.visit_seq(seq).map(|_| Field::Blank)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Field<'de>, A::Error> {
        IgnoredAny.visit_map(map).map(|_| Field::Blank)
    }
}

impl<'de, T: Fields<'de>> Deserialize<'de> for ObjectOr<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ObjectOrVisitor(PhantomData))
    }
}

struct ObjectOrVisitor<T>(PhantomData<T>);

impl<'de, T: Fields<'de>> Visitor<'de> for ObjectOrVisitor<T> {
    type Value = ObjectOr<T>;
    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<ObjectOr<T>, A::Error> {
        let mut object = T::default();
        while let Some(Text(key)) = map.next_key()? {
            object.read(&key, &mut map)?;
        }
        Ok(ObjectOr::Object(object))
    }
    fn visit_str<E>(self, text: &str) -> Result<ObjectOr<T>, E> {
        Ok(ObjectOr::Other(Value::String(text.to_owned())))
    }
    fn visit_u64<E>(self, number: u64) -> Result<ObjectOr<T>, E> {
        Ok(ObjectOr::Other(Value::Number(number.into())))
    }
    fn visit_i64<E>(self, number: i64) -> Result<ObjectOr<T>, E> {
        Ok(ObjectOr::Other(Value::Number(number.into())))
    }
    fn visit_f64<E>(self, number: f64) -> Result<ObjectOr<T>, E> {
        Ok(ObjectOr::Other(Number::from_f64(number).map_or(Value::Null, Value::Number)))
    }
    fn visit_bool<E>(self, value: bool) -> Result<ObjectOr<T>, E> {
        Ok(ObjectOr::Other(Value::Bool(value)))
    }
    fn visit_unit<E>(self) -> Result<ObjectOr<T>, E> {
        Ok(ObjectOr::Other(Value::Null))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<ObjectOr<T>, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(ObjectOr::Other)
    }
}

/// A list of `T`, or `None` for any other value.
struct ListOrNothing<T>(Option<Vec<T>>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ListOrNothing<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ListOf(PhantomData)).map(ListOrNothing)
    }
}

/// Reads a list of `T` as `Some`, and skips any other value as `None`.
struct ListOf<T>(PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for ListOf<T> {
    type Value = Option<Vec<T>>;
    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("any JSON value")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Some(items))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        IgnoredAny.visit_map(map).map(|_| None)
    }
    fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }
}
