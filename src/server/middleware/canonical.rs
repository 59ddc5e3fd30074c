//! Permanent links: `/events/{id}` and stale slugs answer 308 to `/events/{id}-{slug}`
//! (in the language of the address asked for), and so do an event's embeds
//! (`/embed/events/{id}`) and the addresses under its page (its history, its revisions and
//! its citations: `/events/{id}/v/2`);
//! and `/on-this-day` without a date is sent on to today's.

use crate::model::{MonthDay, RevisionNumber, event_id_in, event_path};
use crate::paths;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Redirect, Response};

/// Middleware: redirects any non-canonical path of an existing event to its canonical one.
/// Everything else (including unknown ids, which get the 404 page) goes on untouched.
pub(crate) async fn redirect_to_canonical(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let lang = language::of(&request);
    let path = request.uri().path();
    if path == paths::ON_THIS_DAY && !has_date(request.uri().query().unwrap_or_default()) {
        // Today's date, in UTC: a page of its own for each day, so that the page kept for a
        // date never goes stale at midnight.
        let today = MonthDay::of(state.store.clock().now().as_datetime().date_naive());
        let today = format!("{}?date={today}", paths::ON_THIS_DAY);
        return Redirect::to(&lang.path(&today)).into_response();
    }
    // An embed's address is the page's, after `/embed`.
    let embed = path.starts_with(paths::EMBED) && paths::is_embed(path);
    let page = if embed {
        &path[paths::EMBED.len()..]
    } else {
        path
    };
    // The event's key, and what follows it under the event's page.
    let Some((id, tail)) = page.strip_prefix("/events/").and_then(|rest| {
        let (key, tail) = rest.find('/').map_or((rest, ""), |at| rest.split_at(at));
        (tail.is_empty() || (!embed && is_under_event(tail))).then_some(())?;
        Some((event_id_in(key)?, tail))
    }) else {
        return next.run(request).await;
    };
    let title = match state.store.event_title(id).await {
        Ok(Some(title)) => title,
        // Unknown ids and storage failures are the page's to report.
        Ok(None) | Err(_) => return next.run(request).await,
    };
    let canonical = match embed {
        true => crate::embeds::of_event(&event_path(id, &title)),
        false => format!("{}{tail}", event_path(id, &title)),
    };
    if path == canonical {
        return next.run(request).await;
    }
    let location = match request.uri().query() {
        Some(query) => format!("{}?{query}", lang.path(&canonical)),
        None => lang.path(&canonical),
    };
    match HeaderValue::from_str(&location) {
        Ok(location) => (
            StatusCode::PERMANENT_REDIRECT,
            [(header::LOCATION, location)],
        )
            .into_response(),
        Err(_) => next.run(request).await,
    }
}

/// What may follow an event's page in an address: its history, a revision, a citation.
fn is_under_event(tail: &str) -> bool {
    matches!(tail, "/history" | "/cite.ris" | "/cite.bib" | "/cite.json")
        || tail
            .strip_prefix("/v/")
            .is_some_and(|n| n.parse::<RevisionNumber>().is_ok())
}

fn has_date(query: &str) -> bool {
    form_urlencoded::parse(query.as_bytes()).any(|(key, value)| key == "date" && !value.is_empty())
}
