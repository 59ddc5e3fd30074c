//! Creating, editing, retiring and restoring events through the admin's form posts.

use crate::support::{Editor, TestApp, escape_html, event_form as form, text_of, version_in};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::model::{AuditAction, EventId};

async fn event_count(app: &TestApp) -> i64 {
    app.state.store.count_all_events().await.unwrap()
}

/// The version an editor opening the event's form now would start from.
async fn version_of(editor: &Editor<'_>, id: EventId) -> String {
    let page = editor.get(&format!("/admin/events/{id}")).await;
    version_in(&page.body)
}

#[tokio::test]
async fn writes_without_a_session_get_401_and_change_nothing() {
    let app = TestApp::new().await;
    let before = event_count(&app).await;
    for (path, cookie) in [
        ("/admin/events/new", None),
        ("/admin/events/1", None),
        ("/admin/events/1/retire", None),
        ("/admin/events/new", Some("__Host-session=made-up")),
    ] {
        let response = app.post_form(path, &form(&[]), cookie).await;
        assert_eq!(response.status, StatusCode::UNAUTHORIZED, "{path}");
    }
    assert_eq!(event_count(&app).await, before);
    assert_eq!(
        app.get("/events/1").await.status,
        StatusCode::PERMANENT_REDIRECT
    );
}

#[tokio::test]
async fn a_new_event_shows_at_once_on_the_timeline_and_its_page() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;

    let timeline = app.get("/?from=2023-03-16&to=2023-03-16").await;
    assert!(timeline.body.contains("Ministers meet in Tokyo"));
    assert!(timeline.body.contains(&format!("id=\"event-{id}\"")));
    let page = app
        .get(&format!("/events/{id}-ministers-meet-in-tokyo"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let text = text_of(&page.body);
    assert!(text.contains("Second paragraph."));
    assert!(text.contains("Kyodo News"));
    assert!(text.contains("16 March 2023"));
    let event = app.event_titled("Ministers meet in Tokyo").await;
    assert_eq!(event["category"], "diplomacy");

    let edit = editor.get(&format!("/admin/events/{id}?saved=1")).await;
    assert_eq!(edit.status, StatusCode::OK);
    assert!(text_of(&edit.body).contains("Saved."));
    assert!(edit.body.contains("value=\"Ministers meet in Tokyo\""));
}

#[tokio::test]
async fn invalid_fields_are_named_beside_them_and_what_was_typed_is_kept() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let before = event_count(&app).await;
    let long_title = "t".repeat(201);
    let response = editor
        .post(
            "/admin/events/new",
            &form(&[
                ("title", &long_title),
                ("summary", "Kept summary"),
                ("start", "2019-02-30"),
                ("end", "2018"),
                ("source_url", "javascript:alert(1)"),
                ("related", "99999"),
            ]),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let body = &response.body;
    let error_of = |id: &str| {
        let start = body
            .find(&format!("id=\"{id}-error\""))
            .unwrap_or_else(|| panic!("no {id}-error"));
        let rest = &body[start..];
        text_of(&rest[rest.find('>').unwrap()..rest.find("</p>").unwrap()])
    };
    assert!(error_of("title").contains("At most 200 characters"));
    assert!(error_of("start").contains("day does not exist"));
    assert!(error_of("source-0-url").contains("http"));
    assert!(body.contains("value=\"Kept summary\"") || body.contains(">Kept summary</textarea>"));
    assert!(body.contains(&long_title));
    assert_eq!(event_count(&app).await, before);

    // A related event that does not exist is caught once the rest is valid.
    let response = editor
        .post("/admin/events/new", &form(&[("related", "99999")]))
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(text_of(&response.body).contains("There is no event 99999"));
    assert_eq!(event_count(&app).await, before);
}

#[tokio::test]
async fn source_rows_are_added_and_removed_without_saving() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let before = event_count(&app).await;
    let response = editor
        .post("/admin/events/new", &form(&[("action", "add-source")]))
        .await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.body.contains("id=\"source-1-publisher\""));
    assert!(response.body.contains("value=\"Kyodo News\""));
    assert_eq!(event_count(&app).await, before);
}

