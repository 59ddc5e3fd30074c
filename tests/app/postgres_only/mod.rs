//! What only PostgreSQL does: listening for other servers' changes, and moving a SQLite
//! database in. These need the suite to run on PostgreSQL: `make test-rust` runs them in its
//! PostgreSQL run and leaves them out (`--skip postgres_only::`) of its SQLite one.

mod listening;
mod moving;
mod proxy;
mod upgrading;

use crate::support::TestApp;

/// A test app on a copy of the seeded database, on PostgreSQL.
async fn app_on_postgres() -> TestApp {
    let app = TestApp::new().await;
    assert!(
        app.state.store.is_postgres(),
        "these tests need TEST_DATABASE_URL (make test-rust starts a PostgreSQL server)"
    );
    app
}

/// The connections listening for changes on the database at `url`, by the process id
/// `pg_stat_activity` gives each (its query is the `LISTEN` it last ran).
async fn listening_backends(url: &str) -> Vec<i32> {
    use sqlx::Connection;
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let pids = sqlx::query_scalar(
        "SELECT pid FROM pg_stat_activity \
         WHERE datname = current_database() AND query LIKE 'LISTEN %'",
    )
    .fetch_all(&mut conn)
    .await
    .unwrap();
    conn.close().await.unwrap();
    pids
}
