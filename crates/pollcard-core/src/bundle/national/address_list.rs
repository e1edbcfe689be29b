//! Writing an address-list shard straight from a shard's sorted addresses.
//!
//! An [`AddressListShard`](super::AddressListShard) holds a copy of every UPRN and
//! label in a map by postcode; building one only to serialise it cost two strings an
//! address, and freeing them again. [`write_address_list`] writes the same bytes from
//! the addresses themselves: the same fields in the same order, postcodes in the
//! order the map would give (the addresses are sorted by postcode), each postcode's
//! `[uprn, label]` pairs in the addresses' order, strings escaped as `serde_json`
//! escapes them.

use super::format::ADDRESS_LIST_FORMAT;
use super::writer::ShardAddress;

/// The address list for shard `key` into `out` (cleared first), as `to_json` would
/// write an [`AddressListShard`](super::AddressListShard) of the same addresses
/// (ending in a line break); `addresses` must be sorted by postcode.
///
/// Written by hand into a buffer sized up front: through `serde_json` every byte of
/// every label went through its escaping loop, and the buffer grew by doubling into
/// fresh memory, several megabytes a shard. The caller can pass the same buffer for
/// shard after shard, so its pages are not faulted in afresh each time.
pub(super) fn write_address_list(out: &mut Vec<u8>, key: &str, format_version: u32, addresses: &[&ShardAddress<'_>]) {
    // Each pair is `["uprn","label"],` (eight bytes besides the texts), and each
    // postcode `"postcode":[...],` at most once an address.
    let size: usize =
        addresses.iter().map(|address| address.postcode.len() + address.uprn.len() + address.label.len() + 14).sum();
    out.clear();
    out.reserve(size + key.len() + 96);
    out.extend_from_slice(b"{\"format\":");
    json_string(out, ADDRESS_LIST_FORMAT);
    out.extend_from_slice(b",\"format_version\":");
    out.extend_from_slice(format_version.to_string().as_bytes());
    out.extend_from_slice(b",\"key\":");
    json_string(out, key);
    out.extend_from_slice(b",\"postcodes\":{");
    for (number, group) in addresses.chunk_by(|a, b| a.postcode == b.postcode).enumerate() {
        if number > 0 {
            out.push(b',');
        }
        json_string(out, &group[0].postcode);
        out.extend_from_slice(b":[");
        for (number, address) in group.iter().enumerate() {
            out.extend_from_slice(if number > 0 { b",[" } else { b"[" });
            json_string(out, &address.uprn);
            out.push(b',');
            json_string(out, &address.label);
            out.push(b']');
        }
        out.push(b']');
    }
    out.extend_from_slice(b"}}\n");
}

/// `text` as a JSON string. Nearly every text needs no escaping and is copied as it
/// is; any other goes through `serde_json`, so the escapes are always its own.
fn json_string(out: &mut Vec<u8>, text: &str) {
    if is_plain(text.as_bytes()) {
        out.push(b'"');
        out.extend_from_slice(text.as_bytes());
        out.push(b'"');
    } else {
        // Writing to a vector cannot fail.
        serde_json::to_writer(&mut *out, text).unwrap_or_default();
    }
}

/// Whether `bytes` holds nothing JSON escapes: no control character (below 0x20),
/// no `"` and no `\\`. Eight bytes at a time, and the last eight again (overlapping the
/// words before) for the rest: copying a short tail costs more than checking it twice.
fn is_plain(bytes: &[u8]) -> bool {
    let plain_byte = |byte: u8| byte >= 0x20 && byte != b'"' && byte != b'\\';
    if bytes.len() < 8 {
        return bytes.iter().all(|&byte| plain_byte(byte));
    }
    let word = |eight: &[u8]| {
        let mut word = [0; 8];
        word.copy_from_slice(eight);
        special_bytes(u64::from_le_bytes(word))
    };
    let suspect = bytes.chunks_exact(8).fold(word(&bytes[bytes.len() - 8..]), |suspect, eight| suspect | word(eight));
    suspect == 0
}

/// Not zero exactly when one of the word's eight bytes is below 0x20, `"` or `\`.
/// A byte below n shows as its high bit in `(x - n) & !x`, taken in every byte at
/// once: a borrow only starts at a byte that is below n, so the word's answer (zero
/// or not) is exact even where one byte's borrow spoils the bytes above it.
fn special_bytes(word: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGH;
    below(word, 0x20) | below(word ^ (ONES * u64::from(b'"')), 1) | below(word ^ (ONES * u64::from(b'\\')), 1)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::super::super::writer::to_json;
    use super::super::format::AddressListShard;
    use super::*;

    fn address_list_json(key: &str, format_version: u32, addresses: &[&ShardAddress<'_>]) -> Vec<u8> {
        // Not empty: the writer clears what a reused buffer held.
        let mut out = b"left over".to_vec();
        write_address_list(&mut out, key, format_version, addresses);
        out
    }

    fn owned(key: &str, addresses: &[ShardAddress<'_>]) -> Vec<u8> {
        let mut postcodes: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
        for address in addresses {
            postcodes
                .entry(address.postcode.to_string())
                .or_default()
                .push((address.uprn.to_string(), address.label.to_string()));
        }
        to_json(&AddressListShard {
            format: ADDRESS_LIST_FORMAT.to_owned(),
            format_version: 3,
            key: key.into(),
            postcodes,
        })
    }

    fn address<'a>(postcode: &'a str, uprn: &'a str, label: String) -> ShardAddress<'a> {
        ShardAddress { postcode: postcode.into(), uprn: uprn.into(), label: label.into(), council: 0, station: None }
    }

    #[test]
    fn the_same_bytes_as_the_owned_list() {
        let addresses = [
            address("AA11AA", "1", "1 Mill Lane".into()),
            address("AA11AA", "2", "2 \"Mill\" Lane, Llanfâch".into()),
            address("AA11AB", "3", "The Barn".into()),
            address("AB11AA", "4", "Flat 1\\2".into()),
        ];
        let sorted: Vec<&ShardAddress<'_>> = addresses.iter().collect();
        assert_eq!(address_list_json("AA", 3, &sorted), owned("AA", &addresses));
        assert_eq!(address_list_json("A\"A", 3, &[]), owned("A\"A", &[]));
    }

    #[test]
    fn every_character_is_escaped_as_serde_json_escapes_it() {
        // Every ASCII character, and some beyond, alone and in the middle of a text.
        let mut characters: Vec<char> = (0u8..=0x7f).map(char::from).collect();
        characters.extend(['\u{80}', '\u{a0}', 'â', '\u{2028}', '\u{2029}', '\u{feff}', '€', '😀']);
        let labels: Vec<String> = characters
            .iter()
            .flat_map(|&character| [character.to_string(), format!("1 Mill{character}Lane")])
            .collect();
        let addresses: Vec<ShardAddress<'_>> =
            labels.iter().map(|label| address("AA11AA", "1", label.clone())).collect();
        let sorted: Vec<&ShardAddress<'_>> = addresses.iter().collect();
        assert_eq!(address_list_json("AA", 3, &sorted), owned("AA", &addresses));
    }

    #[test]
    fn plain_means_nothing_to_escape_at_every_position() {
        let needs_escaping = |bytes: &[u8]| bytes.iter().any(|&byte| byte < 0x20 || byte == b'"' || byte == b'\\');
        // Every byte value at every position of texts of up to 17 bytes, among bytes
        // that differ from the special ones by one bit, and among bytes that borrow.
        for fill in [b'a', b' ', b'!', b'#', b']', b'[', 0x80, 0xff, 0x21, 0x3f] {
            for length in 1..=17 {
                for position in 0..length {
                    for byte in 0..=u8::MAX {
                        let mut bytes = vec![fill; length];
                        bytes[position] = byte;
                        assert_eq!(is_plain(&bytes), !needs_escaping(&bytes), "{bytes:?}");
                    }
                }
            }
        }
        assert!(is_plain(b""));
    }
}
