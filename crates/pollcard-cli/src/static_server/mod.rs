//! A small static file server for tests and local previews (`pollcard serve`): it
//! sends every response with the production headers from
//! `pollcard_core::http_headers`, so what the browser tests see is what a correctly
//! configured host sends. `GET` and `HEAD` only; app routes fall back to
//! `index.html`; missing files are plain-text 404s.
//!
//! HTTP/1.1 with keep-alive, one thread per open connection (see `MAX_CONNECTIONS`).
//! Each request is logged to stderr as one line — method, path without the query,
//! status — so tests can count requests. Request bodies are never used or logged: a
//! request with a body is answered and the connection closed, its body discarded.

mod http;
mod request_path;

use std::fs::File;
use std::io::{self, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::thread;
use std::time::{Duration, Instant};

use pollcard_core::http_headers::{error_headers, headers_for};

use http::{ReadError, RequestHead};
use request_path::{RequestPath, Target};

/// Connections served at once. Each has its own thread for as long as it is open,
/// so a browser's idle keep-alive connections can never hold up a new one (a pooled
/// design that shared threads between connections left a service worker's fetch
/// unanswered behind idle ones). Past this, a new connection gets a 503 and is
/// closed; a browser opens six per origin, so the limit is only a guard.
const MAX_CONNECTIONS: usize = 256;

/// An idle keep-alive connection is closed after this long; so is one that stops
/// sending halfway through a request.
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

/// A bound server, ready to run.
pub struct StaticServer {
    listener: TcpListener,
    root: PathBuf,
    address: SocketAddr,
}

impl StaticServer {
    /// Binds to `address` (port 0 picks a free port) to serve the folder `root`.
    pub fn bind(root: &Path, address: SocketAddr) -> anyhow::Result<StaticServer> {
        anyhow::ensure!(root.is_dir(), "{} is not a folder", root.display());
        let listener =
            TcpListener::bind(address).map_err(|error| anyhow::anyhow!("cannot listen on {address}: {error}"))?;
        let address = listener.local_addr().unwrap_or(address);
        Ok(StaticServer { listener, root: root.to_path_buf(), address })
    }

    /// The address actually bound.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Answers requests until the process is stopped.
    pub fn run(self) {
        let root = Arc::new(self.root);
        let open = Arc::new(AtomicUsize::new(0));
        for stream in self.listener.incoming() {
            let Ok(stream) = stream else {
                // A connection that failed before it was accepted; the client retries.
                continue;
            };
            if open.fetch_add(1, Ordering::AcqRel) >= MAX_CONNECTIONS {
                open.fetch_sub(1, Ordering::AcqRel);
                refuse_busy(stream);
                continue;
            }
            let root = Arc::clone(&root);
            let open = Arc::clone(&open);
            let spawned = thread::Builder::new().name("pollcard-serve".into()).spawn(move || {
                serve_connection(&root, stream);
                open.fetch_sub(1, Ordering::AcqRel);
            });
            if let Err(error) = spawned {
                eprintln!("  (cannot start a thread for a connection: {error})");
            }
        }
    }
}

/// Answers the requests of one connection in turn until either side closes it, then
/// closes it gently (see [`linger_close`]).
fn serve_connection(root: &Path, stream: TcpStream) {
    let _ = stream.set_read_timeout(Some(IDLE_TIMEOUT));
    let _ = stream.set_write_timeout(Some(IDLE_TIMEOUT));
    let _ = stream.set_nodelay(true);
    let Ok(writer) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    let mut writer = io::BufWriter::new(writer);
    answer_in_turn(root, &mut reader, &mut writer);
    let _ = writer.flush();
    linger_close(reader.get_ref());
}

/// Closing a socket that still has unread bytes (a request body we never read, or
/// the rest of a malformed request) makes the kernel send a reset, and a reset can
/// throw away the reply the client has not read yet. So: finish sending, then read
/// and discard what the client still sends, for a bounded time and amount, until it
/// closes its side.
fn linger_close(stream: &TcpStream) {
    const LINGER_TIME: Duration = Duration::from_secs(2);
    const LINGER_BYTES: usize = 1 << 20;
    if stream.shutdown(Shutdown::Write).is_err() {
        return;
    }
    let _ = stream.set_read_timeout(Some(Duration::from_millis(250)));
    let started = Instant::now();
    let mut discarded = 0;
    let mut buffer = [0u8; 8192];
    while started.elapsed() < LINGER_TIME && discarded < LINGER_BYTES {
        match (&*stream).read(&mut buffer) {
            Ok(0) | Err(_) => return,
            Ok(read) => discarded += read,
        }
    }
}

fn answer_in_turn(root: &Path, reader: &mut BufReader<TcpStream>, writer: &mut impl Write) {
    loop {
        let head = match http::read_head(reader) {
            Ok(head) => head,
            Err(ReadError::Closed) => return,
            Err(ReadError::Malformed(why)) => {
                log_line(&format!("- (malformed request: {why}) 400"));
                let _ = send(writer, 400, Body::text("Bad request\n"), &error_headers(), true, false);
                return;
            }
            Err(ReadError::TooLarge) => {
                log_line("- (request head too large) 431");
                let _ = send(writer, 431, Body::text("Request head too large\n"), &error_headers(), true, false);
                return;
            }
        };
        if answer(root, &head, writer).is_err() || !head.keep_alive {
            return;
        }
    }
}

/// Answers one request. The log line is written before the reply is sent, so a client
/// that has its answer can rely on the line being there (tests count them).
fn answer(root: &Path, head: &RequestHead, out: &mut impl Write) -> io::Result<()> {
    let is_head = head.method == "HEAD";
    let (status, body, headers) = match head.method.as_str() {
        "GET" | "HEAD" => reply_for(root, &head.target),
        _ => {
            let mut headers = error_headers();
            headers.push(("Allow", "GET, HEAD"));
            (405, Body::text("Method not allowed\n"), headers)
        }
    };
    log_line(&format!("{} {} {status}", head.method, loggable_path(&head.target)));
    let sent = send(out, status, body, &headers, !is_head, head.keep_alive);
    if let Err(error) = &sent {
        eprintln!("  (reply not completed: {error})");
    }
    sent
}

fn log_line(line: &str) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "{line}");
}

