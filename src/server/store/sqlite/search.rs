//! The filter's conditions in SQL, and how a search finds its matches.

use crate::model::{Actor, EventId, Filter};
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

/// Whether a character is written in Korean or Japanese script (Hangul, kana, CJK ideographs).
pub(super) fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3040}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7A3}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF66}'..='\u{FF9F}')
}

/// A text's Korean and Japanese runs with every character doubled, other text as spaces
/// between them: "FTA 수출 규제" is " 수수출출 규규제제" (see the `event_pairs` migration).
pub(super) fn doubled(text: &str) -> String {
    let mut pairs = String::with_capacity(text.len() * 2);
    let mut gap = false;
    for c in text.chars() {
        if is_cjk(c) {
            pairs.push(c);
            pairs.push(c);
            gap = false;
        } else if !gap {
            pairs.push(' ');
            gap = true;
        }
    }
    pairs
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn korean_and_japanese_runs_are_doubled_and_the_rest_is_a_gap() {
        assert_eq!(doubled("FTA 수출 규제"), " 수수출출 규규제제");
        assert_eq!(doubled("輸出規制（2019年）"), "輸輸出出規規制制 年年 ");
        assert_eq!(doubled("GSOMIA"), " ");
        // A doubled word occurs in a doubled text only where the word does.
        assert!(doubled("한일 수출 규제").contains(&doubled("수출").trim().to_owned()));
        assert!(!doubled("수수 출출").contains(doubled("수출").trim()));
        assert!(is_cjk('가') && is_cjk('カ') && is_cjk('漢') && !is_cjk('A') && !is_cjk('—'));
    }
}
