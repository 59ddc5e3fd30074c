//! The interface's words in each language: the Fluent catalogues in `locales/`, built into
//! the binary. Pages ask for a message by its id in the language of the page they render.

use crate::model::Lang;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid, static_loader};
use leptos::prelude::*;
use std::borrow::Cow;
use std::collections::HashMap;

static_loader! {
    static CATALOGUES = {
        locales: "./locales",
        fallback_language: "en",
        // No bidi isolation marks around arguments: all three languages run left to right,
        // and the marks would show in titles and attributes.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

impl Lang {
    fn identifier(self) -> LanguageIdentifier {
        match self {
            Lang::En => langid!("en"),
            Lang::Ko => langid!("ko"),
            Lang::Ja => langid!("ja"),
        }
    }
}

/// The message `id` in `lang`. Every catalogue has every message (a test holds them to
/// it); an id none has is a mistake in the code, and shows as itself.
pub fn t(lang: Lang, id: &str) -> String {
    lookup(lang, id, None)
}

/// The message `id` in `lang`, with its arguments: numbers as numbers, so that the
/// language's plural rules choose the words; anything else as text. Korean and Japanese
/// readers expect counts of a thousand or more grouped ("2,500건"), which Fluent does not
/// do; as those languages have one plural form for such numbers, these counts go in as
/// their grouped text.
pub fn t_with(lang: Lang, id: &str, args: &[(&'static str, Arg)]) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
        .iter()
        .map(|(name, value)| {
            let value = match value {
                Arg::Count(n) if *n >= 1000 && lang != Lang::En && GROUPED.contains(name) => {
                    FluentValue::from(grouped(*n))
                }
                Arg::Count(n) => FluentValue::from(*n),
                Arg::Text(text) => FluentValue::from(text.as_str()),
            };
            (Cow::Borrowed(*name), value)
        })
        .collect();
    lookup(lang, id, Some(&args))
}

/// The arguments that count events or sources, grouped by thousands in Korean and
/// Japanese; years, ids and limits are not.
const GROUPED: [&str; 3] = ["count", "first", "last"];

/// "2,500" for 2500.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut text = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            text.push(',');
        }
        text.push(digit);
    }
    text
}

fn lookup(
    lang: Lang,
    id: &str,
    args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
) -> String {
    let found = CATALOGUES.lookup_no_default_fallback(&lang.identifier(), id, args);
    debug_assert!(found.is_some(), "no message {id:?} in the {lang} catalogue");
    found.unwrap_or_else(|| id.to_owned())
}

/// An argument of a message.
pub enum Arg {
    /// A count, which chooses the plural form (Fluent's numbers print without grouping).
    Count(u64),
    Text(String),
}

impl From<u64> for Arg {
    fn from(n: u64) -> Self {
        Arg::Count(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Count(n.into())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Count(n as u64)
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

/// The language of the page being rendered: the one its address names (`/ko/…`, `/ja/…`,
/// else English). The server puts it in context before the page renders.
pub fn use_lang() -> Lang {
    use_context::<Lang>().unwrap_or(Lang::ORIGINAL)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    /// The message ids a catalogue defines (terms and comments aside), in all its files;
    /// an id defined twice fails, as Fluent would keep only one.
    fn ids(lang: Lang) -> BTreeSet<String> {
        let dir = format!("{}/locales/{lang}", env!("CARGO_MANIFEST_DIR"));
        let mut ids = BTreeSet::new();
        for file in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{dir}: {e}")) {
            let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
            let defined = text
                .lines()
                .filter(|line| line.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|line| line.split_once(" =").map(|(id, _)| id.trim().to_owned()));
            for id in defined {
                assert!(ids.insert(id.clone()), "{lang}: {id} is defined twice");
            }
        }
        ids
    }

    #[test]
    fn every_catalogue_has_every_message() {
        let english = ids(Lang::En);
        assert!(english.len() > 50, "{english:?}");
        for lang in [Lang::Ko, Lang::Ja] {
            let other = ids(lang);
            let missing: Vec<_> = english.difference(&other).collect();
            let extra: Vec<_> = other.difference(&english).collect();
            assert!(missing.is_empty(), "{lang} lacks {missing:?}");
            assert!(extra.is_empty(), "{lang} has unknown {extra:?}");
            // And each one parses and formats: a broken message would not be found.
            let counts = [
                "count",
                "year",
                "first",
                "last",
                "page",
                "pages",
                "max",
                "min",
                "minutes",
                "id",
                "number",
                "size",
                "limit",
                "megabytes",
                "updated",
                "refused",
                "line",
                "slide",
            ];
            let texts = [
                "day",
                "typed",
                "value",
                "from",
                "to",
                "language",
                "field",
                "unit",
                "when",
                "reference",
                "title",
                "date",
                "who",
                "parts",
                "languages",
                "site",
                "encoding",
                "reason",
                "columns",
                "file",
                "exported",
                "current",
                "version",
            ];
            let args: Vec<(&'static str, Arg)> = counts
                .map(|name| (name, Arg::Count(2)))
                .into_iter()
                .chain(texts.map(|name| (name, Arg::from("x"))))
                .collect();
            for id in &english {
                assert_ne!(t_with(lang, id, &args), *id, "{lang} {id}");
            }
        }
    }

    #[test]
    fn counts_take_each_languages_plural_forms() {
        let count = |lang, n: u64| t_with(lang, "count-all", &[("count", n.into())]);
        assert_eq!(count(Lang::En, 1), "1 event.");
        assert_eq!(count(Lang::En, 187), "187 events.");
        assert_eq!(count(Lang::En, 2500), "2500 events.");
        for lang in [Lang::Ko, Lang::Ja] {
            // One form for every number, with the language's counter.
            assert!(count(lang, 1).contains('1') && count(lang, 187).contains("187"));
            assert!(!count(lang, 187).contains("event"), "{}", count(lang, 187));
            // Grouped by thousands, as Korean and Japanese readers expect.
            assert!(count(lang, 2500).contains("2,500"), "{}", count(lang, 2500));
            assert!(count(lang, 100_000).contains("100,000"));
        }
        assert_eq!(count(Lang::Ko, 2500), "사건은 모두 2,500건입니다.");
        assert_eq!(count(Lang::Ja, 999), "出来事は全999件です。");
        let day = |lang, n: u64| {
            t_with(
                lang,
                "on-this-day-count",
                &[("count", n.into()), ("day", "15 August".into())],
            )
        };
        assert!(day(Lang::En, 0).starts_with("No event"));
        assert!(day(Lang::En, 1).starts_with("One event"));
        assert!(day(Lang::En, 3).starts_with("3 events"));
        assert_ne!(day(Lang::Ko, 0), day(Lang::Ko, 3));
    }
}
