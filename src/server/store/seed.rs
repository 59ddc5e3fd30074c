//! The curated seed data, written into a new database exactly once.
//!
//! The events live in `seed/`, one file per period, and each side's positions on them in
//! `seed/positions.json`, by the events' `ref`. Each event goes through the event form's own
//! rules (`EventForm::validate`, translations and positions included), so the seed can hold
//! nothing an editor could not have typed: no `javascript:` link, no impossible date, no
//! oversized text, no quote without its dated source.

use super::Store;
use crate::model::NewEvent;
use crate::model::{EventForm, Lang, PositionForm, SourceForm, TranslationForm};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap, HashSet};

/// The seed files, by period, each with its name for messages.
const SEED_FILES: [(&str, &str); 7] = [
    (
        "seed/1876-1919.json",
        include_str!("../../../seed/1876-1919.json"),
    ),
    (
        "seed/1920-1949.json",
        include_str!("../../../seed/1920-1949.json"),
    ),
    (
        "seed/1950-1989.json",
        include_str!("../../../seed/1950-1989.json"),
    ),
    (
        "seed/1990-2009.json",
        include_str!("../../../seed/1990-2009.json"),
    ),
    (
        "seed/2010-2017.json",
        include_str!("../../../seed/2010-2017.json"),
    ),
    (
        "seed/2018-2020.json",
        include_str!("../../../seed/2018-2020.json"),
    ),
    (
        "seed/2021-2025.json",
        include_str!("../../../seed/2021-2025.json"),
    ),
];

/// Each side's positions, by the `ref` of the event they are on.
const POSITIONS_FILE: (&str, &str) = (
    "seed/positions.json",
    include_str!("../../../seed/positions.json"),
);

