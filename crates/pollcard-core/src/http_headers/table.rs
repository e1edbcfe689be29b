//! The table itself: security headers, cache policy by name, media type by
//! extension, and the app-route rule.

/// The Content-Security-Policy from `security.md`. No inline script or style at all
/// (the build moves trunk's inline loader into a file, see `pollcard finalize-dist`);
/// `'wasm-unsafe-eval'` is the one exception, needed to compile the app's wasm.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; base-uri 'none'; object-src 'none'; form-action 'self'; frame-ancestors 'none'";

/// Sent on every response, files and errors alike.
const SECURITY_HEADERS: [(&str, &str); 6] = [
    ("Content-Security-Policy", CONTENT_SECURITY_POLICY),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("Permissions-Policy", "geolocation=(self), camera=(), microphone=()"),
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
];

/// `Cache-Control` for content-addressed files: their bytes can never change under
/// the same name, so caches keep them for a year without asking again, and
/// `no-transform` stops proxies recompressing wasm (which would break its hash).
pub const IMMUTABLE_CACHE_CONTROL: &str = "public, max-age=31536000, immutable, no-transform";

/// `Cache-Control` for every other file: caches may keep a copy but must check with
/// the server before each use, so a new release, bundle or catalogue shows at once.
pub const REVALIDATE_CACHE_CONTROL: &str = "no-cache";

/// The media type of a file whose extension is not in [`CONTENT_TYPES`]. With
/// `nosniff`, browsers will not run or render it.
pub const DEFAULT_CONTENT_TYPE: &str = "application/octet-stream";

/// Media type by lower-case extension. Textual types carry `charset=utf-8` so that
/// Welsh text (ŵ, ŷ) is never decoded as Latin-1.
pub const CONTENT_TYPES: [(&str, &str); 13] = [
    ("html", "text/html; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("mjs", "text/javascript; charset=utf-8"),
    ("wasm", "application/wasm"),
    ("css", "text/css; charset=utf-8"),
    ("json", "application/json; charset=utf-8"),
    ("webmanifest", "application/manifest+json; charset=utf-8"),
    ("svg", "image/svg+xml; charset=utf-8"),
    ("png", "image/png"),
    ("ico", "image/x-icon"),
    ("txt", "text/plain; charset=utf-8"),
    // Fluent catalogues: plain text for browsers, parsed by the app.
    ("ftl", "text/plain; charset=utf-8"),
    ("xml", "application/xml; charset=utf-8"),
];

/// The content-addressed file-name rule as a PCRE/`regex` pattern over a URL path, for
/// host configuration. It must agree with [`is_content_addressed`] (tested).
pub const CONTENT_ADDRESSED_REGEX: &str = "[^/]-[0-9a-f]{16,}(?:_bg)?\\.[A-Za-z0-9]+$";

/// The security headers, in the order they are sent.
pub fn security_headers() -> &'static [(&'static str, &'static str)] {
    &SECURITY_HEADERS
}

/// How long a file may be cached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CachePolicy {
    /// Content-addressed: cache for a year, never revalidate.
    Immutable,
    /// Everything else: revalidate on every use.
    Revalidate,
}

impl CachePolicy {
    /// The `Cache-Control` value for this policy.
    pub fn cache_control(self) -> &'static str {
        match self {
            CachePolicy::Immutable => IMMUTABLE_CACHE_CONTROL,
            CachePolicy::Revalidate => REVALIDATE_CACHE_CONTROL,
        }
    }
}

/// The cache policy for the file at `path`.
pub fn cache_policy_for(path: &str) -> CachePolicy {
    if is_content_addressed(path) {
        CachePolicy::Immutable
    } else {
        CachePolicy::Revalidate
    }
}

/// The `Cache-Control` value for the file at `path`.
pub fn cache_control_for(path: &str) -> &'static str {
    cache_policy_for(path).cache_control()
}

