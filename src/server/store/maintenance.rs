//! Maintenance: backups, and writing many events at once (the seed, synthetic events).

use super::contract::Maintenance;
use super::{Engine, Store, StoreResult};
use crate::model::{EventId, NewEvent};
use std::path::Path;

impl Store {
    /// Writes a consistent copy of the database to `path` (which must not exist), while the
    /// database stays in use.
    pub async fn backup(&self, path: &Path) -> anyhow::Result<()> {
        on_engine!(self, db => db.backup(path).await)
    }

    pub(super) async fn seed_events_once(
        &self,
        events: &[NewEvent],
        links: &[(usize, usize)],
    ) -> StoreResult<bool> {
        let seeded = on_engine!(self, db => db.seed_once(events, links).await);
        self.written(seeded).await
    }

    pub(super) async fn insert_events(&self, events: &[NewEvent]) -> StoreResult<Vec<EventId>> {
        let inserted = on_engine!(self, db => db.insert_events(events).await);
        self.written(inserted).await
    }
}
