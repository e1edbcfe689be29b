//! `pollcard finalize-dist` on realistic trunk 0.21 output (fixtures under
//! `tests/fixtures/finalize/`): the loader moves into a content-addressed file, the
//! page is refused when inline code is left, host configuration is written, the
//! installable app's manifests and PNG icons and the `<noscript>` fallback are
//! written, and a second run changes nothing.
//!
//! Set `POLLCARD_BLESS=1` to rewrite the expected files after a deliberate change.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use sha2::{Digest, Sha256};

const TRUNK_LOADER: &str = "\nimport init, * as bindings from '/pollcard-app-8f2e0d5f3a1b4c6d.js';\n\
const wasm = await init({ module_or_path: '/pollcard-app-8f2e0d5f3a1b4c6d_bg.wasm' });\n\n\n\
window.wasmBindings = bindings;\n\n\n\
dispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n\n";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/finalize")
}

/// A private copy of a fixture folder, with the app's real icon sources and
/// catalogues added as trunk's `copy-dir` links add them to every build.
fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixtures().join(name), dir.path());
    let public = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../public");
    copy_dir(&public.join("icons"), &dir.path().join("icons"));
    copy_dir(&public.join("i18n"), &dir.path().join("i18n"));
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).expect("create dir");
    for entry in fs::read_dir(from).expect("read fixture dir") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

fn pollcard() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_pollcard"));
    command.env_remove("TRUNK_STAGING_DIR").env_remove("TRUNK_PUBLIC_URL");
    command
}

fn finalize(dir: &Path) -> Output {
    pollcard().arg("finalize-dist").arg(dir).output().expect("runs")
}

fn read(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Compares with a checked-in expected file (or rewrites it when blessing).
fn assert_matches_expected(actual: &str, expected_name: &str) {
    let path = fixtures().join("expected").join(expected_name);
    if std::env::var_os("POLLCARD_BLESS").is_some() {
        fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        fs::write(&path, actual).expect("bless");
    }
    assert_eq!(actual, read(&path), "differs from {}", path.display());
}

fn loader_name(script: &str) -> String {
    let hex = format!("{:x}", Sha256::digest(script.as_bytes()));
    format!("loader-{}.js", &hex[..16])
}

/// Every file under `dir` with its bytes, for before/after comparisons.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>, std::time::SystemTime)> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).expect("read dir") {
            let entry = entry.expect("entry");
            if entry.file_type().expect("type").is_dir() {
                pending.push(entry.path());
            } else {
                let modified = entry.metadata().and_then(|m| m.modified()).expect("mtime");
                files.push((entry.path(), fs::read(entry.path()).expect("read"), modified));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn trunk_release_output_is_finalised() {
    let dist = copy_fixture("trunk-release");
    let output = finalize(dist.path());
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));

    let loader = loader_name(TRUNK_LOADER);
    // The loader keeps the content its name hashes; other scripts lose their
    // whole-line comments (here the fixture's only line).
    assert_eq!(read(&dist.path().join(&loader)), TRUNK_LOADER);
    assert_eq!(read(&dist.path().join("preferences.js")), "");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains(&loader), "{stdout}");

    let index = read(&dist.path().join("index.html"));
    assert!(index.contains(&format!("<script type=\"module\" src=\"/{loader}\"></script>")));
    assert!(!index.contains("TrunkApplicationStarted"));
    assert!(!index.contains("<script type=\"module\" nonce"));
    // The rest of the page is untouched.
    assert!(index.contains("<script src=\"/preferences.js\"></script>"));
    assert_matches_expected(&index, "trunk-release/index.html");

    let headers = read(&dist.path().join("_headers"));
    assert!(headers.contains(&format!("\n/{loader}\n  Cache-Control: public, max-age=31536000, immutable")));
    assert_matches_expected(&headers, "trunk-release/_headers");
    assert_eq!(read(&dist.path().join("nginx-pollcard.conf")), pollcard_core::http_headers::nginx_snippet());
}

/// The page of a real `trunk build --release` of the app (trunk 0.21.14, no nonce, the
/// loader in `<head>` where the `data-trunk rel="rust"` link was).
#[test]
fn real_trunk_build_of_the_app() {
    let dist = copy_fixture("trunk-0.21.14-app");
    let output = finalize(dist.path());
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let loader = read(&dist.path().join("loader-a38974606d50ffbd.js"));
    assert!(loader.contains("module_or_path: '/pollcard-app-613c9c786ba1f790_bg.wasm'"));
    assert_matches_expected(&read(&dist.path().join("index.html")), "trunk-0.21.14-app/index.html");
}

