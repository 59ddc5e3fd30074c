//! Storage: every query the app makes, behind one type, so another database can join
//! SQLite later without touching the pages. The events are read here; editors' writes are
//! in `editing`, the audit log in `audit`, the pool and its migrations in `db`, and the
//! seed and synthetic data in `seed` and `synthetic`.

pub mod audit;
mod cache;
pub mod db;
mod editing;
pub mod seed;
pub mod synthetic;

pub(crate) use cache::{GenerationCache, Weigh};

pub use crate::model::NewEvent;
use crate::model::{
    Actor, AdminEvent, Category, DateSpan, Event, EventDate, EventId, EventLink, EventPage, Filter,
    Lang, PAGE_SIZE, PartialDate, Source, YearCount, page_offset,
};
pub use editing::{EditError, EditableEvent, Editing};
use sqlx::{FromRow, QueryBuilder, Sqlite, SqliteConnection, SqlitePool};
use std::collections::HashMap;
use std::sync::Arc;

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
    /// Counts per year by filter: counting visits every match, which at 100,000 events
    /// costs more than the rest of a page.
    year_counts: GenerationCache<String, Arc<[YearCount]>>,
    /// Pages of events by filter and page number.
    pages: GenerationCache<(String, u32), EventSlice>,
}

/// What the store's caches may hold, in bytes: a page of results is up to ~100 KB of text,
/// a year count a few KB.
const PAGES_BUDGET: u64 = 16 << 20;
const YEAR_COUNTS_BUDGET: u64 = 2 << 20;

/// One page of the events a filter selects, with what the overview needs.
#[derive(Clone, Debug)]
pub struct EventSlice {
    pub events: Vec<Event>,
    /// How many events the filter selects in all.
    pub total: u64,
    /// How many of them start in each year, in year order.
    pub years: Vec<YearCount>,
}

impl Weigh for EventSlice {
    fn weight(&self) -> u64 {
        let texts: usize = self
            .events
            .iter()
            .map(|e| {
                let sources: usize = e
                    .sources
                    .iter()
                    .map(|s| {
                        s.publisher.len() + s.headline.len() + s.url.as_ref().map_or(0, String::len)
                    })
                    .sum();
                e.title.len() + e.summary.len() + sources + 64
            })
            .sum();
        (texts + self.years.len() * 8) as u64
    }
}

impl Weigh for Arc<[YearCount]> {
    fn weight(&self) -> u64 {
        (self.len() * 8) as u64
    }
}

const EVENT_COLUMNS: &str = "e.id, t.title, t.summary, t.body, e.start_date, e.start_circa, \
     e.end_date, e.end_circa, e.category";

