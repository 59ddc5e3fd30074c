//! What only the integration tests may do to a store: look at or change its database
//! directly, to set up a situation no request can make, or to check what was stored.

use super::writing::insert_event;
use super::{NewEvent, Store, StoreResult};
use crate::model::EventId;
use sqlx::SqlitePool;

impl Store {
    /// The database itself.
    pub fn test_pool(&self) -> &SqlitePool {
        &self.pool
    }

    /// Writes an event as the seed does: no editor, no audit entry.
    pub async fn insert_test_event(&self, event: &NewEvent) -> StoreResult<EventId> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let id = insert_event(&mut tx, event, &self.clock.rfc3339()).await?;
        tx.commit().await?;
        Ok(id)
    }
}
