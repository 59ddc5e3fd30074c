//! A minimal HTTP/1.1 client, for tests that talk to a server over a real socket.

use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

pub struct Answer {
    pub status: u16,
    head: String,
    pub body: String,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().skip(1).find_map(|line| {
            let (key, value) = line.split_once(':')?;
            key.eq_ignore_ascii_case(name).then(|| value.trim())
        })
    }
}

/// Sends one request on a new connection and reads the answer's status and headers.
pub async fn send(
    addr: SocketAddr,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &str,
) -> std::io::Result<Answer> {
    let mut stream = TcpStream::connect(addr).await?;
    let mut request = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        request.push_str(&format!("{name}: {value}\r\n"));
    }
    request.push_str("\r\n");
    request.push_str(body);
    stream.write_all(request.as_bytes()).await?;
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await?;
    let text = String::from_utf8_lossy(&raw);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let (head, body) = (head.to_owned(), body.to_owned());
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("not an HTTP answer: {head:?}")))?;
    Ok(Answer { status, head, body })
}

/// A form post as the site's own pages send it.
pub async fn post_form(
    addr: SocketAddr,
    path: &str,
    form: &[(&str, &str)],
    cookie: Option<&str>,
) -> std::io::Result<Answer> {
    let body: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(form)
        .finish();
    let mut headers = vec![
        ("Content-Type", "application/x-www-form-urlencoded"),
        ("Sec-Fetch-Site", "same-origin"),
    ];
    if let Some(cookie) = cookie {
        headers.push(("Cookie", cookie));
    }
    send(addr, "POST", path, &headers, &body).await
}

/// Signs in and returns the session cookie's `name=value`.
pub async fn sign_in(addr: SocketAddr, username: &str, password: &str) -> String {
    let answer = post_form(
        addr,
        "/login",
        &[("username", username), ("password", password)],
        None,
    )
    .await
    .expect("the server answers");
    assert_eq!(answer.status, 303, "sign-in refused");
    let cookie = answer.header("set-cookie").expect("a session cookie");
    cookie.split(';').next().unwrap().to_owned()
}

/// Waits until the server at `addr` answers its health check.
pub async fn wait_until_up(addr: SocketAddr) {
    for _ in 0..300 {
        if let Ok(answer) = send(addr, "GET", "/healthz", &[], "").await
            && answer.status == 200
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the server at {addr} did not come up");
}
