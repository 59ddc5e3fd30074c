//! A test app: the real router on a fresh database, and helpers to read its answers.

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::model::EventId;
use korea_japan_timeline::server::auth::accounts::{self, Password, Username};
use korea_japan_timeline::server::startup::config::Config;
use korea_japan_timeline::server::{AppState, prepare, router};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tempfile::TempDir;
use tower::ServiceExt;

pub use crate::client::{Client, TestResponse};
pub use crate::database::{TestDatabase, seeded_template};

pub const PUBLIC_URL: &str = "https://timeline.example";
pub const EDITOR_PASSWORD: &str = "a long enough passphrase";

pub struct TestApp {
    pub state: AppState,
    pub config: Config,
    router: Router,
    // Dropped last: holds the database.
    _database: TestDatabase,
}

/// How a test app is to be made: everything about it is decided before it is built.
#[must_use]
pub struct TestAppBuilder {
    database: Option<TestDatabase>,
    https: bool,
    site: Option<(PathBuf, bool)>,
    body_deadline: Option<Duration>,
    embed_origins: Option<String>,
}

impl TestAppBuilder {
    /// On `timeline.db` in `dir`, as it is (made there by an older build, say), rather than
    /// on a copy of the freshly seeded database: SQLite, whatever the tests run on.
    pub fn database_in(self, dir: TempDir) -> Self {
        self.database(TestDatabase::sqlite_in(dir))
    }

    /// On this database, as it is.
    pub fn database(mut self, database: TestDatabase) -> Self {
        self.database = Some(database);
        self
    }

    /// Reached over plain HTTP rather than HTTPS.
    pub fn over_http(mut self) -> Self {
        self.https = false;
        self
    }

    /// Giving a request's body this long to arrive, from first byte to last.
    pub fn body_deadline(mut self, deadline: Duration) -> Self {
        self.body_deadline = Some(deadline);
        self
    }

    /// Letting only the pages of these origins frame the embeds (`EMBED_ORIGINS`).
    pub fn embed_origins(mut self, origins: &str) -> Self {
        self.embed_origins = Some(origins.to_owned());
        self
    }

    /// Serving the built files in `root`, named by their hashes or not.
    pub fn serving_site(mut self, root: &Path, hashed: bool) -> Self {
        self.site = Some((root.to_owned(), hashed));
        self
    }

    pub async fn build(self) -> TestApp {
        let database = match self.database {
            Some(database) => database,
            None => TestDatabase::seeded().await,
        };
        let mut config = config_for(database.url.clone());
        if let Some(origins) = &self.embed_origins {
            config.embed_origins = origins.parse().expect("origins");
        }
        let mut state = prepare(&config).await.expect("the app starts");
        let settings = state.settings();
        settings.https = self.https;
        if let Some(deadline) = self.body_deadline {
            settings.body_deadline = deadline;
        }
        if let Some((root, hashed)) = self.site {
            settings.leptos_options = leptos::config::LeptosOptions::builder()
                .output_name("korea-japan-timeline")
                .site_root(root.to_str().unwrap())
                .site_pkg_dir("pkg")
                .build();
            settings.hashed_assets = hashed;
        }
        TestApp {
            router: router(state.clone()),
            state,
            config,
            _database: database,
        }
    }
}

/// The configuration of a test app on the database at `database_url`.
pub fn config_for(database_url: String) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().unwrap(),
        database_url,
        site_root: "target/site".into(),
        public_url: Some(PUBLIC_URL.into()),
        https: None,
        trust_forwarded_for: false,
        embed_origins: Default::default(),
    }
}

impl TestApp {
    pub fn builder() -> TestAppBuilder {
        TestAppBuilder {
            database: None,
            https: true,
            site: None,
            body_deadline: None,
            embed_origins: None,
        }
    }

    /// The app on a fresh copy of the seeded database.
    pub async fn new() -> Self {
        Self::builder().build().await
    }

    /// The app on `timeline.db` in `dir`, as it is (made there by an older build, say).
    pub async fn on_database_in(dir: TempDir) -> Self {
        Self::builder().database_in(dir).build().await
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

    /// A request from no browser in particular: it carries only the cookies it is given.
    pub async fn request(&self, request: Request<Body>) -> TestResponse {
        TestResponse::read(self.router.clone().oneshot(request).await.unwrap()).await
    }

    /// A new browser on this app, holding no cookies yet.
    pub fn client(&self) -> Client {
        Client::in_process(self.router.clone(), self.state.https)
    }

    /// A form post as a browser on this site sends it.
    pub async fn post_form(
        &self,
        uri: &str,
        form: &[(&str, &str)],
        cookie: Option<&str>,
    ) -> TestResponse {
        let body: String = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(form)
            .finish();
        let mut request = Request::post(uri)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(header::ACCEPT, "text/html")
            .header("sec-fetch-site", "same-origin")
            .header(header::ORIGIN, PUBLIC_URL);
        if let Some(cookie) = cookie {
            request = request.header(header::COOKIE, cookie);
        }
        self.request(request.body(Body::from(body)).unwrap()).await
    }

    /// A GET carrying a session cookie.
    pub async fn get_with_cookie(&self, uri: &str, cookie: &str) -> TestResponse {
        self.request(
            Request::get(uri)
                .header(header::ACCEPT, "text/html")
                .header(header::COOKIE, cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await
    }

    /// Makes an editor's account, as `admin create` does.
    pub async fn create_editor(&self, username: &str, password: &str) {
        accounts::create(
            &self.state.store,
            &Username::parse(username).unwrap(),
            &Password::new(password.into()).unwrap(),
        )
        .await
        .unwrap();
    }

    /// Signs in from a new browser and returns the `name=value` of its session cookie, for
    /// a request a test writes by hand.
    pub async fn sign_in(&self, username: &str, password: &str) -> String {
        let browser = self.client();
        browser.sign_in(username, password).await;
        let name = self.session_cookie_name();
        let value = browser.cookie(name, "/admin").expect("a session cookie");
        format!("{name}={value}")
    }

    /// The session cookie's name: `__Host-` prefixed over HTTPS.
    pub fn session_cookie_name(&self) -> &'static str {
        if self.state.https {
            "__Host-session"
        } else {
            "session"
        }
    }

    /// A signed-in editor, on a new account, in a browser that keeps her cookies.
    pub async fn editor(&self) -> Editor<'_> {
        self.create_editor("mina", EDITOR_PASSWORD).await;
        self.signed_in_as("mina").await
    }

    /// Another server on this app's database, as a second machine behind a proxy runs one.
    /// It must be dropped first: this app holds the database.
    pub async fn another_server(&self) -> TestApp {
        TestApp::builder()
            .database(TestDatabase::shared(&self.config.database_url))
            .build()
            .await
    }

    /// An editor signed in to her account, which exists already.
    pub async fn signed_in_as(&self, username: &str) -> Editor<'_> {
        let browser = self.client();
        browser.sign_in(username, EDITOR_PASSWORD).await;
        Editor { app: self, browser }
    }

