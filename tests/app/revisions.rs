//! Every change is a revision: saves, retirements and restorations each write one, readers
//! see an event's history and each revision as it stood with what changed, and editors
//! bring an earlier revision back.

use crate::support::{Editor, TestApp, event_form, has_tag, text_of};
use axum::http::{StatusCode, header};
use korea_japan_timeline::model::{AuditAction, EventId};

const SLUG: &str = "ministers-meet-in-tokyo";

/// Saves `changes` over event `id`, which must be at `version`.
async fn edit(editor: &Editor<'_>, id: EventId, version: &str, changes: &[(&str, &str)]) {
    let mut changes = changes.to_vec();
    changes.push(("version", version));
    let saved = editor
        .post(&format!("/admin/events/{id}"), &event_form(&changes))
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

/// The texts of the `<ins>` or `<del>` elements of a page, without their hidden labels.
fn marked(html: &str, tag: &str) -> Vec<String> {
    html.split(&format!("<{tag}>"))
        .skip(1)
        .map(|rest| {
            let inner = rest.split(&format!("</{tag}>")).next().unwrap();
            // The label for screen readers comes first, in its own span.
            let after_label = inner.split_once("</span>").map_or(inner, |(_, text)| text);
            text_of(after_label).trim().to_owned()
        })
        .collect()
}

#[tokio::test]
async fn every_event_of_the_seed_starts_at_revision_one() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    assert_eq!(
        store.count_revisions().await.unwrap(),
        store.count_all_events().await.unwrap()
    );
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );
    let id: EventId = app.event_titled("Treaty of Ganghwa").await["id"]
        .as_i64()
        .unwrap()
        .try_into()
        .unwrap();
    let revisions = store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!((revisions[0].number, revisions[0].version), (1, 1));
    assert!(revisions[0].form.title.contains("Ganghwa"));
    // The seed is no editor's work.
    assert_eq!(revisions[0].editor, None);
}

#[tokio::test]
async fn each_save_retirement_and_restoration_writes_exactly_one_revision() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    let editor = app.editor().await;
    let count = || async { store.count_revisions().await.unwrap() };

    let before = count().await;
    let id = editor.save(&[]).await;
    assert_eq!(count().await, before + 1);
    edit(
        &editor,
        id,
        "1",
        &[
            ("summary", "Foreign ministers discuss trade."),
            ("note", "Corrected the summary (source: Kyodo News)."),
        ],
    )
    .await;
    assert_eq!(count().await, before + 2);
    assert!(editor.retire(id).await.status.is_redirection());
    assert_eq!(count().await, before + 3);
    assert!(editor.restore(id).await.status.is_redirection());
    assert_eq!(count().await, before + 4);
    // Retiring what is already retired changes nothing, and writes nothing.
    assert!(editor.restore(id).await.status.is_redirection());
    assert_eq!(count().await, before + 4);

    let revisions = store.revisions_of(id).await.unwrap();
    let numbers: Vec<(u32, i64)> = revisions.iter().map(|r| (r.number, r.version)).collect();
    assert_eq!(numbers, [(1, 1), (2, 2), (3, 3), (4, 4)]);
    assert_eq!(
        revisions[0].form.summary,
        "Foreign ministers discuss history and trade."
    );
    assert_eq!(
        revisions[1].form.summary,
        "Foreign ministers discuss trade."
    );
    assert_eq!(
        revisions[1].note.as_deref(),
        Some("Corrected the summary (source: Kyodo News).")
    );
    // The note belongs to the change, not to the event.
    assert!(revisions[1].form.note.is_empty() && revisions[1].form.version.is_empty());
    assert!(revisions.iter().all(|r| r.editor.is_some()));
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn relating_an_event_writes_a_revision_of_the_other_one_too() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    let editor = app.editor().await;
    let other = editor.save(&[("title", "The other event")]).await;
    let id = editor.save(&[]).await;
    let other_number = other.to_string();
    edit(&editor, id, "1", &[("related", &other_number)]).await;
    let revisions = store.revisions_of(other).await.unwrap();
    assert_eq!(revisions.len(), 2);
    assert_eq!(revisions[1].form.related, id.to_string());
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );
}

