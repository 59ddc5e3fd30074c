//! Every route of the site, and the layers a request passes through.
//!
//! A request meets the layers from the outside in: its language is read from the start of
//! its address (`/ko/…`, `/ja/…`) and taken off, it gets an id and a log span, then the
//! security headers are promised to its answer, the answer is compressed, a failure is
//! written out in the caller's kind (JSON or a page); then a body over its path's limit is
//! refused, a cross-site write is refused, the admin pages ask for a session, a kept page is
//! served from the cache, a stalled page render is retried, a reader's page names its oEmbed
//! address, an old event address is redirected, and finally the route answers (and its page
//! gets its policy).

use crate::app::{App, shell};
use crate::fault::Fault;
use crate::paths;
use crate::server::http::error::AppError;
use crate::server::http::{
    citations, discovery, embedding, event_forms, exports, feeds, imports, json_api, reports,
    sign_in, static_files, timelinejs,
};
use crate::server::middleware::{
    admin_gate, canonical, faults, language, page_cache, retry, security,
};
use crate::server::startup::AppState;
use axum::Router;
use axum::body::Body;
use axum::extract::DefaultBodyLimit;
use axum::http::Request;
use axum::middleware::{from_fn, from_fn_with_state};
use axum::routing::{MethodRouter, any, get, post};
use leptos::server_fn::axum::server_fn_paths;
use leptos_axum::{AxumRouteListing, LeptosRoutes, generate_route_list_with_exclusions};
use std::sync::OnceLock;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::timeout::RequestBodyTimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

/// Every route of the site: pages, server functions, the JSON API and static files.
pub fn router(state: AppState) -> Router {
    let routes = page_routes().to_vec();
    // Every request copies its route's handler, and with it this closure: it holds the
    // shared state, one pointer, rather than a copy of the options.
    let shared = state.clone();
    let site = handler_routes()
        .into_iter()
        .fold(Router::new(), |site, (path, handler)| {
            site.route(path, handler)
        })
        .nest_service("/pkg", static_files::files(&state.leptos_options))
        .leptos_routes(&state, routes, move || shell(shared.leptos_options.clone()))
        .fallback(leptos_axum::file_and_error_handler::<AppState, _>(shell))
        // After every route: a known address asked with a method it does not take.
        .method_not_allowed_fallback(not_allowed)
        .with_state(state.clone());
    // The layers wrap the whole router, not each route: each layer copies what lies within
    // it for every request, and a router is one pointer to copy where a route is a boxed
    // service of its own. Read from the outside in: the order in which a request meets them.
    let layers = ServiceBuilder::new()
        // The routes are chosen from the address without its language.
        .map_request(language::split_language)
        // Each request's log lines carry its id, which the response also returns (or the
        // one a proxy in front already gave it, if it is a plain short one).
        .map_request(security::drop_unsafe_request_id)
        .layer(SetRequestIdLayer::x_request_id(security::RandomRequestIds))
        .layer(PropagateRequestIdLayer::x_request_id())
        .layer(
            TraceLayer::new_for_http()
                .make_span_with(request_span)
                .on_response(DefaultOnResponse::new().level(Level::INFO))
                // A failure is logged once, with its cause, by `faults`; the response's line
                // gives its status.
                .on_failure(()),
        )
        .layer(from_fn_with_state(state.clone(), security::add_headers))
        .layer(from_fn(security::refuse_odd_targets))
        .layer(CompressionLayer::new())
        .layer(from_fn_with_state(state.clone(), faults::answer_in_kind))
        .layer(from_fn(security::limit_body))
        .layer(RequestBodyTimeoutLayer::new(security::BODY_READ_TIMEOUT))
        // The limited body is a body like any other to the layers within.
        .map_request(|request: Request<_>| request.map(Body::new))
        .layer(from_fn_with_state(
            state.clone(),
            security::read_body_in_time,
        ))
        .layer(from_fn_with_state(
            state.clone(),
            security::refuse_cross_site,
        ))
        .layer(from_fn_with_state(state.clone(), admin_gate::admin_gate))
        .layer(from_fn_with_state(state.clone(), page_cache::serve_cached))
        // Within the cache: a kept page is not rendered, so it cannot stall.
        .layer(from_fn(retry::retry_stalled))
        // Within the cache, so that a kept page keeps its header.
        .layer(from_fn_with_state(state.clone(), embedding::announce))
        .layer(from_fn_with_state(
            state.clone(),
            canonical::redirect_to_canonical,
        ))
        .layer(from_fn_with_state(state, security::policy_for_page));
    Router::new().fallback_service(layers.service(site))
}

