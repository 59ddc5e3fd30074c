//! What only PostgreSQL does: listening for other servers' changes, and moving a SQLite
//! database in. These need the suite to run on PostgreSQL: `make test-rust` runs them in its
//! PostgreSQL run and leaves them out (`--skip postgres_only::`) of its SQLite one.

mod listening;
mod moving;
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
