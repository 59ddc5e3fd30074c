//! The sign-in throttle's policy: how many failed sign-ins, within what window, pause an
//! account or an address. The failures themselves are in the audit log.

use crate::server::store::{FailuresOf, Store, StoreResult};
use chrono::TimeDelta;

/// Failed sign-ins allowed per account, and per address, within the window.
pub(crate) const MAX_FAILURES: i64 = 10;
pub(crate) const FAILURE_WINDOW: TimeDelta = TimeDelta::minutes(5);

/// Whose failures count against a sign-in attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Throttle {
    /// The account's and the address's.
    AccountAndAddress,
    /// The address's only: the browser has signed in to the account before, so strangers'
    /// guesses at the account do not pause it (see `devices`).
    AddressOnly,
}

/// If sign-ins for this account or from this address are paused, for how many seconds more.
/// A pause ends once fewer than `MAX_FAILURES` failures remain in the window, so nobody is
/// locked out for good; attempts made during a pause are not counted.
pub(crate) async fn sign_in_pause(
    store: &Store,
    username: &str,
    address: &str,
    throttle: Throttle,
) -> StoreResult<Option<i64>> {
    let digest = name_digest(username);
    let now = store.clock().now();
    let since = now - FAILURE_WINDOW;
    let by_username = match throttle {
        Throttle::AddressOnly => None,
        Throttle::AccountAndAddress => {
            store
                .nth_failure_since(
                    FailuresOf::Name {
                        username,
                        digest: &digest,
                    },
                    since,
                    MAX_FAILURES,
                )
                .await?
        }
    };
    let by_address = store
        .nth_failure_since(FailuresOf::Address(address), since, MAX_FAILURES)
        .await?;
    // The tenth most recent failure in the window: the pause lasts until it leaves.
    Ok(by_username
        .max(by_address)
        .map(|at| now.seconds_until(at + FAILURE_WINDOW).max(1)))
}

/// What the audit trail keeps of a name that is no account: its digest, enough to count
/// guesses at it as a real account's are counted (so the pause says nothing about which
/// names exist), and not the name, which may be a mistyped password.
pub(crate) fn name_digest(username: &str) -> String {
    crate::server::auth::sessions::digest(&username.to_lowercase())
}
