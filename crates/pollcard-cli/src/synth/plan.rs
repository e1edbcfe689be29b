//! Planning a synthetic country before any row is written: which councils exist, their
//! nation, export format, size, postcode districts, place on the grid and quirks.
//! A plan is a few hundred bytes per council, so 30 million addresses are planned in
//! no time and then written council by council.

use pollcard_core::model::Nation;

use super::places::{fictional_areas, grid_box, slug, town_name};
use super::rng::Rng;

/// The council export formats `pollcard synth` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ExportFormat {
    XpressDemocracyClub,
    XpressWebLookup,
    IdoxEros,
    IdoxErosOlder,
    DemocracyCounts,
    FcsElectionsPro,
    Eoni,
}

impl ExportFormat {
    /// Every format, in the order the first councils of a plan take them, so that even
    /// a small plan has each one.
    pub const ALL: [ExportFormat; 7] = [
        ExportFormat::XpressDemocracyClub,
        ExportFormat::IdoxEros,
        ExportFormat::DemocracyCounts,
        ExportFormat::Eoni,
        ExportFormat::XpressWebLookup,
        ExportFormat::FcsElectionsPro,
        ExportFormat::IdoxErosOlder,
    ];

    /// A stable key, for summaries and tests.
    pub fn key(self) -> &'static str {
        match self {
            ExportFormat::XpressDemocracyClub => "xpress-democracyclub",
            ExportFormat::XpressWebLookup => "xpress-weblookup",
            ExportFormat::IdoxEros => "idox-eros",
            ExportFormat::IdoxErosOlder => "idox-eros-older",
            ExportFormat::DemocracyCounts => "democracy-counts",
            ExportFormat::FcsElectionsPro => "fcs-electionspro",
            ExportFormat::Eoni => "eoni",
        }
    }

    /// How common each Great Britain format is among councils (EONI is Northern
    /// Ireland's alone): Xpress and Idox between them cover most councils.
    const GB_SHARES: [(ExportFormat, u64); 6] = [
        (ExportFormat::XpressDemocracyClub, 36),
        (ExportFormat::XpressWebLookup, 8),
        (ExportFormat::IdoxEros, 30),
        (ExportFormat::IdoxErosOlder, 6),
        (ExportFormat::DemocracyCounts, 12),
        (ExportFormat::FcsElectionsPro, 8),
    ];
}

/// What `pollcard synth` is asked for.
#[derive(Clone, Copy, Debug)]
pub struct SynthOptions {
    pub addresses: u64,
    pub councils: u32,
    pub seed: u64,
}

/// The real-world untidiness a council's files get, so the report has work to do.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Quirks {
    /// The CSV files start with a UTF-8 byte-order mark.
    pub bom: bool,
    /// The CSV files are tab-separated, though named `.csv`.
    pub tabs: bool,
    /// This many addresses have the station `n/a` (not in ElectionsPro files).
    pub no_station_addresses: u32,
    /// One "Dummy Record" row with the dummy postcode A1 1AA.
    pub dummy_row: bool,
    /// One station is exported at grid reference 0,0 (no location).
    pub station_without_location: bool,
}

/// One council of the plan.
#[derive(Clone, Debug)]
pub struct CouncilPlan {
    pub index: u32,
    /// Folder name and `id` in council.toml.
    pub id: String,
    pub name: String,
    pub name_cy: Option<String>,
    /// The main town, used in addresses and the council's contact address.
    pub town: String,
    pub nation: Nation,
    pub format: ExportFormat,
    pub addresses: u64,
    /// Postcode districts the council's postcodes are in, e.g. `("KP", 3)`, in order.
    pub districts: Vec<(String, u32)>,
    /// The middle of the council: easting/northing in metres, or for Northern
    /// Ireland longitude/latitude in degrees.
    pub centre: (f64, f64),
    pub quirks: Quirks,
    /// Whether a Democracy Club accessibility survey is written too.
    pub survey: bool,
    /// Seed of this council's own random stream.
    pub seed: u64,
}

/// Postcodes per district the generator uses: 9 sectors of 120 units.
pub const SECTORS: u32 = 9;
pub const UNITS_PER_SECTOR: u32 = 120;
/// Addresses per postcode, at least and at most.
pub const POSTCODE_SIZE: (u64, u64) = (20, 40);

