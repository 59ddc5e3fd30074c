//! Readers' and editors' reads of events: the rows they read are in `rows`, the filter's
//! SQL in `search`.

use super::Sqlite;
use super::editing::read_editable;
use super::rows::complete;
use super::search::{self, SearchPlan, push_filter};
use crate::model::RevisionStamp;
use crate::model::{
    AdminEvent, DayRange, Event, EventId, EventLink, EventPage, EventText, Filter, Lang, MonthDay,
    PAGE_SIZE, Translation, TranslationNeed, Unit, Version, event_path, page_offset,
};
use crate::server::store::contract::{
    ChangedEvent, ColumnCount, EditableEvent, EventReads, ExportedEvent, ListedEvent, MatchShare,
};
use crate::server::store::contract::{CorrectedRevision, StoredRevision};
use crate::server::store::rows::{
    EVENT_COLUMNS, EVENT_FROM, EventRow, columns_in_language, moment_of_text, texts_join,
    visible_in_language,
};
use crate::server::store::{StoreError, StoreResult};
use chrono::NaiveDate;
use sqlx::{FromRow, QueryBuilder};
use std::collections::HashMap;

impl EventReads for Sqlite {
    async fn ping(&self) -> StoreResult<()> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    async fn generation(&self) -> StoreResult<i64> {
        let generation = sqlx::query_scalar(
            "SELECT CAST(value AS INTEGER) FROM app_state WHERE key = 'generation'",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(generation)
    }

    async fn timeline_days(&self) -> StoreResult<Option<DayRange>> {
        // ORDER BY … LIMIT 1 walks an index and stops at the first event not retired.
        let first: Option<String> = sqlx::query_scalar(
            "SELECT first_day FROM events WHERE retired_at IS NULL ORDER BY start_date LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let last: Option<String> = sqlx::query_scalar(
            "SELECT last_day FROM events WHERE retired_at IS NULL ORDER BY last_day DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await?;
        let day = |text: Option<String>| text.and_then(|t| t.parse::<NaiveDate>().ok());
        Ok(day(first)
            .zip(day(last))
            .and_then(|(first, last)| DayRange::new(first, last)))
    }

    async fn count_by_column(&self, filter: &Filter, unit: Unit) -> StoreResult<Vec<ColumnCount>> {
        // Every event has its original text, so counting needs no join.
        // The length is written into the statement, not bound, so that counting by decade
        // can walk the index on that very expression (migration 0008).
        let mut query = QueryBuilder::new("SELECT substr(e.first_day, 1, ");
        query.push(unit.key_len().to_string());
        query.push(
            ") AS column_key, count(*) AS events, min(e.id) AS first \
             FROM events e WHERE e.retired_at IS NULL",
        );
        push_filter(&mut query, filter, SearchPlan::FromMatches);
        query.push(" GROUP BY column_key ORDER BY column_key");
        let rows: Vec<(String, i64, EventId)> =
            query.build_query_as().fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(|(key, events, first)| ColumnCount {
                key,
                events: u32::try_from(events).unwrap_or_default(),
                first,
            })
            .collect())
    }

    async fn page_of_events(
        &self,
        filter: &Filter,
        page: u32,
        lang: Lang,
        share: MatchShare,
    ) -> StoreResult<Vec<Event>> {
        // SQLite cannot know how common the matches are. Down to one event in two hundred,
        // walking the date index until a page is found beats sorting every match (measured
        // at 100,000 events).
        let plan = if share.matches * 200 >= share.of {
            SearchPlan::InDateOrder
        } else {
            SearchPlan::FromMatches
        };
        // Choose the page's ids from the narrow date indexes first, then read only their texts.
        let mut query = QueryBuilder::new(format!(
            "SELECT {} FROM (SELECT e.id FROM events e WHERE e.retired_at IS NULL",
            columns_in_language(false)
        ));
        push_filter(&mut query, filter, plan);
        query.push(" ORDER BY e.start_date, e.id LIMIT ");
        query.push_bind(i64::from(PAGE_SIZE));
        query.push(" OFFSET ");
        query.push_bind(i64::try_from(page_offset(page)).unwrap_or(i64::MAX));
        query.push(format!(
            ") page JOIN events e ON e.id = page.id {} ORDER BY e.start_date, e.id",
            texts_join(lang)
        ));
        let rows: Vec<EventRow> = query.build_query_as().fetch_all(&self.pool).await?;
        complete(&self.pool, rows).await
    }

    async fn links(&self, ids: &[EventId], lang: Lang) -> StoreResult<HashMap<EventId, EventLink>> {
        let mut links = HashMap::new();
        if ids.is_empty() {
            return Ok(links);
        }
        let mut query = QueryBuilder::new(format!(
            "SELECT {} {} AND e.id IN ",
            columns_in_language(false),
            visible_in_language(lang)
        ));
        search::push_ids(&mut query, ids);
        let rows: Vec<EventRow> = query.build_query_as().fetch_all(&self.pool).await?;
        for row in rows {
            let link = row.into_link()?;
            links.insert(link.id, link);
        }
        Ok(links)
    }

    async fn event(&self, id: EventId, lang: Lang) -> StoreResult<Option<Event>> {
        let row: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {} FROM events e {} WHERE e.retired_at IS NULL AND e.id = ?",
            columns_in_language(true),
            texts_join(lang)
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let events = complete(&self.pool, row.into_iter().collect()).await?;
        Ok(events.into_iter().next())
    }

    async fn events_on(&self, day: MonthDay, lang: Lang) -> StoreResult<Vec<Event>> {
        let rows: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {} {} AND length(e.start_date) = 10 \
             AND substr(e.start_date, 5) = ? ORDER BY e.start_date, e.id",
            columns_in_language(false),
            visible_in_language(lang)
        ))
        .bind(day.date_suffix())
        .fetch_all(&self.pool)
        .await?;
        complete(&self.pool, rows).await
    }

    async fn event_title(&self, id: EventId) -> StoreResult<Option<String>> {
        let title = sqlx::query_scalar(&format!("SELECT t.title {EVENT_FROM} AND e.id = ?"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(title)
    }

    async fn event_page(&self, id: EventId, lang: Lang) -> StoreResult<Option<EventPage>> {
        let Some(event) = self.event(id, lang).await? else {
            return Ok(None);
        };
        let start = event.when.start().date.to_string();
        let (columns, from) = (columns_in_language(false), visible_in_language(lang));
        let related: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {columns} {from} AND e.id IN (
                 SELECT related_id FROM related_events WHERE event_id = ?1
                 UNION SELECT event_id FROM related_events WHERE related_id = ?1)
             ORDER BY e.start_date, e.id"
        ))
        .bind(id)
        .fetch_all(&self.pool)
        .await?;
        let previous: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {columns} {from} AND (e.start_date, e.id) < (?1, ?2)
             ORDER BY e.start_date DESC, e.id DESC LIMIT 1"
        ))
        .bind(&start)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        let next: Option<EventRow> = sqlx::query_as(&format!(
            "SELECT {columns} {from} AND (e.start_date, e.id) > (?1, ?2)
             ORDER BY e.start_date, e.id LIMIT 1"
        ))
        .bind(&start)
        .bind(id)
        .fetch_optional(&self.pool)
        .await?;
        // Its place in the whole timeline, in date order: the index walks to it.
        let before: i64 = sqlx::query_scalar(
            "SELECT count(*) FROM events e WHERE e.retired_at IS NULL \
             AND (e.start_date, e.id) < (?1, ?2)",
        )
        .bind(&start)
        .bind(id)
        .fetch_one(&self.pool)
        .await?;
        let timeline_page = u32::try_from(before / i64::from(PAGE_SIZE) + 1).unwrap_or(u32::MAX);
        Ok(Some(EventPage {
            timeline_page,
            event,
            related: related
                .into_iter()
                .map(EventRow::into_link)
                .collect::<StoreResult<_>>()?,
            previous: previous.map(EventRow::into_link).transpose()?,
            next: next.map(EventRow::into_link).transpose()?,
        }))
    }

    async fn periods(&self, lang: Lang) -> StoreResult<Vec<EventLink>> {
        let rows: Vec<EventRow> = sqlx::query_as(&format!(
            "SELECT {} {} AND e.end_date IS NOT NULL ORDER BY e.start_date, e.id",
            columns_in_language(false),
            visible_in_language(lang)
        ))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(EventRow::into_link).collect()
    }

    async fn count_events(&self) -> StoreResult<i64> {
        let count = sqlx::query_scalar("SELECT count(*) FROM events WHERE retired_at IS NULL")
            .fetch_one(&self.pool)
            .await?;
        Ok(count)
    }

    async fn changed_events(
        &self,
        filter: &Filter,
        lang: Lang,
        limit: u32,
    ) -> StoreResult<Vec<ChangedEvent>> {
        let mut query = QueryBuilder::new(format!(
            "SELECT {}, e.updated_at FROM (SELECT e.id FROM events e WHERE e.retired_at IS NULL",
            columns_in_language(false)
        ));
        push_filter(&mut query, filter, SearchPlan::FromMatches);
        query.push(" ORDER BY e.updated_at DESC, e.id DESC LIMIT ");
        query.push_bind(i64::from(limit));
        query.push(format!(
            ") page JOIN events e ON e.id = page.id {} ORDER BY e.updated_at DESC, e.id DESC",
            texts_join(lang)
        ));
        #[derive(FromRow)]
        struct Row {
            #[sqlx(flatten)]
            event: EventRow,
            updated_at: String,
        }
        let rows: Vec<Row> = query.build_query_as().fetch_all(&self.pool).await?;
        let (rows, times): (Vec<EventRow>, Vec<String>) = rows
            .into_iter()
            .map(|row| (row.event, row.updated_at))
            .unzip();
        let events = complete(&self.pool, rows).await?;
        events
            .into_iter()
            .zip(times)
            .map(|(event, updated_at)| {
                Ok(ChangedEvent {
                    event,
                    updated_at: moment_of_text(&updated_at)?,
                })
            })
            .collect()
    }

    async fn exported_events(
        &self,
        filter: &Filter,
        after: Option<EventId>,
        limit: u32,
    ) -> StoreResult<Vec<ExportedEvent>> {
        let mut ids = QueryBuilder::new("SELECT e.id FROM events e WHERE e.retired_at IS NULL");
        push_filter(&mut ids, filter, SearchPlan::FromMatches);
        if let Some(after) = after {
            ids.push(" AND e.id > ").push_bind(after);
        }
        ids.push(" ORDER BY e.id LIMIT ")
            .push_bind(i64::from(limit));
        let ids: Vec<EventId> = ids.build_query_scalar().fetch_all(&self.pool).await?;
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let mut query = QueryBuilder::new(format!(
            "SELECT {} FROM events e {} WHERE e.id IN ",
            columns_in_language(true),
            texts_join(Lang::ORIGINAL)
        ));
        search::push_ids(&mut query, &ids);
        query.push(" ORDER BY e.id");
        let rows: Vec<EventRow> = query.build_query_as().fetch_all(&self.pool).await?;
        let events = complete(&self.pool, rows).await?;

        let mut query = QueryBuilder::new(
            "SELECT event_id, lang, title, summary, body FROM event_texts \
             WHERE lang <> 'en' AND event_id IN ",
        );
        search::push_ids(&mut query, &ids);
        query.push(" ORDER BY event_id, lang");
        let texts: Vec<(EventId, String, String, String, Option<String>)> =
            query.build_query_as().fetch_all(&self.pool).await?;
        let mut translations: HashMap<EventId, Vec<Translation>> = HashMap::new();
        for (id, lang, title, summary, body) in texts {
            let lang = lang.parse::<Lang>().map_err(|err| StoreError::Invalid {
                id,
                problem: err.to_string(),
            })?;
            translations.entry(id).or_default().push(Translation {
                lang,
                text: EventText {
                    title,
                    summary,
                    body,
                },
            });
        }

        let mut query =
            QueryBuilder::new("SELECT event_id, related_id FROM related_events WHERE event_id IN ");
        search::push_ids(&mut query, &ids);
        query.push(" UNION SELECT related_id, event_id FROM related_events WHERE related_id IN ");
        search::push_ids(&mut query, &ids);
        query.push(" ORDER BY 1, 2");
        let pairs: Vec<(EventId, EventId)> = query.build_query_as().fetch_all(&self.pool).await?;
        let mut related: HashMap<EventId, Vec<EventId>> = HashMap::new();
        for (id, other) in pairs {
            related.entry(id).or_default().push(other);
        }

        let versions = super::imports::versions_of(&mut *self.pool.acquire().await?, &ids).await?;

        Ok(events
            .into_iter()
            .map(|event| ExportedEvent {
                // Events are never deleted; were one missing, its row would only be refused
                // as stale by an import.
                version: versions.get(&event.id).copied().unwrap_or(Version::from(0)),
                translations: translations.remove(&event.id).unwrap_or_default(),
                related: related.remove(&event.id).unwrap_or_default(),
                event,
            })
            .collect())
    }

    async fn listed_events(&self, skip: u64, limit: u32) -> StoreResult<Vec<ListedEvent>> {
        let rows: Vec<(EventId, String, String)> = sqlx::query_as(&format!(
            "SELECT e.id, t.title, e.updated_at {EVENT_FROM} ORDER BY e.id LIMIT ? OFFSET ?"
        ))
        .bind(limit)
        .bind(i64::try_from(skip).unwrap_or(i64::MAX))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, title, updated_at)| {
                Ok(ListedEvent {
                    path: event_path(id, &title),
                    updated_at: moment_of_text(&updated_at)?,
                })
            })
            .collect()
    }

    async fn admin_events(
        &self,
        search: &str,
        needs: Option<TranslationNeed>,
        limit: u32,
    ) -> StoreResult<Vec<AdminEvent>> {
        #[derive(FromRow)]
        struct Row {
            #[sqlx(flatten)]
            event: EventRow,
            retired: bool,
            /// Its other languages, comma-separated: those written, and those written
            /// before the English last changed.
            written: Option<String>,
            older: Option<String>,
        }
        // LIKE's wildcards typed by the editor are searched for as themselves.
        let escaped = search
            .replace('\\', "\\\\")
            .replace('%', "\\%")
            .replace('_', "\\_");
        let pattern = format!("%{escaped}%");
        const TRANSLATED: &str = "FROM event_texts l WHERE l.event_id = e.id AND l.lang <> 'en'";
        const OLDER: &str = "AND l.revised_in < t.revised_in";
        let needs = match needs {
            None => String::new(),
            Some(TranslationNeed::Missing) => format!(
                "AND (SELECT count(*) {TRANSLATED}) < {}",
                Lang::ALL.len() - 1
            ),
            Some(TranslationNeed::Outdated) => {
                format!("AND EXISTS (SELECT 1 {TRANSLATED} {OLDER})")
            }
        };
        let rows: Vec<Row> = sqlx::query_as(&format!(
            "SELECT {EVENT_COLUMNS}, e.retired_at IS NOT NULL AS retired,
                 (SELECT group_concat(l.lang) {TRANSLATED}) AS written,
                 (SELECT group_concat(l.lang) {TRANSLATED} {OLDER}) AS older
             FROM events e JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en'
             WHERE (?1 = '' OR t.title LIKE ?2 ESCAPE '\\' OR t.summary LIKE ?2 ESCAPE '\\' \
                 OR e.id = ?1) {needs}
             ORDER BY e.updated_at DESC, e.id DESC LIMIT ?3"
        ))
        .bind(search)
        .bind(pattern)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        let languages = |list: Option<&str>| -> Vec<Lang> {
            let list = list.unwrap_or_default();
            Lang::ALL
                .into_iter()
                .filter(|lang| list.split(',').any(|code| code == lang.code()))
                .collect()
        };
        rows.into_iter()
            .map(|row| {
                let written = languages(row.written.as_deref());
                Ok(AdminEvent {
                    missing: Lang::ALL
                        .into_iter()
                        .filter(|&lang| lang != Lang::ORIGINAL && !written.contains(&lang))
                        .collect(),
                    outdated: languages(row.older.as_deref()),
                    event: row.event.into_link()?,
                    retired: row.retired,
                })
            })
            .collect()
    }

    async fn editable_event(&self, id: EventId) -> StoreResult<Option<EditableEvent>> {
        let mut conn = self.pool.acquire().await?;
        read_editable(&mut conn, id).await
    }

    async fn is_retired(&self, id: EventId) -> StoreResult<bool> {
        let retired: Option<bool> =
            sqlx::query_scalar("SELECT retired_at IS NOT NULL FROM events WHERE id = ?")
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(retired.unwrap_or(false))
    }

    async fn revisions(&self, id: EventId) -> StoreResult<Vec<StoredRevision>> {
        self.read_revisions(id).await
    }

    async fn latest_revision(&self, id: EventId) -> StoreResult<Option<RevisionStamp>> {
        self.read_latest_revision(id).await
    }

    async fn corrections_of(&self, id: EventId) -> StoreResult<Vec<RevisionStamp>> {
        self.read_corrections_of(id).await
    }

    async fn corrections(&self, skip: u64, limit: u32) -> StoreResult<Vec<CorrectedRevision>> {
        self.read_corrections(skip, limit).await
    }

    async fn count_corrections(&self) -> StoreResult<i64> {
        self.read_count_corrections().await
    }
}
