//! An import as editors see it: a file of events (CSV as the export writes it, or TimelineJS3
//! JSON), each row read into the event form's fields and checked by the form's own rules,
//! shown row by row before anything is written.

use super::{EventId, FormField, FormProblem, Lang, Version};
use serde::{Deserialize, Serialize};

/// The largest file an import takes.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;
/// The most rows one import takes.
pub const MAX_IMPORT_ROWS: usize = 10_000;

/// The kinds of file an import reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportKind {
    Csv,
    TimelineJs,
}

/// Where a row was in its file: a CSV line (the header is line 1; a row over several lines
/// is named by its first) or a TimelineJS slide (counting from 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowPlace {
    Line(u64),
    Slide(usize),
}

/// What confirming does with a row.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum RowOutcome {
    /// A new event, numbered as the file says when that number is free, else next.
    Create { id: Option<EventId> },
    /// Replaces event `id`, exported at `version`, which it still is.
    Update { id: EventId, version: Version },
    /// Nothing, for these reasons.
    Refused(Vec<RowProblem>),
}

/// A problem with a row, and the column (or TimelineJS field) it is in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RowProblem {
    pub column: String,
    pub problem: ImportProblem,
}

/// What is wrong with a row: the form's own problems, and those only a file can have.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ImportProblem {
    Form(FormProblem),
    /// A column that holds JSON (sources, positions) that cannot be read: the reader's words.
    NotJson(String),
    NotAnId(String),
    NotAVersion(String),
    /// A circa column with something other than `1`, `0` or nothing.
    NotAFlag(String),
    /// A row that names an existing event without the version it was exported at.
    NoVersion,
    /// The event changed after the file was exported.
    Stale {
        exported: Version,
        current: Version,
    },
    /// An id an earlier row already has.
    RepeatedId(EventId),
    /// A TimelineJS slide naming an event that exists: such files carry one language and no
    /// actors, so they only add events.
    Exists(EventId),
}

/// One row of the preview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewRow {
    pub place: RowPlace,
    /// The English title as the file has it.
    pub title: String,
    /// The dates as the file has them.
    pub when: String,
    pub outcome: RowOutcome,
}

/// An uploaded file, checked, waiting for its editor to confirm it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportPreview {
    /// Its address: `/admin/import/{id}`.
    pub id: String,
    /// The token the confirm form carries.
    pub csrf: String,
    pub file_name: String,
    pub kind: ImportKind,
    pub rows: Vec<PreviewRow>,
}

impl ImportPreview {
    /// How many rows would be created, updated and refused.
    pub fn counts(&self) -> (usize, usize, usize) {
        let mut counts = (0, 0, 0);
        for row in &self.rows {
            match row.outcome {
                RowOutcome::Create { .. } => counts.0 += 1,
                RowOutcome::Update { .. } => counts.1 += 1,
                RowOutcome::Refused(_) => counts.2 += 1,
            }
        }
        counts
    }

    /// Whether it may be imported: all or nothing, so not while any row is refused.
    pub fn can_confirm(&self) -> bool {
        matches!(self.counts(), (c, u, 0) if c + u > 0)
    }
}

/// Why a file was not read at all.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileProblem {
    NoFile,
    Empty,
    /// Not UTF-8; the encoding it seems to be in, when one can be told.
    NotUtf8 {
        looks_like: Option<String>,
    },
    /// Neither CSV with the export's header nor TimelineJS JSON: the reader's words.
    Unreadable(String),
    MissingColumns(Vec<String>),
    UnknownColumns(Vec<String>),
    NoRows,
    TooManyRows,
}

/// The column a form field is read from, in a file of `kind`.
pub fn column_of(field: FormField, kind: ImportKind) -> String {
    use FormField as F;
    let csv = match field {
        F::Title => "title_en".to_owned(),
        F::Summary => "summary_en".to_owned(),
        F::Body => "body_en".to_owned(),
        F::TranslatedTitle(lang) => format!("title_{lang}"),
        F::TranslatedSummary(lang) => format!("summary_{lang}"),
        F::TranslatedBody(lang) => format!("body_{lang}"),
        F::Start => "start".to_owned(),
        F::End => "end".to_owned(),
        F::Category => "category".to_owned(),
        F::Actors => "actors".to_owned(),
        F::Sources
        | F::SourcePublisher(_)
        | F::SourceHeadline(_)
        | F::SourceDate(_)
        | F::SourceUrl(_) => "sources".to_owned(),
        F::Positions
        | F::PositionHolder(_)
        | F::PositionLang(_)
        | F::PositionWords(..)
        | F::PositionPublisher(_)
        | F::PositionHeadline(_)
        | F::PositionDate(_)
        | F::PositionUrl(_) => "positions".to_owned(),
        F::Related => "related".to_owned(),
        // Files carry no note for readers: the import's revisions have none.
        F::Note => "note".to_owned(),
    };
    let part = match field {
        F::SourcePublisher(row) => Some((row, "publisher")),
        F::SourceHeadline(row) => Some((row, "headline")),
        F::SourceDate(row) => Some((row, "date")),
        F::SourceUrl(row) => Some((row, "url")),
        F::PositionHolder(row) => Some((row, "holder")),
        F::PositionLang(row) => Some((row, "lang")),
        F::PositionWords(row, Lang::En) => Some((row, "en")),
        F::PositionWords(row, Lang::Ko) => Some((row, "ko")),
        F::PositionWords(row, Lang::Ja) => Some((row, "ja")),
        F::PositionPublisher(row) => Some((row, "source.publisher")),
        F::PositionHeadline(row) => Some((row, "source.headline")),
        F::PositionDate(row) => Some((row, "source.date")),
        F::PositionUrl(row) => Some((row, "source.url")),
        _ => None,
    };
    let column = match kind {
        ImportKind::Csv => csv,
        ImportKind::TimelineJs => match field {
            F::Title => "text.headline".to_owned(),
            F::Summary => "text.text".to_owned(),
            F::Start => "start_date".to_owned(),
            F::End => "end_date".to_owned(),
            F::Category => "group".to_owned(),
            F::Sources
            | F::SourcePublisher(_)
            | F::SourceHeadline(_)
            | F::SourceDate(_)
            | F::SourceUrl(_) => "text.text".to_owned(),
            _ => csv,
        },
    };
    match part {
        // Rows counted from 1, as editors count them.
        Some((row, name)) => format!("{column}[{}].{name}", row + 1),
        None => column,
    }
}