/// One entry of a seed file. `ref` numbers tie related events together across files.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedEvent {
    #[serde(rename = "ref")]
    key: u32,
    texts: BTreeMap<Lang, SeedText>,
    start: String,
    #[serde(default)]
    start_circa: bool,
    end: Option<String>,
    category: String,
    actors: Vec<String>,
    sources: Vec<SeedSource>,
    #[serde(default)]
    related: Vec<u32>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedText {
    title: String,
    summary: String,
    body: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedSource {
    publisher: String,
    headline: String,
    date: Option<String>,
    url: Option<String>,
}

/// The positions on one event.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedPositions {
    #[serde(rename = "ref")]
    key: u32,
    positions: Vec<SeedPosition>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SeedPosition {
    /// A holder's code: `KR`, `korea-supreme-court` …
    holder: String,
    lang: String,
    quote: String,
    source: SeedSource,
    /// Unofficial translations, by language.
    translations: BTreeMap<Lang, String>,
}

impl SeedPosition {
    /// The position as the form takes it: the quote in its language's field, the
    /// translations in theirs.
    fn into_form(self) -> Result<PositionForm, String> {
        let mut form = PositionForm {
            holder: self.holder,
            source: self.source.into_form(),
            ..PositionForm::default()
        };
        if let Ok(lang) = self.lang.parse::<Lang>() {
            if self.translations.contains_key(&lang) {
                return Err(format!(
                    "a position in {lang} has a translation into {lang}"
                ));
            }
            *form.words_mut(lang) = self.quote;
        }
        for (lang, text) in self.translations {
            *form.words_mut(lang) = text;
        }
        form.lang = self.lang;
        Ok(form)
    }
}

impl SeedSource {
    fn into_form(self) -> SourceForm {
        SourceForm {
            publisher: self.publisher,
            headline: self.headline,
            date: self.date.unwrap_or_default(),
            url: self.url.unwrap_or_default(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub(crate) enum SeedError {
    #[error("{file} is not valid: {source}")]
    Json {
        file: &'static str,
        source: serde_json::Error,
    },
    #[error("seed event {key}: {problem}")]
    Invalid { key: u32, problem: String },
    #[error(transparent)]
    Store(#[from] super::StoreError),
}

#[derive(Debug)]
struct Seed {
    events: Vec<(u32, NewEvent)>,
    links: Vec<(u32, u32)>,
}

fn parse(
    files: &[(&'static str, &str)],
    (positions_file, positions): (&'static str, &str),
) -> Result<Seed, SeedError> {
    let mut entries = Vec::new();
    for &(file, json) in files {
        let mut part: Vec<SeedEvent> =
            serde_json::from_str(json).map_err(|source| SeedError::Json { file, source })?;
        entries.append(&mut part);
    }
    let positions: Vec<SeedPositions> =
        serde_json::from_str(positions).map_err(|source| SeedError::Json {
            file: positions_file,
            source,
        })?;
    let mut positions_of: HashMap<u32, Vec<SeedPosition>> = HashMap::new();
    for SeedPositions { key, positions } in positions {
        if positions_of.insert(key, positions).is_some() {
            return Err(SeedError::Invalid {
                key,
                problem: format!("its positions are listed twice in {positions_file}"),
            });
        }
    }
    let mut keys = HashSet::new();
    for entry in &entries {
        if !keys.insert(entry.key) {
            return Err(SeedError::Invalid {
                key: entry.key,
                problem: "the ref is used twice".into(),
            });
        }
    }
    if let Some(key) = positions_of.keys().find(|key| !keys.contains(key)) {
        return Err(SeedError::Invalid {
            key: *key,
            problem: format!("{positions_file} has positions on an event that does not exist"),
        });
    }
    let mut events = Vec::with_capacity(entries.len());
    let mut links = Vec::new();
    for entry in entries {
        let key = entry.key;
        let invalid = |problem: String| SeedError::Invalid { key, problem };
        for &other in &entry.related {
            if other == key || !keys.contains(&other) {
                return Err(invalid(format!("related event {other} does not exist")));
            }
            links.push((key, other));
        }
        let positions = positions_of.remove(&key).unwrap_or_default();
        events.push((key, entry.into_event(positions).map_err(invalid)?));
    }
    Ok(Seed { events, links })
}

impl SeedEvent {
    /// The event, checked by the same rules as the editors' form.
    fn into_event(mut self, positions: Vec<SeedPosition>) -> Result<NewEvent, String> {
        let original = self
            .texts
            .remove(&Lang::ORIGINAL)
            .ok_or("needs its English text")?;
        let form = EventForm {
            title: original.title,
            summary: original.summary,
            body: original.body.unwrap_or_default(),
            start: self.start,
            start_circa: self.start_circa,
            end: self.end.unwrap_or_default(),
            category: self.category,
            actors: self.actors,
            sources: self
                .sources
                .into_iter()
                .map(SeedSource::into_form)
                .collect(),
            positions: positions
                .into_iter()
                .map(SeedPosition::into_form)
                .collect::<Result<_, _>>()?,
            translations: self
                .texts
                .into_iter()
                .map(|(lang, text)| TranslationForm {
                    lang,
                    title: text.title,
                    summary: text.summary,
                    body: text.body.unwrap_or_default(),
                })
                .collect(),
            ..EventForm::default()
        };
        Ok(form.validate().map_err(describe)?.event)
    }
}

fn describe(errors: crate::model::FormErrors) -> String {
    let problems: Vec<String> = errors
        .0
        .iter()
        .map(|(field, problem)| format!("{field:?}: {problem:?}"))
        .collect();
    problems.join("; ")
}

impl Store {
    /// Writes the seed data unless it went in before, even if editors have since changed or
    /// removed it. Returns whether it wrote anything.
    pub(crate) async fn seed_once(&self) -> Result<bool, SeedError> {
        let seed = parse(&SEED_FILES, POSITIONS_FILE)?;
        let position: HashMap<u32, usize> = seed
            .events
            .iter()
            .enumerate()
            .map(|(at, (key, _))| (*key, at))
            .collect();
        let links: Vec<(usize, usize)> = seed
            .links
            .iter()
            .map(|(a, b)| (position[a], position[b]))
            .collect();
        let events: Vec<NewEvent> = seed.events.into_iter().map(|(_, event)| event).collect();
        Ok(self.seed_events_once(&events, &links).await?)
    }
}

#[cfg(test)]
mod tests;
