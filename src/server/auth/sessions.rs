//! Server-side sessions: a random token in an HttpOnly cookie, its digest in the database.

use crate::server::auth::accounts::Editor;
use crate::server::auth::cookies;
use crate::server::store::{Store, StoreResult};
use axum::http::{HeaderMap, HeaderValue};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::TimeDelta;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// The session cookie's name: over HTTPS with the `__Host-` prefix, which browsers only
/// accept from this very host, with `Secure` and `Path=/`, so a cookie set by a sibling
/// subdomain cannot shadow it.
pub(crate) fn cookie_name(secure: bool) -> &'static str {
    if secure { "__Host-session" } else { "session" }
}
/// A session left alone this long ends.
pub(crate) const IDLE_TIMEOUT: TimeDelta = TimeDelta::hours(1);
/// A session ends this long after sign-in, however busy.
pub(crate) const ABSOLUTE_TIMEOUT: TimeDelta = TimeDelta::hours(12);
/// How stale `last_seen_at` may get before a request refreshes it (saves a write per request).
const TOUCH_AFTER: TimeDelta = TimeDelta::minutes(1);

/// A new random token, for a cookie: 256 bits, base64url.
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// A new session for the editor; returns the token for the cookie.
pub(crate) async fn start(store: &Store, editor: &Editor) -> StoreResult<String> {
    let token = new_token();
    store.insert_session(&digest(&token), editor.id).await?;
    Ok(token)
}

/// The editor signed in with this token, if the session is still alive.
pub(crate) async fn find(store: &Store, token: &str) -> StoreResult<Option<Editor>> {
    let now = store.clock().now();
    let digest = digest(token);
    let Some(session) = store.session(&digest).await? else {
        return Ok(None);
    };
    if now - session.created_at > ABSOLUTE_TIMEOUT || now - session.last_seen_at > IDLE_TIMEOUT {
        store.delete_session(&digest).await?;
        return Ok(None);
    }
    if now - session.last_seen_at > TOUCH_AFTER {
        store.touch_session(&digest).await?;
    }
    Ok(Some(Editor {
        id: session.editor_id,
        username: session.username,
    }))
}

/// Deletes the sessions that can no longer be used, which `find` would only delete when
/// presented again. Returns how many went.
pub async fn end_expired(store: &Store) -> StoreResult<u64> {
    let now = store.clock().now();
    store
        .delete_sessions(now - ABSOLUTE_TIMEOUT, now - IDLE_TIMEOUT)
        .await
}

pub(crate) async fn end(store: &Store, token: &str) -> StoreResult<()> {
    store.delete_session(&digest(token)).await
}

/// The session token a request carries, if any, under the cookie name for `secure`.
pub(crate) fn token_in(headers: &HeaderMap, secure: bool) -> Option<&str> {
    cookies::values(headers, cookie_name(secure)).next()
}

/// The `Set-Cookie` value that hands the browser its session. The cookie lives no longer
/// than the session can.
pub(crate) fn cookie(token: &str, secure: bool) -> HeaderValue {
    cookies::set(
        cookie_name(secure),
        token,
        ABSOLUTE_TIMEOUT.num_seconds(),
        secure,
    )
}

/// The `Set-Cookie` value that makes the browser forget its session.
pub(crate) fn expired_cookie(secure: bool) -> HeaderValue {
    cookies::set(cookie_name(secure), "", 0, secure)
}

pub(crate) fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::header;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; session=abc123; x=y"),
        );
        assert_eq!(token_in(&headers, false), Some("abc123"));
        // Over HTTPS only the prefixed cookie counts: a plain one may come from a sibling.
        assert_eq!(token_in(&headers, true), None);
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("session=planted; __Host-session=real"),
        );
        assert_eq!(token_in(&headers, true), Some("real"));
        headers.insert(header::COOKIE, HeaderValue::from_static("sessionx=1"));
        assert_eq!(token_in(&headers, false), None);
    }

    #[test]
    fn cookies_are_http_only_and_strict_and_secure_on_https() {
        let plain = cookie("t", false);
        let plain = plain.to_str().unwrap();
        assert!(plain.contains("HttpOnly") && plain.contains("SameSite=Strict"));
        assert!(!plain.contains("Secure"));
        let secure = cookie("t", true);
        let secure = secure.to_str().unwrap();
        // What browsers ask of a `__Host-` cookie: Secure, for the whole host, no Domain.
        assert!(secure.starts_with("__Host-session=t;"), "{secure}");
        assert!(
            secure.contains("; Secure") && secure.contains("; Path=/"),
            "{secure}"
        );
        assert!(!secure.contains("Domain"), "{secure}");
    }
}
