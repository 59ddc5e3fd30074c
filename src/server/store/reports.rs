//! Readers' reports and editors' answers, as the store offers them, and what both engines
//! share: the columns they read a report from and how its row becomes a `QueuedReport`.

use super::contract::{AnswerError, Editing, EventReads, IncomingReport, Reports};
use super::{Engine, Store, StoreResult};
use crate::model::{
    Answer, EventId, EventLink, Lang, QueuedReport, REPORT_QUEUE_PAGE, Reference, ReportState,
    Timestamp,
};
use serde_json::{Value, json};

/// The columns of a report, with its event's English title (`t`), in `ReportRow`'s order.
pub(super) const REPORT_COLUMNS: &str = "r.id, r.reference, r.event_id, t.title, r.lang, \
     r.what, r.source, r.email, r.received_at, r.state, r.reply, r.answered_by, r.answered_at \
     FROM reports r JOIN event_texts t ON t.event_id = r.event_id AND t.lang = 'en'";

pub(super) type ReportRow = (
    i64,
    String,
    EventId,
    String,
    String,
    String,
    Option<String>,
    Option<String>,
    i64,
    String,
    Option<String>,
    Option<String>,
    Option<i64>,
);

/// A row as the queue shows it; `None` for one the domain refuses (written by hand).
pub(super) fn queued(row: ReportRow) -> Option<QueuedReport> {
    let (id, reference, event_id, event_title, lang, what, source, email, received_at) = (
        row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8,
    );
    let (state, reply, answered_by, answered_at) = (row.9, row.10, row.11, row.12);
    let received_at = Timestamp::from_unix_seconds(received_at).ok()?;
    let answered_at = match answered_at {
        Some(at) => Some(Timestamp::from_unix_seconds(at).ok()?),
        None => None,
    };
    Some(QueuedReport {
        id,
        reference: reference.parse().ok()?,
        event_id,
        event_title,
        lang: lang.parse().ok()?,
        what,
        source,
        email,
        received_at,
        received_on: received_at.date()?,
        state: state.parse().ok()?,
        reply,
        answered_by,
        answered_at,
        answered_on: match answered_at {
            Some(at) => Some(at.date()?),
            None => None,
        },
    })
}

/// What the audit trail keeps of an answer: the state it left, and the one it reached with
/// the report's reference and the reply.
pub(super) fn answer_pictures(reference: &Reference, answer: &Answer) -> (Value, Value) {
    (
        json!({ "state": ReportState::New.code() }),
        json!({
            "report": reference.as_str(),
            "state": answer.state().code(),
            "reply": answer.reply(),
        }),
    )
}

impl Store {
    /// A link to an event readers may see, in `lang` where written: what a report is about.
    pub(crate) async fn event_link(
        &self,
        id: EventId,
        lang: Lang,
    ) -> StoreResult<Option<EventLink>> {
        let mut links = on_engine!(self, db => db.links(&[id], lang).await)?;
        Ok(links.remove(&id))
    }

    /// Adds a report, received now; `false` if its reference is taken.
    pub(crate) async fn insert_report(&self, report: &IncomingReport<'_>) -> StoreResult<bool> {
        on_engine!(self, db => db.insert_report(report).await)
    }

    pub(crate) async fn nth_report_since(
        &self,
        address_digest: &str,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>> {
        on_engine!(self, db => db.nth_report_since(address_digest, since, nth).await)
    }

    /// A page of the editors' queue, newest first.
    pub(crate) async fn queued_reports(
        &self,
        state: Option<ReportState>,
        before: Option<i64>,
    ) -> StoreResult<Vec<QueuedReport>> {
        on_engine!(self, db => db.queued_reports(state, before, REPORT_QUEUE_PAGE as u32).await)
    }

    pub(crate) async fn report(&self, reference: &Reference) -> StoreResult<Option<QueuedReport>> {
        on_engine!(self, db => db.report(reference).await)
    }

    pub(crate) async fn count_new_reports(&self) -> StoreResult<i64> {
        on_engine!(self, db => db.count_new_reports().await)
    }

    /// Answers a new report; refused if another editor answered it first.
    pub(crate) async fn answer_report(
        &self,
        reference: &Reference,
        answer: &Answer,
        by: Editing<'_>,
    ) -> Result<(), AnswerError> {
        on_engine!(self, db => db.answer_report(reference, answer, by).await)
    }

    /// The secret named `name` that every server on the database shares.
    pub(crate) async fn shared_secret(&self, name: &str, candidate: &str) -> StoreResult<String> {
        on_engine!(self, db => db.shared_secret(name, candidate).await)
    }
}
