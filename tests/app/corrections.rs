//! Corrections in public: an editor marks a save as correcting an error, with a note saying
//! what; the log at `/corrections` lists it in every language with what changed, the event's
//! page and history name it, and an accepted report links the correction made after it.

use crate::support::{Editor, TestApp, TestResponse, event_form, text_of};
use axum::http::{StatusCode, header};
use korea_japan_timeline::model::{AuditAction, EventId};

const SLUG: &str = "ministers-meet-in-tokyo";
const NOTE: &str = "Corrected the date of the meeting (source: Kyodo News).";

/// Saves `changes` over event `id` at `version`, and returns the answer.
async fn post_edit(
    editor: &Editor<'_>,
    id: EventId,
    version: &str,
    changes: &[(&str, &str)],
) -> TestResponse {
    let mut changes = changes.to_vec();
    changes.push(("version", version));
    editor
        .post(&format!("/admin/events/{id}"), &event_form(&changes))
        .await
}

/// As `post_edit`, which must save.
async fn edit(editor: &Editor<'_>, id: EventId, version: &str, changes: &[(&str, &str)]) {
    let saved = post_edit(editor, id, version, changes).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
}

/// A new event with its title in Korean and Japanese too.
async fn translated_event(editor: &Editor<'_>) -> EventId {
    editor
        .save(&[
            ("title_ko", "도쿄에서 외교장관 회담"),
            ("summary_ko", "양국 외교장관이 역사와 무역을 논의했다."),
            ("title_ja", "東京で外相会談"),
            ("summary_ja", "両国の外相が歴史と貿易を協議した。"),
        ])
        .await
}

#[tokio::test]
async fn a_correction_without_a_note_for_readers_is_refused_beside_the_note() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let refused = post_edit(
        &editor,
        id,
        "1",
        &[("title", "Ministers meet in Osaka"), ("correction", "on")],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let error = refused.body.split("id=\"note-error\"").nth(1).unwrap();
    assert!(
        text_of(error.split("</p>").next().unwrap())
            .contains("A correction needs a note for readers saying what was corrected."),
        "{error}"
    );
    // The rest of the form is kept, the box still ticked; nothing was saved.
    assert!(refused.body.contains("value=\"Ministers meet in Osaka\""));
    let tick = refused.body.split("name=\"correction\"").nth(1).unwrap();
    assert!(
        tick.split('>').next().unwrap().contains("checked"),
        "{tick}"
    );
    assert_eq!(app.state.store.revisions_of(id).await.unwrap().len(), 1);

    // With a note it is saved, audited like every save, and its revision is a correction.
    edit(
        &editor,
        id,
        "1",
        &[
            ("title", "Ministers meet in Osaka"),
            ("correction", "on"),
            ("note", NOTE),
        ],
    )
    .await;
    let revisions = app.state.store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 2);
    assert!(revisions[1].correction && !revisions[0].correction);
    assert_eq!(revisions[1].note.as_deref(), Some(NOTE));
    let audit = app.state.store.audit_trail().await.unwrap();
    assert_eq!(audit[0].action, AuditAction::Edit);
    assert_eq!(audit[0].event_id, Some(id));
}