/// The same, without the body: lists show titles and summaries only, and a page of results
/// is kept in memory without the longest text of each event.
const LISTED_COLUMNS: &str = "e.id, t.title, t.summary, NULL AS body, e.start_date, \
     e.start_circa, e.end_date, e.end_circa, e.category";

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
        let Event {
            id,
            title,
            when,
            category,
            ..
        } = self.into_event(Vec::new(), Vec::new())?;
        Ok(EventLink {
            id,
            title,
            when,
            category,
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
        Self {
            pool,
            year_counts: GenerationCache::with_budget(YEAR_COUNTS_BUDGET),
            pages: GenerationCache::with_budget(PAGES_BUDGET),
        }
    }

    pub fn pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// One page (counting from 1) of the events readers may see that the filter selects,
    /// in date order, with the total and the count per year. Kept until the data changes,
    /// as popular views are asked for again and again.
    pub async fn list_events(&self, filter: &Filter, page: u32) -> StoreResult<EventSlice> {
        let generation = self.generation().await?;
        let key = (filter.to_query(), page);
        if let Some(slice) = self.pages.get(generation, &key) {
            return Ok(slice);
        }
        let slice = self.read_events(generation, filter, page).await?;
        self.pages.put(generation, key, slice.clone());
        Ok(slice)
    }

    /// The number that grows with every change to the data (see the migration).
    pub async fn generation(&self) -> StoreResult<i64> {
        let generation = sqlx::query_scalar(
            "SELECT CAST(value AS INTEGER) FROM app_state WHERE key = 'generation'",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(generation)
    }

    async fn read_events(
        &self,
        generation: i64,
        filter: &Filter,
        page: u32,
    ) -> StoreResult<EventSlice> {
        let years = self.year_counts(generation, filter).await?;
        let total: u64 = years.iter().map(|y| u64::from(y.events)).sum();
        let everything: u64 = self
            .year_counts(generation, &Filter::default())
            .await?
            .iter()
            .map(|y| u64::from(y.events))
            .sum();
        // The counts tell how common the matches are, which SQLite cannot know.
        let plan = if total * 20 >= everything {
            SearchPlan::InDateOrder
        } else {
            SearchPlan::FromMatches
        };
        // Choose the page's ids from the narrow date indexes first, then read only their texts.
        let mut query = QueryBuilder::new(format!(
            "SELECT {LISTED_COLUMNS} FROM (SELECT e.id FROM events e WHERE e.retired_at IS NULL"
        ));
        push_filter(&mut query, filter, plan);
        query.push(" ORDER BY e.start_date, e.id LIMIT ");
        query.push_bind(i64::from(PAGE_SIZE));
        query.push(" OFFSET ");
        query.push_bind(i64::try_from(page_offset(page)).unwrap_or(i64::MAX));
        query.push(
            ") page JOIN events e ON e.id = page.id \
             JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' \
             ORDER BY e.start_date, e.id",
        );
        let rows: Vec<EventRow> = query.build_query_as().fetch_all(&self.pool).await?;

        let ids: Vec<EventId> = rows.iter().map(|row| row.id).collect();
        let mut actors = actors_of(&self.pool, &ids).await?;
        let mut sources = sources_of(&self.pool, &ids).await?;
        let events = rows
            .into_iter()
            .map(|row| {
                let actors = actors.remove(&row.id).unwrap_or_default();
                let sources = sources.remove(&row.id).unwrap_or_default();
                row.into_event(actors, sources)
            })
            .collect::<StoreResult<_>>()?;
        Ok(EventSlice {
            events,
            total,
            years: years.to_vec(),
        })
    }

    /// How many events the filter selects in each year, from the cache while the data is
    /// still at `generation`.
    async fn year_counts(&self, generation: i64, filter: &Filter) -> StoreResult<Arc<[YearCount]>> {
        let key = filter.to_query();
        if let Some(counts) = self.year_counts.get(generation, &key) {
            return Ok(counts);
        }
        // Every event has its original text, so counting needs no join.
        let mut query = QueryBuilder::new(
            "SELECT CAST(substr(e.start_date, 1, 4) AS INTEGER) AS year, count(*) AS events \
             FROM events e WHERE e.retired_at IS NULL",
        );
        push_filter(&mut query, filter, SearchPlan::FromMatches);
        query.push(" GROUP BY year ORDER BY year");
        let rows: Vec<(i64, i64)> = query.build_query_as().fetch_all(&self.pool).await?;
        let counts: Arc<[YearCount]> = rows
            .into_iter()
            .map(|(year, events)| YearCount {
                year: u16::try_from(year).unwrap_or_default(),
                events: u32::try_from(events).unwrap_or_default(),
            })
            .collect();
        self.year_counts.put(generation, key, counts.clone());
        Ok(counts)
    }

    /// One event readers may see, or `None`.
    pub async fn event(&self, id: EventId) -> StoreResult<Option<Event>> {
        let Some(row) = self.event_row(id).await? else {
            return Ok(None);
        };
        let actors = actors_of(&self.pool, &[id])
            .await?
            .remove(&id)
            .unwrap_or_default();
        let sources = sources_of(&self.pool, &[id])
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
        // Its place in the whole timeline, in date order: the index walks to it.
        let before: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM events e WHERE e.retired_at IS NULL \
             AND (e.start_date, e.id) < (?1, ?2)",
        )
        .bind(&start)
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        let timeline_page = u32::try_from(before / i64::from(PAGE_SIZE) + 1).unwrap_or(u32::MAX);
        Ok(Some(EventPage {
            timeline_page,
            event,
            related: related
                .into_iter()
                .map(EventRow::into_link)
                .collect::<StoreResult<_>>()?,
            previous: previous.map(EventRow::into_link).transpose()?,
            next: next.map(EventRow::into_link).transpose()?,
        }))
    }

    /// Events for editors, retired ones included, most recently changed first; `search`
    /// (if not empty) must occur in the title or summary, or be the event's id.
    pub async fn admin_events(&self, search: &str, limit: u32) -> StoreResult<Vec<AdminEvent>> {
        #[derive(FromRow)]
        struct Row {
            #[sqlx(flatten)]
            event: EventRow,
            retired: bool,
        }
        // LIKE's wildcards typed by the editor are searched for as themselves.
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS}, e.retired_at IS NOT NULL AS retired
             FROM events e JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en'
             WHERE ?1 = '' OR t.title LIKE ?2 ESCAPE '\\' OR t.summary LIKE ?2 ESCAPE '\\' \
                 OR e.id = ?1
             ORDER BY e.updated_at DESC, e.id DESC LIMIT ?3"
        ))
        .bind(search)
        .bind(pattern)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(AdminEvent {
                    event: row.event.into_link()?,
                    retired: row.retired,
                })
            })
            .collect()
    }

    /// Every period (event with an end date) readers may see, in date order: the eras
    /// drawn on the overview.
    pub async fn periods(&self) -> StoreResult<Vec<EventLink>> {
        let rows: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS} {EVENT_FROM} AND e.end_date IS NOT NULL \
             ORDER BY e.start_date, e.id"
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(EventRow::into_link).collect()
    }

    /// The first and last year of all events readers may see, if there are any.
    pub async fn span(&self) -> StoreResult<Option<(u16, u16)>> {
        // ORDER BY … LIMIT 1 walks an index and stops at the first event not retired.
        let first: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(substr(first_day, 1, 4) AS INTEGER) FROM events
             WHERE retired_at IS NULL ORDER BY start_date LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let last: Option<i64> = sqlx::query_scalar(
            "SELECT CAST(substr(last_day, 1, 4) AS INTEGER) FROM events
             WHERE retired_at IS NULL ORDER BY last_day DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let year = |y: Option<i64>| y.and_then(|y| u16::try_from(y).ok());
        Ok(year(first).zip(year(last)))
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
}

/// The actors of these events, each event's in their given order.
async fn actors_of(
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
async fn sources_of(
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
        by_event.entry(row.event_id).or_default().push(Source {
            publisher: row.publisher,
            headline: row.headline,
            date,
            url: row.url,
        });
    }
    Ok(by_event)
}

/// How to find the events a search selects.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SearchPlan {
    /// Visit each match and sort them: best when matches are few.
    FromMatches,
    /// Walk events in date order, keeping matches: best when they are many and only the
    /// first page is wanted.
    InDateOrder,
}

