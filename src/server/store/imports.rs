//! Imports: uploaded rows kept until an editor confirms them, then written all at once.

use super::contract::Imports;
use super::{EditError, Editing, Engine, Imported, StagedImport, Store, StoreResult};
use crate::model::{EventId, Timestamp, Version};
use std::collections::HashMap;

impl Store {
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
}
