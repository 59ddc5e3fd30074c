//! Storage: every query the app makes, behind one type, so another database can join
//! SQLite later without touching anything above it. Nothing outside this module sees a
//! pool, a row or SQL. Readers' queries are here, with the rows they read in `rows` and the
//! filter's SQL in `search`; new events are written by `writing`, editors' changes by
//! `editing`; accounts, sessions and known browsers are in `accounts`, the audit log in
//! `audit`, the pool, its migrations and backups in `db`, and the seed and synthetic data
//! in `seed` and `synthetic`. Every time the store writes comes from its one clock.

pub(crate) mod accounts;
mod audit;
mod cache;
mod columns;
mod db;
mod editing;
mod rows;
mod search;
mod seed;
mod synthetic;
#[cfg(feature = "test-support")]
mod test_support;
mod writing;

pub(crate) use audit::{FailuresOf, Record, UNKNOWN_ACCOUNT};
pub(crate) use db::sqlite_url;
pub use seed::SeedError;

pub(crate) use cache::{GenerationCache, Weigh};
use rows::{
    EVENT_COLUMNS, EVENT_FROM, EventRow, columns_in_language, complete, texts_join,
    visible_in_language,
};
use search::{SearchPlan, push_filter};

pub(crate) use crate::model::NewEvent;
use crate::model::{
    AdminEvent, Axis, AxisColumn, AxisFrame, Column, DayRange, Event, EventId, EventLink,
    EventPage, Filter, Lang, MonthDay, PAGE_SIZE, TranslationNeed, Unit, page_offset,
};
use crate::server::clock::Clock;
use chrono::NaiveDate;
pub(crate) use editing::{EditError, Editing};
use sqlx::{FromRow, QueryBuilder, SqlitePool};
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

pub(crate) type StoreResult<T> = Result<T, StoreError>;

#[derive(Clone, Debug)]
pub struct Store {
    pool: SqlitePool,
    clock: Clock,
    /// Counts per column of the axis by filter and unit: counting visits every match, which
    /// at 100,000 events costs more than the rest of a page.
    column_counts: GenerationCache<(String, Unit), Arc<[ColumnCount]>>,
    /// Pages of events by filter and page number.
    pages: GenerationCache<(String, u32, Lang), EventSlice>,
}

/// What the store's caches may hold, in bytes: a page of results is up to ~100 KB of text,
/// a count by column a few KB.
const PAGES_BUDGET: u64 = 16 << 20;
const COLUMN_COUNTS_BUDGET: u64 = 2 << 20;

/// One page of the events a filter selects.
#[derive(Clone, Debug)]
pub(crate) struct EventSlice {
    pub events: Vec<Event>,
    /// How many events the filter selects in all.
    pub total: u64,
}

/// How many events a filter selects that start in one column of the axis, which is named by
/// its prefix of `first_day` (`201` for the 2010s), with the first of them by id: the event
/// itself when it is alone.
#[derive(Clone, Debug)]
pub(crate) struct ColumnCount {
    key: String,
    events: u32,
    first: EventId,
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
                        s.publisher.len()
                            + s.headline.len()
                            + s.url.as_ref().map_or(0, |url| url.as_str().len())
                    })
                    .sum();
                e.title.len() + e.summary.len() + sources + 64
            })
            .sum();
        texts as u64
    }
}

impl Weigh for Arc<[ColumnCount]> {
    fn weight(&self) -> u64 {
        (self.len() * 48) as u64
    }
}

impl Store {
    /// Opens the database at `url` (creating and migrating it as needed), reading the time
    /// from `clock`.
    pub async fn open(url: &str, clock: Clock) -> anyhow::Result<Self> {
        Ok(Self {
            pool: db::open(url).await?,
            clock,
            column_counts: GenerationCache::with_budget(COLUMN_COUNTS_BUDGET),
            pages: GenerationCache::with_budget(PAGES_BUDGET),
        })
    }

    /// The clock the store stamps its writes with, which policies above it read too.
    pub fn clock(&self) -> &Clock {
        &self.clock
    }

