use super::support::TestApp;
use korea_japan_timeline::model::{EventId, Lang};
use korea_japan_timeline::server::prepare;

#[tokio::test]
async fn a_new_database_holds_the_curated_history() {
    let app = TestApp::new().await;
    let events = app.events().await;
    assert!(events.len() >= 40, "only {} events", events.len());
    for event in &events {
        assert!(!event["sources"].as_array().unwrap().is_empty(), "{event}");
        assert!(!event["actors"].as_array().unwrap().is_empty(), "{event}");
    }
}

#[tokio::test]
async fn the_four_scope_events_have_their_exact_dates() {
    let app = TestApp::new().await;
    let events = app.events().await;
    let on = |date: &str, word: &str| {
        events.iter().any(|e| {
            e["start"]["date"] == date
                && e["start"]["precision"] == "day"
                && format!("{} {}", e["title"], e["summary"]).contains(word)
        })
    };
    assert!(on("2018-10-30", "Nippon Steel"));
    assert!(on("2018-11-29", "Mitsubishi"));
    assert!(on("2019-07-01", "export"));
    assert!(on("2019-07-04", "export"));
    assert!(on("2019-11-22", "GSOMIA"));
    assert!(on("2020-02-06", "Seoul"));
}

#[tokio::test]
async fn restarting_never_reseeds_or_overwrites_edits() {
    let app = TestApp::new().await;
    let before = app.state.store.count_events().await.unwrap();
    let first = app.events().await[0]["id"].as_i64().unwrap();
    let first_id = EventId::try_from(first).unwrap();
    let store = &app.state.store;
    store
        .retitle_elsewhere(first_id, "Edited by an editor")
        .await
        .unwrap();
    let last = app.events().await.last().unwrap()["id"].as_i64().unwrap();
    store
        .delete_event_elsewhere(EventId::try_from(last).unwrap())
        .await
        .unwrap();

    let restarted = prepare(&app.config).await.unwrap();

    assert_eq!(restarted.store.count_events().await.unwrap(), before - 1);
    let event = restarted
        .store
        .event(first_id, korea_japan_timeline::model::Lang::En)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(event.title, "Edited by an editor");
}

#[tokio::test]
async fn related_events_link_both_ways() {
    let app = TestApp::new().await;
    let ruling = EventId::try_from(
        app.event_titled("Nippon Steel").await["id"]
            .as_i64()
            .unwrap(),
    )
    .unwrap();
    let page = app
        .state
        .store
        .event_page(ruling, Lang::En)
        .await
        .unwrap()
        .unwrap();
    assert!(page.related.len() >= 3, "{:?}", page.related);
    let other = page.related[0].id;
    let back = app
        .state
        .store
        .event_page(other, Lang::En)
        .await
        .unwrap()
        .unwrap();
    assert!(back.related.iter().any(|link| link.id == ruling));
}
