//! What readers narrow the timeline to, as written in the query string of `/` and
//! `/api/events`: `q`, `category` and `actor` (both repeatable), `from`, `to` and `disputed`.

use super::{Actor, Category, PartialDate};
use serde::{Deserialize, Serialize};
use std::fmt;
use strum::{Display, EnumString, IntoStaticStr};

/// Longest search text, in characters.
pub const MAX_QUERY_CHARS: usize = 200;

/// A valid filter: it can only be made by parsing, or from its parts, which are valid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Filter {
    /// Words that must all appear (case-insensitively) in the event or its sources.
    pub text: Option<String>,
    pub categories: Vec<Category>,
    pub actors: Vec<Actor>,
    /// Inclusive: `from=2019` starts at 1 January 2019.
    pub from: Option<PartialDate>,
    /// Inclusive: `to=2019` runs to 31 December 2019.
    pub to: Option<PartialDate>,
    /// Only events with positions from two sides or more (`disputed=1`).
    pub disputed: bool,
}

/// A query-string parameter of the filter (and the API's `lang`, read beside it): the one
/// place their names are spelled.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum FilterField {
    Q,
    Category,
    Actor,
    From,
    To,
    Disputed,
    /// The language asked for (the API's `lang`).
    Lang,
}

impl FilterField {
    /// The parameter's name in a query string.
    pub fn name(self) -> &'static str {
        self.into()
    }
}

/// A parameter the filter could not apply: which, and what was wrong with it, both as a
/// sentence for the API's callers and as a kind pages word in their reader's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FilterError {
    pub field: FilterField,
    pub message: String,
    pub problem: FilterProblem,
}

/// What was wrong with a parameter, with the text it was about.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FilterProblem {
    SearchTooLong,
    SearchControlCharacter,
    UnknownCategory(String),
    UnknownActor(String),
    NotADate(String),
    EndsBeforeStart {
        from: String,
        to: String,
    },
    /// A value of `disputed` other than 1 (or 0, no filter).
    NotAFlag(String),
    UnknownLanguage(String),
}

impl fmt::Display for FilterError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

/// Every problem found in a query string, so that all can be shown at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
pub struct FilterErrors(pub Vec<FilterError>);

impl Filter {
    /// Parses decoded query parameters. Empty values count as absent (an empty form field);
    /// unknown parameters are ignored, as links often carry tracking tags.
    pub fn from_pairs<K, V>(pairs: impl IntoIterator<Item = (K, V)>) -> Result<Self, FilterErrors>
    where
        K: AsRef<str>,
        V: AsRef<str>,
    {
        let mut filter = Filter::default();
        let mut errors = Vec::new();
        for (key, value) in pairs {
            let value = value.as_ref().trim();
            let Ok(field) = key.as_ref().parse::<FilterField>() else {
                continue;
            };
            if value.is_empty() {
                continue;
            }
            if let Err(error) = filter.read(field, value) {
                errors.push(error);
            }
        }
        if let Err(error) = in_order(filter.from, filter.to) {
            errors.push(error);
        }
        filter.categories.sort();
        filter.actors.sort();
        if errors.is_empty() {
            Ok(filter)
        } else {
            Err(FilterErrors(errors))
        }
    }

    /// Takes in one parameter's value, which is not empty.
    fn read(&mut self, field: FilterField, value: &str) -> Result<(), FilterError> {
        match field {
            FilterField::Q => self.text = Some(search_text(value)?),
            FilterField::Category => push_unique(&mut self.categories, category(value)?),
            FilterField::Actor => push_unique(&mut self.actors, actor(value)?),
            FilterField::From => self.from = Some(date(field, value)?),
            FilterField::To => self.to = Some(date(field, value)?),
            FilterField::Disputed => self.disputed = flag(value)?,
            // Not the filter's: the API reads it beside the filter (`Lang::asked_in`).
            FilterField::Lang => {}
        }
        Ok(())
    }

    /// Parses a raw query string such as `category=trade&from=2019`.
    pub fn from_query(query: &str) -> Result<Self, FilterErrors> {
        Self::from_pairs(form_urlencoded::parse(
            query.trim_start_matches('?').as_bytes(),
        ))
    }

    /// The filter as a query string, in a fixed order, without the leading `?`.
    pub fn to_query(&self) -> String {
        let mut query = form_urlencoded::Serializer::new(String::new());
        if let Some(text) = &self.text {
            query.append_pair(FilterField::Q.name(), text);
        }
        for category in &self.categories {
            query.append_pair(FilterField::Category.name(), category.code());
        }
        for actor in &self.actors {
            query.append_pair(FilterField::Actor.name(), actor.code());
        }
        if let Some(from) = self.from {
            query.append_pair(FilterField::From.name(), &from.to_string());
        }
        if let Some(to) = self.to {
            query.append_pair(FilterField::To.name(), &to.to_string());
        }
        if self.disputed {
            query.append_pair(FilterField::Disputed.name(), "1");
        }
        query.finish()
    }

