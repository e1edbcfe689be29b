//! `pollcard serve`: the real binary on a free port against a temporary folder,
//! spoken to in raw HTTP/1.1 over `TcpStream`, so every byte the browser would see
//! is checked — status, headers, body — including the access log on stderr.

use std::collections::HashMap;
use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use pollcard_core::http_headers::CONTENT_SECURITY_POLICY;

const INDEX: &str = "<!DOCTYPE html><html lang=\"en\"><title>Pollcard</title></html>\n";
const WASM: &str = "pollcard-app-0123456789abcdef_bg.wasm";

/// A running `pollcard serve`, stopped when dropped.
struct Served {
    child: Child,
    port: u16,
    log: Arc<Mutex<Vec<String>>>,
    _dir: tempfile::TempDir,
}

impl Drop for Served {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A temporary folder with `dist/` (a small built app) and, beside it, a secret that
/// must never be served.
fn site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let dist = dir.path().join("dist");
    fs::create_dir_all(dist.join("data/postcodes")).expect("mkdir");
    fs::create_dir_all(dist.join("i18n")).expect("mkdir");
    fs::write(dist.join("index.html"), INDEX).expect("write");
    fs::write(dist.join(WASM), b"\0asm\x01\0\0\0").expect("write");
    fs::write(dist.join("sw.js"), "// sw\n").expect("write");
    fs::write(dist.join("data/postcodes/AA.json"), "{\"area\":\"AA\"}\n").expect("write");
    fs::write(dist.join("i18n/cy.ftl"), "croeso = Croeso\n").expect("write");
    fs::write(dir.path().join("secret.txt"), "TOP SECRET\n").expect("write");
    dir
}

fn serve_with(dir: tempfile::TempDir, extra_args: &[&str]) -> Served {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pollcard"))
        .arg("serve")
        .arg(dir.path().join("dist"))
        .args(["--port", "0"])
        .args(extra_args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut first_line = String::new();
    BufReader::new(stdout).read_line(&mut first_line).expect("reads the banner");
    let url = first_line.trim().rsplit(" on ").next().expect("banner has a URL").to_owned();
    assert!(first_line.starts_with("Serving ") && url.starts_with("http://127.0.0.1:"), "banner: {first_line}");
    let port = url.rsplit(':').next().and_then(|p| p.parse().ok()).expect("port in banner");

    let log = Arc::new(Mutex::new(Vec::new()));
    let stderr = child.stderr.take().expect("stderr");
    let sink = Arc::clone(&log);
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            sink.lock().expect("log lock").push(line);
        }
    });
    Served { child, port, log, _dir: dir }
}

fn serve() -> Served {
    serve_with(site(), &[])
}

struct Reply {
    status: u16,
    headers: HashMap<String, String>,
    body: Vec<u8>,
}

impl Reply {
    fn header(&self, name: &str) -> &str {
        self.headers.get(&name.to_ascii_lowercase()).map(String::as_str).unwrap_or("")
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
}

/// Sends `method target` as raw HTTP/1.1 and reads the whole reply.
fn request(served: &Served, method: &str, target: &str) -> Reply {
    let mut stream = TcpStream::connect(("127.0.0.1", served.port)).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let body = if method == "POST" { "postcode=AA1+1AA" } else { "" };
    write!(
        stream,
        "{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .expect("sends");
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).expect("reads");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|s| s.parse().ok()).expect("status");
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
        .collect();
    Reply { status, headers, body: raw[split + 4..].to_vec() }
}

fn get(served: &Served, target: &str) -> Reply {
    request(served, "GET", target)
}

