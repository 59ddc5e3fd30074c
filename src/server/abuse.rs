//! What keeps the readers' report form from being a way to flood the editors: a limit per
//! address (counted in the database, as the sign-in throttle counts failures, so that every
//! server shares it), and the form's ticket, which says when the form was shown.
//!
//! The ticket is `{unix seconds}.{HMAC-SHA256 of them, base64url}` under a key that every
//! server on the database shares (`app_state`), so a program cannot mint a ticket that looks
//! old enough: it must ask for the form and wait. An event page is kept, so its ticket is as
//! old as the kept copy; a form rendered for its own address, or again after a refusal, is
//! new. The honeypot field is the third guard (see `http::reports`).

use crate::model::Timestamp;
use crate::server::auth::sessions;
use crate::server::store::{Store, StoreResult};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::TimeDelta;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::Sha256;

/// Reports allowed from one address within the window.
pub(crate) const MAX_REPORTS: i64 = 5;
pub(crate) const REPORT_WINDOW: TimeDelta = TimeDelta::minutes(10);
/// The least time between showing the form and sending it that a person takes.
pub(crate) const MIN_FILL: TimeDelta = TimeDelta::seconds(3);

/// The name of the shared key in the database.
const KEY_NAME: &str = "report_ticket_key";

/// The key the form's tickets are signed with.
#[derive(Clone)]
pub struct TicketKey(Vec<u8>);

impl std::fmt::Debug for TicketKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TicketKey(…)")
    }
}

impl TicketKey {
    /// The key every server on the database shares, made by the first one to ask.
    pub(crate) async fn shared(store: &Store) -> StoreResult<Self> {
        let mut candidate = [0u8; 32];
        rand::rng().fill_bytes(&mut candidate);
        let key = store
            .shared_secret(KEY_NAME, &URL_SAFE_NO_PAD.encode(candidate))
            .await?;
        Ok(Self(key.into_bytes()))
    }

    /// The ticket names the moment in whole seconds since 1970.
    fn mac(&self, issued: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes any key");
        mac.update(issued.to_string().as_bytes());
        mac
    }

    /// A ticket saying the form was shown at `now`.
    pub(crate) fn ticket(&self, now: Timestamp) -> String {
        let now = now.unix_seconds();
        let tag = self.mac(now).finalize().into_bytes();
        format!("{now}.{}", URL_SAFE_NO_PAD.encode(tag))
    }

    /// How long ago the form carrying `ticket` was shown, if this key signed it.
    pub(crate) fn age(&self, ticket: &str, now: Timestamp) -> Option<TimeDelta> {
        let (issued, tag) = ticket.split_once('.')?;
        let issued: i64 = issued.parse().ok()?;
        let tag = URL_SAFE_NO_PAD.decode(tag).ok()?;
        // Compared in constant time.
        self.mac(issued).verify_slice(&tag).ok()?;
        Some(now - Timestamp::from_unix_seconds(issued).ok()?)
    }
}

/// The digest the reports table keeps of an address.
pub(crate) fn address_digest(address: &str) -> String {
    sessions::digest(address)
}

/// If reports from this address are paused, for how many seconds more: until the oldest
/// of the last `MAX_REPORTS` leaves the window.
pub(crate) async fn report_pause(store: &Store, address_digest: &str) -> StoreResult<Option<i64>> {
    let now = store.clock().now();
    let nth = store
        .nth_report_since(address_digest, now - REPORT_WINDOW, MAX_REPORTS)
        .await?;
    Ok(nth.map(|at| now.seconds_until(at + REPORT_WINDOW).max(1)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ticket_tells_its_age_only_under_its_own_key() {
        let at = |seconds| Timestamp::from_unix_seconds(seconds).unwrap();
        let key = TicketKey(b"one key".to_vec());
        let ticket = key.ticket(at(1_000));
        assert!(ticket.starts_with("1000."), "{ticket}");
        assert_eq!(key.age(&ticket, at(1_004)), Some(TimeDelta::seconds(4)));
        assert_eq!(TicketKey(b"another".to_vec()).age(&ticket, at(1_004)), None);
        // A ticket moved back in time no longer matches its tag.
        let forged = ticket.replacen("1000", "900", 1);
        assert_eq!(key.age(&forged, at(1_004)), None);
        assert_eq!(key.age("", at(1_004)), None);
        assert_eq!(key.age("1000.", at(1_004)), None);
    }
}
