use super::support::{TestApp, event_form, has_tag, text_of};
use axum::http::StatusCode;
use korea_japan_timeline::model::{Actor, EventForm, PAGE_SIZE, SourceForm};
use serde_json::Value;

fn titles(events: &[Value]) -> Vec<&str> {
    events
        .iter()
        .map(|e| e["title"].as_str().unwrap())
        .collect()
}

impl TestApp {
    /// Every event the API selects for `query`, page after page.
    async fn filtered(&self, query: &str) -> Vec<Value> {
        let mut events = Vec::new();
        for page in 1.. {
            let response = self.get(&format!("/api/events?{query}&page={page}")).await;
            assert_eq!(
                response.status,
                StatusCode::OK,
                "{query}: {}",
                response.body
            );
            let json = response.json();
            let found = json["events"].as_array().unwrap().clone();
            let done = found.is_empty();
            events.extend(found);
            if done || events.len() as u64 >= json["count"].as_u64().unwrap() {
                assert_eq!(json["count"], events.len(), "{query}");
                break;
            }
        }
        events
    }

    async fn add(&self, title: &str, summary: &str) -> i64 {
        let form = EventForm {
            title: title.into(),
            summary: summary.into(),
            start: "2021-05-05".into(),
            category: "society".into(),
            actors: vec!["KR".into()],
            sources: vec![SourceForm {
                publisher: "Test".into(),
                headline: "Test".into(),
                ..SourceForm::default()
            }],
            ..EventForm::default()
        };
        let event = form.validate().expect("a valid form").event;
        let id = self.state.store.insert_test_event(&event).await.unwrap();
        id.into()
    }
}

#[tokio::test]
async fn a_category_selects_only_its_events() {
    let app = TestApp::new().await;
    let all = app.events().await;
    let trade = app.filtered("category=trade").await;
    assert!(!trade.is_empty() && trade.len() < all.len());
    assert!(trade.iter().all(|e| e["category"] == "trade"));

    let two = app.filtered("category=trade&category=security").await;
    let expected = all
        .iter()
        .filter(|e| e["category"] == "trade" || e["category"] == "security");
    assert_eq!(two.len(), expected.count());
}

#[tokio::test]
async fn an_actor_selects_the_events_it_took_part_in() {
    let app = TestApp::new().await;
    let wto = app.filtered("actor=WTO").await;
    assert!(wto.len() >= 3);
    assert!(
        wto.iter()
            .all(|e| e["actors"].as_array().unwrap().contains(&"WTO".into()))
    );
}

#[tokio::test]
async fn a_year_range_is_inclusive_and_keeps_periods_running_through_it() {
    let app = TestApp::new().await;
    let in_2019 = app.filtered("from=2019&to=2019").await;
    assert!(in_2019.len() >= 10);
    for event in &in_2019 {
        let start = event["start"]["date"].as_str().unwrap();
        let last = event["end"]["date"].as_str().unwrap_or(start);
        assert!(start <= "2019-12-31" && last >= "2019", "{event}");
    }
    assert!(in_2019.iter().any(|e| e["start"]["date"] == "2019-11-22"));
    assert!(in_2019.iter().any(|e| e["start"]["date"] == "2019-01-03"));

    // The colonial era began before 1920 and ended after 1930: it runs through the range.
    let twenties = app.filtered("from=1920&to=1930").await;
    assert!(
        twenties
            .iter()
            .any(|e| e["start"]["date"] == "1910-08-29" && e["end"]["date"] == "1945-08-15"),
        "{:?}",
        titles(&twenties)
    );

    let half_year = app.filtered("from=2019-07&to=2019-07-04").await;
    let starts: Vec<&str> = half_year
        .iter()
        .map(|e| e["start"]["date"].as_str().unwrap())
        .collect();
    assert!(
        starts.contains(&"2019-07-01") && starts.contains(&"2019-07-04"),
        "{starts:?}"
    );
    assert!(!starts.contains(&"2019-08-02"));
}

#[tokio::test]
async fn search_finds_words_in_any_case_and_every_word_narrows() {
    let app = TestApp::new().await;
    let gsomia = app.filtered("q=GSOMIA").await;
    assert!(gsomia.iter().any(|e| e["start"]["date"] == "2019-11-22"));
    assert_eq!(titles(&app.filtered("q=gsomia").await), titles(&gsomia));

    let export = app.filtered("q=export").await;
    let narrowed = app.filtered("q=export+photoresist").await;
    assert!(!narrowed.is_empty() && narrowed.len() < export.len());

    // Source headlines are searched too.
    assert!(!app.filtered("q=Cheong+Wa+Dae").await.is_empty());
    // LIKE wildcards are plain characters.
    assert!(app.filtered("q=%25_%25").await.is_empty());
}

