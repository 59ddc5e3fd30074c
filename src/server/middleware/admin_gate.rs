//! The gate in front of the admin pages: without a session, a browser is sent to sign in
//! and brought back afterwards.

use crate::paths;
use crate::server::auth::editor_session::editor_of;
use crate::server::http::error::AppError;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use axum::extract::{Request, State};
use axum::http::Method;
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// Middleware: the admin pages need a session; without one a browser is sent to sign in
/// and brought back afterwards.
pub(crate) async fn admin_gate(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    if !paths::is_admin(path) || !matches!(*request.method(), Method::GET | Method::HEAD) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let signed_in = match editor_of(&state, &parts).await {
        Ok(editor) => editor.is_some(),
        Err(err) => return AppError::internal("reading the session", err).into_response(),
    };
    if signed_in {
        return next.run(Request::from_parts(parts, body)).await;
    }
    // Back to the page asked for, in its language.
    let lang = language::of_parts(&parts);
    let here = parts.uri.path_and_query().map_or("/admin", |p| p.as_str());
    let next: String = form_urlencoded::byte_serialize(lang.path(here).as_bytes()).collect();
    Redirect::to(&format!("{}?next={next}", lang.path("/login"))).into_response()
}
