use super::*;

fn district(id: &str, boundary: Option<Boundary>) -> PollingDistrict {
    PollingDistrict { id: id.to_owned(), boundary, ..Default::default() }
}

fn square(x: f64) -> Boundary {
    Boundary(vec![vec![vec![[x, 51.0], [x + 0.01, 51.0], [x + 0.01, 51.01], [x, 51.01], [x, 51.0]]]])
}

#[test]
fn boundaries_leave_the_districts_for_a_file_named_by_its_content() {
    let mut districts = vec![district("A", Some(square(0.0))), district("B", None), district("C", Some(square(1.0)))];
    let file = take_boundaries("north-test", &mut districts).expect("a file");
    assert!(districts.iter().all(|district| district.boundary.is_none()));
    assert!(file.path.starts_with("districts/north-test.") && file.path.ends_with(".json"), "{}", file.path);
    let read = DistrictBoundaries::from_json(&file.path, "north-test", &file.bytes).expect("reads");
    assert_eq!(read.districts.iter().map(|area| area.id.as_str()).collect::<Vec<_>>(), ["A", "C"]);
    read.restore(&mut districts);
    assert_eq!(districts[2].boundary, Some(square(1.0)));
    assert_eq!(districts[1].boundary, None);

    // Another boundary, another name; another council's file is refused.
    let mut moved = vec![district("A", Some(square(0.5)))];
    assert_ne!(take_boundaries("north-test", &mut moved).map(|file| file.path), Some(file.path.clone()));
    assert!(matches!(
        DistrictBoundaries::from_json(&file.path, "south-test", &file.bytes),
        Err(BundleError::WrongKey { .. })
    ));
    assert!(take_boundaries("north-test", &mut [district("A", None)]).is_none());
}

#[test]
fn an_odd_council_id_still_gives_a_plain_file_name() {
    let file = take_boundaries("../x y", &mut [district("A", Some(square(0.0)))]).expect("a file");
    assert!(file.path.starts_with("districts/___x_y."), "{}", file.path);
}

/// `cargo test -p pollcard-core --features import --release --lib district_bytes -- --ignored --nocapture`:
/// what boundaries cost every visitor before (exact, inside `bundle.json`) and after
/// (simplified, in their own file), on a realistic mosaic of 300 districts, for a few
/// tolerances and precisions. Gzip level 6 (`gzip` must be on the path).
#[cfg(feature = "import")]
#[test]
#[ignore = "a measurement, not a test"]
fn district_bytes_before_and_after() {
    use crate::bundle::BundleIndex;
    use crate::geo::simplify::{mosaic::mosaic, simplify_boundaries, Settings};
    use crate::model::{Council, LocalizedText, Nation};

    let council = Council {
        id: "measure".into(),
        name: LocalizedText::english("Measure"),
        nation: Nation::England,
        contact: Default::default(),
    };
    let exact = mosaic(20, 15, 1000.0, 11);
    let districts: Vec<PollingDistrict> =
        exact.iter().map(|(id, boundary)| district(id, Some(boundary.clone()))).collect();
    let positions: usize = exact.iter().map(|(_, boundary)| boundary.positions()).sum();
    let index_with = |districts: Vec<PollingDistrict>| {
        serde_json::to_vec(&BundleIndex::new(council.clone(), false, Vec::new(), districts, Default::default()))
            .unwrap_or_default()
    };
    let before = index_with(districts.clone());
    let mut bare = districts.clone();
    bare.iter_mut().for_each(|district| district.boundary = None);
    let empty = index_with(bare);
    println!("{} districts, {positions} positions", districts.len());
    println!(
        "before: bundle.json {} ({} gz); without boundaries {} ({} gz)",
        before.len(),
        gz(&before),
        empty.len(),
        gz(&empty)
    );
    for settings in [
        Settings { tolerance_metres: 1.0, decimals: 6 },
        Settings { tolerance_metres: 3.0, decimals: 6 },
        Settings::BUNDLE,
        Settings { tolerance_metres: 5.0, decimals: 5 },
    ] {
        let started = std::time::Instant::now();
        let boundaries: Vec<Boundary> = exact.iter().map(|(_, boundary)| boundary.clone()).collect();
        let simplified = simplify_boundaries(&boundaries, settings);
        let seconds = started.elapsed().as_secs_f64();
        let kept: usize = simplified.iter().map(Boundary::positions).sum();
        let mut shaped: Vec<PollingDistrict> =
            exact.iter().zip(simplified).map(|((id, _), boundary)| district(id, Some(boundary))).collect();
        let file = take_boundaries("measure", &mut shaped).expect("a file");
        println!(
            "{} m, {} dp: {kept} positions, districts file {} ({} gz), simplified in {seconds:.2} s",
            settings.tolerance_metres,
            settings.decimals,
            file.bytes.len(),
            gz(&file.bytes)
        );
    }
}

#[cfg(feature = "import")]
fn gz(bytes: &[u8]) -> usize {
    use std::io::Write;
    let mut child = std::process::Command::new("gzip")
        .args(["-6", "-c"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("gzip runs");
    // Fed from another thread, or gzip's full output pipe would stall both.
    let mut stdin = child.stdin.take().expect("stdin");
    let input = bytes.to_vec();
    let feeder = std::thread::spawn(move || stdin.write_all(&input).expect("writes"));
    let compressed = child.wait_with_output().expect("gzip finishes").stdout.len();
    feeder.join().expect("fed");
    compressed
}
