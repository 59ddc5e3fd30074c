use super::support::{PUBLIC_URL, TestApp, escape_html, has_tag, text_of};
use axum::http::{StatusCode, header};

#[tokio::test]
async fn the_timeline_is_rendered_on_the_server() {
    let app = TestApp::new().await;
    let page = app.get("/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.header(header::CONTENT_TYPE).starts_with("text/html"));
    let first_page = app.get("/api/events").await.json();
    for event in first_page["events"].as_array().unwrap() {
        let title = escape_html(event["title"].as_str().unwrap());
        assert!(page.body.contains(&title), "missing {title}");
        assert!(page.body.contains(&format!("id=\"event-{}\"", event["id"])));
    }
    // Dates are shown at their precision, and periods as spans.
    let summer_2019 = app.get("/?from=2019-07&to=2019-07").await.body;
    let text = text_of(&summer_2019);
    assert!(text.contains("4 July 2019"));
    assert!(text.contains("July 2019"));
    assert!(has_tag(&summer_2019, "time", &[r#"datetime="2019-07-04""#]));
    let colonial = text_of(&app.get("/?from=1910-08-29&to=1910-08-29").await.body);
    assert!(colonial.contains("29 August 1910 – 15 August 1945"));
    let canonical = format!(r#"href="{PUBLIC_URL}/""#);
    assert!(has_tag(
        &page.body,
        "link",
        &[r#"rel="canonical""#, &canonical]
    ));
}

#[tokio::test]
async fn an_event_has_a_permanent_page_with_link_preview_tags() {
    let app = TestApp::new().await;
    let event = app.event_titled("Nippon Steel").await;
    let id = event["id"].as_i64().unwrap();
    let title = event["title"].as_str().unwrap();
    let path = format!(
        "/events/{id}-{}",
        korea_japan_timeline::model::slugify(title)
    );

    let page = app.get(&path).await;

    assert_eq!(page.status, StatusCode::OK);
    let title = escape_html(title);
    assert!(
        page.body
            .contains(&format!("<h1 class=\"permalink__title\">{title}</h1>"))
    );
    let url = format!("{PUBLIC_URL}{path}");
    let (href, content) = (format!(r#"href="{url}""#), format!(r#"content="{url}""#));
    assert!(has_tag(&page.body, "link", &[r#"rel="canonical""#, &href]));
    assert!(has_tag(
        &page.body,
        "meta",
        &[r#"property="og:url""#, &content]
    ));
    assert!(has_tag(&page.body, "meta", &[r#"property="og:title""#]));
    assert!(has_tag(
        &page.body,
        "meta",
        &[r#"property="og:description""#]
    ));
    assert!(has_tag(
        &page.body,
        "meta",
        &[r#"name="twitter:card""#, r#"content="summary""#]
    ));
    assert!(has_tag(&page.body, "meta", &[r#"name="description""#]));
    assert!(page.body.contains(&format!("<title>{title} – ")));
    // "See in timeline" opens the page of the timeline that lists it, at its place.
    let link = page
        .body
        .split("href=\"")
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .find(|href| href.ends_with(&format!("#event-{id}")))
        .expect("a link to its place in the timeline")
        .replace("&amp;", "&");
    let listed = app.get(&link).await;
    assert!(
        listed.body.contains(&format!("id=\"event-{id}\"")),
        "{link}"
    );
    assert!(has_tag(&page.body, "a", &[r#"rel="prev""#]));
    assert!(has_tag(&page.body, "a", &[r#"rel="next""#]));
    assert!(page.body.contains("Related events"));
}

#[tokio::test]
async fn short_and_stale_event_links_redirect_permanently() {
    let app = TestApp::new().await;
    let event = app.event_titled("Nippon Steel").await;
    let id = event["id"].as_i64().unwrap();
    let canonical = format!(
        "/events/{id}-{}",
        korea_japan_timeline::model::slugify(event["title"].as_str().unwrap())
    );

    for stale in [
        format!("/events/{id}"),
        format!("/events/{id}-an-old-title"),
        format!("/events/{id}-"),
    ] {
        let response = app.get(&stale).await;
        assert_eq!(response.status, StatusCode::PERMANENT_REDIRECT, "{stale}");
        assert_eq!(response.header(header::LOCATION), canonical);
    }
    let with_query = app.get(&format!("/events/{id}?from=share")).await;
    assert_eq!(
        with_query.header(header::LOCATION),
        format!("{canonical}?from=share")
    );
}

#[tokio::test]
async fn unknown_events_and_paths_get_a_friendly_404() {
    let app = TestApp::new().await;
    for path in [
        "/events/999999",
        "/events/999999-no-such-event",
        "/events/not-a-number",
        "/no/such/page",
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            page.body.contains("This page is not in the timeline"),
            "{path}"
        );
        assert!(page.body.contains("href=\"/\""), "{path}");
    }
}

#[tokio::test]
async fn pages_are_compressed_for_clients_that_accept_it() {
    let app = TestApp::new().await;
    let request = axum::http::Request::get("/")
        .header(header::ACCEPT_ENCODING, "br, gzip")
        .body(axum::body::Body::empty())
        .unwrap();
    let response = app.request(request).await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header(header::CONTENT_ENCODING), "br");
}

#[tokio::test]
async fn on_this_day_lists_a_days_events_across_the_years() {
    let app = TestApp::new().await;
    // Without a date, today's (in UTC).
    let today = app.get("/on-this-day").await;
    assert!(today.status.is_redirection());
    let expected = format!("/on-this-day?date={}", chrono::Utc::now().format("%m-%d"));
    assert_eq!(today.header(header::LOCATION), expected);
    // 15 August: Japan's surrender (1945) and the Republic of Korea's founding (1948).
    let page = app.get("/on-this-day?date=08-15").await;
    assert_eq!(page.status, StatusCode::OK);
    let text = text_of(&page.body);
    assert!(text.contains("On this day: 15 August"), "{text}");
    for date in ["1945-08-15", "1948-08-15"] {
        assert!(
            has_tag(&page.body, "time", &[&format!(r#"datetime="{date}""#)]),
            "{date}"
        );
    }
    // Only days known to the day, and only that day.
    assert!(!page.body.contains(r#"datetime="1945-09"#));
    assert!(has_tag(
        &page.body,
        "a",
        &[r#"rel="next""#, r#"href="/on-this-day?date=08-16""#]
    ));
    // The timeline links to it.
    assert!(app.get("/").await.body.contains(r#"href="/on-this-day""#));
    // A day no year has.
    let bad = app.get("/on-this-day?date=02-30").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(text_of(&bad.body).contains("not a day of the year"));
}

#[tokio::test]
async fn an_event_page_carries_its_schema_org_data() {
    let app = TestApp::new().await;
    let event = app.event_titled("sign the Basic Relations Treaty").await;
    let short = app.get(&format!("/ko/events/{}", event["id"])).await;
    let path = short.header(header::LOCATION).to_owned();
    let page = app.get(&path).await.body;
    let json = page
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|rest| rest.split("</script>").next())
        .expect("a JSON-LD script");
    let data: serde_json::Value = serde_json::from_str(json).unwrap();
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "WebPage");
    assert_eq!(data["inLanguage"], "ko");
    assert_eq!(data["url"], format!("{PUBLIC_URL}{path}"));
    assert_eq!(data["about"]["@type"], "Event");
    assert_eq!(data["about"]["startDate"], "1965-06-22");
    let citations = data["citation"].as_array().unwrap();
    assert_eq!(citations.len(), event["sources"].as_array().unwrap().len());
    assert!(citations.iter().all(|c| c["publisher"]["name"].is_string()));
    let translations: Vec<&str> = data["workTranslation"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["inLanguage"].as_str().unwrap())
        .collect();
    assert_eq!(translations, ["en", "ja"]);
}

#[tokio::test]
async fn a_sources_host_is_shown_in_a_form_no_other_can_pass_for() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    for (url, shown) in [
        (
            "https://english.kyodonews.net/news",
            "english.kyodonews.net",
        ),
        ("https://한국.kr/보도", "한국.kr"),
        // A Cyrillic "а" among Latin letters.
        ("https://p\u{0430}ypal.com/news", "xn--pypal-4ve.com"),
    ] {
        let id = editor.save(&[("source_url", url)]).await;
        let short = app.get(&format!("/events/{id}")).await;
        let page = app.get(short.header(header::LOCATION)).await;
        assert!(
            page.body
                .contains(&format!("<span class=\"source__host\"> ({shown})</span>")),
            "{url}: {}",
            page.body
        );
    }
}

#[tokio::test]
async fn a_sources_description_in_brackets_is_not_quoted_as_a_headline() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let description = "(report of a briefing, 2 Aug 2019)";
    for (headline, shown) in [
        (description, format!(">{description}</a>")),
        (
            "Leaders meet in Tokyo",
            "“Leaders meet in Tokyo”".to_owned(),
        ),
    ] {
        let id = editor.save(&[("source_headline", headline)]).await;
        let short = app.get(&format!("/events/{id}")).await;
        let page = app.get(short.header(header::LOCATION)).await;
        assert!(page.body.contains(&shown), "{headline}: {}", page.body);
    }
}

#[tokio::test]
async fn korea_is_named_as_it_was_on_the_events_date_and_filtered_by_one_code() {
    let app = TestApp::new().await;
    let ganghwa = app.event_titled("Treaty of Ganghwa").await;
    let ganghwa = format!("/events/{}", ganghwa["id"]);
    let named = |html: &str, name: &str| {
        html.contains(&format!(r#"data-actor="KR" class="actor">{name}</li>"#))
    };

    for (lang, name) in [("", "Joseon Korea"), ("/ko", "조선"), ("/ja", "朝鮮")] {
        let page = app.get(&format!("{lang}{ganghwa}")).await;
        let page = app.get(page.header(header::LOCATION)).await;
        assert!(named(&page.body, name), "{lang}: no {name}");
    }
    let nippon_steel = app.event_titled("Nippon Steel").await;
    let page = app.get(&format!("/events/{}", nippon_steel["id"])).await;
    let page = app.get(page.header(header::LOCATION)).await;
    assert!(named(&page.body, "South Korea"));

    // The filter selects every period's Korea by its one code.
    let joseon = app.get("/?actor=KR&to=1896").await;
    assert!(named(&joseon.body, "Joseon Korea"));
    assert!(joseon.body.contains("Treaty of Ganghwa"));
}
