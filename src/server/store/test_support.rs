//! What only the integration tests may do to a store: set up a situation no request can
//! make (a write by another process, a broken or closed database, old records) and check
//! what was stored. Each is an operation of the store, so the tests never see an engine's
//! SQL; the SQLite engine's own checks (query plans, upgrades from older schemas) use
//! `test_pool`.

use super::contract::Record;
use super::{Engine, Store, StoreResult};
use crate::model::{AuditAction, AuditEntry, EventId, NewEvent};
use sqlx::SqlitePool;

impl Store {
    /// The SQLite database itself, for the SQLite engine's own checks.
    pub fn test_pool(&self) -> &SqlitePool {
        match &self.engine {
            Engine::Sqlite(db) => db.pool(),
        }
    }

    /// Closes the database: what the app sees when it becomes unreachable.
    pub async fn close(&self) {
        self.test_pool().close().await;
    }

    /// Breaks the database under the app, so that the next read of events fails.
    pub async fn break_event_reads(&self) -> StoreResult<()> {
        sqlx::query("DROP TABLE event_actors")
            .execute(self.test_pool())
            .await?;
        Ok(())
    }

    /// The generation as the database has it now, whatever this process published.
    pub async fn stored_generation(&self) -> StoreResult<i64> {
        self.read_generation().await
    }

    /// Writes an event as the seed does: no editor, no audit entry.
    pub async fn insert_test_event(&self, event: &NewEvent) -> StoreResult<EventId> {
        let ids = self.insert_events(std::slice::from_ref(event)).await?;
        Ok(ids[0])
    }

    /// Changes an event's English title as another process would, behind this store's back.
    pub async fn retitle_elsewhere(&self, id: EventId, title: &str) -> StoreResult<()> {
        sqlx::query("UPDATE event_texts SET title = ? WHERE event_id = ? AND lang = 'en'")
            .bind(title)
            .bind(id)
            .execute(self.test_pool())
            .await?;
        Ok(())
    }

    /// Deletes an event outright, as no editor can (they retire events).
    pub async fn delete_event_elsewhere(&self, id: EventId) -> StoreResult<()> {
        sqlx::query("DELETE FROM events WHERE id = ?")
            .bind(id)
            .execute(self.test_pool())
            .await?;
        Ok(())
    }

    /// Every event stored, retired ones included.
    pub async fn count_all_events(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar("SELECT count(*) FROM events")
            .fetch_one(self.test_pool())
            .await?;
        Ok(count)
    }

    /// The English titles that start with `prefix`.
    pub async fn titles_starting_with(&self, prefix: &str) -> StoreResult<Vec<String>> {
        let titles = sqlx::query_scalar(
            "SELECT title FROM event_texts WHERE lang = 'en' AND title LIKE ? || '%'",
        )
        .bind(prefix)
        .fetch_all(self.test_pool())
        .await?;
        Ok(titles)
    }

    /// Whether the database is whole, in the engine's own words ("ok" when it is).
    pub async fn integrity(&self) -> StoreResult<String> {
        let verdict = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(self.test_pool())
            .await?;
        Ok(verdict)
    }

    /// The version an edit of the event must start from.
    pub async fn version_of(&self, id: EventId) -> StoreResult<Option<i64>> {
        let editable = self.editable_event(id).await?;
        Ok(editable.map(|e| e.version.number()))
    }

    /// The newest entries of the audit trail.
    pub async fn audit_trail(&self) -> StoreResult<Vec<AuditEntry>> {
        self.audit_entries(None).await
    }

    /// Records a failed sign-in now (by the store's clock), as a refused attempt does.
    pub async fn record_failed_sign_in(&self, username: &str, address: &str) -> StoreResult<()> {
        self.record(Record::account(
            AuditAction::SignInFailed,
            username,
            address,
        ))
        .await
    }

    /// The password hash stored for an account.
    pub async fn password_hash(&self, username: &str) -> StoreResult<Option<String>> {
        let account = self.account(username).await?;
        Ok(account.map(|a| a.password_hash))
    }

    /// How many sessions are stored, live or not.
    pub async fn count_sessions(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar("SELECT count(*) FROM sessions")
            .fetch_one(self.test_pool())
            .await?;
        Ok(count)
    }
}
