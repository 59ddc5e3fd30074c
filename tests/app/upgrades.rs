//! Databases made by earlier builds: each new migration upgrades them in place. These are
//! SQLite databases (PostgreSQL has no older schema yet), whatever engine the rest of the
//! suite runs on: `TestApp::on_database_in` opens the file it is given.

use super::support::{TestApp, event_form, seeded_template};
use axum::http::{StatusCode, header};
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqlitePoolOptions};
use std::path::Path;

/// A database in a new folder with the schema of the first `migrations` migrations only,
/// holding the seed's events as a build of that time would have written them: copied, column
/// by column that the old schema has, from a database this build seeded, and marked as
/// seeded, so that opening it does not seed it again.
async fn database_made_with(migrations: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let current = tempfile::tempdir().unwrap();
    let seeded = current.path().join("current.db");
    std::fs::write(&seeded, seeded_template()).unwrap();

    let old = tempfile::tempdir().unwrap();
    let mut files: Vec<_> = std::fs::read_dir("migrations/sqlite")
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .collect();
    files.sort();
    for file in &files[..migrations] {
        std::fs::copy(file, old.path().join(file.file_name().unwrap())).unwrap();
    }
    let options = SqliteConnectOptions::new()
        .filename(dir.path().join("timeline.db"))
        .create_if_missing(true);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap();
    Migrator::new(Path::new(old.path()))
        .await
        .unwrap()
        .run(&pool)
        .await
        .unwrap();
    sqlx::query("ATTACH DATABASE ? AS current")
        .bind(seeded.display().to_string())
        .execute(&pool)
        .await
        .unwrap();
    for table in [
        "events",
        "event_texts",
        "event_actors",
        "sources",
        "related_events",
    ] {
        let columns: Vec<String> =
            sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{table}')"))
                .fetch_all(&pool)
                .await
                .unwrap();
        let columns = columns.join(", ");
        sqlx::query(&format!(
            "INSERT OR IGNORE INTO main.{table} ({columns}) SELECT {columns} FROM current.{table}"
        ))
        .execute(&pool)
        .await
        .unwrap();
    }
    sqlx::query(
        "INSERT INTO main.event_search (rowid, text) SELECT rowid, text FROM current.event_search",
    )
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "INSERT INTO main.app_state (key, value) \
         SELECT key, value FROM current.app_state WHERE key = 'seeded_at'",
    )
    .execute(&pool)
    .await
    .unwrap();
    pool.close().await;
    dir
}

#[tokio::test]
async fn a_database_from_before_versions_keeps_its_events_and_can_be_edited() {
    let dir = database_made_with(2).await;
    let app = TestApp::on_database_in(dir).await;
    let events = app.events().await;
    assert!(events.len() >= 40);
    let id = events[0]["id"].as_i64().unwrap();
    let version: i64 = sqlx::query_scalar("SELECT version FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.state.store.test_pool())
        .await
        .unwrap();
    assert_eq!(version, 1);

    let editor = app.editor().await;
    let saved = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[("title", "Edited after the upgrade"), ("version", "1")]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        app.get(&format!("/api/events/{id}")).await.json()["title"],
        "Edited after the upgrade"
    );
}

