//! Moving inline scripts into content-addressed files, and finding any inline code
//! that is left — the two halves of making `index.html` pass the strict CSP
//! (`script-src 'self'`, `style-src 'self'`: no inline script, style or handler).

use std::fmt;

use sha2::{Digest, Sha256};

use super::html_scan::{scan, Element, ScanError};
use super::FinalizeError;

/// A script moved out of the page, to be written beside it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoaderFile {
    /// `loader-<16 hex of SHA-256>.js`.
    pub name: String,
    pub contents: String,
}

/// The page with its inline scripts replaced by `<script src>`, and the new files.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Externalized {
    pub html: String,
    pub loaders: Vec<LoaderFile>,
}

/// Replaces every inline JavaScript `<script>` (classic or module) in `html` with one
/// that loads the same code from `{public_url}loader-<hash>.js`, keeping its other
/// attributes (`type="module"`, `defer`…) and dropping `nonce`, which trunk fills with
/// a fixed placeholder and which a `'self'` policy does not need. An inline script of
/// another type (an import map, JSON data) cannot be moved and is an error.
pub fn externalize_scripts(html: &str, public_url: &str) -> Result<Externalized, FinalizeError> {
    let mut out = String::with_capacity(html.len());
    let mut loaders: Vec<LoaderFile> = Vec::new();
    let mut copied_to = 0;
    for element in scan(html)? {
        let Some(text) = inline_script_text(html, &element) else {
            continue;
        };
        if !is_javascript(&element) {
            let script_type = element.attribute("type").and_then(|a| a.value.clone()).unwrap_or_default();
            return Err(FinalizeError::UnmovableScript { line: element.line, script_type });
        }
        let name = loader_name(text);
        out.push_str(&html[copied_to..element.whole.start]);
        out.push_str("<script");
        for attribute in &element.attributes {
            if attribute.name != "nonce" {
                out.push(' ');
                out.push_str(&html[attribute.span.clone()]);
            }
        }
        out.push_str(&format!(" src=\"{public_url}{name}\"></script>"));
        copied_to = element.whole.end;
        if !loaders.iter().any(|loader| loader.name == name) {
            loaders.push(LoaderFile { name, contents: text.to_owned() });
        }
    }
    out.push_str(&html[copied_to..]);
    Ok(Externalized { html: out, loaders })
}

/// Inline code the CSP would block.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Violation {
    InlineScript { line: usize },
    StyleElement { line: usize },
    StyleAttribute { line: usize, element: String },
    EventHandler { line: usize, element: String, attribute: String },
    JavascriptUrl { line: usize, element: String, attribute: String },
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Violation::InlineScript { line } => write!(f, "line {line}: an inline <script> (no src)"),
            Violation::StyleElement { line } => write!(f, "line {line}: a <style> element; use a stylesheet file"),
            Violation::StyleAttribute { line, element } => {
                write!(f, "line {line}: a style=\"…\" attribute on <{element}>; use a class")
            }
            Violation::EventHandler { line, element, attribute } => {
                write!(f, "line {line}: an inline event handler {attribute}=\"…\" on <{element}>")
            }
            Violation::JavascriptUrl { line, element, attribute } => {
                write!(f, "line {line}: a javascript: URL in {attribute} on <{element}>")
            }
        }
    }
}

/// Every piece of inline code in `html`, in document order.
pub fn inline_code_violations(html: &str) -> Result<Vec<Violation>, ScanError> {
    let mut violations = Vec::new();
    for element in scan(html)? {
        let line = element.line;
        if inline_script_text(html, &element).is_some() {
            violations.push(Violation::InlineScript { line });
        }
        if element.name == "style" {
            violations.push(Violation::StyleElement { line });
        }
        for attribute in &element.attributes {
            let name = attribute.name.as_str();
            let element_name = element.name.clone();
            if name == "style" {
                violations.push(Violation::StyleAttribute { line, element: element_name });
            } else if is_event_handler(name) {
                violations.push(Violation::EventHandler { line, element: element_name, attribute: name.into() });
            } else if matches!(name, "href" | "src" | "action" | "formaction" | "xlink:href")
                && attribute.value.as_deref().is_some_and(is_javascript_url)
            {
                violations.push(Violation::JavascriptUrl { line, element: element_name, attribute: name.into() });
            }
        }
    }
    Ok(violations)
}

/// The text of a `<script>` without `src` — any such script is inline, even an empty
/// one, because the policy judges the element, not its length.
fn inline_script_text<'a>(html: &'a str, element: &Element) -> Option<&'a str> {
    if element.name != "script" || element.attribute("src").is_some() {
        return None;
    }
    element.raw_text.clone().map(|range| &html[range])
}

/// Whether the browser would run this script as JavaScript (HTML's rule: no type, an
/// empty type, `module`, or a JavaScript MIME type).
fn is_javascript(element: &Element) -> bool {
    let Some(value) = element.attribute("type").and_then(|a| a.value.as_deref()) else {
        return true;
    };
    let essence = value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    essence.is_empty()
        || essence == "module"
        || matches!(
            essence.as_str(),
            "text/javascript"
                | "application/javascript"
                | "application/ecmascript"
                | "application/x-ecmascript"
                | "application/x-javascript"
                | "text/ecmascript"
                | "text/jscript"
                | "text/livescript"
                | "text/x-ecmascript"
                | "text/x-javascript"
        )
        || (essence.starts_with("text/javascript1.") && essence.len() == "text/javascript1.0".len())
}

