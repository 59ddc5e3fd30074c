//! Storage: every query the app makes, behind one type, `Store`, so that another database
//! engine can join SQLite without touching anything above it. Nothing outside this module
//! sees a pool, a row or SQL.
//!
//! - `contract`: what the app asks of an engine, as traits by concern (reading events,
//!   editors' changes, accounts and sessions, the audit trail, maintenance) and the records
//!   they trade in;
//! - `event_reads`, `event_writes`, `imports`, `accounts`, `audit`, `maintenance`: the
//!   store's side of each, passing the call on to its engine (a write then publishes the
//!   new generation);
//! - `error`: how an operation fails; `databases`: which URLs name a database, and moving
//!   one from SQLite to PostgreSQL;
//! - `sqlite/`: the SQLite engine, which implements them, and `postgres/`, the PostgreSQL
//!   engine, which implements them for more than one server on one database;
//! - `rows`, `words`, `snapshots`: what both engines read and write alike (event rows and
//!   the SQL that selects them, Korean and Japanese words doubled for search, the audit
//!   trail's pictures of an event);
//! - `published`: the data generation as this process knows it;
//! - `reports`: readers' reports of errors and editors' answers, which no kept page shows;
//! - `reads`: the reads every engine shares, kept in `cache` until the data changes;
//! - `seed`, `synthetic`: the curated events, and made-up ones to measure with.
//!
//! `Store` holds one engine and passes each call on to it; every time the store writes
//! comes from its one clock.

/// Runs `$call` on the store's engine, whichever it is.
macro_rules! on_engine {
    ($store:expr, $db:ident => $call:expr) => {
        match &$store.engine {
            Engine::Sqlite($db) => $call,
            Engine::Postgres($db) => $call,
        }
    };
}

mod accounts;
mod audit;
mod cache;
mod contract;
mod databases;
mod error;
mod event_reads;
mod event_writes;
mod imports;
mod maintenance;
mod postgres;
mod published;
mod reads;
mod reports;
mod rows;
mod seed;
mod snapshots;
mod sqlite;
mod synthetic;
#[cfg(feature = "test-support")]
mod test_support;
mod words;

pub(crate) use cache::{GenerationCache, Weigh};
pub(crate) use contract::{
    Account, AnswerError, ChangedEvent, ColumnCount, CorrectedRevision, EditError, EditableEvent,
    Editing, ExportedEvent, FailuresOf, Imported, IncomingReport, ListedEvent, Record, Session,
    StagedImport, StoredRevision, UNKNOWN_ACCOUNT,
};
pub use databases::{Moved, move_to_postgres};
pub(crate) use databases::{database_url, postgres_url, sqlite_url};
pub use error::StoreError;
pub(crate) use error::StoreResult;
pub(crate) use reads::EventSlice;
pub(crate) use snapshots::flat;

use crate::model::{Lang, Unit};
use crate::server::clock::Clock;
use contract::EventReads;
use published::Published;
use std::sync::Arc;
use std::time::Duration;

#[derive(Clone, Debug)]
pub struct Store {
    engine: Engine,
    clock: Clock,
    /// The data's generation as this process last read it.
    published: Arc<Published>,
    /// Counts per column of the axis by filter and unit: counting visits every match, which
    /// at 100,000 events costs more than the rest of a page.
    column_counts: GenerationCache<(String, Unit), Arc<[ColumnCount]>>,
    /// Pages of events by filter and page number.
    pages: GenerationCache<(String, u32, Lang), EventSlice>,
}

/// The database engines this build can use.
#[derive(Clone, Debug)]
enum Engine {
    Sqlite(sqlite::Sqlite),
    Postgres(postgres::Postgres),
}

/// How long a generation read from a SQLite database is taken as current.
const GENERATION_FRESH: Duration = Duration::from_millis(250);

/// What the store's caches may hold, in bytes: a page of results is up to ~100 KB of text,
/// a count by column a few KB.
const PAGES_BUDGET: u64 = 16 << 20;
const COLUMN_COUNTS_BUDGET: u64 = 2 << 20;

impl Store {
    /// Opens the database at `url` (creating and migrating it as needed), reading the time
    /// from `clock`.
    pub async fn open(url: &str, clock: Clock) -> anyhow::Result<Self> {
        database_url(url).map_err(anyhow::Error::msg)?;
        let (engine, published) = if postgres::is_postgres_url(url) {
            let db = postgres::Postgres::open(url, clock.clone()).await?;
            // Other servers' changes are announced, and polled for, in the background.
            let published = Arc::new(Published::new(postgres::listener::FOLLOWED_FRESH));
            postgres::listener::follow(db.clone(), url, published.clone()).await?;
            (Engine::Postgres(db), published)
        } else {
            let db = sqlite::Sqlite::open(url, clock.clone()).await?;
            (
                Engine::Sqlite(db),
                Arc::new(Published::new(GENERATION_FRESH)),
            )
        };
        Ok(Self {
            engine,
            clock,
            published,
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
        on_engine!(self, db => db.ping().await)
    }

    /// The number that grows with every change to the data, from any process: as published
    /// in memory while it is fresh, else read from the database.
    pub async fn generation(&self) -> StoreResult<i64> {
        match self.published.fresh() {
            Some(generation) => Ok(generation),
            None => self.read_generation().await,
        }
    }

    /// Reads the generation from the database and publishes it.
    async fn read_generation(&self) -> StoreResult<i64> {
        let generation = on_engine!(self, db => db.generation().await)?;
        Ok(self.published.publish(generation))
    }

    /// After a write of this process: the next request sees it, whatever was published.
    async fn written<T>(&self, result: T) -> T {
        if let Err(err) = self.read_generation().await {
            // The write stands; pages catch up when the generation is next read.
            tracing::warn!(error = %err, "could not read the data generation after a write");
            self.published.forget();
        }
        result
    }
}