#[tokio::test]
async fn a_database_from_before_text_revisions_has_no_translation_out_of_date() {
    let dir = database_made_with(4).await;
    let app = TestApp::on_database_in(dir).await;
    let editor = app.editor().await;
    let outdated = editor.get("/admin?translations=outdated").await;
    assert_eq!(outdated.status, StatusCode::OK);
    assert!(outdated.body.contains("No events match"));
    // Its events are translated, and an English edit now leaves their translations behind.
    let event = app.event_titled("stricter export licensing").await;
    let id = event["id"].as_i64().unwrap();
    let ko = app.get(&format!("/api/events/{id}?lang=ko")).await.json();
    assert_eq!(ko["lang"], "ko");
    let version: i64 = sqlx::query_scalar("SELECT version FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.state.store.test_pool())
        .await
        .unwrap();
    let saved = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[
                ("title", "Edited after the upgrade"),
                ("version", &version.to_string()),
            ]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let outdated = editor.get("/admin?translations=outdated").await;
    assert!(outdated.body.contains("Edited after the upgrade"));
}

#[tokio::test]
async fn a_database_from_before_actor_sets_filters_by_actor_as_before() {
    let dir = database_made_with(5).await;
    let app = TestApp::on_database_in(dir).await;
    let missing: i64 = sqlx::query_scalar(
        "SELECT count(*) FROM events e WHERE e.actor_bits = 0 \
         OR EXISTS (SELECT 1 FROM event_actors a WHERE a.event_id = e.id AND a.actor = 'CN' \
             AND (e.actor_bits & 8) = 0)",
    )
    .fetch_one(app.state.store.test_pool())
    .await
    .unwrap();
    assert_eq!(missing, 0);
    let china = app.get("/api/events?actor=CN").await.json();
    assert!(china["count"].as_u64().unwrap() > 0);
    for event in china["events"].as_array().unwrap() {
        assert!(
            event["actors"]
                .as_array()
                .unwrap()
                .iter()
                .any(|a| a == "CN")
        );
    }
}

#[tokio::test]
async fn relating_two_events_moves_the_data_generation() {
    let app = TestApp::new().await;
    let store = &app.state.store;
    store.relate_elsewhere(1, 2, false).await.unwrap();
    let before = store.stored_generation().await.unwrap();
    store.relate_elsewhere(1, 2, true).await.unwrap();
    let related = store.stored_generation().await.unwrap();
    assert!(related > before);
    store.relate_elsewhere(1, 2, false).await.unwrap();
    assert!(store.stored_generation().await.unwrap() > related);
}

#[tokio::test]
async fn a_database_url_of_another_scheme_is_refused_before_anything_is_made() {
    let mut config = TestApp::new().await.config.clone();
    config.database_url = "mysql://localhost/timeline".into();
    let made = Path::new("mysql:");
    let result = korea_japan_timeline::server::prepare(&config).await;
    // Taken for a path, the URL would have become a folder named "postgres:" here.
    let folder_made = made.exists();
    if folder_made {
        std::fs::remove_dir_all(made).unwrap();
    }
    let err = format!("{:#}", result.expect_err("refused"));
    assert!(
        err.contains("must be a SQLite or a PostgreSQL one"),
        "{err}"
    );
    assert!(!folder_made);
}

#[tokio::test]
async fn a_database_from_before_the_pairs_index_finds_two_character_words_by_it() {
    let dir = database_made_with(6).await;
    let app = TestApp::on_database_in(dir).await;
    let indexed: i64 = sqlx::query_scalar("SELECT count(*) FROM event_pairs")
        .fetch_one(app.state.store.test_pool())
        .await
        .unwrap();
    let events: i64 = sqlx::query_scalar("SELECT count(*) FROM events")
        .fetch_one(app.state.store.test_pool())
        .await
        .unwrap();
    assert_eq!(indexed, events);
    // 수출 and 輸出: two characters, found through the pairs index.
    for word in ["%EC%88%98%EC%B6%9C", "%E8%BC%B8%E5%87%BA"] {
        let found = app.get(&format!("/api/events?q={word}")).await.json();
        assert!(found["count"].as_u64().unwrap() >= 10, "{word}: {found}");
    }
}

#[tokio::test]
async fn a_database_from_before_the_decade_index_counts_by_decade_from_it() {
    let dir = database_made_with(7).await;
    let app = TestApp::on_database_in(dir).await;
    // Counting by decade, as the whole timeline's axis does, walks the new index: no sort.
    let rows = sqlx::query(
        "EXPLAIN QUERY PLAN SELECT substr(e.first_day, 1, 3) AS column_key, count(*), min(e.id) \
         FROM events e WHERE e.retired_at IS NULL AND (e.actor_bits & 2) <> 0 \
         GROUP BY column_key ORDER BY column_key",
    )
    .fetch_all(app.state.store.test_pool())
    .await
    .unwrap();
    let plan: Vec<String> = rows
        .iter()
        .map(|row| sqlx::Row::get::<String, _>(row, "detail"))
        .collect();
    assert!(
        plan.iter().any(|step| step.contains("events_by_decade")),
        "{plan:?}"
    );
    assert!(
        !plan.iter().any(|step| step.contains("TEMP B-TREE")),
        "{plan:?}"
    );
    // And the axis counts as before: each decade's bar names as many events as start in it.
    let page = app.get("/?actor=JP").await.body;
    let in_1960s = app
        .events()
        .await
        .iter()
        .filter(|e| e["start"]["date"].as_str().unwrap().starts_with("196"))
        .filter(|e| e["actors"].as_array().unwrap().iter().any(|a| a == "JP"))
        .count();
    assert!(in_1960s > 1);
    assert!(page.contains(&format!("aria-label=\"1960s: {in_1960s} events\"")));
}

#[tokio::test]
async fn a_database_from_before_positions_keeps_its_events_and_takes_positions() {
    let dir = database_made_with(8).await;
    let app = TestApp::on_database_in(dir).await;
    let events = app.events().await;
    assert!(events.len() >= 200);
    assert!(
        events
            .iter()
            .all(|e| e["positions"].as_array().is_some_and(Vec::is_empty))
    );
    assert_eq!(app.get("/api/events?disputed=1").await.json()["count"], 0);

    // An event from before takes its first positions, and is then disputed.
    let event = app.event_titled("stricter export licensing").await;
    let id = event["id"].as_i64().unwrap();
    let version: i64 = sqlx::query_scalar("SELECT version FROM events WHERE id = ?")
        .bind(id)
        .fetch_one(app.state.store.test_pool())
        .await
        .unwrap();
    let version = version.to_string();
    let mut form = event_form(&[("version", &version)]);
    for (holder, lang, quote) in [("KR", "ko", "경제 보복이다."), ("JP", "ja", "見直しだ。")]
    {
        form.extend([
            ("position_holder", holder),
            ("position_lang", lang),
            ("position_en", "A translation."),
            ("position_publisher", "외교부"),
            ("position_headline", "대변인 논평"),
            ("position_date", "2019-07-01"),
            ("position_url", "https://www.mofa.go.kr/"),
        ]);
        let other = if lang == "ko" {
            "position_ja"
        } else {
            "position_ko"
        };
        form.extend([
            (format!("position_{lang}").leak() as &str, quote),
            (other, "번역"),
        ]);
    }
    let editor = app.editor().await;
    let saved = editor.post(&format!("/admin/events/{id}"), &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let disputed = app.get("/api/events?disputed=1").await.json();
    assert_eq!(disputed["count"], 1);
    assert_eq!(disputed["events"][0]["id"], id);
}

#[tokio::test]
async fn a_database_from_before_reports_keeps_its_audit_trail_and_audits_answers() {
    let dir = database_made_with(10).await;
    let app = TestApp::on_database_in(dir).await;
    let editor = app.editor().await;
    let signed_in = app.state.store.audit_trail().await.unwrap();
    assert_eq!(signed_in[0].action.code(), "sign-in");

    let path = app
        .get("/events/1")
        .await
        .header(header::LOCATION)
        .to_owned();
    let form = app.get(&format!("{path}/report")).await;
    let ticket = form.body.split("name=\"ticket\" value=\"").nth(1).unwrap();
    let ticket = ticket.split('"').next().unwrap();
    app.state.store.clock().advance(5);
    let fields = [("what", "Reported after the upgrade"), ("ticket", ticket)];
    let sent = app
        .post_form(&format!("{path}/report"), &fields, None)
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let reference = sent
        .header(header::LOCATION)
        .rsplit('/')
        .next()
        .unwrap()
        .to_owned();
    let answer = [("decision", "accept"), ("reply", "Corrected.")];
    let answered = editor
        .post(&format!("/admin/reports/{reference}"), &answer)
        .await;
    assert_eq!(answered.status, StatusCode::SEE_OTHER, "{}", answered.body);
    let trail = app.state.store.audit_trail().await.unwrap();
    assert_eq!(trail[0].action.code(), "accept-report");
    assert_eq!(trail.len(), signed_in.len() + 1);
}

#[tokio::test]
async fn a_database_from_before_revisions_gives_every_event_its_revision_one() {
    let dir = database_made_with(9).await;
    let app = TestApp::on_database_in(dir).await;
    let store = &app.state.store;
    let events = store.count_all_events().await.unwrap();
    assert!(events >= 200);
    assert_eq!(store.count_revisions().await.unwrap(), events);
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );
    // Each holds its event as it stood, as of its last change.
    let event = app.event_titled("stricter export licensing").await;
    let id: korea_japan_timeline::model::EventId =
        event["id"].as_i64().unwrap().try_into().unwrap();
    let revisions = store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!((revisions[0].number, revisions[0].version), (1, 1));
    assert_eq!(revisions[0].form.title, event["title"].as_str().unwrap());
    assert_eq!(
        revisions[0].form.summary,
        event["summary"].as_str().unwrap()
    );
    let history = app.get(&format!("/events/{id}/history")).await;
    assert_eq!(history.status, StatusCode::PERMANENT_REDIRECT);

    // Another start on the same file writes none twice.
    let again = app.another_server().await;
    assert_eq!(again.state.store.count_revisions().await.unwrap(), events);
    drop(again);
    let editor = app.editor().await;
    let saved = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[("version", "1")]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let numbers: Vec<u32> = store
        .revisions_of(id)
        .await
        .unwrap()
        .iter()
        .map(|r| r.number)
        .collect();
    assert_eq!(numbers, [1, 2]);
}

#[tokio::test]
async fn a_database_from_before_imports_takes_an_import() {
    let dir = database_made_with(11).await;
    let app = TestApp::on_database_in(dir).await;
    let editor = app.editor().await;
    let export = app.get("/api/events.csv?category=trade").await;
    let request = axum::http::Request::post("/admin/import")
        .header(axum::http::header::CONTENT_TYPE, "text/csv")
        .body(axum::body::Body::from(export.bytes))
        .unwrap();
    let uploaded = editor.browser.request(request).await;
    assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.body);
    let preview = uploaded.header(axum::http::header::LOCATION).to_owned();
    let page = editor.get(&preview).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.body.contains(" to change, 0 refused."),
        "{}",
        page.body
    );
}

#[tokio::test]
async fn a_database_from_before_corrections_keeps_its_revisions_and_takes_a_correction() {
    let dir = database_made_with(12).await;
    let app = TestApp::on_database_in(dir).await;
    let store = &app.state.store;
    let events = store.count_all_events().await.unwrap();
    assert_eq!(store.count_revisions().await.unwrap(), events);
    let event = app.event_titled("stricter export licensing").await;
    let id: korea_japan_timeline::model::EventId =
        event["id"].as_i64().unwrap().try_into().unwrap();
    // Its revisions are kept, none of them a correction; the log is empty.
    let revisions = store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 1);
    assert!(!revisions[0].correction);
    let empty = app.get("/corrections").await;
    assert_eq!(empty.status, StatusCode::OK);
    assert!(empty.body.contains("No corrections have been made yet."));

    let editor = app.editor().await;
    let note = "Corrected after the upgrade.";
    let saved = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[("version", "1"), ("correction", "on"), ("note", note)]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(store.revisions_of(id).await.unwrap()[1].correction);
    assert!(app.get("/corrections").await.body.contains(note));
}
