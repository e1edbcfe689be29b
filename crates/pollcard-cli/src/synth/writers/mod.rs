//! One writer per council export format, each writing exactly the columns the vendor's
//! export has (see `docs/data-formats.md`), plus the council details file and the
//! Democracy Club accessibility survey. Writers get stations and addresses one at a
//! time from the generator and write each row as it comes.

use std::io::{self, Write};

use pollcard_core::model::Nation;

use super::council::{Address, ExportWriter, Station};
use super::csv_out::{CsvOut, Part};
use super::plan::{CouncilPlan, ExportFormat};

mod dcounts;
mod eoni;
mod fcs;
mod idox;
mod survey;
mod xpress;

/// Where a council's files go: the command gives a folder, tests give memory.
pub trait FileSink {
    /// A new file called `name` (a plain file name) in the council's folder.
    fn create(&mut self, name: &str) -> io::Result<Box<dyn Write + Send>>;
}

/// The file names each format is written under, as councils' exports are often named.
const XPRESS_DEMOCRACY_CLUB: &str = "Democracy_Club__07May2026.csv";
const XPRESS_WEB_LOOKUP: &str = "PropertyPostCodePollingStationWebLookup-2026-05-07.CSV";
const IDOX_EROS: &str = "eros-polling-districts.csv";
const IDOX_EROS_OLDER: &str = "eros-polling-stations-export.csv";
const DEMOCRACY_COUNTS_ADDRESSES: &str = "DemocracyCounts-addresses.csv";
const DEMOCRACY_COUNTS_STATIONS: &str = "DemocracyCounts-stations.csv";
const EONI: &str = "eoni-polling-stations.csv";
const FCS_ELECTIONS_PRO: &str = "ElectionsPro-polling-stations.json";
const SURVEY: &str = "dc-accessibility-survey.csv";

/// The writers for `plan`'s files, each with its file created in `sink`.
pub fn writers_for(plan: &CouncilPlan, sink: &mut dyn FileSink) -> io::Result<Vec<Box<dyn ExportWriter>>> {
    let mut writers: Vec<Box<dyn ExportWriter>> = Vec::new();
    let mut csv = |name: &str, crlf: bool| -> io::Result<CsvOut> {
        let delimiter = if plan.quirks.tabs { b'\t' } else { b',' };
        CsvOut::new(sink.create(name)?, delimiter, crlf, plan.quirks.bom)
    };
    match plan.format {
        ExportFormat::XpressDemocracyClub => {
            writers.push(Box::new(xpress::DemocracyClub::new(csv(XPRESS_DEMOCRACY_CLUB, true)?)?));
        }
        ExportFormat::XpressWebLookup => {
            writers.push(Box::new(xpress::WebLookup::new(csv(XPRESS_WEB_LOOKUP, true)?, plan.index)?));
        }
        ExportFormat::IdoxEros => writers.push(Box::new(idox::Current::new(csv(IDOX_EROS, true)?)?)),
        ExportFormat::IdoxErosOlder => writers.push(Box::new(idox::Older::new(csv(IDOX_EROS_OLDER, true)?)?)),
        ExportFormat::DemocracyCounts => {
            let addresses = csv(DEMOCRACY_COUNTS_ADDRESSES, false)?;
            let stations = csv(DEMOCRACY_COUNTS_STATIONS, false)?;
            writers.push(Box::new(dcounts::DemocracyCounts::new(addresses, stations)?));
        }
        ExportFormat::Eoni => writers.push(Box::new(eoni::Eoni::new(csv(EONI, false)?)?)),
        ExportFormat::FcsElectionsPro => {
            writers.push(Box::new(fcs::ElectionsPro::new(sink.create(FCS_ELECTIONS_PRO)?)?));
        }
    }
    if plan.survey {
        let file = CsvOut::new(sink.create(SURVEY)?, b',', false, false)?;
        writers.push(Box::new(survey::Survey::new(file, plan.nation == Nation::Wales, plan.seed)?));
    }
    Ok(writers)
}

