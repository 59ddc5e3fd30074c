//! The rows events are read from, and the SQL that selects them: the same on every engine
//! (each engine's `rows` runs the queries that gather an event's actors, sources and
//! positions).

use crate::model::{
    Actor, Category, DateSpan, Event, EventDate, EventId, EventLink, Holder, HolderParts, Lang,
    PartialDate, Position, QuoteTranslation, Source, Timestamp, WebUrl, slugify,
};
use crate::server::store::{StoreError, StoreResult};
use sqlx::FromRow;
use std::collections::HashMap;

/// An event's columns in English, its original (`t`, see `EVENT_FROM`).
pub(in crate::server::store) const EVENT_COLUMNS: &str = "e.id, t.lang, t.title, t.title AS original_title, \
     t.summary, t.body, e.start_date, e.start_circa, e.end_date, e.end_circa, e.category";

pub(in crate::server::store) const EVENT_FROM: &str = "FROM events e \
     JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' \
     WHERE e.retired_at IS NULL";

/// The texts an event is read in: `t`, the English original every event has, and `l`, the
/// language asked for, where it is written. The code comes from `Lang`, never from a request.
pub(in crate::server::store) fn texts_join(lang: Lang) -> String {
    format!(
        "JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' \
         LEFT JOIN event_texts l ON l.event_id = e.id AND l.lang = '{}'",
        lang.code()
    )
}

/// Events readers may see, each with its texts in `lang` (`l`) and in English (`t`).
pub(in crate::server::store) fn visible_in_language(lang: Lang) -> String {
    format!(
        "FROM events e {} WHERE e.retired_at IS NULL",
        texts_join(lang)
    )
}

/// An event's columns in the language asked for (`l`), or in English (`t`) where it is not
/// written: the texts of one language, never a mix. Lists leave out the body, their longest
/// text, which they never show.
pub(in crate::server::store) fn columns_in_language(with_body: bool) -> String {
    let body = if with_body {
        "CASE WHEN l.event_id IS NULL THEN t.body ELSE l.body END"
    } else {
        "NULL"
    };
    format!(
        "e.id, coalesce(l.lang, t.lang) AS lang, coalesce(l.title, t.title) AS title, t.title AS original_title, \
         coalesce(l.summary, t.summary) AS summary, {body} AS body, e.start_date, \
         e.start_circa, e.end_date, e.end_circa, e.category"
    )
}

#[derive(FromRow)]
pub(in crate::server::store) struct EventRow {
    pub(in crate::server::store) id: EventId,
    lang: String,
    title: String,
    /// The English title, which names the event's address in every language.
    original_title: String,
    summary: String,
    body: Option<String>,
    start_date: String,
    start_circa: bool,
    end_date: Option<String>,
    end_circa: bool,
    category: String,
}

impl EventRow {
    pub(in crate::server::store) fn when(&self) -> StoreResult<DateSpan> {
        let invalid = |problem: String| StoreError::Invalid {
            id: self.id,
            problem,
        };
        let date = |text: &str| {
            text.parse::<PartialDate>()
                .map_err(|e| invalid(e.to_string()))
        };
        let start = EventDate {
            date: date(&self.start_date)?,
            circa: self.start_circa,
        };
        let end = match &self.end_date {
            Some(text) => Some(EventDate {
                date: date(text)?,
                circa: self.end_circa,
            }),
            None => None,
        };
        DateSpan::new(start, end).map_err(|e| invalid(e.to_string()))
    }

    pub(in crate::server::store) fn into_event(
        self,
        actors: Vec<Actor>,
        sources: Vec<Source>,
        positions: Vec<Position>,
    ) -> StoreResult<Event> {
        let when = self.when()?;
        let invalid = |problem: String| StoreError::Invalid {
            id: self.id,
            problem,
        };
        let category = self
            .category
            .parse::<Category>()
            .map_err(|e| invalid(e.to_string()))?;
        let lang = self
            .lang
            .parse::<Lang>()
            .map_err(|e| invalid(e.to_string()))?;
        Ok(Event {
            id: self.id,
            lang,
            title: self.title,
            slug: slugify(&self.original_title),
            summary: self.summary,
            body: self.body,
            when,
            category,
            actors,
            sources,
            positions,
        })
    }

    pub(in crate::server::store) fn into_link(self) -> StoreResult<EventLink> {
        let Event {
            id,
            lang,
            title,
            slug,
            when,
            category,
            ..
        } = self.into_event(Vec::new(), Vec::new(), Vec::new())?;
        Ok(EventLink {
            id,
            lang,
            title,
            slug,
            when,
            category,
        })
    }
}

