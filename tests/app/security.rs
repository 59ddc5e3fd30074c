//! Headers on every response, cross-site refusals, body limits and writes without a session.

use crate::support::{EDITOR_PASSWORD, PUBLIC_URL, TestApp, inline_scripts};
use axum::body::Body;
use axum::http::{HeaderName, HeaderValue, Request, StatusCode, header};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    let app = TestApp::new().await;
    for path in [
        "/",
        "/events/1",
        "/no/such/page",
        "/api/events",
        "/healthz",
        "/login",
    ] {
        let response = app.get(path).await;
        let csp = response.header(header::CONTENT_SECURITY_POLICY);
        for directive in [
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'none'",
        ] {
            assert!(csp.contains(directive), "{path}: {csp}");
        }
        assert_eq!(response.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
        assert!(!response.header(header::REFERRER_POLICY).is_empty());
        // The test app's public URL is https.
        assert!(
            response
                .header(header::STRICT_TRANSPORT_SECURITY)
                .contains("max-age=")
        );
    }
}

#[tokio::test]
async fn pages_are_revalidated_and_editors_pages_never_stored() {
    let app = TestApp::new().await;
    // A page can change with any save (a retired event must not linger in a cache).
    assert_eq!(app.get("/").await.header(header::CACHE_CONTROL), "no-cache");
    assert_eq!(
        app.get("/events/999999")
            .await
            .header(header::CACHE_CONTROL),
        "no-cache"
    );
    let editor = app.editor().await;
    for path in ["/login", "/admin", "/admin/audit"] {
        let response = editor.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}");
        assert_eq!(response.header(header::CACHE_CONTROL), "no-store", "{path}");
    }
}

