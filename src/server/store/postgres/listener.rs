//! Following the data generation on PostgreSQL, so that a change saved through any server
//! reaches every other server's caches within a second: a connection of its own `LISTEN`s
//! for the generation each write announces (`bump_generation` in the migration), and a
//! poll reads it every half second besides, since notifications are lost while that
//! connection is down (launchbadge/sqlx#447) and some proxies cannot carry them at all.
//! Whenever the listening connection drops or comes back, everything kept is treated as
//! changed.

use super::Postgres;
use super::db::connect_options;
use crate::server::store::Published;
use crate::server::store::contract::EventReads;
use sqlx::PgPool;
use sqlx::postgres::{PgListener, PgNotification, PgPoolOptions};
use std::sync::Arc;
use std::time::Duration;
use tokio::time::MissedTickBehavior;

/// The channel writes announce the new generation on.
const CHANNEL: &str = "data_generation";
/// What the listening connection is called in `pg_stat_activity`.
pub(crate) const LISTENER_NAME: &str = "korea-japan-timeline listener";
/// How often the generation is read, whatever the listener hears.
const POLL: Duration = Duration::from_millis(500);
/// How long a generation read or heard is taken as current: two polls. If the poll stops
/// (the database is unreachable), requests read it themselves again.
pub(crate) const FOLLOWED_FRESH: Duration = Duration::from_secs(1);

/// Follows the generation of the database at `url` into `published`, until the engine's
/// pool is closed. Listening has begun (or failed, and is retried) when this returns.
pub(crate) async fn follow(
    db: Postgres,
    url: &str,
    published: Arc<Published>,
) -> anyhow::Result<()> {
    // A pool of one connection, apart from the app's, so that listening never waits for
    // (nor holds) a connection readers need.
    let listening = PgPoolOptions::new()
        .max_connections(1)
        .connect_lazy_with(connect_options(url)?.application_name(LISTENER_NAME));
    let mut listener = listen(&listening)
        .await
        .inspect_err(|err| tracing::warn!(error = %err, "cannot listen for changes; polling"))
        .ok();
    tokio::spawn(async move {
        let mut poll = tokio::time::interval(POLL);
        poll.set_missed_tick_behavior(MissedTickBehavior::Delay);
        let closed = db.pool.close_event();
        tokio::pin!(closed);
        while !db.pool.is_closed() {
            if listener.is_none() {
                match listen(&listening).await {
                    Ok(again) => {
                        tracing::info!("listening for changes again");
                        listener = Some(again);
                        // Whatever was announced while no one listened went unheard, and
                        // may be kept already.
                        published.flush();
                    }
                    // Tried again at the next poll.
                    Err(err) => tracing::debug!(error = %err, "cannot listen for changes"),
                }
            }
            tokio::select! {
                heard = next(&mut listener) => match heard {
                    Ok(Some(notification)) => match notification.payload().parse() {
                        Ok(generation) => {
                            published.publish(generation);
                        }
                        Err(_) => tracing::warn!(
                            payload = notification.payload(),
                            "an announcement on {CHANNEL} that is not a generation"
                        ),
                    },
                    Ok(None) | Err(_) => {
                        tracing::warn!("the connection listening for changes was lost; polling");
                        listener = None;
                        published.flush();
                    }
                },
                _ = poll.tick() => match db.generation().await {
                    Ok(generation) => {
                        published.publish(generation);
                    }
                    Err(err) => tracing::debug!(error = %err, "could not read the generation"),
                },
                () = &mut closed => {}
            }
        }
        // The listener holds the pool's one connection, which closing the pool waits for.
        drop(listener);
        listening.close().await;
    });
    Ok(())
}

/// A connection listening on the channel.
async fn listen(pool: &PgPool) -> sqlx::Result<PgListener> {
    let mut listener = PgListener::connect_with(pool).await?;
    listener.listen(CHANNEL).await?;
    Ok(listener)
}

/// The next announcement; never, while there is no listener.
async fn next(listener: &mut Option<PgListener>) -> sqlx::Result<Option<PgNotification>> {
    match listener {
        Some(listener) => listener.try_recv().await,
        None => std::future::pending().await,
    }
}
