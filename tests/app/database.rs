//! The tests' databases: each test's own, on SQLite or (with `TEST_DATABASE_URL`) on a
//! PostgreSQL server, copied from one seeded once per run.

use crate::support::config_for;
use korea_japan_timeline::server::prepare;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use tempfile::TempDir;

/// The PostgreSQL server the tests run on, if `TEST_DATABASE_URL` names one (a superuser's
/// URL: each test makes a database of its own there); else they run on SQLite.
/// `scripts/with-postgres.sh` starts a server and sets it, as `make test-rust` does.
fn postgres_server() -> Option<&'static str> {
    static SERVER: OnceLock<Option<String>> = OnceLock::new();
    SERVER
        .get_or_init(|| std::env::var("TEST_DATABASE_URL").ok())
        .as_deref()
}

/// A database of one test's own, on the engine the tests run on, gone with it.
pub struct TestDatabase {
    pub url: String,
    kept: Kept,
}

enum Kept {
    /// The folder holding the SQLite file.
    Folder { _dir: TempDir },
    /// A database on the PostgreSQL server, by name.
    Postgres(String),
    /// Another's database, which goes with its owner.
    Shared,
}

impl TestDatabase {
    /// An empty database: the app migrates and seeds it as it starts.
    pub async fn empty() -> Self {
        match postgres_server() {
            Some(server) => Self::postgres(server, "template0").await,
            None => Self::sqlite_in(tempfile::tempdir().unwrap()),
        }
    }

    /// An empty database on the PostgreSQL server, whatever engine the tests run on.
    pub async fn empty_postgres() -> Self {
        let server = postgres_server().expect("TEST_DATABASE_URL names no PostgreSQL server");
        Self::postgres(server, "template0").await
    }

    /// A copy of the database seeded once per run.
    pub async fn seeded() -> Self {
        match postgres_server() {
            Some(server) => Self::postgres(server, seeded_postgres_template()).await,
            None => {
                let dir = tempfile::tempdir().unwrap();
                std::fs::write(dir.path().join("timeline.db"), seeded_template()).unwrap();
                Self::sqlite_in(dir)
            }
        }
    }

    /// The database at `url`, which another test database holds.
    pub(crate) fn shared(url: &str) -> Self {
        Self {
            url: url.to_owned(),
            kept: Kept::Shared,
        }
    }

    /// `timeline.db` in `dir`, as it is.
    pub fn sqlite_in(dir: TempDir) -> Self {
        Self {
            url: format!("sqlite://{}/timeline.db", dir.path().display()),
            kept: Kept::Folder { _dir: dir },
        }
    }

    /// A new database on the server, copied from `template`: PostgreSQL copies a seeded
    /// database faster than the app seeds one.
    async fn postgres(server: &str, template: &str) -> Self {
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let name = format!(
            "test_{}_{}",
            std::process::id(),
            MADE.fetch_add(1, Ordering::Relaxed)
        );
        admin_sql(
            server,
            &format!("CREATE DATABASE {name} TEMPLATE {template} ENCODING 'UTF8'"),
        )
        .await;
        Self {
            url: database_on(server, &name),
            kept: Kept::Postgres(name),
        }
    }
}

impl Drop for TestDatabase {
    fn drop(&mut self) {
        if let (Kept::Postgres(name), Some(server)) = (&self.kept, postgres_server()) {
            // FORCE ends the test's connections, which may outlive it by a moment. The test
            // need not wait: a database the run ends before dropping goes with the server.
            let sql = format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)");
            std::thread::spawn(move || {
                on_own_runtime(move || async move { admin_sql(server, &sql).await })
            });
        }
    }
}

/// The URL of database `name` on the server `server` names.
fn database_on(server: &str, name: &str) -> String {
    let (base, _) = server.rsplit_once('/').expect("a URL with a database");
    format!("{base}/{name}")
}

/// Runs a statement on the server's own database, as its superuser.
async fn admin_sql(server: &str, sql: &str) {
    use sqlx::{Connection, Executor};
    let mut conn = sqlx::PgConnection::connect(server)
        .await
        .unwrap_or_else(|e| panic!("cannot reach TEST_DATABASE_URL: {e}"));
    conn.execute(sql)
        .await
        .unwrap_or_else(|e| panic!("{sql}: {e}"));
    conn.close().await.unwrap();
}

/// Runs a future to its end on a runtime of its own, on a thread of its own: the tests'
/// runtimes must not run another inside them.
fn on_own_runtime<F, T>(make: impl FnOnce() -> F + Send + 'static) -> T
where
    F: std::future::Future<Output = T>,
    T: Send + 'static,
{
    std::thread::spawn(|| {
        tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(make())
    })
    .join()
    .unwrap()
}

/// The name of a database made, migrated and seeded once per test run on the PostgreSQL
/// server, which every test gets a copy of. It stays there: the server is a throw-away one.
fn seeded_postgres_template() -> &'static str {
    static TEMPLATE: OnceLock<String> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        let server = postgres_server().expect("a PostgreSQL server");
        let name = format!("template_{}", std::process::id());
        on_own_runtime(move || async move {
            admin_sql(server, &format!("CREATE DATABASE {name} ENCODING 'UTF8'")).await;
            let config = config_for(database_on(server, &name));
            let state = prepare(&config).await.expect("the app starts");
            state.store.close().await;
            // Copying waits (up to 5 s) for every connection to the template to end.
            admin_sql(
                server,
                &format!(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
                     WHERE datname = '{name}'"
                ),
            )
            .await;
            name
        })
    })
}

/// A SQLite database made, migrated and seeded once per test run, which every test on
/// SQLite gets a copy of: seeding the curated events takes longer than most tests.
pub fn seeded_template() -> &'static [u8] {
    static TEMPLATE: OnceLock<Vec<u8>> = OnceLock::new();
    TEMPLATE.get_or_init(|| {
        on_own_runtime(|| async {
            let dir = tempfile::tempdir().unwrap();
            let url = format!("sqlite://{}/timeline.db", dir.path().display());
            let state = prepare(&config_for(url)).await.expect("the app starts");
            let copy = dir.path().join("template.db");
            state.store.backup(&copy).await.unwrap();
            state.store.close().await;
            std::fs::read(copy).unwrap()
        })
    })
}
