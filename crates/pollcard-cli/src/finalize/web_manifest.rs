//! The web app manifests that make Pollcard installable, one per language
//! (`manifest.en.webmanifest`, `manifest.cy.webmanifest`), and the page's links to
//! them and to the icons.
//!
//! Each language is its own installed app, with its own `id` (`/` and `/cy/` under the
//! public URL). An installed app updates itself from the manifest of the pages it
//! opens only when that manifest's `id` is its own, so with distinct ids a voter who
//! installed the Welsh app keeps a Welsh app (name, description, start page) even
//! after visiting an English page, instead of the installed app changing language
//! with whichever page was seen last. Both share `scope` `/`, so either app opens
//! every page, in either language.
//!
//! The app swaps the page's `<link rel="manifest">` to the other file when the voter
//! switches language (`src/lib.rs`), so installing from a Welsh page installs the
//! Welsh app.

use std::ops::Range;

use pollcard_core::model::Language;
use serde::Serialize;

use super::catalogues::{CatalogueFileError, Catalogues};
use super::html_scan::{scan, Element, ScanError};
use super::icons::{ICON_SVG, PNG_ICONS};

/// The browser's title bar and the installed app's frame: the site header's colour
/// (`style/main.css`), behind white text (19.6:1).
pub const THEME_COLOR: &str = "#0b0c0c";
/// The splash screen before the app has drawn: the page background, on which the
/// near-black text and the icon's near-black square stand out (19.6:1).
pub const BACKGROUND_COLOR: &str = "#ffffff";
/// The `apple-touch-icon` (iOS and iPadOS do not read the manifest's icons).
pub const TOUCH_ICON: &str = "icons/icon-192.png";

/// The manifest file for `language`, relative to the output folder.
pub fn manifest_file_name(language: Language) -> String {
    format!("manifest.{}.webmanifest", language.code())
}

/// A web app manifest. Fields are declared in alphabetical order, so the JSON is
/// sorted and the same every time.
#[derive(Debug, Serialize)]
struct WebManifest {
    background_color: &'static str,
    description: String,
    dir: &'static str,
    display: &'static str,
    icons: Vec<ManifestIcon>,
    id: String,
    lang: &'static str,
    name: String,
    scope: String,
    short_name: String,
    start_url: String,
    theme_color: &'static str,
}

#[derive(Debug, Serialize)]
struct ManifestIcon {
    purpose: &'static str,
    sizes: String,
    src: String,
    #[serde(rename = "type")]
    media_type: &'static str,
}

/// Every manifest as (file name, JSON text), for files served under `public_url`
/// (normalised: ends with `/`).
pub fn web_manifests(catalogues: &Catalogues, public_url: &str) -> Result<Vec<(String, String)>, CatalogueFileError> {
    Language::ALL
        .into_iter()
        .map(|language| {
            let text = |id: &str| catalogues.text(language, id, &[]);
            let manifest = WebManifest {
                background_color: BACKGROUND_COLOR,
                description: text("app-description")?,
                dir: "ltr",
                display: "standalone",
                icons: icons(public_url),
                id: start_url(public_url, language),
                lang: language.code(),
                name: text("app-name")?,
                scope: public_url.to_owned(),
                short_name: text("app-short-name")?,
                start_url: start_url(public_url, language),
                theme_color: THEME_COLOR,
            };
            // Serialising plain strings and vectors cannot fail.
            let json = serde_json::to_string_pretty(&manifest).expect("a manifest serialises");
            Ok((manifest_file_name(language), json + "\n"))
        })
        .collect()
}

/// The language's home page: `/` and `/cy/`.
fn start_url(public_url: &str, language: Language) -> String {
    match language {
        Language::En => public_url.to_owned(),
        other => format!("{public_url}{}/", other.code()),
    }
}

