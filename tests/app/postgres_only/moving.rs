//! `migrate-to-postgres`: a SQLite database an editor has worked on moves whole, and the
//! PostgreSQL app shows the same pages and lets the same editor in.

use crate::support::{TestApp, TestDatabase, seeded_template, text_of};
use axum::http::StatusCode;
use std::process::{Command, Output};

/// Runs the binary's `migrate-to-postgres`.
fn migrate(from: &str, to: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_korea-japan-timeline"))
        .args(["migrate-to-postgres", "--from", from, "--to", to])
        .env("RUST_LOG", "error")
        .output()
        .unwrap()
}

fn said(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr)
}

/// What readers and editors see at these addresses, without the markup (which carries a
/// fresh nonce on every answer).
async fn seen(app: &TestApp, cookie: &str, paths: &[String]) -> Vec<String> {
    let mut seen = Vec::new();
    for path in paths {
        let mut answer = app.get_with_cookie(path, cookie).await;
        if answer.status.is_redirection() {
            // An event's page lives at its canonical address.
            let canonical = answer.header(axum::http::header::LOCATION).to_owned();
            answer = app.get_with_cookie(&canonical, cookie).await;
        }
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        seen.push(text_of(&answer.body));
    }
    seen
}

#[tokio::test]
async fn a_sqlite_database_moves_whole_and_its_editor_signs_in_on_postgresql() {
    // On SQLite: the seed, and an editor's work on it.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("timeline.db"), seeded_template()).unwrap();
    let sqlite = TestApp::builder().database_in(dir).build().await;
    let editor = sqlite.editor().await;
    let id = editor
        .save(&[
            ("title", "Ministers meet before the move"),
            ("title_ko", "이전 전 외교장관 회담"),
            ("summary_ko", "수출 규제를 논의했다."),
        ])
        .await;
    let retired = sqlite.event_titled("Treaty of Ganghwa").await["id"]
        .as_i64()
        .unwrap();
    assert!(
        editor
            .retire(retired.try_into().unwrap())
            .await
            .status
            .is_redirection()
    );
    // A reader's report, sent a few seconds after the form was shown.
    let form = sqlite.get("/events/2/report").await.body;
    let ticket = form.split("name=\"ticket\" value=\"").nth(1).unwrap();
    let ticket = ticket.split('"').next().unwrap();
    sqlite.state.store.clock().advance(5);
    let fields = [("what", "이 날짜는 틀렸습니다"), ("ticket", ticket)];
    let sent = sqlite.post_form("/events/2/report", &fields, None).await;
    let status_page = sent.header(axum::http::header::LOCATION).to_owned();
    let paths: Vec<String> = [
        "/",
        "/ko/",
        &status_page,
        "/admin/reports?state=any",
        "/ja/?q=%E8%BC%B8%E5%87%BA",
        "/?q=%EC%88%98%EC%B6%9C",
        "/api/events?page=2",
        &format!("/events/{id}"),
        &format!("/ko/events/{id}"),
        &format!("/ko/events/{id}-ministers-meet-before-the-move/history"),
        &format!("/events/{id}-ministers-meet-before-the-move/v/1"),
        "/admin",
        "/admin/audit",
        &format!("/admin/events/{id}"),
    ]
    .iter()
    .map(|path| path.to_string())
    .collect();
    let before = seen(&sqlite, &editor.cookie(), &paths).await;
    let gone = sqlite.get(&format!("/api/events/{retired}")).await.status;

    // The move, into an empty PostgreSQL database.
    let target = TestDatabase::empty_postgres().await;
    let moved = migrate(&sqlite.config.database_url, &target.url);
    assert!(moved.status.success(), "{}", said(&moved));
    assert!(
        said(&moved).contains("Moved and verified"),
        "{}",
        said(&moved)
    );
    for table in [
        "events",
        "event_texts",
        "sources",
        "editors",
        "sessions",
        "audit_log",
        "reports",
        "revisions",
    ] {
        assert!(said(&moved).contains(table), "{}", said(&moved));
    }

    // On PostgreSQL: the same pages, to the same editor, whose session and password came too.
    let postgres = TestApp::builder().database(target).build().await;
    assert_eq!(seen(&postgres, &editor.cookie(), &paths).await, before);
    assert_eq!(
        postgres.get(&format!("/api/events/{retired}")).await.status,
        gone
    );
    // Her password signs her in, and what she saves takes a new id after the ones moved.
    let next = postgres
        .signed_in_as("mina")
        .await
        .save(&[("title", "After the move")])
        .await;
    assert!(next.number() > id.number());

    // A second move finds the database full and copies nothing.
    let again = migrate(&sqlite.config.database_url, &postgres.config.database_url);
    assert!(!again.status.success());
    assert!(said(&again).contains("already holds"), "{}", said(&again));
    assert_eq!(
        postgres.state.store.count_all_events().await.unwrap(),
        sqlite.state.store.count_all_events().await.unwrap() + 1
    );
}

#[tokio::test]
async fn a_move_from_no_database_or_to_another_engine_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let missing = format!("sqlite://{}/none.db", dir.path().display());
    let target = TestDatabase::empty_postgres().await;
    let output = migrate(&missing, &target.url);
    assert!(!output.status.success());
    assert!(
        said(&output).contains("there is no SQLite database"),
        "{}",
        said(&output)
    );
    assert!(!dir.path().join("none.db").exists());
    let output = migrate(&target.url, &missing);
    assert_eq!(output.status.code(), Some(2), "a usage error");
    assert!(
        said(&output).contains("starts from a SQLite database"),
        "{}",
        said(&output)
    );
}
