//! Storage: every query the app makes, behind one type, so another database can join
//! SQLite later without touching the pages.

use crate::model::{
    Actor, Category, DateSpan, Event, EventDate, EventId, EventLink, EventPage, PartialDate, Source,
};
use sqlx::{FromRow, SqliteConnection, SqlitePool};
use std::collections::HashMap;

/// The language every event is written in first.
const ORIGINAL_LANG: &str = "en";

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    /// A row that the domain types refuse: written by hand, or by an older version.
    #[error("event {id} has invalid stored data: {problem}")]
    Invalid { id: EventId, problem: String },
}

pub type StoreResult<T> = Result<T, StoreError>;

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
}

/// An event before it has an id: what editors and the seed data write.
#[derive(Clone, Debug)]
pub struct NewEvent {
    pub title: String,
    pub summary: String,
    pub body: Option<String>,
    pub when: DateSpan,
    pub category: Category,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
}

const EVENT_COLUMNS: &str = "e.id, t.title, t.summary, t.body, e.start_date, e.start_circa, \
     e.end_date, e.end_circa, e.category";

const EVENT_FROM: &str = "FROM events e \
     JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' \
     WHERE e.retired_at IS NULL";

#[derive(FromRow)]
struct EventRow {
    id: EventId,
    title: String,
    summary: String,
    body: Option<String>,
    start_date: String,
    start_circa: bool,
    end_date: Option<String>,
    end_circa: bool,
    category: String,
}

