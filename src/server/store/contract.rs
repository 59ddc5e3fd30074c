//! The storage contract: every operation the app asks of a database engine, grouped by
//! concern, and the records they trade in. An engine (`sqlite/`, `postgres/`) implements each
//! trait; `Store` holds one engine and adds what every engine shares (caches, the clock).
//! Every moment is a `Timestamp`; how each table keeps it is the engine's business.

use super::StoreResult;
use crate::model::{
    AdminEvent, Answer, AuditAction, AuditEntry, ChangeNote, DayRange, Event, EventDraft, EventId,
    EventLink, EventPage, Filter, Lang, MonthDay, NewEvent, NewReport, QueuedReport, Reference,
    ReportState, RevisionNumber, RevisionStamp, Timestamp, Translation, TranslationNeed, Unit,
    Version,
};
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// Reading events, as readers and editors see them.
pub(crate) trait EventReads {
    /// Whether the database answers.
    async fn ping(&self) -> StoreResult<()>;
    /// The number that grows with every change to the data, from any process.
    async fn generation(&self) -> StoreResult<i64>;
    /// The first and last day of all events readers may see, if there are any.
    async fn timeline_days(&self) -> StoreResult<Option<DayRange>>;
    /// How many events the filter selects starting in each column of `unit`, by the
    /// column's prefix of the first day (`201` for the 2010s), with the first event's id.
    async fn count_by_column(&self, filter: &Filter, unit: Unit) -> StoreResult<Vec<ColumnCount>>;
    /// One page (counting from 1) of the events the filter selects, in date order, in `lang`
    /// where written; `share` says how common the matches are, for the engine's plan.
    async fn page_of_events(
        &self,
        filter: &Filter,
        page: u32,
        lang: Lang,
        share: MatchShare,
    ) -> StoreResult<Vec<Event>>;
    /// Links to these events readers may see, in `lang` where written.
    async fn links(&self, ids: &[EventId], lang: Lang) -> StoreResult<HashMap<EventId, EventLink>>;
    /// One event readers may see, in `lang` where written (else in English).
    async fn event(&self, id: EventId, lang: Lang) -> StoreResult<Option<Event>>;
    /// The events readers may see that began on this day of the year, in date order.
    async fn events_on(&self, day: MonthDay, lang: Lang) -> StoreResult<Vec<Event>>;
    /// The English title of an event readers may see: enough to build its canonical path.
    async fn event_title(&self, id: EventId) -> StoreResult<Option<String>>;
    /// An event with its related events and its neighbours in time.
    async fn event_page(&self, id: EventId, lang: Lang) -> StoreResult<Option<EventPage>>;
    /// Every period (event with an end date) readers may see, in date order.
    async fn periods(&self, lang: Lang) -> StoreResult<Vec<EventLink>>;
    /// How many events readers may see.
    async fn count_events(&self) -> StoreResult<i64>;
    /// The `limit` events readers may see that the filter selects and that were added or
    /// changed last, newest first, in `lang` where written, with when they changed: feeds.
    async fn changed_events(
        &self,
        filter: &Filter,
        lang: Lang,
        limit: u32,
    ) -> StoreResult<Vec<ChangedEvent>>;
    /// Up to `limit` events readers may see that the filter selects, by id after `after`,
    /// whole: every language's texts, sources, positions and related events, for exports.
    async fn exported_events(
        &self,
        filter: &Filter,
        after: Option<EventId>,
        limit: u32,
    ) -> StoreResult<Vec<ExportedEvent>>;
    /// Up to `limit` events readers may see, by id, from the `skip`-th on: their addresses
    /// and when they last changed, for sitemaps.
    async fn listed_events(&self, skip: u64, limit: u32) -> StoreResult<Vec<ListedEvent>>;
    /// Events for editors, retired ones included, most recently changed first; `search`
    /// (if not empty) must occur in the title or summary, or be the event's id; `needs`
    /// keeps only the events with that translation work to do.
    async fn admin_events(
        &self,
        search: &str,
        needs: Option<TranslationNeed>,
        limit: u32,
    ) -> StoreResult<Vec<AdminEvent>>;
    /// An event as its editor sees it, retired or not.
    async fn editable_event(&self, id: EventId) -> StoreResult<Option<EditableEvent>>;
    /// Whether an event exists but is retired (its readers get "gone", not "not found").
    async fn is_retired(&self, id: EventId) -> StoreResult<bool>;
    /// Every revision of an event, oldest first.
    async fn revisions(&self, id: EventId) -> StoreResult<Vec<StoredRevision>>;
    /// The newest revision of an event: its number and when it was written.
    async fn latest_revision(&self, id: EventId) -> StoreResult<Option<RevisionStamp>>;
    /// The revisions of an event that corrected it, oldest first.
    async fn corrections_of(&self, id: EventId) -> StoreResult<Vec<RevisionStamp>>;
    /// Up to `limit` corrections of events readers may see, newest first, from the
    /// `skip`-th on, each with the revision before it: the corrections log.
    async fn corrections(&self, skip: u64, limit: u32) -> StoreResult<Vec<CorrectedRevision>>;
    /// How many corrections of events readers may see there are.
    async fn count_corrections(&self) -> StoreResult<i64>;
}