    /// Whether the database answers.
    pub(crate) async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// One page (counting from 1) of the events readers may see that the filter selects,
    /// in date order, in `lang` where written (else in English), with the total. Kept until
    /// the data changes, as popular views are asked for again and again.
    pub(crate) async fn list_events(
        &self,
        filter: &Filter,
        page: u32,
        lang: Lang,
    ) -> StoreResult<EventSlice> {
        let generation = self.generation().await?;
        let key = (filter.to_query(), page, lang);
        if let Some(slice) = self.pages.get(generation, &key) {
            return Ok(slice);
        }
        let slice = self.read_events(generation, filter, page, lang).await?;
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
        lang: Lang,
    ) -> StoreResult<EventSlice> {
        let timeline = self.timeline_days().await?;
        let frame = timeline.map(|days| AxisFrame::for_filter(filter, days));
        let counts = self
            .column_counts(generation, filter, frame.map_or(Unit::Year, |f| f.unit()))
            .await?;
        let total: u64 = counts.iter().map(|c| u64::from(c.events)).sum();
        let everything: u64 = match timeline {
            Some(days) => {
                let unit = AxisFrame::for_filter(&Filter::default(), days).unit();
                self.column_counts(generation, &Filter::default(), unit)
                    .await?
                    .iter()
                    .map(|c| u64::from(c.events))
                    .sum()
            }
            None => 0,
        };
        // The counts tell how common the matches are, which SQLite cannot know. Down to one
        // event in two hundred, walking the date index until a page is found beats sorting
        // every match (measured at 100,000 events).
        let plan = if total * 200 >= everything {
            SearchPlan::InDateOrder
        } else {
            SearchPlan::FromMatches
        };
        // Choose the page's ids from the narrow date indexes first, then read only their texts.
        let mut query = QueryBuilder::new(format!(
            "SELECT {} FROM (SELECT e.id FROM events e WHERE e.retired_at IS NULL",
            columns_in_language(false)
        ));
        push_filter(&mut query, filter, plan);
        query.push(" ORDER BY e.start_date, e.id LIMIT ");
        query.push_bind(i64::from(PAGE_SIZE));
        query.push(" OFFSET ");
        query.push_bind(i64::try_from(page_offset(page)).unwrap_or(i64::MAX));
        query.push(format!(
            ") page JOIN events e ON e.id = page.id {} ORDER BY e.start_date, e.id",
            texts_join(lang)
        ));
        let rows: Vec<EventRow> = query.build_query_as().fetch_all(&self.pool).await?;
        let events = complete(&self.pool, rows).await?;
        Ok(EventSlice { events, total })
    }

    /// The time axis over what the filter selects, in `lang`: its columns with their counts,
    /// and the event of each column that has just one. `None` while the timeline is empty.
    pub(crate) async fn axis(&self, filter: &Filter, lang: Lang) -> StoreResult<Option<Axis>> {
        let Some(timeline) = self.timeline_days().await? else {
            return Ok(None);
        };
        let frame = AxisFrame::for_filter(filter, timeline);
        let counts = self
            .column_counts(self.generation().await?, filter, frame.unit())
            .await?;
        let by_key: HashMap<&str, &ColumnCount> =
            counts.iter().map(|c| (c.key.as_str(), c)).collect();
        let columns: Vec<(Column, Option<&ColumnCount>)> = frame
            .columns()
            .into_iter()
            .map(|column| {
                let day = column.days.first().to_string();
                let key = day.get(..frame.unit().key_len()).unwrap_or(&day);
                let count = by_key.get(key).copied();
                (column, count)
            })
            .collect();
        let alone: Vec<EventId> = columns
            .iter()
            .filter_map(|(_, count)| count.filter(|c| c.events == 1).map(|c| c.first))
            .collect();
        let mut links: HashMap<EventId, EventLink> = HashMap::new();
        if !alone.is_empty() {
            let mut query = QueryBuilder::new(format!(
                "SELECT {} {} AND e.id IN ",
                columns_in_language(false),
                visible_in_language(lang)
            ));
            search::push_ids(&mut query, &alone);
            let rows: Vec<EventRow> = query.build_query_as().fetch_all(&self.pool).await?;
            for row in rows {
                let link = row.into_link()?;
                links.insert(link.id, link);
            }
        }
        let columns = columns
            .into_iter()
            .map(|(column, count)| AxisColumn {
                column,
                events: count.map_or(0, |c| c.events),
                only: count
                    .filter(|c| c.events == 1)
                    .and_then(|c| links.remove(&c.first)),
            })
            .collect();
        Ok(Some(Axis { frame, columns }))
    }

