//! The little of HTTP/1.1 a static file server needs: reading one request head from
//! a connection, and writing one reply with a known length. Request bodies are
//! never read; a request that has one gets its reply and then the connection closes,
//! so no body bytes are ever mistaken for the next request.

use std::io::{self, BufRead, Read, Write};

/// The longest request head accepted (request line and headers). Browsers send well
/// under 8 KiB; anything longer is refused rather than buffered.
const MAX_HEAD_BYTES: usize = 16 * 1024;
/// The most header lines accepted in one request.
const MAX_HEADERS: usize = 100;

/// One parsed request head.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RequestHead {
    pub method: String,
    pub target: String,
    /// Whether the connection may carry another request after this one's reply:
    /// HTTP/1.1 without `Connection: close`, or HTTP/1.0 with `keep-alive`, and no
    /// request body left unread.
    pub keep_alive: bool,
}

/// Why no request could be read.
#[derive(Debug)]
pub enum ReadError {
    /// The client closed the connection (or went quiet) between requests.
    Closed,
    /// The bytes are not an HTTP/1.x request head: answered with 400, then closed.
    Malformed(&'static str),
    /// The head is longer than [`MAX_HEAD_BYTES`] or has too many headers.
    TooLarge,
}

/// Reads one request head. `Closed` covers an orderly close, a reset and the idle
/// timeout set on the socket, which all end the connection the same way.
pub fn read_head(reader: &mut impl BufRead) -> Result<RequestHead, ReadError> {
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let mut line = Vec::new();
        let read = (&mut *reader)
            .take((MAX_HEAD_BYTES - total + 1) as u64)
            .read_until(b'\n', &mut line)
            .map_err(|_| ReadError::Closed)?;
        if read == 0 {
            return if lines.is_empty() {
                Err(ReadError::Closed)
            } else {
                Err(ReadError::Malformed("incomplete request"))
            };
        }
        total += read;
        if total > MAX_HEAD_BYTES {
            return Err(ReadError::TooLarge);
        }
        if !line.ends_with(b"\n") {
            return Err(ReadError::Malformed("incomplete request"));
        }
        let text = String::from_utf8(line).map_err(|_| ReadError::Malformed("request head is not UTF-8"))?;
        let text = text.trim_end_matches(['\r', '\n']).to_owned();
        // RFC 9112 §2.2: ignore empty lines before the request line.
        if text.is_empty() && lines.is_empty() {
            continue;
        }
        if text.is_empty() {
            break;
        }
        if lines.len() > MAX_HEADERS {
            return Err(ReadError::TooLarge);
        }
        lines.push(text);
    }
    parse_head(&lines)
}

fn parse_head(lines: &[String]) -> Result<RequestHead, ReadError> {
    let mut parts = lines[0].split(' ');
    let (Some(method), Some(target), Some(version), None) = (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(ReadError::Malformed("request line is not METHOD TARGET VERSION"));
    };
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(ReadError::Malformed("bad method"));
    }
    if !target.starts_with('/') {
        return Err(ReadError::Malformed("request target is not a path"));
    }
    let http11 = match version {
        "HTTP/1.1" => true,
        "HTTP/1.0" => false,
        _ => return Err(ReadError::Malformed("not HTTP/1.0 or HTTP/1.1")),
    };
    let mut connection = String::new();
    let mut has_body = false;
    for line in &lines[1..] {
        let Some((name, value)) = line.split_once(':') else {
            return Err(ReadError::Malformed("header line without a colon"));
        };
        let value = value.trim();
        if name.eq_ignore_ascii_case("connection") {
            connection = value.to_ascii_lowercase();
        } else if name.eq_ignore_ascii_case("transfer-encoding")
            || (name.eq_ignore_ascii_case("content-length") && value != "0")
        {
            has_body = true;
        }
    }
    let asks_close = connection.split(',').any(|token| token.trim() == "close");
    let asks_keep_alive = connection.split(',').any(|token| token.trim() == "keep-alive");
    let keep_alive = !has_body && !asks_close && (http11 || asks_keep_alive);
    Ok(RequestHead { method: method.to_owned(), target: target.to_owned(), keep_alive })
}

