//! `pollcard build --councils ROOT --previous OLD_NATIONAL_BUNDLE`: which voters'
//! polling station has changed since the last national bundle, council by council.
//!
//! The old bundle is opened once, its addresses parked on disk by council
//! ([`NationalSide`]); as each new council is read, its old self is read back alone
//! and the two compared as single-council bundles, exactly as a single-council build
//! with `--previous` does. What is kept between councils is only the changed
//! addresses (compact postcode → UPRNs), which the national builder marks in the
//! lookup shards; the app tells those voters their station has changed.
//!
//! A single council's build takes either kind of previous bundle ([`council`]).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use pollcard_core::bundle::BundleWriter;
use pollcard_core::bundle_diff::{council_contents, diff, empty_like, CouncilAddress};

use super::plural;
use crate::commands::diff::{national::NationalSide, read_national_index};

mod council;
pub use council::CouncilPrevious;

/// The previous national bundle, and how much has changed so far.
#[derive(Debug)]
pub struct NationalPrevious {
    side: NationalSide,
    changed_addresses: usize,
    moved_stations: usize,
}

impl NationalPrevious {
    /// Opens `folder` (a national bundle), parking its addresses in `parked`.
    pub fn open(folder: &Path, parked: PathBuf) -> anyhow::Result<NationalPrevious> {
        let index = read_national_index(folder)?;
        let side = NationalSide::open(folder, index, parked)
            .with_context(|| format!("could not read the previous bundle {}", folder.display()))?;
        Ok(NationalPrevious { side, changed_addresses: 0, moved_stations: 0 })
    }

    /// Compares one newly read council with its previous self (nothing, if it is
    /// new), adding its voters sent elsewhere to `changed` (compact postcode → UPRNs;
    /// a postcode can cross a council boundary, so lists are merged).
    pub fn compare(
        &mut self,
        bundle: &BundleWriter,
        changed: &mut BTreeMap<String, Vec<String>>,
    ) -> anyhow::Result<()> {
        let new = council_contents(
            bundle.council.clone(),
            bundle.fictional,
            bundle.stations.clone(),
            bundle.addresses.iter().map(|(postcode, address)| CouncilAddress {
                postcode: postcode.compact().to_owned(),
                uprn: address.uprn.clone(),
                label: address.label.clone(),
                station: address.station_id.clone(),
            }),
        );
        let old =
            self.side.council(&bundle.council.id)?.unwrap_or_else(|| empty_like(&bundle.council, bundle.fictional));
        let diff = diff(&old, &new);
        self.moved_stations += diff.stations.moved.len();
        for (postcode, uprns) in diff.voters_sent_elsewhere(&old, &new) {
            self.changed_addresses += uprns.len();
            let known = changed.entry(postcode).or_default();
            known.extend(uprns);
            known.sort();
            known.dedup();
        }
        Ok(())
    }

    /// Says on stderr how much has changed.
    pub fn finish(self, path: &Path) {
        let addresses = self.changed_addresses;
        eprintln!(
            "pollcard: compared with {}: {} whose polling station has changed ({} moved more than 50 m); \
             `pollcard diff` lists every change",
            path.display(),
            plural(addresses, "address", "addresses"),
            plural(self.moved_stations, "station", "stations"),
        );
    }
}
