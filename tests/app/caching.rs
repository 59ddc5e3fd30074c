//! Validators and kept pages: repeat visits get 304, and no visit gets a stale page.

use crate::support::TestApp;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::model::EventId;
use std::io::Read;

fn get_if_none_match(path: &str, etag: &str) -> Request<Body> {
    Request::get(path)
        .header(header::ACCEPT, "text/html")
        .header(header::IF_NONE_MATCH, etag)
        .body(Body::empty())
        .unwrap()
}

/// An editor adds an event titled `title`: the data changes.
/// A view of the timeline that shows the events `publish` adds.
const RECENT: &str = "/?from=2023-03-16&to=2023-03-16";

async fn publish(app: &TestApp, title: &str) {
    app.editor().await.save(&[("title", title)]).await;
}

#[tokio::test]
async fn repeat_visits_get_304_until_the_data_changes() {
    let app = TestApp::new().await;
    for path in [
        "/",
        "/?category=trade",
        "/api/events",
        "/api/events/1",
        "/ja/terms",
    ] {
        let first = app.get(path).await;
        assert_eq!(first.status, StatusCode::OK, "{path}");
        let etag = first.header(header::ETAG).to_owned();
        let again = app.request(get_if_none_match(path, &etag)).await;
        assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(again.body.is_empty());
        // The stored page's policy stands.
        assert!(again.headers.get(header::CONTENT_SECURITY_POLICY).is_none());
    }

    let first = app.get(RECENT).await;
    let etag = first.header(header::ETAG).to_owned();
    publish(&app, "A change readers must see").await;
    let after = app.request(get_if_none_match(RECENT, &etag)).await;
    assert_eq!(after.status, StatusCode::OK);
    assert_ne!(after.header(header::ETAG), etag);
    assert!(after.body.contains("A change readers must see"));
}

#[tokio::test]
async fn a_kept_page_is_sent_compressed_until_the_data_changes() {
    let app = TestApp::new().await;
    let get = |encoding: &'static str| {
        Request::get(RECENT)
            .header(header::ACCEPT_ENCODING, encoding)
            .body(Body::empty())
            .unwrap()
    };
    let plain = app.request(get("identity")).await;
    let br = app.request(get("gzip, br")).await;
    let gzip = app.request(get("gzip")).await;
    assert_eq!(br.header(header::CONTENT_ENCODING), "br");
    assert_eq!(gzip.header(header::CONTENT_ENCODING), "gzip");
    assert_eq!(br.header(header::VARY), "accept-encoding");
    assert!(plain.headers.get(header::CONTENT_ENCODING).is_none());

    let mut unpacked = String::new();
    brotli::Decompressor::new(br.bytes.as_ref(), 4096)
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain.body);
    let mut unpacked = String::new();
    flate2::read::GzDecoder::new(gzip.bytes.as_ref())
        .read_to_string(&mut unpacked)
        .unwrap();
    assert_eq!(unpacked, plain.body);

    // The same policy for every encoding, and no nonce that one reader could learn.
    let policy = plain.header(header::CONTENT_SECURITY_POLICY);
    assert_eq!(br.header(header::CONTENT_SECURITY_POLICY), policy);
    assert!(!policy.contains("nonce-"));

    // New data, a new render.
    publish(&app, "A change readers must see").await;
    let after = app.request(get("identity")).await;
    assert!(after.body.contains("A change readers must see"));
}

#[tokio::test]
async fn editors_pages_are_never_kept_or_validated() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let admin = editor.get("/admin").await;
    assert_eq!(admin.status, StatusCode::OK);
    assert!(admin.headers.get(header::ETAG).is_none());
    // A retired event disappears at once, even from a page that was kept.
    let listed = app.get("/").await;
    assert!(listed.body.contains("event-1\""));
    let retire = editor.post("/admin/events/1/retire", &[]).await;
    assert_eq!(retire.status, StatusCode::SEE_OTHER);
    assert!(!app.get("/").await.body.contains("id=\"event-1\""));
}

/// The app serving these files from `/pkg` (and the folder holding them, to keep).
async fn app_serving(files: &[(&str, &str)], hashed: bool) -> (TestApp, tempfile::TempDir) {
    let site = tempfile::tempdir().unwrap();
    std::fs::create_dir(site.path().join("pkg")).unwrap();
    for (name, content) in files {
        std::fs::write(site.path().join("pkg").join(name), content).unwrap();
    }
    let app = TestApp::builder()
        .serving_site(site.path(), hashed)
        .build()
        .await;
    (app, site)
}