/// Appends the filter's conditions to a query over `events e`.
fn push_filter(query: &mut QueryBuilder<'_, Sqlite>, filter: &Filter, plan: SearchPlan) {
    if !filter.categories.is_empty() {
        query.push(" AND e.category IN (");
        let mut list = query.separated(", ");
        for category in &filter.categories {
            list.push_bind(category.code());
        }
        query.push(")");
    }
    if !filter.actors.is_empty() {
        // Checked per event through the (event, actor) key: the main actors are in most events.
        query.push(
            " AND EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.actor IN (",
        );
        let mut list = query.separated(", ");
        for actor in &filter.actors {
            list.push_bind(actor.code());
        }
        query.push("))");
    }
    // A period overlapping the range counts: colonial rule is in `from=1920&to=1930`.
    if let Some(from) = filter.from {
        query
            .push(" AND e.last_day >= ")
            .push_bind(from.first_day_iso());
    }
    if let Some(to) = filter.to {
        query
            .push(" AND e.first_day <= ")
            .push_bind(to.last_day_iso());
    }
    // The trigram index finds words of three characters or more anywhere in the text,
    // ignoring case; shorter words (common in Korean) need a scan.
    let (long, short): (Vec<&str>, Vec<&str>) = filter
        .words()
        .into_iter()
        .partition(|word| word.chars().count() >= 3);
    if !long.is_empty() {
        let phrases: Vec<String> = long
            .iter()
            .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
            .collect();
        // A unary + keeps SQLite from driving the query by the matches.
        query.push(match plan {
            SearchPlan::FromMatches => " AND e.id IN ",
            SearchPlan::InDateOrder => " AND +e.id IN ",
        });
        query
            .push("(SELECT rowid FROM event_search WHERE event_search MATCH ")
            .push_bind(phrases.join(" "))
            .push(")");
    }
    for word in short {
        // A scan of the search text. It reads FTS5's own table of the indexed text
        // (`<table>_content`, column `c0`), a plain table: far quicker to scan than the
        // virtual table. SQLite's lower() folds ASCII only, as the highlighting does.
        query
            .push(" AND e.id IN (SELECT id FROM event_search_content WHERE instr(lower(c0), lower(")
            .push_bind(word.to_owned())
            .push(")) > 0)");
    }
}

