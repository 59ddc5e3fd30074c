use super::support::TestApp;
use axum::http::{StatusCode, header};

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
    // The first page: a hundred events, or all of them if fewer.
    let count = json["count"].as_u64().unwrap();
    assert_eq!(events.len() as u64, count.min(100));

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
    let period = events
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
    app.state.store.pool().close().await;
    assert_eq!(
        app.get("/healthz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
}