#[derive(FromRow)]
pub(in crate::server::store) struct ActorRow {
    event_id: EventId,
    actor: String,
}

#[derive(FromRow)]
pub(in crate::server::store) struct SourceRow {
    event_id: EventId,
    publisher: String,
    headline: String,
    published: Option<String>,
    url: Option<String>,
}

/// Each event's actors, in the order of the rows (which the query sorts by position).
pub(in crate::server::store) fn actors_by_event(
    rows: Vec<ActorRow>,
) -> StoreResult<HashMap<EventId, Vec<Actor>>> {
    let mut by_event: HashMap<EventId, Vec<Actor>> = HashMap::new();
    for row in rows {
        let actor =
            row.actor
                .parse()
                .map_err(|e: crate::model::UnknownActor| StoreError::Invalid {
                    id: row.event_id,
                    problem: e.to_string(),
                })?;
        by_event.entry(row.event_id).or_default().push(actor);
    }
    Ok(by_event)
}

/// Each event's sources, in the order of the rows (which the query sorts by position).
pub(in crate::server::store) fn sources_by_event(
    rows: Vec<SourceRow>,
) -> StoreResult<HashMap<EventId, Vec<Source>>> {
    let mut by_event: HashMap<EventId, Vec<Source>> = HashMap::new();
    for row in rows {
        let date = row
            .published
            .as_deref()
            .map(str::parse::<PartialDate>)
            .transpose()
            .map_err(|e| StoreError::Invalid {
                id: row.event_id,
                problem: e.to_string(),
            })?;
        let url = row
            .url
            .as_deref()
            .map(WebUrl::parse)
            .transpose()
            .map_err(|problem| StoreError::Invalid {
                id: row.event_id,
                problem: problem.to_string(),
            })?;
        by_event.entry(row.event_id).or_default().push(Source {
            publisher: row.publisher,
            headline: row.headline,
            date,
            url,
        });
    }
    Ok(by_event)
}

/// A position's columns, for `PositionRow`; the caller adds `FROM positions`.
pub(in crate::server::store) const POSITION_COLUMNS: &str = "SELECT event_id, actor, court, \
     lang, words_en, words_ko, words_ja, publisher, headline, published, url";

#[derive(FromRow)]
pub(in crate::server::store) struct PositionRow {
    event_id: EventId,
    actor: String,
    court: Option<String>,
    lang: String,
    words_en: String,
    words_ko: String,
    words_ja: String,
    publisher: String,
    headline: String,
    published: String,
    url: String,
}

impl PositionRow {
    /// The position, or why the row cannot be one (a database changed by hand).
    fn into_position(self) -> Result<Position, String> {
        let actor = self.actor.parse::<Actor>().map_err(|e| e.to_string())?;
        let court = match &self.court {
            Some(code) => Some(
                code.parse()
                    .map_err(|_| format!("unknown court {code:?}"))?,
            ),
            None => None,
        };
        let holder = Holder::try_from(HolderParts { actor, court }).map_err(|e| e.to_string())?;
        let lang = self.lang.parse::<Lang>().map_err(|e| e.to_string())?;
        let date = self
            .published
            .parse()
            .map_err(|e: crate::model::DateError| e.to_string())?;
        let url = WebUrl::parse(&self.url).map_err(|e| e.to_string())?;
        // The words in the original language are the quote; the others translate it.
        let (mut quote, mut translations) = (String::new(), Vec::new());
        let words = [
            (Lang::En, self.words_en),
            (Lang::Ko, self.words_ko),
            (Lang::Ja, self.words_ja),
        ];
        for (in_lang, text) in words {
            if in_lang == lang {
                quote = text;
            } else {
                translations.push(QuoteTranslation {
                    lang: in_lang,
                    text,
                });
            }
        }
        Ok(Position {
            holder,
            lang,
            quote,
            source: Source {
                publisher: self.publisher,
                headline: self.headline,
                date: Some(date),
                url: Some(url),
            },
            translations,
        })
    }
}