/// Appends `(?, ?, …)`; an empty list selects nothing.
fn push_ids(query: &mut QueryBuilder<'_, Sqlite>, ids: &[EventId]) {
    query.push("(");
    if ids.is_empty() {
        query.push("NULL");
    }
    let mut list = query.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
    query.push(")");
}

/// Now, as stored in `created_at` and `updated_at`.
fn now_text() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

/// Writes an event in the caller's transaction and returns its id.
pub async fn insert_event(conn: &mut SqliteConnection, event: &NewEvent) -> StoreResult<EventId> {
    let ids = insert_events(conn, std::slice::from_ref(event)).await?;
    Ok(ids[0])
}

/// Rows per INSERT statement, within SQLite's limit on bound parameters.
const ROWS_PER_INSERT: usize = 500;

/// Writes events in the caller's transaction, a few statements per few hundred events, and
/// returns their ids in order. The transaction must already hold the write lock (begun
/// IMMEDIATE), since new ids follow the largest one.
pub async fn insert_events(
    conn: &mut SqliteConnection,
    events: &[NewEvent],
) -> StoreResult<Vec<EventId>> {
    let now = now_text();
    let last: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM events")
        .fetch_one(&mut *conn)
        .await?;
    let first = EventId::try_from(last + 1).expect("ids count up from 1");
    let numbered: Vec<(EventId, &NewEvent)> =
        std::iter::successors(Some(first), |id| Some(id.next()))
            .zip(events)
            .collect();
    for chunk in numbered.chunks(ROWS_PER_INSERT) {
        let mut query = QueryBuilder::new(
            "INSERT INTO events (id, start_date, start_circa, end_date, end_circa, first_day, \
             last_day, category, created_at, updated_at) ",
        );
        query.push_values(chunk, |mut row, &(id, event)| {
            let (start, end) = (event.when.start(), event.when.end());
            row.push_bind(id)
                .push_bind(start.date.to_string())
                .push_bind(start.circa)
                .push_bind(end.map(|d| d.date.to_string()))
                .push_bind(end.is_some_and(|d| d.circa))
                .push_bind(start.date.first_day_iso())
                .push_bind(event.when.last().last_day_iso())
                .push_bind(event.category.code())
                .push_bind(now.clone())
                .push_bind(now.clone());
        });
        query.build().execute(&mut *conn).await?;

        // The original text, then any translations: one row per event and language.
        let texts: Vec<(EventId, Lang, &str, &str, Option<&str>)> = chunk
            .iter()
            .flat_map(|&(id, event)| {
                let original = (
                    id,
                    Lang::ORIGINAL,
                    event.title.as_str(),
                    event.summary.as_str(),
                    event.body.as_deref(),
                );
                let translations = event.translations.iter().map(move |t| {
                    let text = &t.text;
                    (
                        id,
                        t.lang,
                        text.title.as_str(),
                        text.summary.as_str(),
                        text.body.as_deref(),
                    )
                });
                std::iter::once(original).chain(translations)
            })
            .collect();
        for rows in texts.chunks(ROWS_PER_INSERT) {
            let mut query = QueryBuilder::new(
                "INSERT INTO event_texts (event_id, lang, title, summary, body) ",
            );
            query.push_values(rows, |mut row, &(id, lang, title, summary, body)| {
                row.push_bind(id)
                    .push_bind(lang.code())
                    .push_bind(title)
                    .push_bind(summary)
                    .push_bind(body);
            });
            query.build().execute(&mut *conn).await?;
        }

        insert_actors_and_sources(conn, chunk).await?;

        let (first, last) = (chunk[0].0, chunk[chunk.len() - 1].0);
        index_for_search(conn, first, last).await?;
    }
    Ok(numbered.into_iter().map(|(id, _)| id).collect())
}

