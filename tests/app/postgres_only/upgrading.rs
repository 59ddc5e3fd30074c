//! PostgreSQL databases made before revisions (the next start gives every event its
//! revision 1, once) and before corrections.

use super::app_on_postgres;

#[tokio::test]
async fn a_database_from_before_revisions_gives_every_event_its_revision_one() {
    let app = app_on_postgres().await;
    let store = &app.state.store;
    let editor = app.editor().await;
    let id = editor.save(&[("title", "Saved before revisions")]).await;
    store.unmigrate_revisions().await.unwrap();

    let upgraded = app.another_server().await;
    let store = &upgraded.state.store;
    let events = store.count_all_events().await.unwrap();
    assert_eq!(store.count_revisions().await.unwrap(), events);
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );
    let revisions = store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].form.title, "Saved before revisions");
    // Made from the event as it stood, not by an editor.
    assert_eq!(revisions[0].editor, None);
    // Once: a further start writes none again.
    drop(upgraded);
    let again = app.another_server().await;
    assert_eq!(again.state.store.count_revisions().await.unwrap(), events);
}

#[tokio::test]
async fn a_database_from_before_corrections_takes_a_correction() {
    let app = app_on_postgres().await;
    let editor = app.editor().await;
    let id = editor.save(&[("title", "Saved before corrections")]).await;
    app.state.store.unmigrate_corrections().await.unwrap();

    let upgraded = app.another_server().await;
    let store = &upgraded.state.store;
    let revisions = store.revisions_of(id).await.unwrap();
    assert_eq!(revisions.len(), 1);
    assert!(!revisions[0].correction);
    let note = "Corrected after the upgrade.";
    let form = crate::support::event_form(&[
        ("title", "Saved before corrections"),
        ("version", "1"),
        ("correction", "on"),
        ("note", note),
    ]);
    let saved = upgraded
        .post_form(
            &format!("/admin/events/{id}"),
            &form,
            Some(&editor.cookie()),
        )
        .await;
    assert_eq!(
        saved.status,
        axum::http::StatusCode::SEE_OTHER,
        "{}",
        saved.body
    );
    assert!(store.revisions_of(id).await.unwrap()[1].correction);
    assert!(upgraded.get("/corrections").await.body.contains(note));
}
