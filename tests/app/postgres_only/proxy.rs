//! Two server processes on one PostgreSQL database behind Debian's nginx, configured with
//! the very block README.md prints under "More than one server": what is saved through one
//! server shows on the other's kept pages within a second, editors spread over both lose
//! nothing, and neither a server killed with `kill -9` nor a lost listening connection costs
//! readers an error or editors an acknowledged save.

use super::listening_backends;
use crate::http::{exchange, wait_until_up};
use crate::support::{Client, TestDatabase, TestResponse, event_form};
use axum::body::Body;
use axum::http::Request;
use korea_japan_timeline::server::auth::accounts::{self, Password, Username};
use korea_japan_timeline::server::clock::Clock;
use korea_japan_timeline::server::store::Store;
use std::collections::HashSet;
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};
use tempfile::TempDir;

const PASSWORD: &str = "a proxied passphrase";
/// A view of the timeline that shows the events `event_form` makes.
const RECENT: &str = "/?from=2023-03-16&to=2023-03-16";
const NGINX: &str = "/usr/sbin/nginx";

/// nginx in front of two servers of the real binary, on a copy of the seeded database; every
/// process is stopped when it goes, however the test ends.
struct Site {
    proxy: SocketAddr,
    servers: [SocketAddr; 2],
    children: Vec<Child>,
    folder: TempDir,
    database: TestDatabase,
}

