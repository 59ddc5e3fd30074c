//! The filter's conditions in SQL, and how a search finds its matches: the PostgreSQL twin
//! of `sqlite/search.rs`. PostgreSQL's planner knows how common a word is from the trigram
//! index itself, so there is one plan, where SQLite is told which to take.

use crate::model::{Actor, EventId, Filter};
use crate::server::store::words::{doubled, is_cjk};
use sqlx::{Postgres, QueryBuilder};

/// Appends the filter's conditions to a query over `events e`.
pub(super) fn push_filter(query: &mut QueryBuilder<'_, Postgres>, filter: &Filter) {
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
    // ignoring case; shorter words (common in Korean) are found by a scan of it.
    for word in filter.words() {
        if word.chars().count() == 2 && word.chars().all(is_cjk) {
            // A two-character Korean or Japanese word, as the pairs column holds it.
            query
                .push(" AND e.id IN (SELECT event_id FROM event_search WHERE pairs LIKE ")
                .push_bind(containing(&doubled(word)))
                .push(")");
        } else {
            query
                .push(" AND e.id IN (SELECT event_id FROM event_search WHERE text ILIKE ")
                .push_bind(containing(word))
                .push(")");
        }
    }
}

/// A LIKE pattern matching text that contains `word`, its wildcards taken as themselves.
fn containing(word: &str) -> String {
    let escaped = word
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

/// Appends `($1, $2, …)`; an empty list selects nothing.
pub(super) fn push_ids(query: &mut QueryBuilder<'_, Postgres>, ids: &[EventId]) {
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

#[cfg(test)]
mod tests {
    use super::containing;

    #[test]
    fn wildcards_typed_in_a_word_are_searched_for_as_themselves() {
        assert_eq!(containing("수출"), "%수출%");
        assert_eq!(containing("100%_a\\b"), "%100\\%\\_a\\\\b%");
    }
}
