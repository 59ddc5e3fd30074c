//! Editors writing an event in Korean and Japanese: one form for the three languages, the
//! translations readers then see, the ones the English has moved past, and the audit trail.

use crate::support::{Editor, TestApp, event_form, text_of};
use axum::http::{StatusCode, header};

/// The version an edit of the event must start from.
async fn version(app: &TestApp, id: i64) -> String {
    let id = korea_japan_timeline::model::EventId::try_from(id).unwrap();
    let version = app.state.store.version_of(id).await.unwrap();
    version.expect("the event exists").to_string()
}

/// Saves the event form for `id` (`new` for a new event) with these changes, and returns the
/// event's id.
async fn save(editor: &Editor<'_>, id: Option<i64>, changes: &[(&str, &str)]) -> i64 {
    let (path, version) = match id {
        Some(id) => (format!("/admin/events/{id}"), version(editor.app, id).await),
        None => ("/admin/events/new".to_owned(), String::new()),
    };
    let mut changes = changes.to_vec();
    changes.push(("version", &version));
    let response = editor.post(&path, &event_form(&changes)).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.header(header::LOCATION);
    location
        .strip_prefix("/admin/events/")
        .and_then(|rest| rest.split('?').next())
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("unexpected redirect to {location}"))
}

async fn page_of(app: &TestApp, prefix: &str, id: i64) -> String {
    let short = app.get(&format!("{prefix}/events/{id}")).await;
    let canonical = short.header(header::LOCATION).to_owned();
    app.get(&canonical).await.body
}

async fn admin_list(editor: &Editor<'_>, query: &str) -> String {
    let page = editor.get(&format!("/admin?{query}")).await;
    assert_eq!(page.status, StatusCode::OK);
    page.body
}

#[tokio::test]
async fn an_editor_writes_korean_and_japanese_and_readers_of_each_see_them() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = save(&editor, None, &[]).await;
    // English only at first: readers of Korean get the English, marked.
    assert!(page_of(&app, "/ko", id).await.contains("번역되지 않아"));

    save(
        &editor,
        Some(id),
        &[
            ("title_ko", "도쿄에서 외교장관 회담"),
            ("summary_ko", "양국 외교장관이 역사와 통상 문제를 논의했다."),
            ("title_ja", "東京で外相会談"),
            ("summary_ja", "両国の外相が歴史と通商の問題を協議した。"),
            ("body_ja", "第一段落。\n\n第二段落。"),
        ],
    )
    .await;
    let korean = page_of(&app, "/ko", id).await;
    assert!(korean.contains("도쿄에서 외교장관 회담"));
    assert!(!korean.contains("번역되지 않아"));
    let japanese = text_of(&page_of(&app, "/ja", id).await);
    assert!(japanese.contains("東京で外相会談") && japanese.contains("第二段落。"));
    assert!(text_of(&page_of(&app, "", id).await).contains("Ministers meet in Tokyo"));
    let api = app.get(&format!("/api/events/{id}?lang=ko")).await.json();
    assert_eq!(api["lang"], "ko");
    assert_eq!(api["title"], "도쿄에서 외교장관 회담");

    // The form shows all three languages again, each field marked with its language.
    let form = editor.get(&format!("/admin/events/{id}")).await.body;
    assert!(form.contains("도쿄에서 외교장관 회담") && form.contains("第二段落。"));
    assert!(form.contains(r#"name="title_ko""#) && form.contains(r#"lang="ja""#));

    // The audit trail names each language's changes.
    let audit = text_of(&editor.get("/admin/audit").await.body);
    for change in ["title_ko", "도쿄에서 외교장관 회담", "body_ja"] {
        assert!(audit.contains(change), "no {change} in the audit trail");
    }
}

#[tokio::test]
async fn a_translation_begun_but_incomplete_is_refused_and_nothing_is_saved() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = save(&editor, None, &[]).await;
    let version_before = version(&app, id).await;
    let response = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[("title_ko", "제목만"), ("version", &version_before)]),
        )
        .await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    // The form comes back with what was typed and the problem beside the Korean summary.
    assert!(response.body.contains("제목만"));
    assert!(response.body.contains(r#"id="summary_ko-error""#));
    assert_eq!(version(&app, id).await, version_before);
    assert!(page_of(&app, "/ko", id).await.contains("번역되지 않아"));
}

#[tokio::test]
async fn translations_the_english_has_moved_past_are_listed_until_revised() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    // The seed is translated throughout and none of it is out of date.
    assert!(
        admin_list(&editor, "translations=outdated")
            .await
            .contains("No events match")
    );
    let event = app.event_titled("stricter export licensing").await;
    let id = event["id"].as_i64().unwrap();

    // A change to the English leaves both translations behind it (a form leaves out the
    // fields of a language it does not carry, which keeps those words as they are) ...
    save(
        &editor,
        Some(id),
        &[(
            "title",
            "Japan tightens export licensing for three chip materials",
        )],
    )
    .await;
    let outdated = text_of(&admin_list(&editor, "translations=outdated").await);
    assert!(outdated.contains("Japan tightens export licensing"));
    assert!(outdated.contains("Korean older than the English"));
    assert!(outdated.contains("Japanese older than the English"));
    let form = editor.get(&format!("/admin/events/{id}")).await.body;
    assert!(form.contains("The English has changed since this was written"));

    // ... until each is revised: the Korean now, the Japanese still behind.
    save(
        &editor,
        Some(id),
        &[
            (
                "title",
                "Japan tightens export licensing for three chip materials",
            ),
            ("title_ko", "일본, 반도체 소재 3개 품목 수출 허가 강화"),
            (
                "summary_ko",
                "일본 정부가 반도체 소재 3개 품목의 수출 허가를 강화했다.",
            ),
            ("body_ko", ""),
        ],
    )
    .await;
    let outdated = text_of(&admin_list(&editor, "translations=outdated").await);
    assert!(!outdated.contains("Korean older"));
    assert!(outdated.contains("Japanese older than the English"));
}