/// Writes the actors and sources of events whose rows are already written.
async fn insert_actors_and_sources(
    conn: &mut SqliteConnection,
    events: &[(EventId, &NewEvent)],
) -> StoreResult<()> {
    let actors: Vec<(EventId, usize, Actor)> = events
        .iter()
        .flat_map(|&(id, event)| {
            event
                .actors
                .iter()
                .enumerate()
                .map(move |(position, &actor)| (id, position, actor))
        })
        .collect();
    if !actors.is_empty() {
        let mut query = QueryBuilder::new("INSERT INTO event_actors (event_id, position, actor) ");
        query.push_values(&actors, |mut row, &(id, position, actor)| {
            row.push_bind(id)
                .push_bind(position as i64)
                .push_bind(actor.code());
        });
        query.build().execute(&mut *conn).await?;
    }

    let sources: Vec<(EventId, usize, &Source)> = events
        .iter()
        .flat_map(|&(id, event)| {
            event
                .sources
                .iter()
                .enumerate()
                .map(move |(position, source)| (id, position, source))
        })
        .collect();
    if !sources.is_empty() {
        let mut query = QueryBuilder::new(
            "INSERT INTO sources (event_id, position, publisher, headline, published, url) ",
        );
        query.push_values(&sources, |mut row, &(id, position, source)| {
            row.push_bind(id)
                .push_bind(position as i64)
                .push_bind(source.publisher.clone())
                .push_bind(source.headline.clone())
                .push_bind(source.date.map(|d| d.to_string()))
                .push_bind(source.url.clone());
        });
        query.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// Rewrites the search index entries of events `first..=last` from their texts and sources.
async fn index_for_search(
    conn: &mut SqliteConnection,
    first: EventId,
    last: EventId,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM event_search WHERE rowid BETWEEN ?1 AND ?2")
        .bind(first)
        .bind(last)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO event_search (rowid, text)
         SELECT e.id, concat_ws(char(10),
             (SELECT group_concat(concat_ws(char(10), title, summary, body), char(10))
              FROM event_texts WHERE event_id = e.id),
             (SELECT group_concat(concat_ws(' ', publisher, headline), char(10))
              FROM sources WHERE event_id = e.id))
         FROM events e WHERE e.id BETWEEN ?1 AND ?2",
    )
    .bind(first)
    .bind(last)
    .execute(&mut *conn)
    .await?;
    Ok(())
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
