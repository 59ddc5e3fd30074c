//! The seed's rules, and the house's standards for its content: every event sourced,
//! dated sources that do not all predate it, every text in every language, the whole
//! span of the relationship covered, and the house style's rules that a program can check
//! (no relative years, both names in titles, American spelling).

use super::*;
use crate::model::{Actor, Holder, Lang, NewEvent};

/// A seed with no positions file of its own.
const NO_POSITIONS: (&str, &str) = ("positions.json", "[]");

fn seed() -> Seed {
    parse(&SEED_FILES, POSITIONS_FILE).expect("the seed files parse and pass the form's rules")
}

/// What an editor reviewing the seed would object to in one event, if anything.
fn content_problems(event: &NewEvent) -> Vec<String> {
    let mut problems = Vec::new();
    let start = event.when.start().date.first_day_iso();
    for lang in [Lang::Ko, Lang::Ja] {
        if !event.translations.iter().any(|t| t.lang == lang) {
            problems.push(format!("no {lang} text"));
        }
    }
    if event.sources.iter().any(|s| s.date.is_none()) {
        problems.push("a source has no date".into());
    }
    // A report filed before the event describes a plan, not what happened.
    let reports_it = |s: &crate::model::Source| s.date.is_some_and(|d| d.last_day_iso() >= start);
    if !event.sources.iter().any(reports_it) {
        problems.push("every source is dated before the event".into());
    }
    let publishers: HashSet<&str> = event.sources.iter().map(|s| s.publisher.as_str()).collect();
    if event.when.start().date.year_number() >= 1990 && publishers.len() < 2 {
        problems.push("an event since 1990 needs sources from two publishers".into());
    }
    for (at, position) in event.positions.iter().enumerate() {
        let n = at + 1;
        if position.quote.trim().is_empty() {
            problems.push(format!("position {n} has no quote"));
        }
        if position.source.date.is_none() {
            problems.push(format!("position {n}'s source has no date"));
        }
        if position.source.url.is_none() {
            problems.push(format!("position {n}'s source has no link"));
        }
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != position.lang) {
            match position.words(lang) {
                None => problems.push(format!("position {n} has no {lang} translation")),
                Some(words) if words.trim() == position.quote.trim() => {
                    problems.push(format!("position {n}'s {lang} translation is the quote"))
                }
                Some(_) => {}
            }
        }
    }
    problems.extend(style_problems(event));
    problems
}

/// Relative years, which silently move when a sentence is added or translated: the house
/// style writes the year.
const RELATIVE_YEARS: [&str; 9] = [
    "같은 해",
    "그해",
    "그 해",
    "이듬해",
    "다음 해",
    "同年",
    "翌年",
    "前年",
    "その年",
];

/// British spellings the house style writes the American way (`labor`, `criticize` …).
/// Lower case only: a proper name such as the Labour Party keeps its spelling.
const BRITISH_SPELLINGS: [&str; 21] = [
    "labour",
    "criticise",
    "criticised",
    "recognise",
    "recognised",
    "organisation",
    "apologise",
    "apologised",
    "honour",
    "centre",
    "defence",
    "programme",
    "normalise",
    "normalisation",
    "neighbour",
    "judgement",
    "licence",
    "modelled",
    "initialled",
    "initialling",
    "travelled",
];

/// A contested thing's names that a title gives together, per language: one without the
/// other takes a side.
const BOTH_NAMES: [(Lang, &str, &str); 6] = [
    (Lang::En, "Dokdo", "Takeshima"),
    (Lang::En, "Takeshima", "Dokdo"),
    (Lang::Ko, "독도", "다케시마"),
    (Lang::Ja, "竹島", "独島"),
    (Lang::Ko, "동해", "일본해"),
    (Lang::Ja, "日本海", "東海"),
];

/// What the house style (LANGUAGES.md) finds wrong in an event's words.
fn style_problems(event: &NewEvent) -> Vec<String> {
    let english = (Lang::En, &event.title, &event.summary, &event.body);
    let texts = std::iter::once(english).chain(
        event
            .translations
            .iter()
            .map(|t| (t.lang, &t.text.title, &t.text.summary, &t.text.body)),
    );
    let mut problems = Vec::new();
    for (lang, title, summary, body) in texts {
        let words = [title, summary].into_iter().chain(body).map(String::as_str);
        for text in words {
            if lang != Lang::En {
                for relative in RELATIVE_YEARS.iter().filter(|r| text.contains(*r)) {
                    problems.push(format!("a relative year in {lang}: {relative:?}"));
                }
            } else {
                let lower_words = text.split(|c: char| !c.is_alphabetic());
                for word in lower_words.filter(|w| BRITISH_SPELLINGS.contains(w)) {
                    problems.push(format!("British spelling: {word:?}"));
                }
            }
        }
        for (_, name, other) in BOTH_NAMES.iter().filter(|(l, ..)| *l == lang) {
            if title.contains(name) && !title.contains(other) {
                problems.push(format!("the {lang} title names {name:?} without {other:?}"));
            }
        }
    }
    problems
}