#[tokio::test]
async fn files_named_by_their_hash_are_kept_for_good() {
    let (app, _site) = app_serving(&[("app.0a1b2c.css", "body { color: red }")], true).await;
    let css = app.get("/pkg/app.0a1b2c.css").await;
    assert_eq!(css.status, StatusCode::OK);
    assert_eq!(
        css.header(header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
    // A missing file is not cached for good.
    let missing = app.get("/pkg/app.ffffff.css").await;
    assert_ne!(missing.status, StatusCode::OK);
    assert_ne!(
        missing.header(header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn json_scripts_and_webassembly_are_compressed() {
    let filler = "function hydrate() { return 1; }\n".repeat(200);
    let files = [("app.js", filler.as_str()), ("app.wasm", filler.as_str())];
    let (app, _site) = app_serving(&files, false).await;
    for (path, encoding) in [
        ("/api/events", "br"),
        ("/pkg/app.js", "br"),
        ("/pkg/app.wasm", "br"),
        ("/pkg/app.wasm", "gzip"),
    ] {
        let response = app
            .request(
                Request::get(path)
                    .header(header::ACCEPT_ENCODING, encoding)
                    .body(Body::empty())
                    .unwrap(),
            )
            .await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert_eq!(
            response.header(header::CONTENT_ENCODING),
            encoding,
            "{path}"
        );
    }
}

#[tokio::test]
async fn compressed_copies_made_ahead_are_sent_as_they_are() {
    let (app, site) = app_serving(&[("app.wasm", "\0asm original bytes")], true).await;
    // Stands in for the brotli copy the server makes when it starts.
    std::fs::write(site.path().join("pkg").join("app.wasm.br"), "made ahead").unwrap();
    let response = app
        .request(
            Request::get("/pkg/app.wasm")
                .header(header::ACCEPT_ENCODING, "gzip, br")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.header(header::CONTENT_ENCODING), "br");
    assert_eq!(response.header(header::CONTENT_TYPE), "application/wasm");
    assert_eq!(response.body, "made ahead");
    assert_eq!(response.header(header::VARY), "accept-encoding");
    assert_eq!(
        response.header(header::CACHE_CONTROL),
        "public, max-age=31536000, immutable"
    );
}

#[tokio::test]
async fn addresses_of_one_view_are_one_kept_page() {
    let app = TestApp::new().await;
    for uri in [
        "/",
        "/?utm_source=news",
        "/?x=1&y=2",
        "/?page=1",
        "/?fbclid=abc&q=",
    ] {
        assert_eq!(app.get(uri).await.status, StatusCode::OK, "{uri}");
    }
    assert_eq!(app.state.pages.usage().0, 1);
    for uri in [
        "/?category=trade&category=legal",
        "/?category=legal&utm_medium=x&category=trade",
    ] {
        assert_eq!(app.get(uri).await.status, StatusCode::OK, "{uri}");
    }
    assert_eq!(app.state.pages.usage().0, 2);
}

#[tokio::test]
async fn addresses_that_are_no_event_are_not_kept() {
    let app = TestApp::new().await;
    for n in 0..5 {
        let page = app.get(&format!("/events/99999{n}-no-such-event")).await;
        assert_eq!(page.status, StatusCode::NOT_FOUND);
    }
    assert_eq!(app.state.pages.usage().0, 0);
    // A 304 names what else its answer depends on, as the answer did.
    let first = app.get("/api/events").await;
    let etag = first.header(header::ETAG).to_owned();
    let again = app.request(get_if_none_match("/api/events", &etag)).await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert_eq!(
        again.header(header::VARY),
        "accept-encoding, accept-language"
    );
}

#[tokio::test]
async fn a_change_made_by_another_process_shows_within_a_second() {
    let app = TestApp::new().await;
    let event = app.event_titled("Treaty of Ganghwa").await;
    let page = format!("/events/{}", event["id"]);
    let before = app.get(&page).await;
    assert!(before.status.is_redirection() || before.status.is_success());
    // As another process (the command line, a second server) would write it.
    let id = EventId::try_from(event["id"].as_i64().unwrap()).unwrap();
    app.state
        .store
        .retitle_elsewhere(id, "Renamed elsewhere")
        .await
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(1);
    loop {
        let api = app.get(&format!("/api/events/{}", event["id"])).await;
        if api.json()["title"] == "Renamed elsewhere" {
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still {}",
            api.json()["title"]
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
