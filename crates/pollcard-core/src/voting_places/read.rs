//! The app's reader of a place in `voting-places.json`: a JSON object only, read by
//! hand. A derived reader also reads a place written as an array, which doubles its
//! code in the wasm and never happens in a bundle. Native builds (the bundle writer,
//! the CLI) keep the derived reader; the test below reads the writer's output with
//! both and compares.

use std::fmt;

use serde::de::{Error, IgnoredAny, MapAccess, Visitor};

use super::{OpeningDay, VotingPlace};

/// Reads one place from a JSON object.
pub struct PlaceFields;

impl<'de> Visitor<'de> for PlaceFields {
    type Value = VotingPlace;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("a voting place")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<VotingPlace, A::Error> {
        let mut kind = None;
        let mut days = None;
        let mut place = VotingPlace {
            id: String::new(),
            kind: super::PlaceKind::Advance,
            name: Default::default(),
            address: Default::default(),
            postcode: None,
            location: None,
            wards: Vec::new(),
            districts: Vec::new(),
            days: Vec::new(),
            accessibility: Default::default(),
        };
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "kind" => kind = Some(map.next_value()?),
                "name" => place.name = map.next_value()?,
                "address" => place.address = map.next_value()?,
                "postcode" => place.postcode = map.next_value()?,
                "location" => place.location = map.next_value()?,
                "wards" => place.wards = map.next_value()?,
                "districts" => place.districts = map.next_value()?,
                "days" => days = Some(map.next_value()?),
                "accessibility" => place.accessibility = map.next_value()?,
                // The id, which the app never shows, and anything newer.
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        place.kind = kind.ok_or_else(|| A::Error::missing_field("kind"))?;
        place.days = days.ok_or_else(|| A::Error::missing_field("days"))?;
        Ok(place)
    }
}

/// Reads one opening day from a JSON object.
pub struct DayFields;

impl<'de> Visitor<'de> for DayFields {
    type Value = OpeningDay;

    fn expecting(&self, formatter: &mut fmt::Formatter) -> fmt::Result {
        formatter.write_str("an opening day")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<OpeningDay, A::Error> {
        let (mut date, mut opens, mut closes) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "date" => date = Some(map.next_value()?),
                "opens" => opens = Some(map.next_value()?),
                "closes" => closes = Some(map.next_value()?),
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(OpeningDay {
            date: date.ok_or_else(|| A::Error::missing_field("date"))?,
            opens: opens.ok_or_else(|| A::Error::missing_field("opens"))?,
            closes: closes.ok_or_else(|| A::Error::missing_field("closes"))?,
        })
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Deserializer};

    use super::super::{OpeningDay, PlaceKind, VotingPlace, VotingPlacesFile};
    use crate::model::{LocalizedText, Location, StationAccessibility};
    use crate::timetable::{Date, Time};

    struct Read(VotingPlace);

    impl<'de> Deserialize<'de> for Read {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Read, D::Error> {
            deserializer.deserialize_map(super::PlaceFields).map(Read)
        }
    }

    #[derive(Deserialize)]
    struct File {
        places: Vec<Read>,
    }

    struct Day(OpeningDay);

    impl<'de> Deserialize<'de> for Day {
        fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
            deserializer.deserialize_map(super::DayFields).map(Day)
        }
    }

    fn text(en: &str) -> LocalizedText {
        LocalizedText { en: Some(en.to_owned()), cy: None }
    }

    #[test]
    fn reads_what_the_derived_reader_reads_but_the_id() {
        let day = |d| OpeningDay {
            date: Date::new(2026, 5, d).expect("date"),
            opens: Time::new(7, 0).expect("time"),
            closes: Time::new(22, 0).expect("time"),
        };
        let place = VotingPlace {
            id: "h1".to_owned(),
            kind: PlaceKind::Hub,
            name: text("Hub"),
            address: text("1 High Street"),
            postcode: Some("CF10 1AA".to_owned()),
            location: Some(Location { lat: 51.5, lon: -3.25 }),
            wards: vec!["W1".to_owned()],
            districts: vec!["AA".to_owned()],
            days: vec![day(1), day(2)],
            accessibility: StationAccessibility::default(),
        };
        let bytes = VotingPlacesFile::new("c", vec![place.clone()]).bundle_file().bytes;
        let read: File = serde_json::from_slice(&bytes).expect("read");
        assert_eq!(read.places[0].0, VotingPlace { id: String::new(), ..place.clone() });
        for day in &place.days {
            let json = serde_json::to_vec(day).expect("written");
            assert_eq!(serde_json::from_slice::<Day>(&json).expect("read").0, *day);
        }
        let error = serde_json::from_slice::<Day>(br#"{"date":"2026-05-01","opens":"07:00"}"#).err().expect("refused");
        assert!(error.to_string().contains("missing field `closes`"), "{error}");
        let without_days = br#"{"places":[{"kind":"hub","name":{},"address":{}}]}"#;
        let error = serde_json::from_slice::<File>(without_days).err().expect("refused").to_string();
        assert!(error.contains("missing field `days`"), "{error}");
    }
}