    /// Every event from the JSON API, page after page.
    pub async fn events(&self) -> Vec<serde_json::Value> {
        let mut events = Vec::new();
        for page in 1.. {
            let response = self.get(&format!("/api/events?page={page}")).await;
            assert_eq!(response.status, StatusCode::OK);
            let json = response.json();
            let found = json["events"].as_array().unwrap();
            events.extend(found.iter().cloned());
            if found.is_empty() || events.len() as u64 >= json["count"].as_u64().unwrap() {
                break;
            }
        }
        events
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

/// A signed-in editor of a test app, doing what editors do through the admin's forms, in a
/// browser that keeps what the server sets (a renewed session, a device cookie, a sign-out).
pub struct Editor<'a> {
    pub app: &'a TestApp,
    pub browser: Client,
}

impl Editor<'_> {
    /// A GET from her browser.
    pub async fn get(&self, uri: &str) -> TestResponse {
        self.browser.get(uri).await
    }

    /// A form post from her browser.
    pub async fn post(&self, uri: &str, form: &[(&str, &str)]) -> TestResponse {
        self.browser.post_form(uri, form).await
    }

    /// The `name=value` of her session cookie, as her browser holds it now, for a request
    /// a test writes by hand.
    pub fn cookie(&self) -> String {
        let name = self.app.session_cookie_name();
        let value = self
            .browser
            .cookie(name, "/admin")
            .expect("a session cookie");
        format!("{name}={value}")
    }

    /// Saves a new event (a complete, valid form with `changes`) and returns its id.
    pub async fn save(&self, changes: &[(&str, &str)]) -> EventId {
        let response = self.post("/admin/events/new", &event_form(changes)).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        let location = response.header(header::LOCATION);
        location
            .strip_prefix("/admin/events/")
            .and_then(|rest| rest.strip_suffix("?saved=1"))
            .and_then(|id| id.parse().ok())
            .unwrap_or_else(|| panic!("unexpected redirect to {location}"))
    }

    /// Retires an event: readers get "gone" for it.
    pub async fn retire(&self, id: EventId) -> TestResponse {
        self.post(&format!("/admin/events/{id}/retire"), &[]).await
    }

    /// Shows a retired event to readers again.
    pub async fn restore(&self, id: EventId) -> TestResponse {
        self.post(&format!("/admin/events/{id}/restore"), &[]).await
    }
}

/// A complete, valid event form, with `changes` applied.
pub fn event_form<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("title", "Ministers meet in Tokyo"),
        ("summary", "Foreign ministers discuss history and trade."),
        ("body", "First paragraph.\n\nSecond paragraph."),
        ("start", "2023-03-16"),
        ("end", ""),
        ("category", "diplomacy"),
        ("actor", "KR"),
        ("actor", "JP"),
        ("source_publisher", "Kyodo News"),
        ("source_headline", "Leaders meet in Tokyo"),
        ("source_date", "2023-03-16"),
        ("source_url", "https://english.kyodonews.net/"),
        ("related", ""),
        ("action", "save"),
    ];
    for &(name, value) in changes {
        match fields.iter_mut().find(|(n, _)| *n == name) {
            Some(field) => field.1 = value,
            None => fields.push((name, value)),
        }
    }
    fields
}

/// The version an event form's page carries, which its next save starts from.
pub fn version_in(html: &str) -> String {
    let tag = html
        .split("<input ")
        .find(|tag| tag.contains("name=\"version\""))
        .expect("a version field");
    let value = tag.split("value=\"").nth(1).unwrap();
    value[..value.find('"').unwrap()].to_owned()
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

/// The inline scripts of a page: what each `<script>` without `src` holds.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    html.split("<script")
        .skip(1)
        .filter_map(|rest| {
            let (tag, rest) = rest.split_once('>')?;
            (!tag.contains("src=")).then(|| rest.split("</script>").next().unwrap_or_default())
        })
        .collect()
}

/// Text as it appears in HTML.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