#[tokio::test]
async fn editing_records_before_and_after_and_old_links_follow_the_new_title() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let version = version_of(&editor, id).await;
    let first_event_version = version_of(&editor, EventId::try_from(1).unwrap()).await;
    let response = editor
        .post(
            &format!("/admin/events/{id}"),
            &form(&[
                ("title", "Summit in Tokyo"),
                ("related", "1"),
                ("version", &version),
            ]),
        )
        .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);

    let old = app
        .get(&format!("/events/{id}-ministers-meet-in-tokyo"))
        .await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        old.header(header::LOCATION),
        format!("/events/{id}-summit-in-tokyo")
    );
    let page = app.get(&format!("/events/{id}-summit-in-tokyo")).await;
    assert!(text_of(&page.body).contains("Summit in Tokyo"));
    // The relation shows from both sides.
    let event_1 = app.get("/api/events/1").await;
    assert_eq!(event_1.status, StatusCode::OK);
    assert!(text_of(&page.body).contains("Related"));

    let audit = editor.get("/admin/audit").await;
    let text = text_of(&audit.body);
    assert!(text.contains(&format!("Edited event {id}")), "{text}");
    assert!(text.contains(&format!("Created event {id}")), "{text}");
    assert!(
        text.contains("Ministers meet in Tokyo → Summit in Tokyo"),
        "{text}"
    );
    // The other side of the new relation changed too: recorded, and a new version, so that
    // a form for event 1 opened before would not silently drop the relation.
    let trail = app.state.store.audit_trail().await.unwrap();
    let edit = trail
        .iter()
        .find(|entry| {
            entry.event_id == EventId::try_from(1).ok() && entry.action == AuditAction::Edit
        })
        .expect("event 1's relation was recorded");
    let related = edit
        .changes
        .iter()
        .find(|change| change.field == "related")
        .expect("its related events changed");
    let (before, after) = (
        related.before.clone().unwrap_or_default(),
        related.after.clone().unwrap_or_default(),
    );
    assert!(!before.contains(&id.to_string()), "{before}");
    assert!(after.contains(&id.to_string()), "{after}");
    assert!(text.contains("Edited event 1related"), "{text}");
    assert_ne!(
        version_of(&editor, EventId::try_from(1).unwrap()).await,
        first_event_version
    );
}

#[tokio::test]
async fn retired_events_are_gone_for_readers_until_restored() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let path = format!("/events/{id}-ministers-meet-in-tokyo");

    let retire = editor.retire(id).await;
    assert_eq!(retire.status, StatusCode::SEE_OTHER);
    let page = app.get(&path).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(text_of(&page.body).contains("This event has been withdrawn"));
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.status,
        StatusCode::GONE
    );
    assert!(
        !app.get("/?from=2023-03-16&to=2023-03-16")
            .await
            .body
            .contains("Ministers meet in Tokyo")
    );
    assert!(
        !app.get("/?q=Ministers")
            .await
            .body
            .contains("Ministers meet in Tokyo")
    );
    let admin = editor.get("/admin?q=Ministers").await;
    assert!(text_of(&admin.body).contains("Retired"));

    let restore = editor.restore(id).await;
    assert_eq!(restore.status, StatusCode::SEE_OTHER);
    assert_eq!(app.get(&path).await.status, StatusCode::OK);
    assert!(
        app.get("/?from=2023-03-16&to=2023-03-16")
            .await
            .body
            .contains("Ministers meet in Tokyo")
    );

    let audit = text_of(&editor.get("/admin/audit").await.body);
    assert!(audit.contains(&format!("Retired event {id}")));
    assert!(audit.contains(&format!("Restored event {id}")));
}

