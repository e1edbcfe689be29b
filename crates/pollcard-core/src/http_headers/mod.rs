//! The HTTP headers Pollcard's files must be served with in production: one table,
//! used by the CLI's test server (`pollcard serve`) and written out as host
//! configuration (`_headers` for Netlify and Cloudflare Pages, an nginx snippet) by
//! `pollcard finalize-dist`, so that tests, local serving and every host agree.
//!
//! - [`security_headers`]: sent on every response (the strict CSP and friends).
//! - [`cache_control_for`]: content-addressed files are immutable for a year; every
//!   other file (the HTML shell, the service worker, manifests, data, catalogues)
//!   must be revalidated, so a new release or a new bundle is seen at once.
//! - [`content_type_for`]: the media type by extension (`application/wasm` matters:
//!   browsers only stream-compile wasm served with it).
//! - [`is_app_route`]: which missing paths fall back to the app's `index.html`.
//! - [`headers_for`]: all of the above for one path.
//! - [`netlify_headers_file`] and [`nginx_snippet`]: the same table as host config.
//!
//! Paths are URL paths relative to the site root, with `/` separators; a leading `/`
//! is optional (`index.html` and `/index.html` are the same file).

mod host_config;
mod table;

pub use host_config::{netlify_headers_file, nginx_snippet, HEADERS_FILE, NGINX_SNIPPET_FILE};
pub use table::{
    cache_control_for, cache_policy_for, content_type_for, is_app_route, is_content_addressed, security_headers,
    CachePolicy, APP_ROUTE_EXTENSION_REGEX, CONTENT_ADDRESSED_REGEX, CONTENT_SECURITY_POLICY, CONTENT_TYPES,
    DEFAULT_CONTENT_TYPE, IMMUTABLE_CACHE_CONTROL, REVALIDATE_CACHE_CONTROL,
};

/// A response header: name and value.
pub type Header = (&'static str, &'static str);

/// Every header a file at `path` is served with: the security headers, then
/// `Cache-Control`, then `Content-Type`.
pub fn headers_for(path: &str) -> Vec<Header> {
    let mut headers = security_headers().to_vec();
    headers.push(("Cache-Control", cache_control_for(path)));
    headers.push(("Content-Type", content_type_for(path)));
    headers
}

/// Headers for a response that is not a file — a plain-text error such as 404 or
/// 405: the security headers, never cached, plain text. An error page must not be
/// cached as if it were the file that is missing.
pub fn error_headers() -> Vec<Header> {
    let mut headers = security_headers().to_vec();
    headers.push(("Cache-Control", REVALIDATE_CACHE_CONTROL));
    headers.push(("Content-Type", "text/plain; charset=utf-8"));
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    fn value<'a>(headers: &'a [Header], name: &str) -> Option<&'a str> {
        headers.iter().find(|(n, _)| n.eq_ignore_ascii_case(name)).map(|(_, v)| *v)
    }

    #[test]
    fn hashed_wasm_gets_everything() {
        let headers = headers_for("/pollcard-app-0123456789abcdef_bg.wasm");
        assert_eq!(value(&headers, "Content-Type"), Some("application/wasm"));
        assert_eq!(value(&headers, "Cache-Control"), Some("public, max-age=31536000, immutable, no-transform"));
        assert_eq!(value(&headers, "Content-Security-Policy"), Some(CONTENT_SECURITY_POLICY));
        assert_eq!(value(&headers, "X-Content-Type-Options"), Some("nosniff"));
    }

    #[test]
    fn index_is_revalidated_html() {
        let headers = headers_for("index.html");
        assert_eq!(value(&headers, "Content-Type"), Some("text/html; charset=utf-8"));
        assert_eq!(value(&headers, "Cache-Control"), Some("no-cache"));
        assert_eq!(headers.len(), security_headers().len() + 2);
    }

    #[test]
    fn errors_are_plain_uncached_and_still_secured() {
        let headers = error_headers();
        assert_eq!(value(&headers, "Content-Type"), Some("text/plain; charset=utf-8"));
        assert_eq!(value(&headers, "Cache-Control"), Some("no-cache"));
        assert_eq!(value(&headers, "Referrer-Policy"), Some("no-referrer"));
    }
}
