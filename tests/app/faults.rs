//! Failed requests answer in the caller's kind: JSON under /api, a page of the site
//! elsewhere; never bare text, and never the cause of a server fault.

use super::support::{TestApp, event_form, has_tag, text_of};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

/// Breaks the database under the app, so that the next read of events fails.
async fn break_the_database(app: &TestApp) {
    sqlx::query("DROP TABLE event_actors")
        .execute(app.state.store.test_pool())
        .await
        .unwrap();
}

#[tokio::test]
async fn a_failed_save_answers_a_page_of_the_site() {
    let app = TestApp::new().await;
    let cookie = app.editor_cookie().await;
    break_the_database(&app).await;
    let response = app
        .post_form("/admin/events/new", &event_form(&[]), Some(&cookie))
        .await;
    assert_eq!(response.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("text/html")
    );
    let text = text_of(&response.body);
    assert!(text.contains("Something went wrong"), "{text}");
    assert!(text.contains("nothing was changed"), "{text}");
    // The site around it, with its stylesheet allowed by the page's policy.
    assert!(has_tag(
        &response.body,
        "a",
        &[r#"class="site-header__brand""#]
    ));
    assert!(
        response
            .header(header::CONTENT_SECURITY_POLICY)
            .contains("style-src 'self'")
    );
    // The cause stays in the log.
    assert!(!response.body.contains("event_actors"));
}

#[tokio::test]
async fn a_failed_api_call_answers_json() {
    let app = TestApp::new().await;
    break_the_database(&app).await;
    let response = app.get("/api/events?category=trade").await;
    assert_eq!(response.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
    let json = response.json();
    assert!(
        json["error"]
            .as_str()
            .unwrap()
            .contains("Something went wrong")
    );
    assert!(!response.body.contains("event_actors"));
}

#[tokio::test]
async fn refused_writes_answer_pages_that_say_what_to_do() {
    let app = TestApp::new().await;
    // No session.
    let response = app
        .post_form("/admin/events/new", &event_form(&[]), None)
        .await;
    assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("text/html")
    );
    assert!(has_tag(&response.body, "a", &[r#"href="/login""#]));
    // Too large.
    let big = "x".repeat(64 * 1024 + 1);
    let request = Request::post("/admin/events/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::CONTENT_LENGTH, big.len())
        .body(Body::from(format!("title={big}")))
        .unwrap();
    let response = app.request(request).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("text/html")
    );
    assert!(text_of(&response.body).contains("at most 64 KB"));
    // From another site.
    let request = Request::post("/admin/events/new")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "cross-site")
        .body(Body::from("title=x"))
        .unwrap();
    let response = app.request(request).await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert!(
        response
            .header(header::CONTENT_TYPE)
            .starts_with("text/html")
    );
    assert!(text_of(&response.body).contains("came from another site"));
}

#[tokio::test]
async fn retiring_an_address_that_is_no_event_answers_a_page() {
    let app = TestApp::new().await;
    let cookie = app.editor_cookie().await;
    for path in ["/admin/events/abc/retire", "/admin/events/0/restore"] {
        let response = app.post_form(path, &[], Some(&cookie)).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            response
                .header(header::CONTENT_TYPE)
                .starts_with("text/html"),
            "{path}"
        );
    }
}