#[tokio::test]
async fn the_log_lists_a_correction_in_every_language_and_not_a_plain_save() {
    let app = TestApp::new().await;
    let empty = app.get("/corrections").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(text_of(&empty.body).contains("No corrections have been made yet."));

    let editor = app.editor().await;
    let id = translated_event(&editor).await;
    let translations = [
        ("title_ko", "도쿄에서 외교장관 회담"),
        ("summary_ko", "양국 외교장관이 역사와 무역을 논의했다."),
        ("title_ja", "東京で外相会談"),
        ("summary_ja", "両国の外相が歴史と貿易を協議した。"),
    ];
    let mut plain = translations.to_vec();
    plain.push(("note", "Reworded the body."));
    plain.push(("body", "First paragraph, reworded.\n\nSecond paragraph."));
    edit(&editor, id, "1", &plain).await;
    let mut correction = translations.to_vec();
    correction.extend([
        ("body", "First paragraph, reworded.\n\nSecond paragraph."),
        ("start", "2023-03-17"),
        ("correction", "on"),
        ("note", NOTE),
    ]);
    edit(&editor, id, "2", &correction).await;

    for (lang, title, heading) in [
        ("", "Ministers meet in Tokyo", "Corrections"),
        ("/ko", "도쿄에서 외교장관 회담", "정정 목록"),
        ("/ja", "東京で外相会談", "訂正一覧"),
    ] {
        let log = app.get(&format!("{lang}/corrections")).await;
        assert_eq!(log.status, StatusCode::OK, "{lang}");
        let text = text_of(&log.body);
        assert!(text.contains(heading), "{lang}: {text}");
        // The event, in the page's language, linking its page; the note; the revision.
        assert!(
            log.body.contains(&format!(
                "<a href=\"{lang}/events/{id}-{SLUG}\">{title}</a>"
            )),
            "{lang}: {}",
            log.body
        );
        assert!(text.contains(NOTE), "{lang}");
        assert!(
            log.body
                .contains(&format!("href=\"{lang}/events/{id}-{SLUG}/v/3\""))
        );
        // What the correction changed, against the revision before: the date alone.
        assert!(log.body.contains("<ins>"), "{lang}");
        assert!(text.contains("2023-03-17"), "{lang}");
        assert!(!text.contains("reworded"), "{lang}");
        // The plain save is not a correction.
        assert!(!text.contains("Reworded the body."), "{lang}");
        assert!(!log.body.contains("/v/2\""), "{lang}");
    }
    // Dated as the page writes dates.
    assert!(text_of(&app.get("/ko/corrections").await.body).contains("일 정정"));
    assert!(text_of(&app.get("/ja/corrections").await.body).contains("日に訂正"));
}

#[tokio::test]
async fn the_event_page_and_its_history_name_the_latest_correction() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = translated_event(&editor).await;
    let page = |lang: &'static str| {
        let app = &app;
        async move { app.get(&format!("{lang}/events/{id}-{SLUG}")).await }
    };
    edit(&editor, id, "1", &[("note", "Reworded nothing.")]).await;
    assert!(!page("").await.body.contains("permalink__corrected"));
    let history = app.get(&format!("/events/{id}-{SLUG}/history")).await;
    let above_footer = history.body.split("<footer").next().unwrap();
    assert!(above_footer.contains("href=\"/corrections\""));
    assert!(!history.body.contains("history__correction"));

    edit(
        &editor,
        id,
        "2",
        &[
            ("start", "2023-03-17"),
            ("correction", "on"),
            ("note", NOTE),
        ],
    )
    .await;
    edit(
        &editor,
        id,
        "3",
        &[("correction", "on"), ("note", "Second.")],
    )
    .await;
    for (lang, words) in [("", "Corrected on"), ("/ko", " 정정"), ("/ja", "に訂正")] {
        let body = page(lang).await.body;
        let note = body.split("class=\"permalink__corrected\"").nth(1).unwrap();
        let note = note.split("</p>").next().unwrap();
        // The latest correction, revision 4, in the page's words.
        assert!(
            note.contains(&format!("href=\"{lang}/events/{id}-{SLUG}/v/4\"")),
            "{note}"
        );
        assert!(text_of(note).contains(words), "{lang}: {note}");
    }
    let history = app.get(&format!("/events/{id}-{SLUG}/history")).await;
    assert_eq!(history.body.matches("history__correction").count(), 2);
    // Each revision's own page says whether it is one.
    for (number, correction) in [(2, false), (3, true), (4, true)] {
        let revision = app.get(&format!("/events/{id}-{SLUG}/v/{number}")).await;
        assert_eq!(
            revision.body.contains("history__correction"),
            correction,
            "revision {number}"
        );
    }
}

#[tokio::test]
async fn new_events_and_restorations_are_never_corrections() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    // The new event's form has no box; one posted anyway is ignored.
    assert!(
        !editor
            .get("/admin/events/new")
            .await
            .body
            .contains("name=\"correction\"")
    );
    let id = editor.save(&[("correction", "on"), ("note", NOTE)]).await;
    assert!(
        editor
            .get(&format!("/admin/events/{id}"))
            .await
            .body
            .contains("name=\"correction\"")
    );
    edit(
        &editor,
        id,
        "1",
        &[
            ("title", "Ministers meet in Osaka"),
            ("correction", "on"),
            ("note", NOTE),
        ],
    )
    .await;
    let restored = editor
        .post(
            &format!("/admin/events/{id}/revisions"),
            &[
                ("revision", "1"),
                ("version", "2"),
                ("note", "Back."),
                ("correction", "on"),
            ],
        )
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER, "{}", restored.body);
    let corrections: Vec<bool> = (app.state.store.revisions_of(id).await.unwrap())
        .iter()
        .map(|r| r.correction)
        .collect();
    assert_eq!(corrections, [false, true, false]);
}