    /// The timeline's path for this filter and page: `/`, `/?category=trade`, `/?page=2` …
    pub fn timeline_path(&self, page: u32) -> String {
        let query = self.to_query();
        match (query.is_empty(), page) {
            (true, 0 | 1) => "/".to_owned(),
            (true, _) => format!("/?page={page}"),
            (false, 0 | 1) => format!("/?{query}"),
            (false, _) => format!("/?{query}&page={page}"),
        }
    }

    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// The words of the search text; each must appear.
    pub fn words(&self) -> Vec<&str> {
        self.text
            .as_deref()
            .map(|t| t.split_whitespace().collect())
            .unwrap_or_default()
    }
}

/// How many events one page of the timeline or the API shows: what keeps a first visit of
/// the timeline within its budget in every language (see bench/README.md).
pub const PAGE_SIZE: u32 = 10;

/// How many events come before a page of results, counting pages from 1.
pub fn page_offset(page: u32) -> u64 {
    u64::from(page.max(1) - 1) * u64::from(PAGE_SIZE)
}

/// The page of results a query string asks for (`page=2`), counting from 1; anything but
/// a positive whole number means the first.
pub fn page_number(query: &str) -> u32 {
    form_urlencoded::parse(query.trim_start_matches('?').as_bytes())
        .find(|(key, _)| key == "page")
        .and_then(|(_, value)| value.parse().ok())
        .filter(|&page| page > 0)
        .unwrap_or(1)
}

