//! Revisions, as SQLite's `revisions`: each change to an event writes the whole event as it
//! then stood, numbered per event, in the transaction of the change.

use super::editing::read_editable;
use super::{Postgres, write_lock};
use crate::model::{EventId, NewEvent, RevisionNumber, RevisionStamp};
use crate::server::store::contract::{Editing, StoredRevision};
use crate::server::store::snapshots::revision_content;
use crate::server::store::{StoreError, StoreResult};
use sqlx::{PgConnection, PgPool, QueryBuilder};

/// Writes the next revision of an event as it stands now in the caller's transaction, unless
/// its version has one already (an import relates events it wrote a moment before); `by` is
/// `None` for the seed.
pub(super) async fn write_revision(
    conn: &mut PgConnection,
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
         restores, created_at) \
         SELECT $1, coalesce(max(number), 0) + 1, $2, $3, $4, $5, $6, $7, $8 \
         FROM revisions WHERE event_id = $1 HAVING coalesce(max(version), 0) < $2",
    )
    .bind(id)
    .bind(editable.version.number())
    .bind(revision_content(&editable))
    .bind(editable.retired)
    .bind(by.map(|by| by.username))
    .bind(by.and_then(|by| by.note))
    .bind(by.and_then(|by| by.restores).map(|n| i64::from(n.get())))
    .bind(at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Writes revision 1 of every event that has none, from the event as it stands and as of
/// its last change: after seeding, and once for the events written before revisions were
/// kept. Running it again finds nothing to do.
pub(super) async fn write_first_revisions(conn: &mut PgConnection) -> StoreResult<()> {
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
pub(super) async fn write_first_revisions_once(pool: &PgPool) -> StoreResult<()> {
    let mut tx = write_lock(pool).await?;
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

/// Rows per INSERT statement, well within PostgreSQL's 65,535 bound parameters.
const ROWS_PER_INSERT: usize = 1000;

/// Revision 1 of events just written with these ids, from the events themselves rather
/// than read back, which keeps adding many events at once quick.
pub(super) async fn write_new_revisions(
    conn: &mut PgConnection,
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

#[derive(sqlx::FromRow)]
struct RevisionRow {
    number: i64,
    content: String,
    retired: bool,
    editor: Option<String>,
    note: Option<String>,
    restores: Option<i64>,
    created_at: String,
}

impl Postgres {
    pub(super) async fn read_revisions(&self, id: EventId) -> StoreResult<Vec<StoredRevision>> {
        let rows: Vec<RevisionRow> = sqlx::query_as(
            "SELECT number, content, retired, editor, note, restores, created_at \
             FROM revisions WHERE event_id = $1 ORDER BY number",
        )
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                let number = |n: i64| {
                    RevisionNumber::try_from(n).map_err(|e| StoreError::Invalid {
                        id,
                        problem: e.to_string(),
                    })
                };
                Ok(StoredRevision {
                    number: number(row.number)?,
                    content: row.content,
                    retired: row.retired,
                    editor: row.editor,
                    note: row.note,
                    restores: row.restores.map(number).transpose()?,
                    created_at: row.created_at,
                })
            })
            .collect()
    }

    pub(super) async fn read_latest_revision(
        &self,
        id: EventId,
    ) -> StoreResult<Option<RevisionStamp>> {
        let row: Option<(i64, String)> = sqlx::query_as(
            "SELECT number, created_at FROM revisions WHERE event_id = $1 \
             ORDER BY number DESC LIMIT 1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(number, at)| {
            let number = RevisionNumber::try_from(number).map_err(|e| StoreError::Invalid {
                id,
                problem: e.to_string(),
            })?;
            Ok(RevisionStamp { number, at })
        })
        .transpose()
    }
}
