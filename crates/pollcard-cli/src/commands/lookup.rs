//! `pollcard lookup BUNDLE POSTCODE [--uprn UPRN]`: where the electors of a postcode
//! (or one address in it) vote, answered from a bundle folder exactly as the app
//! answers it, printed as JSON for people and scripts. For a US bundle, `pollcard
//! lookup BUNDLE --lat LAT --lon LON` answers with the precinct holding the point and
//! its places to vote ([`us_location`]).
//!
//! The lookup itself and the JSON shape are `pollcard_core::lookup`; this command
//! only reads the bundle's files. Every answer, "not a postcode" included, exits 0;
//! only an unreadable bundle exits 1.
//!
//! `--uprn` is always checked: a UPRN that is not an address of the postcode answers
//! `not_found`. A national bundle's lookup shards list the addresses of split
//! postcodes only, so elsewhere the UPRN is checked against the optional address
//! list; without one the answer is for the whole postcode, with a `warning`
//! (`uprn_not_checked`) saying so, on stderr too.

use std::fs;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use pollcard_core::bundle::national::{AddressListShard, AnyIndex, CouncilView, LookupShard, NationalIndex};
use pollcard_core::bundle::{BundleIndex, PostcodeShard, ShardRef, INDEX_FILE};
use pollcard_core::lookup::{self, ErrorAnswer, LookupAnswer};
use pollcard_core::postcode::Postcode;

mod us_location;

/// Look up where a postcode votes in a bundle folder, as JSON.
#[derive(Debug, clap::Args)]
pub struct LookupArgs {
    /// A bundle folder written by `pollcard build`.
    #[arg(value_name = "BUNDLE")]
    bundle: PathBuf,
    /// The postcode, in any case and spacing.
    #[arg(value_name = "POSTCODE", required_unless_present = "lat")]
    postcode: Option<String>,
    /// One address within the postcode, by its UPRN.
    #[arg(long, value_name = "UPRN")]
    uprn: Option<String>,
    /// A US bundle: the latitude (WGS84 degrees) to find the precinct of, with --lon.
    #[arg(long, value_name = "LAT", allow_hyphen_values = true, requires = "lon", conflicts_with_all = ["postcode", "uprn"])]
    lat: Option<f64>,
    /// A US bundle: the longitude (WGS84 degrees; west is negative), with --lat.
    #[arg(long, value_name = "LON", allow_hyphen_values = true, requires = "lat")]
    lon: Option<f64>,
}

pub fn run(args: LookupArgs) -> anyhow::Result<ExitCode> {
    if let (Some(lat), Some(lon)) = (args.lat, args.lon) {
        return us_location::run(&args.bundle, lat, lon);
    }
    let index = match read_index(&args.bundle)? {
        AnyIndex::Council(index) => *index,
        AnyIndex::National(national) => return run_national(&args, &national),
    };
    let parsed = lookup::parse_postcode(args.postcode.as_deref().unwrap_or_default());
    let shard = match &parsed {
        Ok(postcode) => index
            .shard_for(postcode)
            .map(|shard_ref| read_shard(&args.bundle, postcode.area(), shard_ref))
            .transpose()?,
        Err(_) => None,
    };
    let outcome = match parsed {
        Err(invalid) => invalid,
        Ok(postcode) => match &args.uprn {
            Some(uprn) => lookup::lookup_uprn(&index, shard.as_ref(), &postcode, uprn),
            None => lookup::lookup_postcode(&index, shard.as_ref(), &postcode),
        },
    };
    let json = serde_json::to_string_pretty(&LookupAnswer::new(&index, &outcome))?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{json}").context("could not write the answer")?;
    Ok(ExitCode::SUCCESS)
}

/// A national bundle: the postcode's lookup shard becomes a one-council view, which
/// is then answered exactly as a single-council bundle would be.
fn run_national(args: &LookupArgs, national: &NationalIndex) -> anyhow::Result<ExitCode> {
    let postcode = match lookup::parse_postcode(args.postcode.as_deref().unwrap_or_default()) {
        Ok(postcode) => postcode,
        Err(invalid) => return print_answer(&empty_view(national), &invalid),
    };
    for key in national.shard_keys(&postcode) {
        let summary = &national.lookup[key];
        let bytes = read_bundle_file(&args.bundle, &summary.path, &format!("the {key} lookup shard"))?;
        let shard = LookupShard::from_json(&summary.path, key, &bytes)
            .with_context(|| format!("{} is not a usable bundle", args.bundle.display()))?;
        let Some(view) = CouncilView::of(national, &shard, &postcode, args.uprn.as_deref()) else { continue };
        // Only a split postcode lists its addresses in the lookup shard; elsewhere
        // every address of the postcode votes at the same place, and the UPRN is
        // checked against the key's address list, as a single-council bundle would.
        let listed = view.shard.addresses(&postcode).iter().any(|address| !address.uprn().is_empty());
        let mut warning = None;
        let outcome = match &args.uprn {
            Some(uprn) if listed => lookup::lookup_uprn(&view.index, Some(&view.shard), &postcode, uprn),
            Some(uprn) => match check_uprn(&args.bundle, national, key, &postcode, uprn)? {
                UprnCheck::Found => lookup::lookup_postcode(&view.index, Some(&view.shard), &postcode),
                UprnCheck::NotInPostcode => lookup::LookupOutcome::NotFound { postcode },
                UprnCheck::Unchecked(why) => {
                    eprintln!("warning: {}", why.message);
                    warning = Some(why);
                    lookup::lookup_postcode(&view.index, Some(&view.shard), &postcode)
                }
            },
            None => lookup::lookup_postcode(&view.index, Some(&view.shard), &postcode),
        };
        let mut answer = LookupAnswer::new(&view.index, &outcome);
        answer.warning = warning;
        return print_json(&answer);
    }
    print_answer(&empty_view(national), &lookup::LookupOutcome::NotFound { postcode })
}