/// Hands out postcode districts: each area holds a few councils, then the next area
/// is opened.
struct DistrictAllocator {
    areas: Vec<String>,
    next_area: usize,
    area: String,
    next_district: u32,
    councils_left: u64,
}

impl DistrictAllocator {
    fn new(areas: Vec<String>, first: &str, first_district: u32) -> DistrictAllocator {
        DistrictAllocator {
            areas,
            next_area: 0,
            area: first.to_owned(),
            next_district: first_district,
            councils_left: 0,
        }
    }

    fn open_next_area(&mut self, rng: &mut Rng) {
        // Past the end of the list, areas are reused with districts numbered anew,
        // which only a plan of thousands of councils reaches.
        self.area = self.areas[self.next_area % self.areas.len()].clone();
        self.next_area += 1;
        self.next_district = 1;
        self.councils_left = rng.range(2, 5);
    }

    fn districts_for(&mut self, addresses: u64, shares_area: bool, rng: &mut Rng) -> Vec<(String, u32)> {
        if shares_area && self.councils_left == 0 {
            self.open_next_area(rng);
        }
        self.councils_left = self.councils_left.saturating_sub(1);
        let per_district = u64::from(SECTORS * UNITS_PER_SECTOR) * POSTCODE_SIZE.0;
        let needed = addresses.div_ceil(per_district).max(1);
        let mut districts = Vec::new();
        for _ in 0..needed {
            if self.next_district > 99 {
                self.open_next_area(rng);
            }
            districts.push((self.area.clone(), self.next_district));
            self.next_district += 1;
        }
        districts
    }
}

/// The plan for `options`: deterministic for its seed.
pub fn plan(options: &SynthOptions) -> Vec<CouncilPlan> {
    let mut rng = Rng::derive(options.seed, 0);
    let councils = options.councils.max(1);
    let sizes = council_sizes(options.addresses, councils, &mut rng);
    let areas = fictional_areas(&mut rng);
    let mut gb = DistrictAllocator::new(areas.clone(), "", 100);
    // Northern Ireland has one area, BT; past BT99 it borrows fictional areas.
    let mut ni = DistrictAllocator::new(areas.into_iter().rev().collect(), "BT", 1);
    ni.councils_left = u64::MAX;
    let mut used_ids = std::collections::BTreeSet::new();
    let mut plans = Vec::with_capacity(sizes.len());
    for (index, addresses) in (0u32..).zip(sizes) {
        let format = match ExportFormat::ALL.get(index as usize) {
            Some(format) => *format,
            // About 3% of UK councils are in Northern Ireland (11 of 360).
            None if rng.chance(0.03) => ExportFormat::Eoni,
            None => weighted(&ExportFormat::GB_SHARES, &mut rng),
        };
        let nation = match format {
            ExportFormat::Eoni => Nation::NorthernIreland,
            _ => match rng.range(0, 99) {
                0..=6 => Nation::Wales,
                7..=16 => Nation::Scotland,
                _ => Nation::England,
            },
        };
        let town = town_name(nation, &mut rng);
        let (name, name_cy) = council_names(nation, &town, &mut rng);
        let mut id = slug(&name);
        let mut suffix = 2;
        while used_ids.contains(&id) {
            id = format!("{}-{suffix}", slug(&name));
            suffix += 1;
        }
        used_ids.insert(id.clone());
        let districts = match nation {
            Nation::NorthernIreland => ni.districts_for(addresses, false, &mut rng),
            _ => gb.districts_for(addresses, true, &mut rng),
        };
        let ((e_low, e_high), (n_low, n_high)) = grid_box(nation);
        let centre = (e_low + (e_high - e_low) * rng.unit(), n_low + (n_high - n_low) * rng.unit());
        let quirks = Quirks {
            bom: index % 3 == 1,
            tabs: index % 4 == 2,
            // Every per-property export can say "no station" (`n/a`); ElectionsPro,
            // which lists properties under their station, cannot.
            no_station_addresses: match format {
                ExportFormat::FcsElectionsPro => 0,
                _ if index.is_multiple_of(2) => 3,
                _ => 0,
            },
            dummy_row: index % 3 != 1,
            station_without_location: index % 5 == 3,
        };
        let survey = index.is_multiple_of(3) || rng.chance(0.25);
        plans.push(CouncilPlan {
            index,
            id,
            name,
            name_cy,
            town,
            nation,
            format,
            addresses,
            districts,
            centre,
            quirks,
            survey,
            seed: rng.next_u64(),
        });
    }
    plans
}

