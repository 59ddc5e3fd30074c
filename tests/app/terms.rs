//! The register of contested terms (`/terms`) and the links to it from events' texts.

use super::support::{PUBLIC_URL, TestApp, escape_html, text_of};
use axum::http::{StatusCode, header};
use serde_json::Value;

/// The register as the repository holds it.
fn register() -> Vec<Value> {
    serde_json::from_str(include_str!("../../seed/terms.json")).unwrap()
}

/// The part of a page that is one term's entry: from its opening tag to the next entry.
fn entry<'a>(html: &'a str, key: &str) -> &'a str {
    let start = html
        .find(&format!(r#"id="{key}""#))
        .unwrap_or_else(|| panic!("no entry {key}"));
    let rest = &html[start..];
    let end = rest[1..]
        .find(r#"<section class="term""#)
        .map_or(rest.len(), |at| at + 1);
    &rest[..end]
}

/// One voice's usage of a term, as the register holds it.
fn usage<'a>(term: &'a Value, by: &str) -> &'a Value {
    term["usages"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["by"] == by)
        .unwrap()
}

#[tokio::test]
async fn the_register_shows_every_term_with_both_sides_words_in_each_language() {
    let app = TestApp::new().await;
    let terms = register();
    assert!(terms.len() >= 30, "{}", terms.len());
    for (prefix, page_lang) in [("", "en"), ("/ko", "ko"), ("/ja", "ja")] {
        let page = app.get(&format!("{prefix}/terms")).await;
        assert_eq!(page.status, StatusCode::OK, "{prefix}/terms");
        assert!(page.body.contains(&format!(r#"<html lang="{page_lang}""#)));
        for term in &terms {
            let key = term["key"].as_str().unwrap();
            let html = entry(&page.body, key);
            // The contents link to the entry's anchor, and its heading is in the page's language.
            assert!(page.body.contains(&format!(r##"href="#{key}""##)), "{key}");
            let name = term["name"][page_lang].as_str().unwrap();
            assert!(html.contains(&escape_html(name)), "{key}: {name}");
            // Each government's words, in every language, each marked with its language.
            for by in ["korea", "japan", "house"] {
                for lang in ["en", "ko", "ja"] {
                    let words: Vec<&str> = usage(term, by)["words"][lang]
                        .as_array()
                        .unwrap()
                        .iter()
                        .map(|w| w.as_str().unwrap())
                        .collect();
                    let marked = format!(
                        r#"<dd lang="{lang}">{}</dd>"#,
                        escape_html(&words.join(" / "))
                    );
                    assert!(
                        html.contains(&marked),
                        "{prefix}/terms {key} {by}: {marked}"
                    );
                }
            }
            let explanation = term["explanation"][page_lang].as_str().unwrap();
            assert!(html.contains(&escape_html(explanation)), "{key}");
            // Side by side in each language's order: Japan first on Japanese pages only.
            let korea = html.find("term__usage--korea").unwrap();
            let japan = html.find("term__usage--japan").unwrap();
            assert_eq!(japan < korea, page_lang == "ja", "{prefix}/terms {key}");
        }
    }
}

#[tokio::test]
async fn the_register_cites_its_sources_and_lists_the_events_that_use_a_term() {
    let app = TestApp::new().await;
    let page = app.get("/terms").await.body;
    // A change of usage with its dated source: Japan's 2021 cabinet answer.
    let comfort = entry(&page, "comfort-women");
    assert!(comfort.contains("https://www.nikkei.com/article/DGXZQOUA27DPQ0X20C21A4000000/"));
    assert!(comfort.contains(r#"<time datetime="2021-04-27">"#));
    // The seeded events about the islets are listed under their entry, with links to them.
    let islets = entry(&page, "dokdo-takeshima");
    let event = app.event_titled("Takeshima Day").await;
    let path = format!(
        "/events/{}-{}",
        event["id"],
        event["slug"].as_str().unwrap()
    );
    assert!(islets.contains(&format!(r#"href="{path}""#)), "{path}");
    // … and in the Korean register, to the Korean pages.
    let korean = app.get("/ko/terms").await.body;
    assert!(entry(&korean, "dokdo-takeshima").contains(&format!(r#"href="/ko{path}""#)));
    // An event that does not mention a term is not listed under it.
    assert!(!entry(&page, "fukushima-water").contains(&format!(r#"href="{path}""#)));
}

#[tokio::test]
async fn an_event_links_the_first_mention_of_a_term_to_its_entry_and_only_once() {
    let app = TestApp::new().await;
    // Kept before the event is added, the register must not be shown stale after.
    assert!(app.get("/terms").await.body.contains("dokdo-takeshima"));
    let editor = app.editor().await;
    let id = editor
        .save(&[
            ("title", "Dokdo in the title is not linked"),
            (
                "summary",
                "Seoul calls the islets Dokdo <b>and</b> Tokyo Takeshima.",
            ),
            ("body", "Dokdo again.\n\nThe GSOMIA and Dokdo once more."),
        ])
        .await;
    let page = app.get(&format!("/events/{id}")).await;
    let location = page.header(header::LOCATION).to_owned();
    let html = app.get(&location).await.body;
    assert_eq!(
        html.matches(r#"href="/terms#dokdo-takeshima""#).count(),
        1,
        "{html}"
    );
    assert_eq!(html.matches(r#"href="/terms#gsomia""#).count(), 1);
    // The first mention, in the summary, is the link; the text around it is escaped as ever.
    assert!(html.contains(
        r#"Seoul calls the islets <a href="/terms#dokdo-takeshima" class="term-link">Dokdo</a> &lt;b&gt;and&lt;/b&gt; Tokyo Takeshima."#
    ));
    assert!(text_of(&html).contains("Dokdo in the title is not linked"));
    // Untranslated, the Korean page shows the English words, linked to the Korean register.
    let korean = app.get(&format!("/ko{location}")).await.body;
    assert_eq!(
        korean
            .matches(r#"href="/ko/terms#dokdo-takeshima""#)
            .count(),
        1
    );
    // The register lists the new event under both terms it mentions.
    let register = app.get("/terms").await.body;
    for key in ["dokdo-takeshima", "gsomia"] {
        assert!(
            entry(&register, key).contains(&format!(r#"href="{location}""#)),
            "{key}"
        );
    }
}

#[tokio::test]
async fn every_page_leads_to_the_register_and_the_sitemap_lists_it() {
    let app = TestApp::new().await;
    for (path, link) in [
        ("/", "/terms"),
        ("/ko/", "/ko/terms"),
        ("/ja/on-this-day?date=08-15", "/ja/terms"),
    ] {
        let page = app.get(path).await;
        assert!(page.body.contains(&format!(r#"href="{link}""#)), "{path}");
    }
    let sitemap = app.get("/sitemap.xml").await.body;
    for prefix in ["", "/ko", "/ja"] {
        assert!(
            sitemap.contains(&format!("<loc>{PUBLIC_URL}{prefix}/terms</loc>")),
            "{prefix}"
        );
    }
}