impl EventRow {
    fn when(&self) -> StoreResult<DateSpan> {
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

    fn into_event(self, actors: Vec<Actor>, sources: Vec<Source>) -> StoreResult<Event> {
        let when = self.when()?;
        let category = self
            .category
            .parse::<Category>()
            .map_err(|e| StoreError::Invalid {
                id: self.id,
                problem: e.to_string(),
            })?;
        Ok(Event {
            id: self.id,
            title: self.title,
            summary: self.summary,
            body: self.body,
            when,
            category,
            actors,
            sources,
        })
    }

    fn into_link(self) -> StoreResult<EventLink> {
        Ok(EventLink {
            when: self.when()?,
            id: self.id,
            title: self.title,
        })
    }
}

#[derive(FromRow)]
struct ActorRow {
    event_id: EventId,
    actor: String,
}

#[derive(FromRow)]
struct SourceRow {
    event_id: EventId,
    publisher: String,
    headline: String,
    published: Option<String>,
    url: Option<String>,
}

impl Store {
    pub fn new(pool: SqlitePool) -> Self {
        Self { pool }
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Every event readers may see, in date order.
    pub async fn list_events(&self) -> StoreResult<Vec<Event>> {
        let rows: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} ORDER BY e.start_date, e.id"
        ))
        .fetch_all(&self.pool)
        .await?;
        let mut actors = self.actors_of(None).await?;
        let mut sources = self.sources_of(None).await?;
        rows.into_iter()
            .map(|row| {
                let actors = actors.remove(&row.id).unwrap_or_default();
                let sources = sources.remove(&row.id).unwrap_or_default();
                row.into_event(actors, sources)
            })
            .collect()
    }

    /// One event readers may see, or `None`.
    pub async fn event(&self, id: EventId) -> StoreResult<Option<Event>> {
        let Some(row) = self.event_row(id).await? else {
            return Ok(None);
        };
        let actors = self
            .actors_of(Some(id))
            .await?
            .remove(&id)
            .unwrap_or_default();
        let sources = self
            .sources_of(Some(id))
            .await?
            .remove(&id)
            .unwrap_or_default();
        row.into_event(actors, sources).map(Some)
    }

    /// The title of an event readers may see: enough to build its canonical path.
    pub async fn event_title(&self, id: EventId) -> StoreResult<Option<String>> {
        let title = sqlx::query_scalar(&format!("SELECT t.title {EVENT_FROM} AND e.id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(title)
    }

    /// An event with its related events and its neighbours in time.
    pub async fn event_page(&self, id: EventId) -> StoreResult<Option<EventPage>> {
        let Some(event) = self.event(id).await? else {
            return Ok(None);
        };
        let start = event.when.start().date.to_string();
        let related: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} AND e.id IN (
                 SELECT related_id FROM related_events WHERE event_id = ?1
                 UNION SELECT event_id FROM related_events WHERE related_id = ?1)
             ORDER BY e.start_date, e.id"
        ))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let previous: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} AND (e.start_date, e.id) < (?1, ?2)
             ORDER BY e.start_date DESC, e.id DESC LIMIT 1"
        ))
        .bind(&start)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let next: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} AND (e.start_date, e.id) > (?1, ?2)
             ORDER BY e.start_date, e.id LIMIT 1"
        ))
        .bind(&start)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(Some(EventPage {
            event,
            related: related
                .into_iter()
                .map(EventRow::into_link)
                .collect::<StoreResult<_>>()?,
            previous: previous.map(EventRow::into_link).transpose()?,
            next: next.map(EventRow::into_link).transpose()?,
        }))
    }

    pub async fn count_events(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar("SELECT count(*) FROM events WHERE retired_at IS NULL")
            .fetch_one(&self.pool)
            .await?;
        Ok(count)
    }

    async fn event_row(&self, id: EventId) -> StoreResult<Option<EventRow>> {
        let row = sqlx::query_as(&format!("SELECT {EVENT_COLUMNS} {EVENT_FROM} AND e.id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row)
    }

    /// Actors per event, in their given order: of one event, or of all.
    async fn actors_of(&self, id: Option<EventId>) -> StoreResult<HashMap<EventId, Vec<Actor>>> {
        let rows: Vec<ActorRow> = sqlx::query_as(
            "SELECT event_id, actor FROM event_actors
             WHERE ?1 IS NULL OR event_id = ?1 ORDER BY event_id, position",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
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

    /// Sources per event, in their given order: of one event, or of all.
    async fn sources_of(&self, id: Option<EventId>) -> StoreResult<HashMap<EventId, Vec<Source>>> {
        let rows: Vec<SourceRow> = sqlx::query_as(
            "SELECT event_id, publisher, headline, published, url FROM sources
             WHERE ?1 IS NULL OR event_id = ?1 ORDER BY event_id, position",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
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
            by_event.entry(row.event_id).or_default().push(Source {
                publisher: row.publisher,
                headline: row.headline,
                date,
                url: row.url,
            });
        }
        Ok(by_event)
    }
}

/// Writes an event in the caller's transaction and returns its id.
pub async fn insert_event(conn: &mut SqliteConnection, event: &NewEvent) -> StoreResult<EventId> {
    let now = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let start = event.when.start();
    let end = event.when.end();
    let id: EventId = sqlx::query_scalar(
        "INSERT INTO events (start_date, start_circa, end_date, end_circa, category, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
    )
    .bind(start.date.to_string())
    .bind(start.circa)
    .bind(end.map(|d| d.date.to_string()))
    .bind(end.is_some_and(|d| d.circa))
    .bind(event.category.code())
    .bind(&now)
    .bind(&now)
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query(
        "INSERT INTO event_texts (event_id, lang, title, summary, body) VALUES (?, ?, ?, ?, ?)",
    )
    .bind(id)
    .bind(ORIGINAL_LANG)
    .bind(&event.title)
    .bind(&event.summary)
    .bind(&event.body)
    .execute(&mut *conn)
    .await?;
    for (position, actor) in event.actors.iter().enumerate() {
        sqlx::query("INSERT INTO event_actors (event_id, position, actor) VALUES (?, ?, ?)")
            .bind(id)
            .bind(position as i64)
            .bind(actor.code())
            .execute(&mut *conn)
            .await?;
    }
    for (position, source) in event.sources.iter().enumerate() {
        sqlx::query(
            "INSERT INTO sources (event_id, position, publisher, headline, published, url)
             VALUES (?, ?, ?, ?, ?, ?)",
        )
        .bind(id)
        .bind(position as i64)
        .bind(&source.publisher)
        .bind(&source.headline)
        .bind(source.date.map(|d| d.to_string()))
        .bind(&source.url)
        .execute(&mut *conn)
        .await?;
    }
    Ok(id)
}

/// Records that two events are related (in either direction); repeating it is harmless.
pub async fn relate_events(conn: &mut SqliteConnection, a: EventId, b: EventId) -> StoreResult<()> {
    sqlx::query("INSERT OR IGNORE INTO related_events (event_id, related_id) VALUES (?, ?)")
        .bind(a.min(b))
        .bind(a.max(b))
        .execute(&mut *conn)
        .await?;
    Ok(())
}
