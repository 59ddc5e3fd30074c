//! Writing events: new events with their texts, actors and sources, their search index
//! entries, and relations. Used by editors' saves, the seed and synthetic data alike.

use crate::model::NewEvent;
use crate::model::{Actor, EventId, HolderParts, Lang, Position, Source, WebUrl};
use crate::server::store::StoreResult;
use crate::server::store::words::doubled;
use sqlx::{QueryBuilder, SqliteConnection, SqlitePool};

/// Writes an event in the caller's transaction and returns its id; `now` is its
/// `created_at` and `updated_at`.
pub(super) async fn insert_event(
    conn: &mut SqliteConnection,
    event: &NewEvent,
    now: &str,
) -> StoreResult<EventId> {
    let ids = insert_events(conn, std::slice::from_ref(event), now).await?;
    Ok(ids[0])
}

/// Rows per INSERT statement, within SQLite's limit on bound parameters.
const ROWS_PER_INSERT: usize = 500;

/// Writes events in the caller's transaction, a few statements per few hundred events, and
/// returns their ids in order. The transaction must already hold the write lock (begun
/// IMMEDIATE), since new ids follow the largest one.
pub(super) async fn insert_events(
    conn: &mut SqliteConnection,
    events: &[NewEvent],
    now: &str,
) -> StoreResult<Vec<EventId>> {
    let last: i64 = sqlx::query_scalar("SELECT coalesce(max(id), 0) FROM events")
        .fetch_one(&mut *conn)
        .await?;
    let first = EventId::try_from(last + 1).expect("ids count up from 1");
    let numbered: Vec<(EventId, &NewEvent)> =
        std::iter::successors(Some(first), |id| Some(id.next()))
            .zip(events)
            .collect();
    insert_numbered(conn, &numbered, now).await?;
    Ok(numbered.into_iter().map(|(id, _)| id).collect())
}

/// Writes events under the ids given (free, and in ascending order), in the caller's
/// transaction.
pub(super) async fn insert_numbered(
    conn: &mut SqliteConnection,
    numbered: &[(EventId, &NewEvent)],
    now: &str,
) -> StoreResult<()> {
    for chunk in numbered.chunks(ROWS_PER_INSERT) {
        let mut query = QueryBuilder::new(
            "INSERT INTO events (id, start_date, start_circa, end_date, end_circa, first_day, \
             last_day, category, created_at, updated_at) ",
        );
        query.push_values(chunk, |mut row, &(id, event)| {
            let (start, end) = (event.when.start(), event.when.end());
            row.push_bind(id)
                .push_bind(start.date.to_string())
                .push_bind(start.circa)
                .push_bind(end.map(|d| d.date.to_string()))
                .push_bind(end.is_some_and(|d| d.circa))
                .push_bind(start.date.first_day_iso())
                .push_bind(event.when.last().last_day_iso())
                .push_bind(event.category.code())
                .push_bind(now)
                .push_bind(now);
        });
        query.build().execute(&mut *conn).await?;

        // The original text, then any translations: one row per event and language.
        let texts: Vec<(EventId, Lang, &str, &str, Option<&str>)> = chunk
            .iter()
            .flat_map(|&(id, event)| {
                let original = (
                    id,
                    Lang::ORIGINAL,
                    event.title.as_str(),
                    event.summary.as_str(),
                    event.body.as_deref(),
                );
                let translations = event.translations.iter().map(move |t| {
                    let text = &t.text;
                    (
                        id,
                        t.lang,
                        text.title.as_str(),
                        text.summary.as_str(),
                        text.body.as_deref(),
                    )
                });
                std::iter::once(original).chain(translations)
            })
            .collect();
        for rows in texts.chunks(ROWS_PER_INSERT) {
            let mut query = QueryBuilder::new(
                "INSERT INTO event_texts (event_id, lang, title, summary, body) ",
            );
            query.push_values(rows, |mut row, &(id, lang, title, summary, body)| {
                row.push_bind(id)
                    .push_bind(lang.code())
                    .push_bind(title)
                    .push_bind(summary)
                    .push_bind(body);
            });
            query.build().execute(&mut *conn).await?;
        }

        insert_parts(conn, chunk).await?;

        let (first, last) = (chunk[0].0, chunk[chunk.len() - 1].0);
        index_for_search(conn, first, last).await?;
    }
    Ok(())
}