/// A reply body: a file being served, or a short text.
enum Body {
    File(File, u64),
    Text(&'static str),
}

impl Body {
    fn text(text: &'static str) -> Body {
        Body::Text(text)
    }
}

fn send(
    out: &mut impl Write,
    status: u16,
    body: Body,
    headers: &[(&'static str, &'static str)],
    send_body: bool,
    keep_alive: bool,
) -> io::Result<()> {
    let mut headers = headers.to_vec();
    headers.push(("Server", "pollcard"));
    match body {
        Body::File(mut file, length) => {
            http::write_reply(out, status, &headers, length, &mut file, send_body, keep_alive)
        }
        Body::Text(text) => {
            http::write_reply(out, status, &headers, text.len() as u64, &mut text.as_bytes(), send_body, keep_alive)
        }
    }
}

/// What to send for a `GET` or `HEAD` of `target`.
fn reply_for(root: &Path, target: &str) -> (u16, Body, Vec<(&'static str, &'static str)>) {
    let Ok(path) = RequestPath::parse(target) else {
        return (400, Body::text("Bad request\n"), error_headers());
    };
    let Target::File { fs_path, url_path } = request_path::resolve(root, &path) else {
        return (404, Body::text("Not found\n"), error_headers());
    };
    match File::open(&fs_path).and_then(|file| Ok((file.metadata()?.len(), file))) {
        Ok((length, file)) => (200, Body::File(file, length), headers_for(&url_path)),
        Err(_) => (404, Body::text("Not found\n"), error_headers()),
    }
}

/// Too many connections open: say so and close, without reading the request.
fn refuse_busy(stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(5)));
    let mut writer = io::BufWriter::new(stream);
    log_line("- (too many connections) 503");
    let _ = send(&mut writer, 503, Body::text("Too many connections; try again\n"), &error_headers(), true, false);
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
