//! The curated seed data, written into a new database exactly once.

use super::store::{self, NewEvent};
use crate::model::{Actor, Category, DateSpan, EventDate, EventId, PartialDate, Source};
use serde::Deserialize;
use sqlx::SqlitePool;
use std::collections::HashMap;

const SEED_JSON: &str = include_str!("../../seed/events.json");

/// One entry of `seed/events.json`. `ref` numbers tie related events together.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedEvent {
    #[serde(rename = "ref")]
    key: u32,
    title: String,
    summary: String,
    body: Option<String>,
    start: PartialDate,
    #[serde(default)]
    start_circa: bool,
    end: Option<PartialDate>,
    category: Category,
    actors: Vec<Actor>,
    sources: Vec<Source>,
    #[serde(default)]
    related: Vec<u32>,
}

#[derive(Debug, thiserror::Error)]
pub enum SeedError {
    #[error("seed/events.json is not valid: {0}")]
    Json(#[from] serde_json::Error),
    #[error("seed event {key}: {problem}")]
    Invalid { key: u32, problem: String },
    #[error(transparent)]
    Store(#[from] store::StoreError),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

struct Seed {
    events: Vec<(u32, NewEvent)>,
    links: Vec<(u32, u32)>,
}

fn parse() -> Result<Seed, SeedError> {
    let entries: Vec<SeedEvent> = serde_json::from_str(SEED_JSON)?;
    let keys: Vec<u32> = entries.iter().map(|e| e.key).collect();
    let mut events = Vec::with_capacity(entries.len());
    let mut links = Vec::new();
    for entry in entries {
        let invalid = |problem: &str| SeedError::Invalid {
            key: entry.key,
            problem: problem.to_owned(),
        };
        let start = EventDate {
            date: entry.start,
            circa: entry.start_circa,
        };
        let when = DateSpan::new(start, entry.end.map(EventDate::exact))
            .map_err(|e| invalid(&e.to_string()))?;
        if entry.actors.is_empty() || entry.sources.is_empty() {
            return Err(invalid("needs at least one actor and one source"));
        }
        for &other in &entry.related {
            if other == entry.key || !keys.contains(&other) {
                return Err(invalid(&format!("related event {other} does not exist")));
            }
            links.push((entry.key, other));
        }
        events.push((
            entry.key,
            NewEvent {
                title: entry.title,
                summary: entry.summary,
                body: entry.body,
                when,
                category: entry.category,
                actors: entry.actors,
                sources: entry.sources,
            },
        ));
    }
    Ok(Seed { events, links })
}

/// Writes the seed data unless it went in before, even if editors have since changed or
/// removed it. Returns whether it wrote anything.
pub async fn seed_once(pool: &SqlitePool) -> Result<bool, SeedError> {
    let seed = parse()?;
    // IMMEDIATE takes the write lock first, so two servers starting at once can't both seed.
    let mut tx = pool.begin_with("BEGIN IMMEDIATE").await?;
    let seeded: Option<String> =
        sqlx::query_scalar("SELECT value FROM app_state WHERE key = 'seeded_at'")
            .fetch_optional(&mut *tx)
            .await?;
    if seeded.is_some() {
        return Ok(false);
    }
    let (keys, events): (Vec<u32>, Vec<NewEvent>) = seed.events.into_iter().unzip();
    let ids = store::insert_events(&mut tx, &events).await?;
    let ids: HashMap<u32, EventId> = keys.into_iter().zip(ids).collect();
    for (a, b) in seed.links {
        store::relate_events(&mut tx, ids[&a], ids[&b]).await?;
    }
    sqlx::query("INSERT INTO app_state (key, value) VALUES ('seeded_at', ?)")
        .bind(chrono::Utc::now().to_rfc3339())
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_seed_data_is_valid() {
        let seed = parse().expect("seed/events.json parses and validates");
        assert!(seed.events.len() >= 40, "{} events", seed.events.len());
        assert!(!seed.links.is_empty());
    }
}
