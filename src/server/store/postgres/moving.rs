//! Moving a SQLite database into an empty PostgreSQL one (`migrate-to-postgres`): every
//! table copied in one PostgreSQL transaction from one consistent read of the source, then
//! counted and hashed on both sides before the transaction commits, so that a move is only
//! reported done when the copy is known to be whole. Tools that copy between engines by
//! guessing types have left editors unable to sign in (vaultwarden#4203); this one knows
//! each column.

use super::Postgres;
use super::writing::index_for_search;
use crate::model::EventId;
use crate::server::store::sqlite::Sqlite;
use futures_util::TryStreamExt;
use sha2::{Digest, Sha256};
use sqlx::{PgConnection, QueryBuilder, Row, SqliteConnection};

/// What a move copied: each table's rows, and the hash of their content on both sides.
#[derive(Debug)]
pub struct Moved {
    pub tables: Vec<(&'static str, u64)>,
    pub content_hash: String,
}

/// How a column is kept on SQLite and read back on PostgreSQL.
#[derive(Clone, Copy)]
enum Kind {
    /// A whole number, maybe missing (SQLite INTEGER, PostgreSQL BIGINT).
    Int,
    /// A flag (SQLite 0 or 1, PostgreSQL BOOLEAN).
    Flag,
    /// Text, maybe missing.
    Text,
}

/// A table to copy: its columns, and the order its rows are compared in (text keys in
/// byte order on both engines).
struct Table {
    name: &'static str,
    columns: &'static [(&'static str, Kind)],
    order: &'static str,
    /// Which rows, when not all.
    only: &'static str,
}

use Kind::{Flag, Int, Text};

/// Every table that holds what the site knows, parents before children. The search rows are
/// not copied but written again from the texts, and the data generation starts afresh.
const TABLES: &[Table] = &[
    Table {
        name: "events",
        columns: &[
            ("id", Int),
            ("start_date", Text),
            ("start_circa", Flag),
            ("end_date", Text),
            ("end_circa", Flag),
            ("first_day", Text),
            ("last_day", Text),
            ("category", Text),
            ("retired_at", Text),
            ("created_at", Text),
            ("updated_at", Text),
            ("version", Int),
            ("actor_bits", Int),
        ],
        order: "id",
        only: "",
    },
    Table {
        name: "event_texts",
        columns: &[
            ("event_id", Int),
            ("lang", Text),
            ("title", Text),
            ("summary", Text),
            ("body", Text),
            ("revised_in", Int),
        ],
        order: "event_id, lang",
        only: "",
    },
    Table {
        name: "event_actors",
        columns: &[("event_id", Int), ("position", Int), ("actor", Text)],
        order: "event_id, actor",
        only: "",
    },
    Table {
        name: "sources",
        columns: &[
            ("id", Int),
            ("event_id", Int),
            ("position", Int),
            ("publisher", Text),
            ("headline", Text),
            ("published", Text),
            ("url", Text),
        ],
        order: "id",
        only: "",
    },
    Table {
        name: "positions",
        columns: &[
            ("event_id", Int),
            ("position", Int),
            ("actor", Text),
            ("court", Text),
            ("lang", Text),
            ("words_en", Text),
            ("words_ko", Text),
            ("words_ja", Text),
            ("publisher", Text),
            ("headline", Text),
            ("published", Text),
            ("url", Text),
        ],
        order: "event_id, position",
        only: "",
    },
    Table {
        name: "related_events",
        columns: &[("event_id", Int), ("related_id", Int)],
        order: "event_id, related_id",
        only: "",
    },
    Table {
        name: "revisions",
        columns: &[
            ("event_id", Int),
            ("number", Int),
            ("version", Int),
            ("content", Text),
            ("retired", Flag),
            ("editor", Text),
            ("note", Text),
            ("restores", Int),
            ("created_at", Text),
            ("correction", Flag),
        ],
        order: "event_id, number",
        only: "",
    },
    Table {
        name: "editors",
        columns: &[
            ("id", Int),
            ("username", Text),
            ("password_hash", Text),
            ("created_at", Text),
            ("updated_at", Text),
        ],
        order: "id",
        only: "",
    },
    Table {
        name: "sessions",
        columns: &[
            ("token_digest", Text),
            ("editor_id", Int),
            ("created_at", Int),
            ("last_seen_at", Int),
        ],
        order: "token_digest",
        only: "",
    },
    Table {
        name: "known_devices",
        columns: &[
            ("token_digest", Text),
            ("editor_id", Int),
            ("signed_in_at", Int),
        ],
        order: "token_digest",
        only: "",
    },
    Table {
        name: "audit_log",
        columns: &[
            ("id", Int),
            ("at", Int),
            ("username", Text),
            ("address", Text),
            ("action", Text),
            ("event_id", Int),
            ("before", Text),
            ("after", Text),
        ],
        order: "id",
        only: "",
    },
    Table {
        name: "reports",
        columns: &[
            ("id", Int),
            ("reference", Text),
            ("event_id", Int),
            ("lang", Text),
            ("what", Text),
            ("source", Text),
            ("email", Text),
            ("address_digest", Text),
            ("received_at", Int),
            ("state", Text),
            ("reply", Text),
            ("answered_by", Text),
            ("answered_at", Int),
        ],
        order: "id",
        only: "",
    },
    Table {
        name: "app_state",
        columns: &[("key", Text), ("value", Text)],
        order: "key",
        only: "key = 'seeded_at'",
    },
];

