//! The event form's preview: the form checked as a save checks it, then shown back with the
//! event as readers would see its page in each language, and nothing saved.

use crate::support::{Editor, TestApp, event_form, text_of, version_in};
use axum::http::{StatusCode, header};
use korea_japan_timeline::model::EventId;

const PAGE: &str = "ministers-meet-in-tokyo";

/// Posts the form with `changes` to `path` with the Preview button.
async fn preview(
    editor: &Editor<'_>,
    path: &str,
    changes: &[(&str, &str)],
) -> (StatusCode, String) {
    let mut changes = changes.to_vec();
    changes.push(("action", "preview"));
    let response = editor.post(path, &event_form(&changes)).await;
    (response.status, response.body)
}

/// The part of the preview showing the page in one language (`en`, `ko`, `ja`): from its
/// heading to the next part's, or to the preview's end.
fn part<'a>(html: &'a str, code: &str) -> &'a str {
    let start = html
        .find(&format!("id=\"preview-{code}\""))
        .unwrap_or_else(|| panic!("no preview in {code}"));
    let rest = &html[start..];
    let end = rest[1..]
        .find("class=\"preview__part\"")
        .or_else(|| rest.find("<form"))
        .unwrap_or(rest.len());
    &rest[..end]
}

/// What readers and the record hold of event `id`: its page (and the validator a browser
/// keeps it by), its history page, its revisions and the audit trail.
async fn record_of(app: &TestApp, id: EventId) -> (String, String, String, usize, usize) {
    let page = app.get(&format!("/events/{id}-{PAGE}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let history = app.get(&format!("/events/{id}-{PAGE}/history")).await;
    let store = &app.state.store;
    let etag = page.header(header::ETAG).to_owned();
    (
        page.body,
        etag,
        history.body,
        store.revisions_of(id).await.unwrap().len(),
        store.audit_trail().await.unwrap().len(),
    )
}

#[tokio::test]
async fn a_preview_of_an_edit_shows_it_in_three_languages_and_saves_nothing() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let other = editor
        .save(&[
            ("title", "Talks in Seoul"),
            ("title_ko", "서울 회담"),
            ("summary_ko", "양국 외교장관이 서울에서 만났다."),
        ])
        .await;
    let path = format!("/admin/events/{id}");
    let version = version_in(&editor.get(&path).await.body);
    let before = record_of(&app, id).await;

    let related = other.to_string();
    let (status, html) = preview(
        &editor,
        &path,
        &[
            ("title", "Unsaved title"),
            ("title_ko", "저장하지 않은 제목"),
            ("summary_ko", "아직 저장하지 않은 요약."),
            ("related", &related),
            ("version", &version),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{html}");
    assert!(text_of(&html).contains("Preview: not saved"));
    // The form comes back as typed, on the version it started from.
    assert!(html.contains("value=\"Unsaved title\""));
    assert!(html.contains("value=\"저장하지 않은 제목\""));
    assert_eq!(version_in(&html), version);

    // Each language's page, as the event's page draws it: title, dates, sources, related.
    let english = part(&html, "en");
    assert!(english.contains("lang=\"en\""));
    assert!(english.contains("Unsaved title</h4>"));
    assert!(text_of(english).contains("16 March 2023"));
    assert!(text_of(english).contains("Kyodo News"));
    assert!(english.contains(&format!("href=\"/events/{other}-talks-in-seoul\"")));
    let korean = part(&html, "ko");
    assert!(korean.contains("저장하지 않은 제목</h4>"));
    assert!(text_of(korean).contains("2023년 3월 16일"));
    assert!(text_of(korean).contains("출처"));
    assert!(korean.contains(&format!("href=\"/ko/events/{other}-talks-in-seoul\"")));
    assert!(text_of(korean).contains("서울 회담"));
    assert!(!text_of(korean).contains("아직 한국어로 번역되지 않아"));
    // Japanese is not written: its readers get the English, under the note saying so.
    let japanese = part(&html, "ja");
    assert!(japanese.contains("Unsaved title</h4>"));
    assert!(text_of(japanese).contains("まだ日本語に翻訳されていないため"));
    assert!(text_of(japanese).contains("2023年3月16日"));
    assert!(text_of(japanese).contains("Talks in Seoul"));

    // Readers, the history and the audit trail see nothing of it.
    assert_eq!(record_of(&app, id).await, before);
    let event = app.get(&format!("/api/events/{id}?lang=ko")).await.json();
    assert_eq!(event["title"], "Ministers meet in Tokyo");
    assert_eq!(
        app.state.store.version_of(id).await.unwrap(),
        version.parse().ok()
    );
}

#[tokio::test]
async fn a_new_event_is_previewed_without_being_created() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let store = &app.state.store;
    let (events, audit) = (
        store.count_all_events().await.unwrap(),
        store.audit_trail().await.unwrap().len(),
    );
    let (status, html) = preview(&editor, "/ja/admin/events/new", &[]).await;
    assert_eq!(status, StatusCode::OK, "{html}");
    // In the editor's language; each readers' language has its part.
    assert!(text_of(&html).contains("プレビュー：未保存"));
    assert!(part(&html, "en").contains("Ministers meet in Tokyo</h4>"));
    assert!(text_of(part(&html, "ko")).contains("아직 한국어로 번역되지 않아"));
    assert!(text_of(part(&html, "ja")).contains("2023年3月16日"));
    assert_eq!(store.count_all_events().await.unwrap(), events);
    assert_eq!(store.audit_trail().await.unwrap().len(), audit);
}

#[tokio::test]
async fn a_preview_with_a_problem_answers_422_with_the_problem_beside_its_field() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let path = format!("/admin/events/{id}");
    let version = version_in(&editor.get(&path).await.body);
    let (status, html) = preview(
        &editor,
        &path,
        &[("start", "2019-02-30"), ("version", &version)],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let start = &html[html
        .find("id=\"start-error\"")
        .expect("an error beside the start")..];
    assert!(text_of(&start[..start.find("</p>").unwrap()]).contains("day does not exist"));
    assert!(html.contains("value=\"2019-02-30\""));
    assert!(!text_of(&html).contains("Preview: not saved"));

    // A related event that a save would refuse is refused too.
    let (status, html) = preview(
        &editor,
        &path,
        &[("related", "99999"), ("version", &version)],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let related = &html[html
        .find("id=\"related-error\"")
        .expect("an error beside related")..];
    assert!(text_of(&related[..related.find("</p>").unwrap()]).contains("There is no event 99999"));
    assert_eq!(app.state.store.revisions_of(id).await.unwrap().len(), 1);
}

#[tokio::test]
async fn a_save_after_a_preview_lands_and_one_from_a_stale_version_is_refused() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let path = format!("/admin/events/{id}");
    let seen = version_in(&editor.get(&path).await.body);
    let (_, html) = preview(
        &editor,
        &path,
        &[("title", "Previewed"), ("version", &seen)],
    )
    .await;
    let kept = version_in(&html);
    assert_eq!(kept, seen);
    let saved = editor
        .post(
            &path,
            &event_form(&[("title", "Previewed"), ("version", &kept)]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Previewed"
    );

    // Someone else saves while an editor previews from the version before theirs.
    let (_, html) = preview(&editor, &path, &[("title", "Stale"), ("version", &kept)]).await;
    let stale = version_in(&html);
    assert_eq!(stale, kept);
    let refused = editor
        .post(
            &path,
            &event_form(&[("title", "Stale"), ("version", &stale)]),
        )
        .await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert!(refused.body.contains("value=\"Stale\""));
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Previewed"
    );
}
