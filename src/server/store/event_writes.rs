//! Editors' changes to events, each followed by the new data generation.

use super::contract::EventWrites;
use super::{EditError, Editing, Engine, Store};
use crate::model::{EventDraft, EventId, Version};

impl Store {
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
}