    /// How many events the filter selects starting in each column of `unit`, from the cache
    /// while the data is still at `generation`. The sum is the filter's total.
    async fn column_counts(
        &self,
        generation: i64,
        filter: &Filter,
        unit: Unit,
    ) -> StoreResult<Arc<[ColumnCount]>> {
        let key = (filter.to_query(), unit);
        if let Some(counts) = self.column_counts.get(generation, &key) {
            return Ok(counts);
        }
        // Every event has its original text, so counting needs no join.
        // The length is written into the statement, not bound, so that counting by decade
        // can walk the index on that very expression (migration 0008).
        let mut query = QueryBuilder::new("SELECT substr(e.first_day, 1, ");
        query.push(unit.key_len().to_string());
        query.push(
            ") AS column_key, count(*) AS events, min(e.id) AS first \
             FROM events e WHERE e.retired_at IS NULL",
        );
        push_filter(&mut query, filter, SearchPlan::FromMatches);
        query.push(" GROUP BY column_key ORDER BY column_key");
        let rows: Vec<(String, i64, EventId)> =
            query.build_query_as().fetch_all(&self.pool).await?;
        let counts: Arc<[ColumnCount]> = rows
            .into_iter()
            .map(|(key, events, first)| ColumnCount {
                key,
                events: u32::try_from(events).unwrap_or_default(),
                first,
            })
            .collect();
        self.column_counts.put(generation, key, counts.clone());
        Ok(counts)
    }

    /// One event readers may see, in `lang` where written (else in English), or `None`.
    pub async fn event(&self, id: EventId, lang: Lang) -> StoreResult<Option<Event>> {
        let row: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {} FROM events e {} WHERE e.retired_at IS NULL AND e.id = ?",
            columns_in_language(true),
            texts_join(lang)
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let events = complete(&self.pool, row.into_iter().collect()).await?;
        Ok(events.into_iter().next())
    }

