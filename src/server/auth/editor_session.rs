//! Who is asking: the signed-in editor and the client's address, for handlers and
//! server functions alike.

use crate::fault::Fault;
use crate::server::auth::accounts::Editor;
use crate::server::auth::sessions;
use crate::server::http::error::AppError;
use crate::server::startup::AppState;
use crate::server::store::{Editing, StoreResult};
use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use std::net::SocketAddr;

/// The editor whose session a request carries.
pub(crate) async fn editor_of(state: &AppState, parts: &Parts) -> StoreResult<Option<Editor>> {
    match sessions::token_in(&parts.headers, state.https) {
        Some(token) => sessions::find(&state.store, token).await,
        None => Ok(None),
    }
}

/// Where a request came from: the peer's address, or behind a trusted reverse proxy the
/// address it appended to `X-Forwarded-For`.
pub(crate) fn client_address(state: &AppState, parts: &Parts) -> String {
    if state.trust_forwarded_for
        && let Some(last) = parts
            .headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .map(str::trim)
            .rfind(|v| !v.is_empty())
    {
        return last.to_owned();
    }
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(addr)| addr.ip().to_string())
        .unwrap_or_else(|| "unknown".into())
}

/// Extractor for handlers that change data: the signed-in editor and where they are, or
/// 401 before the handler runs.
pub(crate) struct SignedIn {
    pub editor: Editor,
    pub address: String,
}

impl SignedIn {
    /// Who makes a change, for the audit log.
    pub(crate) fn editing(&self) -> Editing<'_> {
        Editing {
            username: &self.editor.username,
            address: &self.address,
            note: None,
            restores: None,
        }
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match editor_of(state, parts).await {
            Ok(Some(editor)) => Ok(SignedIn {
                editor,
                address: client_address(state, parts),
            }),
            Ok(None) => Err(AppError::from(Fault::SignedOut).into_response()),
            Err(err) => Err(AppError::internal("reading the session", err).into_response()),
        }
    }
}
