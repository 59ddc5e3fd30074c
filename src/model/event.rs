//! Events as readers see them, on the page and in the API.

use super::{Actor, Category, DateSpan, Lang, PartialDate, Position, WebUrl, is_disputed, slugify};
use serde::{Deserialize, Serialize};

/// An event's number, as in its address (`/events/12-…`): a positive whole number, made by
/// parsing or by the database, which numbers events from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "i64")]
pub struct EventId(i64);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not an event number; event numbers are whole numbers from 1")]
pub struct BadEventId(pub String);

impl EventId {
    pub fn number(self) -> i64 {
        self.0
    }

    /// The event after this one, when numbering new events.
    pub fn next(self) -> Self {
        Self(self.0 + 1)
    }
}

impl TryFrom<i64> for EventId {
    type Error = BadEventId;
    fn try_from(number: i64) -> Result<Self, BadEventId> {
        if number > 0 {
            Ok(Self(number))
        } else {
            Err(BadEventId(number.to_string()))
        }
    }
}

impl From<EventId> for i64 {
    fn from(id: EventId) -> i64 {
        id.0
    }
}

impl std::str::FromStr for EventId {
    type Err = BadEventId;
    /// Digits only: `12`, not `+12`, ` 12` or `12.0`.
    fn from_str(s: &str) -> Result<Self, BadEventId> {
        let bad = || BadEventId(s.to_owned());
        if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        s.parse::<i64>()
            .map_err(|_| bad())?
            .try_into()
            .map_err(|_| bad())
    }
}

impl std::fmt::Display for EventId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// Where a fact comes from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub publisher: String,
    pub headline: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<PartialDate>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub url: Option<WebUrl>,
}

impl Source {
    /// Whether the title is the editors' description of the item in brackets, "(report of
    /// the minister's briefing, 2 Aug 2019)", where no headline is known: shown as it is,
    /// never in quotation marks as if it were the published words.
    pub fn is_described(&self) -> bool {
        let title = self.headline.trim();
        title.starts_with(['(', '（']) && title.ends_with([')', '）'])
    }
}

/// One event with everything the timeline shows about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    /// The language its title, summary and body are in: the one asked for, or English
    /// where that text is not written yet.
    pub lang: Lang,
    pub title: String,
    /// The last part of its address, from its English title: the same in every language,
    /// so that a link keeps working whichever language it is shared in.
    pub slug: String,
    pub summary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body: Option<String>,
    #[serde(flatten)]
    pub when: DateSpan,
    pub category: Category,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    /// Each side's position in its own words, as entered (pages order them, see
    /// `in_page_order`).
    #[serde(default)]
    pub positions: Vec<Position>,
}

impl From<Event> for EventContent {
    fn from(event: Event) -> Self {
        Self {
            lang: event.lang,
            title: event.title,
            summary: event.summary,
            body: event.body,
            when: event.when,
            category: event.category,
            actors: event.actors,
            sources: event.sources,
            positions: event.positions,
        }
    }
}

/// What an event's page shows of the event itself in one language: everything but its
/// address, which an event previewed before its first save does not have yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventContent {
    /// As `Event::lang`.
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub body: Option<String>,
    pub when: DateSpan,
    pub category: Category,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    pub positions: Vec<Position>,
}

impl Event {
    /// Whether two sides or more state their positions on it.
    pub fn is_disputed(&self) -> bool {
        is_disputed(&self.positions)
    }

    /// The permanent page's path, `/events/{id}-{slug}` (in English; see `Lang::path`).
    pub fn path(&self) -> String {
        format!("/events/{}-{}", self.id, self.slug)
    }
}

/// The canonical path of an event's permanent page, from its English title.
pub fn event_path(id: EventId, title: &str) -> String {
    format!("/events/{id}-{}", slugify(title))
}

/// The id at the start of a permanent page's last path segment: `12` or `12-some-title`.
pub fn event_id_in(key: &str) -> Option<EventId> {
    key.split('-').next()?.parse().ok()
}

/// How many times an event has been changed: an edit names the version it started from,
/// and is refused if the event has moved on. Every write bumps it in the same statement
/// that checks it, so two saves can never both start from one version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Version(i64);

