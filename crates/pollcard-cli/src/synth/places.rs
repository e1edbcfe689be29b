//! The made-up geography synthetic councils are drawn from: place and street names
//! that sound like each nation's, postcode areas that look real but are not in use,
//! and the part of the British National Grid each nation covers.
//!
//! Nothing here names a real place on purpose; the council files also say
//! `fictional = true`, so a bundle built from them is marked as not genuine.

use pollcard_core::model::Nation;

use super::rng::Rng;

/// First and second halves of town names, per nation.
fn name_parts(nation: Nation) -> (&'static [&'static str], &'static [&'static str]) {
    match nation {
        Nation::Wales => (
            &["Aber", "Llan", "Pen", "Cwm", "Pont", "Tre", "Bryn", "Glyn", "Maes", "Nant", "Rhos", "Caer"],
            &["ffug", "wern", "dulais", "gwyn", "teg", "coed", "mawr", "fach", "onnen", "dâr", "ôl", "celyn"],
        ),
        Nation::Scotland => (
            &["Kil", "Inver", "Glen", "Strath", "Auch", "Dal", "Kin", "Bal", "Loch", "Ard", "Craig", "Tulli"],
            &["more", "ness", "burn", "lochy", "ross", "garry", "muir", "brae", "haven", "allan", "ochy", "dhu"],
        ),
        Nation::NorthernIreland => (
            &["Bally", "Carrick", "Drum", "Kil", "Derry", "Clon", "Lis", "Rath", "Tully", "Ennis", "Glen", "Mona"],
            &["more", "naghy", "beg", "keel", "gannon", "owen", "fergus", "lea", "cashel", "dorn", "tara", "vey"],
        ),
        // England, and any nation the plan never gives a council (synth is UK only).
        _ => (
            &[
                "Ash", "Bram", "Cal", "Dun", "Elm", "Fern", "Gold", "Hart", "Kings", "Lang", "Marl", "Nether", "Oak",
                "Pen", "Ravens", "Stan", "Thorn", "Wick", "Wyn", "Brack", "Cheld", "Hollin", "Mere", "Sal",
            ],
            &[
                "bury", "by", "ford", "ham", "ley", "mouth", "stead", "ton", "wick", "worth", "field", "bridge",
                "combe", "well",
            ],
        ),
    }
}

/// A made-up town name for the nation, e.g. `Thornbury` or `Llangwyn`.
pub fn town_name(nation: Nation, rng: &mut Rng) -> String {
    let (firsts, seconds) = name_parts(nation);
    format!("{}{}", rng.pick(firsts), rng.pick(seconds))
}

/// A lower-case slug of `name`: ASCII letters and digits joined by hyphens.
pub fn slug(name: &str) -> String {
    let mut slug = String::with_capacity(name.len());
    for c in name.chars() {
        let c = match c {
            'â' | 'á' | 'à' => 'a',
            'ô' | 'ó' => 'o',
            'ŵ' => 'w',
            'ŷ' => 'y',
            other => other,
        };
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_owned()
}

/// Street names for the nation (the kind of road is added separately).
pub fn street_stems(nation: Nation) -> &'static [&'static str] {
    match nation {
        Nation::Wales => &[
            "Heol y Castell",
            "Stryd y Capel",
            "Ffordd y Cae",
            "Lôn Las",
            "Heol Newydd",
            "Stryd Fawr",
            "Lôn y Felin",
            "Ffordd yr Orsaf",
            "Heol y Bryn",
            "Maes y Dderwen",
            "Rhodfa'r Môr",
            "Lôn Eglwys",
        ],
        _ => &[
            "Oak",
            "Mill",
            "Church",
            "Station",
            "Victoria",
            "Park",
            "Meadow",
            "Orchard",
            "Chapel",
            "Market",
            "Willow",
            "Beech",
            "Castle",
            "Kingfisher",
            "Rowan",
            "Hawthorn",
            "Spring",
            "Queen's",
            "Albert",
            "Bridge",
            "Heather",
            "Primrose",
            "Cedar",
            "Elm",
            "Larch",
            "Holly",
            "Juniper",
            "Linden",
            "Maple",
            "Poplar",
        ],
    }
}

/// Kinds of road, for English, Scottish and Northern Irish streets.
pub const ROAD_KINDS: [&str; 10] =
    ["Road", "Street", "Lane", "Close", "Avenue", "Drive", "Way", "Crescent", "Gardens", "Terrace"];

