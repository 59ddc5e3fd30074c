//! The site in three languages: addresses that carry the language, pages that name their
//! other languages, and event texts in the language asked for, marked where they are not.

use crate::support::{PUBLIC_URL, TestApp, event_form, has_tag, text_of};
use axum::http::{StatusCode, header};

/// The export-licensing announcement of 1 July 2019: its id and its English address.
async fn export_curbs(app: &TestApp) -> (i64, String) {
    let event = app.event_titled("stricter export licensing").await;
    let id = event["id"].as_i64().unwrap();
    (
        id,
        format!("/events/{id}-{}", event["slug"].as_str().unwrap()),
    )
}

#[tokio::test]
async fn korean_and_japanese_pages_live_under_their_own_prefix() {
    let app = TestApp::new().await;
    let window = "?from=2019-07-01&to=2019-07-01";
    let english = app.get(&format!("/{window}")).await;
    let korean = app.get(&format!("/ko/{window}")).await;
    let japanese = app.get(&format!("/ja/{window}")).await;
    for page in [&english, &korean, &japanese] {
        assert_eq!(page.status, StatusCode::OK);
    }
    assert!(english.body.contains(r#"<html lang="en""#));
    assert!(korean.body.contains(r#"<html lang="ko""#));
    assert!(japanese.body.contains(r#"<html lang="ja""#));
    // The interface and the events, each in its language.
    assert!(korean.body.contains("한일 관계 연표"));
    assert!(korean.body.contains("반도체 소재 3개 품목"));
    assert!(korean.body.contains("2019년 7월 1일"));
    assert!(japanese.body.contains("日韓関係年表"));
    assert!(japanese.body.contains("半導体材料3品目"));
    assert!(japanese.body.contains("2019年7月1日"));
    assert!(english.body.contains("1 July 2019"));
    // Links stay in the language: the events, the filter form, the way home.
    assert!(has_tag(&korean.body, "form", &[r#"action="/ko/""#]));
    assert!(korean.body.contains(r#"href="/ko/events/"#));
    assert!(!korean.body.contains(r#"href="/events/"#));
    assert!(japanese.body.contains(r#"href="/ja/on-this-day""#));
    // `/ko` without its slash is the same page.
    let bare = app.get("/ko").await;
    assert_eq!(bare.status, StatusCode::OK);
    assert!(bare.body.contains(r#"<html lang="ko""#));
}

#[tokio::test]
async fn every_page_names_its_address_in_each_language() {
    let app = TestApp::new().await;
    let (_, path) = export_curbs(&app).await;
    let page = app.get(&format!("/ja{path}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let url = |prefix: &str| format!("{PUBLIC_URL}{prefix}{path}");
    let html = &page.body;
    assert!(has_tag(
        html,
        "link",
        &[r#"rel="canonical""#, &format!(r#"href="{}""#, url("/ja"))]
    ));
    for (lang, prefix) in [("en", ""), ("ko", "/ko"), ("ja", "/ja"), ("x-default", "")] {
        assert!(
            has_tag(
                html,
                "link",
                &[
                    r#"rel="alternate""#,
                    &format!(r#"hreflang="{lang}""#),
                    &format!(r#"href="{}""#, url(prefix))
                ]
            ),
            "no {lang} alternate"
        );
    }
    assert!(has_tag(
        html,
        "meta",
        &[r#"property="og:locale""#, r#"content="ja_JP""#]
    ));
    for other in ["en_US", "ko_KR"] {
        assert!(has_tag(
            html,
            "meta",
            &[
                r#"property="og:locale:alternate""#,
                &format!(r#"content="{other}""#)
            ]
        ));
    }
    assert!(has_tag(
        html,
        "meta",
        &[
            r#"property="og:url""#,
            &format!(r#"content="{}""#, url("/ja"))
        ]
    ));
    // The slug is the English one in every language, so shared links never change.
    assert!(html.contains("対韓輸出管理の運用見直し"));
}

#[tokio::test]
async fn short_and_stale_links_redirect_within_their_language() {
    let app = TestApp::new().await;
    let (id, path) = export_curbs(&app).await;
    for (asked, expected) in [
        (format!("/ko/events/{id}"), format!("/ko{path}")),
        (
            format!("/ja/events/{id}-old-title?ref=x"),
            format!("/ja{path}?ref=x"),
        ),
        (format!("/events/{id}"), path.clone()),
    ] {
        let response = app.get(&asked).await;
        assert_eq!(response.status, StatusCode::PERMANENT_REDIRECT, "{asked}");
        assert_eq!(response.header(header::LOCATION), expected);
    }
    let today = app.get("/ja/on-this-day").await;
    assert!(
        today
            .header(header::LOCATION)
            .starts_with("/ja/on-this-day?date=")
    );
}

#[tokio::test]
async fn unknown_pages_answer_in_the_language_of_their_address() {
    let app = TestApp::new().await;
    for (path, lang, heading) in [
        ("/ko/no-such-page", "ko", "연표에 없는 페이지입니다"),
        ("/ja/events/999999", "ja", ""),
        ("/ja/api/events", "ja", ""),
        ("/no-such-page", "en", "This page is not in the timeline"),
    ] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            page.body.contains(&format!(r#"<html lang="{lang}""#)),
            "{path}"
        );
        assert!(page.body.contains(heading), "{path}");
    }
    // A path that merely starts like a language is not one.
    assert!(app.get("/korea").await.body.contains(r#"<html lang="en""#));
}

#[tokio::test]
async fn the_switcher_keeps_the_reader_on_the_same_view() {
    let app = TestApp::new().await;
    let page = app.get("/ko/?page=2&category=trade&utm_source=x").await;
    assert_eq!(page.status, StatusCode::OK);
    let html = &page.body;
    for (lang, href) in [
        ("en", "/?category=trade&amp;page=2"),
        ("ko", "/ko/?category=trade&amp;page=2"),
        ("ja", "/ja/?category=trade&amp;page=2"),
    ] {
        assert!(
            has_tag(
                html,
                "a",
                &[
                    &format!(r#"hreflang="{lang}""#),
                    &format!(r#"href="{href}""#)
                ]
            ),
            "{lang}: {href}"
        );
    }
    assert!(has_tag(
        html,
        "a",
        &[r#"hreflang="ko""#, r#"aria-current="page""#]
    ));
    // Each language is named in its own words, and offers itself in them.
    assert!(has_tag(
        html,
        "a",
        &[r#"lang="ja""#, "data-offer=\"このページを"]
    ));
    let (_, path) = export_curbs(&app).await;
    let event = app.get(&format!("/ja{path}")).await;
    assert!(has_tag(
        &event.body,
        "a",
        &[r#"hreflang="en""#, &format!(r#"href="{path}""#)]
    ));
}

#[tokio::test]
async fn a_text_not_yet_translated_shows_in_english_and_says_so() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let response = editor.post("/admin/events/new", &event_form(&[])).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let event = app.event_titled("Ministers meet in Tokyo").await;
    let path = format!(
        "/events/{}-{}",
        event["id"],
        event["slug"].as_str().unwrap()
    );
    let korean = app.get(&format!("/ko{path}")).await;
    assert_eq!(korean.status, StatusCode::OK);
    assert!(korean.body.contains("아직 한국어로 번역되지 않아"));
    assert!(has_tag(
        &korean.body,
        "div",
        &[r#"class="permalink__text""#, r#"lang="en""#]
    ));
    assert!(text_of(&korean.body).contains("Ministers meet in Tokyo"));
    // On the timeline too, with the rest of the card in Japanese.
    let japanese = app.get("/ja/?from=2023-03-16&to=2023-03-16").await;
    assert!(japanese.body.contains("まだ日本語に翻訳されていない"));
    assert!(has_tag(
        &japanese.body,
        "h3",
        &[r#"class="event__title""#, r#"lang="en""#]
    ));
    assert!(japanese.body.contains("外交"));
    // A translated event carries no such note.
    let (_, curbs) = export_curbs(&app).await;
    let translated = app.get(&format!("/ko{curbs}")).await;
    assert!(!translated.body.contains("번역되지 않아"));
    assert!(!has_tag(
        &translated.body,
        "div",
        &[r#"class="permalink__text""#, r#"lang="#]
    ));
}

#[tokio::test]
async fn readers_search_in_their_language_and_find_any_languages_words() {
    let app = TestApp::new().await;
    for (path, expected) in [
        ("/ko/?q=%EC%88%98%EC%B6%9C", "반도체 소재 3개 품목"), // 수출
        ("/ja/?q=%E8%BC%B8%E5%87%BA", "半導体材料3品目"),      // 輸出
        ("/ko/?q=export", "반도체 소재 3개 품목"),
        ("/?q=%E8%BC%B8%E5%87%BA", "stricter export licensing"),
    ] {
        let page = app
            .get(&format!("{path}&from=2019-07-01&to=2019-07-01"))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        assert!(text_of(&page.body).contains(expected), "{path}");
    }
    // Matches are marked in the text shown.
    let page = app
        .get("/ko/?q=%EC%88%98%EC%B6%9C&from=2019-07-01&to=2019-07-01")
        .await;
    assert!(page.body.contains("<mark>수출</mark>"), "{}", page.body);
}

#[tokio::test]
async fn counts_dates_and_days_read_as_each_language_writes_them() {
    let app = TestApp::new().await;
    let korean = text_of(&app.get("/ko/?from=2019-07&to=2019-07").await.body);
    assert!(korean.contains("건"), "{korean}");
    assert!(korean.contains("2019년 7월 4일"));
    let japanese = text_of(&app.get("/ja/on-this-day?date=08-15").await.body);
    assert!(japanese.contains("8月15日の出来事"), "{japanese}");
    assert!(japanese.contains("8月14日") && japanese.contains("8月16日"));
    let english = text_of(&app.get("/on-this-day?date=08-15").await.body);
    assert!(english.contains("On this day: 15 August"));
}

#[tokio::test]
async fn each_language_of_a_page_is_kept_apart() {
    let app = TestApp::new().await;
    let view = "?category=trade";
    for _ in 0..2 {
        let korean = app.get(&format!("/ko/{view}")).await;
        let english = app.get(&format!("/{view}")).await;
        let japanese = app.get(&format!("/ja/{view}")).await;
        assert!(korean.body.contains(r#"<html lang="ko""#));
        assert!(english.body.contains(r#"<html lang="en""#));
        assert!(japanese.body.contains(r#"<html lang="ja""#));
        assert_ne!(korean.header(header::ETAG), "");
    }
}

#[tokio::test]
async fn filters_that_cannot_be_applied_are_explained_in_the_readers_language() {
    let app = TestApp::new().await;
    let korean = app.get("/ko/?from=2019-13&category=sports").await;
    assert_eq!(korean.status, StatusCode::BAD_REQUEST);
    let text = text_of(&korean.body);
    assert!(
        text.contains("“2019-13”은(는) 올바른 날짜가 아닙니다"),
        "{text}"
    );
    assert!(text.contains("“sports”(이)라는 분야는 없습니다"));
    assert!(!korean.body.contains(r#"<li lang="en">"#));
    let japanese = text_of(&app.get("/ja/?from=2020&to=2019").await.body);
    assert!(
        japanese.contains("終了日（2019）が開始日（2020）より前になっています。"),
        "{japanese}"
    );
    // The API keeps its own shape: the parameter and a sentence for developers.
    let api = app.get("/api/events?from=2019-13").await.json();
    assert_eq!(api["problems"][0]["field"], "from");
    assert!(
        api["problems"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not a date")
    );
    assert!(api["problems"][0].get("problem").is_none());
}

#[tokio::test]
async fn faults_are_explained_in_the_language_of_the_address() {
    use axum::body::Body;
    use axum::http::Request;
    let app = TestApp::new().await;
    let big = "x".repeat(64 * 1024 + 1);
    let request = Request::post("/ko/admin/events/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(format!("title={big}")))
        .unwrap();
    let too_large = app.request(request).await;
    assert_eq!(too_large.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(too_large.body.contains(r#"<html lang="ko""#));
    assert!(text_of(&too_large.body).contains("서버는 최대 64KB까지 받을 수 있습니다"));
    let request = Request::post("/ja/admin/events/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from("title=x"))
        .unwrap();
    let refused = app.request(request).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(text_of(&refused.body).contains("他のサイトから送信されたリクエストのため"));
    // Signed out, the way back is the sign-in in the same language.
    let signed_out = app
        .post_form("/ja/admin/events/new", &event_form(&[]), None)
        .await;
    assert_eq!(signed_out.status, StatusCode::UNAUTHORIZED);
    assert!(has_tag(&signed_out.body, "a", &[r#"href="/ja/login""#]));
}

#[tokio::test]
async fn a_link_to_an_event_not_yet_translated_is_marked_as_english() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let (curbs, path) = export_curbs(&app).await;
    let related = curbs.to_string();
    let response = editor
        .post("/admin/events/new", &event_form(&[("related", &related)]))
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let korean = app.get(&format!("/ko{path}")).await.body;
    assert!(has_tag(
        &korean,
        "span",
        &[r#"class="link__title""#, r#"lang="en""#]
    ));
    assert!(korean.contains("Ministers meet in Tokyo"));
    // A translated one needs no mark.
    let english = app.get(&path).await.body;
    assert!(!has_tag(
        &english,
        "span",
        &[r#"class="link__title""#, r#"lang="#]
    ));
}
