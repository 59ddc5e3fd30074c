//! The PostgreSQL connection pool and its migrations.

use sqlx::PgPool;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use std::str::FromStr;
use std::time::Duration;

/// Whether `url` names a PostgreSQL database (both of libpq's schemes are taken).
pub(crate) fn is_postgres_url(url: &str) -> bool {
    url.starts_with("postgres://") || url.starts_with("postgresql://")
}

/// What each connection is called in `pg_stat_activity`, so operators can tell the app's.
pub(super) const APPLICATION_NAME: &str = "korea-japan-timeline";

pub(super) fn connect_options(url: &str) -> anyhow::Result<PgConnectOptions> {
    Ok(PgConnectOptions::from_str(url)?.application_name(APPLICATION_NAME))
}

/// Connects, checks that the database can hold the site's languages, and migrates it (the
/// migrator holds a lock meanwhile, so servers starting together take turns).
pub(super) async fn open_pool(url: &str) -> anyhow::Result<PgPool> {
    let pool = PgPoolOptions::new()
        .max_connections(16)
        .acquire_timeout(Duration::from_secs(5))
        .connect_with(connect_options(url)?)
        .await?;
    let encoding: String = sqlx::query_scalar("SHOW server_encoding")
        .fetch_one(&pool)
        .await?;
    if encoding != "UTF8" {
        anyhow::bail!(
            "the database's encoding is {encoding}; create it with ENCODING 'UTF8' \
             (e.g. createdb --encoding=UTF8 --locale=C.UTF-8 --template=template0 timeline)"
        );
    }
    let ctype: String = sqlx::query_scalar("SHOW lc_ctype").fetch_one(&pool).await?;
    if matches!(ctype.as_str(), "C" | "POSIX") {
        // pg_trgm takes only ASCII letters for word characters under the C locale.
        tracing::warn!(
            "the database's LC_CTYPE is {ctype}: searches for Korean and Japanese words \
             cannot use the trigram indexes; create it with a UTF-8 locale such as C.UTF-8"
        );
    }
    sqlx::migrate!("migrations/postgres").run(&pool).await?;
    Ok(pool)
}
