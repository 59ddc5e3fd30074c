//! A test app: the real router on a fresh database, and helpers to read its answers.

use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Request, StatusCode, header};
use http_body_util::BodyExt;
use korea_japan_timeline::server::config::Config;
use korea_japan_timeline::server::{AppState, prepare, router};
use tempfile::TempDir;
use tower::ServiceExt;

pub const PUBLIC_URL: &str = "https://timeline.example";

pub struct TestApp {
    pub state: AppState,
    pub config: Config,
    router: Router,
    // Dropped last: holds the database file.
    _dir: TempDir,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: String,
}

impl TestResponse {
    pub fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(&name)
            .unwrap_or_else(|| panic!("no {name} header"))
            .to_str()
            .unwrap()
    }

    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }
}

impl TestApp {
    pub async fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let config = Config {
            addr: "127.0.0.1:0".parse().unwrap(),
            database_url: format!("sqlite://{}/timeline.db", dir.path().display()),
            site_root: "target/site".into(),
            public_url: Some(PUBLIC_URL.into()),
        };
        let state = prepare(&config).await.expect("the app starts");
        Self {
            router: router(state.clone()),
            state,
            config,
            _dir: dir,
        }
    }

    /// A GET as a browser's navigation sends it.
    pub async fn get(&self, uri: &str) -> TestResponse {
        self.request(
            Request::get(uri)
                .header(header::ACCEPT, "text/html")
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        let response = self.router.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    /// Every event from the JSON API.
    pub async fn events(&self) -> Vec<serde_json::Value> {
        let response = self.get("/api/events").await;
        assert_eq!(response.status, StatusCode::OK);
        response.json()["events"].as_array().unwrap().clone()
    }

    /// The first event whose title contains `needle`.
    pub async fn event_titled(&self, needle: &str) -> serde_json::Value {
        self.events()
            .await
            .into_iter()
            .find(|e| e["title"].as_str().unwrap().contains(needle))
            .unwrap_or_else(|| panic!("no event titled like {needle:?}"))
    }
}

/// The text of an HTML document, without its tags.
pub fn text_of(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// Whether the HTML has a `<name …>` tag with all these attributes, in any order.
pub fn has_tag(html: &str, name: &str, attributes: &[&str]) -> bool {
    html.split(&format!("<{name} "))
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .any(|tag| attributes.iter().all(|attribute| tag.contains(attribute)))
}

/// Text as it appears in HTML.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