#[tokio::test]
async fn search_finds_korean_and_japanese_text() {
    let app = TestApp::new().await;
    // Made-up words, found in no real event.
    let korean = app
        .add("뷁쉙퓌 도시 회의", "두 도시가 뷁쉙퓌에서 만났다")
        .await;
    let japanese = app.add("鵺鶫町の会議", "二つの町が鵺鶫町で会った").await;
    let ids = |found: Vec<Value>| -> Vec<i64> {
        found.iter().map(|e| e["id"].as_i64().unwrap()).collect()
    };
    assert_eq!(ids(app.filtered("q=뷁쉙퓌").await), vec![korean]);
    // Two-character words too, which the trigram index cannot serve alone.
    assert_eq!(ids(app.filtered("q=뷁쉙").await), vec![korean]);
    assert_eq!(ids(app.filtered("q=鵺鶫").await), vec![japanese]);
    // The seed's own Korean and Japanese texts are found by their words: the export curbs
    // of July 2019 by 수출 (Korean) and by 輸出 (Japanese).
    for word in ["수출", "輸出"] {
        let found = app
            .filtered(&format!("q={word}&from=2019-07-04&to=2019-07-04"))
            .await;
        assert!(!found.is_empty(), "{word}");
    }
}

#[tokio::test]
async fn filters_combine() {
    let app = TestApp::new().await;
    let events = app
        .filtered("category=trade&actor=WTO&from=2020&q=panel")
        .await;
    assert!(!events.is_empty());
    for event in &events {
        assert_eq!(event["category"], "trade");
        assert!(event["actors"].as_array().unwrap().contains(&"WTO".into()));
        assert!(event["start"]["date"].as_str().unwrap() >= "2020");
    }
}

#[tokio::test]
async fn bad_filters_get_a_json_400_naming_the_problem() {
    let app = TestApp::new().await;
    let long = "a".repeat(201);
    for (query, field) in [
        ("from=2019-13-45", "from"),
        ("to=yesterday", "to"),
        ("category=sports", "category"),
        ("actor=XX", "actor"),
        ("from=2020&to=2019", "to"),
        (&format!("q={long}") as &str, "q"),
        ("q=%00abc", "q"),
        ("q=abc%07", "q"),
    ] {
        let response = app.get(&format!("/api/events?{query}")).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{query}");
        let json = response.json();
        assert!(
            json["error"].as_str().unwrap().starts_with(field),
            "{query}: {json}"
        );
        assert_eq!(json["problems"][0]["field"], field, "{query}");
    }
}