/// Writes the actors, sources and positions of events whose rows are already written.
pub(super) async fn insert_parts(
    conn: &mut SqliteConnection,
    events: &[(EventId, &NewEvent)],
) -> StoreResult<()> {
    let actors: Vec<(EventId, usize, Actor)> = events
        .iter()
        .flat_map(|&(id, event)| {
            event
                .actors
                .iter()
                .enumerate()
                .map(move |(position, &actor)| (id, position, actor))
        })
        .collect();
    if !actors.is_empty() {
        let mut query = QueryBuilder::new("INSERT INTO event_actors (event_id, position, actor) ");
        query.push_values(&actors, |mut row, &(id, position, actor)| {
            row.push_bind(id)
                .push_bind(position as i64)
                .push_bind(actor.code());
        });
        query.build().execute(&mut *conn).await?;
    }

    let sources: Vec<(EventId, usize, &Source)> = events
        .iter()
        .flat_map(|&(id, event)| {
            event
                .sources
                .iter()
                .enumerate()
                .map(move |(position, source)| (id, position, source))
        })
        .collect();
    if !sources.is_empty() {
        let mut query = QueryBuilder::new(
            "INSERT INTO sources (event_id, position, publisher, headline, published, url) ",
        );
        query.push_values(&sources, |mut row, &(id, position, source)| {
            row.push_bind(id)
                .push_bind(position as i64)
                .push_bind(source.publisher.clone())
                .push_bind(source.headline.clone())
                .push_bind(source.date.map(|d| d.to_string()))
                .push_bind(source.url.as_ref().map(WebUrl::as_str));
        });
        query.build().execute(&mut *conn).await?;
    }

    let positions: Vec<(EventId, usize, &Position)> = events
        .iter()
        .flat_map(|&(id, event)| {
            event
                .positions
                .iter()
                .enumerate()
                .map(move |(at, position)| (id, at, position))
        })
        .collect();
    // Twelve columns a row: a few hundred rows per statement stay within SQLite's limit on
    // bound parameters.
    for rows in positions.chunks(ROWS_PER_INSERT / 2) {
        let mut query = QueryBuilder::new(
            "INSERT INTO positions (event_id, position, actor, court, lang, words_en, words_ko, \
             words_ja, publisher, headline, published, url) ",
        );
        query.push_values(rows, |mut row, &(id, at, position)| {
            let holder = HolderParts::from(position.holder);
            let words = |lang: Lang| position.words(lang).unwrap_or_default().to_owned();
            let source = &position.source;
            row.push_bind(id)
                .push_bind(at as i64)
                .push_bind(holder.actor.code())
                .push_bind(holder.court.map(|court| court.code()))
                .push_bind(position.lang.code())
                .push_bind(words(Lang::En))
                .push_bind(words(Lang::Ko))
                .push_bind(words(Lang::Ja))
                .push_bind(source.publisher.clone())
                .push_bind(source.headline.clone())
                .push_bind(source.date.map(|d| d.to_string()))
                .push_bind(source.url.as_ref().map(|url| url.as_str().to_owned()));
        });
        query.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// Rewrites the search index entries of events `first..=last` from their texts and sources.
pub(super) async fn index_for_search(
    conn: &mut SqliteConnection,
    first: EventId,
    last: EventId,
) -> StoreResult<()> {
    sqlx::query("DELETE FROM event_search WHERE rowid BETWEEN ?1 AND ?2")
        .bind(first)
        .bind(last)
        .execute(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO event_search (rowid, text)
         SELECT e.id, concat_ws(char(10),
             (SELECT group_concat(concat_ws(char(10), title, summary, body), char(10))
              FROM event_texts WHERE event_id = e.id),
             (SELECT group_concat(concat_ws(' ', publisher, headline), char(10))
              FROM sources WHERE event_id = e.id))
         FROM events e WHERE e.id BETWEEN ?1 AND ?2",
    )
    .bind(first)
    .bind(last)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM event_pairs WHERE rowid BETWEEN ?1 AND ?2")
        .bind(first)
        .bind(last)
        .execute(&mut *conn)
        .await?;
    let texts: Vec<(i64, String)> =
        sqlx::query_as("SELECT rowid, text FROM event_search WHERE rowid BETWEEN ?1 AND ?2")
            .bind(first)
            .bind(last)
            .fetch_all(&mut *conn)
            .await?;
    index_pairs(conn, &texts).await
}

/// Writes the pairs index's rows for these events' search texts.
async fn index_pairs(conn: &mut SqliteConnection, texts: &[(i64, String)]) -> StoreResult<()> {
    for chunk in texts.chunks(ROWS_PER_INSERT) {
        let mut query = QueryBuilder::new("INSERT INTO event_pairs (rowid, text) ");
        query.push_values(chunk, |mut row, (id, text)| {
            row.push_bind(*id).push_bind(doubled(text));
        });
        query.build().execute(&mut *conn).await?;
    }
    Ok(())
}

/// Fills the pairs index once, for the events written before it existed (see its
/// migration); later writes keep it in step.
pub(super) async fn fill_pairs_index_once(pool: &SqlitePool) -> StoreResult<()> {
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let filled: String =
        sqlx::query_scalar("SELECT value FROM app_state WHERE key = 'search_pairs_filled'")
            .fetch_one(&mut *tx)
            .await?;
    if filled == "1" {
        return Ok(());
    }
    let texts: Vec<(i64, String)> = sqlx::query_as("SELECT rowid, text FROM event_search")
        .fetch_all(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM event_pairs")
        .execute(&mut *tx)
        .await?;
    index_pairs(&mut tx, &texts).await?;
    sqlx::query("UPDATE app_state SET value = '1' WHERE key = 'search_pairs_filled'")
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// Records that two events are related (in either direction); repeating it is harmless.
pub(super) async fn relate_events(
    conn: &mut SqliteConnection,
    a: EventId,
    b: EventId,
) -> StoreResult<()> {
    sqlx::query("INSERT OR IGNORE INTO related_events (event_id, related_id) VALUES (?, ?)")
        .bind(a.min(b))
        .bind(a.max(b))
        .execute(&mut *conn)
        .await?;
    Ok(())
}