/// The tables whose ids PostgreSQL hands out, to go on after the largest copied.
const NUMBERED: [&str; 4] = ["sources", "editors", "audit_log", "reports"];

/// Rows per INSERT statement, well within PostgreSQL's 65,535 bound parameters.
const ROWS_PER_INSERT: usize = 1000;

/// One value of a row, as both engines hold it.
#[derive(Clone, Debug, PartialEq)]
enum Cell {
    Int(Option<i64>),
    Flag(bool),
    Text(Option<String>),
}

impl Cell {
    /// Writes the value to the hash unambiguously: a tag, then the value with its length.
    fn hash_into(&self, hash: &mut Sha256) {
        match self {
            Cell::Int(None) | Cell::Text(None) => hash.update(b"n"),
            Cell::Int(Some(n)) => hash.update(format!("i{n};")),
            Cell::Flag(on) => hash.update(if *on { b"t" } else { b"f" }),
            Cell::Text(Some(text)) => {
                hash.update(format!("s{}:", text.len()));
                hash.update(text.as_bytes());
            }
        }
    }
}

/// A table's rows counted and hashed, in its order.
#[derive(Debug, PartialEq)]
struct Tally {
    rows: u64,
    hash: [u8; 32],
}

fn select(table: &Table, collate: &str) -> String {
    let columns: Vec<&str> = table.columns.iter().map(|(name, _)| *name).collect();
    let order: Vec<String> = table
        .order
        .split(", ")
        .map(
            |key| match table.columns.iter().find(|(name, _)| *name == key) {
                Some((_, Text)) => format!("{key}{collate}"),
                _ => key.to_owned(),
            },
        )
        .collect();
    let only = if table.only.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", table.only)
    };
    format!(
        "SELECT {} FROM {}{only} ORDER BY {}",
        columns.join(", "),
        table.name,
        order.join(", ")
    )
}

fn cells<R: Row>(table: &Table, row: &R) -> sqlx::Result<Vec<Cell>>
where
    for<'r> Option<i64>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> bool: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    for<'r> Option<String>: sqlx::Decode<'r, R::Database> + sqlx::Type<R::Database>,
    usize: sqlx::ColumnIndex<R>,
{
    table
        .columns
        .iter()
        .enumerate()
        .map(|(at, (_, kind))| {
            Ok(match kind {
                Int => Cell::Int(row.try_get(at)?),
                Flag => Cell::Flag(row.try_get(at)?),
                Text => Cell::Text(row.try_get(at)?),
            })
        })
        .collect()
}

/// Copies a table's rows from SQLite into PostgreSQL, returning what was read.
async fn copy(
    table: &Table,
    from: &mut SqliteConnection,
    to: &mut PgConnection,
) -> anyhow::Result<Tally> {
    let sql = select(table, "");
    let mut rows = sqlx::query(&sql).fetch(&mut *from);
    let mut hash = Sha256::new();
    let mut count = 0;
    let mut batch: Vec<Vec<Cell>> = Vec::with_capacity(ROWS_PER_INSERT);
    loop {
        let row = rows.try_next().await?;
        if let Some(row) = &row {
            let row = cells(table, row)?;
            row.iter().for_each(|cell| cell.hash_into(&mut hash));
            hash.update(b"\n");
            count += 1;
            batch.push(row);
        }
        if batch.len() == ROWS_PER_INSERT || (row.is_none() && !batch.is_empty()) {
            insert(table, &batch, to).await?;
            batch.clear();
        }
        if row.is_none() {
            break;
        }
    }
    Ok(Tally {
        rows: count,
        hash: hash.finalize().into(),
    })
}

