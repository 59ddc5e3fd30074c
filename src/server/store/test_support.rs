//! What only the integration tests may do to a store: set up a situation no request can
//! make (a write by another process, a broken or closed database, old records) and check
//! what was stored. Each is an operation of the store, so the tests never see an engine's
//! SQL; the SQLite engine's own checks (query plans, upgrades from older schemas) use
//! `test_pool`. Statements here number their placeholders (`$1`), which SQLite reads too.

use super::contract::Record;
use super::postgres::listener::LISTENER_NAME;
use super::{Engine, Store, StoreResult};
use crate::model::{AuditAction, AuditEntry, EventId, NewEvent};
use sqlx::SqlitePool;

/// Runs `$call` with `$pool`, the engine's pool, whichever engine it is.
macro_rules! on_pool {
    ($store:expr, $pool:ident => $call:expr) => {
        match &$store.engine {
            Engine::Sqlite(db) => {
                let $pool = db.pool();
                $call
            }
            Engine::Postgres(db) => {
                let $pool = db.pool();
                $call
            }
        }
    };
}

/// A kept revision, as the tests check it.
#[derive(Debug)]
pub struct KeptRevision {
    pub number: u32,
    pub version: i64,
    pub form: crate::model::EventForm,
    pub note: Option<String>,
    pub editor: Option<String>,
    pub correction: bool,
}

