//! Keeping page renders from stalling: a page that does not answer in time is rendered again.

use crate::fault::Fault;
use crate::paths;
use crate::server::http::error::AppError;
use axum::body::Body;
use axum::extract::Request;
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// How long a page may take to render before it is started again.
const STALLED_AFTER: Duration = Duration::from_secs(10);

/// Middleware: a page (a GET that Leptos renders) that has not answered in `STALLED_AFTER`
/// is rendered once more, and then answered 503. The wake-up bug this was first written
/// for (leptos-rs/leptos#4851) is fixed in the Leptos we use; open reports of renders that
/// never finish remain (#4647, #4673), so a reader should get a page, or at least an
/// answer. Nothing else is retried: the JSON API, files and health checks answer without
/// Leptos, and retrying them would only double the load when the server is busiest.
pub(crate) async fn retry_stalled(request: Request, next: Next) -> Response {
    if request.method() != Method::GET || !is_page_render(request.uri().path()) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let first = next.clone().run(Request::from_parts(parts.clone(), body));
    if let Ok(response) = tokio::time::timeout(STALLED_AFTER, first).await {
        return response;
    }
    tracing::warn!(path = %parts.uri.path(), "a page stalled; rendering it again");
    match tokio::time::timeout(
        STALLED_AFTER,
        next.run(Request::from_parts(parts, Body::empty())),
    )
    .await
    {
        Ok(response) => response,
        Err(_) => {
            tracing::error!("a page stalled twice");
            AppError::from(Fault::Stalled).into_response()
        }
    }
}

/// Whether Leptos renders the answer: everything but the API, the built files and the
/// health check.
fn is_page_render(path: &str) -> bool {
    paths::address(path).is_rendered()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::server::http::error::Failed;
    use axum::Router;
    use axum::http::StatusCode;
    use axum::middleware::from_fn;
    use axum::routing::get;
    use std::sync::Arc;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use tower::ServiceExt;

    async fn status_of(app: Router) -> StatusCode {
        let request = Request::get("/").body(Body::empty()).unwrap();
        app.oneshot(request).await.unwrap().status()
    }

    #[tokio::test(start_paused = true)]
    async fn a_stalled_page_is_rendered_again() {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        // The first render never finishes; the second does.
        let page = move || {
            let call = counter.fetch_add(1, Ordering::SeqCst);
            async move {
                if call == 0 {
                    std::future::pending::<()>().await;
                }
                "the page"
            }
        };
        let app = Router::new()
            .route("/", get(page))
            .layer(from_fn(retry_stalled));
        assert_eq!(status_of(app).await, StatusCode::OK);
        assert_eq!(calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test(start_paused = true)]
    async fn a_stalled_api_call_is_not_tried_again() {
        let calls = Arc::new(AtomicUsize::new(0));
        let counter = calls.clone();
        let answer = move || {
            counter.fetch_add(1, Ordering::SeqCst);
            async move {
                tokio::time::sleep(STALLED_AFTER * 3).await;
                "late"
            }
        };
        let app = Router::new()
            .route("/api/events", get(answer))
            .layer(from_fn(retry_stalled));
        let request = Request::get("/api/events").body(Body::empty()).unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }

    #[tokio::test(start_paused = true)]
    async fn a_page_that_stalls_twice_is_answered_503_in_the_caller_s_kind() {
        let app = Router::new()
            .route("/", get(std::future::pending::<&'static str>))
            .layer(from_fn(retry_stalled));
        let request = Request::get("/").body(Body::empty()).unwrap();
        let response = app.oneshot(request).await.unwrap();
        assert_eq!(response.status(), StatusCode::SERVICE_UNAVAILABLE);
        // Written out in the caller's kind by the fault layer, not as bare text.
        let failed = response.extensions().get::<Failed>().unwrap();
        assert_eq!(failed.fault, Fault::Stalled);
    }
}
