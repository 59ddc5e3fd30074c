//! The PostgreSQL engine, for more than one server on one database. Its statements are
//! grouped as the SQLite engine's are (`reads` with `rows` and `search`, `editing` with
//! `revisions`, `accounts`, `audit`, `writing`), in the same shapes with `$n` placeholders, so the two
//! can be read side by side. Where they differ:
//!
//! - every write of events takes one transaction-scoped advisory lock first (`write_lock`),
//!   as SQLite's `BEGIN IMMEDIATE` takes the write lock: writers wait their turn, and new
//!   event ids (the largest plus one) cannot collide;
//! - the data generation is announced with `NOTIFY` when a write commits, and `listener`
//!   follows it for the store.

mod accounts;
mod audit;
mod columns;
mod db;
mod editing;
mod imports;
pub(crate) mod listener;
mod moving;
mod reads;
mod reports;
mod revisions;
mod rows;
mod search;
mod writing;

pub(crate) use db::is_postgres_url;
pub use moving::Moved;
pub(crate) use moving::move_from_sqlite;

use super::StoreResult;
use super::contract::Maintenance;
use crate::model::{EventId, NewEvent};
use crate::server::clock::Clock;
use sqlx::{PgPool, Postgres as Pg, Transaction};
use std::path::Path;
use writing::{insert_events, relate_events};

#[derive(Clone, Debug)]
pub(crate) struct Postgres {
    pool: PgPool,
    clock: Clock,
}

/// Begins a transaction that writes events, once every other such transaction has ended.
async fn write_lock(pool: &PgPool) -> sqlx::Result<Transaction<'static, Pg>> {
    let mut tx = pool.begin().await?;
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(WRITE_LOCK)
        .execute(&mut *tx)
        .await?;
    Ok(tx)
}

/// The advisory lock that writers of events take, one number in the database's space.
const WRITE_LOCK: i64 = 0x6b6a_746c; // "kjtl"

impl Postgres {
    /// Connects to the database at `url` and migrates it.
    pub(crate) async fn open(url: &str, clock: Clock) -> anyhow::Result<Self> {
        let pool = db::open_pool(url).await?;
        revisions::write_first_revisions_once(&pool).await?;
        Ok(Self { pool, clock })
    }

    #[cfg(feature = "test-support")]
    pub(crate) fn pool(&self) -> &PgPool {
        &self.pool
    }
}

impl Maintenance for Postgres {
    async fn seed_once(&self, events: &[NewEvent], links: &[(usize, usize)]) -> StoreResult<bool> {
        // The write lock, so two servers starting at once can't both seed.
        let mut tx = write_lock(&self.pool).await?;
        let seeded: Option<String> =
            sqlx::query_scalar("SELECT value FROM app_state WHERE key = 'seeded_at'")
                .fetch_optional(&mut *tx)
                .await?;
        if seeded.is_some() {
            return Ok(false);
        }
        let ids = insert_events(&mut tx, events, &self.clock.now().to_string()).await?;
        for &(a, b) in links {
            relate_events(&mut tx, ids[a], ids[b]).await?;
        }
        revisions::write_first_revisions(&mut tx).await?;
        sqlx::query("INSERT INTO app_state (key, value) VALUES ('seeded_at', $1)")
            .bind(self.clock.now().to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn insert_events(&self, events: &[NewEvent]) -> StoreResult<Vec<EventId>> {
        let mut tx = write_lock(&self.pool).await?;
        let now = self.clock.now().to_string();
        let ids = insert_events(&mut tx, events, &now).await?;
        let written: Vec<(EventId, &NewEvent)> = ids.iter().copied().zip(events).collect();
        revisions::write_new_revisions(&mut tx, &written, &now).await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// A copy of a PostgreSQL database is PostgreSQL's own tools' job.
    async fn backup(&self, _path: &Path) -> anyhow::Result<()> {
        anyhow::bail!(
            "backup copies SQLite databases only; for PostgreSQL use its own tools, e.g. \
             `pg_dump --format=custom --file=timeline.dump \"$DATABASE_URL\"` (restore with \
             `pg_restore --dbname=… timeline.dump`), or the server's continuous archiving"
        )
    }
}
