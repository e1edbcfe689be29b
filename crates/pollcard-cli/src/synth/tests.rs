//! Generator tests on in-memory files: exact headers, sizes, realism and determinism.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};
use std::sync::{Arc, Mutex};

use pollcard_core::import::SourceFile;
use pollcard_core::postcode::Postcode;

use super::plan::ExportFormat;
use super::*;

type Files = Arc<Mutex<BTreeMap<String, Vec<u8>>>>;

/// Files written to memory.
#[derive(Default)]
struct MemorySink {
    files: Files,
}

struct MemoryFile {
    name: String,
    files: Files,
}

impl Write for MemoryFile {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        let mut files = self.files.lock().map_err(|_| io::Error::other("poisoned"))?;
        files.entry(self.name.clone()).or_default().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl FileSink for MemorySink {
    fn create(&mut self, name: &str) -> io::Result<Box<dyn Write + Send>> {
        self.files.lock().map_err(|_| io::Error::other("poisoned"))?.insert(name.to_owned(), Vec::new());
        Ok(Box::new(MemoryFile { name: name.to_owned(), files: self.files.clone() }))
    }
}

fn write_all(options: &SynthOptions) -> Vec<(CouncilPlan, CouncilTotals, BTreeMap<String, Vec<u8>>)> {
    plan(options)
        .into_iter()
        .map(|plan| {
            let mut sink = MemorySink::default();
            let totals = write_council(&plan, &mut sink).expect("writes");
            let files = sink.files.lock().map(|files| files.clone()).unwrap_or_default();
            (plan, totals, files)
        })
        .collect()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).to_vec()).expect("UTF-8")
}

#[test]
fn same_seed_same_bytes_other_seed_other_bytes() {
    let options = SynthOptions { addresses: 30_000, councils: 8, seed: 9 };
    let first: Vec<_> = write_all(&options).into_iter().map(|(_, _, files)| files).collect();
    let again: Vec<_> = write_all(&options).into_iter().map(|(_, _, files)| files).collect();
    assert!(first == again, "the same seed writes the same bytes");
    let other: Vec<_> = write_all(&SynthOptions { seed: 10, ..options }).into_iter().map(|(_, _, f)| f).collect();
    assert!(first != other);
}

#[test]
fn files_have_the_vendor_headers_and_every_address() {
    let councils = write_all(&SynthOptions { addresses: 40_000, councils: 7, seed: 1 });
    let mut uprns = BTreeSet::new();
    for (plan, totals, files) in &councils {
        let names: Vec<&str> = files.keys().map(String::as_str).collect();
        let mut expected = writers::file_names(plan);
        expected.push(COUNCIL_FILE);
        expected.sort_unstable();
        assert_eq!(names, expected, "{}", plan.id);
        let export = &files[writers::file_names(plan)[0]];
        let dummy = u64::from(plan.quirks.dummy_row);
        assert_eq!(totals.addresses, plan.addresses + dummy, "{}", plan.id);
        if plan.format == ExportFormat::FcsElectionsPro {
            let json: serde_json::Value = serde_json::from_slice(export).expect("valid JSON");
            let stations = json.as_array().expect("array");
            assert_eq!(stations.len() as u64, totals.stations);
            let properties: usize = stations.iter().map(|s| s["properties"].as_array().map_or(0, Vec::len)).sum();
            assert_eq!(properties as u64, totals.addresses);
            continue;
        }
        let text = text(export);
        let delimiter = if plan.quirks.tabs { '\t' } else { ',' };
        let header = text.lines().next().unwrap_or_default();
        let first = header.split(delimiter).next().unwrap_or_default();
        let expected_first = match plan.format {
            ExportFormat::XpressDemocracyClub => "ElectionDate",
            ExportFormat::XpressWebLookup => "AuthorityCode",
            ExportFormat::IdoxEros | ExportFormat::IdoxErosOlder => "HouseID",
            ExportFormat::DemocracyCounts => "Add1",
            ExportFormat::Eoni => "PRO_UPRN",
            ExportFormat::FcsElectionsPro => unreachable!(),
        };
        assert_eq!(first, expected_first, "{}", plan.id);
        let table = SourceFile::decode("export", export).expect("decodes").table().expect("valid CSV");
        assert_eq!(table.delimiter.byte(), delimiter as u8);
        let uprn_column =
            table.header.iter().position(|c| c == "UPRN" || c == "Property_URN" || c == "PRO_UPRN").expect("UPRN");
        for record in &table.records {
            assert_eq!(record.fields.len(), table.header.len(), "{}: {record:?}", plan.id);
            assert!(uprns.insert(record.fields[uprn_column].clone()), "UPRN {} repeated", record.fields[uprn_column]);
        }
        assert_eq!(table.records.len() as u64, totals.addresses, "{}", plan.id);
    }
}

#[test]
fn postcodes_and_stations_are_realistically_sized() {
    let councils = write_all(&SynthOptions { addresses: 60_000, councils: 3, seed: 5 });
    for (plan, totals, files) in councils.iter().filter(|(plan, _, _)| plan.format == ExportFormat::XpressDemocracyClub)
    {
        let export = &files[writers::file_names(plan)[0]];
        let table = SourceFile::decode("export", export).expect("decodes").table().expect("valid CSV");
        let mut per_postcode: BTreeMap<String, u64> = BTreeMap::new();
        let mut per_station: BTreeMap<String, u64> = BTreeMap::new();
        for record in &table.records {
            let postcode = Postcode::parse(&record.fields[11]).expect("valid postcode");
            *per_postcode.entry(postcode.to_string()).or_default() += 1;
            *per_station.entry(record.fields[13].clone()).or_default() += 1;
        }
        per_postcode.remove("A1 1AA");
        per_station.remove("n/a");
        // Whole postcodes hold 20 to 40; the last may be cut short by the end of the data.
        let in_range = per_postcode.values().filter(|count| (20..=40).contains(*count)).count();
        assert!(in_range + 2 >= per_postcode.len(), "{per_postcode:?}");
        assert_eq!(per_station.len() as u64, totals.stations);
        assert!(per_station.values().all(|count| (1_200..=3_300).contains(count)), "{per_station:?}");
    }
}
