//! From a request target (`/cy/station/S1?x=1`) to what to serve: a file under the
//! served folder, the app's `index.html` for an app route, or nothing. Anything that
//! could reach outside the folder is refused before the file system is touched.

use std::fs;
use std::path::{Component, Path, PathBuf};

use pollcard_core::http_headers::is_app_route;

/// Why a request path was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rejection {
    /// A `%` not followed by two hex digits, or bytes that are not UTF-8.
    BadEncoding,
    /// `..`, a backslash, a NUL or a drive prefix: an attempt to leave the folder.
    Traversal,
}

/// A decoded request path, as segments that are each one plain file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestPath {
    segments: Vec<String>,
    /// The decoded path joined with `/`, without a leading `/` (`cy/station/S1`).
    url_path: String,
    trailing_slash: bool,
}

impl RequestPath {
    /// Decodes the path part of a request target: the query and fragment are
    /// dropped, `%XX` escapes decoded, and every segment checked, after decoding, so
    /// `%2e%2e` and `%5c` are caught as surely as `..` and `\`.
    pub fn parse(target: &str) -> Result<RequestPath, Rejection> {
        let raw = path_only(target);
        if raw.contains('\\') {
            return Err(Rejection::Traversal);
        }
        let decoded = percent_decode(raw)?;
        let mut segments = Vec::new();
        for segment in decoded.split('/') {
            if segment.is_empty() || segment == "." {
                continue;
            }
            if !is_plain_name(segment) {
                return Err(Rejection::Traversal);
            }
            segments.push(segment.to_owned());
        }
        let url_path = segments.join("/");
        Ok(RequestPath { segments, url_path, trailing_slash: decoded.ends_with('/') })
    }

    /// The decoded path without a leading `/`.
    #[cfg(test)]
    pub fn url_path(&self) -> &str {
        &self.url_path
    }
}

/// What to send for a request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    /// A file; `url_path` is the path its headers are chosen by.
    File { fs_path: PathBuf, url_path: String },
    /// Nothing to send: 404.
    NotFound,
}

/// Resolves `path` against the folder `root`. A folder serves its `index.html`; an
/// app route (no extension) that is not a file serves the root `index.html`; a
/// missing path with an extension is not found — never the app, so a missing data
/// file is never parsed as HTML. Files reached through a symbolic link pointing out
/// of `root` are not found.
pub fn resolve(root: &Path, path: &RequestPath) -> Target {
    let mut fs_path = root.to_path_buf();
    fs_path.extend(&path.segments);
    if fs_path.is_dir() {
        let index = fs_path.join("index.html");
        if index.is_file() {
            let url_path = if path.url_path.is_empty() {
                "index.html".to_owned()
            } else {
                format!("{}/index.html", path.url_path)
            };
            return inside(root, index, url_path);
        }
    } else if fs_path.is_file() && !path.trailing_slash {
        return inside(root, fs_path, path.url_path.clone());
    }
    if is_app_route(&format!("/{}", path.url_path)) {
        let index = root.join("index.html");
        if index.is_file() {
            return inside(root, index, "index.html".to_owned());
        }
    }
    Target::NotFound
}

/// `fs_path` as a target if, with links followed, it is still inside `root`.
fn inside(root: &Path, fs_path: PathBuf, url_path: String) -> Target {
    match (fs::canonicalize(root), fs::canonicalize(&fs_path)) {
        (Ok(root), Ok(real)) if real.starts_with(&root) => Target::File { fs_path, url_path },
        _ => Target::NotFound,
    }
}

/// The path part of a request target: no query, no fragment; an absolute-form
/// target (`http://host/path`) loses its scheme and authority.
fn path_only(target: &str) -> &str {
    let end = target.find(['?', '#']).unwrap_or(target.len());
    let path = &target[..end];
    match path.split_once("://") {
        Some((_, rest)) => rest.find('/').map_or("/", |slash| &rest[slash..]),
        None => path,
    }
}

/// One segment that names a file directly inside its folder on every platform.
fn is_plain_name(segment: &str) -> bool {
    let forbidden = segment.contains(['\\', '\0']) || segment.chars().any(char::is_control) || segment == "..";
    let mut components = Path::new(segment).components();
    !forbidden && matches!(components.next(), Some(Component::Normal(_))) && components.next().is_none()
}

/// Decodes `%XX` escapes; the result must be UTF-8.
fn percent_decode(raw: &str) -> Result<String, Rejection> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3).ok_or(Rejection::BadEncoding)?;
            let text = std::str::from_utf8(hex).map_err(|_| Rejection::BadEncoding)?;
            out.push(u8::from_str_radix(text, 16).map_err(|_| Rejection::BadEncoding)?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).map_err(|_| Rejection::BadEncoding)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_and_drops_the_query() {
        let path = RequestPath::parse("/cy/station/S%31?postcode=AA1+1AA#top").expect("valid");
        assert_eq!(path.url_path(), "cy/station/S1");
        assert_eq!(RequestPath::parse("/T%C5%B7%20Gwyn").expect("valid").url_path(), "Tŷ Gwyn");
        assert_eq!(RequestPath::parse("http://127.0.0.1:8080/a/b").expect("valid").url_path(), "a/b");
        assert_eq!(RequestPath::parse("//a/./b/").expect("valid").url_path(), "a/b");
    }

    #[test]
    fn traversal_is_refused_however_it_is_spelt() {
        for target in [
            "/../etc/passwd",
            "/data/../../secret",
            "/%2e%2e/secret",
            "/%2E%2E%2Fsecret",
            "/..%2fsecret",
            "/a\\..\\secret",
            "/a%5c..%5csecret",
            "/a%00b",
        ] {
            assert_eq!(RequestPath::parse(target), Err(Rejection::Traversal), "{target}");
        }
    }

    #[test]
    fn broken_escapes_are_refused() {
        for target in ["/%", "/%4", "/%zz", "/%ff"] {
            assert_eq!(RequestPath::parse(target), Err(Rejection::BadEncoding), "{target}");
        }
    }
}
