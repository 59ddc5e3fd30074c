//! Embeds (`/embed/…`) for other sites' frames, the Embed and Download control on every view,
//! and oEmbed, which turns a pasted link into the embed.

use crate::support::{PUBLIC_URL, TestApp, has_tag, inline_scripts};
use axum::http::{StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

/// The headings of a page in order, as (level, opening tag).
fn headings(html: &str) -> Vec<(u8, String)> {
    html.match_indices("<h")
        .filter_map(|(at, _)| {
            let level = html[at + 2..].chars().next()?.to_digit(10)?;
            let tag = &html[at..at + html[at..].find('>')?];
            Some((level as u8, tag.to_owned()))
        })
        .collect()
}

/// The text of the embed code's box, as a reader sees it.
fn shown_code(html: &str) -> String {
    let start = html
        .find("<textarea id=\"embed-code\"")
        .expect("the embed code");
    let text = &html[start..];
    let text = &text[text.find('>').unwrap() + 1..text.find("</textarea>").unwrap()];
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The canonical path of event `id`, which its short address redirects to.
async fn event_path(app: &TestApp, id: i64) -> String {
    let response = app.get(&format!("/events/{id}")).await;
    assert_eq!(response.status, StatusCode::PERMANENT_REDIRECT);
    response.header(header::LOCATION).to_owned()
}

#[tokio::test]
async fn an_embed_shows_the_view_compactly_and_opens_links_at_the_top() {
    let app = TestApp::new().await;
    let trade = app.get("/api/events?category=trade&lang=ko").await.json();
    let embed = app.get("/ko/embed?category=trade").await;
    assert_eq!(embed.status, StatusCode::OK);
    let html = &embed.body;
    // The view's events, and nothing of the site's frame.
    for event in trade["events"].as_array().unwrap() {
        let id = event["id"].as_i64().unwrap();
        assert!(html.contains(&format!("id=\"event-{id}\"")), "event {id}");
    }
    assert_eq!(
        html.matches("class=\"event ").count(),
        trade["events"].as_array().unwrap().len()
    );
    assert!(!html.contains("site-header") && !html.contains("site-footer"));
    assert!(!html.contains("skip-link"));
    // Links leave the frame; search engines find the view at its own address.
    assert!(has_tag(html, "base", &["target=\"_top\""]), "{html}");
    assert!(has_tag(
        html,
        "meta",
        &["name=\"robots\"", "content=\"noindex\""]
    ));
    assert!(has_tag(html, "a", &["href=\"/ko/?category=trade\""]));
    assert!(has_tag(html, "html", &["lang=\"ko\"", "data-embed"]));
    // No WebAssembly, and the one small script that reports the height.
    assert!(!html.contains(".wasm") && !html.contains("leptos-island"));
    assert!(html.contains("kjt:height"));
}

#[tokio::test]
async fn an_embeds_headings_start_where_its_host_says() {
    let app = TestApp::new().await;
    let levels = |html: &str| -> Vec<u8> { headings(html).into_iter().map(|(l, _)| l).collect() };
    // Under the host page's own <h1> unless it asks otherwise.
    let default = levels(&app.get("/embed").await.body);
    assert_eq!(default[0], 2, "{default:?}");
    assert!(default[1..].iter().all(|&level| level == 3 || level == 4));
    assert!(default.contains(&3) && default.contains(&4));
    let deeper = app.get("/embed?h=3").await;
    let deeper = levels(&deeper.body);
    assert_eq!(deeper[0], 3);
    assert!(deeper[1..].iter().all(|&level| level == 4 || level == 5));
    // A level that cannot be is the default one, never an empty frame.
    assert_eq!(levels(&app.get("/embed?h=9").await.body), default);
    // The site's own page keeps its <h1>.
    let page = levels(&app.get("/").await.body);
    assert_eq!(page[0], 1);
}

#[tokio::test]
async fn one_event_embeds_with_its_title_as_the_top_heading() {
    let app = TestApp::new().await;
    let event = app.event_titled("Basic Relations").await;
    let id = event["id"].as_i64().unwrap();
    let path = event_path(&app, id).await;
    let embed = app.get(&format!("/ja/embed{path}?h=3")).await;
    assert_eq!(embed.status, StatusCode::OK, "{}", embed.body);
    let ja = app.get(&format!("/api/events/{id}?lang=ja")).await.json();
    let first = &headings(&embed.body)[0];
    assert_eq!(first.0, 3, "{first:?}");
    assert!(embed.body.contains(ja["title"].as_str().unwrap()));
    assert!(has_tag(&embed.body, "a", &[&format!("href=\"/ja{path}\"")]));
    assert_eq!(embed.body.matches("class=\"event ").count(), 1);
    // A stale address is sent on to the current one, an unknown event is a 404 in the frame.
    let short = app.get(&format!("/embed/events/{id}")).await;
    assert_eq!(short.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(short.header(header::LOCATION), format!("/embed{path}"));
    let missing = app.get("/embed/events/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(!missing.body.contains("site-header"));
}

#[tokio::test]
async fn only_embeds_may_be_framed() {
    let app = TestApp::new().await;
    let event = event_path(&app, 1).await;
    for path in [
        "/embed",
        "/ko/embed?category=trade",
        &format!("/embed{event}"),
        "/embed/events/999999",
    ] {
        let response = app.get(path).await;
        let policy = response.header(header::CONTENT_SECURITY_POLICY);
        assert!(policy.contains("frame-ancestors *;"), "{path}: {policy}");
        assert!(
            response.headers.get(header::X_FRAME_OPTIONS).is_none(),
            "{path}"
        );
    }
    for path in [
        "/",
        "/ko/",
        event.as_str(),
        "/on-this-day?date=08-15",
        "/nowhere",
        "/embedded",
        "/api/events",
        "/feed.atom",
        "/oembed?url=x",
        "/login",
        "/sitemap.xml",
    ] {
        let response = app.get(path).await;
        let policy = response.header(header::CONTENT_SECURITY_POLICY);
        assert!(
            policy.contains("frame-ancestors 'none'"),
            "{path}: {policy}"
        );
        assert_eq!(response.header(header::X_FRAME_OPTIONS), "DENY", "{path}");
    }
}

#[tokio::test]
async fn embed_origins_name_the_only_sites_that_may_frame() {
    let app = TestApp::builder()
        .embed_origins("https://news.example, https://*.school.example")
        .build()
        .await;
    let policy = app.get("/embed").await;
    assert!(
        policy
            .header(header::CONTENT_SECURITY_POLICY)
            .contains("frame-ancestors https://news.example https://*.school.example;"),
        "{}",
        policy.header(header::CONTENT_SECURITY_POLICY)
    );
}

#[tokio::test]
async fn an_embed_allows_its_script_by_its_hash_and_nothing_else() {
    let app = TestApp::new().await;
    let embed = app.get("/embed").await;
    let policy = embed.header(header::CONTENT_SECURITY_POLICY);
    let scripts = inline_scripts(&embed.body);
    assert!(scripts.iter().any(|s| s.contains("kjt:height")));
    for script in &scripts {
        let hash = STANDARD.encode(Sha256::digest(script.as_bytes()));
        assert!(
            policy.contains(&format!("'sha256-{hash}'")),
            "{script:?}: {policy}"
        );
    }
    // The site's enhancer is not an embed's, and not allowed there.
    let page = app.get("/").await;
    let enhancer = inline_scripts(&page.body)
        .into_iter()
        .find(|s| s.contains("data-reader-pages") || s.len() > 2000)
        .expect("the enhancer");
    let hash = STANDARD.encode(Sha256::digest(enhancer.as_bytes()));
    assert!(!policy.contains(&hash));
}

#[tokio::test]
async fn every_view_offers_its_downloads_and_embed_code() {
    let app = TestApp::new().await;
    let page = app.get("/ko/?category=trade&actor=JP").await;
    let html = &page.body;
    // The box shows the code to paste, as it is.
    let code = shown_code(html);
    assert!(
        code.starts_with(&format!(
            "<iframe src=\"{PUBLIC_URL}/ko/embed?category=trade&amp;actor=JP\" title=\"한일 관계 연표\""
        )),
        "{code}"
    );
    assert!(
        code.ends_with(&format!(
            "<script src=\"{PUBLIC_URL}/embed.js\" async></script>"
        )),
        "{code}"
    );
    for href in [
        "/api/events.csv?category=trade&amp;actor=JP",
        "/api/events?category=trade&amp;actor=JP&amp;lang=ko",
        "/api/timelinejs.json?category=trade&amp;actor=JP&amp;lang=ko",
    ] {
        assert!(has_tag(html, "a", &[&format!("href=\"{href}\"")]), "{href}");
        let answer = app.get(&href.replace("&amp;", "&")).await;
        assert_eq!(answer.status, StatusCode::OK, "{href}");
    }
    // An event's page offers its own embed and its JSON.
    let event = event_path(&app, 1).await;
    let page = app.get(&format!("/ja{event}")).await;
    let code = shown_code(&page.body);
    assert!(
        code.starts_with(&format!("<iframe src=\"{PUBLIC_URL}/ja/embed{event}\"")),
        "{code}"
    );
    assert!(has_tag(
        &page.body,
        "a",
        &["href=\"/api/events/1?lang=ja\""]
    ));
}

#[tokio::test]
async fn hosts_load_a_script_that_takes_heights_from_this_site_only() {
    let app = TestApp::new().await;
    let script = app.get("/embed.js").await;
    assert_eq!(script.status, StatusCode::OK);
    assert!(
        script
            .header(header::CONTENT_TYPE)
            .starts_with("text/javascript")
    );
    assert!(script.header(header::CACHE_CONTROL).contains("max-age="));
    // The origin it trusts is the one it was loaded from, and each height goes to its frame.
    for part in ["kjt:height", "currentScript", ".origin", "contentWindow"] {
        assert!(script.body.contains(part), "{part}: {}", script.body);
    }
    // In every language the same script, at one address.
    assert_eq!(app.get("/ko/embed.js").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn oembed_answers_a_rich_embed_of_any_view_in_its_language() {
    let app = TestApp::new().await;
    let url = format!("{PUBLIC_URL}/ko/?actor=JP&category=trade&utm_source=x");
    let asked: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("url", &url)
        .append_pair("format", "json")
        .append_pair("maxwidth", "500")
        .finish();
    let response = app.get(&format!("/oembed?{asked}")).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
    let answer = response.json();
    assert_eq!(answer["type"], "rich");
    assert_eq!(answer["version"], "1.0");
    assert_eq!(answer["width"], 500);
    assert!(answer["height"].as_u64().unwrap() > 0);
    assert!(answer["cache_age"].as_u64().unwrap() > 0);
    assert_eq!(answer["provider_name"], "한일 관계 연표");
    let html = answer["html"].as_str().unwrap();
    assert!(
        html.starts_with(&format!(
            "<iframe src=\"{PUBLIC_URL}/ko/embed?category=trade&amp;actor=JP\""
        )),
        "{html}"
    );
    assert!(html.contains("width=\"500\""));
    // The embed it frames answers.
    assert_eq!(
        app.get("/ko/embed?category=trade&actor=JP").await.status,
        StatusCode::OK
    );

    // An event, in Japanese, titled as its page is.
    let event = event_path(&app, 1).await;
    let url = format!("{PUBLIC_URL}/ja{event}");
    let asked: String = form_urlencoded::Serializer::new(String::new())
        .append_pair("url", &url)
        .finish();
    let answer = app.get(&format!("/oembed?{asked}")).await.json();
    let title = app.get("/api/events/1?lang=ja").await.json()["title"].clone();
    assert!(
        answer["title"]
            .as_str()
            .unwrap()
            .starts_with(title.as_str().unwrap())
    );
    assert!(
        answer["html"]
            .as_str()
            .unwrap()
            .contains(&format!("/ja/embed{event}\""))
    );
}

#[tokio::test]
async fn oembed_refuses_what_it_cannot_embed_in_the_apis_form() {
    let app = TestApp::new().await;
    let ask = |url: &str, more: &str| {
        let url: String = form_urlencoded::byte_serialize(url.as_bytes()).collect();
        format!("/oembed?url={url}{more}")
    };
    for (uri, status) in [
        (ask("https://elsewhere.example/", ""), StatusCode::NOT_FOUND),
        (
            ask(&format!("{PUBLIC_URL}/events/999999"), ""),
            StatusCode::NOT_FOUND,
        ),
        (
            ask(&format!("{PUBLIC_URL}/admin"), ""),
            StatusCode::NOT_FOUND,
        ),
        (
            ask(&format!("{PUBLIC_URL}/"), "&format=xml"),
            StatusCode::NOT_IMPLEMENTED,
        ),
        (
            ask(&format!("{PUBLIC_URL}/?category=weather"), ""),
            StatusCode::BAD_REQUEST,
        ),
        (ask("not a url at all", ""), StatusCode::BAD_REQUEST),
        (
            ask(&format!("{PUBLIC_URL}/"), "&maxwidth=wide"),
            StatusCode::BAD_REQUEST,
        ),
        ("/oembed".to_owned(), StatusCode::BAD_REQUEST),
    ] {
        let response = app.get(&uri).await;
        assert_eq!(response.status, status, "{uri}: {}", response.body);
        let json = response.json();
        assert!(json["error"].is_string(), "{uri}: {json}");
    }
    let unknown = app
        .get(&ask(&format!("{PUBLIC_URL}/?category=weather"), ""))
        .await
        .json();
    assert_eq!(unknown["problems"][0]["field"], "category");
}

#[tokio::test]
async fn readers_pages_announce_their_oembed_address() {
    let app = TestApp::new().await;
    let event = event_path(&app, 1).await;
    for (path, page) in [
        (
            "/ko/?category=trade",
            format!("{PUBLIC_URL}/ko/?category=trade"),
        ),
        (event.as_str(), format!("{PUBLIC_URL}{event}")),
    ] {
        let response = app.get(path).await;
        let url: String = form_urlencoded::byte_serialize(page.as_bytes()).collect();
        let address = format!("{PUBLIC_URL}/oembed?url={url}&format=json");
        assert_eq!(
            response.header(header::LINK),
            format!("<{address}>; rel=\"alternate\"; type=\"application/json+oembed\""),
            "{path}"
        );
        assert!(
            has_tag(
                &response.body,
                "link",
                &[
                    "type=\"application/json+oembed\"",
                    &format!("href=\"{}\"", address.replace('&', "&amp;"))
                ]
            ),
            "{path}"
        );
        // The address it names answers.
        let answer = app.get(&address.replace(PUBLIC_URL, "")).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
    }
    for path in ["/api/events", "/embed", "/login"] {
        assert!(
            app.get(path).await.headers.get(header::LINK).is_none(),
            "{path}"
        );
    }
}

#[tokio::test]
async fn pages_without_an_embed_name_no_oembed_address() {
    let app = TestApp::new().await;
    for path in ["/terms", "/ja/corrections", "/ko/on-this-day?date=03-01"] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert!(response.headers.get(header::LINK).is_none(), "{path}");
        assert!(!response.body.contains("application/json+oembed"), "{path}");
    }
}
