//! The public JSON API: `/api/events` and `/api/events/{id}`.

use crate::model::{EventId, Filter, FilterError, PAGE_SIZE, page_number};
use crate::server::startup::AppState;
use crate::server::store::StoreError;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// An API failure, answered as `{"error": "...", "problems": [...]}` with its status.
pub struct ApiError(StatusCode, String, Vec<FilterError>);

impl ApiError {
    fn new(status: StatusCode, message: String) -> Self {
        Self(status, message, Vec::new())
    }

    fn with_problems(status: StatusCode, message: String, problems: Vec<FilterError>) -> Self {
        Self(status, message, problems)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let mut body = json!({ "error": self.1 });
        if !self.2.is_empty() {
            body["problems"] = json!(self.2);
        }
        (self.0, Json(body)).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(err: StoreError) -> Self {
        tracing::error!(error = %err, "storage failed");
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "the timeline could not be read".into(),
        )
    }
}

/// The events a filter selects, a page at a time: the same parameters as the timeline.
pub async fn list_events(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let query = query.unwrap_or_default();
    let filter = Filter::from_query(&query).map_err(|errors| {
        ApiError::with_problems(StatusCode::BAD_REQUEST, errors.to_string(), errors.0)
    })?;
    let page = page_number(&query);
    let slice = state.store.list_events(&filter, page).await?;
    Ok(Json(json!({
        "count": slice.total,
        "page": page,
        "page_size": PAGE_SIZE,
        "events": slice.events,
    }))
    .into_response())
}

pub async fn get_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let id: EventId = id.parse().map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("{id:?} is not an event id; ids are whole numbers"),
        )
    })?;
    match state.store.event(id).await? {
        Some(event) => Ok(Json(event).into_response()),
        None if state.store.is_retired(id).await? => Err(ApiError::new(
            StatusCode::GONE,
            format!("event {id} has been withdrawn"),
        )),
        None => Err(ApiError::new(
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
