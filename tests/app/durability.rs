//! Nothing acknowledged is lost: with editors writing at once, and when the server is killed.

use crate::http::wait_until_up;
use crate::support::{Client, TestDatabase, TestResponse, config_for, event_form};
use korea_japan_timeline::server::Application;
use korea_japan_timeline::server::auth::accounts::{self, Password, Username};
use korea_japan_timeline::server::clock::Clock;
use korea_japan_timeline::server::startup::config::Config;
use korea_japan_timeline::server::store::Store;
use std::collections::HashSet;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const PASSWORD: &str = "durability passphrase";

fn config(database: &TestDatabase, addr: SocketAddr) -> Config {
    Config {
        addr,
        public_url: None,
        ..config_for(database.url.clone())
    }
}

/// Titles of the events in the database at `url` that start with `prefix`.
async fn titles(url: &str, prefix: &str) -> HashSet<String> {
    let store = Store::open(url, Clock::default()).await.unwrap();
    let titles = store.titles_starting_with(prefix).await.unwrap();
    titles.into_iter().collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_editors_saving_a_hundred_events_each_lose_nothing() {
    let database = TestDatabase::empty().await;
    let config = config(&database, "127.0.0.1:0".parse().unwrap());
    let app = Application::build(&config).await.unwrap();
    let addr = app.local_addr().unwrap();
    tokio::spawn(app.run());
    let store = Store::open(&config.database_url, Clock::default())
        .await
        .unwrap();
    for editor in 0..8 {
        accounts::create(
            &store,
            &Username::parse(&format!("editor{editor}")).unwrap(),
            &Password::new(PASSWORD.into()).unwrap(),
        )
        .await
        .unwrap();
    }

    let writers = (0..8).map(|editor| {
        tokio::spawn(async move {
            let browser = Client::socket(addr);
            browser.sign_in(&format!("editor{editor}"), PASSWORD).await;
            for n in 0..100 {
                let title = format!("Concurrent {editor}-{n}");
                let form = event_form(&[("title", &title)]);
                let answer = browser.post_form("/admin/events/new", &form).await;
                assert_eq!(answer.status, 303, "{title} was not saved");
            }
        })
    });
    for writer in writers {
        writer.await.unwrap();
    }
    let saved = titles(&config.database_url, "Concurrent ").await;
    assert_eq!(saved.len(), 800);
    let integrity = store.integrity().await.unwrap();
    assert_eq!(integrity, "ok");
}

/// The server binary, serving `url` on `addr`. Pages are all these tests need, so the built
/// files stay where they are (the server would compress them in the background).
fn start_server(url: &str, addr: SocketAddr) -> Child {
    Command::new(env!("CARGO_BIN_EXE_korea-japan-timeline"))
        .args(["--database-url", url, "--addr", &addr.to_string()])
        .args(["--site-root", "target/no-site"])
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// The id of the event a save was redirected to (`/admin/events/{id}?saved=1`).
fn saved_id(answer: &TestResponse) -> String {
    let location = answer.header(axum::http::header::LOCATION);
    location
        .trim_start_matches("/admin/events/")
        .trim_end_matches("?saved=1")
        .to_owned()
}

fn free_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn acknowledged_writes_survive_kill_9() {
    let database = TestDatabase::empty().await;
    let addr = free_port();
    let url = config(&database, addr).database_url;
    let store = Store::open(&url, Clock::default()).await.unwrap();
    accounts::create(
        &store,
        &Username::parse("crash").unwrap(),
        &Password::new(PASSWORD.into()).unwrap(),
    )
    .await
    .unwrap();
    store.close().await;

    let mut server = start_server(&url, addr);
    wait_until_up(addr).await;
    // One browser, its editor saving from four tabs.
    let browser = Arc::new(Client::socket(addr));
    browser.sign_in("crash", PASSWORD).await;

    // Four editors save as fast as they can, each new event then edited once; each save the
    // server acknowledged is noted.
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let edited = Arc::new(Mutex::new(Vec::new()));
    let writers: Vec<_> = (0..4)
        .map(|writer| {
            let (browser, acknowledged, edited) =
                (browser.clone(), acknowledged.clone(), edited.clone());
            tokio::spawn(async move {
                for n in 0.. {
                    let title = format!("Crash {writer}-{n}");
                    let form = event_form(&[("title", &title)]);
                    let id = match browser.try_post_form("/admin/events/new", &form).await {
                        Ok(answer) if answer.status == 303 => {
                            acknowledged.lock().unwrap().push(title.clone());
                            saved_id(&answer)
                        }
                        // The server is gone: stop.
                        _ => break,
                    };
                    let form = event_form(&[
                        ("title", &title),
                        ("summary", "Edited once."),
                        ("version", "1"),
                    ]);
                    let path = format!("/admin/events/{id}");
                    match browser.try_post_form(&path, &form).await {
                        Ok(answer) if answer.status == 303 => edited.lock().unwrap().push(id),
                        _ => break,
                    }
                }
            })
        })
        .collect();

    // Kill it mid-stream, once it has acknowledged a good number of saves.
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 100 && started.elapsed() < Duration::from_secs(30) {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    server.kill().unwrap(); // SIGKILL
    server.wait().unwrap();
    for writer in writers {
        writer.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 100,
        "only {} saves",
        acknowledged.len()
    );

    // It starts again on the same file, which is whole and holds every acknowledged save.
    let mut server = start_server(&url, addr);
    wait_until_up(addr).await;
    let store = Store::open(&url, Clock::default()).await.unwrap();
    let integrity = store.integrity().await.unwrap();
    assert_eq!(integrity, "ok");
    let saved = titles(&url, "Crash ").await;
    let lost: Vec<_> = acknowledged
        .iter()
        .filter(|t| !saved.contains(*t))
        .collect();
    assert!(
        lost.is_empty(),
        "lost {} acknowledged saves: {lost:?}",
        lost.len()
    );
    // Every saved version has its revision, and no revision is of a change not made (this
    // start wrote none: revisions older than the schema are written once, at its first).
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );
    let edited = edited.lock().unwrap().clone();
    assert!(!edited.is_empty());
    for id in edited {
        let revisions = store.revisions_of(id.parse().unwrap()).await.unwrap();
        let versions: Vec<i64> = revisions.iter().map(|r| r.version).collect();
        assert_eq!(versions, [1, 2], "event {id}");
        assert_eq!(revisions[1].form.summary, "Edited once.");
    }
    server.kill().unwrap();
    server.wait().unwrap();
}

#[tokio::test]
async fn a_backup_is_a_whole_copy_taken_while_the_database_is_in_use() {
    let database = TestDatabase::empty().await;
    let config = config(&database, free_port());
    let url = config.database_url.clone();
    let store = korea_japan_timeline::server::prepare(&config)
        .await
        .unwrap()
        .store
        .clone();
    let folder = tempfile::tempdir().unwrap();
    let copy = folder.path().join("copy.db");
    // The open pool (as a running server holds) does not stand in the way.
    let output = Command::new(env!("CARGO_BIN_EXE_korea-japan-timeline"))
        .args(["--database-url", &url, "backup"])
        .arg(&copy)
        .output()
        .unwrap();
    if store.is_postgres() {
        // PostgreSQL's own tools copy its databases: the command says which, and writes
        // nothing.
        let said =
            String::from_utf8_lossy(&output.stdout) + String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success() && said.contains("pg_dump"),
            "{said}"
        );
        assert!(!copy.exists());
        return;
    }
    assert!(output.status.success(), "{output:?}");
    let copy_url = format!("sqlite://{}", copy.display());
    let copied = Store::open(&copy_url, Clock::default()).await.unwrap();
    assert_eq!(
        copied.count_events().await.unwrap(),
        store.count_events().await.unwrap()
    );
    // A second backup to the same file is refused rather than overwriting it.
    let again = Command::new(env!("CARGO_BIN_EXE_korea-japan-timeline"))
        .args(["--database-url", &url, "backup"])
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!again.status.success());
    let said = String::from_utf8_lossy(&again.stdout) + String::from_utf8_lossy(&again.stderr);
    assert!(said.contains("exists already"), "{said}");
}

#[tokio::test]
async fn a_request_in_flight_is_answered_after_sigterm() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let database = TestDatabase::empty().await;
    let addr = free_port();
    let url = config(&database, addr).database_url;
    let mut server = start_server(&url, addr);
    wait_until_up(addr).await;

    // A slow client: half a request is sent before the server is told to stop...
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /api/events/1 HTTP/1.1\r\nHost: test\r\n")
        .await
        .unwrap();
    tokio::time::sleep(Duration::from_millis(200)).await;
    let term = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .unwrap();
    assert!(term.success());
    tokio::time::sleep(Duration::from_millis(300)).await;
    // ...and the rest after: the answer still comes, and then the server exits.
    stream
        .write_all(b"Connection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    stream.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"id\":1"), "{answer}");
    let exited = tokio::task::spawn_blocking(move || server.wait().unwrap())
        .await
        .unwrap();
    assert!(exited.success(), "{exited:?}");
    // No new connections once it has stopped.
    assert!(tokio::net::TcpStream::connect(addr).await.is_err());
}
