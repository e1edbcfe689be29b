//! Native lookup latency on a national-scale postcode area: what a lookup costs once
//! its shard is in memory, and what reading the shard costs first (the app does both).
//!
//! The area is synthetic: 250,000 addresses in 15,000 postcodes across three councils
//! and 300 stations, one postcode in twenty split — about the size of the median area
//! of a 30-million-address country. Run with `cargo bench -p pollcard-core --bench lookup`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use pollcard_core::bundle::national::{
    CouncilView, LookupShard, NationalBuilder, NationalIndex, ShardAddress, ShardBy,
};
use pollcard_core::lookup::lookup_postcode;
use pollcard_core::model::{Council, CouncilContact, LocalizedText, Nation, OpeningHours, PollingStation, StationId};
use pollcard_core::postcode::Postcode;

const POSTCODES: u32 = 15_000;
const ADDRESSES_PER_POSTCODE: u32 = 17;
const STATIONS_PER_COUNCIL: u32 = 100;

fn postcode(n: u32) -> String {
    let letters = b"ABDEFGHJLNPQRSTUWXYZ";
    let inward_letters = [letters[(n % 20) as usize] as char, letters[(n / 20 % 20) as usize] as char];
    format!("AA{}{}{}{}", n / 4000 + 1, n / 400 % 10, inward_letters[0], inward_letters[1])
}

fn area() -> (NationalIndex, Vec<u8>, Vec<String>) {
    let mut builder = NationalBuilder::new(ShardBy::Area, true);
    for council in 0..3 {
        let stations = (0..STATIONS_PER_COUNCIL)
            .map(|n| PollingStation {
                id: StationId::from(format!("S{n}").as_str()),
                name: format!("Station {n} Community Hall"),
                address: format!("{n} Hall Road, Benchtown"),
                postcode: Some("AA1 9ZZ".into()),
                location: None,
                opening_hours: OpeningHours::default(),
                accessibility: Default::default(),
            })
            .collect();
        let council = Council {
            id: format!("council-{council}"),
            name: LocalizedText::english(format!("Council {council}")),
            nation: Nation::England,
            contact: CouncilContact::default(),
        };
        builder.table.add_council(council, stations).expect("distinct councils");
    }
    let mut addresses = Vec::new();
    let mut postcodes = Vec::new();
    for n in 0..POSTCODES {
        let compact = postcode(n);
        let council = n * 3 / POSTCODES;
        let station = builder.table.station_number(council, &format!("S{}", n % STATIONS_PER_COUNCIL));
        for a in 0..ADDRESSES_PER_POSTCODE {
            let split = n % 20 == 0 && a % 2 == 1;
            let station = if split {
                station.map(|s| s - s % STATIONS_PER_COUNCIL + (s + 1) % STATIONS_PER_COUNCIL)
            } else {
                station
            };
            addresses.push(ShardAddress {
                postcode: compact.clone().into(),
                uprn: format!("{}", u64::from(n) * 100 + u64::from(a)).into(),
                label: format!("{a} Long Street Name, Benchtown").into(),
                council,
                station,
            });
        }
        postcodes.push(compact);
    }
    let shard = builder.shard("AA", addresses);
    let files = builder.finish();
    let index_file = files.iter().find(|file| file.path == "bundle.json").expect("index written");
    let index: NationalIndex = serde_json::from_slice(&index_file.bytes).expect("index parses");
    (index, shard.lookup.bytes, postcodes)
}

fn bench(c: &mut Criterion) {
    let (index, bytes, postcodes) = area();
    let shard = LookupShard::from_json("AA", "AA", &bytes).expect("shard parses");
    let postcodes: Vec<Postcode> = postcodes.iter().map(|p| Postcode::parse(p).expect("valid")).collect();
    eprintln!("area shard: {} bytes, {} postcodes", bytes.len(), postcodes.len());
    let mut next = 0usize;
    c.bench_function("lookup one postcode in a loaded area shard", |b| {
        b.iter(|| {
            next = (next + 7919) % postcodes.len();
            let postcode = &postcodes[next];
            let view = CouncilView::of(&index, &shard, postcode, None).expect("held");
            black_box(lookup_postcode(&view.index, Some(&view.shard), postcode).status());
        })
    });
    c.bench_function("parse an area's station-lookup shard", |b| {
        b.iter(|| black_box(LookupShard::from_json("AA", "AA", black_box(&bytes)).expect("parses").postcodes.len()))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
