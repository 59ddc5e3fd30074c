//! Readers' pages and API answers, kept until the data changes, with validators so that a
//! browser's repeat visit gets "304 Not Modified".
//!
//! A page depends only on its URL and the data; the data's generation (see the migration)
//! names its version. Each page carries a fresh CSP nonce, so a kept page gets a new one
//! each time it is served.

use super::cache::GenerationCache;
use super::security::page_policy;
use super::state::AppState;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::nonce::Nonce;
use std::sync::LazyLock;

/// How many pages to keep; at most a few hundred KB each.
const CAPACITY: usize = 128;

/// Names this run of the server in validators, so a new version never matches an old page.
static RUN: LazyLock<Nonce> = LazyLock::new(Nonce::new);

#[derive(Clone, Debug)]
pub struct PageCache(GenerationCache<String, Kept>);

impl Default for PageCache {
    fn default() -> Self {
        Self(GenerationCache::with_capacity(CAPACITY))
    }
}

/// A page as first served.
#[derive(Clone, Debug)]
struct Kept {
    status: StatusCode,
    content_type: HeaderValue,
    body: Bytes,
    /// The nonce written into `body`, if it is a page.
    nonce: Option<String>,
}

/// The readers' URLs: pages and the JSON API. Editors' pages are never kept.
fn is_cacheable(path: &str) -> bool {
    path == "/" || path.starts_with("/events/") || path.starts_with("/api/events")
}

/// Middleware: answers 304 when the browser's copy is current, and serves kept pages.
pub async fn serve_cached(State(state): State<AppState>, request: Request, next: Next) -> Response {
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
    let etag = format!("W/\"{}-{generation}\"", &**RUN);
    if is_current(request.headers(), &etag) {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    let key = request.uri().to_string();
    if method == Method::GET
        && let Some(kept) = state.pages.0.get(generation, &key)
    {
        return serve(kept, &etag);
    }

    let response = next.run(request).await;
    let keep = method == Method::GET
        && matches!(
            response.status(),
            StatusCode::OK | StatusCode::NOT_FOUND | StatusCode::GONE
        )
        && !response.headers().contains_key(header::SET_COOKIE);
    let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
    let (Some(content_type), true) = (content_type, keep) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => {
            tracing::error!(error = %err, "could not read a page to keep");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let kept = Kept {
        status: parts.status,
        content_type,
        nonce: nonce_in(&parts.headers),
        body: body.clone(),
    };
    state.pages.0.put(generation, key, kept);
    with_etag(Response::from_parts(parts, Body::from(body)), &etag)
}

/// Whether `If-None-Match` names the current version.
fn is_current(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|tag| {
            let tag = tag.trim();
            tag == "*" || tag.trim_start_matches("W/") == etag.trim_start_matches("W/")
        })
}

fn with_etag(mut response: Response, etag: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
}

/// A kept page with a new nonce in its body and its policy.
fn serve(kept: Kept, etag: &str) -> Response {
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, kept.content_type);
    let body = match kept.nonce {
        Some(old) => {
            // A nonce made as Leptos makes the ones it renders.
            let new = Nonce::new();
            if let Ok(policy) = HeaderValue::from_str(&page_policy(&new)) {
                headers.insert(header::CONTENT_SECURITY_POLICY, policy);
            }
            let text = String::from_utf8_lossy(&kept.body).replace(&old, &new);
            Bytes::from(text)
        }
        None => kept.body,
    };
    with_etag((kept.status, headers, body).into_response(), etag)
}

/// The nonce a page's policy allows.
fn nonce_in(headers: &HeaderMap) -> Option<String> {
    let policy = headers
        .get(header::CONTENT_SECURITY_POLICY)?
        .to_str()
        .ok()?;
    let rest = policy.split("'nonce-").nth(1)?;
    Some(rest.split('\'').next()?.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators_match_with_or_without_weakness_and_in_lists() {
        let etag = "W/\"run-7\"";
        let headers = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::IF_NONE_MATCH, HeaderValue::from_static(value));
            headers
        };
        assert!(is_current(&headers("W/\"run-7\""), etag));
        assert!(is_current(&headers("\"other\", \"run-7\""), etag));
        assert!(is_current(&headers("*"), etag));
        assert!(!is_current(&headers("W/\"run-6\""), etag));
        assert!(!is_current(&HeaderMap::new(), etag));
    }

    #[test]
    fn the_nonce_is_read_from_the_policy() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(&page_policy("abc123")).unwrap(),
        );
        assert_eq!(nonce_in(&headers).as_deref(), Some("abc123"));
    }
}
