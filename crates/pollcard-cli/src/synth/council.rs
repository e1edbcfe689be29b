//! Generating one council's stations and addresses, in export order, and handing them
//! to the format writers as they are made: nothing but the current postcode and
//! station is held, so a council of any size streams straight to its files.
//!
//! Addresses come postcode by postcode (20 to 40 each, along one street or in one
//! block of flats); each station takes the next 1,500 to 3,000 of them, usually
//! ending at the end of a postcode and sometimes in the middle of one, which makes
//! the split postcodes real exports have.

use std::io;

use pollcard_core::model::Nation;

use super::places::{street_stems, town_name, venue_kinds, BLOCK_NAMES, ROAD_KINDS, UNIT_LETTERS};
use super::plan::{CouncilPlan, POSTCODE_SIZE, SECTORS, UNITS_PER_SECTOR};
use super::rng::Rng;

/// Addresses per station, on average.
const ADDRESSES_PER_STATION: u64 = 2_200;

/// A polling station, as every format needs it.
#[derive(Clone, Debug)]
pub struct Station {
    /// 1-based, in the council.
    pub number: u32,
    /// The station's id in the export (`Polling_Place_Id`, `StationCode`, `PREM_ID`…).
    pub code: String,
    /// The venue's id, for formats that tell venues from stations (Idox).
    pub venue_id: u32,
    /// The id Pollcard gives the station when it reads the export, which the
    /// accessibility survey's `internal_council_id` must match: Idox's is
    /// `VENUE-NUMBER`, the others' the station id as exported.
    pub survey_id: String,
    /// The polling district the station serves, e.g. `TB7`.
    pub district_ref: String,
    pub district_name: String,
    pub name: String,
    /// Street, village, town (street, town and a blank for the main town's station).
    pub address_lines: [String; 3],
    pub postcode: String,
    /// Easting and northing in metres, or in Northern Ireland longitude and latitude;
    /// `None` for the station exported without a location.
    pub position: Option<(f64, f64)>,
    pub uprn: u64,
}

/// One property, borrowing the names of its postcode.
#[derive(Clone, Copy, Debug)]
pub struct Address<'a> {
    pub uprn: u64,
    pub number: u32,
    /// The flat number and building, for blocks of flats.
    pub flat: Option<(u32, &'a str)>,
    pub street: &'a str,
    pub locality: &'a str,
    pub town: &'a str,
    pub postcode: &'a str,
    /// Longitude and latitude, in Northern Ireland only (EONI gives each property's).
    pub lon_lat: Option<(f64, f64)>,
}

/// Receives a council's data in export order. `address` gets `None` for an address
/// whose station is `n/a`.
pub trait ExportWriter {
    fn station(&mut self, station: &Station) -> io::Result<()>;
    fn address(&mut self, address: &Address<'_>, station: Option<&Station>) -> io::Result<()>;
    /// Flushes everything; returns the number of data records written.
    fn finish(self: Box<Self>) -> io::Result<u64>;
}

/// The postcode addresses are being made in.
struct PostcodeState {
    code: String,
    street: String,
    locality: String,
    block: Option<&'static str>,
    size: u64,
    used: u64,
    next_number: u32,
}

/// Walks the council's postcode districts: sector by sector, unit by unit.
struct PostcodeCursor<'p> {
    districts: &'p [(String, u32)],
    index: u64,
}

impl PostcodeCursor<'_> {
    fn next_code(&mut self) -> String {
        let per_district = u64::from(SECTORS * UNITS_PER_SECTOR);
        let count = u64::try_from(self.districts.len()).unwrap_or(1).max(1);
        let (district, within) = (self.index / per_district, self.index % per_district);
        // A plan gives enough districts; should it not, postcodes wrap round rather
        // than run out (the council then has duplicate postcodes, which is legal).
        let (area, number) = &self.districts[usize::try_from(district % count).unwrap_or(0)];
        let sector = within / u64::from(UNITS_PER_SECTOR) + 1;
        // Units spread over the 400 letter pairs (37 is coprime with 400).
        let unit = usize::try_from((within % u64::from(UNITS_PER_SECTOR)) * 37 % 400).unwrap_or(0);
        self.index += 1;
        let letters = [UNIT_LETTERS[unit / 20], UNIT_LETTERS[unit % 20]];
        format!("{area}{number} {sector}{}", String::from_utf8_lossy(&letters))
    }
}

/// What one council's generation wrote.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CouncilTotals {
    pub stations: u64,
    /// Address rows, including the dummy row.
    pub addresses: u64,
    /// Every data record written, in all files (station rows, survey rows…).
    pub records: u64,
}