/// The `Content-Type` value for the file at `path`, by its extension (any case).
pub fn content_type_for(path: &str) -> &'static str {
    let Some(extension) = extension(file_name(path)) else {
        return DEFAULT_CONTENT_TYPE;
    };
    CONTENT_TYPES
        .iter()
        .find(|(known, _)| known.eq_ignore_ascii_case(extension))
        .map_or(DEFAULT_CONTENT_TYPE, |(_, content_type)| content_type)
}

/// True when the file's name carries a hash of its content, so its bytes can never
/// change: a `-` then at least 16 lower-case hex digits, then optionally `_bg`, just
/// before the extension. That is how trunk names the app's JS, wasm and CSS
/// (`pollcard-app-0123456789abcdef_bg.wasm`, `style-0123456789abcdef.css`) and how
/// `pollcard finalize-dist` names the loader (`loader-0123456789abcdef.js`).
///
/// Trunk prints its 64-bit hash without leading zeros, so about one build in sixteen
/// gets a 15-digit name; such a file is then merely revalidated, which is safe. The
/// reverse mistake — calling a mutable file immutable — is the one to avoid, hence
/// the strict 16-digit floor.
pub fn is_content_addressed(path: &str) -> bool {
    let name = file_name(path);
    let Some(extension) = extension(name) else {
        return false;
    };
    let stem = &name[..name.len() - extension.len() - 1];
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((before, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    !before.is_empty() && hash.len() >= 16 && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// True when a request for `path` that matches no file should get the app's
/// `index.html` (a route the app draws itself, such as `/station/S1` or `/cy`), and
/// false when it should get a 404: a path whose last segment has an extension names a
/// file, and a missing file must never be answered with HTML (the app would try to
/// parse a missing data file as the shell page).
///
/// An extension is a dot, a letter, then letters or digits (`.json`, `.mp4`): station
/// ids come from council data and may hold dots, so `/station/12.1` is still a route.
/// [`APP_ROUTE_EXTENSION_REGEX`] says the same for host configuration.
pub fn is_app_route(path: &str) -> bool {
    let last = path.trim_end_matches('/').rsplit('/').next().unwrap_or_default();
    match last.rsplit_once('.') {
        Some((_, extension)) => !is_file_extension(extension),
        None => true,
    }
}

/// A path that names a file (not an app route), as a PCRE/`regex` pattern; it must
/// agree with [`is_app_route`] (tested).
pub const APP_ROUTE_EXTENSION_REGEX: &str = "\\.[A-Za-z][A-Za-z0-9]*$";

fn is_file_extension(extension: &str) -> bool {
    extension.bytes().next().is_some_and(|b| b.is_ascii_alphabetic())
        && extension.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// The last segment of a path.
fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The extension of a file name (after its last dot), if it is non-empty and ASCII
/// alphanumeric.
fn extension(name: &str) -> Option<&str> {
    let (_, extension) = name.rsplit_once('.')?;
    (!extension.is_empty() && extension.bytes().all(|b| b.is_ascii_alphanumeric())).then_some(extension)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_and_loader_names_are_content_addressed() {
        for path in [
            "/pollcard-app-0123456789abcdef_bg.wasm",
            "pollcard-app-0123456789abcdef.js",
            "/style-fedcba9876543210.css",
            "/loader-00ff00ff00ff00ff.js",
            "/assets/icon-0123456789abcdef0123.png",
        ] {
            assert!(is_content_addressed(path), "{path}");
            assert_eq!(cache_control_for(path), IMMUTABLE_CACHE_CONTROL, "{path}");
        }
    }

    #[test]
    fn everything_else_is_revalidated() {
        for path in [
            "/",
            "/index.html",
            "/sw.js",
            "/manifest.webmanifest",
            "/data/bundle.json",
            "/data/postcodes/AA.json",
            "/i18n/cy.ftl",
            // 15 hex digits: not enough.
            "/pollcard-app-123456789abcdef.js",
            // Upper-case or non-hex "hashes" are names, not hashes.
            "/style-0123456789ABCDEF.css",
            "/style-0123456789abcdeg.css",
            // The hash must sit right before the extension.
            "/pollcard-app-0123456789abcdef.min.js",
            "/0123456789abcdef0123.js",
            "/-0123456789abcdef.js",
            "/loader-0123456789abcdef",
            "/dir-0123456789abcdef/index.html",
        ] {
            assert!(!is_content_addressed(path), "{path}");
            assert_eq!(cache_control_for(path), "no-cache", "{path}");
        }
    }

    /// The installable app's files (written by `pollcard finalize-dist`) are not
    /// content-addressed, so a new release's manifests and icons are seen at once.
    #[test]
    fn manifests_and_icons_are_revalidated_with_their_types() {
        for path in ["/manifest.en.webmanifest", "/manifest.cy.webmanifest"] {
            assert_eq!(cache_control_for(path), "no-cache", "{path}");
            assert_eq!(content_type_for(path), "application/manifest+json; charset=utf-8", "{path}");
        }
        for path in ["/icons/icon-192.png", "/icons/icon-512.png", "/icons/maskable-192.png", "/icons/maskable-512.png"]
        {
            assert_eq!(cache_control_for(path), "no-cache", "{path}");
            assert_eq!(content_type_for(path), "image/png", "{path}");
        }
        assert_eq!(content_type_for("/icons/app-icon-maskable.svg"), "image/svg+xml; charset=utf-8");
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type_for("/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type_for("/a.JS"), "text/javascript; charset=utf-8");
        assert_eq!(content_type_for("/a.mjs"), "text/javascript; charset=utf-8");
        assert_eq!(content_type_for("/x_bg.wasm"), "application/wasm");
        assert_eq!(content_type_for("/manifest.webmanifest"), "application/manifest+json; charset=utf-8");
        assert_eq!(content_type_for("/i18n/cy.ftl"), "text/plain; charset=utf-8");
        assert_eq!(content_type_for("/icon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(content_type_for("/icon-192.png"), "image/png");
        assert_eq!(content_type_for("/data/x.json"), "application/json; charset=utf-8");
        assert_eq!(content_type_for("/archive.tar.gz"), DEFAULT_CONTENT_TYPE);
        assert_eq!(content_type_for("/LICENSE"), DEFAULT_CONTENT_TYPE);
        assert_eq!(content_type_for("/dir.d/file"), DEFAULT_CONTENT_TYPE);
    }

    #[test]
    fn every_textual_type_says_utf8() {
        for (extension, content_type) in CONTENT_TYPES {
            let textual = content_type.starts_with("text/")
                || content_type.contains("json")
                || content_type.contains("xml")
                || content_type.contains("svg");
            assert_eq!(textual, content_type.ends_with("; charset=utf-8"), "{extension}");
        }
    }

    #[test]
    fn app_routes_fall_back_and_files_do_not() {
        for path in [
            "/",
            "/station/S1",
            "/cy/station/S1",
            "/privacy",
            "/cy",
            "/cy/",
            "/v1.2/about",
            "/station/12.1",
            "/station/S1.",
            "/.well-known",
        ] {
            assert!(is_app_route(path), "{path}");
        }
        for path in ["/data/postcodes/ZZ.json", "/missing.js", "/favicon.ico", "/a.mp4", "/.well-known/security.txt"] {
            assert!(!is_app_route(path), "{path}");
        }
    }

    #[test]
    fn csp_is_exactly_the_documented_policy() {
        let directives: Vec<_> = CONTENT_SECURITY_POLICY.split("; ").collect();
        assert_eq!(
            directives,
            [
                "default-src 'none'",
                "script-src 'self' 'wasm-unsafe-eval'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "manifest-src 'self'",
                "worker-src 'self'",
                "base-uri 'none'",
                "object-src 'none'",
                "form-action 'self'",
                "frame-ancestors 'none'",
            ]
        );
        assert!(!CONTENT_SECURITY_POLICY.contains("unsafe-inline"));
    }
}
