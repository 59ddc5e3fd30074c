//! Readers' pages and API answers, kept until the data changes, with validators so that a
//! browser's repeat visit gets "304 Not Modified".
//!
//! A page depends only on the view it shows and the data; the data's generation (see the
//! migration) names its version. Pages are kept by view, not by address: the parsed filter
//! and page number, unknown parameters ignored and order irrelevant, so `/?utm_source=x`
//! is the page `/` already kept, and junk in a query string cannot make work. A kept page is
//! kept compressed too, in each form the first time a reader takes it, so that serving it
//! again costs no more than a static file and its first reader waits for one compression at
//! most; readers' pages carry no per-response nonce (their inline scripts are allowed by
//! hash), so one page serves every reader.

mod in_flight;
mod kept;
mod negotiation;
mod view_key;

use crate::server::http::error::AppError;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::GenerationCache;
use axum::extract::{Request, State};
use axum::http::{Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use in_flight::InFlight;
use kept::{BUDGET, Kept};
use negotiation::{Accepts, is_current};
use std::sync::Arc;
use view_key::{is_cacheable, view_key};

/// The readers' pages kept by view, and the views being rendered now.
#[derive(Clone, Debug)]
pub struct PageCache {
    kept: GenerationCache<String, Kept>,
    rendering: Arc<InFlight>,
}

impl Default for PageCache {
    fn default() -> Self {
        Self {
            kept: GenerationCache::with_budget(BUDGET),
            rendering: Arc::default(),
        }
    }
}

impl PageCache {
    /// How many pages are kept, and their size in bytes.
    pub fn usage(&self) -> (usize, u64) {
        self.kept.usage()
    }
}

/// Middleware: answers 304 when the browser's copy is current, and serves kept pages.
pub(crate) async fn serve_cached(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    if !matches!(method, Method::GET | Method::HEAD) || !is_cacheable(request.uri().path()) {
        return next.run(request).await;
    }
    let generation = match state.store.generation().await {
        Ok(generation) => generation,
        Err(err) => {
            tracing::warn!(error = %err, "could not read the data generation");
            return next.run(request).await;
        }
    };
    let Some((key, lang)) = view_key(request.uri(), request.headers(), language::of(&request))
    else {
        return next.run(request).await;
    };
    let etag = negotiation::etag(generation, lang);
    if is_current(request.headers(), &etag) {
        return negotiation::not_modified(&etag, lang);
    }
    let accepts = Accepts::from(request.headers());
    if method == Method::GET
        && let Some(kept) = state.pages.kept.get(generation, &key)
    {
        return kept.serve(&etag, accepts).await;
    }
    let _turn = state.pages.rendering.enter(&key).await;
    if method == Method::GET
        && let Some(kept) = state.pages.kept.get(generation, &key)
    {
        return kept.serve(&etag, accepts).await;
    }

    let response = next.run(request).await;
    let keep = method == Method::GET
        // Not 404s: every address that is no event would be a page of its own to keep.
        && matches!(response.status(), StatusCode::OK | StatusCode::GONE)
        && !response.headers().contains_key(header::SET_COOKIE);
    let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
    let (Some(content_type), true) = (content_type, keep) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => return AppError::internal("reading a page to keep", err).into_response(),
    };
    let kept = Kept::new(parts.status, content_type, &parts.headers, body);
    state.pages.kept.put(generation, key, kept.clone());
    kept.serve(&etag, accepts).await
}