fn weighted(shares: &[(ExportFormat, u64)], rng: &mut Rng) -> ExportFormat {
    let total: u64 = shares.iter().map(|(_, share)| share).sum();
    let mut draw = rng.range(0, total - 1);
    for (format, share) in shares {
        if draw < *share {
            return *format;
        }
        draw -= share;
    }
    shares[0].0
}

/// Addresses per council: uneven (from half to one and a half times the mean, as real
/// councils differ), adding up to exactly `total`.
fn council_sizes(total: u64, councils: u32, rng: &mut Rng) -> Vec<u64> {
    let weights: Vec<f64> = (0..councils).map(|_| 0.5 + rng.unit()).collect();
    let sum: f64 = weights.iter().sum();
    let mut sizes: Vec<u64> = weights.iter().map(|weight| (total as f64 * weight / sum).floor() as u64).collect();
    // Rounding down leaves fewer addresses over than there are councils.
    let short = usize::try_from(total - sizes.iter().sum::<u64>()).unwrap_or(0);
    for size in sizes.iter_mut().take(short) {
        *size += 1;
    }
    sizes
}

fn council_names(nation: Nation, town: &str, rng: &mut Rng) -> (String, Option<String>) {
    match nation {
        Nation::Wales => (format!("{town} County Council"), Some(format!("Cyngor Sir {town}"))),
        Nation::Scotland => (format!("{town} Council"), None),
        Nation::NorthernIreland => (format!("{town} District Council"), None),
        _ => {
            let kind = rng.pick(&["District Council", "Borough Council", "City Council", "Council"]);
            (format!("{town} {kind}"), None)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(addresses: u64, councils: u32) -> SynthOptions {
        SynthOptions { addresses, councils, seed: 42 }
    }

    #[test]
    fn sizes_add_up_and_every_format_appears() {
        let plans = plan(&options(1_000_003, 9));
        assert_eq!(plans.iter().map(|plan| plan.addresses).sum::<u64>(), 1_000_003);
        for format in ExportFormat::ALL {
            assert!(plans.iter().any(|plan| plan.format == format), "{format:?}");
        }
        let ids: std::collections::BTreeSet<_> = plans.iter().map(|plan| plan.id.as_str()).collect();
        assert_eq!(ids.len(), plans.len(), "ids are unique");
        assert!(plans
            .iter()
            .all(|plan| (plan.format == ExportFormat::Eoni) == (plan.nation == Nation::NorthernIreland)));
    }

    #[test]
    fn areas_are_shared_by_a_few_councils_and_districts_are_not() {
        let plans = plan(&options(30_000_000, 360));
        let mut districts = std::collections::BTreeSet::new();
        let mut councils_per_area: std::collections::BTreeMap<&str, std::collections::BTreeSet<u32>> =
            Default::default();
        for plan in &plans {
            for (area, district) in &plan.districts {
                assert!(districts.insert((area.clone(), *district)), "{area}{district} given twice");
                assert!((1..=99).contains(district));
                councils_per_area.entry(area).or_default().insert(plan.index);
            }
        }
        let shared = councils_per_area.values().filter(|councils| councils.len() >= 2).count();
        assert!(shared * 2 > councils_per_area.len(), "most areas hold several councils");
        assert!(councils_per_area.contains_key("BT"));
    }

    #[test]
    fn the_plan_is_fixed_by_the_seed() {
        let ids =
            |seed| plan(&SynthOptions { seed, ..options(10_000, 12) }).into_iter().map(|p| p.id).collect::<Vec<_>>();
        assert_eq!(ids(1), ids(1));
        assert_ne!(ids(1), ids(2));
    }
}