#[tokio::test]
async fn markup_in_any_field_is_shown_as_text_everywhere() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let payload = "</title><script>alert(1)</script>";
    let id = editor
        .save(&[
            ("title", payload),
            ("summary", payload),
            ("body", payload),
            ("source_publisher", payload),
            ("source_headline", payload),
        ])
        .await;
    let short = app.get(&format!("/events/{id}")).await;
    let canonical = short.header(header::LOCATION).to_owned();
    let pages = [
        app.get("/").await,
        app.get("/?q=alert").await,
        app.get(&canonical).await,
        editor.get("/admin").await,
        editor.get(&format!("/admin/events/{id}")).await,
        editor.get("/admin/audit").await,
    ];
    for (n, page) in pages.iter().enumerate() {
        if let Some(at) = page.body.find(payload) {
            panic!("page {n}: {}", &page.body[at.saturating_sub(300)..at + 100]);
        }
        assert!(!page.body.contains(payload), "raw markup in a page");
        assert!(!page.body.contains("<script>alert"), "raw markup in a page");
    }
    // Escaped once, not twice: the form shows the text as it was typed.
    assert!(!pages[4].body.contains("&amp;lt;"));
    assert!(pages[4].body.contains("&lt;/title"));
    assert_eq!(pages[2].status, StatusCode::OK);
    assert!(pages[2].body.contains(&escape_html(payload)));
    // The API answers JSON, which browsers are told not to sniff as HTML.
    let api = app
        .request(
            Request::get(format!("/api/events/{id}"))
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(api.json()["title"], payload);
    assert!(
        api.header(header::CONTENT_TYPE)
            .starts_with("application/json")
    );
    assert_eq!(api.header(header::X_CONTENT_TYPE_OPTIONS), "nosniff");
}

#[tokio::test]
async fn a_save_over_someone_elses_is_refused_and_keeps_what_was_typed() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    // Two editors open the same event.
    let seen = version_of(&editor, id).await;
    let path = format!("/admin/events/{id}");
    let first = editor
        .post(
            &path,
            &form(&[("title", "First editor's title"), ("version", &seen)]),
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let second = editor
        .post(
            &path,
            &form(&[("title", "Second editor's title"), ("version", &seen)]),
        )
        .await;
    assert_eq!(second.status, StatusCode::CONFLICT);
    assert!(text_of(&second.body).contains("Someone else saved"));
    assert!(second.body.contains("Second editor"));
    let event = app.get(&format!("/api/events/{id}")).await.json();
    assert_eq!(event["title"], "First editor's title");
    // Saving again, knowingly, from the form as it came back, goes through.
    let current = version_in(&second.body);
    let again = editor
        .post(
            &path,
            &form(&[("title", "Second editor's title"), ("version", &current)]),
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Second editor's title"
    );
}

#[tokio::test]
async fn the_admin_search_takes_percent_and_underscore_literally() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    editor
        .save(&[("title", "Tariffs rise 100% overnight")])
        .await;
    editor
        .save(&[("title", "Tariffs rise 1000 overnight")])
        .await;
    editor
        .save(&[("title", "Tariffs of snake_case overnight")])
        .await;
    let found = async |q: &str| {
        let page = editor.get(&format!("/admin?q={q}")).await;
        text_of(&page.body)
    };
    let percent = found("100%25").await;
    assert!(percent.contains("Tariffs rise 100% overnight"), "{percent}");
    assert!(!percent.contains("Tariffs rise 1000"), "{percent}");
    let underscore = found("e_c").await;
    assert!(underscore.contains("snake_case"), "{underscore}");
    assert!(!underscore.contains("Tariffs rise"), "{underscore}");
}

#[tokio::test]
async fn every_save_moves_the_version_on_by_one_and_a_garbled_version_is_a_conflict() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let path = format!("/admin/events/{id}");
    let seen: i64 = version_of(&editor, id).await.parse().expect("a number");
    let saved = editor
        .post(
            &path,
            &form(&[("title", "Saved once"), ("version", &seen.to_string())]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(version_of(&editor, id).await, (seen + 1).to_string());
    let garbled = editor
        .post(
            &path,
            &form(&[
                ("title", "Saved twice"),
                ("version", "2026-11-30T09:00:00.000Z"),
            ]),
        )
        .await;
    assert_eq!(garbled.status, StatusCode::CONFLICT);
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Saved once"
    );
}

#[tokio::test]
async fn two_saves_from_one_version_at_once_cannot_both_land() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let path = format!("/admin/events/{id}");
    let seen = version_of(&editor, id).await;
    let first = form(&[("title", "First"), ("version", &seen)]);
    let second = form(&[("title", "Second"), ("version", &seen)]);
    let (a, b) = tokio::join!(editor.post(&path, &first), editor.post(&path, &second),);
    let mut statuses = [a.status, b.status];
    statuses.sort();
    assert_eq!(statuses, [StatusCode::SEE_OTHER, StatusCode::CONFLICT]);
}
