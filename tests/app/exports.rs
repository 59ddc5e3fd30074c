//! Downloading a view: CSV that Excel opens in every language, and that can be read back.

use super::support::TestApp;
use axum::http::{StatusCode, header};

/// The records of a CSV answer, after its byte order mark, with its header first.
fn records(bytes: &[u8]) -> Vec<csv::StringRecord> {
    let body = bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .expect("a UTF-8 byte order mark");
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(body)
        .records()
        .map(|r| r.expect("an RFC 4180 record"))
        .collect()
}

#[tokio::test]
async fn a_view_downloads_as_csv_one_row_per_event_in_every_language() {
    let app = TestApp::new().await;
    let response = app.get("/api/events.csv?category=trade").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("text/csv")
    );
    assert!(
        response
            .header(header::CONTENT_DISPOSITION)
            .starts_with("attachment")
    );
    // Every line ends in CRLF.
    assert!(response.bytes.ends_with(b"\r\n"));
    let rows = records(&response.bytes);
    let header = &rows[0];
    assert_eq!(&header[0], "id");
    assert!(header.iter().any(|c| c == "title_ko") && header.iter().any(|c| c == "body_ja"));
    let column = |name: &str| header.iter().position(|c| c == name).unwrap();
    let api = app.get("/api/events?category=trade&lang=ko").await.json();
    assert_eq!(rows.len() - 1, api["count"].as_u64().unwrap() as usize);
    // Korean as the API gives it, byte for byte.
    let first = &api["events"][0];
    let first_id = first["id"].to_string();
    let row = rows
        .iter()
        .find(|r| r[0] == *first_id)
        .expect("the event's row");
    assert_eq!(&row[column("title_ko")], first["title"].as_str().unwrap());
    assert_eq!(&row[column("category")], "trade");
    let sources: serde_json::Value = serde_json::from_str(&row[column("sources")]).unwrap();
    assert!(sources[0]["publisher"].is_string());
}

#[tokio::test]
async fn commas_quotes_and_line_breaks_survive_the_round_trip() {
    let app = TestApp::new().await;
    let title = "Seoul, Tokyo \"agree\" on talks";
    let body = "First paragraph, with a comma.\n\nSecond \"quoted\" paragraph.";
    let id = app
        .editor()
        .await
        .save(&[("title", title), ("body", body), ("start", "2024-02-29")])
        .await;
    let response = app
        .get("/api/events.csv?from=2024-02-29&to=2024-02-29")
        .await;
    let rows = records(&response.bytes);
    let id = id.to_string();
    let row = rows.iter().find(|r| r[0] == *id).unwrap();
    assert_eq!(&row[8], title);
    assert_eq!(&row[10], body);
    assert!(
        response
            .body
            .contains("\"Seoul, Tokyo \"\"agree\"\" on talks\"")
    );
}

#[tokio::test]
async fn an_empty_view_is_a_valid_empty_file_and_a_bad_filter_a_400() {
    let app = TestApp::new().await;
    let empty = app
        .get("/api/events.csv?q=nothing-matches-this-at-all")
        .await;
    assert_eq!(empty.status, StatusCode::OK);
    assert_eq!(records(&empty.bytes).len(), 1, "the header alone");
    let bad = app.get("/api/events.csv?from=2019-13").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.json()["error"].is_string());
}

#[tokio::test]
async fn a_large_view_streams_in_batches_and_loses_no_row() {
    let app = TestApp::new().await;
    let seeded = app.events().await.len();
    app.state.store.add_synthetic_events(1_234).await.unwrap();
    let rows = records(&app.get("/api/events.csv").await.bytes);
    assert_eq!(rows.len() - 1, seeded + 1_234);
    let mut ids: Vec<i64> = rows[1..].iter().map(|r| r[0].parse().unwrap()).collect();
    let before = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), before, "each event once");
}

#[tokio::test]
async fn a_view_as_timelinejs_json_keeps_korean_titles_and_our_own_ids() {
    let app = TestApp::new().await;
    let response = app.get("/api/timelinejs.json?category=trade&lang=ko").await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header(header::ACCESS_CONTROL_ALLOW_ORIGIN), "*");
    let timeline = response.json();
    let api = app.get("/api/events?category=trade&lang=ko").await.json();
    let events = timeline["events"].as_array().unwrap();
    assert_eq!(events.len() as u64, api["count"].as_u64().unwrap());
    let first = &api["events"][0];
    let slide = events
        .iter()
        .find(|e| e["unique_id"] == format!("{}-{}", first["id"], first["slug"].as_str().unwrap()))
        .expect("the slide of the API's first event");
    let headline = slide["text"]["headline"].as_str().unwrap();
    assert!(
        headline.contains(first["title"].as_str().unwrap()),
        "{headline}"
    );
    assert!(headline.contains("/ko/events/"), "{headline}");
    assert_eq!(slide["group"], "trade");
    assert!(slide["start_date"]["year"].is_u64());
    assert!(slide["display_date"].as_str().unwrap().contains('년'));
    // Periods are eras too, and the whole timeline's eras include colonial rule.
    let all = app.get("/api/timelinejs.json?lang=en").await.json();
    assert!(!all["eras"].as_array().unwrap().is_empty());
    let bad = app.get("/api/timelinejs.json?lang=zz").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
}