#[test]
fn running_twice_changes_nothing() {
    let dist = copy_fixture("trunk-release");
    assert!(finalize(dist.path()).status.success());
    let first = snapshot(dist.path());
    let again = finalize(dist.path());
    assert!(again.status.success(), "stderr: {}", String::from_utf8_lossy(&again.stderr));
    assert!(String::from_utf8_lossy(&again.stdout).contains("no inline script to move"));
    assert_eq!(snapshot(dist.path()), first);
}

#[test]
fn staging_dir_and_public_url_come_from_trunk() {
    let dist = copy_fixture("trunk-release");
    let output = pollcard()
        .arg("finalize-dist")
        .env("TRUNK_STAGING_DIR", dist.path())
        .env("TRUNK_PUBLIC_URL", "/pollcard/")
        .output()
        .expect("runs");
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let index = read(&dist.path().join("index.html"));
    let expected = format!("<script type=\"module\" src=\"/pollcard/{}\"></script>", loader_name(TRUNK_LOADER));
    assert!(index.contains(&expected), "{index}");
}

#[test]
fn without_a_folder_it_says_what_it_needs() {
    let output = pollcard().arg("finalize-dist").output().expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("TRUNK_STAGING_DIR"), "{stderr}");
}

#[test]
fn minified_output_with_several_scripts() {
    let dist = copy_fixture("trunk-minified");
    let output = finalize(dist.path());
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let index = read(&dist.path().join("index.html"));
    let boot = loader_name("window.pollcardBoot=1");
    assert!(index.contains(&format!("<body><script src=\"/{boot}\"></script>")), "{index}");
    assert_eq!(index.matches("<script type=module src=\"/loader-").count(), 1, "{index}");
    assert_eq!(index.matches("<script").count(), 2);
    assert_eq!(read(&dist.path().join(&boot)), "window.pollcardBoot=1");
}

/// A page with `extra` added before `</body>` must be refused, naming the problem,
/// and left exactly as it was.
fn assert_refused(extra: &str, message: &str) {
    let dist = copy_fixture("trunk-release");
    let index_path = dist.path().join("index.html");
    let page = read(&index_path).replace("  </body>", &format!("{extra}\n  </body>"));
    fs::write(&index_path, &page).expect("write page");
    assert_refused_unchanged(dist.path(), extra, message);
}

