//! Failed requests answer in the caller's kind: JSON under /api, a page of the site
//! elsewhere; never bare text, and never the cause of a server fault.

use super::support::{TestApp, event_form, has_tag, text_of};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::i18n::t;
use korea_japan_timeline::model::Lang;

/// Breaks the database under the app, so that the next read of events fails.
async fn break_the_database(app: &TestApp) {
    app.state.store.break_event_reads().await.unwrap();
}

#[tokio::test]
async fn a_failed_save_answers_a_page_of_the_site() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    break_the_database(&app).await;
    let response = editor.post("/admin/events/new", &event_form(&[])).await;
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
    let editor = app.editor().await;
    for path in ["/admin/events/abc/retire", "/admin/events/0/restore"] {
        let response = editor.post(path, &[]).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{path}");
        assert!(
            response
                .header(header::CONTENT_TYPE)
                .starts_with("text/html"),
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_api_answers_unknown_addresses_and_methods_in_json() {
    let app = TestApp::new().await;
    let unknown = app.get("/api/nothing-here").await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(
        unknown
            .header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
    assert!(
        unknown.json()["error"]
            .as_str()
            .unwrap()
            .contains("no such address")
    );

    let posted = app.post_form("/api/events", &[("a", "b")], None).await;
    assert_eq!(posted.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(posted.json()["error"].as_str().unwrap().contains("POST"));
}

#[tokio::test]
async fn a_page_asked_with_the_wrong_method_says_so_in_its_language() {
    let app = TestApp::new().await;
    let english = app
        .post_form("/on-this-day?date=08-15", &[("a", "b")], None)
        .await;
    assert_eq!(english.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(
        english.body.contains("Not allowed at this address"),
        "{}",
        english.body
    );
    let korean = app
        .post_form("/ko/on-this-day?date=08-15", &[("a", "b")], None)
        .await;
    assert_eq!(korean.status, StatusCode::METHOD_NOT_ALLOWED);
    assert!(korean.body.contains("이 주소에서는 할 수 없는 요청입니다"));
    assert!(!korean.body.contains(r#"<p lang="en">"#));
}

#[tokio::test]
async fn a_sign_in_form_that_cannot_be_read_is_refused_as_a_page() {
    let app = TestApp::new().await;
    let request = Request::post("/ja/login")
        .header(header::CONTENT_TYPE, "text/plain")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from("username=mina"))
        .unwrap();
    let refused = app.request(request).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert!(
        refused
            .header(header::CONTENT_TYPE)
            .starts_with("text/html")
    );
    assert!(refused.body.contains(r#"<html lang="ja""#));
}

/// The words of a fault page's notice, the part between its heading and its way on.
fn notice(html: &str) -> &str {
    let start = html.find(r#"role="alert""#).expect(html);
    &html[start..start + html[start..].find("</section>").unwrap()]
}

/// Each language's page says what went wrong in its own words, with no English sentence.
fn assert_in_its_language(html: &str, lang: Lang, id: &str) {
    assert!(
        html.contains(&format!(r#"<html lang="{}""#, lang.code())),
        "{html}"
    );
    let notice = notice(html);
    assert!(notice.contains(&t(lang, id)), "{lang:?}: {notice}");
    assert!(!notice.contains(r#"lang="en""#), "{lang:?}: {notice}");
}

#[tokio::test]
async fn a_page_whose_data_cannot_be_read_says_so_in_its_language() {
    let app = TestApp::new().await;
    break_the_database(&app).await;
    for lang in [Lang::En, Lang::Ko, Lang::Ja] {
        let page = app.get(&lang.path("/")).await;
        assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR, "{lang:?}");
        assert_in_its_language(&page.body, lang, "fault-500-explanation");
        assert!(notice(&page.body).contains(&t(lang, "something-went-wrong")));
        assert!(has_tag(
            &page.body,
            "a",
            &[&format!(r#"href="{}""#, lang.path("/"))]
        ));
        assert!(!page.body.contains("event_actors"));
    }
}

#[tokio::test]
async fn a_withdrawn_event_s_citation_is_refused_in_the_page_s_language() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    editor.retire(id).await;
    for lang in [Lang::Ko, Lang::Ja] {
        let path = lang.path(&format!("/events/{id}-ministers-meet-in-tokyo/cite.ris"));
        let refused = app.get(&path).await;
        assert_eq!(refused.status, StatusCode::GONE, "{path}");
        assert_in_its_language(&refused.body, lang, "gone-explanation");
    }
    // English pages give the server's own account.
    let english = app.get(&format!("/events/{id}-x/cite.bib")).await;
    assert!(notice(&english.body).contains(&format!("Event {id} has been withdrawn.")));
}

#[tokio::test]
async fn extractors_refusals_answer_in_the_caller_s_kind_and_language() {
    let app = TestApp::new().await;
    // A form that is not a form, on a Korean page.
    let request = Request::post("/ko/login")
        .header(header::CONTENT_TYPE, "application/json")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from(r#"{"username":"mina"}"#))
        .unwrap();
    let refused = app.request(request).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_in_its_language(&refused.body, Lang::Ko, "fault-400-explanation");
    // A form whose fields cannot be read.
    let request = Request::post("/ja/login")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .body(Body::from("username=mina&username=jun"))
        .unwrap();
    let refused = app.request(request).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_in_its_language(&refused.body, Lang::Ja, "fault-400-explanation");
    // A path segment that is not text: a page, and JSON under /api.
    let page = app.get("/ja/events/%FF/cite.ris").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert_in_its_language(&page.body, Lang::Ja, "fault-400-explanation");
    let api = app.get("/api/events/%FF").await;
    assert_eq!(api.status, StatusCode::BAD_REQUEST);
    assert!(api.json()["error"].as_str().unwrap().contains("address"));
    // A query that selects nothing that can be: a feed's refusal is a page.
    let feed = app.get("/ko/feed.atom?category=nothing").await;
    assert_eq!(feed.status, StatusCode::BAD_REQUEST);
    assert_in_its_language(&feed.body, Lang::Ko, "fault-400-explanation");
    // Never axum's plain text.
    for refused in [&refused, &page, &feed] {
        assert!(
            refused
                .header(header::CONTENT_TYPE)
                .starts_with("text/html")
        );
    }
    assert!(
        api.header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
}
