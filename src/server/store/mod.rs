//! Storage: every query the app makes, behind one type, `Store`, so that another database
//! engine can join SQLite without touching anything above it. Nothing outside this module
//! sees a pool, a row or SQL.
//!
//! - `contract`: what the app asks of an engine, as traits by concern (reading events,
//!   editors' changes, accounts and sessions, the audit trail, maintenance) and the records
//!   they trade in;
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

mod cache;
mod contract;
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
pub(crate) use reads::EventSlice;
pub(crate) use snapshots::flat;

use crate::model::{
    AdminEvent, AuditEntry, Event, EventDraft, EventId, EventLink, EventPage, Filter, Lang,
    MonthDay, NewEvent, RevisionStamp, Timestamp, TranslationNeed, Unit, Version,
};
use crate::server::clock::Clock;
use contract::{Accounts, Audit, EventReads, EventWrites, Imports, Maintenance};
use published::Published;
use std::collections::HashMap;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The engine failed: the database is unreachable, a statement failed, a lock timed out.
    #[error("the database: {0}")]
    Database(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// A row that the domain types refuse: written by hand, or by an older version.
    #[error("event {id} has invalid stored data: {problem}")]
    Invalid { id: EventId, problem: String },
}

pub(crate) type StoreResult<T> = Result<T, StoreError>;

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        StoreError::Database(Box::new(err))
    }
}

impl From<sqlx::Error> for EditError {
    fn from(err: sqlx::Error) -> Self {
        EditError::Store(err.into())
    }
}

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

/// A SQLite database URL, for the source of a move to PostgreSQL.
pub(crate) fn sqlite_url(url: &str) -> Result<String, String> {
    match url.starts_with("sqlite:") {
        true => Ok(url.to_owned()),
        false => {
            Err("a move starts from a SQLite database, such as sqlite://data/timeline.db".into())
        }
    }
}

/// A PostgreSQL database URL, for the target of a move.
pub(crate) fn postgres_url(url: &str) -> Result<String, String> {
    match postgres::is_postgres_url(url) {
        true => Ok(url.to_owned()),
        false => Err(
            "a move goes to a PostgreSQL database, such as postgres://user@host/timeline".into(),
        ),
    }
}

pub use postgres::Moved;

/// Moves everything in the SQLite database at `from` into the empty PostgreSQL database at
/// `to`, in one transaction that commits only once every table's rows are counted and
/// hashed alike on both sides. The source is brought to this build's schema first, as
/// starting the server would, and is otherwise left as it was.
pub async fn move_to_postgres(from: &str, to: &str) -> anyhow::Result<Moved> {
    let file = sqlx::sqlite::SqliteConnectOptions::from_str(from)?;
    if !file.get_filename().exists() {
        anyhow::bail!(
            "there is no SQLite database at {}",
            file.get_filename().display()
        );
    }
    let source = sqlite::Sqlite::open(from, Clock::default()).await?;
    let target = postgres::Postgres::open(to, Clock::default()).await?;
    let moved = postgres::move_from_sqlite(&source, &target).await;
    source.pool().close().await;
    moved
}

