//! What only the integration tests may do to a store: look at or change its database
//! directly, to set up a situation no request can make, or to check what was stored.

use super::{Engine, Store, StoreResult};
use crate::model::{EventId, NewEvent};
use sqlx::SqlitePool;

impl Store {
    /// The SQLite database itself.
    pub fn test_pool(&self) -> &SqlitePool {
        match &self.engine {
            Engine::Sqlite(db) => db.pool(),
        }
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
}
