//! Readers' reports of errors, posted from the form under every event, and editors'
//! answers to them.
//!
//! A report is taken only from an address under its limit, with the form's ticket at least
//! a few seconds old, the hidden field empty, and the fields within the rules; any refusal
//! answers with the form again and everything typed (429 with `Retry-After` when paused,
//! else 422). The honeypot is answered with 422 rather than a feigned success, because a
//! browser's autofill can fill it for a person, whose report must not vanish silently.

use crate::loaders::reports::{AnswerPosted, ReportPosted};
use crate::model::{
    AnswerForm, EventId, Reference, ReportForm, ReportRefusal, TRAP_FIELD, event_id_in,
};
use crate::server::abuse::{self, MIN_FILL};
use crate::server::auth::editor_session::{SignedIn, client_address};
use crate::server::http::error::AppError;
use crate::server::http::extract::Path;
use crate::server::http::render::render_page;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::{AnswerError, IncomingReport};
use axum::body::Bytes;
use axum::extract::State;
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use rand::RngCore;
use tokio::sync::Semaphore;

/// Reports are taken two at a time: a flood of them waits its turn, idle, rather than taking
/// every core from readers, whose pages are kept and cost little.
static REPORT_TURNS: Semaphore = Semaphore::const_new(2);

/// How many references to draw before giving up: two of 2^40 colliding twice is not luck.
const REFERENCE_DRAWS: usize = 3;

/// `POST /events/{id}-{slug}/report`.
pub(crate) async fn report_error(
    State(state): State<AppState>,
    Path(key): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let Some(id) = event_id_in(&key) else {
        return no_such_event(&key);
    };
    match state.store.event_title(id).await {
        Ok(Some(_)) => {}
        Ok(None) => return no_such_event(&key),
        Err(err) => return AppError::from(err).into_response(),
    }
    let mut form = ReportForm::default();
    let (mut ticket, mut trap) = (String::new(), String::new());
    for (name, value) in form_urlencoded::parse(&body) {
        match &*name {
            "what" => form.what = value.into_owned(),
            "source" => form.source = value.into_owned(),
            "email" => form.email = value.into_owned(),
            "ticket" => ticket = value.into_owned(),
            TRAP_FIELD => trap = value.into_owned(),
            _ => {}
        }
    }
    let taken = async {
        let _turn = REPORT_TURNS.acquire().await?;
        take_report(&state, &parts, id, form, &ticket, &trap).await
    };
    match taken.await {
        Ok(response) => response,
        Err(err) => AppError::internal("taking a report", err).into_response(),
    }
}

async fn take_report(
    state: &AppState,
    parts: &Parts,
    id: EventId,
    form: ReportForm,
    ticket: &str,
    trap: &str,
) -> anyhow::Result<Response> {
    let store = &state.store;
    let lang = language::of_parts(parts);
    let address = abuse::address_digest(&client_address(state, parts));
    let again = |form: ReportForm, posted: ReportPosted, status: StatusCode| {
        render_page(
            state,
            parts.clone(),
            ReportPosted { form, ..posted },
            status,
        )
    };
    let refused = |refusal| ReportPosted {
        refusal: Some(refusal),
        ..ReportPosted::default()
    };

    if let Some(seconds) = abuse::report_pause(store, &address).await? {
        let minutes = u64::try_from((seconds + 59) / 60).unwrap_or(1);
        let posted = refused(ReportRefusal::Paused { minutes });
        let mut response = again(form, posted, StatusCode::TOO_MANY_REQUESTS).await;
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        return Ok(response);
    }
    if !trap.is_empty() {
        let posted = refused(ReportRefusal::Trap);
        return Ok(again(form, posted, StatusCode::UNPROCESSABLE_ENTITY).await);
    }
    let age = state.ticket_key.age(ticket, store.clock().now());
    if age.is_none_or(|age| age < MIN_FILL) {
        let posted = refused(ReportRefusal::TooSoon);
        return Ok(again(form, posted, StatusCode::UNPROCESSABLE_ENTITY).await);
    }
    let report = match form.validate() {
        Ok(report) => report,
        Err(errors) => {
            let posted = ReportPosted {
                errors,
                ..ReportPosted::default()
            };
            return Ok(again(form, posted, StatusCode::UNPROCESSABLE_ENTITY).await);
        }
    };
    let year = chrono::Datelike::year(&store.clock().now().as_datetime());
    for _ in 0..REFERENCE_DRAWS {
        let reference = Reference::new(year, rand::rng().next_u64());
        let incoming = IncomingReport {
            reference: &reference,
            event_id: id,
            lang,
            report: &report,
            address_digest: &address,
        };
        if store.insert_report(&incoming).await? {
            let status = lang.path(&format!("/reports/{reference}"));
            return Ok(Redirect::to(&status).into_response());
        }
    }
    anyhow::bail!("no free reference in {REFERENCE_DRAWS} draws")
}

/// `POST /admin/reports/{reference}`: an editor accepts or declines a report, with a reply.
pub(crate) async fn answer_report(
    signed_in: SignedIn,
    State(state): State<AppState>,
    Path(reference): Path<String>,
    parts: Parts,
    body: Bytes,
) -> Response {
    let Ok(reference) = reference.parse::<Reference>() else {
        return no_such_report(&reference);
    };
    let lang = language::of_parts(&parts);
    let mut form = AnswerForm::default();
    for (name, value) in form_urlencoded::parse(&body) {
        match &*name {
            "decision" => form.decision = value.into_owned(),
            "reply" => form.reply = value.into_owned(),
            _ => {}
        }
    }
    let again = |posted: AnswerPosted, status| render_page(&state, parts.clone(), posted, status);
    let answer = match form.validate() {
        Ok(answer) => answer,
        Err(problem) => {
            let posted = AnswerPosted {
                form,
                problem: Some(problem),
                conflict: false,
            };
            return again(posted, StatusCode::UNPROCESSABLE_ENTITY).await;
        }
    };
    match (state.store)
        .answer_report(&reference, &answer, signed_in.editing())
        .await
    {
        Ok(()) => {
            let page = lang.path(&format!("/admin/reports/{reference}?saved=1"));
            Redirect::to(&page).into_response()
        }
        Err(AnswerError::NotFound(_)) => no_such_report(&reference),
        // The first answer stands and is shown; the reply typed is kept in the form.
        Err(AnswerError::Answered(_)) => {
            let posted = AnswerPosted {
                form,
                problem: None,
                conflict: true,
            };
            again(posted, StatusCode::CONFLICT).await
        }
        Err(AnswerError::Store(err)) => AppError::from(err).into_response(),
    }
}

fn no_such_event(key: &str) -> Response {
    AppError::not_found(format!("There is no event {key}.")).into_response()
}

fn no_such_report(reference: impl std::fmt::Display) -> Response {
    AppError::not_found(format!("There is no report {reference}.")).into_response()
}