    /// The events readers may see that began on this day of the year (known to the day),
    /// in date order.
    pub(crate) async fn events_on(&self, day: MonthDay, lang: Lang) -> StoreResult<Vec<Event>> {
        let rows: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {} {} AND length(e.start_date) = 10 \
             AND substr(e.start_date, 5) = ? ORDER BY e.start_date, e.id",
            columns_in_language(false),
            visible_in_language(lang)
        ))
        .bind(day.date_suffix())
        .fetch_all(&self.pool)
        .await?;
        complete(&self.pool, rows).await
    }

    /// The title of an event readers may see: enough to build its canonical path.
    pub(crate) async fn event_title(&self, id: EventId) -> StoreResult<Option<String>> {
        let title = sqlx::query_scalar(&format!("SELECT t.title {EVENT_FROM} AND e.id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(title)
    }

    /// An event with its related events and its neighbours in time, in `lang` where
    /// written (else in English).
    pub async fn event_page(&self, id: EventId, lang: Lang) -> StoreResult<Option<EventPage>> {
        let Some(event) = self.event(id, lang).await? else {
            return Ok(None);
        };
        let start = event.when.start().date.to_string();
        let (columns, from) = (columns_in_language(false), visible_in_language(lang));
        let related: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {columns} {from} AND e.id IN (
                 SELECT related_id FROM related_events WHERE event_id = ?1
                 UNION SELECT event_id FROM related_events WHERE related_id = ?1)
             ORDER BY e.start_date, e.id"
        ))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let previous: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {columns} {from} AND (e.start_date, e.id) < (?1, ?2)
             ORDER BY e.start_date DESC, e.id DESC LIMIT 1"
        ))
        .bind(&start)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let next: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {columns} {from} AND (e.start_date, e.id) > (?1, ?2)
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
    /// (if not empty) must occur in the title or summary, or be the event's id; `needs`
    /// keeps only the events with that translation work to do.
    pub(crate) async fn admin_events(
        &self,
        search: &str,
        needs: Option<TranslationNeed>,
        limit: u32,
    ) -> StoreResult<Vec<AdminEvent>> {
        #[derive(FromRow)]
        struct Row {
            #[sqlx(flatten)]
            event: EventRow,
            retired: bool,
            /// Its other languages, comma-separated: those written, and those written
            /// before the English last changed.
            written: Option<String>,
            older: Option<String>,
        }
        // LIKE's wildcards typed by the editor are searched for as themselves.
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        const TRANSLATED: &str = "FROM event_texts l WHERE l.event_id = e.id AND l.lang <> 'en'";
        const OLDER: &str = "AND l.revised_in < t.revised_in";
        let needs = match needs {
            None => String::new(),
            Some(TranslationNeed::Missing) => format!(
                "AND (SELECT count(*) {TRANSLATED}) < {}",
                Lang::ALL.len() - 1
            ),
            Some(TranslationNeed::Outdated) => {
                format!("AND EXISTS (SELECT 1 {TRANSLATED} {OLDER})")
            }
        };
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS}, e.retired_at IS NOT NULL AS retired,
                 (SELECT group_concat(l.lang) {TRANSLATED}) AS written,
                 (SELECT group_concat(l.lang) {TRANSLATED} {OLDER}) AS older
             FROM events e JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en'
             WHERE (?1 = '' OR t.title LIKE ?2 ESCAPE '\\' OR t.summary LIKE ?2 ESCAPE '\\' \
                 OR e.id = ?1) {needs}
             ORDER BY e.updated_at DESC, e.id DESC LIMIT ?3"
        ))
        .bind(search)
        .bind(pattern)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let languages = |list: Option<&str>| -> Vec<Lang> {
            let list = list.unwrap_or_default();
            Lang::ALL
                .into_iter()
                .filter(|lang| list.split(',').any(|code| code == lang.code()))
                .collect()
        };
        rows.into_iter()
            .map(|row| {
                let written = languages(row.written.as_deref());
                Ok(AdminEvent {
                    missing: Lang::ALL
                        .into_iter()
                        .filter(|&lang| lang != Lang::ORIGINAL && !written.contains(&lang))
                        .collect(),
                    outdated: languages(row.older.as_deref()),
                    event: row.event.into_link()?,
                    retired: row.retired,
                })
            })
            .collect()
    }

    /// Every period (event with an end date) readers may see, in date order: the eras
    /// drawn on the time axis.
    pub(crate) async fn periods(&self, lang: Lang) -> StoreResult<Vec<EventLink>> {
        let rows: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {} {} AND e.end_date IS NOT NULL ORDER BY e.start_date, e.id",
            columns_in_language(false),
            visible_in_language(lang)
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(EventRow::into_link).collect()
    }

    /// The first and last day of all events readers may see, if there are any.
    pub(crate) async fn timeline_days(&self) -> StoreResult<Option<DayRange>> {
        // ORDER BY … LIMIT 1 walks an index and stops at the first event not retired.
        let first: Option<String> = sqlx::query_scalar(
            "SELECT first_day FROM events WHERE retired_at IS NULL ORDER BY start_date LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let last: Option<String> = sqlx::query_scalar(
            "SELECT last_day FROM events WHERE retired_at IS NULL ORDER BY last_day DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let day = |text: Option<String>| text.and_then(|t| t.parse::<NaiveDate>().ok());
        Ok(day(first)
            .zip(day(last))
            .and_then(|(first, last)| DayRange::new(first, last)))
    }

    pub async fn count_events(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar("SELECT count(*) FROM events WHERE retired_at IS NULL")
            .fetch_one(&self.pool)
            .await?;
        Ok(count)
    }
}
