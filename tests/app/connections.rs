//! What one client may hold of the server: a request's headers must arrive in time, and
//! connections past the bound wait their turn instead of taking every socket.

use crate::support::{TestDatabase, config_for};
use korea_japan_timeline::server::startup::config::Config;
use korea_japan_timeline::server::{Application, Limits};
use std::net::SocketAddr;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::time::timeout;

/// The real server on a free port with these limits, on its database.
async fn serve(limits: Limits) -> (SocketAddr, TestDatabase) {
    let database = TestDatabase::empty().await;
    let config = Config {
        public_url: None,
        ..config_for(database.url.clone())
    };
    let app = Application::build(&config)
        .await
        .unwrap()
        .with_limits(limits);
    let addr = app.local_addr().unwrap();
    tokio::spawn(app.run_until(std::future::pending()));
    (addr, database)
}

/// What the server sends on `stream` within `wait`, or `None` if it sends nothing in time;
/// an empty answer means it closed the connection.
async fn answer(stream: &mut TcpStream, wait: Duration) -> Option<String> {
    let mut buffer = vec![0; 4096];
    match timeout(wait, stream.read(&mut buffer)).await {
        Err(_) => None,
        Ok(Ok(read)) => Some(String::from_utf8_lossy(&buffer[..read]).into_owned()),
        Ok(Err(_)) => Some(String::new()),
    }
}

const HEALTH: &[u8] = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_sends_half_a_request_and_waits_is_cut_off() {
    let limits = Limits {
        header_read: Duration::from_millis(300),
        ..Limits::default()
    };
    let (addr, _database) = serve(limits).await;
    let mut slow = TcpStream::connect(addr).await.unwrap();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: localhost\r\n")
        .await
        .unwrap();
    let answer = answer(&mut slow, Duration::from_secs(5)).await;
    let answer = answer.expect("the server ends the connection");
    assert!(
        answer.is_empty() || answer.starts_with("HTTP/1.1 408"),
        "{answer}"
    );

    // An idle keep-alive connection is closed too, after its answer.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(HEALTH).await.unwrap();
    let first = self::answer(&mut idle, Duration::from_secs(5))
        .await
        .unwrap();
    assert!(first.starts_with("HTTP/1.1 200"), "{first}");
    let closed = self::answer(&mut idle, Duration::from_secs(5)).await;
    assert_eq!(closed.as_deref(), Some(""));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn connections_past_the_bound_wait_their_turn() {
    let limits = Limits {
        connections: 2,
        ..Limits::default()
    };
    let (addr, _database) = serve(limits).await;
    let first = TcpStream::connect(addr).await.unwrap();
    let _second = TcpStream::connect(addr).await.unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    // The third is queued by the system, not served.
    let mut third = TcpStream::connect(addr).await.unwrap();
    third.write_all(HEALTH).await.unwrap();
    assert_eq!(answer(&mut third, Duration::from_millis(500)).await, None);
    // Once one of the two goes, its turn comes.
    drop(first);
    let served = answer(&mut third, Duration::from_secs(5)).await.unwrap();
    assert!(served.starts_with("HTTP/1.1 200"), "{served}");
}
