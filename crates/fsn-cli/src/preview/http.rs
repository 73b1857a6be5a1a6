//! Just enough HTTP/1.1 for a preview on the author's own machine: GET requests, one per
//! connection, answered and closed; a server-sent event stream for change notices.
//!
//! The server listens on 127.0.0.1 only and answers only requests addressed to it by that
//! name (the `Host` header), so a web page elsewhere cannot read the preview through a DNS
//! name that points at 127.0.0.1.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// The longest request head read; a browser's GET is far shorter.
const MAX_HEAD: usize = 16 * 1024;

/// A parsed request: the path and its query string.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Request {
    pub(crate) path: String,
    pub(crate) query: Vec<(String, String)>,
}

impl Request {
    /// The value of a query parameter.
    pub(crate) fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Why a request is not answered normally.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Refused {
    /// Not a request we can read: the connection is dropped.
    Malformed,
    /// Not a GET.
    Method,
    /// Addressed to another host name.
    Host,
}

/// Reads a request head. `port` is the server's, for the `Host` check.
pub(crate) fn read_request(stream: &TcpStream, port: u16) -> Result<Request, Refused> {
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .map_err(|_| Refused::Malformed)?;
    let mut reader = BufReader::new(stream);
    let mut head = Vec::new();
    loop {
        let mut line = Vec::new();
        let read = reader
            .by_ref()
            .take((MAX_HEAD - head.len().min(MAX_HEAD)) as u64)
            .read_until(b'\n', &mut line)
            .map_err(|_| Refused::Malformed)?;
        if read == 0 || !line.ends_with(b"\n") {
            return Err(Refused::Malformed);
        }
        if line == b"\r\n" || line == b"\n" {
            break;
        }
        head.extend_from_slice(&line);
    }
    parse_head(&String::from_utf8_lossy(&head), port)
}

/// Parses a request head (request line and header lines).
pub(crate) fn parse_head(head: &str, port: u16) -> Result<Request, Refused> {
    let mut lines = head.lines();
    let mut parts = lines.next().ok_or(Refused::Malformed)?.split_whitespace();
    let (method, target) = (parts.next(), parts.next());
    let target = target.ok_or(Refused::Malformed)?;
    if method != Some("GET") {
        return Err(Refused::Method);
    }
    let host = lines
        .filter_map(|line| line.split_once(':'))
        .find(|(name, _)| name.trim().eq_ignore_ascii_case("host"))
        .map(|(_, value)| value.trim());
    let allowed = [format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    if !host.is_some_and(|host| allowed.iter().any(|allowed| allowed == host)) {
        return Err(Refused::Host);
    }
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let query = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(key), percent_decode(value))
        })
        .collect();
    Ok(Request {
        path: percent_decode(path),
        query,
    })
}

/// Decodes `%XX` escapes and `+`; invalid escapes stay as they are.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|byte| (*byte as char).to_digit(16));
        match bytes[index] {
            b'%' => match (hex(index + 1), hex(index + 2)) {
                (Some(high), Some(low)) => {
                    out.push((high * 16 + low) as u8);
                    index += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            byte => out.push(byte),
        }
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Writes a whole response and closes the exchange. Errors (the browser went away) are
/// ignored: there is nobody left to tell.
pub(crate) fn respond(mut stream: &TcpStream, status: &str, content_type: &str, body: &[u8]) {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(body);
    let _ = stream.flush();
}

/// Starts a server-sent event stream.
pub(crate) fn start_events(mut stream: &TcpStream) -> std::io::Result<()> {
    stream.write_all(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\n\
          Connection: keep-alive\r\n\r\nretry: 500\n\n",
    )?;
    stream.flush()
}

/// Sends one event (its data is a version number) or, with `None`, a keep-alive comment.
pub(crate) fn send_event(mut stream: &TcpStream, version: Option<u64>) -> std::io::Result<()> {
    match version {
        Some(version) => write!(stream, "data: {version}\n\n")?,
        None => stream.write_all(b": keep-alive\n\n")?,
    }
    stream.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_path_and_query() {
        let request = parse_head(
            "GET /doc/de.pdf?v=3&lang=pt%2DPT HTTP/1.1\r\nHost: 127.0.0.1:8080\r\n",
            8080,
        )
        .unwrap();
        assert_eq!(request.path, "/doc/de.pdf");
        assert_eq!(request.param("v"), Some("3"));
        assert_eq!(request.param("lang"), Some("pt-PT"));
    }

    #[test]
    fn refuses_other_hosts_and_methods() {
        let head = "GET / HTTP/1.1\r\nHost: evil.example:8080\r\n";
        assert_eq!(parse_head(head, 8080), Err(Refused::Host));
        assert_eq!(parse_head("GET / HTTP/1.1\r\n", 8080), Err(Refused::Host));
        let post = "POST / HTTP/1.1\r\nHost: localhost:8080\r\n";
        assert_eq!(parse_head(post, 8080), Err(Refused::Method));
        assert_eq!(parse_head("", 8080), Err(Refused::Malformed));
    }

    #[test]
    fn keeps_invalid_escapes() {
        assert_eq!(percent_decode("a%zz%4"), "a%zz%4");
        assert_eq!(percent_decode("%E2%98%90+x"), "☐ x");
    }
}