#[test]
fn the_house_style_finds_relative_years_british_spelling_and_one_sided_titles() {
    let mut event = seed().events[0].1.clone();
    event.title = "The Takeshima dispute".into();
    event.summary = "The centre of the labour dispute.".into();
    let ko = event
        .translations
        .iter_mut()
        .find(|t| t.lang == Lang::Ko)
        .expect("a Korean text");
    ko.text.summary = "같은 해 조약이 발효되었다.".into();
    let problems = style_problems(&event).join("\n");
    for expected in [
        "the en title names \"Takeshima\" without \"Dokdo\"",
        "British spelling: \"centre\"",
        "British spelling: \"labour\"",
        "a relative year in ko: \"같은 해\"",
    ] {
        assert!(
            problems.contains(expected),
            "{expected} not in:\n{problems}"
        );
    }
    event.summary = "The Labour Party's centrist wing.".into();
    assert!(!style_problems(&event).join("\n").contains("British"));
}

#[test]
fn every_seeded_event_is_sourced_dated_and_written_in_three_languages() {
    let problems: Vec<String> = seed()
        .events
        .iter()
        .flat_map(|(key, event)| {
            content_problems(event)
                .into_iter()
                .map(move |problem| format!("ref {key} ({}): {problem}", event.title))
        })
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The canonical publishers: one name each, in its own language (`seed/publishers.txt`).
const PUBLISHERS: &str = include_str!("../../../../seed/publishers.txt");

#[test]
fn every_source_names_a_publisher_as_the_canonical_list_writes_it() {
    let canonical: HashSet<&str> = PUBLISHERS
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .collect();
    let mut unknown: Vec<String> = seed()
        .events
        .iter()
        .flat_map(|(key, event)| {
            let quoted = event.positions.iter().map(|p| &p.source);
            event
                .sources
                .iter()
                .chain(quoted)
                .filter(|s| !canonical.contains(s.publisher.as_str()))
                .map(move |s| format!("ref {key}: {:?}", s.publisher))
        })
        .collect();
    unknown.dedup();
    assert!(
        unknown.is_empty(),
        "not in seed/publishers.txt:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn the_seed_covers_every_decade_from_the_1900s_with_eras_to_see() {
    let seed = seed();
    assert!(seed.events.len() >= 220, "{} events", seed.events.len());
    let mut per_decade: BTreeMap<u16, usize> = BTreeMap::new();
    for (_, event) in &seed.events {
        *per_decade
            .entry(event.when.start().date.year_number() / 10 * 10)
            .or_default() += 1;
    }
    for decade in (1900..=2020).step_by(10) {
        let count = per_decade.get(&decade).copied().unwrap_or(0);
        assert!(count >= 5, "{count} events in the {decade}s");
    }
    let eras = seed
        .events
        .iter()
        .filter(|(_, e)| e.when.is_period())
        .count();
    assert!(eras >= 6, "{eras} eras");
    assert!(seed.links.len() >= 50, "{} related links", seed.links.len());
}

const ONE_EVENT: &str = r#"[{
    "ref": 1,
    "texts": {
        "en": {"title": "Treaty signed", "summary": "Both signed it."},
        "ko": {"title": "조약 서명", "summary": "양국이 서명했다."}
    },
    "start": "1965-06-22",
    "category": "diplomacy",
    "actors": ["KR", "JP"],
    "sources": [{"publisher": "MOFA", "headline": "Treaty", "date": "1965-06-22", "url": "URL"}]
}]"#;

fn one_event(url: &str) -> Result<Seed, SeedError> {
    let json = ONE_EVENT.replace("URL", url);
    parse(&[("test.json", &json)], NO_POSITIONS)
}

#[test]
fn a_seed_event_keeps_each_language_it_is_written_in() {
    let seed = one_event("https://www.mofa.go.jp/").unwrap();
    let (_, event) = &seed.events[0];
    assert_eq!(event.title, "Treaty signed");
    assert_eq!(event.translations.len(), 1);
    assert_eq!(event.translations[0].lang, Lang::Ko);
    assert_eq!(event.translations[0].text.title, "조약 서명");
}