fn icons(public_url: &str) -> Vec<ManifestIcon> {
    let svg = ManifestIcon {
        purpose: "any",
        sizes: "any".into(),
        src: format!("{public_url}{ICON_SVG}"),
        media_type: "image/svg+xml",
    };
    let pngs = PNG_ICONS.iter().map(|icon| ManifestIcon {
        purpose: icon.purpose,
        sizes: format!("{0}x{0}", icon.size),
        src: format!("{public_url}{}", icon.name),
        media_type: "image/png",
    });
    std::iter::once(svg).chain(pngs).collect()
}

/// Points the page's `<link rel="manifest">` at the manifest of the page's language
/// and `<link rel="apple-touch-icon">` at the touch icon, both under `public_url`
/// (trunk rewrites only its own `data-trunk` links), and sets `<meta
/// name="theme-color">` to [`THEME_COLOR`], so the page and the manifests agree.
/// Returns the page and whether it has a manifest link at all.
pub fn point_head_links(html: &str, public_url: &str) -> Result<(String, bool), ScanError> {
    let elements = scan(html)?;
    let language = elements
        .iter()
        .find(|element| element.name == "html")
        .and_then(|element| attribute_value(element, "lang"))
        .and_then(Language::from_code)
        .unwrap_or_default();
    let mut edits: Vec<(Range<usize>, String)> = Vec::new();
    let mut has_manifest_link = false;
    for element in &elements {
        let rel = attribute_value(element, "rel").unwrap_or_default().to_ascii_lowercase();
        let has_rel = |wanted: &str| rel.split_ascii_whitespace().any(|token| token == wanted);
        let (attribute, value) = match element.name.as_str() {
            "link" if has_rel("manifest") => {
                has_manifest_link = true;
                ("href", format!("{public_url}{}", manifest_file_name(language)))
            }
            "link" if has_rel("apple-touch-icon") => ("href", format!("{public_url}{TOUCH_ICON}")),
            "meta" if attribute_value(element, "name").is_some_and(|n| n.eq_ignore_ascii_case("theme-color")) => {
                ("content", THEME_COLOR.to_owned())
            }
            _ => continue,
        };
        if let Some(found) = element.attribute(attribute) {
            edits.push((found.span.clone(), format!("{attribute}=\"{value}\"")));
        }
    }
    let mut out = String::with_capacity(html.len());
    let mut copied_to = 0;
    for (span, replacement) in edits {
        out.push_str(&html[copied_to..span.start]);
        out.push_str(&replacement);
        copied_to = span.end;
    }
    out.push_str(&html[copied_to..]);
    Ok((out, has_manifest_link))
}

