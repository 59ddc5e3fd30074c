//! Readers' reports of an error in an event: the form a reader fills in (`rules` checks it,
//! for the server and any page alike), the reference the reader is given, and the report as
//! its status page and the editors' queue show it.

mod reference;
mod rules;

use super::{EventId, EventLink, Lang, PartialDate, RevisionStamp, Timestamp};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

pub use reference::{BadReference, Reference};

/// The longest account of what is wrong, and of an editor's reply.
pub const MAX_REPORT_CHARS: usize = 2_000;
/// The longest source: a link or a citation, kept as text.
pub const MAX_REPORT_SOURCE_CHARS: usize = 500;
/// The name of the form's field that people cannot see and programs that fill in every
/// field fill: a report with it filled in is not taken.
pub const TRAP_FIELD: &str = "website";
/// How many reports the editors' queue shows at once.
pub const REPORT_QUEUE_PAGE: usize = 50;
/// The longest email address (RFC 5321's path limit).
pub const MAX_EMAIL_CHARS: usize = 254;

/// What a reader typed into the report form, as posted.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportForm {
    pub what: String,
    pub source: String,
    pub email: String,
}

/// A report that meets the form's rules; made only by `ReportForm::validate`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewReport {
    pub(crate) what: String,
    pub(crate) source: Option<String>,
    pub(crate) email: Option<String>,
}

impl NewReport {
    pub fn what(&self) -> &str {
        &self.what
    }
    pub fn source(&self) -> Option<&str> {
        self.source.as_deref()
    }
    pub fn email(&self) -> Option<&str> {
        self.email.as_deref()
    }
}

/// A field of the report form that a problem can stand next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReportField {
    What,
    Source,
    Email,
}

impl ReportField {
    /// The field's name in the form, and its element's id.
    pub fn name(self) -> &'static str {
        match self {
            Self::What => "what",
            Self::Source => "source",
            Self::Email => "email",
        }
    }
}

/// What is wrong with a field: pages word it in the reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportProblem {
    Required,
    TooLong {
        max: usize,
    },
    /// A control character or a mark that reverses the text's direction: invisible.
    HiddenCharacter,
    NotAnEmail,
}

/// What is wrong with a report form, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportErrors(pub Vec<(ReportField, ReportProblem)>);

impl ReportErrors {
    pub fn get(&self, field: ReportField) -> Option<&ReportProblem> {
        self.0.iter().find(|(f, _)| *f == field).map(|(_, p)| p)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Why a report that may be well filled in was not taken, which the form says above its
/// fields (everything typed is kept).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReportRefusal {
    /// Sent sooner after the form was shown than a person writes a report, or with a form
    /// the server did not issue: send it again.
    TooSoon,
    /// The field people cannot see was filled in, as programs that fill in every field do.
    Trap,
    /// Too many reports from this address lately.
    Paused { minutes: u64 },
}

/// Where a report stands. Its code (`accepted`) is what the database stores.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, EnumString, IntoStaticStr,
)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum ReportState {
    New,
    Accepted,
    Declined,
}

impl ReportState {
    pub const ALL: [ReportState; 3] = [Self::New, Self::Accepted, Self::Declined];

    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// An editor's answer to a report, as posted: `accept` or `decline`, and the reply.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerForm {
    pub decision: String,
    pub reply: String,
}

/// A valid answer; made only by `AnswerForm::validate`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Answer {
    pub(crate) state: ReportState,
    pub(crate) reply: String,
}

impl Answer {
    /// `Accepted` or `Declined`, never `New`.
    pub fn state(&self) -> ReportState {
        self.state
    }
    pub fn reply(&self) -> &str {
        &self.reply
    }
}

/// A report as whoever holds its reference sees it: never what was written, nor by whom.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportStatus {
    pub reference: Reference,
    /// The event, if readers may still see it.
    pub event: Option<EventLink>,
    pub received: PartialDate,
    pub state: ReportState,
    pub reply: Option<String>,
    pub answered: Option<PartialDate>,
    /// The first correction of the event made since the report was received, once the
    /// report is accepted.
    pub corrected: Option<RevisionStamp>,
}

/// A report as the editors' queue shows it, whole.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueuedReport {
    pub id: i64,
    pub reference: Reference,
    pub event_id: EventId,
    /// The event's English title, for its address and to name it.
    pub event_title: String,
    /// The language of the page the reader wrote from.
    pub lang: Lang,
    pub what: String,
    pub source: Option<String>,
    pub email: Option<String>,
    /// When, and its day (UTC).
    pub received_at: Timestamp,
    pub received_on: PartialDate,
    pub state: ReportState,
    pub reply: Option<String>,
    pub answered_by: Option<String>,
    pub answered_at: Option<Timestamp>,
    pub answered_on: Option<PartialDate>,
}
