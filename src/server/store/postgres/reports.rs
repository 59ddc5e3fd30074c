//! Readers' reports and editors' answers, as SQLite's. No trigger counts them in the data
//! generation, and answering one takes no lock on events' writers.

use super::Postgres;
use super::audit::record;
use crate::model::{Answer, AuditAction, EventId, QueuedReport, Reference, ReportState, Timestamp};
use crate::server::store::StoreResult;
use crate::server::store::contract::{AnswerError, Editing, IncomingReport, Record, Reports};
use crate::server::store::reports::{REPORT_COLUMNS, ReportRow, answer_pictures, queued};
use crate::server::store::rows::moment_of_seconds;

impl Reports for Postgres {
    async fn insert_report(&self, incoming: &IncomingReport<'_>) -> StoreResult<bool> {
        let report = incoming.report;
        let inserted = sqlx::query(
            "INSERT INTO reports (reference, event_id, lang, what, source, email, \
             address_digest, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) \
             ON CONFLICT (reference) DO NOTHING",
        )
        .bind(incoming.reference.as_str())
        .bind(incoming.event_id)
        .bind(incoming.lang.code())
        .bind(report.what())
        .bind(report.source())
        .bind(report.email())
        .bind(incoming.address_digest)
        .bind(self.clock.now().unix_seconds())
        .execute(&self.pool)
        .await?;
        Ok(inserted.rows_affected() > 0)
    }

    async fn nth_report_since(
        &self,
        address_digest: &str,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>> {
        let at: Option<i64> = sqlx::query_scalar(
            "SELECT received_at FROM reports WHERE address_digest = $1 AND received_at > $2 \
             ORDER BY received_at DESC LIMIT 1 OFFSET $3",
        )
        .bind(address_digest)
        .bind(since.unix_seconds())
        .bind(nth - 1)
        .fetch_optional(&self.pool)
        .await?;
        at.map(moment_of_seconds).transpose()
    }

    async fn queued_reports(
        &self,
        state: Option<ReportState>,
        before: Option<i64>,
        limit: u32,
    ) -> StoreResult<Vec<QueuedReport>> {
        // One statement per case, so that a state's walks its index newest first.
        let in_state = if state.is_some() {
            "r.state = $1 AND"
        } else {
            "$1::text IS NULL AND"
        };
        let rows: Vec<ReportRow> = sqlx::query_as(&format!(
            "SELECT {REPORT_COLUMNS} WHERE {in_state} r.id < $2 ORDER BY r.id DESC LIMIT $3"
        ))
        .bind(state.map(ReportState::code))
        .bind(before.unwrap_or(i64::MAX))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().filter_map(queued).collect())
    }

    async fn report(&self, reference: &Reference) -> StoreResult<Option<QueuedReport>> {
        let row: Option<ReportRow> =
            sqlx::query_as(&format!("SELECT {REPORT_COLUMNS} WHERE r.reference = $1"))
                .bind(reference.as_str())
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(queued))
    }

    async fn count_new_reports(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar("SELECT count(*) FROM reports WHERE state = 'new'")
            .fetch_one(&self.pool)
            .await?;
        Ok(count)
    }

    async fn answer_report(
        &self,
        reference: &Reference,
        answer: &Answer,
        by: Editing<'_>,
    ) -> Result<(), AnswerError> {
        let now = self.clock.now();
        let mut tx = self.pool.begin().await.map_err(store)?;
        let found: Option<(EventId, String)> =
            sqlx::query_as("SELECT event_id, state FROM reports WHERE reference = $1 FOR UPDATE")
                .bind(reference.as_str())
                .fetch_optional(&mut *tx)
                .await
                .map_err(store)?;
        let event_id = match found {
            None => return Err(AnswerError::NotFound(reference.clone())),
            Some((_, state)) if state != ReportState::New.code() => {
                return Err(AnswerError::Answered(reference.clone()));
            }
            Some((event_id, _)) => event_id,
        };
        sqlx::query(
            "UPDATE reports SET state = $1, reply = $2, answered_by = $3, answered_at = $4 \
             WHERE reference = $5 AND state = 'new'",
        )
        .bind(answer.state().code())
        .bind(answer.reply())
        .bind(by.username)
        .bind(now.unix_seconds())
        .bind(reference.as_str())
        .execute(&mut *tx)
        .await
        .map_err(store)?;
        let (before, after) = answer_pictures(reference, answer);
        let action = match answer.state() {
            ReportState::Declined => AuditAction::DeclineReport,
            _ => AuditAction::AcceptReport,
        };
        let entry = Record {
            username: by.username,
            address: by.address,
            action,
            event_id: Some(event_id),
            before: Some(before),
            after: Some(after),
        };
        record(&mut *tx, now, entry).await.map_err(store)?;
        tx.commit().await.map_err(store)?;
        Ok(())
    }

    async fn shared_secret(&self, name: &str, candidate: &str) -> StoreResult<String> {
        sqlx::query(
            "INSERT INTO app_state (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING",
        )
        .bind(name)
        .bind(candidate)
        .execute(&self.pool)
        .await?;
        let secret = sqlx::query_scalar("SELECT value FROM app_state WHERE key = $1")
            .bind(name)
            .fetch_one(&self.pool)
            .await?;
        Ok(secret)
    }
}

fn store(err: sqlx::Error) -> AnswerError {
    AnswerError::Store(err.into())
}
