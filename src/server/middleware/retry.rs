//! Keeping page renders from stalling: a GET that does not answer in time is tried again.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Duration;

/// How long a page may take to render before it is started again.
const STALLED_AFTER: Duration = Duration::from_secs(10);

/// Middleware: a GET that has not answered in `STALLED_AFTER` is tried once more, and then
/// answered 503. Rendering has been seen to wait forever, very rarely, on a wake-up that
/// never comes (leptos-rs/leptos#4851); a reader should get a page, or at least an answer.
pub async fn retry_stalled(request: Request, next: Next) -> Response {
    if request.method() != Method::GET {
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
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "The page took too long; please try again.",
            )
                .into_response()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::Router;
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
    async fn a_page_that_stalls_twice_is_answered_503() {
        let app = Router::new()
            .route("/", get(std::future::pending::<&'static str>))
            .layer(from_fn(retry_stalled));
        assert_eq!(status_of(app).await, StatusCode::SERVICE_UNAVAILABLE);
    }
}