/// The names of the files [`writers_for`] creates, besides council.toml; the export
/// itself first.
#[cfg(test)]
pub fn file_names(plan: &CouncilPlan) -> Vec<&'static str> {
    let mut names = match plan.format {
        ExportFormat::XpressDemocracyClub => vec![XPRESS_DEMOCRACY_CLUB],
        ExportFormat::XpressWebLookup => vec![XPRESS_WEB_LOOKUP],
        ExportFormat::IdoxEros => vec![IDOX_EROS],
        ExportFormat::IdoxErosOlder => vec![IDOX_EROS_OLDER],
        ExportFormat::DemocracyCounts => vec![DEMOCRACY_COUNTS_ADDRESSES, DEMOCRACY_COUNTS_STATIONS],
        ExportFormat::Eoni => vec![EONI],
        ExportFormat::FcsElectionsPro => vec![FCS_ELECTIONS_PRO],
    };
    if plan.survey {
        names.push(SURVEY);
    }
    names
}

/// The council details file (`pollcard-council/1`), marked fictional.
pub fn council_toml(plan: &CouncilPlan) -> String {
    let quote = |text: &str| format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""));
    let mut toml = String::new();
    toml.push_str("# Synthetic council written by `pollcard synth`. FICTIONAL: no such council exists.\n");
    toml.push_str("format = \"pollcard-council/1\"\n");
    toml.push_str(&format!("id = {}\nnation = \"{}\"\nfictional = true\n\n", quote(&plan.id), plan.nation.key()));
    toml.push_str(&format!("[name]\nen = {}\n", quote(&plan.name)));
    if let Some(cy) = &plan.name_cy {
        toml.push_str(&format!("cy = {}\n", quote(cy)));
    }
    toml.push_str("\n[contact]\nphone = \"01632 960000\"\nemail = \"elections@example.org\"\n\n");
    toml.push_str(&format!(
        "[contact.address]\nen = {}\n\n[contact.website]\nen = \"https://example.org/{}\"\n",
        quote(&format!("Electoral Services, Council Offices, {}", plan.town)),
        plan.id
    ));
    toml
}

/// Writes the address's first line, `12 Oak Road` (or the street alone when it has
/// no number, as the dummy row).
fn street_line(csv: &mut CsvOut, address: &Address<'_>) {
    if address.number == 0 {
        csv.plain(address.street);
    } else {
        csv.field_parts(&[Part::Number(u64::from(address.number)), Part::Text(" "), Part::Text(address.street)]);
    }
}

/// Writes the address as `width` lines: the flat and its building (for a flat), the
/// street line, locality and town, then blank lines.
fn address_lines(csv: &mut CsvOut, address: &Address<'_>, width: usize) {
    let mut lines = 3;
    if let Some((flat, building)) = address.flat {
        flat_line(csv, flat);
        csv.plain(building);
        lines = 5;
    }
    street_line(csv, address);
    csv.plain(address.locality).plain(address.town);
    for _ in lines..width {
        csv.field("");
    }
}

/// Writes `Flat 3` for a flat.
fn flat_line(csv: &mut CsvOut, flat: u32) {
    csv.field_parts(&[Part::Text("Flat "), Part::Number(u64::from(flat))]);
}

/// A grid coordinate as exported: whole metres, or `0` when there is no location.
fn grid(position: Option<(f64, f64)>) -> (u64, u64) {
    position.map_or((0, 0), |(easting, northing)| (easting.max(0.0) as u64, northing.max(0.0) as u64))
}

/// Why an address row cannot be written: some formats cannot say "no station".
fn unsupported(what: &str) -> io::Error {
    io::Error::other(format!("the plan asked for {what}, which this format cannot express"))
}

/// The station's lines joined, for formats with one address field.
fn joined(station: &Station) -> String {
    station.address_lines.iter().filter(|line| !line.is_empty()).cloned().collect::<Vec<_>>().join(", ")
}
