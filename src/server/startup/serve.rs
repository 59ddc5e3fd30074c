//! Building the app (database, state, router) and serving it over HTTP until told to stop.

use crate::server::auth::sessions;
use crate::server::http::static_files;
use crate::server::middleware::page_cache::PageCache;
use crate::server::router::router;
use crate::server::startup::AppState;
use crate::server::startup::config::Config;
use crate::server::store::{Store, audit, db, seed};
use axum::Router;
use axum::serve::ListenerExt;
use leptos::config::LeptosOptions;
use sqlx::SqlitePool;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;

/// The app, bound to its port and ready to serve.
pub struct Application {
    listener: TcpListener,
    router: Router,
    pkg_dir: std::path::PathBuf,
    pool: SqlitePool,
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
            pool: state.store.pool().clone(),
            router: router(state),
        })
    }

    /// Starts making the compressed copies of the built files (see `precompressed`).
    pub fn compress_files(&self) {
        static_files::compress_in_background(self.pkg_dir.clone());
    }

    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// Serves until SIGINT or SIGTERM, then lets requests in flight finish.
    pub async fn run(self) -> std::io::Result<()> {
        // Without TCP_NODELAY a keep-alive client waits ~40 ms per response
        // (Nagle's algorithm meeting delayed ACKs).
        let listener = self.listener.tap_io(|tcp| {
            if let Err(err) = tcp.set_nodelay(true) {
                tracing::warn!(error = %err, "could not set TCP_NODELAY");
            }
        });
        tokio::spawn(tidy(self.pool.clone()));
        let app = self
            .router
            .into_make_service_with_connect_info::<SocketAddr>();
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await
    }
}

/// Now and then, deletes sessions nobody can use any more and folds old failed sign-ins
/// to no account, so that neither table grows without bound.
async fn tidy(pool: SqlitePool) {
    let mut every = tokio::time::interval(TIDY_EVERY);
    loop {
        every.tick().await;
        if let Err(err) = sessions::end_expired(&pool).await {
            tracing::warn!(error = %err, "could not delete expired sessions");
        }
        if let Err(err) = audit::fold_unknown_sign_ins(&pool).await {
            tracing::warn!(error = %err, "could not fold old failed sign-ins");
        }
    }
}

const HASH_FILE: &str = "hash.txt";

/// Opens the database and gathers what handlers need.
pub async fn prepare(config: &Config) -> anyhow::Result<AppState> {
    let pool = db::open(&config.database_url).await?;
    if seed::seed_once(&pool).await? {
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
    Ok(AppState {
        leptos_options,
        store: Store::new(pool),
        pages: PageCache::default(),
        hashed_assets,
        public_url: config.public_url(),
        https: config.https(),
        trust_forwarded_for: config.trust_forwarded_for,
    })
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
