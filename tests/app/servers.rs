//! Two servers on one database, as behind a proxy: what is saved through one shows on the
//! other's kept pages within a second, and editors whose requests go to either lose nothing.

use crate::support::{EDITOR_PASSWORD, TestApp, event_form};
use axum::http::StatusCode;
use futures_util::future::join_all;
use std::time::{Duration, Instant};

/// A view of the timeline that shows the events `event_form` makes.
const RECENT: &str = "/?from=2023-03-16&to=2023-03-16";

#[tokio::test]
async fn an_event_saved_through_one_server_shows_on_the_others_kept_page_within_a_second() {
    let one = TestApp::new().await;
    let other = one.another_server().await;
    let title = "Saved through the first server";
    // Now kept by the other server.
    assert!(!other.get(RECENT).await.body.contains(title));
    one.editor().await.save(&[("title", title)]).await;
    let deadline = Instant::now() + Duration::from_secs(1);
    while !other.get(RECENT).await.body.contains(title) {
        assert!(Instant::now() < deadline, "not shown after a second");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn editors_whose_requests_go_to_either_server_lose_nothing() {
    let one = TestApp::new().await;
    let other = one.another_server().await;
    let servers = [&one, &other];
    let mut cookies = Vec::new();
    for editor in 0..4 {
        let name = format!("editor{editor}");
        one.create_editor(&name, EDITOR_PASSWORD).await;
        // Signed in through one server, the session holds on the other too.
        cookies.push(servers[editor % 2].sign_in(&name, EDITOR_PASSWORD).await);
    }
    let saves = cookies
        .iter()
        .enumerate()
        .map(|(editor, cookie)| async move {
            for n in 0..50 {
                let title = format!("Both {editor}-{n}");
                let server = servers[(editor + n) % 2];
                let saved = server
                    .post_form(
                        "/admin/events/new",
                        &event_form(&[("title", &title)]),
                        Some(cookie),
                    )
                    .await;
                assert_eq!(
                    saved.status,
                    StatusCode::SEE_OTHER,
                    "{title}: {}",
                    saved.body
                );
            }
        });
    join_all(saves).await;
    let saved = one.state.store.titles_starting_with("Both ").await.unwrap();
    assert_eq!(saved.len(), 200);
    assert_eq!(other.events().await.len(), one.events().await.len());
}