/// A database URL this build can open, or why not: `sqlite:` (a file) or `postgres:`. Any
/// other is refused before it can be taken for a file path.
pub(crate) fn database_url(url: &str) -> Result<String, String> {
    if url.starts_with("sqlite:") || postgres::is_postgres_url(url) {
        return Ok(url.to_owned());
    }
    let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
    let what = if scheme.is_empty() {
        "it has no scheme".to_owned()
    } else {
        format!("{scheme:?} is not supported")
    };
    Err(format!(
        "the database URL must be a SQLite or a PostgreSQL one, such as \
         sqlite://data/timeline.db or postgres://user@host/timeline; {what}"
    ))
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

    // Reading events.

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

    /// One event readers may see, in `lang` where written (else in English), or `None`.
    pub async fn event(&self, id: EventId, lang: Lang) -> StoreResult<Option<Event>> {
        on_engine!(self, db => db.event(id, lang).await)
    }

    /// The events readers may see that began on this day of the year (known to the day),
    /// in date order.
    pub(crate) async fn events_on(&self, day: MonthDay, lang: Lang) -> StoreResult<Vec<Event>> {
        on_engine!(self, db => db.events_on(day, lang).await)
    }

    /// Links to those of these events readers may see, titled in `lang` where written (else
    /// in English).
    pub(crate) async fn links(
        &self,
        ids: &[EventId],
        lang: Lang,
    ) -> StoreResult<HashMap<EventId, EventLink>> {
        on_engine!(self, db => db.links(ids, lang).await)
    }

    /// The title of an event readers may see: enough to build its canonical path.
    pub(crate) async fn event_title(&self, id: EventId) -> StoreResult<Option<String>> {
        on_engine!(self, db => db.event_title(id).await)
    }

    /// An event with its related events and its neighbours in time, in `lang` where
    /// written (else in English).
    pub async fn event_page(&self, id: EventId, lang: Lang) -> StoreResult<Option<EventPage>> {
        on_engine!(self, db => db.event_page(id, lang).await)
    }

    /// Every period (event with an end date) readers may see, in date order: the eras
    /// drawn on the time axis.
    pub(crate) async fn periods(&self, lang: Lang) -> StoreResult<Vec<EventLink>> {
        on_engine!(self, db => db.periods(lang).await)
    }

    /// How many events readers may see.
    pub async fn count_events(&self) -> StoreResult<i64> {
        on_engine!(self, db => db.count_events().await)
    }

    /// The `limit` events the filter selects that were added or changed last, newest first.
    pub(crate) async fn changed_events(
        &self,
        filter: &Filter,
        lang: Lang,
        limit: u32,
    ) -> StoreResult<Vec<ChangedEvent>> {
        on_engine!(self, db => db.changed_events(filter, lang, limit).await)
    }

    /// Up to `limit` whole events the filter selects, by id after `after`.
    pub(crate) async fn exported_events(
        &self,
        filter: &Filter,
        after: Option<EventId>,
        limit: u32,
    ) -> StoreResult<Vec<ExportedEvent>> {
        on_engine!(self, db => db.exported_events(filter, after, limit).await)
    }

    /// Up to `limit` events readers may see, by id, from the `skip`-th on: their paths and
    /// when they last changed.
    pub(crate) async fn listed_events(
        &self,
        skip: u64,
        limit: u32,
    ) -> StoreResult<Vec<ListedEvent>> {
        on_engine!(self, db => db.listed_events(skip, limit).await)
    }

    /// Events for editors (see `EventReads::admin_events`).
    pub(crate) async fn admin_events(
        &self,
        search: &str,
        needs: Option<TranslationNeed>,
        limit: u32,
    ) -> StoreResult<Vec<AdminEvent>> {
        on_engine!(self, db => db.admin_events(search, needs, limit).await)
    }

    /// An event as its editor sees it, retired or not.
    pub(crate) async fn editable_event(&self, id: EventId) -> StoreResult<Option<EditableEvent>> {
        on_engine!(self, db => db.editable_event(id).await)
    }

    /// Whether an event exists but is retired (its readers get "gone", not "not found").
    pub(crate) async fn is_retired(&self, id: EventId) -> StoreResult<bool> {
        on_engine!(self, db => db.is_retired(id).await)
    }

    /// Every revision of an event, oldest first.
    pub(crate) async fn revisions(&self, id: EventId) -> StoreResult<Vec<StoredRevision>> {
        on_engine!(self, db => db.revisions(id).await)
    }

    /// The newest revision of an event.
    pub(crate) async fn latest_revision(&self, id: EventId) -> StoreResult<Option<RevisionStamp>> {
        on_engine!(self, db => db.latest_revision(id).await)
    }

    /// The revisions of an event that corrected it, oldest first.
    pub(crate) async fn corrections_of(&self, id: EventId) -> StoreResult<Vec<RevisionStamp>> {
        on_engine!(self, db => db.corrections_of(id).await)
    }

    /// A page of the corrections log, newest first, each with the revision before it.
    pub(crate) async fn corrections(
        &self,
        skip: u64,
        limit: u32,
    ) -> StoreResult<Vec<CorrectedRevision>> {
        on_engine!(self, db => db.corrections(skip, limit).await)
    }

    /// How many corrections the log lists.
    pub(crate) async fn count_corrections(&self) -> StoreResult<i64> {
        on_engine!(self, db => db.count_corrections().await)
    }

    // Editors' changes.

    pub(crate) async fn create_event(
        &self,
        draft: &EventDraft,
        by: Editing<'_>,
    ) -> Result<EventId, EditError> {
        let created = on_engine!(self, db => db.create_event(draft, by).await);
        self.written(created).await
    }

    /// Replaces an event with the draft, if it is still at `version`.
    pub(crate) async fn update_event(
        &self,
        id: EventId,
        version: Option<Version>,
        draft: &EventDraft,
        by: Editing<'_>,
    ) -> Result<(), EditError> {
        let updated = on_engine!(self, db => db.update_event(id, version, draft, by).await);
        self.written(updated).await
    }

    /// Hides an event from readers, or shows it again.
    pub(crate) async fn set_retired(
        &self,
        id: EventId,
        retired: bool,
        by: Editing<'_>,
    ) -> Result<(), EditError> {
        let changed = on_engine!(self, db => db.set_retired(id, retired, by).await);
        self.written(changed).await
    }

    // Imports.

    pub(crate) async fn insert_import(&self, import: &StagedImport) -> StoreResult<()> {
        on_engine!(self, db => db.insert_import(import).await)
    }

    pub(crate) async fn staged_import(&self, id: &str) -> StoreResult<Option<StagedImport>> {
        on_engine!(self, db => db.staged_import(id).await)
    }

    /// Deletes the imports uploaded before `created_before`.
    pub(crate) async fn delete_imports(&self, created_before: Timestamp) -> StoreResult<u64> {
        on_engine!(self, db => db.delete_imports(created_before).await)
    }

    /// The current versions of those of these events that exist, retired or not.
    pub(crate) async fn event_versions(
        &self,
        ids: &[EventId],
    ) -> StoreResult<HashMap<EventId, Version>> {
        on_engine!(self, db => db.event_versions(ids).await)
    }

    /// Writes every event of the staged import `id`, and deletes it, all or nothing.
    pub(crate) async fn import_events(
        &self,
        id: &str,
        events: &[Imported],
        by: Editing<'_>,
    ) -> Result<(), EditError> {
        let imported = on_engine!(self, db => db.import_events(id, events, by).await);
        self.written(imported).await
    }

    // Accounts, sessions and known browsers.

    pub(crate) async fn account(&self, username: &str) -> StoreResult<Option<Account>> {
        on_engine!(self, db => db.account(username).await)
    }

    pub(crate) async fn accounts(&self) -> StoreResult<Vec<Account>> {
        on_engine!(self, db => db.accounts().await)
    }

    /// Adds an account; `false` if the name is taken.
    pub(crate) async fn insert_account(
        &self,
        username: &str,
        password_hash: &str,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.insert_account(username, password_hash).await)
    }

    /// Replaces an account's password hash and ends its sessions; `false` if there is no
    /// such account.
    pub(crate) async fn replace_password(
        &self,
        username: &str,
        password_hash: &str,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.replace_password(username, password_hash).await)
    }

    /// Deletes an account; `false` if there is no such account.
    pub(crate) async fn delete_account(&self, username: &str) -> StoreResult<bool> {
        on_engine!(self, db => db.delete_account(username).await)
    }

    pub(crate) async fn insert_session(
        &self,
        token_digest: &str,
        editor_id: i64,
    ) -> StoreResult<()> {
        on_engine!(self, db => db.insert_session(token_digest, editor_id).await)
    }

    pub(crate) async fn session(&self, token_digest: &str) -> StoreResult<Option<Session>> {
        on_engine!(self, db => db.session(token_digest).await)
    }

    pub(crate) async fn touch_session(&self, token_digest: &str) -> StoreResult<()> {
        on_engine!(self, db => db.touch_session(token_digest).await)
    }

    pub(crate) async fn delete_session(&self, token_digest: &str) -> StoreResult<()> {
        on_engine!(self, db => db.delete_session(token_digest).await)
    }

    /// Deletes sessions begun before `created_before` or last seen before `seen_before`.
    pub(crate) async fn delete_sessions(
        &self,
        created_before: Timestamp,
        seen_before: Timestamp,
    ) -> StoreResult<u64> {
        on_engine!(self, db => db.delete_sessions(created_before, seen_before).await)
    }

    pub(crate) async fn is_known_device(
        &self,
        token_digest: &str,
        username: &str,
        since: Timestamp,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.is_known_device(token_digest, username, since).await)
    }

    pub(crate) async fn is_device_of(
        &self,
        token_digest: &str,
        editor_id: i64,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.is_device_of(token_digest, editor_id).await)
    }

    pub(crate) async fn remember_device(
        &self,
        token_digest: &str,
        editor_id: i64,
        forget_before: Timestamp,
    ) -> StoreResult<()> {
        on_engine!(self, db => db.remember_device(token_digest, editor_id, forget_before).await)
    }

    // The audit trail.

    /// Records an action on no event (signing in or out, a failed attempt), now.
    pub(crate) async fn record(&self, entry: Record<'_>) -> StoreResult<()> {
        on_engine!(self, db => db.record(entry).await)
    }

    pub(crate) async fn nth_failure_since(
        &self,
        whose: FailuresOf<'_>,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>> {
        on_engine!(self, db => db.nth_failure_since(whose, since, nth).await)
    }

    /// Folds the failed sign-ins to no account older than a day into one entry per address
    /// and day.
    pub async fn fold_unknown_sign_ins(&self) -> StoreResult<()> {
        on_engine!(self, db => db.fold_unknown_sign_ins().await)
    }

    /// The newest entries of the audit trail, older than `before` when given.
    pub(crate) async fn audit_entries(&self, before: Option<i64>) -> StoreResult<Vec<AuditEntry>> {
        on_engine!(self, db => db.audit_entries(before).await)
    }

    // Maintenance.

    /// Writes a consistent copy of the database to `path` (which must not exist), while the
    /// database stays in use.
    pub async fn backup(&self, path: &Path) -> anyhow::Result<()> {
        on_engine!(self, db => db.backup(path).await)
    }

    async fn seed_events_once(
        &self,
        events: &[NewEvent],
        links: &[(usize, usize)],
    ) -> StoreResult<bool> {
        let seeded = on_engine!(self, db => db.seed_once(events, links).await);
        self.written(seeded).await
    }

    async fn insert_events(&self, events: &[NewEvent]) -> StoreResult<Vec<EventId>> {
        let inserted = on_engine!(self, db => db.insert_events(events).await);
        self.written(inserted).await
    }
}