impl Drop for Site {
    fn drop(&mut self) {
        for child in &mut self.children {
            // nginx runs as one process (master_process off), so SIGKILL leaves nothing.
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

impl Site {
    /// Starts the site with an editor account for each of `editors`.
    async fn start(editors: &[&str]) -> Self {
        let database = TestDatabase::seeded().await;
        assert!(
            database.url.starts_with("postgres"),
            "these tests need TEST_DATABASE_URL (make test-rust starts a PostgreSQL server)"
        );
        let store = Store::open(&database.url, Clock::default()).await.unwrap();
        for name in editors {
            let name = Username::parse(name).unwrap();
            let password = Password::new(PASSWORD.into()).unwrap();
            accounts::create(&store, &name, &password).await.unwrap();
        }
        store.close().await;

        let folder = tempfile::tempdir().unwrap();
        let servers = [free_port(), free_port()];
        let proxy = free_port();
        let mut site = Self {
            proxy,
            servers,
            children: servers
                .iter()
                .map(|&addr| start_server(&database.url, addr))
                .collect(),
            folder,
            database,
        };
        let config = site.folder.path().join("nginx.conf");
        std::fs::write(&config, nginx_config(site.folder.path(), proxy, servers)).unwrap();
        assert!(
            std::path::Path::new(NGINX).exists(),
            "nginx is missing: scripts/install-tools.sh postgres installs it"
        );
        let nginx = Command::new(NGINX)
            .arg("-p")
            .arg(site.folder.path())
            .arg("-c")
            .arg(&config)
            .arg("-e")
            .arg(site.folder.path().join("error.log"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        site.children.push(nginx);
        for addr in servers {
            wait_until_up(addr).await;
        }
        // The health check answers through the proxy, from either server.
        wait_until_up(proxy).await;
        site
    }

    /// Kills server `n` as the kernel would a crashed process.
    fn kill_server(&mut self, n: usize) {
        self.children[n].kill().unwrap();
        self.children[n].wait().unwrap();
    }

    /// How many requests for `path` with `method` nginx passed to each server, in order.
    fn passed_to_each(&self, method: &str, path: &str) -> [usize; 2] {
        let log = std::fs::read_to_string(self.folder.path().join("upstream.log")).unwrap();
        self.servers.map(|server| {
            log.lines()
                .filter(|line| line.starts_with(&format!("{method} {path} ")))
                .filter(|line| line.ends_with(&server.to_string()))
                .count()
        })
    }

    async fn titles_starting_with(&self, prefix: &str) -> HashSet<String> {
        let store = Store::open(&self.database.url, Clock::default())
            .await
            .unwrap();
        let titles = store.titles_starting_with(prefix).await.unwrap();
        store.close().await;
        titles.into_iter().collect()
    }
}

/// README's proxy block, with its two servers' addresses replaced by `servers` and its
/// `listen` by `proxy`, in a configuration of its own that writes only into `folder`. The
/// access log notes which server each request went to.
fn nginx_config(folder: &std::path::Path, proxy: SocketAddr, servers: [SocketAddr; 2]) -> String {
    let readme = include_str!("../../../README.md");
    let block = readme
        .split_once("*A proxy in front*")
        .and_then(|(_, rest)| rest.split_once("```nginx\n"))
        .and_then(|(_, rest)| rest.split_once("```"))
        .expect("README.md's \"More than one server\" shows a proxy block")
        .0;
    let mut block = block.to_owned();
    for (from, to) in [
        ("10.0.0.11:3000", servers[0].to_string()),
        ("10.0.0.12:3000", servers[1].to_string()),
        (
            "# … listen, server_name and TLS as above …",
            format!("listen {proxy};"),
        ),
    ] {
        assert!(block.contains(from), "README's proxy block has no {from:?}");
        block = block.replace(from, &to);
    }
    let folder = folder.display();
    format!(
        "daemon off;\nmaster_process off;\npid {folder}/nginx.pid;\n\
         events {{ worker_connections 1024; }}\n\
         http {{\n\
         log_format upstream '$request_method $uri $status $upstream_addr';\n\
         access_log {folder}/upstream.log upstream;\n\
         client_body_temp_path {folder}/body;\nproxy_temp_path {folder}/proxy;\n\
         fastcgi_temp_path {folder}/fastcgi;\nuwsgi_temp_path {folder}/uwsgi;\n\
         scgi_temp_path {folder}/scgi;\n\
         {block}}}\n"
    )
}

/// A server of the real binary on `url`, behind a proxy. Pages are all these tests need, so
/// the built files stay where they are.
fn start_server(url: &str, addr: SocketAddr) -> Child {
    Command::new(env!("CARGO_BIN_EXE_korea-japan-timeline"))
        .args(["--database-url", url, "--addr", &addr.to_string()])
        .args(["--site-root", "target/no-site", "--trust-forwarded-for"])
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

fn free_port() -> SocketAddr {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap()
}

/// A GET from no browser in particular.
async fn get(addr: SocketAddr, path: &str) -> TestResponse {
    let request = Request::get(path).body(Body::empty()).unwrap();
    exchange(addr, request).await.unwrap()
}

/// Saves a new event from an editor's browser.
async fn save(browser: &Client, title: &str) -> std::io::Result<TestResponse> {
    let form = event_form(&[("title", title)]);
    browser.try_post_form("/admin/events/new", &form).await
}

/// Waits up to a second for the page at `path` on `addr` to show `title`.
async fn shows_within_a_second(addr: SocketAddr, path: &str, title: &str) {
    let deadline = Instant::now() + Duration::from_secs(1);
    while !get(addr, path).await.body.contains(title) {
        assert!(
            Instant::now() < deadline,
            "{title:?} not shown after a second"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn an_edit_saved_on_either_server_shows_on_the_others_kept_page_within_a_second() {
    let site = Site::start(&["proxied"]).await;
    let answer = get(site.proxy, "/healthz").await;
    assert_eq!(answer.status, 200);
    // Signed in through the proxy, the session holds on either server.
    let browser = Client::socket(site.proxy);
    browser.sign_in("proxied", PASSWORD).await;
    for (saving, showing) in [(0, 1), (1, 0)] {
        let [saving, showing] = [site.servers[saving], site.servers[showing]];
        let title = format!("Saved on {saving}");
        // Now kept by the other server.
        assert!(!get(showing, RECENT).await.body.contains(&title));
        let saved = save(&browser.on(saving), &title).await.unwrap();
        assert_eq!(saved.status, 303, "{}", saved.body);
        shows_within_a_second(showing, RECENT, &title).await;
    }
    let title = "Saved through the proxy";
    let saved = save(&browser, title).await.unwrap();
    assert_eq!(saved.status, 303, "{}", saved.body);
    for server in site.servers {
        shows_within_a_second(server, RECENT, title).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn eight_editors_spread_over_both_servers_save_800_events_and_lose_none() {
    let editors: Vec<_> = (0..8).map(|n| format!("editor{n}")).collect();
    let names: Vec<_> = editors.iter().map(String::as_str).collect();
    let site = Site::start(&names).await;
    let proxy = site.proxy;
    let writers = editors.into_iter().map(|editor| {
        tokio::spawn(async move {
            let browser = Client::socket(proxy);
            browser.sign_in(&editor, PASSWORD).await;
            for n in 0..100 {
                let title = format!("Proxied {editor}-{n}");
                let saved = save(&browser, &title).await.unwrap();
                assert_eq!(saved.status, 303, "{title}: {}", saved.body);
            }
        })
    });
    for writer in writers {
        writer.await.unwrap();
    }
    assert_eq!(site.titles_starting_with("Proxied ").await.len(), 800);
    // nginx took turns: each server saved a good share.
    let shares = site.passed_to_each("POST", "/admin/events/new");
    assert!(shares.iter().all(|&share| share >= 200), "{shares:?}");
}

/// Statuses of the answers readers and writers got, and the titles whose saves were
/// acknowledged.
#[derive(Default)]
struct Seen {
    readers: Vec<u16>,
    writers: Vec<u16>,
    acknowledged: Vec<String>,
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_server_killed_under_load_costs_readers_no_error_and_editors_no_acknowledged_save() {
    let mut site = Site::start(&["crash"]).await;
    let proxy = site.proxy;
    // One browser, its editor saving from four tabs.
    let browser = Arc::new(Client::socket(proxy));
    browser.sign_in("crash", PASSWORD).await;
    let seen = Arc::new(Mutex::new(Seen::default()));
    let stop = Arc::new(AtomicBool::new(false));
    let mut load = Vec::new();
    for reader in 0..4 {
        let (seen, stop) = (seen.clone(), stop.clone());
        load.push(tokio::spawn(async move {
            let paths = ["/", "/api/events?page=2", RECENT, "/ko/"];
            for n in 0.. {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let answer = get(proxy, paths[(reader + n) % paths.len()]).await;
                seen.lock().unwrap().readers.push(answer.status.as_u16());
            }
        }));
    }
    for writer in 0..4 {
        let (seen, stop, browser) = (seen.clone(), stop.clone(), browser.clone());
        load.push(tokio::spawn(async move {
            for n in 0.. {
                if stop.load(Ordering::Relaxed) {
                    break;
                }
                let title = format!("Crash {writer}-{n}");
                let answer = save(&browser, &title).await.unwrap();
                let mut seen = seen.lock().unwrap();
                seen.writers.push(answer.status.as_u16());
                if answer.status == 303 {
                    seen.acknowledged.push(title);
                }
            }
        }));
    }

    let acknowledged = || seen.lock().unwrap().acknowledged.len();
    // Generous: on a machine busy with other builds, a save can take a second.
    let until = |count: usize| async move {
        let deadline = Instant::now() + Duration::from_secs(60);
        while acknowledged() < count {
            assert!(
                Instant::now() < deadline,
                "{} saves of {count}",
                acknowledged()
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    until(20).await;
    site.kill_server(0);
    let at_kill = acknowledged();
    // The load goes on against the one server left.
    until(at_kill + 20).await;
    stop.store(true, Ordering::Relaxed);
    for task in load {
        task.await.unwrap();
    }

    let seen = std::mem::take(&mut *seen.lock().unwrap());
    // Every read was answered in full: nginx passes a read the dead server could not answer
    // on to the other, so no reader sees the failure.
    let failed: Vec<_> = seen.readers.iter().filter(|&&s| s != 200).collect();
    assert!(failed.is_empty(), "readers got {failed:?}");
    assert!(seen.readers.len() > 100, "{} reads", seen.readers.len());
    // A save is either acknowledged or, if it had reached the killed server, answered 502
    // (nginx does not send a POST twice); none is refused otherwise.
    let odd: Vec<_> = seen
        .writers
        .iter()
        .filter(|&&s| s != 303 && s != 502)
        .collect();
    assert!(odd.is_empty(), "writers got {odd:?}");
    // Both servers were taking saves.
    let shares = site.passed_to_each("POST", "/admin/events/new");
    assert!(shares.iter().all(|&share| share > 0), "{shares:?}");
    let saved = site.titles_starting_with("Crash ").await;
    let lost: Vec<_> = seen
        .acknowledged
        .iter()
        .filter(|title| !saved.contains(*title))
        .collect();
    assert!(lost.is_empty(), "lost acknowledged saves: {lost:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_the_listening_connections_killed_an_edit_still_shows_within_a_second() {
    let site = Site::start(&["listener"]).await;
    let browser = Client::socket(site.proxy);
    browser.sign_in("listener", PASSWORD).await;
    let url = &site.database.url;
    let both_listening = |within: Duration| async move {
        let deadline = Instant::now() + within;
        while listening_backends(url).await.len() != 2 {
            assert!(
                Instant::now() < deadline,
                "the servers are not both listening"
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    };
    both_listening(Duration::from_secs(5)).await;
    let title = "Saved while no one listened";
    assert!(!get(site.servers[1], RECENT).await.body.contains(title));

    // As a failover or an operator would: every server's listening connection is ended.
    let mut conn = <sqlx::PgConnection as sqlx::Connection>::connect(url)
        .await
        .unwrap();
    let ended: Vec<bool> = sqlx::query_scalar(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'LISTEN %'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    assert_eq!(ended, [true, true]);

    let saved = save(&browser.on(site.servers[0]), title).await.unwrap();
    assert_eq!(saved.status, 303, "{}", saved.body);
    shows_within_a_second(site.servers[1], RECENT, title).await;
    // And both listen again.
    both_listening(Duration::from_secs(3)).await;
}