/// What the address list of a national bundle says of a UPRN in a postcode that is
/// not split.
enum UprnCheck {
    Found,
    NotInPostcode,
    /// The bundle has no address list to check it against (they are optional).
    Unchecked(ErrorAnswer),
}

fn check_uprn(
    bundle: &Path,
    national: &NationalIndex,
    key: &str,
    postcode: &Postcode,
    uprn: &str,
) -> anyhow::Result<UprnCheck> {
    let unchecked = |why: String| {
        let message = format!(
            "UPRN {} could not be checked: {why}; the answer is for the whole postcode {postcode}, \
             whose addresses all have the same answer",
            uprn.trim()
        );
        UprnCheck::Unchecked(ErrorAnswer { code: "uprn_not_checked", message })
    };
    let Some(summary) = national.address_lists.get(key) else {
        return Ok(unchecked(format!("this bundle has no address list for {key}")));
    };
    let relative = Path::new(&summary.path);
    let inside = relative.components().all(|component| matches!(component, Component::Normal(_)));
    if inside && !bundle.join(relative).exists() {
        let why =
            format!("{INDEX_FILE} lists the address list {} for {key}, but it is not in the bundle", summary.path);
        return Ok(unchecked(why));
    }
    let bytes = read_bundle_file(bundle, &summary.path, &format!("the {key} address list"))?;
    let list = AddressListShard::from_json(&summary.path, key, &bytes)
        .with_context(|| format!("{} is not a usable bundle", bundle.display()))?;
    Ok(if list.holds_address(postcode, uprn) { UprnCheck::Found } else { UprnCheck::NotInPostcode })
}

/// Who to contact when no council's data covers the postcode: a national bundle has
/// no one council, so the answer names none.
fn empty_view(national: &NationalIndex) -> BundleIndex {
    let council = pollcard_core::model::Council {
        id: String::new(),
        name: pollcard_core::model::LocalizedText::default(),
        nation: national.councils.first().map_or(pollcard_core::model::Nation::England, |entry| entry.council.nation),
        contact: Default::default(),
    };
    BundleIndex::new(council, national.fictional, Vec::new(), Vec::new(), Default::default())
}

fn print_answer(index: &BundleIndex, outcome: &lookup::LookupOutcome<'_>) -> anyhow::Result<ExitCode> {
    print_json(&LookupAnswer::new(index, outcome))
}

fn print_json(answer: &LookupAnswer<'_>) -> anyhow::Result<ExitCode> {
    let json = serde_json::to_string_pretty(answer)?;
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "{json}").context("could not write the answer")?;
    Ok(ExitCode::SUCCESS)
}

fn read_bundle_file(bundle: &Path, relative: &str, what: &str) -> anyhow::Result<Vec<u8>> {
    let path = Path::new(relative);
    if !path.components().all(|component| matches!(component, Component::Normal(_))) {
        bail!("{} names {what} as {relative:?}, which is outside the bundle folder", INDEX_FILE);
    }
    let full = bundle.join(path);
    fs::read(&full).with_context(|| format!("cannot read {what} {}", full.display()))
}

fn read_index(bundle: &Path) -> anyhow::Result<AnyIndex> {
    let path = bundle.join(INDEX_FILE);
    let bytes = fs::read(&path).with_context(|| {
        format!("cannot read {}: is {} a bundle folder written by `pollcard build`?", path.display(), bundle.display())
    })?;
    AnyIndex::from_json(&bytes).with_context(|| format!("{} is not a usable bundle", bundle.display()))
}

fn read_shard(bundle: &Path, area: &str, shard_ref: &ShardRef) -> anyhow::Result<PostcodeShard> {
    // The index names the shard's path; never follow one out of the bundle folder.
    let relative = Path::new(&shard_ref.path);
    if !relative.components().all(|component| matches!(component, Component::Normal(_))) {
        bail!("{} names the shard {:?}, which is outside the bundle folder", INDEX_FILE, shard_ref.path);
    }
    let path = bundle.join(relative);
    let bytes = fs::read(&path).with_context(|| format!("cannot read the {area} postcode shard {}", path.display()))?;
    PostcodeShard::from_json(&shard_ref.path, area, &bytes)
        .with_context(|| format!("{} is not a usable bundle", bundle.display()))
}
