//! Trunk adds `<link rel="modulepreload" … integrity="…">` for the app's JavaScript
//! glue and for wasm-bindgen's snippets (here the offline bridge). With those links,
//! Debian's Chromium 156 now and then never runs the app: the modules load, the wasm
//! is never requested, and no error is reported (about 1 cold load in 8 in our
//! measurements, 2 in 6 with integrity on the snippet; 0 in 30 without the links).
//! The loader imports the same modules a moment later anyway, from the same origin,
//! and every file is listed with its SHA-256 in the signed release manifest, so the
//! links are removed. The wasm's own `rel="preload"` stays. Trunk's minified page
//! writes attributes unquoted (`rel=modulepreload`), so every quoting is matched.

/// `html` without any `<link rel="modulepreload" …>` element.
pub fn without_module_preloads(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let Some(length) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        if !is_module_preload(tag) {
            out.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

/// Whether the `<link …>` tag's `rel` is `modulepreload`, quoted or not.
fn is_module_preload(tag: &str) -> bool {
    ["rel=\"modulepreload\"", "rel='modulepreload'"].iter().any(|rel| tag.contains(rel))
        || tag
            .match_indices("rel=modulepreload")
            .any(|(at, rel)| matches!(tag[at + rel.len()..].chars().next(), Some(' ' | '>' | '/' | '\t' | '\n')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_preloads_go_and_nothing_else_does() {
        let html = "<head><link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-A\">\
<link rel=\"modulepreload\" href=\"/snippets/pollcard-9/src/offline/bridge.js\" crossorigin=\"anonymous\" integrity=\"sha384-B\">\
<link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\"><link rel=\"stylesheet\" href=\"/main.css\"></head>";
        let cleaned = without_module_preloads(html);
        assert_eq!(
            cleaned,
            "<head><link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\"><link rel=\"stylesheet\" href=\"/main.css\"></head>"
        );
        assert_eq!(without_module_preloads(&cleaned), cleaned);
        assert_eq!(without_module_preloads("<p>no links</p>"), "<p>no links</p>");
    }

    #[test]
    fn minified_unquoted_module_preloads_go_too() {
        let html = "<link crossorigin href=/app-1.js integrity=sha384-A rel=modulepreload>\
<link href=/b.js rel='modulepreload'><link as=fetch href=/app-1_bg.wasm rel=preload type=application/wasm>\
<link href=/x rel=modulepreloadish>";
        assert_eq!(
            without_module_preloads(html),
            "<link as=fetch href=/app-1_bg.wasm rel=preload type=application/wasm><link href=/x rel=modulepreloadish>"
        );
    }
}