/// Finalising `dist` (as the test left it: `what`) must fail with `message` and change
/// nothing.
fn assert_refused_unchanged(dist: &Path, what: &str, message: &str) {
    let before = snapshot(dist);
    let output = finalize(dist);
    assert!(!output.status.success(), "accepted {what}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(message), "for {what}: {stderr}");
    assert_eq!(snapshot(dist), before, "a refused build must not be changed");
}

#[test]
fn inline_styles_are_refused() {
    assert_refused("<div style=\"display:none\">x</div>", "line 30: a style=\"…\" attribute on <div>");
    assert_refused("<svg><style>circle{fill:red}</style></svg>", "line 30: a <style> element");
}

#[test]
fn inline_event_handlers_and_javascript_urls_are_refused() {
    assert_refused("<img src=\"/icons/icon-192.png\" alt=\"\" onload=\"go()\">", "inline event handler onload");
    assert_refused("<a href=\"javascript:void(0)\">x</a>", "a javascript: URL in href on <a>");
}

#[test]
fn scripts_that_cannot_move_are_refused() {
    assert_refused("<script type=\"importmap\">{\"imports\":{}}</script>", "<script type=\"importmap\">");
    assert_refused("<script>unterminated", "without its </script> end tag");
}

#[test]
fn nginx_location_regex_is_the_core_rule() {
    let conf = pollcard_core::http_headers::nginx_snippet();
    let pattern = conf
        .lines()
        .find_map(|line| line.strip_prefix("location ~ \"")?.strip_suffix("\" {"))
        .expect("a regex location");
    let hashed = regex::Regex::new(pattern).expect("valid regex");
    let names = [
        "/pollcard-app-0123456789abcdef_bg.wasm",
        "/pollcard-app-0123456789abcdef.js",
        "/style-0123456789abcdef.css",
        "/loader-0123456789abcdef.js",
        "/x/y-0123456789abcdef0123456789.png",
        "/pollcard-app-123456789abcdef.js",
        "/style-0123456789ABCDEF.css",
        "/index.html",
        "/sw.js",
        "/data/postcodes/AA.json",
        "/-0123456789abcdef.js",
        "/a-0123456789abcdef.min.js",
        "/a-0123456789abcdef_bg",
    ];
    for name in names {
        assert_eq!(
            hashed.is_match(name),
            pollcard_core::http_headers::is_content_addressed(name),
            "{name}: nginx and the table disagree"
        );
    }
    assert!(hashed.is_match(names[0]));
}

#[test]
fn nginx_file_regex_is_the_core_app_route_rule() {
    let conf = pollcard_core::http_headers::nginx_snippet();
    let pattern = format!("location ~ \"{}\" {{", pollcard_core::http_headers::APP_ROUTE_EXTENSION_REGEX);
    assert!(conf.contains(&pattern), "nginx has no file location");
    let names_a_file = regex::Regex::new(pollcard_core::http_headers::APP_ROUTE_EXTENSION_REGEX).expect("valid regex");
    for path in [
        "/",
        "/station/S1",
        "/cy/station/S1",
        "/station/12.1",
        "/station/S1.",
        "/v1.2/about",
        "/.well-known",
        "/data/postcodes/ZZ.json",
        "/missing.js",
        "/a.mp4",
        "/.well-known/security.txt",
    ] {
        assert_eq!(
            !names_a_file.is_match(path),
            pollcard_core::http_headers::is_app_route(path),
            "{path}: nginx and the table disagree"
        );
    }
}

#[test]
fn both_host_files_carry_every_security_header() {
    let dist = copy_fixture("trunk-release");
    assert!(finalize(dist.path()).status.success());
    let headers = read(&dist.path().join("_headers"));
    let nginx = read(&dist.path().join("nginx-pollcard.conf"));
    for (name, value) in pollcard_core::http_headers::security_headers() {
        assert!(headers.contains(&format!("\n  {name}: {value}\n")), "_headers lacks {name}");
        assert!(nginx.contains(&format!("add_header {name} \"{value}\" always;")), "nginx lacks {name}");
    }
}

fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Width and height from a PNG's IHDR chunk, after checking the signature.
fn png_size(path: &Path) -> (u32, u32) {
    let png = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n", "{} is not a PNG", path.display());
    assert_eq!(&png[12..16], b"IHDR");
    let word = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (word(16), word(20))
}

#[test]
fn manifests_in_both_languages_from_the_catalogues() {
    let dist = copy_fixture("trunk-release");
    let output = finalize(dist.path());
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let en = json(&dist.path().join("manifest.en.webmanifest"));
    let cy = json(&dist.path().join("manifest.cy.webmanifest"));
    assert_eq!(en["lang"], "en");
    assert_eq!(en["name"], "Pollcard: find your polling station");
    assert_eq!(en["short_name"], "Pollcard");
    assert_eq!((en["id"].as_str(), en["start_url"].as_str()), (Some("/"), Some("/")));
    assert_eq!(cy["lang"], "cy");
    assert_eq!(cy["name"], "Pollcard: dod o hyd i'ch gorsaf bleidleisio");
    assert!(cy["description"].as_str().is_some_and(|d| d.starts_with("Dewch o hyd i'ch gorsaf bleidleisio")));
    assert_eq!((cy["id"].as_str(), cy["start_url"].as_str()), (Some("/cy/"), Some("/cy/")));
    for manifest in [&en, &cy] {
        assert_eq!(manifest["scope"], "/");
        assert_eq!(manifest["display"], "standalone");
        assert_eq!(manifest["theme_color"], "#0b0c0c");
        assert_eq!(manifest["background_color"], "#ffffff");
        let icons = manifest["icons"].as_array().expect("icons");
        assert_eq!(icons.len(), 5);
        // Every icon the manifest names exists in the output.
        for icon in icons {
            let src = icon["src"].as_str().expect("src");
            assert!(dist.path().join(src.trim_start_matches('/')).is_file(), "{src} is missing");
        }
    }
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("manifest.cy.webmanifest"), "{stdout}");

    let index = read(&dist.path().join("index.html"));
    assert!(index.contains("<link rel=\"manifest\" href=\"/manifest.en.webmanifest\">"), "{index}");
    let headers = read(&dist.path().join("_headers"));
    assert!(headers
        .contains("\n/manifest.cy.webmanifest\n  Cache-Control: no-cache\n  Content-Type: application/manifest+json"));
}

#[test]
fn png_icons_are_rendered_at_their_sizes_and_the_same_every_time() {
    let first = copy_fixture("trunk-release");
    let second = copy_fixture("trunk-release");
    for dist in [&first, &second] {
        assert!(finalize(dist.path()).status.success());
    }
    for (name, size) in
        [("icon-192.png", 192), ("icon-512.png", 512), ("maskable-192.png", 192), ("maskable-512.png", 512)]
    {
        let path = first.path().join("icons").join(name);
        assert_eq!(png_size(&path), (size, size), "{name}");
        assert_eq!(fs::read(&path).expect("read"), fs::read(second.path().join("icons").join(name)).expect("read"));
    }
    for name in ["manifest.en.webmanifest", "manifest.cy.webmanifest", "index.html"] {
        assert_eq!(read(&first.path().join(name)), read(&second.path().join(name)), "{name}");
    }
}

