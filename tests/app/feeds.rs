//! Feeds of any view, in each language: Atom and JSON Feed.

use super::support::{PUBLIC_URL, TestApp, has_tag};
use atom_syndication::Feed;
use axum::http::{StatusCode, header};

#[tokio::test]
async fn an_atom_feed_in_each_language_parses_and_links_to_pages_in_its_language() {
    let app = TestApp::new().await;
    for (prefix, lang) in [("", "en"), ("/ko", "ko"), ("/ja", "ja")] {
        let response = app.get(&format!("{prefix}/feed.atom")).await;
        assert_eq!(response.status, StatusCode::OK, "{prefix}");
        assert!(
            response
                .header(header::CONTENT_TYPE)
                .starts_with("application/atom+xml")
        );
        let feed: Feed = response.body.parse().expect("valid Atom");
        assert_eq!(feed.lang.as_deref(), Some(lang));
        let own = feed
            .links
            .iter()
            .find(|l| l.rel == "self")
            .expect("rel=self");
        assert_eq!(own.href, format!("{PUBLIC_URL}{prefix}/feed.atom"));
        assert!(!feed.authors.is_empty());
        assert_eq!(feed.entries.len(), 50);
        for entry in &feed.entries {
            let page = &entry.links[0].href;
            assert!(
                page.starts_with(&format!("{PUBLIC_URL}{prefix}/events/")),
                "{page}"
            );
            assert_eq!(&entry.id, page);
        }
        // Newest first.
        let times: Vec<_> = feed.entries.iter().map(|e| e.updated).collect();
        assert!(times.windows(2).all(|w| w[0] >= w[1]));
    }
}

#[tokio::test]
async fn a_filter_narrows_the_feed_and_a_new_event_leads_it() {
    let app = TestApp::new().await;
    let title = "Trade ministers meet again";
    app.editor()
        .await
        .save(&[("title", title), ("category", "trade"), ("actor", "JP")])
        .await;
    let feed: Feed = app
        .get("/feed.atom?category=trade&actor=JP")
        .await
        .body
        .parse()
        .unwrap();
    assert_eq!(feed.entries[0].title.value, title);
    assert!(feed.entries.iter().all(|e| e.categories[0].term == "trade"));
    let own = feed.links.iter().find(|l| l.rel == "self").unwrap();
    assert_eq!(
        own.href,
        format!("{PUBLIC_URL}/feed.atom?category=trade&actor=JP")
    );

    let bad = app.get("/feed.atom?category=sports").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_json_feed_is_version_1_1_with_language_and_authors() {
    let app = TestApp::new().await;
    let response = app.get("/ja/feed.json?category=legal").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("application/feed+json")
    );
    let feed = response.json();
    assert_eq!(feed["version"], "https://jsonfeed.org/version/1.1");
    assert_eq!(feed["language"], "ja");
    assert_eq!(
        feed["feed_url"],
        format!("{PUBLIC_URL}/ja/feed.json?category=legal")
    );
    assert!(feed["authors"][0]["name"].is_string());
    let items = feed["items"].as_array().unwrap();
    assert!(!items.is_empty());
    for item in items {
        assert!(
            item["id"]
                .as_str()
                .unwrap()
                .starts_with(&format!("{PUBLIC_URL}/ja/events/"))
        );
        assert!(item["content_text"].is_string() && item["date_modified"].is_string());
        assert_eq!(item["tags"][0], "legal");
    }
}

#[tokio::test]
async fn the_timeline_offers_the_feeds_of_its_view() {
    let app = TestApp::new().await;
    let page = app
        .get("/ko/?actor=JP&category=trade&utm_source=x")
        .await
        .body;
    for (kind, path) in [
        ("application/atom+xml", "/ko/feed.atom"),
        ("application/feed+json", "/ko/feed.json"),
    ] {
        let href = format!("href=\"{path}?category=trade&amp;actor=JP\"");
        assert!(
            has_tag(
                &page,
                "link",
                &["rel=\"alternate\"", &format!("type=\"{kind}\""), &href]
            ),
            "{kind}"
        );
    }
}