async fn insert(table: &Table, rows: &[Vec<Cell>], to: &mut PgConnection) -> sqlx::Result<()> {
    let columns: Vec<&str> = table.columns.iter().map(|(name, _)| *name).collect();
    let mut query = QueryBuilder::new(format!(
        "INSERT INTO {} ({}) ",
        table.name,
        columns.join(", ")
    ));
    query.push_values(rows, |mut values, row| {
        for cell in row {
            match cell {
                Cell::Int(n) => values.push_bind(*n),
                Cell::Flag(on) => values.push_bind(*on),
                Cell::Text(text) => values.push_bind(text.clone()),
            };
        }
    });
    query.build().execute(to).await?;
    Ok(())
}

/// A table's rows as PostgreSQL holds them, counted and hashed as `copy` did the source's.
async fn tally(table: &Table, on: &mut PgConnection) -> anyhow::Result<Tally> {
    let sql = select(table, " COLLATE \"C\"");
    let mut rows = sqlx::query(&sql).fetch(on);
    let mut hash = Sha256::new();
    let mut count = 0;
    while let Some(row) = rows.try_next().await? {
        cells(table, &row)?
            .iter()
            .for_each(|cell| cell.hash_into(&mut hash));
        hash.update(b"\n");
        count += 1;
    }
    Ok(Tally {
        rows: count,
        hash: hash.finalize().into(),
    })
}

/// Moves the SQLite database `from` into the PostgreSQL database `to`, which must hold no
/// data yet; reports what it copied once the copy is verified and committed.
pub(crate) async fn move_from_sqlite(from: &Sqlite, to: &Postgres) -> anyhow::Result<Moved> {
    let mut target = to.pool.begin().await?;
    // Servers on the target wait until the move is done; a second move finds it full.
    sqlx::query("SELECT pg_advisory_xact_lock($1)")
        .bind(super::WRITE_LOCK)
        .execute(&mut *target)
        .await?;
    let occupied: bool = sqlx::query_scalar(
        "SELECT EXISTS (SELECT 1 FROM events) OR EXISTS (SELECT 1 FROM editors) \
         OR EXISTS (SELECT 1 FROM audit_log) \
         OR EXISTS (SELECT 1 FROM app_state WHERE key = 'seeded_at')",
    )
    .fetch_one(&mut *target)
    .await?;
    if occupied {
        anyhow::bail!(
            "the PostgreSQL database already holds events, accounts or a seed; a move goes \
             into an empty database only, so nothing was copied"
        );
    }
    // One read transaction: the source may be in use, and every table is read as of one
    // moment.
    let mut source = from.pool().begin().await?;
    let mut tables = Vec::new();
    let mut content = Sha256::new();
    for table in TABLES {
        let read = copy(table, &mut source, &mut target).await?;
        let written = tally(table, &mut target).await?;
        if written != read {
            anyhow::bail!(
                "{}: {} rows read but {} found in PostgreSQL, or their content differs; \
                 nothing was copied",
                table.name,
                read.rows,
                written.rows
            );
        }
        content.update(table.name);
        content.update(read.hash);
        tables.push((table.name, read.rows));
    }
    source.rollback().await?;
    for table in NUMBERED {
        sqlx::query(&format!(
            "SELECT setval(pg_get_serial_sequence('{table}', 'id'), coalesce(max(id), 1), \
             max(id) IS NOT NULL) FROM {table}"
        ))
        .execute(&mut *target)
        .await?;
    }
    let ids: (Option<i64>, Option<i64>) = sqlx::query_as("SELECT min(id), max(id) FROM events")
        .fetch_one(&mut *target)
        .await?;
    if let (Some(first), Some(last)) = ids {
        index_for_search(
            &mut target,
            EventId::try_from(first)?,
            EventId::try_from(last)?,
        )
        .await?;
    }
    target.commit().await?;
    Ok(Moved {
        tables,
        content_hash: content
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect(),
    })
}