/// Building names for blocks of flats.
pub const BLOCK_NAMES: [&str; 8] = [
    "Riverside Court",
    "Jubilee House",
    "Park View",
    "Mill House",
    "Harbour Court",
    "Elm Lodge",
    "Hill House",
    "The Maltings",
];

/// Kinds of building polling stations are held in.
pub fn venue_kinds(nation: Nation) -> &'static [&'static str] {
    match nation {
        Nation::Wales => &[
            "Neuadd Bentref / Village Hall",
            "Ysgol Gynradd / Primary School",
            "Festri Capel / Chapel Vestry",
            "Canolfan Gymunedol / Community Centre",
            "Llyfrgell / Library",
            "Clwb Rygbi / Rugby Club",
        ],
        _ => &[
            "Village Hall",
            "Primary School",
            "Community Centre",
            "Church Hall",
            "Library",
            "Scout Hut",
            "Methodist Church",
            "Sports Pavilion",
            "Memorial Hall",
            "Youth Centre",
        ],
    }
}

/// The part of the grid (easting and northing ranges in metres) where a nation's
/// councils are put: inland Great Britain for each nation, and Northern Ireland's
/// latitude and longitude, since EONI exports use WGS84 and not the British grid.
pub fn grid_box(nation: Nation) -> ((f64, f64), (f64, f64)) {
    match nation {
        Nation::Wales => ((230_000.0, 330_000.0), (200_000.0, 370_000.0)),
        Nation::Scotland => ((250_000.0, 390_000.0), (660_000.0, 880_000.0)),
        Nation::NorthernIreland => ((-7.6, -5.9), (54.2, 55.0)),
        // England, and any nation the plan never gives a council.
        _ => ((360_000.0, 600_000.0), (120_000.0, 520_000.0)),
    }
}

/// The area codes real postcodes use, which synthetic ones avoid (except BT, the only
/// area Northern Ireland has, so that EONI exports look like EONI exports).
const REAL_AREAS: &[&str] = &[
    "AB", "AL", "B", "BA", "BB", "BD", "BF", "BH", "BL", "BN", "BR", "BS", "BT", "BX", "CA", "CB", "CF", "CH", "CM",
    "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH", "EN", "EX",
    "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG", "IM", "IP", "IV", "JE",
    "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M", "ME", "MK", "ML", "N", "NE", "NG",
    "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO", "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG",
    "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST", "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW",
    "UB", "W", "WA", "WC", "WD", "WF", "WN", "WR", "WS", "WV", "YO", "ZE", "AA",
];

/// Two-letter postcode areas that are valid in form but not in use, shuffled by `rng`.
/// `AA` (the demo's area) is left out too, so synthetic data never mixes with it.
pub fn fictional_areas(rng: &mut Rng) -> Vec<String> {
    let firsts = b"ABCDEFGHIJKLMNOPRSTUWYZ";
    let seconds = b"ABCDEFGHKLMNOPQRSTUVWXY";
    let mut areas: Vec<String> = firsts
        .iter()
        .flat_map(|&first| seconds.iter().map(move |&second| String::from_utf8_lossy(&[first, second]).into_owned()))
        .filter(|area| !REAL_AREAS.contains(&area.as_str()))
        .collect();
    for index in (1..areas.len()).rev() {
        let other = usize::try_from(rng.range(0, u64::try_from(index).unwrap_or(0))).unwrap_or(0);
        areas.swap(index, other);
    }
    areas
}

/// Letters a postcode's unit may use (never C I K M O V).
pub const UNIT_LETTERS: &[u8; 20] = b"ABDEFGHJLNPQRSTUWXYZ";

#[cfg(test)]
mod tests {
    use super::*;
    use pollcard_core::postcode::Postcode;

    #[test]
    fn fictional_areas_are_valid_and_unused() {
        let areas = fictional_areas(&mut Rng::new(3));
        assert!(areas.len() > 300, "{}", areas.len());
        for area in &areas {
            assert!(!REAL_AREAS.contains(&area.as_str()), "{area}");
            assert!(Postcode::parse(&format!("{area}1 1AB")).is_ok(), "{area}");
        }
    }

    #[test]
    fn slugs_are_plain() {
        assert_eq!(slug("Llandâr County Council"), "llandar-county-council");
        assert_eq!(slug("  Queen's  Park "), "queen-s-park");
    }
}