#[tokio::test]
async fn the_history_and_each_revision_have_pages_in_every_language() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    edit(
        &editor,
        id,
        "1",
        &[
            ("title", "Ministers meet in Tokyo again"),
            ("note", "Corrected the title."),
        ],
    )
    .await;
    // The title changed, and the address with it: the old one now redirects.
    let slug = "ministers-meet-in-tokyo-again";
    let notices = [
        ("", "An earlier version of this event"),
        ("/ko", "이 사건의 이전 판입니다"),
        ("/ja", "この出来事の以前の版です"),
    ];
    for (prefix, notice) in notices {
        let event = format!("{prefix}/events/{id}-{slug}");
        let history = app.get(&format!("{event}/history")).await;
        assert_eq!(history.status, StatusCode::OK, "{prefix}");
        for number in [1, 2] {
            assert!(
                history
                    .body
                    .contains(&format!("href=\"{event}/v/{number}\"")),
                "{prefix}: {}",
                history.body
            );
        }
        let text = text_of(&history.body);
        assert!(text.contains("Corrected the title."), "{prefix}: {text}");
        // Editors are not named to readers.
        assert!(!text.contains("mina"), "{prefix}");
        // Newest first.
        let (newest, oldest) = (
            history.body.find(&format!("{event}/v/2")).unwrap(),
            history.body.find(&format!("{event}/v/1")).unwrap(),
        );
        assert!(newest < oldest);
        assert!(!history.body.contains(".wasm"), "{prefix}");

        let first = app.get(&format!("{event}/v/1")).await;
        assert_eq!(first.status, StatusCode::OK, "{prefix}");
        assert!(has_tag(
            &first.body,
            "meta",
            &["name=\"robots\"", "content=\"noindex\""]
        ));
        assert!(text_of(&first.body).contains(notice), "{prefix}");
        assert!(
            first.body.contains(&format!("href=\"{event}\"")),
            "{prefix}"
        );
        assert!(text_of(&first.body).contains("Ministers meet in Tokyo"));
        assert!(!first.body.contains(".wasm"), "{prefix}");
        let second = app.get(&format!("{event}/v/2")).await;
        assert_eq!(second.status, StatusCode::OK);
        assert_eq!(marked(&second.body, "ins"), ["again"], "{prefix}");
        assert!(marked(&second.body, "del").is_empty(), "{prefix}");

        // The event's page says when it last changed, and links to its history.
        let page = app.get(&event).await;
        assert!(
            page.body.contains(&format!("href=\"{event}/history\"")),
            "{prefix}"
        );
    }
    // Outdated addresses redirect as the event's page does; unknown revisions are not found.
    let old = app.get(&format!("/ko/events/{id}-{SLUG}/v/1")).await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        old.header(header::LOCATION),
        format!("/ko/events/{id}-{slug}/v/1")
    );
    let bare = app.get(&format!("/events/{id}/history")).await;
    assert_eq!(
        bare.header(header::LOCATION),
        format!("/events/{id}-{slug}/history")
    );
    for missing in ["v/3", "v/0", "v/01", "v/x"] {
        let response = app.get(&format!("/events/{id}-{slug}/{missing}")).await;
        assert_eq!(response.status, StatusCode::NOT_FOUND, "{missing}");
    }
    // A retired event's history goes with it.
    assert!(editor.retire(id).await.status.is_redirection());
    let gone = app.get(&format!("/events/{id}-{slug}/history")).await;
    assert_eq!(gone.status, StatusCode::GONE);
    let gone = app.get(&format!("/events/{id}-{slug}/v/1")).await;
    assert_eq!(gone.status, StatusCode::GONE);
}

