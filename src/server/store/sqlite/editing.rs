//! Editors' writes: create, edit, retire and restore, each in one transaction with its
//! entry in the audit log and a new revision of each event it changes, so a change is never
//! made without its records.

use super::revisions::write_revision;
use super::rows::{actors_of, positions_of, sources_of};
use super::writing::{index_for_search, insert_event, insert_parts, relate_events};
use super::{Sqlite, audit};
use crate::model::{
    AuditAction, EventDraft, EventId, EventText, Lang, NewEvent, Translation, Version,
};
use crate::server::clock::Clock;
use crate::server::store::contract::{EditError, EditableEvent, Editing, EventWrites, Record};
use crate::server::store::rows::{EVENT_COLUMNS, EventRow};
use crate::server::store::snapshots::{snapshot, status};
use crate::server::store::{StoreError, StoreResult};
use sqlx::SqliteConnection;

impl EventWrites for Sqlite {
    async fn create_event(
        &self,
        draft: &EventDraft,
        by: Editing<'_>,
    ) -> Result<EventId, EditError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        check_related(&mut tx, None, &draft.related).await?;
        let id = insert_event(&mut tx, &draft.event, &self.clock.now().to_string()).await?;
        set_related(&mut tx, &self.clock, id, &draft.related, by).await?;
        let after = read_editable(&mut tx, id).await?.map(|e| snapshot(&e));
        write_revision(&mut tx, id, Some(by), &self.clock.now().to_string()).await?;
        record(
            &mut tx,
            &self.clock,
            by,
            AuditAction::Create,
            id,
            None,
            after,
        )
        .await?;
        tx.commit().await?;
        Ok(id)
    }

    async fn update_event(
        &self,
        id: EventId,
        version: Option<Version>,
        draft: &EventDraft,
        by: Editing<'_>,
    ) -> Result<(), EditError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        check_related(&mut tx, Some(id), &draft.related).await?;
        let before = replace_event(&mut tx, &self.clock, id, version, &draft.event).await?;
        set_related(&mut tx, &self.clock, id, &draft.related, by).await?;
        let after = read_editable(&mut tx, id).await?.map(|e| snapshot(&e));
        write_revision(&mut tx, id, Some(by), &self.clock.now().to_string()).await?;
        record(
            &mut tx,
            &self.clock,
            by,
            AuditAction::Edit,
            id,
            Some(snapshot(&before)),
            after,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn set_retired(
        &self,
        id: EventId,
        retired: bool,
        by: Editing<'_>,
    ) -> Result<(), EditError> {
        let mut tx = self.pool.begin_with("BEGIN IMMEDIATE").await?;
        let changed = sqlx::query(
            "UPDATE events SET retired_at = CASE WHEN ?1 THEN ?2 END, updated_at = ?2, \
             version = version + 1 WHERE id = ?3 AND (retired_at IS NOT NULL) <> ?1",
        )
        .bind(retired)
        .bind(self.clock.now().to_string())
        .bind(id)
        .execute(&mut *tx)
        .await?;
        if changed.rows_affected() == 0 {
            // Unknown, or already as asked: only the former is an error.
            return match read_editable(&mut tx, id).await? {
                Some(_) => Ok(()),
                None => Err(EditError::NotFound(id)),
            };
        }
        let action = if retired {
            AuditAction::Retire
        } else {
            AuditAction::Restore
        };
        let state = |retired: bool| serde_json::json!({ "status": status(retired) });
        write_revision(&mut tx, id, Some(by), &self.clock.now().to_string()).await?;
        record(
            &mut tx,
            &self.clock,
            by,
            action,
            id,
            Some(state(!retired)),
            Some(state(retired)),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}

/// Replaces event `id` with `event`, if it is still at `version` (its relations aside), and
/// returns it as it was: the heart of an edit, shared by the form's save and an import.
pub(super) async fn replace_event(
    conn: &mut SqliteConnection,
    clock: &Clock,
    id: EventId,
    version: Option<Version>,
    event: &NewEvent,
) -> Result<EditableEvent, EditError> {
    let before = read_editable(&mut *conn, id)
        .await?
        .ok_or(EditError::NotFound(id))?;
    let conflict = EditError::Conflict {
        id,
        current: before.version,
    };
    let Some(version) = version else {
        return Err(conflict);
    };
    let (start, end) = (event.when.start(), event.when.end());
    // The version is checked and bumped in the statement that writes: no clock involved.
    let written = sqlx::query(
        "UPDATE events SET start_date = ?, start_circa = ?, end_date = ?, end_circa = ?, \
         first_day = ?, last_day = ?, category = ?, updated_at = ?, version = version + 1 \
         WHERE id = ? AND version = ?",
    )
    .bind(start.date.to_string())
    .bind(start.circa)
    .bind(end.map(|d| d.date.to_string()))
    .bind(end.is_some_and(|d| d.circa))
    .bind(start.date.first_day_iso())
    .bind(event.when.last().last_day_iso())
    .bind(event.category.code())
    .bind(clock.now().to_string())
    .bind(id)
    .bind(version.number())
    .execute(&mut *conn)
    .await?;
    if written.rows_affected() == 0 {
        return Err(conflict);
    }
    write_texts(&mut *conn, id, version.next(), &before, event).await?;
    sqlx::query("DELETE FROM event_actors WHERE event_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM sources WHERE event_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    sqlx::query("DELETE FROM positions WHERE event_id = ?")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    insert_parts(&mut *conn, &[(id, event)]).await?;
    index_for_search(&mut *conn, id, id).await?;
    Ok(before)
}

pub(super) async fn read_editable(
    conn: &mut SqliteConnection,
    id: EventId,
) -> StoreResult<Option<EditableEvent>> {
    let row: Option<EventRowWithState> = sqlx::query_as(&format!(
        "SELECT {EVENT_COLUMNS}, e.retired_at IS NOT NULL AS retired, e.version \
         FROM events e JOIN event_texts t ON t.event_id = e.id AND t.lang = 'en' WHERE e.id = ?"
    ))
    .bind(id)
    .fetch_optional(&mut *conn)
    .await?;
    let Some(EventRowWithState {
        event: row,
        retired,
        version,
    }) = row
    else {
        return Ok(None);
    };
    let actors = actors_of(&mut *conn, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let sources = sources_of(&mut *conn, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let positions = positions_of(&mut *conn, &[id])
        .await?
        .remove(&id)
        .unwrap_or_default();
    let related = related_of(&mut *conn, id).await?;
    let (translations, outdated) = translations_of(&mut *conn, id).await?;
    Ok(Some(EditableEvent {
        event: row.into_event(actors, sources, positions)?,
        translations,
        outdated,
        related,
        retired,
        version,
    }))
}

/// An event's texts in the languages other than English, and which of them were written
/// before the English last changed.
async fn translations_of(
    conn: &mut SqliteConnection,
    id: EventId,
) -> StoreResult<(Vec<Translation>, Vec<Lang>)> {
    let rows: Vec<(String, String, String, Option<String>, bool)> = sqlx::query_as(
        "SELECT l.lang, l.title, l.summary, l.body, l.revised_in < t.revised_in \
         FROM event_texts l JOIN event_texts t ON t.event_id = l.event_id AND t.lang = 'en' \
         WHERE l.event_id = ? AND l.lang <> 'en' ORDER BY l.lang",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    let mut translations = Vec::new();
    let mut outdated = Vec::new();
    for (lang, title, summary, body, older) in rows {
        let lang = lang.parse::<Lang>().map_err(|e| StoreError::Invalid {
            id,
            problem: e.to_string(),
        })?;
        if older {
            outdated.push(lang);
        }
        translations.push(Translation {
            lang,
            text: EventText {
                title,
                summary,
                body,
            },
        });
    }
    translations.sort_by_key(|t| t.lang);
    outdated.sort();
    Ok((translations, outdated))
}

/// Writes an event's texts as saved: each language's text that changed is written, marked
/// with the save's version; a translation the editor emptied is removed.
async fn write_texts(
    conn: &mut SqliteConnection,
    id: EventId,
    version: Version,
    before: &EditableEvent,
    event: &NewEvent,
) -> StoreResult<()> {
    let original = EventText {
        title: event.title.clone(),
        summary: event.summary.clone(),
        body: event.body.clone(),
    };
    let was = |lang: Lang| -> Option<EventText> {
        if lang == Lang::ORIGINAL {
            let e = &before.event;
            return Some(EventText {
                title: e.title.clone(),
                summary: e.summary.clone(),
                body: e.body.clone(),
            });
        }
        before
            .translations
            .iter()
            .find(|t| t.lang == lang)
            .map(|t| t.text.clone())
    };
    for lang in Lang::ALL {
        let now = match lang {
            Lang::En => Some(&original),
            _ => event
                .translations
                .iter()
                .find(|t| t.lang == lang)
                .map(|t| &t.text),
        };
        match (was(lang), now) {
            (Some(was), Some(now)) if was == *now => {}
            (_, Some(now)) => {
                sqlx::query(
                    "INSERT INTO event_texts (event_id, lang, title, summary, body, revised_in) \
                     VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (event_id, lang) DO UPDATE SET \
                     title = excluded.title, summary = excluded.summary, body = excluded.body, \
                     revised_in = excluded.revised_in",
                )
                .bind(id)
                .bind(lang.code())
                .bind(&now.title)
                .bind(&now.summary)
                .bind(&now.body)
                .bind(version.number())
                .execute(&mut *conn)
                .await?;
            }
            (Some(_), None) => {
                sqlx::query("DELETE FROM event_texts WHERE event_id = ? AND lang = ?")
                    .bind(id)
                    .bind(lang.code())
                    .execute(&mut *conn)
                    .await?;
            }
            (None, None) => {}
        }
    }
    Ok(())
}

#[derive(sqlx::FromRow)]
struct EventRowWithState {
    #[sqlx(flatten)]
    event: EventRow,
    retired: bool,
    version: Version,
}

pub(super) async fn check_related(
    conn: &mut SqliteConnection,
    id: Option<EventId>,
    related: &[EventId],
) -> Result<(), EditError> {
    for &other in related {
        let exists: bool = sqlx::query_scalar("SELECT EXISTS (SELECT 1 FROM events WHERE id = ?)")
            .bind(other)
            .fetch_one(&mut *conn)
            .await?;
        if !exists || Some(other) == id {
            return Err(EditError::UnknownRelated(other));
        }
    }
    Ok(())
}

/// The events related to one, in id order.
async fn related_of(conn: &mut SqliteConnection, id: EventId) -> StoreResult<Vec<EventId>> {
    let related = sqlx::query_scalar(
        "SELECT related_id FROM related_events WHERE event_id = ?1 \
         UNION SELECT event_id FROM related_events WHERE related_id = ?1 ORDER BY 1",
    )
    .bind(id)
    .fetch_all(&mut *conn)
    .await?;
    Ok(related)
}

/// Makes `related` the events related to `id`. A relation has two sides, so each event
/// gained or lost on the other side is changed too: it gets a new version (an editor with
/// its form open would otherwise undo the relation) and its own audit entry.
pub(super) async fn set_related(
    conn: &mut SqliteConnection,
    clock: &Clock,
    id: EventId,
    related: &[EventId],
    by: Editing<'_>,
) -> StoreResult<()> {
    let before = related_of(&mut *conn, id).await?;
    sqlx::query("DELETE FROM related_events WHERE event_id = ?1 OR related_id = ?1")
        .bind(id)
        .execute(&mut *conn)
        .await?;
    for &other in related {
        relate_events(conn, id, other).await?;
    }
    let gained = related.iter().filter(|other| !before.contains(other));
    let lost = before.iter().filter(|other| !related.contains(other));
    for &other in gained.chain(lost) {
        let now = related_of(&mut *conn, other).await?;
        let mut was = now.clone();
        match was.iter().position(|&r| r == id) {
            Some(at) => {
                was.remove(at);
            }
            None => {
                was.push(id);
                was.sort_unstable();
            }
        }
        sqlx::query("UPDATE events SET updated_at = ?, version = version + 1 WHERE id = ?")
            .bind(clock.now().to_string())
            .bind(other)
            .execute(&mut *conn)
            .await?;
        let list = |ids: &[EventId]| {
            let ids: Vec<String> = ids.iter().map(EventId::to_string).collect();
            serde_json::json!({ "related": ids.join(", ") })
        };
        write_revision(
            conn,
            other,
            Some(by.without_note()),
            &clock.now().to_string(),
        )
        .await?;
        record(
            conn,
            clock,
            by,
            AuditAction::Edit,
            other,
            Some(list(&was)),
            Some(list(&now)),
        )
        .await?;
    }
    Ok(())
}

pub(super) async fn record(
    conn: &mut SqliteConnection,
    clock: &Clock,
    by: Editing<'_>,
    action: AuditAction,
    id: EventId,
    before: Option<serde_json::Value>,
    after: Option<serde_json::Value>,
) -> StoreResult<()> {
    audit::record(
        &mut *conn,
        clock.now(),
        Record {
            username: by.username,
            address: by.address,
            action,
            event_id: Some(id),
            before,
            after,
        },
    )
    .await?;
    Ok(())
}