impl Store {
    /// Whether the store is on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        matches!(self.engine, Engine::Postgres(_))
    }

    /// The SQLite database itself, for the SQLite engine's own checks.
    pub fn test_pool(&self) -> &SqlitePool {
        match &self.engine {
            Engine::Sqlite(db) => db.pool(),
            Engine::Postgres(_) => panic!("a check of the SQLite engine, on PostgreSQL"),
        }
    }

    /// Closes the database: what the app sees when it becomes unreachable.
    pub async fn close(&self) {
        on_pool!(self, pool => pool.close().await);
    }

    /// Breaks the database under the app, so that the next read of events fails.
    pub async fn break_event_reads(&self) -> StoreResult<()> {
        on_pool!(self, pool => sqlx::query("DROP TABLE event_actors").execute(pool).await.map(drop))?;
        Ok(())
    }

    /// Ends the connection a PostgreSQL store listens for changes on, as a network failure
    /// or an operator would; `false` if there was none to end.
    pub async fn end_listening_connection(&self) -> StoreResult<bool> {
        let Engine::Postgres(db) = &self.engine else {
            panic!("only a PostgreSQL store listens for changes");
        };
        let ended: Vec<bool> = sqlx::query_scalar(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE application_name = $1 AND datname = current_database()",
        )
        .bind(LISTENER_NAME)
        .fetch_all(db.pool())
        .await?;
        Ok(ended.contains(&true))
    }

    /// Announces a generation on the channel writes announce theirs on, as a write would.
    pub async fn announce_generation(&self, generation: i64) -> StoreResult<()> {
        let Engine::Postgres(db) = &self.engine else {
            panic!("only a PostgreSQL store announces changes");
        };
        sqlx::query("SELECT pg_notify('data_generation', $1)")
            .bind(generation.to_string())
            .execute(db.pool())
            .await?;
        Ok(())
    }

    /// The generation as the database has it now, whatever this process published.
    pub async fn stored_generation(&self) -> StoreResult<i64> {
        self.read_generation().await
    }

    /// Writes an event as the seed does: no editor, no audit entry.
    pub async fn insert_test_event(&self, event: &NewEvent) -> StoreResult<EventId> {
        let ids = self.insert_events(std::slice::from_ref(event)).await?;
        Ok(ids[0])
    }

    /// Changes an event's English title as another process would, behind this store's back.
    pub async fn retitle_elsewhere(&self, id: EventId, title: &str) -> StoreResult<()> {
        on_pool!(self, pool => {
            sqlx::query("UPDATE event_texts SET title = $1 WHERE event_id = $2 AND lang = 'en'")
                .bind(title)
                .bind(id)
                .execute(pool)
                .await
                .map(drop)
        })?;
        Ok(())
    }

    /// Deletes an event outright, as no editor can (they retire events).
    pub async fn delete_event_elsewhere(&self, id: EventId) -> StoreResult<()> {
        on_pool!(self, pool => {
            sqlx::query("DELETE FROM events WHERE id = $1").bind(id).execute(pool).await.map(drop)
        })?;
        Ok(())
    }

    /// Every event stored, retired ones included.
    pub async fn count_all_events(&self) -> StoreResult<i64> {
        let count = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT count(*) FROM events").fetch_one(pool).await
        })?;
        Ok(count)
    }

    /// The English titles that start with `prefix`.
    pub async fn titles_starting_with(&self, prefix: &str) -> StoreResult<Vec<String>> {
        let titles = on_pool!(self, pool => {
            sqlx::query_scalar(
                "SELECT title FROM event_texts WHERE lang = 'en' AND title LIKE $1 || '%'",
            )
            .bind(prefix)
            .fetch_all(pool)
            .await
        })?;
        Ok(titles)
    }

    /// Whether the database is whole, in the engine's own words ("ok" when it is): on
    /// PostgreSQL, amcheck's verdict on every B-tree index against its table.
    pub async fn integrity(&self) -> StoreResult<String> {
        let verdict = match &self.engine {
            Engine::Sqlite(db) => {
                sqlx::query_scalar("PRAGMA integrity_check")
                    .fetch_one(db.pool())
                    .await?
            }
            Engine::Postgres(db) => {
                sqlx::query("CREATE EXTENSION IF NOT EXISTS amcheck")
                    .execute(db.pool())
                    .await?;
                // bt_index_check raises an error on the first inconsistency it finds.
                sqlx::query(
                    "SELECT bt_index_check(c.oid, true) FROM pg_index i \
                     JOIN pg_class c ON c.oid = i.indexrelid \
                     JOIN pg_am am ON am.oid = c.relam \
                     JOIN pg_namespace n ON n.oid = c.relnamespace \
                     WHERE am.amname = 'btree' AND n.nspname = 'public'",
                )
                .execute(db.pool())
                .await?;
                "ok".to_owned()
            }
        };
        Ok(verdict)
    }

    /// The version an edit of the event must start from.
    pub async fn version_of(&self, id: EventId) -> StoreResult<Option<i64>> {
        let editable = self.editable_event(id).await?;
        Ok(editable.map(|e| e.version.number()))
    }

    /// An event's revisions, oldest first: each one's number, the event's version it shows,
    /// its English title then, and its note.
    pub async fn revisions_of(&self, id: EventId) -> StoreResult<Vec<KeptRevision>> {
        let revisions = self.revisions(id).await?;
        // Which version each shows is the store's own affair; tests read it from the table.
        let versions: Vec<i64> = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT version FROM revisions WHERE event_id = $1 ORDER BY number")
                .bind(id)
                .fetch_all(pool)
                .await
        })?;
        Ok(revisions
            .iter()
            .zip(versions)
            .map(|(r, version)| KeptRevision {
                number: r.number.get(),
                version,
                form: crate::server::history::form_of(r),
                note: r.note.clone(),
                editor: r.editor.clone(),
                correction: r.correction,
            })
            .collect())
    }

    /// Takes a PostgreSQL database back to the schema before revisions, its events as they
    /// are: the table, its mark and its migrations' records go, so that the next start
    /// upgrades it as it would a database made then.
    pub async fn unmigrate_revisions(&self) -> StoreResult<()> {
        let Engine::Postgres(db) = &self.engine else {
            panic!("SQLite databases from before revisions are made from old migrations");
        };
        for statement in [
            "DROP TABLE revisions",
            "DELETE FROM app_state WHERE key = 'revisions_filled'",
            // The migration that adds corrections to revisions goes with them.
            "DELETE FROM _sqlx_migrations WHERE version IN (3, 6)",
        ] {
            sqlx::query(statement).execute(db.pool()).await?;
        }
        Ok(())
    }

    /// Takes a PostgreSQL database back to the schema before corrections: the column, its
    /// index and its migration's record go, so that the next start upgrades it.
    pub async fn unmigrate_corrections(&self) -> StoreResult<()> {
        let Engine::Postgres(db) = &self.engine else {
            panic!("SQLite databases from before corrections are made from old migrations");
        };
        for statement in [
            "ALTER TABLE revisions DROP COLUMN correction",
            "DELETE FROM _sqlx_migrations WHERE version = 6",
        ] {
            sqlx::query(statement).execute(db.pool()).await?;
        }
        Ok(())
    }

    /// How many revisions are kept, of every event.
    pub async fn count_revisions(&self) -> StoreResult<i64> {
        let count = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT count(*) FROM revisions").fetch_one(pool).await
        })?;
        Ok(count)
    }

    /// What breaks the rule that each change has its revision and each revision its change:
    /// events whose version has no revision, and revisions of a version the event never
    /// reached; each as a sentence naming the event.
    pub async fn revisions_out_of_step(&self) -> StoreResult<Vec<String>> {
        let unrecorded: Vec<(i64, i64)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT e.id, e.version FROM events e WHERE NOT EXISTS \
                 (SELECT 1 FROM revisions r WHERE r.event_id = e.id AND r.version = e.version)",
            )
            .fetch_all(pool)
            .await
        })?;
        let unmade: Vec<(i64, i64)> = on_pool!(self, pool => {
            sqlx::query_as(
                "SELECT r.event_id, r.version FROM revisions r \
                 LEFT JOIN events e ON e.id = r.event_id \
                 WHERE e.id IS NULL OR r.version > e.version",
            )
            .fetch_all(pool)
            .await
        })?;
        let unrecorded = unrecorded
            .into_iter()
            .map(|(id, version)| format!("event {id} at version {version} has no revision"));
        let unmade = unmade
            .into_iter()
            .map(|(id, version)| format!("event {id} never reached revised version {version}"));
        Ok(unrecorded.chain(unmade).collect())
    }

    /// The newest entries of the audit trail.
    pub async fn audit_trail(&self) -> StoreResult<Vec<AuditEntry>> {
        self.audit_entries(None).await
    }

    /// Records a failed sign-in now (by the store's clock), as a refused attempt does.
    pub async fn record_failed_sign_in(&self, username: &str, address: &str) -> StoreResult<()> {
        self.record(Record::account(
            AuditAction::SignInFailed,
            username,
            address,
        ))
        .await
    }

    /// The password hash stored for an account.
    pub async fn password_hash(&self, username: &str) -> StoreResult<Option<String>> {
        let account = self.account(username).await?;
        Ok(account.map(|a| a.password_hash))
    }

    /// How many reports are stored, whatever their state.
    pub async fn count_reports(&self) -> StoreResult<i64> {
        let count = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT count(*) FROM reports").fetch_one(pool).await
        })?;
        Ok(count)
    }

    /// How many sessions are stored, live or not.
    pub async fn count_sessions(&self) -> StoreResult<i64> {
        let count = on_pool!(self, pool => {
            sqlx::query_scalar("SELECT count(*) FROM sessions").fetch_one(pool).await
        })?;
        Ok(count)
    }

    /// Each event's set of actors as stored (`actor_bits`), beside its actors' codes.
    pub async fn actor_sets(&self) -> StoreResult<Vec<(i64, i64, Vec<String>)>> {
        let rows: Vec<(i64, i64, Option<String>)> = on_pool!(self, pool => {
            // string_agg on PostgreSQL is group_concat on SQLite; both skip no actor.
            let concat = if self.is_postgres() { "string_agg(a.actor, ',')" } else { "group_concat(a.actor)" };
            sqlx::query_as(&format!(
                "SELECT e.id, e.actor_bits, {concat} FROM events e \
                 LEFT JOIN event_actors a ON a.event_id = e.id GROUP BY e.id, e.actor_bits"
            ))
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(id, bits, codes)| {
                let codes = codes.unwrap_or_default();
                let codes = codes
                    .split(',')
                    .filter(|c| !c.is_empty())
                    .map(str::to_owned);
                (id, bits, codes.collect())
            })
            .collect())
    }

    /// How many events readers may see whose search text contains `word` exactly, found by
    /// reading every one: what a search must find, however it finds it.
    pub async fn count_containing(&self, word: &str) -> StoreResult<i64> {
        let count = match &self.engine {
            Engine::Sqlite(db) => {
                sqlx::query_scalar(
                    "SELECT count(*) FROM events e WHERE e.retired_at IS NULL AND e.id IN \
                     (SELECT id FROM event_search_content WHERE instr(c0, $1) > 0)",
                )
                .bind(word)
                .fetch_one(db.pool())
                .await?
            }
            Engine::Postgres(db) => {
                sqlx::query_scalar(
                    "SELECT count(*) FROM events e WHERE e.retired_at IS NULL AND e.id IN \
                     (SELECT event_id FROM event_search WHERE strpos(text, $1) > 0)",
                )
                .bind(word)
                .fetch_one(db.pool())
                .await?
            }
        };
        Ok(count)
    }

    /// Relates two events, or no longer, as another process would: no editor, no audit.
    pub async fn relate_elsewhere(&self, a: i64, b: i64, related: bool) -> StoreResult<()> {
        let sql = if related {
            "INSERT INTO related_events (event_id, related_id) VALUES ($1, $2)"
        } else {
            "DELETE FROM related_events WHERE event_id = $1 AND related_id = $2"
        };
        on_pool!(self, pool => sqlx::query(sql).bind(a.min(b)).bind(a.max(b)).execute(pool).await.map(drop))?;
        Ok(())
    }
}
