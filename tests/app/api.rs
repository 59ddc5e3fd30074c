use super::support::{TestApp, event_form};
use axum::body::Body;
use axum::http::Request;
use axum::http::{StatusCode, header};
use korea_japan_timeline::model::PAGE_SIZE;

#[tokio::test]
async fn the_api_lists_every_event_in_date_order() {
    let app = TestApp::new().await;
    let response = app.get("/api/events").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
    let json = response.json();
    let events = json["events"].as_array().unwrap();
    // The first page: a page's worth of events, or all of them if fewer.
    let count = json["count"].as_u64().unwrap();
    assert_eq!(events.len() as u64, count.min(u64::from(PAGE_SIZE)));
    assert_eq!(json["page_size"], PAGE_SIZE);

    let first = &events[0];
    assert!(first["id"].is_i64());
    assert!(first["title"].is_string());
    assert!(first["summary"].is_string());
    assert!(["year", "month", "day"].contains(&first["start"]["precision"].as_str().unwrap()));
    assert!(first["start"]["circa"].is_boolean());
    assert!(first["category"].is_string());
    assert!(first["actors"][0].is_string());
    assert!(first["sources"][0]["publisher"].is_string());
    assert!(first["sources"][0]["headline"].is_string());

    let dates: Vec<&str> = events
        .iter()
        .map(|e| e["start"]["date"].as_str().unwrap())
        .collect();
    let mut sorted = dates.clone();
    sorted.sort();
    assert_eq!(dates, sorted);
    let every = app.events().await;
    let period = every
        .iter()
        .find(|e| e["end"]["date"] == "1945-08-15")
        .expect("colonial rule");
    assert_eq!(period["start"]["date"], "1910-08-29");
}

#[tokio::test]
async fn the_api_serves_one_event_or_a_json_error() {
    let app = TestApp::new().await;
    let listed = app.event_titled("GSOMIA").await;

    let one = app.get(&format!("/api/events/{}", listed["id"])).await;
    assert_eq!(one.status, StatusCode::OK);
    // One event comes whole; a list leaves out each event's body, its longest text.
    let mut one = one.json();
    assert!(one["body"].is_string());
    assert!(listed.get("body").is_none());
    one.as_object_mut().unwrap().remove("body");
    assert_eq!(one, listed);

    let missing = app.get("/api/events/999999").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.json()["error"].is_string());

    let malformed = app.get("/api/events/abc").await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST);
    assert!(
        malformed.json()["error"]
            .as_str()
            .unwrap()
            .contains("not an event id")
    );
}

#[tokio::test]
async fn health_check_answers_when_the_database_does() {
    let app = TestApp::new().await;
    assert_eq!(app.get("/healthz").await.status, StatusCode::OK);
    app.state.store.close().await;
    assert_eq!(
        app.get("/healthz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}

fn has_script(text: &str, range: std::ops::RangeInclusive<char>) -> bool {
    text.chars().any(|c| range.contains(&c))
}

#[tokio::test]
async fn the_api_answers_in_the_language_asked_for() {
    let app = TestApp::new().await;
    let hangul = '\u{ac00}'..='\u{d7af}';
    let kana = '\u{3040}'..='\u{30ff}';
    // By parameter: the export curbs of 4 July 2019, in Korean.
    let korean = app
        .get("/api/events?lang=ko&from=2019-07-04&to=2019-07-04")
        .await;
    assert_eq!(korean.status, StatusCode::OK);
    assert!(korean.header(header::VARY).contains("accept-language"));
    let events = korean.json()["events"].as_array().unwrap().clone();
    assert!(!events.is_empty());
    for event in &events {
        assert_eq!(event["lang"], "ko", "{event}");
        assert!(has_script(event["title"].as_str().unwrap(), hangul.clone()));
    }
    // By header, for one event: Japanese, body included.
    let id = events[0]["id"].as_i64().unwrap();
    let request = Request::get(format!("/api/events/{id}"))
        .header(header::ACCEPT_LANGUAGE, "ja-JP,ja;q=0.9,en;q=0.5")
        .body(Body::empty())
        .unwrap();
    let japanese = app.request(request).await.json();
    assert_eq!(japanese["lang"], "ja");
    assert!(has_script(
        japanese["summary"].as_str().unwrap(),
        kana.clone()
    ));
    // The same address for a reader of English, after the Japanese answer was kept.
    let english = app.get(&format!("/api/events/{id}")).await.json();
    assert_eq!(english["lang"], "en");
    // The parameter wins over the header.
    let request = Request::get(format!("/api/events/{id}?lang=ko"))
        .header(header::ACCEPT_LANGUAGE, "ja")
        .body(Body::empty())
        .unwrap();
    assert_eq!(app.request(request).await.json()["lang"], "ko");
}

#[tokio::test]
async fn an_untranslated_event_answers_in_english_and_says_so() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let saved = editor
        .post(
            "/admin/events/new",
            &event_form(&[("title", "Only in English so far")]),
        )
        .await;
    let id = saved
        .header(header::LOCATION)
        .split('/')
        .nth(3)
        .unwrap()
        .split('?')
        .next()
        .unwrap()
        .to_owned();
    let event = app.get(&format!("/api/events/{id}?lang=ja")).await.json();
    assert_eq!(event["lang"], "en");
    assert_eq!(event["title"], "Only in English so far");
}

#[tokio::test]
async fn an_unknown_language_is_a_400_naming_it() {
    let app = TestApp::new().await;
    for path in ["/api/events?lang=zh", "/api/events/1?lang=EN"] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{path}");
        let json = response.json();
        assert_eq!(json["problems"][0]["field"], "lang", "{path}");
        assert!(json["error"].as_str().unwrap().contains("en, ko or ja"));
    }
}
