//! Failed requests answered in the caller's kind: `{"error", "problems"}` under `/api`, a
//! page of the site (with its header, footer and a way back) everywhere else. Handlers say
//! what went wrong with an `AppError`; this layer alone decides how it looks.

use crate::fault::{Fault, Upload};
use crate::model::Lang;
use crate::paths;
use crate::server::http::error::{Causes, Failed};
use crate::server::http::render::render_page;
use crate::server::middleware::language;
use crate::server::middleware::security::{Framing, with_page_policy};
use crate::server::startup::AppState;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Middleware: writes out the `Fault` a response carries, keeping its other headers (such
/// as `Retry-After`), and logs the causes of faults of ours met on the way. The body-size
/// limit answers a bare 413, which becomes a fault here.
pub(crate) async fn answer_in_kind(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let uri = request.uri().clone();
    let lang = language::of(&request);
    let causes = Causes::default();
    request.extensions_mut().insert(causes.clone());
    let mut response = next.run(request).await;
    let failed = match response.extensions_mut().remove::<Failed>() {
        Some(failed) => Some(failed),
        None if response.status() == StatusCode::PAYLOAD_TOO_LARGE => Some(Failed {
            fault: Fault::TooLarge(match uri.path() == paths::IMPORT {
                true => Upload::Import,
                false => Upload::Form,
            }),
            cause: None,
        }),
        None => None,
    };
    if let Some(Failed { fault, cause }) = failed {
        if let Some(cause) = cause {
            causes.keep(cause);
        }
        response = answer(&state, response, fault, uri, lang, &causes).await;
    }
    // The one place a fault of ours is logged, within the request's span.
    for cause in causes.take() {
        tracing::error!(error = %cause, "the request failed");
    }
    response
}

/// `response` with its body and status replaced by `fault`, written in the caller's kind.
async fn answer(
    state: &AppState,
    response: Response,
    fault: Fault,
    uri: Uri,
    lang: Lang,
    causes: &Causes,
) -> Response {
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let status = StatusCode::from_u16(fault.status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let answer = if paths::is_api(uri.path()) {
        let mut body = json!({ "error": fault.to_string() });
        if let Fault::BadRequest { problems, .. } = &fault
            && !problems.is_empty()
        {
            // Each as its parameter and a sentence: the API's documented shape.
            let problems: Vec<_> = problems
                .iter()
                .map(|p| json!({ "field": p.field, "message": p.message }))
                .collect();
            body["problems"] = json!(problems);
        }
        (status, Json(body)).into_response()
    } else {
        // The page is rendered as a GET of the same address, with the fault in context.
        let framing = Framing::of(state, uri.path());
        let (mut page, ()) = Request::get(uri)
            .body(())
            .expect("a URI and no body")
            .into_parts();
        page.extensions.insert(lang);
        page.extensions.insert(causes.clone());
        with_page_policy(render_page(state, page, fault, status).await, framing).await
    };
    let (answer, body) = answer.into_parts();
    parts.headers.extend(answer.headers);
    parts.status = answer.status;
    Response::from_parts(parts, body)
}
