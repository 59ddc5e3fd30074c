//! A PostgreSQL store hears the generation each write announces, and treats everything kept
//! as changed when the connection it listens on is lost.

use super::{app_on_postgres, listening_backends};
use crate::support::TestApp;
use std::time::{Duration, Instant};

/// Waits up to a second for the store's generation to reach `at_least`.
async fn generation_reaches(app: &TestApp, at_least: i64) {
    let deadline = Instant::now() + Duration::from_secs(1);
    loop {
        let generation = app.state.store.generation().await.unwrap();
        if generation >= at_least {
            return;
        }
        assert!(Instant::now() < deadline, "still at {generation}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn an_announced_generation_is_heard_at_once() {
    let app = app_on_postgres().await;
    let now = app.state.store.generation().await.unwrap();
    // No write reached this number, so only the listener can bring it.
    app.state
        .store
        .announce_generation(now + 1000)
        .await
        .unwrap();
    generation_reaches(&app, now + 1000).await;
}

#[tokio::test]
async fn losing_the_listening_connection_drops_what_was_kept_and_listening_resumes() {
    let app = app_on_postgres().await;
    let now = app.state.store.generation().await.unwrap();
    let kept = app.get("/api/events").await;
    assert!(app.state.store.end_listening_connection().await.unwrap());
    // Nothing changed in the database, yet what was kept is taken as changed.
    generation_reaches(&app, now + 1).await;
    let again = app.get("/api/events").await;
    assert_ne!(
        again.header(axum::http::header::ETAG),
        kept.header(axum::http::header::ETAG)
    );
    // And a new connection listens: announcements are heard again.
    let now = app.state.store.generation().await.unwrap();
    app.state
        .store
        .announce_generation(now + 1000)
        .await
        .unwrap();
    generation_reaches(&app, now + 1000).await;
}

#[tokio::test]
async fn a_closed_store_lets_go_of_its_listening_connection() {
    let app = app_on_postgres().await;
    let url = &app.config.database_url;
    let deadline = Instant::now() + Duration::from_secs(5);
    while listening_backends(url).await.len() != 1 {
        assert!(Instant::now() < deadline, "the store never listened");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    app.state.store.close().await;
    // A server that has shut down holds no connection: the listener's goes too.
    let deadline = Instant::now() + Duration::from_secs(2);
    while !listening_backends(url).await.is_empty() {
        assert!(Instant::now() < deadline, "still listening after closing");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
