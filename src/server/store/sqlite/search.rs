//! The filter's conditions in SQL, and how a search finds its matches.

use crate::model::{Actor, EventId, Filter};
use crate::server::store::words::{doubled, is_cjk};
use sqlx::{QueryBuilder, Sqlite};

/// How to find the events a search selects.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum SearchPlan {
    /// Visit each match and sort them: best when matches are few.
    FromMatches,
    /// Walk events in date order, keeping matches: best when they are many and only the
    /// first page is wanted.
    InDateOrder,
}

/// Appends the filter's conditions to a query over `events e`.
pub(super) fn push_filter(query: &mut QueryBuilder<'_, Sqlite>, filter: &Filter, plan: SearchPlan) {
    if !filter.categories.is_empty() {
        query.push(" AND e.category IN (");
        let mut list = query.separated(", ");
        for category in &filter.categories {
            list.push_bind(category.code());
        }
        query.push(")");
    }
    if !filter.actors.is_empty() {
        // Any of them: checked from the event's set of actors, which the indexes carry.
        query
            .push(" AND (e.actor_bits & ")
            .push_bind(Actor::bits(&filter.actors))
            .push(") <> 0");
    }
    // A period overlapping the range counts: colonial rule is in `from=1920&to=1930`.
    if let Some(from) = filter.from {
        query
            .push(" AND e.last_day >= ")
            .push_bind(from.first_day_iso());
    }
    if let Some(to) = filter.to {
        query
            .push(" AND e.first_day <= ")
            .push_bind(to.last_day_iso());
    }
    if filter.disputed {
        // Positions from two sides or more (`is_disputed`).
        query.push(
            " AND e.id IN (SELECT event_id FROM positions GROUP BY event_id \
             HAVING count(DISTINCT actor) >= 2)",
        );
    }
    // The trigram index finds words of three characters or more anywhere in the text,
    // ignoring case; shorter words (common in Korean) need a scan.
    let (long, short): (Vec<&str>, Vec<&str>) = filter
        .words()
        .into_iter()
        .partition(|word| word.chars().count() >= 3);
    if !long.is_empty() {
        let phrases: Vec<String> = long
            .iter()
            .map(|word| format!("\"{}\"", word.replace('"', "\"\"")))
            .collect();
        // A unary + keeps SQLite from driving the query by the matches.
        query.push(match plan {
            SearchPlan::FromMatches => " AND e.id IN ",
            SearchPlan::InDateOrder => " AND +e.id IN ",
        });
        query
            .push("(SELECT rowid FROM event_search WHERE event_search MATCH ")
            .push_bind(phrases.join(" "))
            .push(")");
    }
    for word in short {
        if word.chars().count() == 2 && word.chars().all(is_cjk) {
            // A two-character Korean or Japanese word, as the pairs index holds it.
            query.push(match plan {
                SearchPlan::FromMatches => " AND e.id IN ",
                SearchPlan::InDateOrder => " AND +e.id IN ",
            });
            query
                .push("(SELECT rowid FROM event_pairs WHERE event_pairs MATCH ")
                .push_bind(format!("\"{}\"", doubled(word)))
                .push(")");
            continue;
        }
        // A scan of the search text. It reads FTS5's own table of the indexed text
        // (`<table>_content`, column `c0`), a plain table: far quicker to scan than the
        // virtual table. SQLite's lower() folds ASCII only, as the highlighting does.
        query
            .push(" AND e.id IN (SELECT id FROM event_search_content WHERE instr(lower(c0), lower(")
            .push_bind(word.to_owned())
            .push(")) > 0)");
    }
}

/// Appends `(?, ?, …)`; an empty list selects nothing.
pub(super) fn push_ids(query: &mut QueryBuilder<'_, Sqlite>, ids: &[EventId]) {
    query.push("(");
    if ids.is_empty() {
        query.push("NULL");
    }
    let mut list = query.separated(", ");
    for id in ids {
        list.push_bind(*id);
    }
    query.push(")");
}