/// The search text, its spaces folded to one.
fn search_text(value: &str) -> Result<String, FilterError> {
    if value.chars().count() > MAX_QUERY_CHARS {
        return Err(FilterError {
            field: FilterField::Q,
            message: format!(
                "the search text is too long; use at most {MAX_QUERY_CHARS} characters"
            ),
            problem: FilterProblem::SearchTooLong,
        });
    }
    // No event contains a control character, and SQLite's text functions stop at a NUL:
    // say so rather than search for it.
    if value.chars().any(|c| c.is_control() && !c.is_whitespace()) {
        return Err(FilterError {
            field: FilterField::Q,
            message: "the search text contains a control character".to_owned(),
            problem: FilterProblem::SearchControlCharacter,
        });
    }
    Ok(value.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn category(value: &str) -> Result<Category, FilterError> {
    value.parse().map_err(|err| FilterError {
        field: FilterField::Category,
        message: format!("{err}"),
        problem: FilterProblem::UnknownCategory(value.to_owned()),
    })
}

fn actor(value: &str) -> Result<Actor, FilterError> {
    value.parse().map_err(|err| FilterError {
        field: FilterField::Actor,
        message: format!("{err}"),
        problem: FilterProblem::UnknownActor(value.to_owned()),
    })
}

/// The date of `from` or `to`.
fn date(field: FilterField, value: &str) -> Result<PartialDate, FilterError> {
    value.parse().map_err(|err| FilterError {
        field,
        message: format!("{value:?} is not a date: {err}"),
        problem: FilterProblem::NotADate(value.to_owned()),
    })
}

/// `disputed`: 1 keeps only disputed events, 0 is no filter.
fn flag(value: &str) -> Result<bool, FilterError> {
    match value {
        "1" => Ok(true),
        "0" => Ok(false),
        _ => Err(FilterError {
            field: FilterField::Disputed,
            message: format!("{value:?} is not 1 (only disputed events) or 0 (all)"),
            problem: FilterProblem::NotAFlag(value.to_owned()),
        }),
    }
}

/// The range's end, if both are given, is not before its start.
fn in_order(from: Option<PartialDate>, to: Option<PartialDate>) -> Result<(), FilterError> {
    match (from, to) {
        (Some(from), Some(to)) if from.first_day() > to.last_day() => Err(FilterError {
            field: FilterField::To,
            message: format!("the range ends ({to}) before it starts ({from})"),
            problem: FilterProblem::EndsBeforeStart {
                from: from.to_string(),
                to: to.to_string(),
            },
        }),
        _ => Ok(()),
    }
}

fn push_unique<T: PartialEq>(items: &mut Vec<T>, item: T) {
    if !items.contains(&item) {
        items.push(item);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Result<Filter, FilterErrors> {
        Filter::from_query(query)
    }

    fn fields(query: &str) -> Vec<FilterField> {
        parse(query)
            .unwrap_err()
            .0
            .into_iter()
            .map(|e| e.field)
            .collect()
    }

    #[test]
    fn parses_every_parameter() {
        let filter = parse(
            "q=export+%20curbs&category=trade&category=security&actor=JP&from=2019&to=2020-06",
        )
        .unwrap();
        assert_eq!(filter.text.as_deref(), Some("export curbs"));
        assert_eq!(filter.words(), ["export", "curbs"]);
        assert_eq!(filter.categories, [Category::Trade, Category::Security]);
        assert_eq!(filter.actors, [Actor::Japan]);
        assert_eq!(filter.from, Some("2019".parse().unwrap()));
        assert_eq!(filter.to, Some("2020-06".parse().unwrap()));
        assert!(!filter.disputed);
        assert!(parse("disputed=1").unwrap().disputed);
        assert!(parse("disputed=0").unwrap().is_empty());
    }

    #[test]
    fn empty_and_unknown_parameters_are_ignored() {
        assert!(parse("").unwrap().is_empty());
        assert!(parse("?q=&from=&to=&utm_source=mail").unwrap().is_empty());
        assert!(parse("q=%20%20").unwrap().is_empty());
        // Names are as written: `Q` is not `q`, and the API's `lang` is read elsewhere.
        assert!(parse("Q=export&lang=ko").unwrap().is_empty());
    }

    #[test]
    fn decodes_korean_and_japanese_text() {
        let filter = parse("q=%ED%95%9C%EC%9D%BC+%E6%97%A5%E9%9F%93").unwrap();
        assert_eq!(filter.words(), ["한일", "日韓"]);
    }

    #[test]
    fn round_trips_through_its_query_string() {
        let query = "q=GSOMIA+%EC%A7%80%EC%86%8C%EB%AF%B8%EC%95%84&category=legal&category=trade&actor=KR&actor=WTO&from=2019-07-01&to=2020&disputed=1";
        let filter = parse(query).unwrap();
        assert_eq!(filter.to_query(), query);
        assert_eq!(parse(&filter.to_query()).unwrap(), filter);
        // Order and repeats don't matter.
        assert_eq!(
            parse("category=trade&category=legal&category=trade")
                .unwrap()
                .to_query(),
            "category=legal&category=trade"
        );
    }

    #[test]
    fn paths_carry_the_filter_and_the_page() {
        let trade = parse("category=trade").unwrap();
        assert_eq!(Filter::default().timeline_path(1), "/");
        assert_eq!(Filter::default().timeline_path(3), "/?page=3");
        assert_eq!(trade.timeline_path(1), "/?category=trade");
        assert_eq!(trade.timeline_path(2), "/?category=trade&page=2");
        assert_eq!(page_offset(1), 0);
        assert_eq!(page_offset(3), 2 * u64::from(PAGE_SIZE));
    }

    #[test]
    fn reads_the_page_number() {
        assert_eq!(page_number("category=trade&page=3"), 3);
        assert_eq!(page_number("page=0"), 1);
        assert_eq!(page_number("page=-2"), 1);
        assert_eq!(page_number("page=two"), 1);
        assert_eq!(page_number(""), 1);
    }

    #[test]
    fn a_range_may_be_one_year() {
        let filter = parse("from=2019&to=2019").unwrap();
        assert_eq!(filter.from, filter.to);
    }

    #[test]
    fn reports_every_bad_input() {
        assert_eq!(fields("from=2019-13-45"), [FilterField::From]);
        assert_eq!(fields("to=yesterday"), [FilterField::To]);
        assert_eq!(fields("category=sports"), [FilterField::Category]);
        assert_eq!(fields("actor=XX"), [FilterField::Actor]);
        assert_eq!(fields("disputed=yes"), [FilterField::Disputed]);
        assert_eq!(fields("from=2020&to=2019-12"), [FilterField::To]);
        assert_eq!(
            fields(&format!("q={}", "a".repeat(MAX_QUERY_CHARS + 1))),
            [FilterField::Q]
        );
        assert!(parse(&format!("q={}", "가".repeat(MAX_QUERY_CHARS))).is_ok());
        assert_eq!(
            fields("from=2019-02-30&to=x&category=Trade"),
            [FilterField::From, FilterField::To, FilterField::Category]
        );
        let message = parse("to=yesterday").unwrap_err().to_string();
        assert!(
            message.contains("to: \"yesterday\" is not a date"),
            "{message}"
        );
    }
}