#[tokio::test]
async fn a_changed_korean_summary_is_marked_character_by_character() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let korean = [("title_ko", "외교장관 도쿄 회담")];
    let mut first = korean.to_vec();
    first.push(("summary_ko", "원고 12명이 승소했다."));
    let id = editor.save(&first).await;
    let mut second = korean.to_vec();
    second.push(("summary_ko", "원고 15명이 승소했다."));
    edit(&editor, id, "1", &second).await;

    let page = app.get(&format!("/ko/events/{id}-{SLUG}/v/2")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(marked(&page.body, "del"), ["2"]);
    assert_eq!(marked(&page.body, "ins"), ["5"]);
    let history = text_of(&app.get(&format!("/events/{id}-{SLUG}/history")).await.body);
    assert!(history.contains("Changed: summary."), "{history}");
    assert!(history.contains("Languages: Korean."), "{history}");
}

#[tokio::test]
async fn an_earlier_revision_is_restored_as_a_new_one_unless_the_event_moved_on() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    edit(&editor, id, "1", &[("title", "A title that was wrong")]).await;

    let list = editor.get(&format!("/admin/events/{id}/revisions")).await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(text_of(&list.body).contains("Restore revision 1"));
    // The newest is the event as it is: nothing to restore.
    assert!(!text_of(&list.body).contains("Restore revision 2"));

    let restore = |revision: &'static str, version: &'static str| {
        let path = format!("/admin/events/{id}/revisions");
        let editor = &editor;
        async move {
            let form = [
                ("revision", revision),
                ("version", version),
                ("note", "Restored the original title."),
            ];
            editor.post(&path, &form).await
        }
    };
    let restored = restore("1", "2").await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    let revisions = store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 3);
    assert_eq!(revisions[2].form, revisions[0].form);
    assert_eq!(
        revisions[2].note.as_deref(),
        Some("Restored the original title.")
    );
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Ministers meet in Tokyo"
    );
    let audit = store.audit_trail().await.unwrap();
    assert_eq!(audit[0].action, AuditAction::Edit);
    assert_eq!(audit[0].event_id, Some(id));
    let history = text_of(&app.get(&format!("/events/{id}-{SLUG}/history")).await.body);
    assert!(history.contains("Brings back revision 1."), "{history}");

    // From a page opened before that restore: refused, and nothing changes.
    let stale = restore("2", "2").await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    assert!(text_of(&stale.body).contains("nothing was restored"));
    assert_eq!(store.revisions_of(id).await.unwrap().len(), 3);
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Ministers meet in Tokyo"
    );
    // Without a session, nothing at all.
    let anonymous = app
        .post_form(
            &format!("/admin/events/{id}/revisions"),
            &[("revision", "2"), ("version", "3")],
            None,
        )
        .await;
    assert_eq!(anonymous.status, StatusCode::UNAUTHORIZED);
    assert_eq!(store.revisions_of(id).await.unwrap().len(), 3);
}

#[tokio::test]
async fn a_note_for_readers_is_checked_like_every_field() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let long = "n".repeat(501);
    let refused = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[("version", "1"), ("note", &long)]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("id=\"note-error\""));
    assert_eq!(app.state.store.revisions_of(id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_browsers_save_keeps_the_actors_order_and_stores_plain_line_breaks() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let seeded = app
        .events()
        .await
        .into_iter()
        .find(|event| event["actors"] == serde_json::json!(["JP", "KR"]))
        .expect("a seeded event that names Japan first");
    let id: EventId = seeded["id"].as_i64().unwrap().try_into().unwrap();
    let page = editor.get(&format!("/admin/events/{id}")).await;
    let version = crate::support::version_in(&page.body);
    // The form's boxes post Korea first; its text area sends CR LF.
    edit(
        &editor,
        id,
        &version,
        &[("body", "First paragraph.\r\n\r\nSecond paragraph.")],
    )
    .await;
    let saved = app.get(&format!("/api/events/{id}")).await.json();
    assert_eq!(saved["actors"], serde_json::json!(["JP", "KR"]));
    assert_eq!(saved["body"], "First paragraph.\n\nSecond paragraph.");
}
