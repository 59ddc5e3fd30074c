//! Any view of the timeline to download: `/api/events.csv` takes the timeline's filters and
//! answers every event of the view, whole (every language's texts, dates with their precision,
//! category, actors, sources, related events, each side's positions, permanent address), one
//! row each, so that an export can be imported back. UTF-8 with a byte order mark, RFC 4180
//! quoting and CRLF line ends: what Excel needs to open Korean and Japanese as they are. The answer streams a batch
//! of events at a time, so a view of 100,000 events is never held in memory at once.

use crate::model::{Filter, Lang};
use crate::server::http::error::AppError;
use crate::server::startup::AppState;
use crate::server::store::{ExportedEvent, Store};
use axum::body::{Body, Bytes};
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// Events read and written per batch.
const BATCH: u32 = 500;

/// The columns, in order: an import reads them by these names.
pub(crate) const COLUMNS: [&str; 21] = [
    "id",
    "url",
    "start",
    "start_circa",
    "end",
    "end_circa",
    "category",
    "actors",
    "title_en",
    "summary_en",
    "body_en",
    "title_ko",
    "summary_ko",
    "body_ko",
    "title_ja",
    "summary_ja",
    "body_ja",
    "sources",
    "related",
    "positions",
    // The version exported, which an import of the row must find the event at to change it.
    "version",
];

/// `GET /api/events.csv`.
pub(crate) async fn csv(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let filter = Filter::from_query(&query.unwrap_or_default())?;
    // The first batch is read before answering, so a failing database is a 500, not a cut-off
    // file.
    let first = state.store.exported_events(&filter, None, BATCH).await?;
    let writing = |err| AppError::internal("writing an export", err);
    let mut head = b"\xEF\xBB\xBF".to_vec();
    head.extend(rows(&[], true, &state.public_url).map_err(writing)?);
    head.extend(rows(&first, false, &state.public_url).map_err(writing)?);
    let next = next_after(&first);
    let rest = futures_util::stream::unfold(
        (state.store.clone(), filter, next, state.public_url.clone()),
        |(store, filter, after, site)| async move {
            let after = after?;
            let batch = read(&store, &filter, after).await;
            let next = batch.as_deref().ok().and_then(next_after);
            let chunk = batch.and_then(|events| rows(&events, false, &site));
            Some((chunk.map(Bytes::from), (store, filter, next, site)))
        },
    );
    // Fused: the layers around a body may ask for more after its end, which an unfused
    // stream answers with a panic.
    let body = futures_util::StreamExt::fuse(futures_util::StreamExt::chain(
        futures_util::stream::once(async move { Ok::<_, std::io::Error>(Bytes::from(head)) }),
        rest,
    ));
    Ok((
        [
            (
                header::CONTENT_TYPE,
                "text/csv; charset=utf-8; header=present",
            ),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"korea-japan-timeline.csv\"",
            ),
        ],
        Body::from_stream(body),
    )
        .into_response())
}

/// Where the next batch starts, after a full one; a shorter batch was the last.
fn next_after(batch: &[ExportedEvent]) -> Option<crate::model::EventId> {
    match batch.len() == BATCH as usize {
        true => batch.last().map(|e| e.event.id),
        false => None,
    }
}

async fn read(
    store: &Store,
    filter: &Filter,
    after: crate::model::EventId,
) -> Result<Vec<ExportedEvent>, std::io::Error> {
    store
        .exported_events(filter, Some(after), BATCH)
        .await
        .map_err(|err| {
            // The answer has begun: all that is left is to cut it off, and say why in the log.
            tracing::error!(error = %err, "an export failed partway");
            std::io::Error::other(err)
        })
}

/// The CSV lines of `events` (or of the header, when `header`), CRLF-terminated.
fn rows(events: &[ExportedEvent], header: bool, site: &str) -> Result<Vec<u8>, std::io::Error> {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    if header {
        writer.write_record(COLUMNS)?;
    }
    for exported in events {
        writer.write_record(record(exported, site))?;
    }
    writer.into_inner().map_err(|err| err.into_error())
}

fn record(exported: &ExportedEvent, site: &str) -> Vec<String> {
    let event = &exported.event;
    let start = event.when.start();
    let end = event.when.end();
    let flag = |on: bool| if on { "1" } else { "" }.to_owned();
    let mut record = vec![
        event.id.to_string(),
        format!("{site}{}", event.path()),
        start.date.to_string(),
        flag(start.circa),
        end.map(|d| d.date.to_string()).unwrap_or_default(),
        flag(end.is_some_and(|d| d.circa)),
        event.category.code().to_owned(),
        event
            .actors
            .iter()
            .map(|a| a.code())
            .collect::<Vec<_>>()
            .join(" "),
        event.title.clone(),
        event.summary.clone(),
        event.body.clone().unwrap_or_default(),
    ];
    for lang in [Lang::Ko, Lang::Ja] {
        match exported.translations.iter().find(|t| t.lang == lang) {
            Some(t) => record.extend([
                t.text.title.clone(),
                t.text.summary.clone(),
                t.text.body.clone().unwrap_or_default(),
            ]),
            None => record.extend([String::new(), String::new(), String::new()]),
        }
    }
    let sources: Vec<_> = event
        .sources
        .iter()
        .map(|s| {
            json!({
                "publisher": s.publisher,
                "headline": s.headline,
                "date": s.date.map(|d| d.to_string()),
                "url": s.url.as_ref().map(|u| u.as_str()),
            })
        })
        .collect();
    record.push(serde_json::Value::from(sources).to_string());
    record.push(
        exported
            .related
            .iter()
            .map(|id| id.to_string())
            .collect::<Vec<_>>()
            .join(" "),
    );
    // As the API writes them: whose, the language, the quote, its source, its translations.
    record.push(json!(event.positions).to_string());
    record.push(exported.version.to_string());
    record
}
