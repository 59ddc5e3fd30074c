//! Building the app (database, state, router) and serving it over HTTP until told to stop.

use crate::server::auth::sessions;
use crate::server::clock::Clock;
use crate::server::http::static_files;
use crate::server::middleware::page_cache::PageCache;
use crate::server::router::router;
use crate::server::startup::config::Config;
use crate::server::startup::{AppState, Shared};
use crate::server::store::Store;
use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::Request;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use hyper_util::service::TowerToHyperService;
use leptos::config::LeptosOptions;
use std::net::SocketAddr;
use std::pin::pin;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};
use tower::ServiceExt;

/// The app, bound to its port and ready to serve.
pub struct Application {
    listener: TcpListener,
    router: Router,
    pkg_dir: std::path::PathBuf,
    store: Store,
    limits: Limits,
}

/// What one client may hold of the server.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// How long a request's headers may take to arrive, and an idle keep-alive connection
    /// may wait for its next request: a client that sends half a request and waits is cut
    /// off after this.
    pub header_read: Duration,
    /// How many connections are served at once; more wait to be accepted, so that a few
    /// machines cannot take every socket the process may open.
    pub connections: usize,
    /// How long requests in flight may take to finish after a stop signal.
    pub grace: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            header_read: Duration::from_secs(10),
            connections: 768,
            grace: Duration::from_secs(15),
        }
    }
}

/// How often records that can only grow are tidied (see `tidy`).
const TIDY_EVERY: Duration = Duration::from_secs(10 * 60);

impl Application {
    /// Opens (creating, migrating and seeding) the database and binds the address.
    /// Port 0 picks a free port, which tests use.
    pub async fn build(config: &Config) -> anyhow::Result<Self> {
        let state = prepare(config).await?;
        let listener = TcpListener::bind(config.addr).await?;
        Ok(Self {
            listener,
            pkg_dir: static_files::pkg_dir(&state.leptos_options),
            store: state.store.clone(),
            router: router(state),
            limits: Limits::default(),
        })
    }

    /// The same app, with other limits on its clients (tests make them short).
    pub fn with_limits(self, limits: Limits) -> Self {
        Self { limits, ..self }
    }

    /// Starts making the compressed copies of the built files (see `http::static_files`).
    pub fn compress_files(&self) {
        static_files::compress_in_background(self.pkg_dir.clone());
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until SIGINT or SIGTERM, then lets requests in flight finish.
    pub async fn run(self) -> std::io::Result<()> {
        self.run_until(shutdown_signal()).await
    }

    /// Serves until `stop` completes, then lets requests in flight finish (for at most the
    /// grace period). Each connection holds a permit while it lives, and its requests'
    /// headers must arrive within the header-read limit.
    pub async fn run_until(self, stop: impl Future<Output = ()>) -> std::io::Result<()> {
        tokio::spawn(tidy(self.store.clone()));
        let Self {
            listener,
            router,
            limits,
            ..
        } = self;
        let permits = Arc::new(Semaphore::new(limits.connections));
        // HTTP/1 only: a browser reaches the site over HTTP/1.1, or over HTTP/2 to a proxy in
        // front; an idle HTTP/2 connection would not be held to the header deadline.
        let mut http = auto::Builder::new(TokioExecutor::new()).http1_only();
        http.http1()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read);
        let connections = GracefulShutdown::new();
        let mut stop = pin!(stop);
        loop {
            let accepted = tokio::select! {
                () = &mut stop => break,
                accepted = accept(&listener, &permits) => accepted,
            };
            let (stream, address, permit) = accepted;
            // Without TCP_NODELAY a keep-alive client waits ~40 ms per response (Nagle's
            // algorithm meeting delayed ACKs).
            if let Err(err) = stream.set_nodelay(true) {
                tracing::warn!(error = %err, "could not set TCP_NODELAY");
            }
            // Handlers read the client's address as axum's `ConnectInfo`.
            let service = router
                .clone()
                .map_request(move |request: Request<Incoming>| {
                    let mut request = request.map(Body::new);
                    request.extensions_mut().insert(ConnectInfo(address));
                    request
                });
            let connection = http
                .serve_connection(TokioIo::new(stream), TowerToHyperService::new(service))
                .into_owned();
            let connection = connections.watch(connection);
            tokio::spawn(async move {
                if let Err(err) = connection.await {
                    tracing::debug!(error = %err, "a connection ended with an error");
                }
                drop(permit);
            });
        }
        tokio::select! {
            () = connections.shutdown() => {}
            () = tokio::time::sleep(limits.grace) => {
                tracing::warn!("requests still in flight at the end of the grace period");
            }
        }
        Ok(())
    }
}

/// The next connection, once there is a permit for it. Accepting can fail for reasons that
/// pass (too many open files, a connection reset before it was accepted): wait a moment
/// and go on.
async fn accept(
    listener: &TcpListener,
    permits: &Arc<Semaphore>,
) -> (TcpStream, SocketAddr, OwnedSemaphorePermit) {
    let permit = permits
        .clone()
        .acquire_owned()
        .await
        .expect("the semaphore is never closed");
    loop {
        match listener.accept().await {
            Ok((stream, address)) => return (stream, address, permit),
            Err(err) => {
                tracing::warn!(error = %err, "could not accept a connection");
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
}

/// Now and then, deletes sessions and imports nobody can use any more and folds old failed
/// sign-ins to no account, so that no table grows without bound.
async fn tidy(store: Store) {
    let mut every = tokio::time::interval(TIDY_EVERY);
    loop {
        every.tick().await;
        if let Err(err) = sessions::end_expired(&store).await {
            tracing::warn!(error = %err, "could not delete expired sessions");
        }
        if let Err(err) = crate::server::import::delete_expired(&store).await {
            tracing::warn!(error = %err, "could not delete expired imports");
        }
        if let Err(err) = store.fold_unknown_sign_ins().await {
            tracing::warn!(error = %err, "could not fold old failed sign-ins");
        }
    }
}

const HASH_FILE: &str = "hash.txt";

/// Opens the database and gathers what handlers need.
pub async fn prepare(config: &Config) -> anyhow::Result<AppState> {
    crate::server::terms::register()
        .map_err(|problems| anyhow::anyhow!("seed/terms.json has problems:\n{problems}"))?;
    let store = Store::open(&config.database_url, Clock::default()).await?;
    if store.seed_once().await? {
        tracing::info!("seeded the database");
    }
    // A release build names its files by their content's hash and lists the hashes in
    // hash.txt beside the binary; without that file the plain names are used.
    let hashed_assets = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.parent()?.join(HASH_FILE)))
        .is_some_and(|file| file.exists());
    let leptos_options = LeptosOptions::builder()
        .output_name("korea-japan-timeline")
        .site_root(config.site_root.as_str())
        .site_pkg_dir("pkg")
        .site_addr(config.addr)
        .hash_files(hashed_assets)
        .hash_file(HASH_FILE.into())
        .build();
    let ticket_key = crate::server::abuse::TicketKey::shared(&store).await?;
    Ok(AppState::new(Shared {
        ticket_key,
        leptos_options,
        store,
        pages: PageCache::default(),
        hashed_assets,
        public_url: config.public_url(),
        https: config.https(),
        trust_forwarded_for: config.trust_forwarded_for,
        embed_hosts: config.embed_origins.clone(),
        body_deadline: crate::server::middleware::security::BODY_READ_TIMEOUT,
    }))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for SIGINT");
            std::future::pending::<()>().await;
        }
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down; finishing requests in flight");
}
