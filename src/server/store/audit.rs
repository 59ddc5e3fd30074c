//! The audit trail: who did what, including failed sign-ins, which throttling counts.

use super::contract::Audit;
use super::{Engine, FailuresOf, Record, Store, StoreResult};
use crate::model::{AuditEntry, Timestamp};

impl Store {
    /// Records an action on no event (signing in or out, a failed attempt), now.
    pub(crate) async fn record(&self, entry: Record<'_>) -> StoreResult<()> {
        on_engine!(self, db => db.record(entry).await)
    }

    pub(crate) async fn nth_failure_since(
        &self,
        whose: FailuresOf<'_>,
        since: Timestamp,
        nth: i64,
    ) -> StoreResult<Option<Timestamp>> {
        on_engine!(self, db => db.nth_failure_since(whose, since, nth).await)
    }

    /// Folds the failed sign-ins to no account older than a day into one entry per address
    /// and day.
    pub async fn fold_unknown_sign_ins(&self) -> StoreResult<()> {
        on_engine!(self, db => db.fold_unknown_sign_ins().await)
    }

    /// The newest entries of the audit trail, older than `before` when given.
    pub(crate) async fn audit_entries(&self, before: Option<i64>) -> StoreResult<Vec<AuditEntry>> {
        on_engine!(self, db => db.audit_entries(before).await)
    }
}
