//! Readers' reports of errors: the form under every event, sent as a plain post; its
//! guards (the limit per address, the ticket, the hidden field); the editors' queue and
//! answers; and the public status page.

use crate::support::{Editor, TestApp, TestResponse, has_tag, text_of};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};

/// The event reported on in these tests, and its page.
const EVENT: &str = "/events/1";

/// The page of event 1, at its canonical address.
async fn event_page(app: &TestApp) -> (String, TestResponse) {
    let moved = app.get(EVENT).await;
    let path = moved.header(header::LOCATION).to_owned();
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::OK);
    (path, page)
}

/// The ticket in a page's report form.
fn ticket_in(html: &str) -> String {
    let at = html.find("name=\"ticket\"").expect("a report form");
    let tag = &html[at..at + html[at..].find('>').unwrap()];
    let value = &tag[tag.find("value=\"").unwrap() + 7..];
    value[..value.find('"').unwrap()].to_owned()
}

/// Sends a report from the event's page (in `lang_prefix`, `""` or `/ko`), as a reader who
/// took a few seconds to write it.
async fn report(app: &TestApp, lang_prefix: &str, fields: &[(&str, &str)]) -> TestResponse {
    let (path, _) = event_page(app).await;
    let page = app.get(&format!("{lang_prefix}{path}")).await;
    let ticket = ticket_in(&page.body);
    app.state.store.clock().advance(5);
    let mut form = vec![("ticket", ticket.as_str())];
    form.extend_from_slice(fields);
    app.post_form(&format!("{lang_prefix}{path}/report"), &form, None)
        .await
}

/// The reference a received report was sent on to, from the redirect's address.
fn reference_of(response: &TestResponse) -> String {
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.header(header::LOCATION);
    let reference = location.rsplit('/').next().unwrap();
    assert!(reference.starts_with("R-20"), "{location}");
    reference.to_owned()
}

async fn answer(editor: &Editor<'_>, reference: &str, decision: &str, reply: &str) -> TestResponse {
    let form = [("decision", decision), ("reply", reply)];
    editor
        .post(&format!("/admin/reports/{reference}"), &form)
        .await
}

#[tokio::test]
async fn a_report_from_a_plain_form_post_lands_in_the_queue_with_its_reference() {
    let app = TestApp::new().await;
    let (_, page) = event_page(&app).await;
    assert!(has_tag(&page.body, "details", &["class=\"report\""]));
    let sent = report(
        &app,
        "/ko",
        &[
            ("what", "날짜가 1965년 6월 22일이어야 합니다."),
            ("source", "관보 제4093호"),
            ("email", "reader@example.org"),
        ],
    )
    .await;
    let reference = reference_of(&sent);
    assert_eq!(
        sent.header(header::LOCATION),
        format!("/ko/reports/{reference}")
    );

    let status = app.get(&format!("/ko/reports/{reference}")).await;
    assert_eq!(status.status, StatusCode::OK);
    assert!(status.body.contains(&format!("신고 {reference}")));
    assert!(status.body.contains("아직 답변하지 않았습니다"));
    assert!(status.body.contains("noindex"));

    let editor = app.editor().await;
    let queue = editor.get("/admin/reports").await;
    assert_eq!(queue.status, StatusCode::OK);
    for shown in [
        reference.as_str(),
        "날짜가 1965년 6월 22일이어야 합니다.",
        "관보 제4093호",
        "reader@example.org",
    ] {
        assert!(queue.body.contains(shown), "{shown} missing from the queue");
    }
    // The editors' navigation counts it.
    assert!(editor.get("/admin").await.body.contains("1 new"));
    assert_eq!(app.state.store.count_reports().await.unwrap(), 1);
}