#[tokio::test]
async fn a_kept_log_changes_on_the_next_request_after_a_correction() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let first = app.get("/ja/corrections").await;
    let again = app.get("/ja/corrections").await;
    assert_eq!(first.header(header::ETAG), again.header(header::ETAG));
    assert!(!text_of(&again.body).contains(NOTE));
    edit(&editor, id, "1", &[("correction", "on"), ("note", NOTE)]).await;
    let after = app.get("/ja/corrections").await;
    assert_ne!(after.header(header::ETAG), first.header(header::ETAG));
    assert!(text_of(&after.body).contains(NOTE));
}

#[tokio::test]
async fn the_log_comes_fifty_corrections_a_page() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    for version in 1..=51 {
        let note = format!("Correction number {version}.");
        let summary = format!("Foreign ministers discuss item {version}.");
        edit(
            &editor,
            id,
            &version.to_string(),
            &[("summary", &summary), ("correction", "on"), ("note", &note)],
        )
        .await;
        app.state.store.clock().advance(1);
    }
    let first = app.get("/corrections?utm_source=x").await;
    let text = text_of(&first.body);
    // Newest first: 51 down to 2 on the first page, the oldest on the second.
    assert!(text.contains("Correction number 51."));
    assert!(text.contains("Correction number 2."));
    assert!(!text.contains("Correction number 1."));
    assert!(first.body.contains("href=\"/corrections?page=2\""));
    let second = app.get("/ko/corrections?page=2").await;
    assert_eq!(second.status, StatusCode::OK);
    assert!(text_of(&second.body).contains("Correction number 1."));
    assert!(!text_of(&second.body).contains("Correction number 2."));
    assert_eq!(
        app.get("/corrections?page=3").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_log_is_in_the_sitemap_and_the_footer() {
    let app = TestApp::new().await;
    let sitemap = app.get("/sitemap.xml").await.body;
    assert!(sitemap.contains("/corrections</loc>"), "{sitemap}");
    for lang in ["", "/ko", "/ja"] {
        let home = app.get(&format!("{lang}/")).await.body;
        let footer = home.split("<footer").nth(1).unwrap();
        assert!(
            footer.contains(&format!("href=\"{lang}/corrections\"")),
            "{lang}"
        );
    }
}

#[tokio::test]
async fn an_accepted_report_links_the_correction_made_after_it() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    // A correction before the report is not its answer.
    edit(
        &editor,
        id,
        "1",
        &[("correction", "on"), ("note", "Earlier.")],
    )
    .await;
    app.state.store.clock().advance(120);

    let path = format!("/events/{id}-{SLUG}");
    let form = app.get(&format!("{path}/report")).await;
    let ticket = form.body.split("name=\"ticket\" value=\"").nth(1).unwrap();
    let ticket = ticket.split('"').next().unwrap();
    app.state.store.clock().advance(5);
    let fields = [("what", "The meeting was on the 17th."), ("ticket", ticket)];
    let sent = app
        .post_form(&format!("/ko{path}/report"), &fields, None)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let status = sent.header(header::LOCATION).to_owned();
    app.state.store.clock().advance(120);
    edit(
        &editor,
        id,
        "2",
        &[
            ("start", "2023-03-17"),
            ("correction", "on"),
            ("note", NOTE),
        ],
    )
    .await;
    let reference = status.rsplit('/').next().unwrap();
    // Not until the report is accepted.
    assert!(
        !app.get(&status)
            .await
            .body
            .contains("report-status__corrected")
    );
    let answered = editor
        .post(
            &format!("/admin/reports/{reference}"),
            &[("decision", "accept"), ("reply", "Corrected.")],
        )
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let page = app.get(&status).await.body;
    let corrected = page
        .split("class=\"report-status__corrected\"")
        .nth(1)
        .unwrap();
    let corrected = corrected.split("</p>").next().unwrap();
    assert!(
        corrected.contains(&format!("href=\"/ko/events/{id}-{SLUG}/v/3\"")),
        "{corrected}"
    );
    assert!(text_of(corrected).contains("정정"));
}
