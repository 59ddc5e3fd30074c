//! Browsers an editor has signed in from ("device cookies", as OWASP describes them).
//!
//! Ten failed sign-ins pause an account, which would let anyone lock its owner out by
//! guessing. A browser that has signed in to the account before carries a `device` cookie
//! and is exempt from that account-wide pause; the per-address limit still holds for it,
//! and a stranger guessing from elsewhere is paused as before.

use crate::server::auth::accounts::Editor;
use crate::server::auth::sessions::{cookie_in, digest, new_token, now};
use axum::http::{HeaderMap, HeaderValue};
use sqlx::SqlitePool;

const COOKIE: &str = "device";
/// A browser is remembered for a year after its last sign-in.
const REMEMBERED_SECS: i64 = 365 * 24 * 60 * 60;

/// Whether the request comes from a browser that has signed in as `username` before.
pub async fn is_known(
    pool: &SqlitePool,
    headers: &HeaderMap,
    username: &str,
) -> sqlx::Result<bool> {
    let Some(token) = cookie_in(headers, COOKIE) else {
        return Ok(false);
    };
    sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM known_devices d JOIN editors e ON e.id = d.editor_id \
         WHERE d.token_digest = ? AND e.username = ? COLLATE NOCASE AND d.signed_in_at > ?)",
    )
    .bind(digest(token))
    .bind(username)
    .bind(now() - REMEMBERED_SECS)
    .fetch_one(pool)
    .await
}

/// Remembers the browser after a successful sign-in: the same token again if it carried
/// a valid one for this editor, else a new one. Returns the `Set-Cookie` value.
pub async fn remember(
    pool: &SqlitePool,
    headers: &HeaderMap,
    editor: &Editor,
    secure: bool,
) -> sqlx::Result<HeaderValue> {
    let token = cookie_in(headers, COOKIE)
        .filter(|token| token.len() == 43)
        .map_or_else(new_token, str::to_owned);
    let now = now();
    sqlx::query("DELETE FROM known_devices WHERE signed_in_at <= ?")
        .bind(now - REMEMBERED_SECS)
        .execute(pool)
        .await?;
    // A token already remembered for another editor is not taken over: start afresh.
    let taken: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM known_devices WHERE token_digest = ? AND editor_id <> ?)",
    )
    .bind(digest(&token))
    .bind(editor.id)
    .fetch_one(pool)
    .await?;
    let token = if taken { new_token() } else { token };
    sqlx::query(
        "INSERT INTO known_devices (token_digest, editor_id, signed_in_at) VALUES (?, ?, ?) \
         ON CONFLICT (token_digest) DO UPDATE SET signed_in_at = excluded.signed_in_at",
    )
    .bind(digest(&token))
    .bind(editor.id)
    .bind(now)
    .execute(pool)
    .await?;
    let secure = if secure { "; Secure" } else { "" };
    Ok(HeaderValue::from_str(&format!(
        "{COOKIE}={token}; Path=/login; HttpOnly; SameSite=Strict; Max-Age={REMEMBERED_SECS}{secure}"
    ))
    .expect("tokens are base64url"))
}