fn assert_secured(reply: &Reply) {
    assert_eq!(reply.header("Content-Security-Policy"), CONTENT_SECURITY_POLICY);
    assert_eq!(reply.header("X-Content-Type-Options"), "nosniff");
    assert_eq!(reply.header("Referrer-Policy"), "no-referrer");
    assert_eq!(reply.header("Cross-Origin-Opener-Policy"), "same-origin");
    assert_eq!(reply.header("Permissions-Policy"), "geolocation=(self), camera=(), microphone=()");
    assert_eq!(reply.header("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");
}

fn assert_is_index(reply: &Reply) {
    assert_eq!(reply.status, 200);
    assert_eq!(reply.text(), INDEX);
    assert_eq!(reply.header("Content-Type"), "text/html; charset=utf-8");
    assert_eq!(reply.header("Cache-Control"), "no-cache");
    assert_secured(reply);
}

/// Waits for the access log to reach `count` lines (it is written just after replying).
fn log_lines(served: &Served, count: usize) -> Vec<String> {
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let lines = served.log.lock().expect("log lock").clone();
        if lines.len() >= count || Instant::now() > deadline {
            return lines;
        }
        thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn index_and_hashed_files_get_their_headers() {
    let served = serve();
    assert_is_index(&get(&served, "/"));
    assert_is_index(&get(&served, "/index.html"));

    let wasm = get(&served, &format!("/{WASM}"));
    assert_eq!(wasm.status, 200);
    assert_eq!(wasm.body, b"\0asm\x01\0\0\0");
    assert_eq!(wasm.header("Content-Type"), "application/wasm");
    assert_eq!(wasm.header("Cache-Control"), "public, max-age=31536000, immutable, no-transform");
    assert_eq!(wasm.header("Content-Length"), "8");
    assert_secured(&wasm);

    let shard = get(&served, "/data/postcodes/AA.json");
    assert_eq!(shard.status, 200);
    assert_eq!(shard.header("Content-Type"), "application/json; charset=utf-8");
    assert_eq!(shard.header("Cache-Control"), "no-cache");
    let catalogue = get(&served, "/i18n/cy.ftl");
    assert_eq!(catalogue.header("Content-Type"), "text/plain; charset=utf-8");
    assert_eq!(get(&served, "/sw.js").header("Cache-Control"), "no-cache");
}

#[test]
fn app_routes_fall_back_to_the_index() {
    let served = serve();
    for route in [
        "/station/S1",
        "/cy/station/S1",
        "/privacy",
        "/cy",
        "/cy/",
        "/station/S%201",
        "/station/12.1",
        "/cy/station/Hall%202%2FB",
    ] {
        assert_is_index(&get(&served, route));
    }
}

#[test]
fn missing_files_are_plain_404s_never_the_index() {
    let served = serve();
    for path in ["/data/postcodes/ZZ.json", "/missing.js", "/pollcard-app-ffffffffffffffff_bg.wasm", "/index.html/"] {
        let reply = get(&served, path);
        assert_eq!(reply.status, 404, "{path}");
        assert_eq!(reply.header("Content-Type"), "text/plain; charset=utf-8", "{path}");
        assert_eq!(reply.header("Cache-Control"), "no-cache", "{path}");
        assert!(!reply.text().contains("<html"), "{path}");
        assert_secured(&reply);
    }
}

#[test]
fn traversal_is_refused() {
    let served = serve();
    for path in [
        "/../secret.txt",
        "/data/../../secret.txt",
        "/%2e%2e/secret.txt",
        "/%2E%2E%2Fsecret.txt",
        "/..%2fsecret.txt",
        "/..\\secret.txt",
        "/data%5c..%5c..%5csecret.txt",
    ] {
        let reply = get(&served, path);
        assert_eq!(reply.status, 400, "{path}");
        assert!(!reply.text().contains("SECRET"), "{path}");
        assert_secured(&reply);
    }
}

#[cfg(unix)]
#[test]
fn links_out_of_the_folder_are_not_followed() {
    let dir = site();
    std::os::unix::fs::symlink(dir.path().join("secret.txt"), dir.path().join("dist/leak.txt")).expect("symlink");
    let served = serve_with(dir, &[]);
    let reply = get(&served, "/leak.txt");
    assert_eq!(reply.status, 404);
    assert!(!reply.text().contains("SECRET"));
}

#[test]
fn head_has_the_headers_and_no_body() {
    let served = serve();
    let reply = request(&served, "HEAD", "/");
    assert_eq!(reply.status, 200);
    assert!(reply.body.is_empty());
    assert_eq!(reply.header("Content-Length"), INDEX.len().to_string());
    assert_eq!(reply.header("Content-Type"), "text/html; charset=utf-8");
    assert_secured(&reply);
    assert_eq!(request(&served, "HEAD", "/station/S1").header("Cache-Control"), "no-cache");
}

#[test]
fn other_methods_are_not_allowed() {
    let served = serve();
    for method in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH"] {
        let reply = request(&served, method, "/");
        assert_eq!(reply.status, 405, "{method}");
        assert_eq!(reply.header("Allow"), "GET, HEAD", "{method}");
        assert_secured(&reply);
    }
}

#[test]
fn access_log_has_one_line_per_request_and_no_query_or_body() {
    let served = serve();
    get(&served, "/station/S1?postcode=AA11AA&uprn=100");
    get(&served, "/missing.js?v=AA11AA");
    request(&served, "POST", "/lookup");
    get(&served, "/%2e%2e/secret.txt");
    let lines = log_lines(&served, 4);
    assert_eq!(lines, ["GET /station/S1 200", "GET /missing.js 404", "POST /lookup 405", "GET /%2e%2e/secret.txt 400"]);
    // Neither the query strings nor the POST body reached the log.
    assert!(lines.iter().all(|line| !line.contains("AA11AA") && !line.contains("AA1+1AA")));
}

#[test]
fn a_request_body_left_unread_does_not_lose_the_reply() {
    // The server never reads bodies; closing with one unread would reset the
    // connection and could discard the 405 before the client reads it.
    let served = serve();
    for _ in 0..5 {
        let mut stream = TcpStream::connect(("127.0.0.1", served.port)).expect("connects");
        stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        let body = vec![b'x'; 200_000];
        write!(stream, "POST /lookup HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: {}\r\n\r\n", body.len())
            .expect("sends the head");
        stream.write_all(&body).expect("sends the body");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("reads the whole reply, not a reset");
        assert!(raw.starts_with(b"HTTP/1.1 405 "), "{}", String::from_utf8_lossy(&raw));
    }
}

#[test]
fn many_requests_at_once() {
    let served = Arc::new(serve());
    let clients: Vec<_> = (0..40)
        .map(|i| {
            let served = Arc::clone(&served);
            thread::spawn(move || {
                for j in 0..5 {
                    let target = if (i + j) % 2 == 0 { format!("/station/S{i}") } else { format!("/{WASM}") };
                    assert_eq!(get(&served, &target).status, 200, "{target}");
                }
            })
        })
        .collect();
    for client in clients {
        client.join().expect("client thread");
    }
    assert_eq!(log_lines(&served, 200).len(), 200);
}

#[test]
fn a_missing_folder_is_an_error() {
    let output = Command::new(env!("CARGO_BIN_EXE_pollcard"))
        .args(["serve", "/definitely/not/here", "--port", "0"])
        .output()
        .expect("runs");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a folder"));
}

#[test]
fn binds_to_the_loopback_by_default() {
    let dir = site();
    fs::write(dir.path().join("dist/check.txt"), "ok").expect("write");
    let served = serve_with(dir, &["--host", "127.0.0.1"]);
    assert_eq!(get(&served, "/check.txt").text(), "ok");
    // The banner check in `serve_with` asserts the default address is 127.0.0.1.
}

/// Reads one reply with a `Content-Length` from a connection that stays open.
fn read_reply(reader: &mut BufReader<TcpStream>) -> Reply {
    let mut status_line = String::new();
    reader.read_line(&mut status_line).expect("status line");
    let status = status_line.split(' ').nth(1).and_then(|s| s.parse().ok()).expect("status");
    let mut headers = HashMap::new();
    loop {
        let mut line = String::new();
        reader.read_line(&mut line).expect("header line");
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        let (name, value) = line.split_once(':').expect("header");
        headers.insert(name.trim().to_ascii_lowercase(), value.trim().to_owned());
    }
    let length: usize = headers.get("content-length").and_then(|l| l.parse().ok()).expect("length");
    let mut body = vec![0; length];
    reader.read_exact(&mut body).expect("body");
    Reply { status, headers, body }
}

#[test]
fn one_connection_carries_several_requests() {
    let served = serve();
    let stream = TcpStream::connect(("127.0.0.1", served.port)).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    let mut writer = stream.try_clone().expect("clone");
    let mut reader = BufReader::new(stream);
    for target in ["/", &format!("/{WASM}"), "/missing.js", "/station/S1"] {
        write!(writer, "GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("sends");
        let reply = read_reply(&mut reader);
        assert_eq!(reply.status, if target == "/missing.js" { 404 } else { 200 }, "{target}");
        assert_eq!(reply.header("Connection"), "keep-alive", "{target}");
    }
    // Asking to close is honoured: the reply says so and the connection ends.
    write!(writer, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n").expect("sends");
    assert_eq!(read_reply(&mut reader).header("Connection"), "close");
    let mut rest = Vec::new();
    reader.read_to_end(&mut rest).expect("closed");
    assert!(rest.is_empty());
}

#[test]
fn idle_connections_never_hold_up_a_new_one() {
    // A browser keeps its connections open between requests. However many sit idle,
    // a new connection is answered at once.
    let served = serve();
    let idle: Vec<_> = (0..24)
        .map(|_| {
            let mut stream = TcpStream::connect(("127.0.0.1", served.port)).expect("connects");
            stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
            write!(stream, "GET /sw.js HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").expect("sends");
            let mut reader = BufReader::new(stream);
            assert_eq!(read_reply(&mut reader).status, 200);
            reader
        })
        .collect();
    let started = Instant::now();
    assert_eq!(get(&served, "/index.html").status, 200);
    assert!(started.elapsed() < Duration::from_secs(5), "answered in {:?}", started.elapsed());
    drop(idle);
}

#[test]
fn malformed_requests_get_a_400_and_are_logged() {
    let served = serve();
    let mut stream = TcpStream::connect(("127.0.0.1", served.port)).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
    write!(stream, "GET /\r\n\r\n").expect("sends");
    let mut raw = String::new();
    stream.read_to_string(&mut raw).expect("reads");
    assert!(raw.starts_with("HTTP/1.1 400 "), "{raw}");
    assert!(raw.contains("Connection: close"), "{raw}");
    let lines = log_lines(&served, 1);
    assert_eq!(lines, ["- (malformed request: request line is not METHOD TARGET VERSION) 400"]);
}