/// Writes a reply: status line, `headers`, `Content-Length` and `Connection`, then
/// the body unless `send_body` is false (a `HEAD` reply keeps its length).
pub fn write_reply(
    out: &mut impl Write,
    status: u16,
    headers: &[(&str, &str)],
    length: u64,
    body: &mut dyn Read,
    send_body: bool,
    keep_alive: bool,
) -> io::Result<()> {
    let mut head = format!("HTTP/1.1 {status} {}\r\n", reason(status));
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {length}\r\n"));
    head.push_str(if keep_alive { "Connection: keep-alive\r\n\r\n" } else { "Connection: close\r\n\r\n" });
    out.write_all(head.as_bytes())?;
    if send_body {
        let copied = io::copy(&mut body.take(length), out)?;
        if copied != length {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the file shrank while it was sent"));
        }
    }
    out.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        431 => "Request Header Fields Too Large",
        503 => "Service Unavailable",
        _ => "Error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(raw: &str) -> Result<RequestHead, ReadError> {
        read_head(&mut raw.as_bytes())
    }

    #[test]
    fn http11_keeps_the_connection_unless_asked_to_close() {
        let head = read("GET /station/S1?x=1 HTTP/1.1\r\nHost: a\r\n\r\n").expect("parses");
        assert_eq!(head, RequestHead { method: "GET".into(), target: "/station/S1?x=1".into(), keep_alive: true });
        assert!(!read("GET / HTTP/1.1\r\nConnection: close\r\n\r\n").expect("parses").keep_alive);
        assert!(!read("GET / HTTP/1.1\r\nConnection: Upgrade, Close\r\n\r\n").expect("parses").keep_alive);
    }

    #[test]
    fn http10_closes_unless_asked_to_keep() {
        assert!(!read("GET / HTTP/1.0\r\n\r\n").expect("parses").keep_alive);
        assert!(read("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n").expect("parses").keep_alive);
    }

    #[test]
    fn a_request_with_a_body_closes_the_connection() {
        assert!(!read("POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello").expect("parses").keep_alive);
        assert!(!read("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").expect("parses").keep_alive);
        assert!(read("POST / HTTP/1.1\r\nContent-Length: 0\r\n\r\n").expect("parses").keep_alive);
    }

    #[test]
    fn bare_newlines_and_leading_blank_lines_are_tolerated() {
        let head = read("\r\nGET /a HTTP/1.1\nHost: a\n\n").expect("parses");
        assert_eq!(head.target, "/a");
    }

    #[test]
    fn two_requests_on_one_connection_are_read_in_turn() {
        let mut raw = "GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n".as_bytes();
        assert_eq!(read_head(&mut raw).expect("first").target, "/a");
        assert_eq!(read_head(&mut raw).expect("second").target, "/b");
        assert!(matches!(read_head(&mut raw), Err(ReadError::Closed)));
    }

    #[test]
    fn malformed_heads_are_refused() {
        for raw in [
            "GET /\r\n\r\n",
            "GET / HTTP/2\r\n\r\n",
            "get / HTTP/1.1\r\n\r\n",
            "GET http://elsewhere/ HTTP/1.1\r\n\r\n",
            "GET / HTTP/1.1\r\nno colon here\r\n\r\n",
            "GET / HTTP/1.1\r\nHost: a\r\n",
            "GET / HTTP/1.1",
        ] {
            assert!(matches!(read(raw), Err(ReadError::Malformed(_))), "{raw:?}");
        }
        assert!(matches!(read(""), Err(ReadError::Closed)));
    }

    #[test]
    fn oversized_heads_are_refused() {
        let long = format!("GET /{} HTTP/1.1\r\n\r\n", "a".repeat(MAX_HEAD_BYTES));
        assert!(matches!(read(&long), Err(ReadError::TooLarge)));
        let many = format!("GET / HTTP/1.1\r\n{}\r\n", "X: y\r\n".repeat(MAX_HEADERS + 2));
        assert!(matches!(read(&many), Err(ReadError::TooLarge)));
    }

    #[test]
    fn replies_carry_length_and_connection() {
        let mut out = Vec::new();
        write_reply(&mut out, 200, &[("Content-Type", "text/plain")], 5, &mut "hello".as_bytes(), true, true)
            .expect("writes");
        assert_eq!(
            String::from_utf8(out).expect("text"),
            "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nConnection: keep-alive\r\n\r\nhello"
        );
        let mut out = Vec::new();
        write_reply(&mut out, 404, &[], 5, &mut "hello".as_bytes(), false, false).expect("writes");
        assert_eq!(
            String::from_utf8(out).expect("text"),
            "HTTP/1.1 404 Not Found\r\nContent-Length: 5\r\nConnection: close\r\n\r\n"
        );
    }
}
