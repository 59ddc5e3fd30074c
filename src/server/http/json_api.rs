//! The public JSON API: `/api/events` and `/api/events/{id}`.

use crate::model::{EventId, Filter, PAGE_SIZE, page_number};
use crate::server::http::error::AppError;
use crate::server::startup::AppState;
use axum::Json;
use axum::extract::{Path, RawQuery, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The events a filter selects, a page at a time: the same parameters as the timeline.
pub(crate) async fn list_events(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let query = query.unwrap_or_default();
    let filter = Filter::from_query(&query).map_err(|errors| AppError::BadRequest {
        message: errors.to_string(),
        problems: errors.0,
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

pub(crate) async fn get_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, AppError> {
    let id: EventId = id.parse().map_err(|_| {
        AppError::bad_request(format!("{id:?} is not an event id; ids are whole numbers"))
    })?;
    match state.store.event(id).await? {
        Some(event) => Ok(Json(event).into_response()),
        None if state.store.is_retired(id).await? => {
            Err(AppError::Gone(format!("event {id} has been withdrawn")))
        }
        None => Err(AppError::NotFound(format!("there is no event {id}"))),
    }
}

/// 200 when the database answers, 503 when it doesn't.
pub(crate) async fn healthz(State(state): State<AppState>) -> Response {
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, "ok\n").into_response(),
        Err(err) => {
            tracing::error!(error = %err, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n").into_response()
        }
    }
}
