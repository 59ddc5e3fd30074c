//! The register of contested terms (`/terms`): for each subject whose name takes a side,
//! the words each government uses in each language, who uses them since when, the words this
//! timeline uses, a neutral explanation and the sources where usage changed. It is data
//! (`seed/terms.json`), checked here when it is read, so a term can never reach a page
//! without all three languages or without both sides' words.

use super::{EventLink, Lang, Source};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use std::fmt;

mod mentions;
pub use mentions::{Piece, TermWords, first_mentions, mentions};

/// One value in each of the three languages; a missing language is refused when read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InEach<T> {
    pub en: T,
    pub ko: T,
    pub ja: T,
}

impl<T> InEach<T> {
    pub fn get(&self, lang: Lang) -> &T {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
            Lang::Ja => &self.ja,
        }
    }
}

/// Whose usage a set of words is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Voice {
    /// South Korea's government.
    Korea,
    /// Japan's government.
    Japan,
    /// This timeline's own, neutral usage (see LANGUAGES.md).
    House,
    /// Others whose usage readers meet: the press, courts, plaintiffs, international bodies.
    Others,
}

impl Voice {
    pub fn code(self) -> &'static str {
        match self {
            Voice::Korea => "korea",
            Voice::Japan => "japan",
            Voice::House => "house",
            Voice::Others => "others",
        }
    }
}

/// The words one voice uses for a subject, in each language, and who uses them since when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Usage {
    pub by: Voice,
    pub who: InEach<String>,
    pub words: InEach<Vec<String>>,
}

/// One entry of the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// Its anchor on the page (`/terms#dokdo-takeshima`): stable, lowercase, URL-safe.
    pub key: String,
    /// The entry's heading, in the timeline's own neutral words.
    pub name: InEach<String>,
    pub usages: Vec<Usage>,
    pub explanation: InEach<String>,
    /// Where a usage or its change is documented; each dated and linked.
    #[serde(default)]
    pub sources: Vec<Source>,
}

impl Term {
    /// Every word registered for the term in a language, whoever uses it: what finds it in
    /// an event's text.
    pub fn words_in(&self, lang: Lang) -> Vec<String> {
        let mut words: Vec<String> = Vec::new();
        for word in self.usages.iter().flat_map(|u| u.words.get(lang)) {
            if !words.contains(word) {
                words.push(word.clone());
            }
        }
        words
    }

    /// The usages in the order a page in `lang` shows them: each government side by side
    /// (Korea's first on English and Korean pages, Japan's first on Japanese pages, as
    /// positions are), then this timeline's, then others'.
    pub fn usages_in_page_order(&self, lang: Lang) -> Vec<&Usage> {
        let order = match lang {
            Lang::Ja => [Voice::Japan, Voice::Korea, Voice::House, Voice::Others],
            Lang::En | Lang::Ko => [Voice::Korea, Voice::Japan, Voice::House, Voice::Others],
        };
        let mut usages: Vec<&Usage> = self.usages.iter().collect();
        usages.sort_by_key(|u| order.iter().position(|&v| v == u.by));
        usages
    }
}

/// An entry as the register's page shows it: the term, and the events whose pages link to
/// it, in date order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermEntry {
    pub term: Term,
    pub events: Vec<EventLink>,
}

/// The whole register, checked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Register(Vec<Term>);

/// What is wrong with the register's data, naming the term.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{term}: {problem}")]
pub struct TermProblem {
    pub term: String,
    pub problem: String,
}

/// Every problem found, one a line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegisterProblems(pub Vec<TermProblem>);

impl std::error::Error for RegisterProblems {}

impl fmt::Display for RegisterProblems {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let lines: Vec<String> = self.0.iter().map(ToString::to_string).collect();
        f.write_str(&lines.join("\n"))
    }
}

impl Register {
    /// Reads the register from its JSON (`seed/terms.json`) and checks every term.
    #[cfg(feature = "ssr")]
    pub fn from_json(json: &str) -> Result<Register, RegisterProblems> {
        let terms: Vec<Term> = serde_json::from_str(json).map_err(|err| {
            RegisterProblems(vec![TermProblem {
                term: "(the register)".into(),
                problem: err.to_string(),
            }])
        })?;
        Register::new(terms)
    }

    /// Checks every term: all three languages, both governments' words and the timeline's
    /// own, unique URL-safe keys, dated and linked sources, and no word that would find two
    /// terms (an event's mention must lead to one entry).
    pub fn new(terms: Vec<Term>) -> Result<Register, RegisterProblems> {
        let problems = problems_of(&terms);
        match problems.is_empty() {
            true => Ok(Register(terms)),
            false => Err(RegisterProblems(problems)),
        }
    }

    pub fn terms(&self) -> &[Term] {
        &self.0
    }
}

fn problems_of(terms: &[Term]) -> Vec<TermProblem> {
    let mut problems = Vec::new();
    let mut keys = HashSet::new();
    // Each word (as the search compares it) in each language, with the first term it finds.
    let mut finds: HashMap<(Lang, String), &str> = HashMap::new();
    for term in terms {
        for lang in Lang::ALL {
            for word in term.words_in(lang) {
                let found = *finds
                    .entry((lang, word.to_ascii_lowercase()))
                    .or_insert(&term.key);
                if found != term.key {
                    problems.push(TermProblem {
                        term: term.key.clone(),
                        problem: format!("\"{word}\" is also a word of \"{found}\""),
                    });
                }
            }
        }
        let mut problem = |text: &str| {
            problems.push(TermProblem {
                term: term.key.clone(),
                problem: text.to_owned(),
            })
        };
        if !is_key(&term.key) {
            problem("the key must be lowercase letters, digits and single hyphens");
        }
        if !keys.insert(term.key.as_str()) {
            problem("the key is used by another term");
        }
        if !filled(&term.name) {
            problem("the name is missing in a language");
        }
        if !filled(&term.explanation) {
            problem("the explanation is missing in a language");
        }
        for voice in [Voice::Korea, Voice::Japan, Voice::House] {
            if term.usages.iter().filter(|u| u.by == voice).count() != 1 {
                problem(&format!("needs exactly one usage by \"{}\"", voice.code()));
            }
        }
        for usage in &term.usages {
            if !filled(&usage.who) {
                problem(&format!(
                    "who uses the \"{}\" words is missing in a language",
                    usage.by.code()
                ));
            }
            if Lang::ALL
                .iter()
                .any(|&lang| !words_filled(usage.words.get(lang)))
            {
                problem(&format!(
                    "the \"{}\" words are missing in a language",
                    usage.by.code()
                ));
            }
        }
        for source in &term.sources {
            if source.publisher.trim().is_empty()
                || source.headline.trim().is_empty()
                || source.date.is_none()
                || source.url.is_none()
            {
                problem("a source needs its publisher, headline, date and link");
            }
        }
    }
    problems
}

fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key.split('-').all(|part| {
            !part.is_empty()
                && part
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

fn filled(text: &InEach<String>) -> bool {
    Lang::ALL
        .iter()
        .all(|&lang| !text.get(lang).trim().is_empty())
}

fn words_filled(words: &[String]) -> bool {
    !words.is_empty() && words.iter().all(|w| !w.trim().is_empty())
}

#[cfg(all(test, feature = "ssr"))]
mod tests;
