//! Reading events: what readers and editors see of them, passed on to the engine.

use super::contract::EventReads;
use super::{
    ChangedEvent, CorrectedRevision, EditableEvent, Engine, ExportedEvent, ListedEvent, Store,
    StoreResult, StoredRevision,
};
use crate::model::{
    AdminEvent, Event, EventId, EventLink, EventPage, Filter, Lang, MonthDay, RevisionStamp,
    TranslationNeed,
};
use std::collections::HashMap;

impl Store {
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
}
