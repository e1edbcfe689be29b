//! Writing an address-list shard straight from a shard's sorted addresses.
//!
//! An [`AddressListShard`](super::AddressListShard) holds a copy of every UPRN and
//! label in a map by postcode; building one only to serialise it cost two strings an
//! address, and freeing them again. [`AddressListOut`] borrows the addresses instead
//! and serialises to the same bytes: the same fields in the same order, postcodes in
//! the order the map would give (the addresses are sorted by postcode), each
//! postcode's `[uprn, label]` pairs in the addresses' order.

use serde::ser::{Serialize, SerializeMap, Serializer};

use super::format::ADDRESS_LIST_FORMAT;
use super::writer::ShardAddress;

/// An address list as written, borrowing its addresses.
#[derive(serde::Serialize)]
pub(super) struct AddressListOut<'a> {
    format: &'static str,
    format_version: u32,
    key: &'a str,
    postcodes: Postcodes<'a>,
}

impl<'a> AddressListOut<'a> {
    /// The list for shard `key`; `addresses` must be sorted by postcode.
    pub(super) fn new(key: &'a str, format_version: u32, addresses: &'a [&'a ShardAddress<'a>]) -> AddressListOut<'a> {
        AddressListOut { format: ADDRESS_LIST_FORMAT, format_version, key, postcodes: Postcodes(addresses) }
    }
}

/// Postcode → its `[uprn, label]` pairs, one entry per run of equal postcodes.
struct Postcodes<'a>(&'a [&'a ShardAddress<'a>]);

impl Serialize for Postcodes<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(None)?;
        for group in self.0.chunk_by(|a, b| a.postcode == b.postcode) {
            let pairs = Pairs(group);
            map.serialize_entry(&group[0].postcode, &pairs)?;
        }
        map.end()
    }
}

/// One postcode's addresses as `[uprn, label]` pairs.
struct Pairs<'a>(&'a [&'a ShardAddress<'a>]);

impl Serialize for Pairs<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|address| (address.uprn.as_ref(), address.label.as_ref())))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::format::AddressListShard;
    use super::*;

    #[test]
    fn the_same_bytes_as_the_owned_list() {
        fn address<'a>(postcode: &'a str, uprn: &'a str, label: &'a str) -> ShardAddress<'a> {
            ShardAddress {
                postcode: postcode.into(),
                uprn: uprn.into(),
                label: label.into(),
                council: 0,
                station: None,
            }
        }
        let addresses = [
            address("AA11AA", "1", "1 Mill Lane"),
            address("AA11AA", "2", "2 \"Mill\" Lane, Llanfâch"),
            address("AA11AB", "3", "The Barn"),
            address("AB11AA", "4", "Flat 1\\2"),
        ];
        let mut postcodes: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for address in &addresses {
            postcodes
                .entry(address.postcode.to_string())
                .or_default()
                .push((address.uprn.to_string(), address.label.to_string()));
        }
        let owned =
            AddressListShard { format: ADDRESS_LIST_FORMAT.to_owned(), format_version: 3, key: "AA".into(), postcodes };
        let sorted: Vec<&ShardAddress<'_>> = addresses.iter().collect();
        let borrowed = AddressListOut::new("AA", 3, &sorted);
        assert_eq!(serde_json::to_vec(&borrowed).expect("json"), serde_json::to_vec(&owned).expect("json"));
        let empty = AddressListShard { postcodes: BTreeMap::new(), ..owned };
        assert_eq!(
            serde_json::to_vec(&AddressListOut::new("AA", 3, &[])).expect("json"),
            serde_json::to_vec(&empty).expect("json")
        );
    }
}
