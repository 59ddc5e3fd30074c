//! The public JSON API: `/api/events` and `/api/events/{id}`.

use super::state::AppState;
use super::store::StoreError;
use crate::model::EventId;
use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An API failure, answered as `{"error": "..."}` with its status.
pub struct ApiError(StatusCode, String);

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.0, Json(json!({ "error": self.1 }))).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        tracing::error!(error = %err, "storage failed");
        ApiError(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the timeline could not be read".into(),
        )
    }
}

pub async fn list_events(State(state): State<AppState>) -> Result<Response, ApiError> {
    let events = state.store.list_events().await?;
    Ok(Json(json!({ "count": events.len(), "events": events })).into_response())
}

pub async fn get_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id: EventId = id.parse().map_err(|_| {
        ApiError(
            StatusCode::BAD_REQUEST,
            format!("{id:?} is not an event id; ids are whole numbers"),
        )
    })?;
    match state.store.event(id).await? {
        Some(event) => Ok(Json(event).into_response()),
        None => Err(ApiError(
            StatusCode::NOT_FOUND,
            format!("there is no event {id}"),
        )),
    }
}

/// 200 when the database answers, 503 when it doesn't.
pub async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}
