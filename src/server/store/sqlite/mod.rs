//! The SQLite engine: one file, opened in WAL mode, every write a transaction begun
//! IMMEDIATE (so writers wait their turn instead of failing). Its statements are grouped as
//! the contract groups them: `reads` (with the rows in `rows` and the filter's SQL in
//! `search`), `editing` (which writes `revisions`), `accounts`, `audit`; `writing` inserts events for editors, the
//! seed and synthetic data alike; `db` opens the pool and migrates it; `columns` says how
//! the domain's numbered types are kept.

mod accounts;
mod audit;
mod columns;
mod db;
mod editing;
mod imports;
mod reads;
mod reports;
mod revisions;
mod rows;
mod search;
mod writing;

use super::StoreResult;
use super::contract::Maintenance;
use crate::model::{EventId, NewEvent};
use crate::server::clock::Clock;
use sqlx::SqlitePool;
use std::path::Path;
use writing::{insert_events, relate_events};

#[derive(Clone, Debug)]
pub(crate) struct Sqlite {
    pool: SqlitePool,
    clock: Clock,
}

impl Sqlite {
    /// Opens the database at `url`, creating and migrating it as needed.
    pub(crate) async fn open(url: &str, clock: Clock) -> anyhow::Result<Self> {
        let pool = db::open_pool(url).await?;
        writing::fill_pairs_index_once(&pool).await?;
        revisions::write_first_revisions_once(&pool).await?;
        Ok(Self { pool, clock })
    }

    /// The database itself: for a move to PostgreSQL, and the integration tests' checks.
    pub(crate) fn pool(&self) -> &SqlitePool {
        &self.pool
    }
}

impl Maintenance for Sqlite {
    async fn seed_once(&self, events: &[NewEvent], links: &[(usize, usize)]) -> StoreResult<bool> {
        // IMMEDIATE takes the write lock first, so two servers starting at once can't both seed.
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
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
        sqlx::query("INSERT INTO app_state (key, value) VALUES ('seeded_at', ?)")
            .bind(self.clock.now().to_string())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn insert_events(&self, events: &[NewEvent]) -> StoreResult<Vec<EventId>> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let now = self.clock.now().to_string();
        let ids = insert_events(&mut tx, events, &now).await?;
        let written: Vec<(EventId, &NewEvent)> = ids.iter().copied().zip(events).collect();
        revisions::write_new_revisions(&mut tx, &written, &now).await?;
        tx.commit().await?;
        Ok(ids)
    }

    /// `VACUUM INTO` writes one snapshot while other connections go on reading and writing.
    async fn backup(&self, path: &Path) -> anyhow::Result<()> {
        if path.exists() {
            anyhow::bail!("{} exists already; choose a new file", path.display());
        }
        let target = path
            .to_str()
            .ok_or_else(|| anyhow::anyhow!("the backup path must be valid UTF-8"))?;
        sqlx::query("VACUUM INTO ?")
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
