//! Moments as machines and editors read them: a change's time written alike in the sitemap,
//! both feeds and the event's history, and the audit trail's to the second.

use crate::support::TestApp;
use axum::http::header;
use korea_japan_timeline::model::Timestamp;

/// Whether `text` is RFC 3339 in UTC to the millisecond, as `2026-12-07T13:51:15.042Z`.
fn is_machine_time(text: &str) -> bool {
    let shape = text.len() == 24 && text.ends_with('Z') && text.as_bytes()[19] == b'.';
    shape
        && text
            .parse::<Timestamp>()
            .is_ok_and(|at| at.to_string() == text)
}

/// The text between `start` and `end` after `from` in `text`.
fn between<'a>(text: &'a str, from: &str, start: &str, end: &str) -> &'a str {
    let rest = &text[text.find(from).unwrap_or_else(|| panic!("no {from}"))..];
    let rest = &rest[rest.find(start).unwrap() + start.len()..];
    &rest[..rest.find(end).unwrap()]
}

#[tokio::test]
async fn a_change_has_one_time_written_alike_wherever_machines_read_it() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let id = editor.save(&[]).await;
    let path = app.get(&format!("/events/{id}")).await;
    let path = path.header(header::LOCATION).to_owned();

    // The JSON feed's newest item is the event just saved.
    let feed = app.get("/feed.json").await.json();
    let item = &feed["items"][0];
    assert!(item["id"].as_str().unwrap().ends_with(&path), "{item}");
    let at = item["date_modified"].as_str().unwrap().to_owned();
    assert!(is_machine_time(&at), "{at}");

    let sitemap = app.get("/sitemap.xml").await.body;
    let lastmod = between(&sitemap, &format!("{path}</loc>"), "<lastmod>", "<");
    assert_eq!(lastmod, at);

    // Atom writes the offset as `+00:00`: the same moment.
    let atom = app.get("/feed.atom").await.body;
    let updated = between(&atom, &format!("{path}</id>"), "<updated>", "<");
    assert_eq!(updated.parse::<Timestamp>().unwrap().to_string(), at);

    // The revision is written in the same unit of work, a moment after the event.
    let history = app.get(&format!("{path}/history")).await.body;
    let written = history
        .split("datetime=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|value| value.contains('T'))
        .expect("the revision's time");
    assert!(is_machine_time(written), "{written}");
    let (event, revision) = (at.parse::<Timestamp>(), written.parse::<Timestamp>());
    let apart = revision.unwrap() - event.unwrap();
    assert!(apart.num_milliseconds().abs() < 1_000, "{apart}");
}

#[tokio::test]
async fn the_audit_trail_shows_its_times_to_the_second_in_utc() {
    let app = TestApp::new().await;
    let before = app.state.store.clock().now();
    let editor = app.editor().await;
    let audit = editor.get("/admin/audit").await.body;
    let shown = between(&audit, "data-action=\"sign-in\"", "<time>", "<");
    // `YYYY-MM-DD HH:MM:SS`, the moment of signing in.
    let at: Timestamp = format!("{}Z", shown.replacen(' ', "T", 1)).parse().unwrap();
    assert_eq!(at.to_second(), shown);
    let after = app.state.store.clock().now();
    assert!(before.unix_seconds() <= at.unix_seconds(), "{shown}");
    assert!(at <= after, "{shown}");
}
