//! Editors' accounts, their sessions, and the browsers known to be theirs.

use super::contract::Accounts;
use super::{Account, Engine, Session, Store, StoreResult};
use crate::model::Timestamp;

impl Store {
    pub(crate) async fn account(&self, username: &str) -> StoreResult<Option<Account>> {
        on_engine!(self, db => db.account(username).await)
    }

    pub(crate) async fn accounts(&self) -> StoreResult<Vec<Account>> {
        on_engine!(self, db => db.accounts().await)
    }

    /// Adds an account; `false` if the name is taken.
    pub(crate) async fn insert_account(
        &self,
        username: &str,
        password_hash: &str,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.insert_account(username, password_hash).await)
    }

    /// Replaces an account's password hash and ends its sessions; `false` if there is no
    /// such account.
    pub(crate) async fn replace_password(
        &self,
        username: &str,
        password_hash: &str,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.replace_password(username, password_hash).await)
    }

    /// Deletes an account; `false` if there is no such account.
    pub(crate) async fn delete_account(&self, username: &str) -> StoreResult<bool> {
        on_engine!(self, db => db.delete_account(username).await)
    }

    pub(crate) async fn insert_session(
        &self,
        token_digest: &str,
        editor_id: i64,
    ) -> StoreResult<()> {
        on_engine!(self, db => db.insert_session(token_digest, editor_id).await)
    }

    pub(crate) async fn session(&self, token_digest: &str) -> StoreResult<Option<Session>> {
        on_engine!(self, db => db.session(token_digest).await)
    }

    pub(crate) async fn touch_session(&self, token_digest: &str) -> StoreResult<()> {
        on_engine!(self, db => db.touch_session(token_digest).await)
    }

    pub(crate) async fn delete_session(&self, token_digest: &str) -> StoreResult<()> {
        on_engine!(self, db => db.delete_session(token_digest).await)
    }

    /// Deletes sessions begun before `created_before` or last seen before `seen_before`.
    pub(crate) async fn delete_sessions(
        &self,
        created_before: Timestamp,
        seen_before: Timestamp,
    ) -> StoreResult<u64> {
        on_engine!(self, db => db.delete_sessions(created_before, seen_before).await)
    }

    pub(crate) async fn is_known_device(
        &self,
        token_digest: &str,
        username: &str,
        since: Timestamp,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.is_known_device(token_digest, username, since).await)
    }

    pub(crate) async fn is_device_of(
        &self,
        token_digest: &str,
        editor_id: i64,
    ) -> StoreResult<bool> {
        on_engine!(self, db => db.is_device_of(token_digest, editor_id).await)
    }

    pub(crate) async fn remember_device(
        &self,
        token_digest: &str,
        editor_id: i64,
        forget_before: Timestamp,
    ) -> StoreResult<()> {
        on_engine!(self, db => db.remember_device(token_digest, editor_id, forget_before).await)
    }
}
