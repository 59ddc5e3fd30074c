//! The public JSON API: `/api/events` and `/api/events/{id}`, in the language asked for
//! (`lang`, else the `Accept-Language` header, else English).

use crate::model::{
    EventId, Filter, FilterError, FilterField, FilterProblem, Lang, PAGE_SIZE, UnknownLang,
    page_number,
};
use crate::server::http::error::AppError;
use crate::server::http::extract::Path;
use crate::server::startup::AppState;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// The language a call asks for: its `lang`, else its `Accept-Language` (see `Lang::asked`).
/// The page cache keys the API's answers by it too.
pub(crate) fn asked_language(query: &str, headers: &HeaderMap) -> Result<Lang, UnknownLang> {
    let accept = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    Lang::asked_in(query, accept)
}

/// The language a call asks for, or a 400 naming the problem.
fn asked_lang(query: &str, headers: &HeaderMap) -> Result<Lang, AppError> {
    asked_language(query, headers).map_err(|err| {
        let problem = FilterError {
            field: FilterField::Lang,
            message: err.to_string(),
            problem: FilterProblem::UnknownLanguage(err.0.clone()),
        };
        AppError::bad_request_with(format!("lang: {err}"), vec![problem])
    })
}

/// An answer that depends on the `Accept-Language` header as well as the address.
fn by_language(answer: impl IntoResponse) -> Response {
    let mut response = answer.into_response();
    response
        .headers_mut()
        .insert(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

/// The events a filter selects, a page at a time: the same parameters as the timeline.
pub(crate) async fn list_events(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let query = query.unwrap_or_default();
    let filter = Filter::from_query(&query)?;
    let page = page_number(&query);
    let lang = asked_lang(&query, &headers)?;
    let slice = state.store.list_events(&filter, page, lang).await?;
    Ok(by_language(Json(json!({
        "count": slice.total,
        "page": page,
        "page_size": PAGE_SIZE,
        "events": slice.events,
    }))))
}

pub(crate) async fn get_event(
    State(state): State<AppState>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let id: EventId = id.parse().map_err(|_| {
        AppError::bad_request(format!("{id:?} is not an event id; ids are whole numbers"))
    })?;
    let lang = asked_lang(query.as_deref().unwrap_or_default(), &headers)?;
    match state.store.event(id, lang).await? {
        Some(event) => Ok(by_language(Json(event))),
        None if state.store.is_retired(id).await? => {
            Err(AppError::gone(format!("event {id} has been withdrawn")))
        }
        None => Err(AppError::not_found(format!("there is no event {id}"))),
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

/// Any address under `/api` that the API does not have.
pub(crate) async fn no_such_address() -> AppError {
    AppError::not_found("There is no such address in the API.")
}