#[tokio::test]
async fn bad_input_gets_422_with_messages_in_korean_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let long_source = "출".repeat(501);
    let refused = report(
        &app,
        "/ko",
        &[
            ("what", "  "),
            ("source", &long_source),
            ("email", "독자@메일"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = text_of(&refused.body);
    assert!(text.contains("잘못된 내용을 적어 주세요."), "{text}");
    assert!(text.contains("최대 500자까지 입력할 수 있습니다."));
    assert!(text.contains("이메일 주소 형식이 아닙니다"));
    assert!(refused.body.contains("value=\"독자@메일\""));
    assert!(refused.body.contains(&long_source));
    assert!(refused.body.contains("aria-invalid=\"true\""));
    assert_eq!(app.state.store.count_reports().await.unwrap(), 0);
}

#[tokio::test]
async fn a_filled_honeypot_is_refused_with_422_and_nothing_is_stored() {
    let app = TestApp::new().await;
    let refused = report(
        &app,
        "",
        &[
            ("what", "Buy cheap watches"),
            ("website", "https://spam.example"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&refused.body).contains("a field that must stay empty was filled in"));
    // What a person typed is kept; the trap comes back empty.
    assert!(refused.body.contains("Buy cheap watches"));
    assert!(!refused.body.contains("spam.example"));
    assert_eq!(app.state.store.count_reports().await.unwrap(), 0);
}

#[tokio::test]
async fn a_report_sent_at_once_or_without_a_ticket_of_ours_is_not_taken() {
    let app = TestApp::new().await;
    let (path, page) = event_page(&app).await;
    let ticket = ticket_in(&page.body);
    let post = |ticket: String| {
        let path = path.clone();
        let app = &app;
        async move {
            let form = [("what", "Wrong date"), ("ticket", ticket.as_str())];
            app.post_form(&format!("{path}/report"), &form, None).await
        }
    };
    // The page may have been kept a while; a fresh form, at its own address, is new.
    let fresh = app.get(&format!("{path}/report")).await;
    let too_soon = post(ticket_in(&fresh.body)).await;
    assert_eq!(too_soon.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&too_soon.body).contains("please check it and send it again"));
    assert!(too_soon.body.contains("Wrong date"));
    let (issued, _) = ticket.split_once('.').unwrap();
    let forged = format!("{}.AAAA", issued.parse::<i64>().unwrap() - 60);
    assert_eq!(post(forged).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        post(String::new()).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    assert_eq!(app.state.store.count_reports().await.unwrap(), 0);

    // The same form, sent a few seconds after it was shown, is taken.
    app.state.store.clock().advance(5);
    assert_eq!(
        post(ticket_in(&fresh.body)).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn a_flood_from_one_address_is_paused_with_retry_after() {
    let app = TestApp::new().await;
    for n in 0..5 {
        let sent = report(&app, "", &[("what", &format!("Report {n}"))]).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER, "{n}");
    }
    let paused = report(&app, "/ko", &[("what", "One more")]).await;
    assert_eq!(paused.status, StatusCode::TOO_MANY_REQUESTS);
    let retry: i64 = paused.header(header::RETRY_AFTER).parse().unwrap();
    assert!((1..=600).contains(&retry), "{retry}");
    assert!(text_of(&paused.body).contains("다시 시도해 주세요"));
    assert!(paused.body.contains("One more"));
    assert_eq!(app.state.store.count_reports().await.unwrap(), 5);

    // Once the window has passed the oldest, reports are taken again.
    app.state.store.clock().advance(600);
    let later = report(&app, "", &[("what", "Later")]).await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn the_email_is_never_in_a_readers_page_or_the_api() {
    let app = TestApp::new().await;
    let email = "private.reader@example.org";
    let sent = report(&app, "", &[("what", "Wrong place"), ("email", email)]).await;
    let reference = reference_of(&sent);
    let (path, page) = event_page(&app).await;
    let editor = app.editor().await;
    answer(&editor, &reference, "decline", "The place is right.").await;
    for lang in ["", "/ko", "/ja"] {
        for address in [
            format!("{lang}/reports/{reference}"),
            format!("{lang}{path}"),
            format!("{lang}{path}/report"),
            format!("{lang}/"),
        ] {
            let shown = app.get(&address).await;
            assert!(!shown.body.contains(email), "{address}");
            assert!(!shown.body.contains("Wrong place"), "{address}");
        }
    }
    for address in [
        "/api/events/1",
        "/api/events",
        "/api/events.csv",
        "/feed.atom",
    ] {
        assert!(!app.get(address).await.body.contains(email), "{address}");
    }
    assert!(!page.body.contains(email));
    assert!(
        editor
            .get("/admin/reports?state=any")
            .await
            .body
            .contains(email)
    );
}

#[tokio::test]
async fn nothing_a_reader_sends_becomes_a_link_or_markup() {
    let app = TestApp::new().await;
    let sent = report(
        &app,
        "",
        &[
            (
                "what",
                "See <a href=\"https://evil.example\">here</a> https://evil.example/x",
            ),
            ("source", "https://evil.example/source"),
        ],
    )
    .await;
    let reference = reference_of(&sent);
    let editor = app.editor().await;
    for address in [
        "/admin/reports".to_owned(),
        format!("/admin/reports/{reference}"),
    ] {
        let page = editor.get(&address).await;
        assert!(
            page.body.contains("https://evil.example/source"),
            "{address}"
        );
        assert!(!has_tag(&page.body, "a", &["evil.example"]), "{address}");
        assert!(page.body.contains("&lt;a href="), "{address}");
    }
    // A refused report comes back inside its text area, still text.
    let refused = report(
        &app,
        "",
        &[
            ("what", "</textarea><b>bold</b>"),
            ("email", "not an address"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(!refused.body.contains("<b>bold"));
    assert!(refused.body.contains("&lt;/textarea>&lt;b>bold&lt;/b>"));
}

#[tokio::test]
async fn an_answer_changes_the_state_is_audited_and_shows_on_the_status_page() {
    let app = TestApp::new().await;
    let accepted = reference_of(&report(&app, "/ja", &[("what", "年が違います")]).await);
    let declined = reference_of(&report(&app, "", &[("what", "Not so")]).await);
    let editor = app.editor().await;

    let empty = answer(&editor, &accepted, "accept", " ").await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let saved = answer(&editor, &accepted, "accept", "Corrected the year.").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let saved = answer(&editor, &declined, "decline", "The sources agree on it.").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    // Answered once: a second answer is refused, the first stands.
    let again = answer(&editor, &declined, "accept", "Changed my mind").await;
    assert_eq!(again.status, StatusCode::CONFLICT);
    assert!(again.body.contains("Changed my mind"));

    let ja = app.get(&format!("/ja/reports/{accepted}")).await;
    assert!(ja.body.contains("に採用しました。"), "{}", ja.body);
    assert!(ja.body.contains("Corrected the year."));
    let en = app.get(&format!("/reports/{declined}")).await;
    assert!(text_of(&en.body).contains("Declined on"));
    assert!(en.body.contains("The sources agree on it."));

    let trail = app.state.store.audit_trail().await.unwrap();
    let codes: Vec<&str> = trail.iter().map(|entry| entry.action.code()).collect();
    assert!(codes.contains(&"accept-report") && codes.contains(&"decline-report"));
    let entry = trail
        .iter()
        .find(|entry| entry.action.code() == "accept-report")
        .unwrap();
    assert_eq!(entry.username, "mina");
    assert_eq!(entry.event_id.map(|id| id.number()), Some(1));
    assert!(
        entry
            .changes
            .iter()
            .any(|c| c.after.as_deref() == Some(accepted.as_str()))
    );

    let queue = editor.get("/admin/reports").await;
    assert!(queue.body.contains("No reports here."));
    let answered = editor.get("/admin/reports?state=accepted").await;
    assert!(answered.body.contains(&accepted) && !answered.body.contains(&declined));
    assert!(!editor.get("/admin").await.body.contains("new</span>"));
}

#[tokio::test]
async fn a_report_does_not_make_readers_kept_pages_stale() {
    let app = TestApp::new().await;
    let (path, page) = event_page(&app).await;
    let etag = page.header(header::ETAG).to_owned();
    let generation = app.state.store.stored_generation().await.unwrap();
    let kept = app.state.pages.usage();

    reference_of(&report(&app, "", &[("what", "A small slip")]).await);
    assert_eq!(
        app.state.store.stored_generation().await.unwrap(),
        generation
    );
    let again = app
        .request(
            Request::get(&path)
                .header(header::ACCEPT, "text/html")
                .header(header::IF_NONE_MATCH, &etag)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(again.status, StatusCode::NOT_MODIFIED);
    assert!(app.state.pages.usage().0 >= kept.0);
}

#[tokio::test]
async fn unknown_reports_and_events_are_not_found() {
    let app = TestApp::new().await;
    for address in [
        "/reports/R-2026-00000000",
        "/reports/nonsense",
        "/ko/events/99999-x/report",
    ] {
        assert_eq!(
            app.get(address).await.status,
            StatusCode::NOT_FOUND,
            "{address}"
        );
    }
    let form = [("what", "x")];
    let posted = app.post_form("/events/99999-x/report", &form, None).await;
    assert_eq!(posted.status, StatusCode::NOT_FOUND);
    // Editors only: the queue and answers need a session.
    assert_ne!(app.get("/admin/reports").await.status, StatusCode::OK);
    let answered = app
        .post_form(
            "/admin/reports/R-2026-00000000",
            &[("decision", "accept")],
            None,
        )
        .await;
    assert_eq!(answered.status, StatusCode::UNAUTHORIZED);
}