/// `onload`, `onclick`…: `on` followed by letters.
fn is_event_handler(name: &str) -> bool {
    name.len() > 2 && name.starts_with("on") && name[2..].bytes().all(|b| b.is_ascii_alphabetic())
}

/// A URL that runs code, ignoring the leading spaces and case browsers ignore.
fn is_javascript_url(value: &str) -> bool {
    let compact: String = value.chars().filter(|c| !c.is_ascii_whitespace() && !c.is_control()).take(11).collect();
    compact.to_ascii_lowercase().starts_with("javascript:")
}

/// Whether `name` (relative to the output folder) is a loader this step wrote.
pub fn is_loader_name(name: &str) -> bool {
    name.strip_prefix("loader-")
        .and_then(|rest| rest.strip_suffix(".js"))
        .is_some_and(|hex| hex.len() == 16 && hex.bytes().all(|byte| byte.is_ascii_hexdigit()))
}

/// `loader-` and the first 16 hex digits of the SHA-256 of the script.
fn loader_name(contents: &str) -> String {
    let digest = Sha256::digest(contents.as_bytes());
    let hex: String = digest.iter().take(8).map(|byte| format!("{byte:02x}")).collect();
    format!("loader-{hex}.js")
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_BODY: &str = "<body>\n<script type=\"module\" nonce=\"{{__TRUNK NONCE__}}\">\nimport init, * as bindings from '/pollcard-app-0123456789abcdef.js';\nconst wasm = await init({ module_or_path: '/pollcard-app-0123456789abcdef_bg.wasm' });\n\n\nwindow.wasmBindings = bindings;\n\n\ndispatchEvent(new CustomEvent(\"TrunkApplicationStarted\", {detail: {wasm}}));\n\n</script></body>";

    #[test]
    fn trunk_loader_moves_to_a_hashed_file() {
        let done = externalize_scripts(TRUNK_BODY, "/").expect("moves");
        assert_eq!(done.loaders.len(), 1);
        let loader = &done.loaders[0];
        assert!(loader.contents.contains("TrunkApplicationStarted"));
        assert!(loader.contents.starts_with("\nimport init"));
        // SHA-256 of the exact script text, first 16 hex digits.
        let expected = format!("{:x}", Sha256::digest(loader.contents.as_bytes()));
        assert_eq!(loader.name, format!("loader-{}.js", &expected[..16]));
        assert_eq!(done.html, format!("<body>\n<script type=\"module\" src=\"/{}\"></script></body>", loader.name));
        assert_eq!(inline_code_violations(&done.html), Ok(vec![]));
    }

    #[test]
    fn public_url_prefix_and_other_attributes_are_kept() {
        let html = "<script defer data-x='1'>a()</script><script type=module>b()</script>";
        let done = externalize_scripts(html, "/pollcard/").expect("moves");
        assert_eq!(done.loaders.len(), 2);
        assert!(done.html.starts_with(&format!(
            "<script defer data-x='1' src=\"/pollcard/{}\"></script><script type=module src=",
            done.loaders[0].name
        )));
        assert_ne!(done.loaders[0].name, done.loaders[1].name);
    }

    #[test]
    fn identical_scripts_share_one_file_and_external_ones_stay() {
        let html = "<script src=\"/a.js\"></script><script>x()</script><script>x()</script>";
        let done = externalize_scripts(html, "/").expect("moves");
        assert_eq!(done.loaders.len(), 1);
        assert!(done.html.starts_with("<script src=\"/a.js\"></script>"));
        assert_eq!(done.html.matches(&done.loaders[0].name).count(), 2);
    }

    #[test]
    fn data_blocks_and_import_maps_cannot_move() {
        let error = externalize_scripts("<p>\n<script type=\"importmap\">{}</script>", "/").expect_err("refused");
        assert!(
            matches!(error, FinalizeError::UnmovableScript { line: 2, ref script_type } if script_type == "importmap")
        );
    }

    #[test]
    fn finds_every_kind_of_inline_code() {
        let html = "<html>\n<style>p{}</style>\n<body onload=\"go()\">\n<div STYLE=\"color:red\"></div>\n\
                    <a href=\" JavaScript:alert(1)\">x</a><img src=x onerror=alert(1)>\n<script></script>";
        let violations = inline_code_violations(html).expect("scans");
        let lines: Vec<String> = violations.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            [
                "line 2: a <style> element; use a stylesheet file",
                "line 3: an inline event handler onload=\"…\" on <body>",
                "line 4: a style=\"…\" attribute on <div>; use a class",
                "line 5: a javascript: URL in href on <a>",
                "line 5: an inline event handler onerror=\"…\" on <img>",
                "line 6: an inline <script> (no src)",
            ]
        );
    }

    #[test]
    fn look_alikes_are_not_violations() {
        let html = "<link rel=stylesheet href=\"/style-0123456789abcdef.css\"><p data-style=\"x\" data-onload=\"y\">\
                    styles and onload= in text</p><a href=\"/javascript-guide\">x</a>";
        assert_eq!(inline_code_violations(html), Ok(vec![]));
    }
}