/// Editors' changes, each a whole unit of work with its entry in the audit trail and a new
/// revision of each event it changes: a change is never made without its records, nor
/// recorded without being made.
pub(crate) trait EventWrites {
    async fn create_event(&self, draft: &EventDraft, by: Editing<'_>)
    -> Result<EventId, EditError>;
    /// Replaces an event with the draft, if it is still at `version` (as the editor saw it;
    /// `None` when the form carried no version it could read).
    async fn update_event(
        &self,
        id: EventId,
        version: Option<Version>,
        draft: &EventDraft,
        by: Editing<'_>,
    ) -> Result<(), EditError>;
    /// Hides an event from readers, or shows it again.
    async fn set_retired(
        &self,
        id: EventId,
        retired: bool,
        by: Editing<'_>,
    ) -> Result<(), EditError>;
}

/// Imports: uploaded files waiting for their editor's confirmation, and the confirmation,
/// which writes every event of a file in one unit of work.
pub(crate) trait Imports {
    async fn insert_import(&self, import: &StagedImport) -> StoreResult<()>;
    async fn staged_import(&self, id: &str) -> StoreResult<Option<StagedImport>>;
    /// Deletes the imports uploaded before `created_before`; returns how many went.
    async fn delete_imports(&self, created_before: Timestamp) -> StoreResult<u64>;
    /// The current versions of those of these events that exist, retired or not.
    async fn event_versions(&self, ids: &[EventId]) -> StoreResult<HashMap<EventId, Version>>;
    /// Writes every event of the staged import `id` and deletes it, each event with its
    /// audit entry as a form's save writes it, all or nothing.
    async fn import_events(
        &self,
        id: &str,
        events: &[Imported],
        by: Editing<'_>,
    ) -> Result<(), EditError>;
}

/// An uploaded file, read into rows, waiting for confirmation.
#[derive(Clone, Debug)]
pub(crate) struct StagedImport {
    pub id: String,
    pub csrf: String,
    pub editor_id: i64,
    pub created_at: Timestamp,
    pub file_name: String,
    /// The rows, as JSON (what they hold is the import's business).
    pub rows: String,
}

/// One event of a confirmed import.
#[derive(Clone, Debug)]
pub(crate) enum Imported {
    /// A new event, numbered `id` when the file gives it a number, else next.
    Create {
        id: Option<EventId>,
        draft: EventDraft,
    },
    /// A change to event `id`, which must still be at `version`.
    Update {
        id: EventId,
        version: Version,
        draft: EventDraft,
    },
}

/// Editors' accounts, their sessions and the browsers they have signed in from. What these
/// mean (hashes, timeouts, cookies) is decided in `auth`.
pub(crate) trait Accounts {
    async fn account(&self, username: &str) -> StoreResult<Option<Account>>;
    async fn accounts(&self) -> StoreResult<Vec<Account>>;
    /// Adds an account; `false` if the name is taken.
    async fn insert_account(&self, username: &str, password_hash: &str) -> StoreResult<bool>;
    /// Replaces an account's password hash and ends its sessions, together; `false` if
    /// there is no such account.
    async fn replace_password(&self, username: &str, password_hash: &str) -> StoreResult<bool>;
    /// Deletes an account (its sessions and known browsers go with it); `false` if there is
    /// no such account.
    async fn delete_account(&self, username: &str) -> StoreResult<bool>;
    async fn insert_session(&self, token_digest: &str, editor_id: i64) -> StoreResult<()>;
    async fn session(&self, token_digest: &str) -> StoreResult<Option<Session>>;
    /// Marks a session as seen now.
    async fn touch_session(&self, token_digest: &str) -> StoreResult<()>;
    async fn delete_session(&self, token_digest: &str) -> StoreResult<()>;
    /// Deletes sessions begun before `created_before` or last seen before `seen_before`;
    /// returns how many went.
    async fn delete_sessions(
        &self,
        created_before: Timestamp,
        seen_before: Timestamp,
    ) -> StoreResult<u64>;
    /// Whether a browser (by its token's digest) signed in as `username` after `since`.
    async fn is_known_device(
        &self,
        token_digest: &str,
        username: &str,
        since: Timestamp,
    ) -> StoreResult<bool>;
    /// Whether a browser's token is remembered for this editor.
    async fn is_device_of(&self, token_digest: &str, editor_id: i64) -> StoreResult<bool>;
    /// Remembers a browser's sign-in now, forgetting those not seen since `forget_before`.
    async fn remember_device(
        &self,
        token_digest: &str,
        editor_id: i64,
        forget_before: Timestamp,
    ) -> StoreResult<()>;
}

/// The audit trail, which the sign-in throttle also reads.
pub(crate) trait Audit {
    /// Records an action on no event (signing in or out, a failed attempt), now.
    async fn record(&self, entry: Record<'_>) -> StoreResult<()>;
    /// When the `nth` most recent failed sign-in (counting from 1) of `whose` after `since`
    /// happened, if there were that many.
    async fn nth_failure_since(
        &self,
        whose: FailuresOf<'_>,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>>;
    /// Folds the failed sign-ins to no account older than a day into one entry per address
    /// and day, so that guessing cannot grow the trail without bound.
    async fn fold_unknown_sign_ins(&self) -> StoreResult<()>;
    /// The newest entries, older than `before` when given.
    async fn audit_entries(&self, before: Option<i64>) -> StoreResult<Vec<AuditEntry>>;
}

/// Readers' reports of errors and editors' answers. A report changes nothing readers see,
/// so none of these moves the data generation.
pub(crate) trait Reports {
    /// Adds a report, received now; `false` if its reference is taken (the caller draws
    /// another).
    async fn insert_report(&self, report: &IncomingReport<'_>) -> StoreResult<bool>;
    /// When the `nth` most recent report from the address (by its digest) after `since` was
    /// received, if there were that many.
    async fn nth_report_since(
        &self,
        address_digest: &str,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>>;
    /// Up to `limit` reports, newest first, in one state or any, older than the report
    /// `before` (by id) when given.
    async fn queued_reports(
        &self,
        state: Option<ReportState>,
        before: Option<i64>,
        limit: u32,
    ) -> StoreResult<Vec<QueuedReport>>;
    /// A report by its reference.
    async fn report(&self, reference: &Reference) -> StoreResult<Option<QueuedReport>>;
    /// How many reports no editor has answered.
    async fn count_new_reports(&self) -> StoreResult<i64>;
    /// Answers a new report, with its entry in the audit trail, in one unit of work.
    async fn answer_report(
        &self,
        reference: &Reference,
        answer: &Answer,
        by: Editing<'_>,
    ) -> Result<(), AnswerError>;
    /// The secret named `name`, shared by every server on the database: `candidate` becomes
    /// it if it has none yet.
    async fn shared_secret(&self, name: &str, candidate: &str) -> StoreResult<String>;
}

/// Keeping the database: the seed, made-up data to measure with, backups.
pub(crate) trait Maintenance {
    /// Writes the seed's events, and the links between them (as positions in `events`),
    /// unless a seed went in before, even one editors have since changed. Returns whether
    /// it wrote anything.
    async fn seed_once(&self, events: &[NewEvent], links: &[(usize, usize)]) -> StoreResult<bool>;
    /// Adds events as they are, with no editor and no audit entry, in one unit of work.
    async fn insert_events(&self, events: &[NewEvent]) -> StoreResult<Vec<EventId>>;
    /// Writes a consistent copy of the database to `path`, which must not exist, while the
    /// database stays in use.
    async fn backup(&self, path: &Path) -> anyhow::Result<()>;
}

/// How common a filter's matches are among all events, which only the caller knows cheaply.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MatchShare {
    pub matches: u64,
    pub of: u64,
}

/// How many events a filter selects that start in one column of the axis, which is named by
/// its prefix of the first day (`201` for the 2010s), with the first of them by id: the event
/// itself when it is alone.
#[derive(Clone, Debug)]
pub(crate) struct ColumnCount {
    pub key: String,
    pub events: u32,
    pub first: EventId,
}

/// An event as a feed shows it, with when it was added or last changed.
#[derive(Clone, Debug)]
pub(crate) struct ChangedEvent {
    pub event: Event,
    pub updated_at: Timestamp,
}

/// An event whole, as an export writes it: in English with its body, its translations, and
/// the events related to it.
#[derive(Clone, Debug)]
pub(crate) struct ExportedEvent {
    pub event: Event,
    /// The version an import of the row must find the event at to change it.
    pub version: Version,
    pub translations: Vec<Translation>,
    pub related: Vec<EventId>,
}

/// An event as a sitemap lists it: its permanent path, and when it last changed.
#[derive(Clone, Debug)]
pub(crate) struct ListedEvent {
    pub path: String,
    pub updated_at: Timestamp,
}

/// An editor's account.
#[derive(Debug)]
pub(crate) struct Account {
    pub id: i64,
    pub username: String,
    pub password_hash: String,
    pub created_at: Timestamp,
}

/// A session: whose, and its times.
pub(crate) struct Session {
    pub editor_id: i64,
    pub username: String,
    pub created_at: Timestamp,
    pub last_seen_at: Timestamp,
}

/// An event as its editor sees it, retired or not.
#[derive(Clone, Debug)]
pub(crate) struct EditableEvent {
    /// In English.
    pub event: Event,
    /// Its words in the other languages it is written in.
    pub translations: Vec<Translation>,
    /// The languages whose words were written before the English last changed.
    pub outdated: Vec<Lang>,
    pub related: Vec<EventId>,
    pub retired: bool,
    /// The version an edit must start from.
    pub version: Version,
}

/// Who is making a change, and from where; with the note to readers the change's revision
/// carries (which says whether it is a correction), and the earlier revision it brings back,
/// if it does.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Editing<'a> {
    pub username: &'a str,
    pub address: &'a str,
    pub note: Option<&'a ChangeNote>,
    pub restores: Option<RevisionNumber>,
}

impl<'a> Editing<'a> {
    /// The same editor, for a change that carries this note.
    pub(crate) fn with_note(self, note: Option<&'a ChangeNote>) -> Self {
        Self { note, ..self }
    }

    /// The note's text, as the revision keeps it.
    pub(crate) fn note_text(self) -> Option<&'a str> {
        self.note.map(|note| note.text.as_str())
    }

    /// Whether the change is marked as correcting an error.
    pub(crate) fn corrects(self) -> bool {
        self.note.is_some_and(|note| note.correction)
    }

    /// The same editor, bringing back an earlier revision.
    pub(crate) fn restoring(self, number: RevisionNumber) -> Self {
        Self {
            restores: Some(number),
            ..self
        }
    }

    /// The same editor, for a change the note is not about (the other side of a relation).
    pub(crate) fn without_note(self) -> Self {
        Self {
            note: None,
            restores: None,
            ..self
        }
    }
}

/// A revision as kept: the whole event as it stood after a change (`content` is its form as
/// JSON), the event's version then, who wrote it (`None` for the seed and for events older
/// than revisions), when, and the editor's note to readers.
#[derive(Clone, Debug)]
pub(crate) struct StoredRevision {
    pub number: RevisionNumber,
    pub content: String,
    pub retired: bool,
    pub editor: Option<String>,
    pub note: Option<String>,
    pub restores: Option<RevisionNumber>,
    pub created_at: Timestamp,
    /// Whether the editor marked it as correcting an error.
    pub correction: bool,
}

/// A correction as the log lists it: the event's id, the revision that corrected it and
/// the one before, which the log compares it with.
#[derive(Clone, Debug)]
pub(crate) struct CorrectedRevision {
    pub id: EventId,
    pub before: StoredRevision,
    pub after: StoredRevision,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum EditError {
    #[error(transparent)]
    Store(#[from] super::StoreError),
    #[error("there is no event {0}")]
    NotFound(EventId),
    #[error("there is no event {0} to relate to")]
    UnknownRelated(EventId),
    /// Someone saved the event after the form was filled; `current` is its version now.
    #[error("event {id} was changed by someone else")]
    Conflict { id: EventId, current: Version },
    /// An import names a new event by a number that another event took in the meantime.
    #[error("event {0} exists already")]
    Taken(EventId),
    /// An import that was confirmed already, or has expired.
    #[error("there is no such import")]
    NoSuchImport,
}

/// An entry of the audit trail. `before` and `after` are flat JSON objects of an event's
/// fields.
pub(crate) struct Record<'a> {
    pub username: &'a str,
    pub address: &'a str,
    pub action: AuditAction,
    pub event_id: Option<EventId>,
    pub before: Option<Value>,
    pub after: Option<Value>,
}

impl<'a> Record<'a> {
    /// Signing in or out: an action on no event.
    pub(crate) fn account(action: AuditAction, username: &'a str, address: &'a str) -> Self {
        Self {
            username,
            address,
            action,
            event_id: None,
            before: None,
            after: None,
        }
    }
}

/// Whose failed sign-ins are counted: a name's, whether it is an account (matched in any
/// case) or not (matched by the digest of the name, which is all the trail keeps of it), or
/// an address's.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FailuresOf<'a> {
    Name { username: &'a str, digest: &'a str },
    Address(&'a str),
}

/// A report as it is received.
pub(crate) struct IncomingReport<'a> {
    pub reference: &'a Reference,
    pub event_id: EventId,
    pub lang: Lang,
    pub report: &'a NewReport,
    pub address_digest: &'a str,
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum AnswerError {
    #[error(transparent)]
    Store(#[from] super::StoreError),
    #[error("there is no report {0}")]
    NotFound(Reference),
    /// Another editor answered it first.
    #[error("report {0} has been answered already")]
    Answered(Reference),
}

/// How many entries `/admin/audit` shows at once.
pub(crate) const AUDIT_PAGE: i64 = 100;
/// Who the trail names for a failed sign-in to no account.
pub(crate) const UNKNOWN_ACCOUNT: &str = "(no such account)";
