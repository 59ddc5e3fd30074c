//! An event's revisions as readers see them: its public history, one revision as it stood
//! with what changed since the one before, and the stamp an event page shows and cites.

use super::{Event, EventId, EventLink, Lang, Timestamp};
use serde::{Deserialize, Serialize};

/// The number of a revision of an event, counting from 1 for each event.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct RevisionNumber(u32);

impl RevisionNumber {
    pub const FIRST: RevisionNumber = RevisionNumber(1);

    pub fn get(self) -> u32 {
        self.0
    }

    /// The one before, if this is not the first.
    pub fn previous(self) -> Option<Self> {
        (self.0 > 1).then(|| Self(self.0 - 1))
    }
}

impl TryFrom<i64> for RevisionNumber {
    type Error = BadRevisionNumber;
    fn try_from(n: i64) -> Result<Self, Self::Error> {
        u32::try_from(n)
            .ok()
            .filter(|&n| n > 0)
            .map(Self)
            .ok_or_else(|| BadRevisionNumber(n.to_string()))
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a revision number")]
pub struct BadRevisionNumber(pub String);

/// Only the plain digits of a number from 1 (`3`, not `03` or `+3`), so that each revision
/// has one address.
impl std::str::FromStr for RevisionNumber {
    type Err = BadRevisionNumber;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || BadRevisionNumber(s.to_owned());
        if s.is_empty() || s.starts_with('0') || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse::<u32>().map(Self).map_err(|_| bad())
    }
}

impl std::fmt::Display for RevisionNumber {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The addresses of an event's history and of one of its revisions, after its page's
/// (`/events/{id}-{slug}`).
pub fn history_path(event_path: &str) -> String {
    format!("{event_path}/history")
}

pub fn revision_path(event_path: &str, number: RevisionNumber) -> String {
    format!("{event_path}/v/{number}")
}

/// A part of an event that a revision can change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Title,
    Summary,
    Body,
    Start,
    End,
    Category,
    Actors,
    Sources,
    Positions,
    Related,
    /// Whether readers can see it (retired or published).
    Status,
}

impl Part {
    /// The message that names it on readers' pages.
    pub fn message(self) -> &'static str {
        match self {
            Part::Title => "part-title",
            Part::Summary => "part-summary",
            Part::Body => "part-body",
            Part::Start => "part-start",
            Part::End => "part-end",
            Part::Category => "part-category",
            Part::Actors => "part-actors",
            Part::Sources => "part-sources",
            Part::Positions => "part-positions",
            Part::Related => "part-related",
            Part::Status => "part-status",
        }
    }
}

/// One field of an event: a part, and for texts the language it is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Field {
    pub part: Part,
    pub lang: Option<Lang>,
}

/// One revision in an event's public history.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub number: RevisionNumber,
    /// When it was written.
    pub at: Timestamp,
    /// The fields it changed from the revision before (none for the first).
    pub changed: Vec<Field>,
    /// The editor's note to readers.
    pub note: Option<String>,
    /// The earlier revision whose content an editor brought back.
    pub restores: Option<RevisionNumber>,
    /// Whether the editor marked it as correcting an error (its note says what).
    pub correction: bool,
}

impl HistoryEntry {
    /// The languages whose texts it changed.
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs: Vec<Lang> = self.changed.iter().filter_map(|f| f.lang).collect();
        langs.sort();
        langs.dedup();
        langs
    }

    /// The parts it changed, each once.
    pub fn parts(&self) -> Vec<Part> {
        let mut parts: Vec<Part> = self.changed.iter().map(|f| f.part).collect();
        parts.sort();
        parts.dedup();
        parts
    }
}

/// An event's public history, newest first.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub id: EventId,
    /// The event's title now, in the page's language where written.
    pub title: String,
    pub title_lang: Lang,
    /// The event's page (without its language).
    pub path: String,
    pub entries: Vec<HistoryEntry>,
}

/// A run of text in a diff: the same in both revisions, or only in one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Change {
    Same,
    Added,
    Removed,
}

/// What changed in one field from one revision to the next, run by run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldDiff {
    pub field: Field,
    pub runs: Vec<(Change, String)>,
}

/// One revision of an event, as it stood, with what changed since the revision before.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionPage {
    pub entry: HistoryEntry,
    /// The event as it stood, in the page's language where written; `None` if what was
    /// kept no longer meets today's rules (the diff still shows it).
    pub event: Option<Event>,
    pub retired: bool,
    /// The event's page now (without its language).
    pub path: String,
    pub diff: Vec<FieldDiff>,
}

/// The revision an event page shows: its number and when it was written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RevisionStamp {
    pub number: RevisionNumber,
    pub at: Timestamp,
}

/// How many corrections one page of the log lists.
pub const CORRECTIONS_PAGE: u32 = 50;

/// A correction as the public log lists it: the event it corrected (its title in the page's
/// language where written), the revision that corrected it, and what that changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    pub event: EventLink,
    pub entry: HistoryEntry,
    pub diff: Vec<FieldDiff>,
}

/// One page of the corrections log, newest first; pages count from 1.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CorrectionsLog {
    pub corrections: Vec<Correction>,
    pub page: u32,
    pub pages: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_revision_has_one_number_and_one_address() {
        assert_eq!("3".parse::<RevisionNumber>().map(|n| n.get()), Ok(3));
        for bad in ["", "0", "03", "+3", "-1", "3a", "99999999999"] {
            assert!(bad.parse::<RevisionNumber>().is_err(), "{bad}");
        }
        let three: RevisionNumber = "3".parse().unwrap();
        assert_eq!(revision_path("/events/7-x", three), "/events/7-x/v/3");
        assert_eq!(history_path("/events/7-x"), "/events/7-x/history");
        assert_eq!(RevisionNumber::FIRST.previous(), None);
        assert_eq!(three.previous().map(RevisionNumber::get), Some(2));
        let at: crate::model::Timestamp = "2026-12-07T13:51:15+00:00".parse().unwrap();
        assert_eq!(at.date().unwrap().long_in(Lang::Ko), "2026년 12월 7일");
    }
}
