//! Imports: uploaded files waiting for confirmation, and the confirmation, which writes a
//! whole file's events in one transaction through the same steps as the form's saves.

use super::editing::{check_related, read_editable, record, replace_event, set_related};
use super::revisions::write_revision;
use super::search::push_ids;
use super::writing::{insert_event, insert_numbered};
use super::{Postgres, write_lock};
use crate::model::{AuditAction, EventDraft, EventId, Timestamp, Version};
use crate::server::store::StoreResult;
use crate::server::store::contract::{EditError, Editing, Imported, Imports, StagedImport};
use crate::server::store::rows::moment_of_seconds;
use crate::server::store::snapshots::snapshot;
use sqlx::{PgConnection, QueryBuilder};
use std::collections::HashMap;

/// Ids per query, well within the limit of 65,535 bound parameters.
const IDS_PER_QUERY: usize = 500;

impl Imports for Postgres {
    async fn insert_import(&self, import: &StagedImport) -> StoreResult<()> {
        sqlx::query(
            "INSERT INTO imports (id, csrf, editor_id, created_at, file_name, rows) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&import.id)
        .bind(&import.csrf)
        .bind(import.editor_id)
        .bind(import.created_at.unix_seconds())
        .bind(&import.file_name)
        .bind(&import.rows)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn staged_import(&self, id: &str) -> StoreResult<Option<StagedImport>> {
        let row: Option<(String, String, i64, i64, String, String)> = sqlx::query_as(
            "SELECT id, csrf, editor_id, created_at, file_name, rows FROM imports WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(id, csrf, editor_id, created_at, file_name, rows)| {
            Ok(StagedImport {
                id,
                csrf,
                editor_id,
                created_at: moment_of_seconds(created_at)?,
                file_name,
                rows,
            })
        })
        .transpose()
    }

    async fn delete_imports(&self, created_before: Timestamp) -> StoreResult<u64> {
        let deleted = sqlx::query("DELETE FROM imports WHERE created_at < $1")
            .bind(created_before.unix_seconds())
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected())
    }

    async fn event_versions(&self, ids: &[EventId]) -> StoreResult<HashMap<EventId, Version>> {
        let mut conn = self.pool.acquire().await?;
        versions_of(&mut conn, ids).await
    }

    async fn import_events(
        &self,
        id: &str,
        events: &[Imported],
        by: Editing<'_>,
    ) -> Result<(), EditError> {
        let mut tx = write_lock(&self.pool).await?;
        // Deleted first: a second confirmation of the same file finds nothing to import.
        let staged = sqlx::query("DELETE FROM imports WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if staged.rows_affected() == 0 {
            return Err(EditError::NoSuchImport);
        }
        let now = self.clock.now().to_string();
        // Every event is written before any relation, so rows may relate to later rows.
        let mut written: Vec<(EventId, &EventDraft, AuditAction, Option<serde_json::Value>)> =
            Vec::new();
        // Numbered ones first, so that those numbered next follow them.
        for event in events {
            if let Imported::Create {
                id: Some(id),
                draft,
            } = event
            {
                if read_editable(&mut tx, *id).await?.is_some() {
                    return Err(EditError::Taken(*id));
                }
                insert_numbered(&mut tx, &[(*id, &draft.event)], &now).await?;
                written.push((*id, draft, AuditAction::Create, None));
            }
        }
        for event in events {
            match event {
                Imported::Create { id: None, draft } => {
                    let id = insert_event(&mut tx, &draft.event, &now).await?;
                    written.push((id, draft, AuditAction::Create, None));
                }
                Imported::Update { id, version, draft } => {
                    let before =
                        replace_event(&mut tx, &self.clock, *id, Some(*version), &draft.event)
                            .await?;
                    written.push((*id, draft, AuditAction::Edit, Some(snapshot(&before))));
                }
                Imported::Create { id: Some(_), .. } => {}
            }
        }
        for &(id, draft, ..) in &written {
            check_related(&mut tx, Some(id), &draft.related).await?;
            set_related(&mut tx, &self.clock, id, &draft.related, by).await?;
        }
        for (id, _, action, before) in written {
            write_revision(&mut tx, id, Some(by), &now).await?;
            let after = read_editable(&mut tx, id).await?.map(|e| snapshot(&e));
            record(&mut tx, &self.clock, by, action, id, before, after).await?;
        }
        tx.commit().await?;
        Ok(())
    }
}

/// The versions of those of `ids` that exist.
pub(super) async fn versions_of(
    conn: &mut PgConnection,
    ids: &[EventId],
) -> StoreResult<HashMap<EventId, Version>> {
    let mut versions = HashMap::new();
    for chunk in ids.chunks(IDS_PER_QUERY) {
        let mut query = QueryBuilder::new("SELECT id, version FROM events WHERE id IN ");
        push_ids(&mut query, chunk);
        let rows: Vec<(EventId, Version)> = query.build_query_as().fetch_all(&mut *conn).await?;
        versions.extend(rows);
    }
    Ok(versions)
}
