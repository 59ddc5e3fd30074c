//! The queries that complete events read as rows (`store::rows`) with their actors and
//! sources, for all of them at once.

use super::search::push_ids;
use crate::model::{Actor, Event, EventId, Position, Source};
use crate::server::store::StoreResult;
use crate::server::store::rows::{
    EventRow, POSITION_COLUMNS, actors_by_event, positions_by_event, sources_by_event,
};
use sqlx::{QueryBuilder, SqlitePool};
use std::collections::HashMap;

/// Whole events from their rows: each with its actors, sources and positions, read for all
/// at once.
pub(super) async fn complete(pool: &SqlitePool, rows: Vec<EventRow>) -> StoreResult<Vec<Event>> {
    let ids: Vec<EventId> = rows.iter().map(|row| row.id).collect();
    let mut actors = actors_of(pool, &ids).await?;
    let mut sources = sources_of(pool, &ids).await?;
    let mut positions = positions_of(pool, &ids).await?;
    rows.into_iter()
        .map(|row| {
            let actors = actors.remove(&row.id).unwrap_or_default();
            let sources = sources.remove(&row.id).unwrap_or_default();
            let positions = positions.remove(&row.id).unwrap_or_default();
            row.into_event(actors, sources, positions)
        })
        .collect()
}

/// The actors of these events, each event's in their given order.
pub(super) async fn actors_of(
    conn: impl sqlx::SqliteExecutor<'_>,
    ids: &[EventId],
) -> StoreResult<HashMap<EventId, Vec<Actor>>> {
    let mut query =
        QueryBuilder::new("SELECT event_id, actor FROM event_actors WHERE event_id IN ");
    push_ids(&mut query, ids);
    query.push(" ORDER BY event_id, position");
    actors_by_event(query.build_query_as().fetch_all(conn).await?)
}

/// The sources of these events, each event's in their given order.
pub(super) async fn sources_of(
    conn: impl sqlx::SqliteExecutor<'_>,
    ids: &[EventId],
) -> StoreResult<HashMap<EventId, Vec<Source>>> {
    let mut query = QueryBuilder::new(
        "SELECT event_id, publisher, headline, published, url FROM sources WHERE event_id IN ",
    );
    push_ids(&mut query, ids);
    query.push(" ORDER BY event_id, position");
    sources_by_event(query.build_query_as().fetch_all(conn).await?)
}

/// The positions of these events, each event's in their given order.
pub(super) async fn positions_of(
    conn: impl sqlx::SqliteExecutor<'_>,
    ids: &[EventId],
) -> StoreResult<HashMap<EventId, Vec<Position>>> {
    let mut query = QueryBuilder::new(format!(
        "{POSITION_COLUMNS} FROM positions WHERE event_id IN "
    ));
    push_ids(&mut query, ids);
    query.push(" ORDER BY event_id, position");
    positions_by_event(query.build_query_as().fetch_all(conn).await?)
}
