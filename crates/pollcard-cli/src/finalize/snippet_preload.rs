//! Trunk preloads wasm-bindgen's JavaScript snippets (`snippets/…`, here the app's
//! offline bridge) with `<link rel="modulepreload" … integrity="sha384-…">`. With that
//! `integrity` attribute Debian's Chromium 156 now and then never runs the app at all:
//! the snippet loads, the wasm is never requested, no error is reported (2 cold loads
//! in 6 in our measurements; 0 in 6 without it). The attribute adds nothing here —
//! the files are same-origin and every one is listed with its SHA-256 in the signed
//! release manifest — so it is removed from snippet preloads, and only from them.

/// `html` with `integrity="…"` removed from every `<link rel="modulepreload">` whose
/// `href` points into `{public_url}snippets/`.
pub fn without_snippet_integrity(html: &str, public_url: &str) -> String {
    let snippet_href = format!("href=\"{public_url}snippets/");
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(start) = rest.find("<link ") {
        let Some(length) = rest[start..].find('>') else { break };
        let tag = &rest[start..start + length + 1];
        out.push_str(&rest[..start]);
        if tag.contains("rel=\"modulepreload\"") && tag.contains(&snippet_href) {
            out.push_str(&remove_attribute(tag, " integrity=\""));
        } else {
            out.push_str(tag);
        }
        rest = &rest[start + length + 1..];
    }
    out.push_str(rest);
    out
}

fn remove_attribute(tag: &str, opening: &str) -> String {
    let Some(start) = tag.find(opening) else { return tag.to_owned() };
    let value_start = start + opening.len();
    match tag[value_start..].find('"') {
        Some(end) => format!("{}{}", &tag[..start], &tag[value_start + end + 1..]),
        None => tag.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_snippet_preloads_lose_their_integrity() {
        let html = "<head><link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-A\">\
<link rel=\"modulepreload\" href=\"/snippets/pollcard-9/src/offline/bridge.js\" crossorigin=\"anonymous\" integrity=\"sha384-B\">\
<link rel=\"stylesheet\" href=\"/snippets/x.css\" integrity=\"sha384-C\"></head>";
        let cleaned = without_snippet_integrity(html, "/");
        assert!(cleaned.contains("href=\"/app-1.js\" crossorigin=\"anonymous\" integrity=\"sha384-A\">"));
        assert!(cleaned.contains("href=\"/snippets/pollcard-9/src/offline/bridge.js\" crossorigin=\"anonymous\">"));
        assert!(cleaned.contains("integrity=\"sha384-C\""));
        assert_eq!(without_snippet_integrity(&cleaned, "/"), cleaned);
        assert_eq!(without_snippet_integrity("<p>no links</p>", "/"), "<p>no links</p>");
    }
}
