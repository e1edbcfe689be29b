//! "Use my location" at national scale: finding the polling district that holds a
//! point among 40,000 districts, about as many as Great Britain has.
//!
//! The districts are synthetic and the same every run: a 200 × 200 grid over 4° of
//! longitude and 3° of latitude (cells about 1.4 by 1.7 km), every corner moved at
//! random so no two cells are alike, every edge drawn as eight runs with noise and
//! shared point for point by the two cells on either side, as the bundle's simplified
//! boundaries are (about 36 positions a district). One cell in 37 has a hole; one hole
//! in two is a lake in no district, the other an island belonging to the district
//! west of it, a second polygon. The points asked about are spread evenly over a box
//! a little larger than the grid, so some fall outside every district or in a lake.
//!
//! Run with `cargo bench -p pollcard-core --bench district_lookup`. It prints the
//! index's size first, then criterion times building the index and 10,000 lookups.

use std::time::Instant;

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use pollcard_core::geo::locate::{DistrictId, DistrictIndex};
use pollcard_core::model::{Boundary, Ring};

const COLUMNS: usize = 200;
const ROWS: usize = 200;
const WEST: f64 = -4.0;
const SOUTH: f64 = 51.0;
const CELL_LON: f64 = 0.02;
const CELL_LAT: f64 = 0.015;
const RUNS_PER_EDGE: usize = 8;
const POINTS: usize = 10_000;

/// A deterministic pseudo-random source (a linear congruential generator).
struct Random(u64);

impl Random {
    /// A number in `[0, 1)`.
    fn next(&mut self) -> f64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
    /// A number in `[-1, 1)`.
    fn signed(&mut self) -> f64 {
        self.next() * 2.0 - 1.0
    }
}

/// Five decimal places, as the bundle stores positions.
fn round(value: f64) -> f64 {
    (value * 1e5).round() / 1e5
}

/// From `from` to `to` in runs, the ends exact and the corners between with noise.
fn edge(from: [f64; 2], to: [f64; 2], random: &mut Random) -> Ring {
    (0..=RUNS_PER_EDGE)
        .map(|k| {
            let t = k as f64 / RUNS_PER_EDGE as f64;
            let noise = if k == 0 || k == RUNS_PER_EDGE { 0.0 } else { 0.04 };
            [
                round(from[0] + (to[0] - from[0]) * t + noise * CELL_LON * random.signed()),
                round(from[1] + (to[1] - from[1]) * t + noise * CELL_LAT * random.signed()),
            ]
        })
        .collect()
}

/// An octagon around `centre`, anticlockwise, closed.
fn octagon(centre: [f64; 2], size: f64) -> Ring {
    let mut ring: Ring = (0..8)
        .map(|k| {
            let angle = f64::from(k) * std::f64::consts::TAU / 8.0;
            [round(centre[0] + size * CELL_LON * angle.cos()), round(centre[1] + size * CELL_LAT * angle.sin())]
        })
        .collect();
    ring.push(ring[0]);
    ring
}

fn districts() -> Vec<(DistrictId, Boundary)> {
    let mut random = Random(2026);
    let corners: Vec<Vec<[f64; 2]>> = (0..=ROWS)
        .map(|row| {
            (0..=COLUMNS)
                .map(|column| {
                    let inner = column > 0 && column < COLUMNS && row > 0 && row < ROWS;
                    let jitter = if inner { 0.3 } else { 0.0 };
                    [
                        round(WEST + (column as f64 + jitter * random.signed()) * CELL_LON),
                        round(SOUTH + (row as f64 + jitter * random.signed()) * CELL_LAT),
                    ]
                })
                .collect()
        })
        .collect();
    let east_west: Vec<Vec<Ring>> = (0..=ROWS)
        .map(|r| (0..COLUMNS).map(|c| edge(corners[r][c], corners[r][c + 1], &mut random)).collect())
        .collect();
    let north_south: Vec<Vec<Ring>> = (0..ROWS)
        .map(|r| (0..=COLUMNS).map(|c| edge(corners[r][c], corners[r + 1][c], &mut random)).collect())
        .collect();
    let mut boundaries: Vec<Boundary> = Vec::with_capacity(COLUMNS * ROWS);
    for r in 0..ROWS {
        for c in 0..COLUMNS {
            let mut ring = east_west[r][c].clone();
            ring.extend(north_south[r][c + 1].iter().skip(1));
            ring.extend(east_west[r + 1][c].iter().rev().skip(1));
            ring.extend(north_south[r][c].iter().rev().skip(1));
            boundaries.push(Boundary(vec![vec![ring]]));
        }
    }
    for n in (0..boundaries.len()).filter(|n| n % 37 == 0 && n % COLUMNS > 0) {
        let (r, c) = (n / COLUMNS, n % COLUMNS);
        let centre = [WEST + (c as f64 + 0.5) * CELL_LON, SOUTH + (r as f64 + 0.5) * CELL_LAT];
        let hole = octagon(centre, 0.12);
        boundaries[n].0[0].push(hole.iter().rev().copied().collect());
        if n % 2 == 0 {
            boundaries[n - 1].0.push(vec![hole]);
        }
    }
    boundaries
        .into_iter()
        .enumerate()
        .map(|(n, boundary)| (DistrictId { council: format!("C{}", n / 111), district: format!("D{n}") }, boundary))
        .collect()
}

fn bench(c: &mut Criterion) {
    let districts = districts();
    let positions: usize = districts.iter().map(|(_, boundary)| boundary.positions()).sum();
    let polygons: usize = districts.iter().map(|(_, boundary)| boundary.0.len()).sum();
    let build = || DistrictIndex::new(districts.iter().map(|(id, boundary)| (id.clone(), boundary))).expect("valid");
    let started = Instant::now();
    let index = build();
    let built_in = started.elapsed();

    let mut random = Random(7);
    let points: Vec<[f64; 2]> = (0..POINTS)
        .map(|_| {
            let lon = WEST - 0.05 + random.next() * (COLUMNS as f64 * CELL_LON + 0.1);
            let lat = SOUTH - 0.05 + random.next() * (ROWS as f64 * CELL_LAT + 0.1);
            [lon, lat]
        })
        .collect();
    let started = Instant::now();
    let found: Vec<usize> = points.iter().map(|&[lon, lat]| index.locate(lon, lat).districts.len()).collect();
    let looked_up_in = started.elapsed();
    assert!(found.iter().all(|&n| n <= 1), "the mosaic's districts never overlap");
    eprintln!(
        "{} districts, {polygons} polygons, {positions} positions; index {:.1} MB on the heap; \
         first build {:.0} ms; {POINTS} lookups ({} in a district, {} outside) in {:.1} ms, {:.0} a second",
        districts.len(),
        index.heap_bytes() as f64 / 1e6,
        built_in.as_secs_f64() * 1e3,
        found.iter().filter(|&&n| n == 1).count(),
        found.iter().filter(|&&n| n == 0).count(),
        looked_up_in.as_secs_f64() * 1e3,
        POINTS as f64 / looked_up_in.as_secs_f64(),
    );

    let mut group = c.benchmark_group("districts");
    group.sample_size(10);
    group.bench_function("build the index of 40,000 districts", |b| b.iter(|| black_box(build().districts().len())));
    group.throughput(Throughput::Elements(POINTS as u64));
    group.bench_function("locate 10,000 points", |b| {
        b.iter(|| {
            points.iter().map(|&[lon, lat]| index.locate(black_box(lon), black_box(lat)).districts.len()).sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
