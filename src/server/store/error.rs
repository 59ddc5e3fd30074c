//! How a store's operation fails.

use super::contract::EditError;
use crate::model::EventId;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The engine failed: the database is unreachable, a statement failed, a lock timed out.
    #[error("the database: {0}")]
    Database(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// A row that the domain types refuse: written by hand, or by an older version.
    #[error("event {id} has invalid stored data: {problem}")]
    Invalid { id: EventId, problem: String },
}

pub(crate) type StoreResult<T> = Result<T, StoreError>;

impl From<sqlx::Error> for StoreError {
    fn from(err: sqlx::Error) -> Self {
        StoreError::Database(Box::new(err))
    }
}

impl From<sqlx::Error> for EditError {
    fn from(err: sqlx::Error) -> Self {
        EditError::Store(err.into())
    }
}
