//! The domain, shared by the server and the browser: parsing and validation live here, once.

mod actor;
mod audit;
mod axis;
mod category;
mod date;
mod draft;
mod event;
mod filter;
mod heading;
mod import;
mod lang;
mod month_day;
mod position;
mod report;
mod revision;
mod slug;
mod term;
mod timestamp;
mod web_url;

pub use actor::{Actor, UnknownActor};
pub use audit::{AuditAction, AuditEntry, FieldChange};
pub use axis::{Axis, AxisColumn, AxisFrame, Column, DayRange, MAX_BUCKETS, Unit};
pub use category::{Category, UnknownCategory};
pub use date::{
    DateError, DateSpan, EventDate, MAX_YEAR, MIN_YEAR, PartialDate, Precision, SpanError,
    SpanWords,
};
pub use draft::{
    ChangeNote, EventDraft, EventForm, FormAction, FormErrors, FormField, FormProblem,
    MAX_BODY_CHARS, MAX_FORM_BYTES, MAX_NOTE_CHARS, MAX_POSITIONS, MAX_QUOTE_CHARS, MAX_RELATED,
    MAX_SOURCES, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, NewEvent, PositionForm, PreviewPage,
    SourceForm, TranslationForm,
};
pub use event::{
    AdminEvent, BadEventId, Event, EventContent, EventId, EventLink, EventPage, Source,
    TranslationNeed, Version, event_id_in, event_path, timeline_anchor,
};
pub use filter::{
    Filter, FilterError, FilterErrors, FilterField, FilterProblem, MAX_QUERY_CHARS, PAGE_SIZE,
    page_number, page_offset,
};
pub use heading::HeadingLevel;
pub use import::{
    FileProblem, ImportKind, ImportPreview, ImportProblem, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS,
    PreviewRow, RowOutcome, RowPlace, RowProblem, column_of,
};
pub use lang::{EventText, Lang, Translation, UnknownLang};
pub use month_day::{BadMonthDay, MonthDay};
pub use position::{
    BadHolder, Court, Holder, HolderParts, Position, QuoteTranslation, in_page_order, is_disputed,
};
pub use report::{
    Answer, AnswerForm, BadReference, MAX_EMAIL_CHARS, MAX_REPORT_CHARS, MAX_REPORT_SOURCE_CHARS,
    NewReport, QueuedReport, REPORT_QUEUE_PAGE, Reference, ReportErrors, ReportField, ReportForm,
    ReportProblem, ReportRefusal, ReportState, ReportStatus, TRAP_FIELD,
};
pub use revision::{
    BadRevisionNumber, CORRECTIONS_PAGE, Change, Correction, CorrectionsLog, Field, FieldDiff,
    History, HistoryEntry, Part, RevisionNumber, RevisionPage, RevisionStamp, history_path,
    revision_path,
};
pub use slug::slugify;
pub use term::{
    InEach, Piece, Register, RegisterProblems, Term, TermEntry, TermProblem, TermWords, Usage,
    Voice, first_mentions, mentions,
};
pub use timestamp::{BadTimestamp, Timestamp};
pub use web_url::{BadUrl, MAX_URL_CHARS, WebUrl};