fn attribute_value<'e>(element: &'e Element, name: &str) -> Option<&'e str> {
    element.attribute(name).and_then(|attribute| attribute.value.as_deref())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn catalogues() -> Catalogues {
        let dir = tempfile::tempdir().expect("temp dir");
        fs::create_dir_all(dir.path().join("i18n")).expect("mkdir");
        let en =
            "app-name = Pollcard: find your polling station\napp-short-name = Pollcard\napp-description = Find it.\n";
        let cy = "app-name = Pollcard: dod o hyd i'ch gorsaf\napp-short-name = Pollcard\napp-description = Dewch o hyd iddi.\n";
        fs::write(dir.path().join("i18n/en.ftl"), en).expect("write");
        fs::write(dir.path().join("i18n/cy.ftl"), cy).expect("write");
        Catalogues::read(dir.path()).expect("reads")
    }

    fn manifest(public_url: &str, language: Language) -> serde_json::Value {
        let manifests = web_manifests(&catalogues(), public_url).expect("manifests");
        let (_, json) =
            manifests.iter().find(|(name, _)| *name == manifest_file_name(language)).expect("one per language");
        serde_json::from_str(json).expect("valid JSON")
    }

    #[test]
    fn one_manifest_per_language_with_its_own_id_and_start_page() {
        let en = manifest("/", Language::En);
        let cy = manifest("/", Language::Cy);
        assert_eq!(en["lang"], "en");
        assert_eq!(cy["lang"], "cy");
        assert_eq!((en["id"].as_str(), en["start_url"].as_str()), (Some("/"), Some("/")));
        assert_eq!((cy["id"].as_str(), cy["start_url"].as_str()), (Some("/cy/"), Some("/cy/")));
        assert_eq!(cy["name"], "Pollcard: dod o hyd i'ch gorsaf");
        assert_eq!(cy["description"], "Dewch o hyd iddi.");
        for manifest in [&en, &cy] {
            assert_eq!(manifest["scope"], "/");
            assert_eq!(manifest["display"], "standalone");
            assert_eq!(manifest["dir"], "ltr");
            assert_eq!(manifest["theme_color"], THEME_COLOR);
            assert_eq!(manifest["background_color"], BACKGROUND_COLOR);
        }
        let icons: Vec<(String, String, String)> = en["icons"]
            .as_array()
            .expect("icons")
            .iter()
            .map(|icon| {
                let field = |name: &str| icon[name].as_str().expect("string").to_owned();
                (field("src"), field("sizes"), field("purpose"))
            })
            .collect();
        let expected = [
            ("/icons/app-icon.svg", "any", "any"),
            ("/icons/icon-192.png", "192x192", "any"),
            ("/icons/icon-512.png", "512x512", "any"),
            ("/icons/maskable-192.png", "192x192", "maskable"),
            ("/icons/maskable-512.png", "512x512", "maskable"),
        ]
        .map(|(src, sizes, purpose)| (src.to_owned(), sizes.to_owned(), purpose.to_owned()));
        assert_eq!(icons, expected);
    }

    #[test]
    fn every_url_is_under_the_public_url() {
        let cy = manifest("/pollcard/", Language::Cy);
        assert_eq!(cy["scope"], "/pollcard/");
        assert_eq!(cy["start_url"], "/pollcard/cy/");
        assert_eq!(cy["id"], "/pollcard/cy/");
        assert!(cy["icons"]
            .as_array()
            .expect("icons")
            .iter()
            .all(|icon| icon["src"].as_str().is_some_and(|src| src.starts_with("/pollcard/icons/"))));
    }

    #[test]
    fn manifests_are_sorted_and_stable() {
        let first = web_manifests(&catalogues(), "/").expect("manifests");
        assert_eq!(first, web_manifests(&catalogues(), "/").expect("manifests"));
        let (_, json) = &first[0];
        let keys: Vec<&str> = json.lines().filter_map(|line| line.strip_prefix("  \"")?.split('"').next()).collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(keys, sorted);
        assert!(json.ends_with("}\n"));
    }

    #[test]
    fn head_links_follow_the_public_url_and_page_language() {
        let page = "<html lang=\"cy\"><head><link rel=\"manifest\" href=\"/manifest.en.webmanifest\">\
                    <link rel=apple-touch-icon href=/icons/icon-192.png><meta name=\"theme-color\" content=\"#fff\">\
                    <link rel=\"icon\" href=\"/favicon.svg\"></head>";
        let (rewritten, has_link) = point_head_links(page, "/pollcard/").expect("scans");
        assert!(has_link);
        assert!(
            rewritten.contains("<link rel=\"manifest\" href=\"/pollcard/manifest.cy.webmanifest\">"),
            "{rewritten}"
        );
        assert!(rewritten.contains("<link rel=apple-touch-icon href=\"/pollcard/icons/icon-192.png\">"), "{rewritten}");
        assert!(rewritten.contains("<meta name=\"theme-color\" content=\"#0b0c0c\">"), "{rewritten}");
        assert!(rewritten.contains("<link rel=\"icon\" href=\"/favicon.svg\">"));
        assert_eq!(point_head_links(&rewritten, "/pollcard/").expect("scans").0, rewritten, "idempotent");
        assert!(!point_head_links("<html><head></head>", "/").expect("scans").1);
    }
}
