//! Revisions: each change to an event writes the whole event as it then stood, numbered
//! per event, in the transaction of the change.

use super::Sqlite;
use super::editing::read_editable;
use crate::model::{EventId, NewEvent, RevisionStamp};
use crate::server::store::contract::{CorrectedRevision, Editing, StoredRevision};
use crate::server::store::rows::{
    CorrectionRow, REVISION_COLUMNS, RevisionRow, revision_columns, stamp,
};
use crate::server::store::snapshots::revision_content;
use crate::server::store::{StoreError, StoreResult};
use sqlx::{QueryBuilder, SqliteConnection, SqlitePool};

/// Writes the next revision of an event as it stands now in the caller's transaction, unless
/// its version has one already (an import relates events it wrote a moment before); `by` is
/// `None` for the seed.
pub(super) async fn write_revision(
    conn: &mut SqliteConnection,
    id: EventId,
    by: Option<Editing<'_>>,
    at: &str,
) -> StoreResult<()> {
    let editable = read_editable(&mut *conn, id)
        .await?
        .ok_or_else(|| StoreError::Invalid {
            id,
            problem: "a revision of an event that is not there".into(),
        })?;
    sqlx::query(
        "INSERT INTO revisions (event_id, number, version, content, retired, editor, note, \
         restores, created_at, correction) \
         SELECT ?1, coalesce(max(number), 0) + 1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9 \
         FROM revisions WHERE event_id = ?1 HAVING coalesce(max(version), 0) < ?2",
    )
    .bind(id)
    .bind(editable.version.number())
    .bind(revision_content(&editable))
    .bind(editable.retired)
    .bind(by.map(|by| by.username))
    .bind(by.and_then(Editing::note_text))
    .bind(by.and_then(|by| by.restores).map(|n| i64::from(n.get())))
    .bind(at)
    .bind(by.is_some_and(Editing::corrects))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Writes revision 1 of every event that has none, from the event as it stands and as of
/// its last change: after seeding, and once for the events written before revisions were
/// kept. Running it again finds nothing to do.
pub(super) async fn write_first_revisions(conn: &mut SqliteConnection) -> StoreResult<()> {
    let events: Vec<(EventId, String)> = sqlx::query_as(
        "SELECT id, updated_at FROM events e \
         WHERE NOT EXISTS (SELECT 1 FROM revisions r WHERE r.event_id = e.id) ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    for (id, updated_at) in events {
        write_revision(&mut *conn, id, None, &updated_at).await?;
    }
    Ok(())
}

/// At the first start after the migration that added revisions: revision 1 of every event
/// older than them, in one transaction. Once done, it is never done again, so that a change
/// ever made without its revision would show rather than be papered over.
pub(super) async fn write_first_revisions_once(pool: &SqlitePool) -> StoreResult<()> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let filled: Option<String> =
        sqlx::query_scalar("SELECT value FROM app_state WHERE key = 'revisions_filled'")
            .fetch_optional(&mut *tx)
            .await?;
    if filled.as_deref() != Some("0") {
        return Ok(());
    }
    write_first_revisions(&mut tx).await?;
    sqlx::query("UPDATE app_state SET value = '1' WHERE key = 'revisions_filled'")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Rows per INSERT statement, within SQLite's limit on bound parameters.
const ROWS_PER_INSERT: usize = 500;

/// Revision 1 of events just written with these ids, from the events themselves rather
/// than read back, which keeps adding many events at once quick.
pub(super) async fn write_new_revisions(
    conn: &mut SqliteConnection,
    events: &[(EventId, &NewEvent)],
    at: &str,
) -> StoreResult<()> {
    let contents: Vec<(EventId, String)> = events
        .iter()
        .map(|&(id, event)| (id, super::super::snapshots::new_event_content(id, event)))
        .collect();
    for chunk in contents.chunks(ROWS_PER_INSERT) {
        let mut query = QueryBuilder::new(
            "INSERT INTO revisions (event_id, number, version, content, retired, created_at) ",
        );
        query.push_values(chunk, |mut row, (id, content)| {
            row.push_bind(*id)
                .push_bind(1_i64)
                .push_bind(1_i64)
                .push_bind(content.as_str())
                .push_bind(false)
                .push_bind(at);
        });
        query.build().execute(&mut *conn).await?;
    }
    Ok(())
}

impl Sqlite {
    pub(super) async fn read_revisions(&self, id: EventId) -> StoreResult<Vec<StoredRevision>> {
        let rows: Vec<RevisionRow> = sqlx::query_as(&format!(
            "SELECT {REVISION_COLUMNS} FROM revisions WHERE event_id = ? ORDER BY number"
        ))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(|row| row.stored(id)).collect()
    }

    pub(super) async fn read_latest_revision(
        &self,
        id: EventId,
    ) -> StoreResult<Option<RevisionStamp>> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT number, created_at FROM revisions WHERE event_id = ? \
             ORDER BY number DESC LIMIT 1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|row| stamp(id, row)).transpose()
    }

    pub(super) async fn read_corrections_of(&self, id: EventId) -> StoreResult<Vec<RevisionStamp>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT number, created_at FROM revisions WHERE event_id = ? AND correction \
             ORDER BY number",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(|row| stamp(id, row)).collect()
    }

    pub(super) async fn read_corrections(
        &self,
        skip: u64,
        limit: u32,
    ) -> StoreResult<Vec<CorrectedRevision>> {
        let rows: Vec<CorrectionRow> = sqlx::query_as(&format!(
            "SELECT r.event_id, {after}, {before} FROM revisions r \
             JOIN events e ON e.id = r.event_id AND e.retired_at IS NULL \
             JOIN revisions p ON p.event_id = r.event_id AND p.number = r.number - 1 \
             WHERE r.correction \
             ORDER BY r.created_at DESC, r.event_id DESC, r.number DESC LIMIT ?1 OFFSET ?2",
            after = revision_columns("r.", ""),
            before = revision_columns("p.", "before_"),
        ))
        .bind(i64::from(limit))
        .bind(i64::try_from(skip).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(CorrectionRow::stored).collect()
    }

    pub(super) async fn read_count_corrections(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar(
            "SELECT count(*) FROM revisions r \
             JOIN events e ON e.id = r.event_id AND e.retired_at IS NULL WHERE r.correction",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(count)
    }
}