#[tokio::test]
async fn readers_pages_allow_their_inline_scripts_by_their_hashes() {
    let app = TestApp::new().await;
    let first = app.get("/").await;
    let policy = first.header(header::CONTENT_SECURITY_POLICY).to_owned();
    let scripts = inline_scripts(&first.body);
    assert!(
        scripts.iter().any(|s| s.contains("data-ready")),
        "the enhancer is inlined"
    );
    for script in scripts {
        let hash = STANDARD.encode(Sha256::digest(script.as_bytes()));
        assert!(
            policy.contains(&format!("'sha256-{hash}'")),
            "{script:?}: {policy}"
        );
    }
    // No nonce to honour, and no WebAssembly to compile.
    assert!(
        !policy.contains("nonce-") && !policy.contains("wasm-unsafe-eval"),
        "{policy}"
    );
    // Every render of every reader's page has the same policy.
    let event = app
        .get("/events/1")
        .await
        .header(header::LOCATION)
        .to_owned();
    for path in ["/?category=trade", &event, "/nowhere"] {
        let other = app.get(path).await;
        assert_eq!(
            other.header(header::CONTENT_SECURITY_POLICY),
            policy,
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_event_form_allows_its_hydration_scripts_by_a_nonce_of_its_own() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let nonce_of = |csp: &str| {
        csp.split("'nonce-")
            .nth(1)
            .and_then(|rest| rest.split('\'').next())
            .unwrap_or_else(|| panic!("no nonce in {csp}"))
            .to_owned()
    };
    let first = editor.get("/admin/events/1").await;
    let policy = first.header(header::CONTENT_SECURITY_POLICY);
    assert!(policy.contains("'wasm-unsafe-eval'"), "{policy}");
    let nonce = nonce_of(policy);
    assert!(nonce.len() >= 16);
    // Every inline script but the enhancer (allowed by its hash) carries the nonce.
    let with_nonce = first.body.matches(&format!("nonce=\"{nonce}\"")).count();
    assert!(with_nonce + 1 >= inline_scripts(&first.body).len());
    // Each render has its own.
    let other = editor.get("/admin/events/1").await;
    assert_ne!(
        nonce,
        nonce_of(other.header(header::CONTENT_SECURITY_POLICY))
    );
}

fn cross_site_login(headers: &[(&str, &str)]) -> Request<Body> {
    let mut request =
        Request::post("/login").header(header::CONTENT_TYPE, "application/x-www-form-urlencoded");
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    request
        .body(Body::from(format!(
            "username=mina&password={}",
            EDITOR_PASSWORD.replace(' ', "+")
        )))
        .unwrap()
}

#[tokio::test]
async fn cross_site_posts_are_refused_sign_in_included() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    for headers in [
        &[("sec-fetch-site", "cross-site")][..],
        &[("sec-fetch-site", "same-site")][..],
        &[("origin", "https://evil.example")][..],
    ] {
        let response = app.request(cross_site_login(headers)).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{headers:?}");
        assert!(response.headers.get(header::SET_COOKIE).is_none());
    }
    let editor = app.signed_in_as("mina").await;
    let mut logout = Request::post("/logout")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::empty())
        .unwrap();
    logout
        .headers_mut()
        .insert(header::HOST, "timeline.example".parse().unwrap());
    assert_eq!(
        editor.browser.request(logout).await.status,
        StatusCode::FORBIDDEN
    );
    // The session survived the forged sign-out.
    assert_eq!(editor.get("/admin").await.status, StatusCode::OK);
    // The same post from the site itself goes through.
    let own = app
        .request(cross_site_login(&[("origin", PUBLIC_URL)]))
        .await;
    assert_eq!(own.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn oversized_bodies_get_413() {
    let app = TestApp::new().await;
    let big = "x".repeat(64 * 1024 + 1);
    let request = Request::post("/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(format!("username={big}")))
        .unwrap();
    let response = app.request(request).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.body.contains("at most 64 KB"), "{}", response.body);
}

#[tokio::test]
async fn gets_change_nothing() {
    let app = TestApp::new().await;
    app.create_editor("mina", EDITOR_PASSWORD).await;
    let editor = app.signed_in_as("mina").await;
    // Signing out by following a link (or an image tag on another site) does nothing.
    let response = editor.get("/logout").await;
    assert_ne!(response.status, StatusCode::SEE_OTHER);
    assert!(response.headers.get(header::SET_COOKIE).is_none());
    assert_eq!(editor.get("/admin").await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_request_id_is_taken_from_the_client_only_if_it_is_short_and_plain() {
    let app = TestApp::new().await;
    let with_id = |id: &[u8]| {
        Request::get("/healthz")
            .header("x-request-id", HeaderValue::from_bytes(id).unwrap())
            .body(Body::empty())
            .unwrap()
    };
    let plain = app.request(with_id(b"proxy-7f3a_2.1")).await;
    assert_eq!(
        plain.header(HeaderName::from_static("x-request-id")),
        "proxy-7f3a_2.1"
    );
    let long = "a".repeat(60_000);
    for forged in [
        long.as_bytes(),
        b"id\tGET /admin 200".as_slice(),
        b"</script><script>alert(1)</script>",
        "\u{202e}reversed".as_bytes(),
    ] {
        let response = app.request(with_id(forged)).await;
        let id = response.header(HeaderName::from_static("x-request-id"));
        // A new one, made by the server: a UUID.
        assert_eq!(id.len(), 36, "{id}");
        assert!(
            id.bytes().all(|b| b.is_ascii_hexdigit() || b == b'-'),
            "{id}"
        );
    }
}

/// A body that sends one byte, then waits `every` before the next, `bytes` times.
struct TrickleBody {
    left: usize,
    every: std::time::Duration,
    wait: Option<std::pin::Pin<Box<tokio::time::Sleep>>>,
}

impl axum::body::HttpBody for TrickleBody {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        use std::task::Poll;
        if self.left == 0 {
            return Poll::Ready(None);
        }
        let every = self.every;
        let wait = self
            .wait
            .get_or_insert_with(|| Box::pin(tokio::time::sleep(every)));
        if wait.as_mut().poll(cx).is_pending() {
            return Poll::Pending;
        }
        self.wait = None;
        self.left -= 1;
        Poll::Ready(Some(Ok(hyper::body::Frame::data(
            axum::body::Bytes::from_static(b"a"),
        ))))
    }
}

#[tokio::test]
async fn a_body_sent_a_byte_at_a_time_is_cut_off_at_its_deadline() {
    let app = TestApp::builder()
        .body_deadline(std::time::Duration::from_millis(600))
        .build()
        .await;
    let editor = app.editor().await;
    let trickle = |bytes| {
        Request::post("/admin/events/new")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header("sec-fetch-site", "same-origin")
            .header(header::ORIGIN, PUBLIC_URL)
            .header(header::COOKIE, editor.cookie())
            .body(Body::new(TrickleBody {
                left: bytes,
                every: std::time::Duration::from_millis(100),
                wait: None,
            }))
            .unwrap()
    };
    // Each byte comes well within any timer per chunk; all of them take too long.
    let slow = app.request(trickle(20)).await;
    assert_eq!(slow.status, StatusCode::REQUEST_TIMEOUT, "{}", slow.body);
    assert!(slow.body.contains("Too slow to arrive"), "{}", slow.body);
    // A body that arrives in time is read as usual (and refused for what it says).
    let quick = app.request(trickle(3)).await;
    assert_eq!(quick.status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn a_target_that_is_not_a_plain_path_is_refused_before_any_page() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    for path in [
        "/./admin",
        "/events/../admin",
        "/%2e/admin",
        "/events/%2E%2E/admin",
        "/ko/events/../admin",
    ] {
        for with_session in [false, true] {
            let mut request = Request::get(path);
            if with_session {
                request = request.header(header::COOKIE, editor.cookie());
            }
            let response = app.request(request.body(Body::empty()).unwrap()).await;
            assert_eq!(response.status, StatusCode::BAD_REQUEST, "{path}");
            assert!(!response.body.contains("admin-events"), "{path}");
        }
    }
    for (method, target) in [
        ("CONNECT", "timeline.example:443"),
        ("GET", "timeline.example:80"),
    ] {
        let request = Request::builder()
            .method(method)
            .uri(target)
            .body(Body::empty())
            .unwrap();
        let response = app.request(request).await;
        assert_eq!(
            response.status,
            StatusCode::BAD_REQUEST,
            "{method} {target}"
        );
    }
    // Plain paths with dots in their words are plain paths.
    assert_eq!(app.get("/?q=U.S.").await.status, StatusCode::OK);
}