#[test]
fn public_url_reaches_the_manifests_and_head_links() {
    let dist = copy_fixture("trunk-release");
    let output =
        pollcard().arg("finalize-dist").arg(dist.path()).args(["--public-url", "/pollcard"]).output().expect("runs");
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let cy = json(&dist.path().join("manifest.cy.webmanifest"));
    assert_eq!((cy["scope"].as_str(), cy["start_url"].as_str()), (Some("/pollcard/"), Some("/pollcard/cy/")));
    assert_eq!(cy["icons"][1]["src"], "/pollcard/icons/icon-192.png");
    let index = read(&dist.path().join("index.html"));
    assert!(index.contains("<link rel=\"manifest\" href=\"/pollcard/manifest.en.webmanifest\">"), "{index}");
}

#[test]
fn noscript_gives_the_council_contact_escaped() {
    let dist = copy_fixture("trunk-release");
    let output = finalize(dist.path());
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("<noscript> fallback with the contact of Fixture <Borough> & District Council"),
        "{stdout}"
    );
    let index = read(&dist.path().join("index.html"));
    let start = index.find("<noscript>").expect("noscript");
    let noscript = &index[start..index.find("</noscript>").expect("end")];
    assert!(!noscript.contains("Pollcard needs JavaScript to look up"), "the old text is replaced");
    assert!(noscript.contains("<h2>Pollcard needs JavaScript</h2>"), "{noscript}");
    let welsh = &noscript[noscript.find("<section lang=\"cy\">").expect("a Welsh section")..];
    assert!(welsh.contains("<h2>Mae angen JavaScript ar Pollcard</h2>"), "{noscript}");
    assert_eq!(noscript.matches("<a href=\"tel:01632960123\">01632 960123</a>").count(), 2, "{noscript}");
    assert!(noscript.contains("<strong>Fixture &lt;Borough&gt; &amp; District Council</strong>"), "{noscript}");
    assert!(noscript.contains("<strong>Cyngor Bwrdeistref &lt;Ffug&gt; a'r Cylch</strong>"), "{noscript}");
    assert!(noscript.contains("href=\"https://example.org/elections?a=1&amp;b=&lt;2&gt;\""), "{noscript}");
    assert!(!noscript.contains("<Borough>") && !noscript.contains("<2>"), "{noscript}");
    // The fixture's data is fictional, and the fallback says so.
    assert!(noscript.contains("<strong>Fictional demo data.</strong>"), "{noscript}");
    assert_matches_expected(&index, "trunk-release/index.html");
}

#[test]
fn without_a_bundle_noscript_is_generic_and_says_so() {
    let dist = copy_fixture("trunk-release");
    fs::remove_file(dist.path().join("data/bundle.json")).expect("remove");
    let output = finalize(dist.path());
    assert!(output.status.success(), "stderr: {}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("note: no data/bundle.json"));
    let index = read(&dist.path().join("index.html"));
    assert!(index.contains("Your council’s contact details are on your poll card"), "{index}");
    assert!(!index.contains("tel:"));
}

/// A build whose output lacks `remove` must fail naming it, and write nothing.
fn assert_missing_input_refused(remove: &str, message: &str) {
    let dist = copy_fixture("trunk-release");
    fs::remove_file(dist.path().join(remove)).expect("remove");
    assert_refused_unchanged(dist.path(), &format!("without {remove}"), message);
}

#[test]
fn a_missing_icon_or_catalogue_is_named() {
    assert_missing_input_refused("icons/app-icon.svg", "icons/app-icon.svg is missing from the output folder");
    assert_missing_input_refused("icons/app-icon-maskable.svg", "icons/app-icon-maskable.svg is missing");
    assert_missing_input_refused("i18n/cy.ftl", "i18n/cy.ftl is missing from the output folder");
}

#[test]
fn a_catalogue_without_the_manifest_texts_is_refused() {
    let dist = copy_fixture("trunk-release");
    let catalogue = dist.path().join("i18n/cy.ftl");
    let text = read(&catalogue).replace("app-short-name = Pollcard\n", "");
    fs::write(&catalogue, text).expect("write");
    assert_refused_unchanged(dist.path(), "without app-short-name", "i18n/cy.ftl has no message `app-short-name`");
}
