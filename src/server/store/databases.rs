//! The databases this build opens: which URLs name one, and moving a SQLite database's
//! contents into PostgreSQL.

pub use super::postgres::Moved;

use super::{postgres, sqlite};
use crate::server::clock::Clock;
use std::str::FromStr;

/// A SQLite database URL, for the source of a move to PostgreSQL.
pub(crate) fn sqlite_url(url: &str) -> Result<String, String> {
    match url.starts_with("sqlite:") {
        true => Ok(url.to_owned()),
        false => {
            Err("a move starts from a SQLite database, such as sqlite://data/timeline.db".into())
        }
    }
}

/// A PostgreSQL database URL, for the target of a move.
pub(crate) fn postgres_url(url: &str) -> Result<String, String> {
    match postgres::is_postgres_url(url) {
        true => Ok(url.to_owned()),
        false => Err(
            "a move goes to a PostgreSQL database, such as postgres://user@host/timeline".into(),
        ),
    }
}

/// Moves everything in the SQLite database at `from` into the empty PostgreSQL database at
/// `to`, in one transaction that commits only once every table's rows are counted and
/// hashed alike on both sides. The source is brought to this build's schema first, as
/// starting the server would, and is otherwise left as it was.
pub async fn move_to_postgres(from: &str, to: &str) -> anyhow::Result<Moved> {
    let file = sqlx::sqlite::SqliteConnectOptions::from_str(from)?;
    if !file.get_filename().exists() {
        anyhow::bail!(
            "there is no SQLite database at {}",
            file.get_filename().display()
        );
    }
    let source = sqlite::Sqlite::open(from, Clock::default()).await?;
    let target = postgres::Postgres::open(to, Clock::default()).await?;
    let moved = postgres::move_from_sqlite(&source, &target).await;
    source.pool().close().await;
    moved
}

/// A database URL this build can open, or why not: `sqlite:` (a file) or `postgres:`. Any
/// other is refused before it can be taken for a file path.
pub(crate) fn database_url(url: &str) -> Result<String, String> {
    if url.starts_with("sqlite:") || postgres::is_postgres_url(url) {
        return Ok(url.to_owned());
    }
    let scheme = url.split_once(':').map_or("", |(scheme, _)| scheme);
    let what = if scheme.is_empty() {
        "it has no scheme".to_owned()
    } else {
        format!("{scheme:?} is not supported")
    };
    Err(format!(
        "the database URL must be a SQLite or a PostgreSQL one, such as \
         sqlite://data/timeline.db or postgres://user@host/timeline; {what}"
    ))
}