/// Generates `plan`'s council into `writers`.
pub fn generate(plan: &CouncilPlan, mut writers: Vec<Box<dyn ExportWriter>>) -> io::Result<CouncilTotals> {
    let mut generator = Generator::new(plan);
    let stations = plan.addresses.div_ceil(ADDRESSES_PER_STATION).max(1);
    let boundaries = station_boundaries(plan.addresses, stations, &mut generator.rng);
    let mut totals = CouncilTotals { stations, ..CouncilTotals::default() };
    let mut emitted = 0u64;
    for (number, boundary) in (1u32..).zip(boundaries.iter().copied()) {
        let station = generator.station(number, stations);
        for writer in &mut writers {
            writer.station(&station)?;
        }
        let last = u64::from(number) == stations;
        // The n/a quirk: the first station's last few addresses have no station.
        let no_station = u64::from(plan.quirks.no_station_addresses);
        let no_station_from =
            if number == 1 && no_station > 0 { boundary.saturating_sub(no_station) } else { u64::MAX };
        // Most stations end where a postcode does; the rest split one.
        let keep_postcode_whole = generator.rng.chance(0.85);
        let stations_after = stations - u64::from(number);
        while emitted < plan.addresses {
            if !last && emitted >= boundary {
                let postcode_open = generator.postcode.as_ref().is_some_and(|postcode| postcode.used < postcode.size);
                // Every later station keeps at least one address.
                let room = emitted + stations_after < plan.addresses;
                if !(postcode_open && keep_postcode_whole && room) {
                    break;
                }
            }
            let with_station = if emitted >= no_station_from { None } else { Some(&station) };
            generator.emit(with_station, &mut writers)?;
            emitted += 1;
        }
        if number == 1 && plan.quirks.dummy_row {
            let dummy = Address {
                uprn: generator.uprn_base + 8_999_999,
                number: 0,
                flat: None,
                street: "Dummy Record",
                locality: "",
                town: "",
                postcode: "A1 1AA",
                lon_lat: None,
            };
            for writer in &mut writers {
                writer.address(&dummy, Some(&station))?;
            }
            totals.addresses += 1;
        }
    }
    totals.addresses += emitted;
    for writer in writers {
        totals.records += writer.finish()?;
    }
    Ok(totals)
}

/// Where each station's addresses end, as running totals; the last is `addresses`.
fn station_boundaries(addresses: u64, stations: u64, rng: &mut Rng) -> Vec<u64> {
    let weights: Vec<f64> = (0..stations).map(|_| 0.7 + 0.6 * rng.unit()).collect();
    let sum: f64 = weights.iter().sum();
    let mut running = 0.0;
    weights
        .iter()
        .map(|weight| {
            running += weight;
            ((addresses as f64 * running / sum).round() as u64).min(addresses)
        })
        .collect()
}

struct Generator<'p> {
    plan: &'p CouncilPlan,
    rng: Rng,
    cursor: PostcodeCursor<'p>,
    postcode: Option<PostcodeState>,
    /// The locality of the station now being written, for its new postcodes.
    locality: String,
    next_uprn: u64,
    uprn_base: u64,
    district_prefix: String,
}

