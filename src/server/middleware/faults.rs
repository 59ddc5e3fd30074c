//! Failed requests answered in the caller's kind: `{"error", "problems"}` under `/api`, a
//! page of the site (with its header, footer and a way back) everywhere else. Handlers say
//! what went wrong with an `AppError`; this layer alone decides how it looks.

use crate::pages::ShownFault;
use crate::paths;
use crate::server::http::error::Fault;
use crate::server::http::render::render_page;
use crate::server::middleware::language;
use crate::server::middleware::security::{Framing, MAX_BODY_BYTES, with_page_policy};
use crate::server::startup::AppState;
use axum::Json;
use axum::extract::{Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Middleware: writes out the `Fault` a response carries, keeping its other headers (such
/// as `Retry-After`). The body-size limit answers a bare 413, which gets its words here.
pub(crate) async fn answer_in_kind(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let uri = request.uri().clone();
    let lang = language::of(&request);
    let mut response = next.run(request).await;
    let fault = match response.extensions_mut().remove::<Fault>() {
        Some(fault) => fault,
        None if response.status() == StatusCode::PAYLOAD_TOO_LARGE => Fault {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            message: too_large(),
            problems: Vec::new(),
            cause: None,
        },
        None => return response,
    };
    // The one place a fault of ours is logged, within the request's span.
    if let Some(cause) = &fault.cause {
        tracing::error!(error = %cause, "the request failed");
    }
    let (mut parts, _) = response.into_parts();
    parts.headers.remove(header::CONTENT_TYPE);
    parts.headers.remove(header::CONTENT_LENGTH);
    let answer = if paths::is_api(uri.path()) {
        let mut body = json!({ "error": fault.message });
        if !fault.problems.is_empty() {
            // Each as its parameter and a sentence: the API's documented shape.
            let problems: Vec<_> = fault
                .problems
                .iter()
                .map(|p| json!({ "field": p.field, "message": p.message }))
                .collect();
            body["problems"] = json!(problems);
        }
        (fault.status, Json(body)).into_response()
    } else {
        // The page is rendered as a GET of the same address, with the fault in context.
        let framing = Framing::of(&state, uri.path());
        let (mut page, ()) = Request::get(uri)
            .body(())
            .expect("a URI and no body")
            .into_parts();
        page.extensions.insert(lang);
        let shown = ShownFault {
            status: fault.status.as_u16(),
            message: fault.message,
        };
        with_page_policy(
            render_page(&state, page, shown, fault.status).await,
            framing,
        )
        .await
    };
    let (answer, body) = answer.into_parts();
    parts.headers.extend(answer.headers);
    parts.status = answer.status;
    Response::from_parts(parts, body)
}

fn too_large() -> String {
    format!(
        "Too large: the server accepts at most {} KB, and nothing was saved. Go back (your \
         browser keeps what you typed), shorten the longest text, and send it again.",
        MAX_BODY_BYTES / 1024
    )
}
