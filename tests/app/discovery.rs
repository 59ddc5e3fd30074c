//! What search engines read: robots.txt and the sitemaps.

use super::support::{PUBLIC_URL, TestApp};
use axum::http::{StatusCode, header};

#[tokio::test]
async fn robots_keeps_editors_pages_out_in_every_language_and_names_the_sitemap() {
    let app = TestApp::new().await;
    let robots = app.get("/robots.txt").await;
    assert_eq!(robots.status, StatusCode::OK);
    assert!(
        robots
            .header(header::CONTENT_TYPE)
            .starts_with("text/plain")
    );
    for line in [
        "Disallow: /admin",
        "Disallow: /ko/admin",
        "Disallow: /ja/login",
        "Disallow: /api/",
        &format!("Sitemap: {PUBLIC_URL}/sitemap.xml"),
    ] {
        assert!(
            robots.body.lines().any(|l| l == line),
            "{line}: {}",
            robots.body
        );
    }
    assert!(!robots.body.contains("Disallow: /events"));
    // robots.txt has one version: there is none under a language.
    assert_eq!(
        app.get("/ko/robots.txt").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_sitemap_lists_every_event_in_each_language_with_its_alternates() {
    let app = TestApp::new().await;
    let events = app.events().await.len();
    let sitemap = app.get("/sitemap.xml").await;
    assert_eq!(sitemap.status, StatusCode::OK);
    assert!(
        sitemap
            .header(header::CONTENT_TYPE)
            .starts_with("application/xml")
    );
    let xml = &sitemap.body;
    assert!(xml.starts_with("<?xml") && xml.contains("<urlset"));
    // The timeline, the register of terms, the corrections log and every event, once per
    // language, each with four alternates.
    assert_eq!(xml.matches("<url>").count(), 3 * (events + 3));
    assert_eq!(xml.matches("<xhtml:link ").count(), 4 * 3 * (events + 3));
    assert!(xml.contains(&format!("<loc>{PUBLIC_URL}/ja/corrections</loc>")));
    let first = app.events().await[0]["id"].as_i64().unwrap();
    let canonical = app.get(&format!("/events/{first}")).await;
    let path = canonical.header(header::LOCATION).to_owned();
    for (lang, address) in [
        ("en", format!("{PUBLIC_URL}{path}")),
        ("ko", format!("{PUBLIC_URL}/ko{path}")),
        ("ja", format!("{PUBLIC_URL}/ja{path}")),
        ("x-default", format!("{PUBLIC_URL}{path}")),
    ] {
        let link = format!("hreflang=\"{lang}\" href=\"{address}\"/>");
        assert_eq!(xml.matches(&link).count(), 3, "{link}");
        if lang != "x-default" {
            assert!(xml.contains(&format!("<loc>{address}</loc>")), "{address}");
        }
    }
    assert!(xml.contains("<lastmod>"));
}

#[tokio::test]
async fn past_ten_thousand_events_the_sitemap_is_an_index_of_numbered_ones() {
    let app = TestApp::new().await;
    let seeded = app.events().await.len();
    app.state.store.add_synthetic_events(10_000).await.unwrap();
    let index = app.get("/sitemap.xml").await.body;
    assert!(index.contains("<sitemapindex"), "{}", &index[..200]);
    assert!(index.contains(&format!("<loc>{PUBLIC_URL}/sitemap-1.xml</loc>")));
    assert!(index.contains(&format!("<loc>{PUBLIC_URL}/sitemap-2.xml</loc>")));
    assert!(!index.contains("sitemap-3.xml"));
    let first = app.get("/sitemap-1.xml").await.body;
    let second = app.get("/sitemap-2.xml").await.body;
    // The first also lists the timeline, the register of terms and the corrections log.
    assert_eq!(first.matches("<url>").count(), 3 * (10_000 + 3));
    assert_eq!(second.matches("<url>").count(), 3 * seeded);
    assert_eq!(
        app.get("/sitemap-3.xml").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/sitemap-0.xml").await.status,
        StatusCode::NOT_FOUND
    );
}
