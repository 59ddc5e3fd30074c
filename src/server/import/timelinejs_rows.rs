//! A TimelineJS3 JSON file, as our export writes it (with `lang=en`), as written by hand, or
//! from Knight Lab's Google-sheet template: each slide of `events` becomes a new event
//! (eras and the title slide are not events). Read from a slide: `start_date` and `end_date`
//! (numbers or text), the headline as the English title, the text's first paragraph as the
//! summary, the links of its list items (`<li><a href="…">Publisher — Headline</a></li>`)
//! as sources, `group` as the category, and `actors` (codes, which our export adds and
//! TimelineJS ignores). A `unique_id` starting with a number (ours: `12-slug`) keeps that
//! number when it is free. TimelineJS carries one language and no positions, so a slide
//! never updates an existing event.

use super::StagedRow;
use crate::model::{EventForm, FileProblem, RowPlace, SourceForm, event_id_in};
use serde::Deserialize;
use serde_json::Value;

#[derive(Deserialize)]
struct File {
    events: Vec<Slide>,
}

#[derive(Deserialize)]
struct Slide {
    start_date: Option<DateParts>,
    end_date: Option<DateParts>,
    #[serde(default)]
    text: Texts,
    #[serde(default)]
    group: String,
    #[serde(default)]
    unique_id: String,
    #[serde(default)]
    actors: Actors,
}

#[derive(Default, Deserialize)]
struct Texts {
    #[serde(default)]
    headline: String,
    #[serde(default)]
    text: String,
}

/// A date's parts: numbers in our export, text in the template's.
#[derive(Deserialize)]
struct DateParts {
    year: Option<Value>,
    month: Option<Value>,
    day: Option<Value>,
}

/// Actors as a list of codes, or as one text of codes.
#[derive(Default, Deserialize)]
#[serde(untagged)]
enum Actors {
    List(Vec<String>),
    Text(String),
    #[default]
    None,
}

pub(super) fn read(text: &str) -> Result<Vec<StagedRow>, FileProblem> {
    let file: File =
        serde_json::from_str(text).map_err(|err| FileProblem::Unreadable(err.to_string()))?;
    Ok(file
        .events
        .into_iter()
        .take(crate::model::MAX_IMPORT_ROWS + 1)
        .enumerate()
        .map(|(at, slide)| row(at + 1, slide))
        .collect())
}

fn row(number: usize, slide: Slide) -> StagedRow {
    let actors = match slide.actors {
        Actors::List(codes) => codes,
        Actors::Text(text) => text
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        Actors::None => Vec::new(),
    };
    let form = EventForm {
        title: plain(&slide.text.headline),
        summary: summary(&slide.text.text),
        start: slide.start_date.as_ref().map(date).unwrap_or_default(),
        end: slide.end_date.as_ref().map(date).unwrap_or_default(),
        category: slide.group.trim().to_owned(),
        actors,
        sources: sources(&slide.text.text),
        ..EventForm::blank()
    };
    StagedRow {
        place: RowPlace::Slide(number),
        id: event_id_in(slide.unique_id.trim()),
        version: None,
        form,
        problems: Vec::new(),
    }
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, to the precision the parts give, for the form's
/// rules to judge.
fn date(parts: &DateParts) -> String {
    let part = |value: &Option<Value>| match value {
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::String(s)) => s.trim().to_owned(),
        _ => String::new(),
    };
    let (year, month, day) = (part(&parts.year), part(&parts.month), part(&parts.day));
    let padded = |text: String| match text.len() {
        1 => format!("0{text}"),
        _ => text,
    };
    match (month.is_empty(), day.is_empty()) {
        (true, _) => year,
        (false, true) => format!("{year}-{}", padded(month)),
        (false, false) => format!("{year}-{}-{}", padded(month), padded(day)),
    }
}

/// The summary: the text's first paragraph, or all of it before any list.
fn summary(html: &str) -> String {
    let first = match html.trim_start().strip_prefix("<p>") {
        Some(rest) => rest.split("</p>").next().unwrap_or_default(),
        None => html.split("<ul>").next().unwrap_or_default(),
    };
    plain(first)
}

/// The sources: each list item, a link's address and its text as "Publisher — Headline".
fn sources(html: &str) -> Vec<SourceForm> {
    html.split("<li>")
        .skip(1)
        .map(|item| item.split("</li>").next().unwrap_or_default())
        .map(|item| {
            let url = item
                .split_once("href=\"")
                .and_then(|(_, rest)| rest.split_once('"'))
                .map(|(url, _)| unescape(url))
                .unwrap_or_default();
            let words = plain(item);
            let (publisher, headline) = match words.split_once(" — ") {
                Some((publisher, headline)) => (publisher.to_owned(), headline.to_owned()),
                None => (host(&url), words),
            };
            SourceForm {
                publisher,
                headline,
                date: String::new(),
                url,
            }
        })
        .collect()
}

fn host(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    rest.split('/').next().unwrap_or_default().to_owned()
}

/// HTML as text: tags dropped, the entities TimelineJS texts use read.
fn plain(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    unescape(text.trim())
}

fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_template_slide_and_one_of_ours_read_alike() {
        let ours = r#"{"events": [{"unique_id": "12-the-treaty",
            "start_date": {"year": 1965, "month": 6, "day": 22, "display_date": "22 June 1965"},
            "group": "diplomacy", "actors": ["KR", "JP"],
            "text": {"headline": "<a href=\"https://t.example/events/12\">Treaty &amp; claims</a>",
                     "text": "<p>Signed in Tokyo.</p><ul><li><a href=\"https://a.example/x?a=1&amp;b=2\">MOFA — The treaty</a></li></ul>"}}]}"#;
        let template = r#"{"events": [{"start_date": {"year": "1965", "month": "6", "day": "22"},
            "group": "diplomacy", "actors": "KR JP",
            "text": {"headline": "Treaty & claims", "text": "Signed in Tokyo.<ul><li><a href=\"https://a.example/x?a=1&b=2\">MOFA — The treaty</a></li></ul>"}}]}"#;
        let (ours, template) = (&read(ours).unwrap()[0], &read(template).unwrap()[0]);
        assert_eq!(ours.id.map(|id| id.to_string()).as_deref(), Some("12"));
        assert_eq!(template.id, None);
        for row in [ours, template] {
            assert_eq!(row.form.title, "Treaty & claims");
            assert_eq!(row.form.summary, "Signed in Tokyo.");
            assert_eq!(row.form.start, "1965-06-22");
            assert_eq!(row.form.actors, ["KR", "JP"]);
            assert_eq!(row.form.sources[0].publisher, "MOFA");
            assert_eq!(row.form.sources[0].headline, "The treaty");
            assert_eq!(row.form.sources[0].url, "https://a.example/x?a=1&b=2");
            assert!(row.form.validate().is_ok(), "{:?}", row.form.validate());
        }
    }
}