impl<'p> Generator<'p> {
    fn new(plan: &'p CouncilPlan) -> Generator<'p> {
        // UPRNs are unique across the country: 12 digits, the council's index first.
        let uprn_base = (100 + u64::from(plan.index)) * 1_000_000_000;
        let initials: String = plan.town.chars().filter(char::is_ascii_alphabetic).take(2).collect();
        Generator {
            plan,
            rng: Rng::new(plan.seed),
            cursor: PostcodeCursor { districts: &plan.districts, index: 0 },
            postcode: None,
            locality: String::new(),
            next_uprn: uprn_base + 1,
            uprn_base,
            district_prefix: initials.to_ascii_uppercase(),
        }
    }

    fn station(&mut self, number: u32, stations: u64) -> Station {
        let plan = self.plan;
        self.locality = town_name(plan.nation, &mut self.rng);
        let village = if number == 1 { plan.town.clone() } else { self.locality.clone() };
        let kind = self.rng.pick(venue_kinds(plan.nation));
        let street = self.street_name();
        let postcode = match &self.postcode {
            Some(postcode) if postcode.used < postcode.size => postcode.code.clone(),
            _ => self.peek_next_code(),
        };
        let without_location = plan.quirks.station_without_location && u64::from(number) == 2.min(stations);
        let (cx, cy) = plan.centre;
        let position = if plan.nation == Nation::NorthernIreland {
            let lon = cx + (self.rng.unit() - 0.5) * 0.25;
            let lat = cy + (self.rng.unit() - 0.5) * 0.15;
            Some(((lon * 1e5).round() / 1e5, (lat * 1e5).round() / 1e5))
        } else {
            Some(((cx + (self.rng.unit() - 0.5) * 20_000.0).round(), (cy + (self.rng.unit() - 0.5) * 20_000.0).round()))
        };
        let district_ref = format!("{}{number}", self.district_prefix);
        let code = station_code(plan.format, number, &district_ref);
        let venue_id = 100 + number * 3;
        let survey_id = match plan.format {
            super::plan::ExportFormat::IdoxEros => format!("{venue_id}-{code}"),
            _ => code.clone(),
        };
        Station {
            number,
            code,
            venue_id,
            survey_id,
            district_name: format!(
                "{} {}",
                village.to_uppercase(),
                if number.is_multiple_of(2) { "EAST" } else { "WEST" }
            ),
            district_ref,
            name: format!("{village} {kind}"),
            // The main town's station is not "in" a village of the same name.
            address_lines: if village == plan.town {
                [street, plan.town.clone(), String::new()]
            } else {
                [street, village.clone(), plan.town.clone()]
            },
            postcode,
            position: if without_location { None } else { position },
            uprn: self.uprn_base + 9_000_000 + u64::from(number),
        }
    }

    /// The code the next new postcode will have, without using it up.
    fn peek_next_code(&mut self) -> String {
        let code = self.cursor.next_code();
        self.cursor.index -= 1;
        code
    }

    fn street_name(&mut self) -> String {
        let stem = self.rng.pick(street_stems(self.plan.nation));
        if self.plan.nation == Nation::Wales {
            (*stem).to_owned()
        } else {
            format!("{stem} {}", self.rng.pick(&ROAD_KINDS))
        }
    }

    fn new_postcode(&mut self) {
        let code = self.cursor.next_code();
        let size = self.rng.range(POSTCODE_SIZE.0, POSTCODE_SIZE.1);
        let continue_street = self.rng.chance(0.4);
        let previous = self
            .postcode
            .as_ref()
            .filter(|previous| continue_street && previous.block.is_none())
            .map(|previous| (previous.street.clone(), previous.next_number));
        let (street, next_number) = match previous {
            Some(previous) => previous,
            None => (self.street_name(), 1),
        };
        let block = self.rng.chance(0.08).then(|| *self.rng.pick(&BLOCK_NAMES));
        self.postcode =
            Some(PostcodeState { code, street, locality: self.locality.clone(), block, size, used: 0, next_number });
    }

    fn emit(&mut self, station: Option<&Station>, writers: &mut [Box<dyn ExportWriter>]) -> io::Result<()> {
        if self.postcode.as_ref().is_none_or(|postcode| postcode.used >= postcode.size) {
            self.new_postcode();
        }
        let lon_lat = match (self.plan.nation, station.and_then(|station| station.position)) {
            (Nation::NorthernIreland, Some((lon, lat))) => Some((
                ((lon + (self.rng.unit() - 0.5) * 0.02) * 1e5).round() / 1e5,
                ((lat + (self.rng.unit() - 0.5) * 0.01) * 1e5).round() / 1e5,
            )),
            _ => None,
        };
        let uprn = self.next_uprn;
        self.next_uprn += 1;
        let Some(postcode) = self.postcode.as_mut() else { return Ok(()) };
        postcode.used += 1;
        let (number, flat) = match postcode.block {
            Some(block) => (postcode.next_number, Some((u32::try_from(postcode.used).unwrap_or(u32::MAX), block))),
            None => {
                postcode.next_number += 1;
                (postcode.next_number - 1, None)
            }
        };
        let address = Address {
            uprn,
            number,
            flat,
            street: &postcode.street,
            locality: &postcode.locality,
            town: &self.plan.town,
            postcode: &postcode.code,
            lon_lat,
        };
        for writer in writers {
            writer.address(&address, station)?;
        }
        Ok(())
    }
}

/// The station id each export uses: Xpress and Idox number their places, Democracy
/// Counts codes stations by district (`TB7/1`), EONI numbers premises.
fn station_code(format: super::plan::ExportFormat, number: u32, district_ref: &str) -> String {
    use super::plan::ExportFormat as F;
    match format {
        F::DemocracyCounts => format!("{district_ref}/1"),
        F::XpressDemocracyClub | F::XpressWebLookup => (500 + number * 2).to_string(),
        F::Eoni => (1000 + number).to_string(),
        F::FcsElectionsPro => format!("PS{number:03}"),
        F::IdoxEros | F::IdoxErosOlder => number.to_string(),
    }
}
