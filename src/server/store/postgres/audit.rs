//! The audit log: who did what, when and from where. The sign-in throttle reads the
//! failures it records (its policy is in `auth::throttle`).

use super::{Postgres, write_lock};
use crate::model::{AuditEntry, EventId, Timestamp};
use crate::server::store::StoreResult;
use crate::server::store::contract::{AUDIT_PAGE, Audit, FailuresOf, Record, UNKNOWN_ACCOUNT};
use crate::server::store::rows::moment_of_seconds;
use crate::server::store::snapshots::changes;

/// Failed sign-ins to no account older than this are kept as one entry per address and day.
const FOLD_AFTER: chrono::TimeDelta = chrono::TimeDelta::days(1);

/// Writes an entry at `at` (kept as Unix seconds), in the caller's transaction or on the pool.
pub(super) async fn record(
    executor: impl sqlx::PgExecutor<'_>,
    at: Timestamp,
    record: Record<'_>,
) -> sqlx::Result<()> {
    sqlx::query(
        "INSERT INTO audit_log (at, username, address, action, event_id, before, after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
    )
    .bind(at.unix_seconds())
    .bind(record.username)
    .bind(record.address)
    .bind(record.action.code())
    .bind(record.event_id)
    .bind(record.before.map(|v| v.to_string()))
    .bind(record.after.map(|v| v.to_string()))
    .execute(executor)
    .await?;
    Ok(())
}

impl Audit for Postgres {
    async fn record(&self, entry: Record<'_>) -> StoreResult<()> {
        record(&self.pool, self.clock.now(), entry).await?;
        Ok(())
    }

    async fn nth_failure_since(
        &self,
        whose: FailuresOf<'_>,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>> {
        const FAILED: &str = "SELECT at FROM audit_log WHERE action = 'sign-in-failed'";
        let at: Option<i64> = match whose {
            // Failures under the account's name, and under no account with the name's
            // digest: each walks the index by name and time.
            FailuresOf::Name { username, digest } => {
                sqlx::query_scalar(&format!(
                    "SELECT at FROM ({FAILED} AND lower(username) = lower($1) AND at > $2 \
                     UNION ALL {FAILED} AND lower(username) = lower($4) AND at > $2 \
                     AND after::jsonb ->> 'name' = $5) AS failures \
                     ORDER BY at DESC LIMIT 1 OFFSET $3"
                ))
                .bind(username)
                .bind(since.unix_seconds())
                .bind(nth - 1)
                .bind(UNKNOWN_ACCOUNT)
                .bind(digest)
                .fetch_optional(&self.pool)
                .await?
            }
            FailuresOf::Address(address) => {
                sqlx::query_scalar(&format!(
                    "{FAILED} AND address = $1 AND at > $2 ORDER BY at DESC LIMIT 1 OFFSET $3"
                ))
                .bind(address)
                .bind(since.unix_seconds())
                .bind(nth - 1)
                .fetch_optional(&self.pool)
                .await?
            }
        };
        at.map(moment_of_seconds).transpose()
    }

    async fn fold_unknown_sign_ins(&self) -> StoreResult<()> {
        // The write lock, so that two servers folding at once cannot count an entry twice.
        let mut tx = write_lock(&self.pool).await?;
        let cutoff = (self.clock.now() - FOLD_AFTER).unix_seconds();
        let last: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM audit_log")
            .fetch_one(&mut *tx)
            .await?;
        // Entries folded before carry their count; others count once.
        let folded = "action = 'sign-in-failed' AND username = $1 AND at < $2 AND id <= $3";
        sqlx::query(&format!(
            "INSERT INTO audit_log (at, username, address, action, after)
             SELECT min(at), username, address, 'sign-in-failed',
                    json_build_object('attempts',
                        sum(coalesce((after::jsonb ->> 'attempts')::bigint, 1)))::text
             FROM audit_log WHERE {folded}
             GROUP BY username, address, at / 86400 ORDER BY min(at)"
        ))
        .bind(UNKNOWN_ACCOUNT)
        .bind(cutoff)
        .bind(last)
        .execute(&mut *tx)
        .await?;
        sqlx::query(&format!("DELETE FROM audit_log WHERE {folded}"))
            .bind(UNKNOWN_ACCOUNT)
            .bind(cutoff)
            .bind(last)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn audit_entries(&self, before: Option<i64>) -> StoreResult<Vec<AuditEntry>> {
        type Row = (
            i64,
            i64,
            String,
            String,
            String,
            Option<EventId>,
            Option<String>,
            Option<String>,
        );
        let rows: Vec<Row> = sqlx::query_as(
            "SELECT id, at, username, address, action, event_id, before, after FROM audit_log \
             WHERE id < $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(before.unwrap_or(i64::MAX))
        .bind(AUDIT_PAGE)
        .fetch_all(&self.pool)
        .await?;
        let mut entries = Vec::with_capacity(rows.len());
        for (id, at, username, address, action, event_id, before, after) in rows {
            // An action this version does not know is left out, not an error.
            let Ok(action) = action.parse() else {
                continue;
            };
            entries.push(AuditEntry {
                id,
                at: moment_of_seconds(at)?,
                username,
                address,
                action,
                event_id,
                changes: changes(before.as_deref(), after.as_deref()),
            });
        }
        Ok(entries)
    }
}
