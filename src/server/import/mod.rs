//! Importing events from a file: CSV in the columns the export writes, or TimelineJS3 JSON.
//!
//! - `decode`: the file's bytes as text (UTF-8 only, saying what else it seems to be);
//! - `csv_rows`, `timelinejs_rows`: each row read into the event form's fields, as typed;
//! - `check`: each row put through the form's own rules and weighed against the database,
//!   for the preview and again on confirmation.
//!
//! - `staging`: an import's life, from upload through preview to confirmation; between
//!   them the rows wait in the database (`StagedRows`, as JSON).

mod check;
mod csv_rows;
mod decode;
mod staging;
mod timelinejs_rows;

use check::check;
pub(crate) use staging::{ConfirmError, confirm, delete_expired, preview, stage};

use crate::model::{EventForm, EventId, FileProblem, ImportKind, RowPlace, RowProblem, Version};
use serde::{Deserialize, Serialize};

/// A file's rows as read, before the form's rules.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct StagedRows {
    pub kind: ImportKind,
    pub rows: Vec<StagedRow>,
}

/// One row as read: where it was, the event it names and the version it names it at, the
/// form's fields, and what was wrong in reading it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub(crate) struct StagedRow {
    pub place: RowPlace,
    pub id: Option<EventId>,
    pub version: Option<Version>,
    pub form: EventForm,
    pub problems: Vec<RowProblem>,
}

/// Reads an uploaded file: TimelineJS JSON if it looks like JSON, else CSV.
pub(crate) fn read(bytes: &[u8]) -> Result<StagedRows, FileProblem> {
    let text = decode::text(bytes)?;
    let (kind, rows) = match text.trim_start().starts_with('{') {
        true => (ImportKind::TimelineJs, timelinejs_rows::read(text)?),
        false => (ImportKind::Csv, csv_rows::read(text)?),
    };
    match rows.len() {
        0 => Err(FileProblem::NoRows),
        n if n > crate::model::MAX_IMPORT_ROWS => Err(FileProblem::TooManyRows),
        _ => Ok(StagedRows { kind, rows }),
    }
}