/// Each event's positions, in the order of the rows (which the query sorts by position).
pub(in crate::server::store) fn positions_by_event(
    rows: Vec<PositionRow>,
) -> StoreResult<HashMap<EventId, Vec<Position>>> {
    let mut by_event: HashMap<EventId, Vec<Position>> = HashMap::new();
    for row in rows {
        let id = row.event_id;
        let position = row
            .into_position()
            .map_err(|problem| StoreError::Invalid { id, problem })?;
        by_event.entry(id).or_default().push(position);
    }
    Ok(by_event)
}

/// A revision's columns, as `RevisionRow` reads them.
pub(in crate::server::store) const REVISION_COLUMNS: &str =
    "number, content, retired, editor, note, restores, created_at, correction";

/// A revision as read, on either engine.
#[derive(FromRow)]
pub(in crate::server::store) struct RevisionRow {
    pub number: i64,
    pub content: String,
    pub retired: bool,
    pub editor: Option<String>,
    pub note: Option<String>,
    pub restores: Option<i64>,
    pub created_at: String,
    pub correction: bool,
}

impl RevisionRow {
    /// The revision of event `id` this row holds.
    pub(in crate::server::store) fn stored(
        self,
        id: EventId,
    ) -> StoreResult<crate::server::store::StoredRevision> {
        Ok(crate::server::store::StoredRevision {
            number: revision_number(id, self.number)?,
            content: self.content,
            retired: self.retired,
            editor: self.editor,
            note: self.note,
            restores: self.restores.map(|n| revision_number(id, n)).transpose()?,
            created_at: moment_of_text(&self.created_at)?,
            correction: self.correction,
        })
    }
}

/// A correction and the revision before it, read in one row, on either engine.
#[derive(FromRow)]
pub(in crate::server::store) struct CorrectionRow {
    event_id: EventId,
    #[sqlx(flatten)]
    after: RevisionRow,
    #[sqlx(flatten)]
    before: BeforeRow,
}

/// The revision before a correction, under its own column names.
#[derive(FromRow)]
struct BeforeRow {
    before_number: i64,
    before_content: String,
    before_retired: bool,
    before_editor: Option<String>,
    before_note: Option<String>,
    before_restores: Option<i64>,
    before_created_at: String,
    before_correction: bool,
}

impl From<BeforeRow> for RevisionRow {
    fn from(row: BeforeRow) -> Self {
        RevisionRow {
            number: row.before_number,
            content: row.before_content,
            retired: row.before_retired,
            editor: row.before_editor,
            note: row.before_note,
            restores: row.before_restores,
            created_at: row.before_created_at,
            correction: row.before_correction,
        }
    }
}

impl CorrectionRow {
    /// The correction this row holds, with the revision it corrected.
    pub(in crate::server::store) fn stored(
        self,
    ) -> StoreResult<crate::server::store::contract::CorrectedRevision> {
        let id = self.event_id;
        Ok(crate::server::store::contract::CorrectedRevision {
            id,
            before: RevisionRow::from(self.before).stored(id)?,
            after: self.after.stored(id)?,
        })
    }
}

/// The revision columns of table `table` (`r.`), each named with `prefix` (`before_`), as
/// `CorrectionRow` reads a revision beside the one before it.
pub(in crate::server::store) fn revision_columns(table: &str, prefix: &str) -> String {
    REVISION_COLUMNS
        .split(", ")
        .map(|column| format!("{table}{column} AS {prefix}{column}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A revision's number and time, as read: the stamp of a revision of event `id`.
pub(in crate::server::store) fn stamp(
    id: EventId,
    (number, at): (i64, String),
) -> StoreResult<crate::model::RevisionStamp> {
    Ok(crate::model::RevisionStamp {
        number: revision_number(id, number)?,
        at: moment_of_text(&at)?,
    })
}

fn revision_number(id: EventId, n: i64) -> StoreResult<crate::model::RevisionNumber> {
    crate::model::RevisionNumber::try_from(n).map_err(|e| StoreError::Invalid {
        id,
        problem: e.to_string(),
    })
}

/// A moment kept as whole seconds since 1970 (sessions, devices, the audit trail, reports,
/// imports), as read.
pub(in crate::server::store) fn moment_of_seconds(seconds: i64) -> StoreResult<Timestamp> {
    Timestamp::from_unix_seconds(seconds).map_err(|e| StoreError::Database(Box::new(e)))
}

/// A moment kept as RFC 3339 text (events, revisions, accounts), as read.
pub(in crate::server::store) fn moment_of_text(text: &str) -> StoreResult<Timestamp> {
    text.parse()
        .map_err(|e: crate::model::BadTimestamp| StoreError::Database(Box::new(e)))
}
