//! The curated seed data, written into a new database exactly once.
//!
//! The events live in `seed/`, one file per period. Each goes through the event form's own
//! rules (`EventForm::validate`, translations included), so the seed can hold nothing an editor
//! could not have typed: no `javascript:` link, no impossible date, no oversized text.

use super::Store;
use crate::model::NewEvent;
use crate::model::{EventForm, Lang, SourceForm, TranslationForm};
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

fn parse(files: &[(&'static str, &str)]) -> Result<Seed, SeedError> {
    let mut entries = Vec::new();
    for &(file, json) in files {
        let mut part: Vec<SeedEvent> =
            serde_json::from_str(json).map_err(|source| SeedError::Json { file, source })?;
        entries.append(&mut part);
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
        events.push((key, entry.into_event().map_err(invalid)?));
    }
    Ok(Seed { events, links })
}

impl SeedEvent {
    /// The event, checked by the same rules as the editors' form.
    fn into_event(mut self) -> Result<NewEvent, String> {
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
                .map(|s| SourceForm {
                    publisher: s.publisher,
                    headline: s.headline,
                    date: s.date.unwrap_or_default(),
                    url: s.url.unwrap_or_default(),
                })
                .collect(),
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
        let seed = parse(&SEED_FILES)?;
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