#[tokio::test]
async fn emptying_a_translation_takes_it_back_and_the_admin_lists_what_is_missing() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let english_only = save(&editor, None, &[("title", "Only in English")]).await;
    let both = save(
        &editor,
        None,
        &[
            ("title", "In every language"),
            ("title_ko", "모든 언어로"),
            ("summary_ko", "요약."),
            ("title_ja", "すべての言語で"),
            ("summary_ja", "概要。"),
        ],
    )
    .await;
    let missing = text_of(&admin_list(&editor, "translations=missing").await);
    assert!(missing.contains("Only in English") && missing.contains("Korean missing"));
    assert!(!missing.contains("In every language"));
    // The seeded events are all translated.
    assert!(!missing.contains("stricter export licensing"));
    assert!(english_only != both);

    // Emptied, the Japanese is gone: readers of Japanese get the English, marked.
    save(
        &editor,
        Some(both),
        &[
            ("title", "In every language"),
            ("title_ja", ""),
            ("summary_ja", ""),
            ("body_ja", ""),
        ],
    )
    .await;
    assert!(
        page_of(&app, "/ja", both)
            .await
            .contains("まだ日本語に翻訳されていない")
    );
    assert!(page_of(&app, "/ko", both).await.contains("모든 언어로"));
    let missing = text_of(&admin_list(&editor, "translations=missing").await);
    assert!(missing.contains("In every language") && missing.contains("Japanese missing"));
}

#[tokio::test]
async fn editors_work_in_korean_and_japanese_under_their_prefix() {
    let app = TestApp::new().await;
    // Without a session, the Korean admin sends the browser to the Korean sign-in, and back.
    let gate = app.get("/ko/admin?q=treaty").await;
    assert_eq!(gate.status, StatusCode::SEE_OTHER);
    assert_eq!(
        gate.header(header::LOCATION),
        "/ko/login?next=%2Fko%2Fadmin%3Fq%3Dtreaty"
    );
    let login = app.get("/ko/login?next=%2Fko%2Fadmin").await;
    assert!(login.body.contains(r#"<html lang="ko""#));
    assert!(login.body.contains(r#"action="/ko/login""#));
    app.create_editor("mina", crate::support::EDITOR_PASSWORD)
        .await;
    let refused = app
        .post_form(
            "/ja/login",
            &[
                ("username", "mina"),
                ("password", "not the password at all"),
                ("next", ""),
            ],
            None,
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNAUTHORIZED);
    assert!(
        refused
            .body
            .contains("ユーザー名またはパスワードが正しくありません。")
    );
    let browser = app.client();
    let signed_in = browser
        .post_form(
            "/ko/login",
            &[
                ("username", "mina"),
                ("password", crate::support::EDITOR_PASSWORD),
                ("next", "/ko/admin?q=treaty"),
            ],
        )
        .await;
    assert_eq!(signed_in.header(header::LOCATION), "/ko/admin?q=treaty");

    let list = browser.get("/ko/admin").await.body;
    assert!(list.contains(r#"<html lang="ko""#) && list.contains("사건 목록"));
    assert!(list.contains(r#"href="/ko/admin/events/"#));
    assert!(!text_of(&list).contains("Audit trail"));

    // A refused save comes back in Korean; a good one returns to the Korean form.
    let refused = browser
        .post_form("/ko/admin/events/new", &event_form(&[("title", "")]))
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.body.contains("필수 항목입니다."));
    assert!(refused.body.contains(r#"action="/ko/admin/events/new""#));
    let saved = browser
        .post_form("/ja/admin/events/new", &event_form(&[]))
        .await;
    let location = saved.header(header::LOCATION).to_owned();
    assert!(location.starts_with("/ja/admin/events/"), "{location}");
    let form = browser.get(&location).await.body;
    assert!(form.contains("保存しました。"));
    let audit = text_of(&browser.get("/ja/admin/audit").await.body);
    assert!(audit.contains("監査ログ"), "{audit}");

    let out = browser.post_form("/ja/logout", &[]).await;
    assert_eq!(out.header(header::LOCATION), "/ja/login");
    assert_eq!(browser.get("/ja/admin").await.status, StatusCode::SEE_OTHER);
}