impl Version {
    pub fn number(self) -> i64 {
        self.0
    }

    /// The version a save from this one makes.
    pub fn next(self) -> Self {
        Self(self.0 + 1)
    }
}

impl From<i64> for Version {
    fn from(number: i64) -> Self {
        Self(number)
    }
}

impl std::str::FromStr for Version {
    type Err = std::num::ParseIntError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        s.trim().parse().map(Self)
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// The anchor of an event on the timeline page.
pub fn timeline_anchor(id: EventId) -> String {
    format!("event-{id}")
}

/// A reference to another event: enough to show and link it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventLink {
    pub id: EventId,
    /// The language its title is in: the one asked for, or English where not written yet.
    pub lang: Lang,
    pub title: String,
    /// As `Event::slug`.
    pub slug: String,
    #[serde(flatten)]
    pub when: DateSpan,
    pub category: Category,
}

/// An event as the admin lists it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminEvent {
    pub event: EventLink,
    /// Hidden from readers (and can be restored).
    pub retired: bool,
    /// The languages it is not written in yet.
    pub missing: Vec<Lang>,
    /// The languages whose words were written before its English last changed.
    pub outdated: Vec<Lang>,
}

/// The translation work an editor can list events by (`/admin?translations=…`).
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Serialize,
    Deserialize,
    strum::EnumString,
    strum::IntoStaticStr,
)]
#[strum(serialize_all = "lowercase")]
pub enum TranslationNeed {
    /// Not written in every language yet.
    Missing,
    /// Written in a language before its English last changed.
    Outdated,
}

impl TranslationNeed {
    pub fn code(self) -> &'static str {
        self.into()
    }

    /// The list's parameter as typed: unknown values list every event.
    pub fn from_code(code: &str) -> Option<Self> {
        code.parse().ok()
    }
}

impl EventLink {
    pub fn path(&self) -> String {
        format!("/events/{}-{}", self.id, self.slug)
    }
}

/// An event's permanent page: the event, its related events and its neighbours in time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventPage {
    pub event: Event,
    pub related: Vec<EventLink>,
    pub previous: Option<EventLink>,
    pub next: Option<EventLink>,
    /// The page of the whole timeline the event is listed on (counting from 1).
    pub timeline_page: u32,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(n: i64) -> EventId {
        EventId::try_from(n).unwrap()
    }

    #[test]
    fn a_title_in_brackets_is_a_description_not_a_headline() {
        let source = |headline: &str| Source {
            publisher: "Asahi Shimbun".into(),
            headline: headline.into(),
            date: None,
            url: None,
        };
        assert!(
            source("(report of the Chief Cabinet Secretary's press conference)").is_described()
        );
        assert!(source("（官房長官記者会見の報道）").is_described());
        assert!(!source("Japan tightens export controls (update)").is_described());
        assert!(!source("(Update) Japan tightens export controls").is_described());
    }

    #[test]
    fn event_numbers_are_positive_whole_numbers() {
        assert_eq!("12".parse::<EventId>(), Ok(id(12)));
        for bad in ["0", "-1", "+1", " 1", "1.0", "", "abc"] {
            assert!(bad.parse::<EventId>().is_err(), "{bad:?}");
        }
        assert!(EventId::try_from(0).is_err());
        assert_eq!(serde_json::from_str::<EventId>("7").unwrap(), id(7));
        assert!(serde_json::from_str::<EventId>("-7").is_err());
    }

    #[test]
    fn finds_the_id_before_the_slug() {
        assert_eq!(event_id_in("12"), Some(id(12)));
        assert_eq!(event_id_in("12-some-title"), Some(id(12)));
        assert_eq!(event_id_in("12-"), Some(id(12)));
        assert_eq!(event_id_in("-12"), None);
        assert_eq!(event_id_in("abc"), None);
        assert_eq!(event_id_in("12abc"), None);
        assert_eq!(event_id_in("99999999999999999999999"), None);
    }

    #[test]
    fn paths_carry_the_id_and_a_slug_of_the_title() {
        assert_eq!(
            event_path(id(26), "GSOMIA termination suspended"),
            "/events/26-gsomia-termination-suspended"
        );
        assert_eq!(event_path(id(7), "한일 기본조약"), "/events/7-event");
    }
}