/// The routes that handlers answer rather than pages. Each path is classified in
/// `paths::ADDRESSES` (a test checks it).
fn handler_routes() -> [(&'static str, MethodRouter<AppState>); 28] {
    [
        (paths::ATOM_FEED, get(feeds::atom)),
        (paths::JSON_FEED, get(feeds::json_feed)),
        ("/robots.txt", get(discovery::robots)),
        ("/sitemap.xml", get(discovery::sitemap)),
        ("/sitemap-{n}", get(discovery::numbered_sitemap)),
        (paths::HEALTH, get(json_api::healthz)),
        (paths::EVENTS_API, get(json_api::list_events)),
        (paths::CSV_EXPORT, get(exports::csv)),
        (paths::TIMELINEJS_EXPORT, get(timelinejs::timelinejs)),
        (paths::OEMBED, get(embedding::oembed)),
        (crate::embeds::HOST_SCRIPT_PATH, get(embedding::host_script)),
        (
            crate::stylesheets::EDITORS_PATH,
            get(static_files::editors_stylesheet),
        ),
        ("/events/{key}/cite.ris", get(citations::ris)),
        ("/events/{key}/cite.bib", get(citations::bibtex)),
        ("/events/{key}/cite.json", get(citations::csl_json)),
        ("/api/events/{id}", get(json_api::get_event)),
        // The rest of the API's addresses are unknown, answered as the API answers.
        ("/api", any(json_api::no_such_address)),
        ("/api/{*rest}", any(json_api::no_such_address)),
        ("/events/{key}/report", post(reports::report_error)),
        ("/admin/reports/{reference}", post(reports::answer_report)),
        ("/login", post(sign_in::sign_in)),
        ("/logout", post(sign_in::sign_out)),
        ("/admin/events/{key}", post(event_forms::save_event)),
        ("/admin/events/{id}/retire", post(event_forms::retire_event)),
        (
            "/admin/events/{id}/restore",
            post(event_forms::restore_event),
        ),
        (
            "/admin/events/{key}/revisions",
            post(event_forms::restore_revision),
        ),
        // The file's own limit (`security::body_limit`) applies, not the extractor's.
        (
            paths::IMPORT,
            post(imports::upload).layer(DefaultBodyLimit::disable()),
        ),
        ("/admin/import/{key}", post(imports::confirm)),
    ]
}

/// A known address asked with a method it does not take: 405, in the caller's kind.
async fn not_allowed(method: axum::http::Method) -> AppError {
    AppError::from(Fault::MethodNotAllowed {
        method: method.to_string(),
    })
}

/// The pages' routes, found by rendering the app once. Once per process: while the list is
/// made, Leptos holds back every resource in the process, so a page rendered at that moment
/// would wait forever (leptos-rs/leptos#4773), as a test building its own router would.
fn page_routes() -> &'static [AxumRouteListing] {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| {
        // The server functions are the pages' own way to their data, called while a page
        // is rendered; no browser calls them, so they are not offered as routes.
        let server_functions = server_fn_paths().map(|(path, _)| path.to_owned()).collect();
        generate_route_list_with_exclusions(App, Some(server_functions))
    })
}

fn request_span(request: &Request<Body>) -> tracing::Span {
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|id| id.to_str().ok())
        .unwrap_or_default();
    tracing::info_span!("request", id, method = %request.method(), path = %request.uri().path())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path of a route with each parameter filled in, as a request would have it.
    fn example(route: &str) -> String {
        route
            .split('/')
            .map(|segment| match segment.starts_with(['{', ':']) {
                true => "1",
                false => segment,
            })
            .collect::<Vec<_>>()
            .join("/")
    }

    #[test]
    fn every_route_is_in_the_address_table() {
        // The server functions' paths are listed but never routed (see `page_routes`).
        let server_functions: Vec<&str> = server_fn_paths().map(|(path, _)| path).collect();
        let pages = page_routes()
            .iter()
            .map(|route| route.path().to_owned())
            .filter(|path| !server_functions.contains(&path.as_str()));
        let handlers = handler_routes().map(|(path, _)| path.to_owned());
        let built = std::iter::once("/pkg/app.css".to_owned());
        for route in pages.chain(handlers).chain(built) {
            let path = example(&route);
            assert_ne!(paths::address(&path), paths::Address::Unknown, "{route}");
        }
    }
}