#[test]
fn the_seed_obeys_the_editors_rules() {
    // A link an editor could not save cannot come in through the seed either.
    let err = one_event("javascript:alert(1)").expect_err("refused");
    assert!(err.to_string().contains("SourceUrl(0)"), "{err}");

    let bad_date = ONE_EVENT.replace("URL", "https://www.mofa.go.jp/").replace(
        "1965-06-22\",\n    \"category",
        "1965-02-30\",\n    \"category",
    );
    let err = parse(&[("test.json", &bad_date)], NO_POSITIONS).expect_err("refused");
    assert!(err.to_string().contains("Start"), "{err}");

    let no_english = ONE_EVENT
        .replace("URL", "https://www.mofa.go.jp/")
        .replace("\"en\":", "\"ja\":");
    let err = parse(&[("test.json", &no_english)], NO_POSITIONS).expect_err("refused");
    assert!(err.to_string().contains("English"), "{err}");

    let long_title = ONE_EVENT
        .replace("URL", "https://www.mofa.go.jp/")
        .replace("조약 서명", &"가".repeat(201));
    let err = parse(&[("test.json", &long_title)], NO_POSITIONS).expect_err("refused");
    assert!(err.to_string().contains("TranslatedTitle(Ko)"), "{err}");
}

#[test]
fn unknown_related_refs_and_repeated_refs_are_refused() {
    let json = ONE_EVENT
        .replace("URL", "https://www.mofa.go.jp/")
        .replace("\"category\"", "\"related\": [7], \"category\"");
    let err = parse(&[("test.json", &json)], NO_POSITIONS).expect_err("refused");
    assert!(err.to_string().contains("related event 7"), "{err}");

    let json = ONE_EVENT.replace("URL", "https://www.mofa.go.jp/");
    let err = parse(&[("a.json", &json), ("b.json", &json)], NO_POSITIONS).expect_err("refused");
    assert!(err.to_string().contains("used twice"), "{err}");
}

#[test]
fn contested_events_carry_both_governments_positions() {
    let both = seed()
        .events
        .iter()
        .filter(|(_, event)| {
            let holds = |actor| {
                let government = Holder::Government(actor);
                event.positions.iter().any(|p| p.holder == government)
            };
            holds(Actor::SouthKorea) && holds(Actor::Japan)
        })
        .count();
    assert!(both >= 40, "{both} events with both governments' positions");
}

const TWO_POSITIONS: &str = r#"[{"ref": 1, "positions": [
    {"holder": "KR", "lang": "ko", "quote": "조약은 무효다.",
     "source": {"publisher": "외교부", "headline": "논평", "date": "DATE", "url": "https://www.mofa.go.kr/"},
     "translations": {"en": "The treaty is void.", "ja": "TRANSLATION"}},
    {"holder": "korea-supreme-court", "lang": "ko", "quote": "청구권은 소멸하지 않았다.",
     "source": {"publisher": "대법원", "headline": "판결", "date": "2018-10-30", "url": "https://www.scourt.go.kr/"},
     "translations": {"en": "The claims did not lapse.", "ja": "請求権は消滅していない。"}}
]}]"#;

fn with_positions(date: &str, translation: &str) -> Result<Seed, SeedError> {
    let positions = TWO_POSITIONS
        .replace("DATE", date)
        .replace("TRANSLATION", translation);
    let json = ONE_EVENT.replace("URL", "https://www.mofa.go.jp/");
    parse(&[("test.json", &json)], ("positions.json", &positions))
}

#[test]
fn positions_join_their_event_by_ref() {
    let seed = with_positions("2019-07-01", "条約は無効である。").unwrap();
    let (_, event) = &seed.events[0];
    assert_eq!(event.positions.len(), 2);
    assert_eq!(event.positions[0].quote, "조약은 무효다.");
    assert_eq!(
        event.positions[0].words(Lang::Ja),
        Some("条約は無効である。")
    );
    assert_eq!(event.positions[1].holder.code(), "korea-supreme-court");
    // The event itself lacks a Japanese text; its positions are complete.
    assert_eq!(content_problems(event), ["no ja text"]);

    let unknown = TWO_POSITIONS.replace("\"ref\": 1", "\"ref\": 9");
    let json = ONE_EVENT.replace("URL", "https://www.mofa.go.jp/");
    let err = parse(&[("test.json", &json)], ("positions.json", &unknown)).expect_err("refused");
    assert!(err.to_string().contains("does not exist"), "{err}");
}

#[test]
fn a_position_needs_a_dated_source_and_a_translation_that_is_not_the_quote() {
    let err = with_positions("", "条約は無効である。").expect_err("refused");
    assert!(
        err.to_string().contains("PositionDate(0): Required"),
        "{err}"
    );
    let err = with_positions("2019-07-01", "조약은 무효다.").expect_err("refused");
    assert!(
        err.to_string()
            .contains("PositionWords(0, Ja): TranslationIsQuote"),
        "{err}"
    );
    let err = with_positions("2019-07-01", "").expect_err("refused");
    assert!(
        err.to_string().contains("PositionWords(0, Ja): Required"),
        "{err}"
    );
}
