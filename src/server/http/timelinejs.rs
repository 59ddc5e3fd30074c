//! Any view as Knight Lab's TimelineJS3 JSON (`/api/timelinejs.json` with the timeline's
//! filters and `lang`), so that its hosted viewer can show it by address: events with
//! numeric date parts and a `display_date` in the chosen language, each with an explicit
//! `unique_id` from our id and slug (TimelineJS's own slugs drop Korean and Japanese titles),
//! its category as its `group`, its actors' codes as `actors` (ours, which TimelineJS
//! ignores and an import reads), each side's position and its sources in its text; periods
//! as eras. Served to any
//! origin (`Access-Control-Allow-Origin: *`), since the viewer fetches it from its own.

use crate::components::{actor_name, holder_name};
use crate::i18n::t;
use crate::model::{Event, EventDate, Filter, Lang, in_page_order};
use crate::server::http::error::AppError;
// TimelineJS shows headlines and texts as HTML.
use crate::markup::escape;
use crate::server::http::json_api::asked_language;
use crate::server::startup::AppState;
use axum::Json;
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

/// The most events one file carries; TimelineJS itself slows down well before this.
const MOST_EVENTS: u32 = 2_000;

/// `GET /api/timelinejs.json`.
pub(crate) async fn timelinejs(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, AppError> {
    let query = query.unwrap_or_default();
    let filter = Filter::from_query(&query)?;
    let lang = asked_language(&query, &headers)
        .map_err(|err| AppError::bad_request(format!("lang: {err}")))?;
    let exported = state
        .store
        .exported_events(&filter, None, MOST_EVENTS)
        .await?;
    let mut events = Vec::new();
    let mut eras = Vec::new();
    for whole in exported {
        let mut event = whole.event;
        // The event in the chosen language where it is written.
        if let Some(t) = whole.translations.into_iter().find(|t| t.lang == lang) {
            event.title = t.text.title;
            event.summary = t.text.summary;
            event.lang = lang;
        }
        let page = format!("{}{}", state.public_url, lang.path(&event.path()));
        if event.when.is_period() {
            eras.push(json!({
                "start_date": date(event.when.start(), lang),
                "end_date": event.when.end().map(|end| date(end, lang)),
                "text": { "headline": event.title },
            }));
        }
        events.push(slide(&event, lang, &page));
    }
    let answer = json!({
        "title": {
            "text": {
                "headline": t(lang, "site-name"),
                "text": t(lang, "timeline-description"),
            },
        },
        "events": events,
        "eras": eras,
    });
    Ok(([(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")], Json(answer)).into_response())
}

/// One event as a TimelineJS slide.
fn slide(event: &Event, lang: Lang, page: &str) -> Value {
    let sources: String = event
        .sources
        .iter()
        .map(|s| {
            let what = format!("{} — {}", escape(&s.publisher), escape(&s.headline));
            match &s.url {
                Some(url) => format!("<li><a href=\"{}\">{what}</a></li>", escape(url.as_str())),
                None => format!("<li>{what}</li>"),
            }
        })
        .collect();
    // Each side's words as published, then the unofficial translation, as on the event's page.
    let positions: String = in_page_order(&event.positions, lang)
        .into_iter()
        .map(|p| {
            let whose = format!(
                "{} — {}",
                actor_name(lang, p.holder.actor()),
                holder_name(lang, p.holder)
            );
            let translation = match p.words(lang).filter(|_| p.lang != lang) {
                Some(words) => format!(
                    "<p><i>{}</i>: {}</p>",
                    escape(&t(lang, "unofficial-translation")),
                    escape(words)
                ),
                None => String::new(),
            };
            format!(
                "<p><b>{}</b></p><blockquote lang=\"{}\">{}</blockquote>{translation}",
                escape(&whose),
                p.lang.code(),
                escape(&p.quote)
            )
        })
        .collect();
    let mut slide = json!({
        "unique_id": format!("{}-{}", event.id, event.slug),
        "start_date": date(event.when.start(), lang),
        "display_date": event.when.text_in(lang),
        "group": event.category.code(),
        // Not TimelineJS's (it ignores the field): what an import needs to make the event.
        "actors": event.actors.iter().map(|a| a.code()).collect::<Vec<_>>(),
        "text": {
            "headline": format!("<a href=\"{}\">{}</a>", escape(page), escape(&event.title)),
            "text": format!(
                "<p>{}</p>{positions}<ul>{sources}</ul>",
                escape(&event.summary)
            ),
        },
    });
    if let Some(end) = event.when.end() {
        slide["end_date"] = date(end, lang);
    }
    slide
}

/// A TimelineJS date: numeric parts to the precision known, and the date in words.
fn date(date: EventDate, lang: Lang) -> Value {
    let (year, month, day) = date.date.first_day();
    let mut parts = json!({ "year": year, "display_date": date.in_words(lang) });
    let precise = date.date.to_string();
    if precise.len() >= 7 {
        parts["month"] = json!(month);
    }
    if precise.len() >= 10 {
        parts["day"] = json!(day);
    }
    parts
}
