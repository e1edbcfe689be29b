//! `pollcard lookup BUNDLE --lat LAT --lon LON`: the US precinct whose boundary holds
//! a point, and the places that serve it, from a bundle built from a VIP feed. The
//! lookup and the JSON are `pollcard_core::us::lookup`; as with postcodes, every
//! answer (outside every precinct included) exits 0 and only an unusable bundle
//! exits 1.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{bail, Context};
use pollcard_core::bundle::national::AnyIndex;
use pollcard_core::bundle::INDEX_FILE;
use pollcard_core::lookup::CouncilAnswer;
use pollcard_core::us::bundle::{UsPlacesFile, UsPrecinctsFile};
use pollcard_core::us::lookup::{lookup_location, UsLookupAnswer};

pub fn run(bundle: &Path, lat: f64, lon: f64) -> anyhow::Result<ExitCode> {
    let index = match super::read_index(bundle)? {
        AnyIndex::Council(index) => index,
        AnyIndex::National(_) => bail!(
            "{} is a national UK bundle, which has no US precincts; --lat and --lon need a bundle built from a VIP feed",
            bundle.display()
        ),
    };
    let Some(us) = &index.us else {
        bail!(
            "{} has no US precinct data ({INDEX_FILE} has no \"us\" field); --lat and --lon need a bundle built from \
             a VIP feed, and a UK bundle is looked up by postcode",
            bundle.display()
        );
    };
    let unusable = || format!("{} is not a usable bundle", bundle.display());
    let precincts =
        UsPrecinctsFile::from_json(&super::read_bundle_file(bundle, &us.precincts, "the US precincts file")?)
            .with_context(unusable)?;
    let places = UsPlacesFile::from_json(&super::read_bundle_file(bundle, &us.places, "the US places file")?)
        .with_context(unusable)?;
    let council = CouncilAnswer::of(&index.council);
    let outcome = lookup_location(&precincts, &places, lat, lon);
    let json = serde_json::to_string_pretty(&UsLookupAnswer::new(council, &places, lat, lon, &outcome))?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{json}").context("could not write the answer")?;
    Ok(ExitCode::SUCCESS)
}
