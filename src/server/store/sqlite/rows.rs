//! The rows events are read from, and the queries that gather an event's actors and
//! sources: shared by every read of events.

use super::search::push_ids;
use crate::model::{
    Actor, Category, DateSpan, Event, EventDate, EventId, EventLink, Lang, PartialDate, Source,
    WebUrl, slugify,
};
use crate::server::store::{StoreError, StoreResult};
use sqlx::{FromRow, QueryBuilder, SqlitePool};
use std::collections::HashMap;

/// An event's columns in English, its original (`t`, see `EVENT_FROM`).
pub(super) const EVENT_COLUMNS: &str = "e.id, t.lang, t.title, t.title AS original_title, \
     t.summary, t.body, e.start_date, e.start_circa, e.end_date, e.end_circa, e.category";

pub(super) const EVENT_FROM: &str = "FROM events e \
     JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' \
     WHERE e.retired_at IS NULL";

/// The texts an event is read in: `t`, the English original every event has, and `l`, the
/// language asked for, where it is written. The code comes from `Lang`, never from a request.
pub(super) fn texts_join(lang: Lang) -> String {
    format!(
        "JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' \
         LEFT JOIN event_texts l ON l.event_id = e.id AND l.lang = '{}'",
        lang.code()
    )
}

/// Events readers may see, each with its texts in `lang` (`l`) and in English (`t`).
pub(super) fn visible_in_language(lang: Lang) -> String {
    format!(
        "FROM events e {} WHERE e.retired_at IS NULL",
        texts_join(lang)
    )
}

/// An event's columns in the language asked for (`l`), or in English (`t`) where it is not
/// written: the texts of one language, never a mix. Lists leave out the body, their longest
/// text, which they never show.
pub(super) fn columns_in_language(with_body: bool) -> String {
    let body = if with_body {
        "CASE WHEN l.event_id IS NULL THEN t.body ELSE l.body END"
    } else {
        "NULL"
    };
    format!(
        "e.id, coalesce(l.lang, t.lang) AS lang, coalesce(l.title, t.title) AS title, t.title AS original_title, \
         coalesce(l.summary, t.summary) AS summary, {body} AS body, e.start_date, \
         e.start_circa, e.end_date, e.end_circa, e.category"
    )
}

#[derive(FromRow)]
pub(super) struct EventRow {
    pub(super) id: EventId,
    lang: String,
    title: String,
    /// The English title, which names the event's address in every language.
    original_title: String,
    summary: String,
    body: Option<String>,
    start_date: String,
    start_circa: bool,
    end_date: Option<String>,
    end_circa: bool,
    category: String,
}

impl EventRow {
    pub(super) fn when(&self) -> StoreResult<DateSpan> {
        let invalid = |problem: String| StoreError::Invalid {
            id: self.id,
            problem,
        };
        let date = |text: &str| {
            text.parse::<PartialDate>()
                .map_err(|e| invalid(e.to_string()))
        };
        let start = EventDate {
            date: date(&self.start_date)?,
            circa: self.start_circa,
        };
        let end = match &self.end_date {
            Some(text) => Some(EventDate {
                date: date(text)?,
                circa: self.end_circa,
            }),
            None => None,
        };
        DateSpan::new(start, end).map_err(|e| invalid(e.to_string()))
    }

    pub(super) fn into_event(self, actors: Vec<Actor>, sources: Vec<Source>) -> StoreResult<Event> {
        let when = self.when()?;
        let invalid = |problem: String| StoreError::Invalid {
            id: self.id,
            problem,
        };
        let category = self
            .category
            .parse::<Category>()
            .map_err(|e| invalid(e.to_string()))?;
        let lang = self
            .lang
            .parse::<Lang>()
            .map_err(|e| invalid(e.to_string()))?;
        Ok(Event {
            id: self.id,
            lang,
            title: self.title,
            slug: slugify(&self.original_title),
            summary: self.summary,
            body: self.body,
            when,
            category,
            actors,
            sources,
        })
    }

    pub(super) fn into_link(self) -> StoreResult<EventLink> {
        let Event {
            id,
            lang,
            title,
            slug,
            when,
            category,
            ..
        } = self.into_event(Vec::new(), Vec::new())?;
        Ok(EventLink {
            id,
            lang,
            title,
            slug,
            when,
            category,
        })
    }
}

#[derive(FromRow)]
pub(super) struct ActorRow {
    event_id: EventId,
    actor: String,
}

#[derive(FromRow)]
pub(super) struct SourceRow {
    event_id: EventId,
    publisher: String,
    headline: String,
    published: Option<String>,
    url: Option<String>,
}

/// Whole events from their rows: each with its actors and sources, read for all at once.
pub(super) async fn complete(pool: &SqlitePool, rows: Vec<EventRow>) -> StoreResult<Vec<Event>> {
    let ids: Vec<EventId> = rows.iter().map(|row| row.id).collect();
    let mut actors = actors_of(pool, &ids).await?;
    let mut sources = sources_of(pool, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let actors = actors.remove(&row.id).unwrap_or_default();
            let sources = sources.remove(&row.id).unwrap_or_default();
            row.into_event(actors, sources)
        })
        .collect()
}

/// The actors of these events, each event's in their given order.
pub(super) async fn actors_of(
    conn: impl sqlx::SqliteExecutor<'_>,
    ids: &[EventId],
) -> StoreResult<HashMap<EventId, Vec<Actor>>> {
    let mut query =
        QueryBuilder::new("SELECT event_id, actor FROM event_actors WHERE event_id IN ");
    push_ids(&mut query, ids);
    query.push(" ORDER BY event_id, position");
    let rows: Vec<ActorRow> = query.build_query_as().fetch_all(conn).await?;
    let mut by_event: HashMap<EventId, Vec<Actor>> = HashMap::new();
    for row in rows {
        let actor =
            row.actor
                .parse()
                .map_err(|e: crate::model::UnknownActor| StoreError::Invalid {
                    id: row.event_id,
                    problem: e.to_string(),
                })?;
        by_event.entry(row.event_id).or_default().push(actor);
    }
    Ok(by_event)
}

/// The sources of these events, each event's in their given order.
pub(super) async fn sources_of(
    conn: impl sqlx::SqliteExecutor<'_>,
    ids: &[EventId],
) -> StoreResult<HashMap<EventId, Vec<Source>>> {
    let mut query = QueryBuilder::new(
        "SELECT event_id, publisher, headline, published, url FROM sources WHERE event_id IN ",
    );
    push_ids(&mut query, ids);
    query.push(" ORDER BY event_id, position");
    let rows: Vec<SourceRow> = query.build_query_as().fetch_all(conn).await?;
    let mut by_event: HashMap<EventId, Vec<Source>> = HashMap::new();
    for row in rows {
        let date = row
            .published
            .as_deref()
            .map(str::parse::<PartialDate>)
            .transpose()
            .map_err(|e| StoreError::Invalid {
                id: row.event_id,
                problem: e.to_string(),
            })?;
        let url = row
            .url
            .as_deref()
            .map(WebUrl::parse)
            .transpose()
            .map_err(|problem| StoreError::Invalid {
                id: row.event_id,
                problem: problem.to_string(),
            })?;
        by_event.entry(row.event_id).or_default().push(Source {
            publisher: row.publisher,
            headline: row.headline,
            date,
            url,
        });
    }
    Ok(by_event)
}
