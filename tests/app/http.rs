//! HTTP/1.1 over a real socket, one request per connection: what `Client` sends to a server
//! that listens on a port.

use crate::support::TestResponse;
use axum::body::{Body, Bytes};
use axum::http::{HeaderMap, HeaderName, HeaderValue, Request, StatusCode};
use http_body_util::BodyExt;
use std::io;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// Sends `request` on a new connection and reads the whole answer.
pub async fn exchange(addr: SocketAddr, request: Request<Body>) -> io::Result<TestResponse> {
    let (parts, body) = request.into_parts();
    let body = body.collect().await.map_err(io::Error::other)?.to_bytes();
    let target = parts.uri.path_and_query().map_or("/", |p| p.as_str());
    let mut head = format!(
        "{} {target} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        parts.method,
        body.len()
    );
    for (name, value) in &parts.headers {
        head.push_str(&format!("{name}: {}\r\n", value.to_str().unwrap()));
    }
    head.push_str("\r\n");
    let mut stream = TcpStream::connect(addr).await?;
    stream.write_all(head.as_bytes()).await?;
    stream.write_all(&body).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    parse(&raw)
}

fn parse(raw: &[u8]) -> io::Result<TestResponse> {
    let bad = |what: &str| io::Error::other(format!("not an HTTP answer ({what})"));
    let end = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| bad("no end of head"))?;
    let head = std::str::from_utf8(&raw[..end]).map_err(|_| bad("head"))?;
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|line| line.split_whitespace().nth(1))
        .and_then(|code| code.parse::<u16>().ok())
        .and_then(|code| StatusCode::from_u16(code).ok())
        .ok_or_else(|| bad("status"))?;
    let mut headers = HeaderMap::new();
    for line in lines {
        let (name, value) = line.split_once(':').ok_or_else(|| bad("header"))?;
        headers.append(
            HeaderName::try_from(name.trim()).map_err(|_| bad("header name"))?,
            HeaderValue::try_from(value.trim()).map_err(|_| bad("header value"))?,
        );
    }
    let rest = &raw[end + 4..];
    let chunked = headers
        .get("transfer-encoding")
        .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"chunked"));
    let bytes = if chunked {
        dechunk(rest).ok_or_else(|| bad("chunks"))?
    } else {
        Bytes::copy_from_slice(rest)
    };
    Ok(TestResponse::new(status, headers, bytes))
}

/// A chunked body's bytes, joined (trailers ignored).
fn dechunk(mut rest: &[u8]) -> Option<Bytes> {
    let mut body = Vec::new();
    loop {
        let line_end = rest.windows(2).position(|w| w == b"\r\n")?;
        let size = std::str::from_utf8(&rest[..line_end]).ok()?;
        let size = usize::from_str_radix(size.split(';').next()?.trim(), 16).ok()?;
        rest = &rest[line_end + 2..];
        if size == 0 {
            return Some(body.into());
        }
        body.extend_from_slice(rest.get(..size)?);
        rest = rest.get(size + 2..)?;
    }
}

/// Waits until the server at `addr` answers its health check.
pub async fn wait_until_up(addr: SocketAddr) {
    for _ in 0..300 {
        let request = Request::get("/healthz").body(Body::empty()).unwrap();
        if let Ok(answer) = exchange(addr, request).await
            && answer.status == StatusCode::OK
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server at {addr} did not come up");
}

#[test]
fn a_chunked_answer_is_joined() {
    let raw = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nSet-Cookie: a=1\r\n\
                Set-Cookie: b=2\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n";
    let answer = parse(raw).unwrap();
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, "hello world");
    assert_eq!(answer.headers.get_all("set-cookie").iter().count(), 2);
}