#[tokio::test]
async fn the_page_filters_on_the_server_and_marks_search_words() {
    let app = TestApp::new().await;
    let page = app.get("/?category=trade&q=export").await;
    assert_eq!(page.status, StatusCode::OK);
    let trade = app.filtered("category=trade&q=export").await;
    let text = text_of(&page.body);
    assert!(
        text.contains(&format!("{} events match.", trade.len())),
        "{text}"
    );
    assert_eq!(
        page.body.matches("class=\"event cat-").count(),
        trade.len().min(PAGE_SIZE as usize)
    );
    assert!(page.body.contains("<mark>export</mark>") || page.body.contains("<mark>Export</mark>"));
    // The form shows the view it selected.
    assert!(has_tag(
        &page.body,
        "input",
        &[r#"value="trade""#, "checked"]
    ));
    assert!(has_tag(
        &page.body,
        "input",
        &[r#"name="q""#, r#"value="export""#]
    ));
    assert!(!has_tag(
        &page.body,
        "input",
        &[r#"value="legal""#, "checked"]
    ));
}

#[tokio::test]
async fn a_bad_filter_on_the_page_is_explained_over_the_whole_timeline() {
    let app = TestApp::new().await;
    let page = app.get("/?from=2019-13-45&category=trade").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    let text = text_of(&page.body);
    assert!(text.contains("These filters could not be applied"));
    assert!(text.contains("“2019-13-45” is not a date"), "{text}");
    assert_eq!(
        page.body.matches("class=\"event cat-").count(),
        app.events().await.len().min(PAGE_SIZE as usize)
    );
}

#[tokio::test]
async fn a_nul_in_a_search_is_bad_input_not_a_server_error() {
    let app = TestApp::new().await;
    let page = app.get("/?q=%00abc").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(text_of(&page.body).contains("control character"));
    // Tabs and line breaks are only spaces between words.
    let page = app.get("/?q=export%09curbs").await;
    assert_eq!(page.status, StatusCode::OK);
}

#[tokio::test]
async fn an_empty_result_says_so_and_offers_to_clear_filters() {
    let app = TestApp::new().await;
    let page = app.get("/?q=zzqqxx").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(text_of(&page.body).contains("No events match these filters."));
    assert!(has_tag(&page.body, "a", &[r#"href="/""#, "button"]));
}

#[tokio::test]
async fn the_axis_counts_events_per_year_under_the_filter() {
    let app = TestApp::new().await;
    let page = app.get("/?category=legal&from=2010&to=2019").await;
    let legal_2019 = app.filtered("category=legal&from=2019&to=2019").await.len();
    let bar = format!("2019: {legal_2019} event");
    assert!(page.body.contains(&bar), "no {bar:?}");
    // Screen readers reach the year links: the chart is no image, each link has a name.
    assert!(!page.body.contains("role=\"img\""));
    assert!(has_tag(&page.body, "a", &[&format!("aria-label=\"{bar}")]));
    assert!(
        page.body
            .contains("href=\"/?category=legal&amp;from=2019&amp;to=2019\"")
    );
}

#[tokio::test]
async fn large_results_come_a_page_at_a_time() {
    let app = TestApp::new().await;
    let seeded = app.events().await.len() as u64;
    app.state.store.add_synthetic_events(250).await.unwrap();
    let first = app.get("/api/events").await.json();
    let total = first["count"].as_u64().unwrap();
    assert_eq!(total, seeded + 250);
    let size = u64::from(PAGE_SIZE);
    assert_eq!(first["events"].as_array().unwrap().len() as u64, size);
    let pages = total.div_ceil(size);
    let last = app.get(&format!("/api/events?page={pages}")).await.json();
    assert_eq!(
        last["events"].as_array().unwrap().len(),
        (total - (pages - 1) * size) as usize
    );

    let page = app.get("/?page=2").await;
    assert_eq!(
        page.body.matches("class=\"event cat-").count(),
        PAGE_SIZE as usize
    );
    assert!(has_tag(
        &page.body,
        "a",
        &[r#"rel="next""#, r#"href="/?page=3""#]
    ));
    assert!(
        has_tag(&page.body, "a", &[r#"rel="prev""#, r#"href="/?page=1""#])
            || has_tag(&page.body, "a", &[r#"rel="prev""#, r#"href="/""#])
    );
}

#[tokio::test]
async fn every_address_of_a_view_shows_its_filters_as_read() {
    let app = TestApp::new().await;
    // The first reader's address is untidy; the page kept for the view serves the next.
    app.get("/?category=trade+&from=+2019").await;
    let page = app.get("/?category=trade&from=2019").await;
    assert!(has_tag(
        &page.body,
        "input",
        &[r#"value="trade""#, "checked"]
    ));
    assert!(has_tag(
        &page.body,
        "input",
        &[r#"name="from""#, r#"value="2019""#]
    ));
}

/// Each event's set of actors as the database holds it, beside the set its actors make.
async fn actor_sets(app: &TestApp) -> Vec<(i64, i64, i64)> {
    let rows = app.state.store.actor_sets().await.unwrap();
    rows.into_iter()
        .map(|(id, bits, codes)| {
            let actors: Vec<Actor> = codes.iter().map(|code| code.parse().unwrap()).collect();
            (id, bits, Actor::bits(&actors))
        })
        .collect()
}

#[tokio::test]
async fn each_events_set_of_actors_follows_every_write() {
    let app = TestApp::new().await;
    let sets = actor_sets(&app).await;
    assert!(sets.len() > 150);
    assert!(sets.iter().all(|(_, held, made)| held == made), "{sets:?}");
    // An edit that changes the actors changes the set.
    let editor = app.editor().await;
    let created = editor.post("/admin/events/new", &event_form(&[])).await;
    let id: i64 = created
        .header(axum::http::header::LOCATION)
        .trim_start_matches("/admin/events/")
        .trim_end_matches("?saved=1")
        .parse()
        .unwrap();
    let edited = editor
        .post(
            &format!("/admin/events/{id}"),
            &[
                ("title", "Ministers meet in Tokyo"),
                ("summary", "Foreign ministers discuss history and trade."),
                ("start", "2023-03-16"),
                ("category", "diplomacy"),
                ("actor", "US"),
                ("actor", "UN"),
                ("source_publisher", "Kyodo News"),
                ("source_headline", "Leaders meet in Tokyo"),
                ("version", "1"),
            ],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    let sets = actor_sets(&app).await;
    let (_, held, made) = sets.iter().find(|(event, ..)| *event == id).unwrap();
    assert_eq!(
        (*held, *made),
        (
            Actor::UnitedStates.bit() | Actor::UnitedNations.bit(),
            *held
        )
    );
    assert!(sets.iter().all(|(_, held, made)| held == made));
    // And the filter reads it: the edited event is found by its new actors only.
    let un = app.filtered("actor=UN&from=2023-03-16&to=2023-03-16").await;
    assert!(un.iter().any(|e| e["id"] == id));
    let jp = app.filtered("actor=JP&from=2023-03-16&to=2023-03-16").await;
    assert!(!jp.iter().any(|e| e["id"] == id));
}

#[tokio::test]
async fn two_character_korean_and_japanese_words_are_found_as_a_scan_would_find_them() {
    let app = TestApp::new().await;
    for word in [
        "수출", "輸出", "한일", "日韓", "독도", "竹島", "징용", "判決", "없음", "島", "법",
    ] {
        let scanned = app.state.store.count_containing(word).await.unwrap();
        let encoded: String = form_urlencoded::byte_serialize(word.as_bytes()).collect();
        let found = app.get(&format!("/api/events?q={encoded}")).await.json();
        assert_eq!(found["count"].as_i64().unwrap(), scanned, "{word}");
    }
}
