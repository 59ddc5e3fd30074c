//! Rendering pages outside Leptos's own routes: a form post answered with its form again.

use crate::app::shell;
use crate::server::startup::AppState;
use axum::body::Body;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::{Method, StatusCode};
use axum::response::Response;
use leptos::prelude::provide_context;

/// Renders the page at the request's path with `posted` in context, answering a form post
/// with the form again (its errors and what was typed) and the given status.
pub(crate) async fn render_page<T>(
    state: &AppState,
    parts: Parts,
    posted: T,
    status: StatusCode,
) -> Response
where
    T: Clone + Send + Sync + 'static,
{
    let options = state.leptos_options.clone();
    let state = state.clone();
    let render = leptos_axum::render_app_async_with_context(
        move || {
            provide_context(state.clone());
            provide_context(posted.clone());
        },
        move || shell(options.clone()),
    );
    let mut request = Request::from_parts(parts, Body::empty());
    *request.method_mut() = Method::GET;
    let mut response = render(request).await;
    *response.status_mut() = status;
    response
}
