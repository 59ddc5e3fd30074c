//! Editors' accounts, their sessions and the browsers they have signed in from: the rows
//! behind `auth`, which decides what they mean (hashes, timeouts, cookies). Sessions' and
//! devices' times are kept as Unix seconds; the store stamps new rows with its clock. Names are matched ignoring case through
//! `lower(username)`, which the unique index holds, where SQLite declares `COLLATE NOCASE`.

use super::Postgres;
use crate::model::Timestamp;
use crate::server::store::StoreResult;
use crate::server::store::contract::{Account, Accounts, Session};
use crate::server::store::rows::{moment_of_seconds, moment_of_text};

type AccountRow = (i64, String, String, String);

fn account((id, username, password_hash, created_at): AccountRow) -> StoreResult<Account> {
    Ok(Account {
        id,
        username,
        password_hash,
        created_at: moment_of_text(&created_at)?,
    })
}

impl Accounts for Postgres {
    async fn account(&self, username: &str) -> StoreResult<Option<Account>> {
        let found: Option<AccountRow> = sqlx::query_as(
            "SELECT id, username, password_hash, created_at FROM editors WHERE lower(username) = lower($1)",
        )
        .bind(username)
        .fetch_optional(&self.pool)
        .await?;
        found.map(account).transpose()
    }

    async fn accounts(&self) -> StoreResult<Vec<Account>> {
        let found: Vec<AccountRow> = sqlx::query_as(
            "SELECT id, username, password_hash, created_at FROM editors ORDER BY lower(username)",
        )
        .fetch_all(&self.pool)
        .await?;
        found.into_iter().map(account).collect()
    }

    async fn insert_account(&self, username: &str, password_hash: &str) -> StoreResult<bool> {
        let now = self.clock.now().to_string();
        let inserted = sqlx::query(
            "INSERT INTO editors (username, password_hash, created_at, updated_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (lower(username)) DO NOTHING",
        )
        .bind(username)
        .bind(password_hash)
        .bind(&now)
        .bind(&now)
        .execute(&self.pool)
        .await?;
        Ok(inserted.rows_affected() > 0)
    }

    async fn replace_password(&self, username: &str, password_hash: &str) -> StoreResult<bool> {
        let now = self.clock.now().to_string();
        let mut tx = self.pool.begin().await?;
        let id: Option<i64> = sqlx::query_scalar(
            "UPDATE editors SET password_hash = $1, updated_at = $2 WHERE lower(username) = lower($3) \
             RETURNING id",
        )
        .bind(password_hash)
        .bind(now)
        .bind(username)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(id) = id else {
            return Ok(false);
        };
        sqlx::query("DELETE FROM sessions WHERE editor_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    async fn delete_account(&self, username: &str) -> StoreResult<bool> {
        let deleted = sqlx::query("DELETE FROM editors WHERE lower(username) = lower($1)")
            .bind(username)
            .execute(&self.pool)
            .await?;
        Ok(deleted.rows_affected() > 0)
    }

    async fn insert_session(&self, token_digest: &str, editor_id: i64) -> StoreResult<()> {
        let now = self.clock.now().unix_seconds();
        sqlx::query(
            "INSERT INTO sessions (token_digest, editor_id, created_at, last_seen_at) \
             VALUES ($1, $2, $3, $4)",
        )
        .bind(token_digest)
        .bind(editor_id)
        .bind(now)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    async fn session(&self, token_digest: &str) -> StoreResult<Option<Session>> {
        let row: Option<(i64, String, i64, i64)> = sqlx::query_as(
            "SELECT e.id, e.username, s.created_at, s.last_seen_at \
             FROM sessions s JOIN editors e ON e.id = s.editor_id WHERE s.token_digest = $1",
        )
        .bind(token_digest)
        .fetch_optional(&self.pool)
        .await?;
        row.map(|(editor_id, username, created_at, last_seen_at)| {
            Ok(Session {
                editor_id,
                username,
                created_at: moment_of_seconds(created_at)?,
                last_seen_at: moment_of_seconds(last_seen_at)?,
            })
        })
        .transpose()
    }

    async fn touch_session(&self, token_digest: &str) -> StoreResult<()> {
        let now = self.clock.now().unix_seconds();
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_digest = $2")
            .bind(now)
            .bind(token_digest)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_session(&self, token_digest: &str) -> StoreResult<()> {
        sqlx::query("DELETE FROM sessions WHERE token_digest = $1")
            .bind(token_digest)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_sessions(
        &self,
        created_before: Timestamp,
        seen_before: Timestamp,
    ) -> StoreResult<u64> {
        let done = sqlx::query("DELETE FROM sessions WHERE created_at < $1 OR last_seen_at < $2")
            .bind(created_before.unix_seconds())
            .bind(seen_before.unix_seconds())
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn is_known_device(
        &self,
        token_digest: &str,
        username: &str,
        since: Timestamp,
    ) -> StoreResult<bool> {
        let found = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM known_devices d JOIN editors e ON e.id = d.editor_id \
             WHERE d.token_digest = $1 AND lower(e.username) = lower($2) AND d.signed_in_at > $3)",
        )
        .bind(token_digest)
        .bind(username)
        .bind(since.unix_seconds())
        .fetch_one(&self.pool)
        .await?;
        Ok(found)
    }

    async fn is_device_of(&self, token_digest: &str, editor_id: i64) -> StoreResult<bool> {
        let found = sqlx::query_scalar(
            "SELECT EXISTS (SELECT 1 FROM known_devices WHERE token_digest = $1 AND editor_id = $2)",
        )
        .bind(token_digest)
        .bind(editor_id)
        .fetch_one(&self.pool)
        .await?;
        Ok(found)
    }

    async fn remember_device(
        &self,
        token_digest: &str,
        editor_id: i64,
        forget_before: Timestamp,
    ) -> StoreResult<()> {
        let now = self.clock.now().unix_seconds();
        sqlx::query("DELETE FROM known_devices WHERE signed_in_at <= $1")
            .bind(forget_before.unix_seconds())
            .execute(&self.pool)
            .await?;
        sqlx::query(
            "INSERT INTO known_devices (token_digest, editor_id, signed_in_at) VALUES ($1, $2, $3) \
             ON CONFLICT (token_digest) DO UPDATE SET signed_in_at = excluded.signed_in_at",
        )
        .bind(token_digest)
        .bind(editor_id)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(())
    }
}
