//! `pollcard finalize-dist` on realistic trunk 0.21 output (fixtures under
//! `tests/fixtures/finalize/`): the loader moves into a content-addressed file, the
//! page is refused when inline code is left, host configuration is written, and a
//! second run changes nothing.
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

/// A private copy of a fixture folder.
fn copy_fixture(name: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    copy_dir(&fixtures().join(name), dir.path());
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
    assert_eq!(read(&dist.path().join(&loader)), TRUNK_LOADER);
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
    let before = snapshot(dist.path());

    let output = finalize(dist.path());
    assert!(!output.status.success(), "accepted {extra}");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains(message), "for {extra}: {stderr}");
    assert_eq!(snapshot(dist.path()), before, "a refused build must not be changed");
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
