//! Browsers an editor has signed in from ("device cookies", as OWASP describes them).
//!
//! Ten failed sign-ins pause an account, which would let anyone lock its owner out by
//! guessing. A browser that has signed in to the account before carries a `device` cookie
//! and is exempt from that account-wide pause; the per-address limit still holds for it,
//! and a stranger guessing from elsewhere is paused as before.

use crate::server::auth::accounts::Editor;
use crate::server::auth::cookies;
use crate::server::auth::sessions::{digest, new_token};
use crate::server::store::{Store, StoreResult};
use axum::http::{HeaderMap, HeaderValue};
use chrono::TimeDelta;

const COOKIE: &str = "device";
/// A browser is remembered for a year after its last sign-in.
const REMEMBERED: TimeDelta = TimeDelta::days(365);

/// Whether the request comes from a browser that has signed in as `username` before.
pub(crate) async fn is_known(
    store: &Store,
    headers: &HeaderMap,
    username: &str,
) -> StoreResult<bool> {
    let since = store.clock().now() - REMEMBERED;
    // Browsers may still hold a cookie set for /login alone by an older version, sent first.
    for token in cookies::values(headers, COOKIE) {
        if store
            .is_known_device(&digest(token), username, since)
            .await?
        {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Remembers the browser after a successful sign-in: the same token again if this editor's
/// browser already had one the server gave it, else a new one (a token the server never
/// gave, say one planted by another site, is never taken up). Returns the `Set-Cookie`
/// value.
pub(crate) async fn remember(
    store: &Store,
    headers: &HeaderMap,
    editor: &Editor,
    secure: bool,
) -> StoreResult<HeaderValue> {
    let mut given = None;
    for token in cookies::values(headers, COOKIE) {
        if store.is_device_of(&digest(token), editor.id).await? {
            given = Some(token.to_owned());
            break;
        }
    }
    let token = given.unwrap_or_else(new_token);
    let forget_before = store.clock().now() - REMEMBERED;
    store
        .remember_device(&digest(&token), editor.id, forget_before)
        .await?;
    Ok(cookies::set(
        COOKIE,
        &token,
        REMEMBERED.num_seconds(),
        secure,
    ))
}
