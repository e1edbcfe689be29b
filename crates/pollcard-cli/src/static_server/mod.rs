//! A small static file server for tests and local previews (`pollcard serve`): it
//! sends every response with the production headers from
//! `pollcard_core::http_headers`, so what the browser tests see is what a correctly
//! configured host sends. `GET` and `HEAD` only; app routes fall back to
//! `index.html`; missing files are plain-text 404s.
//!
//! Each request is logged to stderr as one line — method, path without the query,
//! status — so tests can count requests. Request bodies are never read or logged.

mod request_path;

use std::fs::File;
use std::io::{self, Read, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::thread;

use pollcard_core::http_headers::{error_headers, headers_for};
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

use request_path::{RequestPath, Target};

/// Requests answered at once; more wait in tiny_http's queue. File responses are
/// small and local, so a handful of workers keeps a browser's parallel fetches fast.
const WORKERS: usize = 8;

/// A bound server, ready to run.
pub struct StaticServer {
    server: Arc<Server>,
    root: PathBuf,
    address: SocketAddr,
}

impl StaticServer {
    /// Binds to `address` (port 0 picks a free port) to serve the folder `root`.
    pub fn bind(root: &Path, address: SocketAddr) -> anyhow::Result<StaticServer> {
        anyhow::ensure!(root.is_dir(), "{} is not a folder", root.display());
        let server = Server::http(address).map_err(|error| anyhow::anyhow!("cannot listen on {address}: {error}"))?;
        let address = server.server_addr().to_ip().unwrap_or(address);
        Ok(StaticServer { server: Arc::new(server), root: root.to_path_buf(), address })
    }

    /// The address actually bound.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Answers requests until the process is stopped.
    pub fn run(self) {
        let root = Arc::new(self.root);
        let workers: Vec<_> = (0..WORKERS)
            .map(|_| {
                let server = Arc::clone(&self.server);
                let root = Arc::clone(&root);
                thread::spawn(move || {
                    for request in server.incoming_requests() {
                        answer(&root, request);
                    }
                })
            })
            .collect();
        for worker in workers {
            // A worker only ends if the listener closes; nothing to report either way.
            let _ = worker.join();
        }
    }
}

/// A response whose body is a file or a short text.
type Reply = Response<Box<dyn Read + Send>>;

/// Answers one request. The log line is written before the reply is sent, so a client
/// that has its answer can rely on the line being there (tests count them).
fn answer(root: &Path, request: Request) {
    let (status, reply) = match request.method() {
        Method::Get | Method::Head => reply_for(root, request.url()),
        _ => {
            let mut headers = error_headers();
            headers.push(("Allow", "GET, HEAD"));
            (405, text_reply(405, "Method not allowed\n", &headers))
        }
    };
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "{} {} {status}", request.method(), loggable_path(request.url()));
    drop(stderr);
    if let Err(error) = request.respond(reply) {
        eprintln!("  (reply not completed: {error})");
    }
}

/// The reply to a `GET` or `HEAD` for `target` (tiny_http leaves out the body of a
/// `HEAD` reply but keeps its `Content-Length`).
fn reply_for(root: &Path, target: &str) -> (u16, Reply) {
    let Ok(path) = RequestPath::parse(target) else {
        return (400, text_reply(400, "Bad request\n", &error_headers()));
    };
    let Target::File { fs_path, url_path } = request_path::resolve(root, &path) else {
        return (404, text_reply(404, "Not found\n", &error_headers()));
    };
    match File::open(&fs_path).and_then(|file| Ok((file.metadata()?.len(), file))) {
        Ok((length, file)) => {
            let length = usize::try_from(length).unwrap_or(usize::MAX);
            let headers = to_headers(&headers_for(&url_path));
            let body: Box<dyn Read + Send> = Box::new(file);
            (200, Response::new(StatusCode(200), headers, body, Some(length), None).with_chunked_threshold(usize::MAX))
        }
        Err(_) => (404, text_reply(404, "Not found\n", &error_headers())),
    }
}

fn text_reply(status: u16, body: &'static str, headers: &[(&'static str, &'static str)]) -> Reply {
    let reader: Box<dyn Read + Send> = Box::new(body.as_bytes());
    Response::new(StatusCode(status), to_headers(headers), reader, Some(body.len()), None)
}

fn to_headers(headers: &[(&'static str, &'static str)]) -> Vec<Header> {
    let mut out: Vec<Header> =
        headers.iter().filter_map(|(name, value)| Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()).collect();
    out.extend(Header::from_bytes(&b"Server"[..], &b"pollcard"[..]));
    out
}

/// The request path for the log: no query string or fragment (they could hold
/// anything a page put there), control characters escaped so one request is one line.
fn loggable_path(target: &str) -> String {
    let end = target.find(['?', '#']).unwrap_or(target.len());
    target[..end].chars().flat_map(|c| if c.is_control() { c.escape_default().collect() } else { vec![c] }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_paths_have_no_query_and_one_line() {
        assert_eq!(loggable_path("/station/S1?postcode=AA11AA"), "/station/S1");
        assert_eq!(loggable_path("/a#b?c"), "/a");
        assert_eq!(loggable_path("/a\nGET /forged 200"), "/a\\nGET /forged 200");
    }
}
