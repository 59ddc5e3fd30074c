//! An import's life: uploaded and read (`stage`), shown (`preview`) and written or not
//! (`confirm`). The rows wait in the database in between, for their editor only, for an hour.

use super::{StagedRows, check};
use crate::model::{FileProblem, ImportPreview, RowOutcome};
use crate::server::auth::sessions::new_token;
use crate::server::store::{EditError, Editing, StagedImport, Store, StoreError, StoreResult};
use chrono::TimeDelta;
use sha2::{Digest, Sha256};

/// How long an upload waits for its confirmation.
pub(crate) const IMPORT_LIFETIME: TimeDelta = TimeDelta::hours(1);

/// Reads an uploaded file and keeps its rows for `editor_id`; returns the import's id, or
/// why the file cannot be read.
pub(crate) async fn stage(
    store: &Store,
    editor_id: i64,
    file_name: &str,
    bytes: &[u8],
) -> StoreResult<Result<String, FileProblem>> {
    let rows = match super::read(bytes) {
        Ok(rows) => rows,
        Err(problem) => return Ok(Err(problem)),
    };
    let rows = serde_json::to_string(&rows).map_err(|err| StoreError::Database(err.into()))?;
    let import = StagedImport {
        id: new_token(),
        csrf: new_token(),
        editor_id,
        created_at: store.clock().now(),
        file_name: file_name.chars().take(200).collect(),
        rows,
    };
    store.insert_import(&import).await?;
    Ok(Ok(import.id))
}

/// The editor's import `id` as it stands, if it is theirs and has not expired.
async fn staged(
    store: &Store,
    editor_id: i64,
    id: &str,
) -> StoreResult<Option<(StagedImport, StagedRows)>> {
    let Some(import) = store.staged_import(id).await? else {
        return Ok(None);
    };
    let expired = import.created_at < store.clock().now() - IMPORT_LIFETIME;
    if import.editor_id != editor_id || expired {
        return Ok(None);
    }
    let rows =
        serde_json::from_str(&import.rows).map_err(|err| StoreError::Database(err.into()))?;
    Ok(Some((import, rows)))
}

/// The preview of the editor's import `id`, checked against the database now.
pub(crate) async fn preview(
    store: &Store,
    editor_id: i64,
    id: &str,
) -> StoreResult<Option<ImportPreview>> {
    let Some((import, rows)) = staged(store, editor_id, id).await? else {
        return Ok(None);
    };
    let checked = check(store, &rows).await?;
    Ok(Some(ImportPreview {
        id: import.id,
        csrf: import.csrf,
        file_name: import.file_name,
        kind: rows.kind,
        rows: checked.into_iter().map(|c| c.preview).collect(),
    }))
}

/// Why a confirmation wrote nothing.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ConfirmError {
    #[error("no such import")]
    NotFound,
    #[error("the confirm form's token does not match")]
    Forged,
    /// Rows the rules refuse now (an event changed since the preview, say).
    #[error("{0} rows are refused")]
    Refused(usize),
    #[error(transparent)]
    Edit(#[from] EditError),
}

impl From<StoreError> for ConfirmError {
    fn from(err: StoreError) -> Self {
        ConfirmError::Edit(err.into())
    }
}

/// Writes every event of the editor's import `id`, all or nothing, if `csrf` is the token
/// of its confirm form; returns how many were created and updated.
pub(crate) async fn confirm(
    store: &Store,
    editor_id: i64,
    by: Editing<'_>,
    id: &str,
    csrf: &str,
) -> Result<(usize, usize), ConfirmError> {
    let Some((import, rows)) = staged(store, editor_id, id).await? else {
        return Err(ConfirmError::NotFound);
    };
    if Sha256::digest(csrf) != Sha256::digest(&import.csrf) {
        return Err(ConfirmError::Forged);
    }
    let checked = check(store, &rows).await?;
    let refused = checked.iter().filter(|c| c.event.is_none()).count();
    if refused > 0 {
        return Err(ConfirmError::Refused(refused));
    }
    let created = checked
        .iter()
        .filter(|c| matches!(c.preview.outcome, RowOutcome::Create { .. }))
        .count();
    let updated = checked.len() - created;
    let events: Vec<_> = checked.into_iter().filter_map(|c| c.event).collect();
    match store.import_events(id, &events, by).await {
        Ok(()) => Ok((created, updated)),
        Err(EditError::NoSuchImport) => Err(ConfirmError::NotFound),
        Err(err) => Err(err.into()),
    }
}

/// Deletes the imports nobody can confirm any more.
pub(crate) async fn delete_expired(store: &Store) -> StoreResult<u64> {
    store
        .delete_imports(store.clock().now() - IMPORT_LIFETIME)
        .await
}
