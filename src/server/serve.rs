//! Building the app and serving it over HTTP.

use super::config::Config;
use super::page_cache::{self, PageCache};
use super::state::AppState;
use super::store::Store;
use super::{
    audit, canonical, db, event_forms, json_api, precompressed, render, security, seed, sessions,
    sign_in,
};
use crate::app::{App, shell};
use axum::Router;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{get, post};
use axum::serve::ListenerExt;
use leptos::config::LeptosOptions;
use leptos_axum::{LeptosRoutes, generate_route_list};
use sqlx::SqlitePool;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

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
            pkg_dir: precompressed::pkg_dir(&state.leptos_options),
            pool: state.store.pool().clone(),
            router: router(state),
        })
    }

    /// Starts making the compressed copies of the built files (see `precompressed`).
    pub fn compress_files(&self) {
        precompressed::compress_in_background(self.pkg_dir.clone());
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

/// Every route of the site: pages, server functions, the JSON API and static files.
pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let options = state.leptos_options.clone();
    Router::new()
        .route("/healthz", get(json_api::healthz))
        .route("/api/events", get(json_api::list_events))
        .route("/api/events/{id}", get(json_api::get_event))
        .route("/login", post(sign_in::sign_in))
        .route("/logout", post(sign_in::sign_out))
        .route("/admin/events/{key}", post(event_forms::save_event))
        .route("/admin/events/{id}/retire", post(event_forms::retire_event))
        .route(
            "/admin/events/{id}/restore",
            post(event_forms::restore_event),
        )
        .nest_service("/pkg", precompressed::files(&state.leptos_options))
        .leptos_routes(&state, routes, move || shell(options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // The first layer listed is the innermost.
        .layer(from_fn(security::policy_for_page))
        .layer(from_fn_with_state(
            state.clone(),
            canonical::redirect_to_canonical,
        ))
        .layer(from_fn_with_state(state.clone(), page_cache::serve_cached))
        .layer(from_fn_with_state(state.clone(), sign_in::admin_gate))
        .layer(from_fn_with_state(
            state.clone(),
            security::refuse_cross_site,
        ))
        .layer(RequestBodyLimitLayer::new(security::MAX_BODY_BYTES))
        .layer(from_fn(render::retry_stalled))
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), security::add_headers))
        // Each request's log lines carry its id, which the response also returns (or the
        // one a proxy in front already gave it).
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::INFO)),
        )
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(SetRequestIdLayer::x_request_id(MakeRequestUuid))
        .with_state(state)
}

fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|id| id.to_str().ok())
        .unwrap_or_default();
    tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
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
