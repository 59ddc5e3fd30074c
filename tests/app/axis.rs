//! The time axis: its unit and columns follow the view, each column is one link, and the
//! moves in, out, earlier and later are links to views with the other filters kept.

use crate::support::{TestApp, has_tag, text_of};
use korea_japan_timeline::model::MAX_BUCKETS;
use serde_json::Value;

/// The chart of the axis: its marks, one link each.
fn chart(html: &str) -> &str {
    let class = html
        .find(r#"class="axis__chart""#)
        .expect("the page has an axis");
    let start = html[..class].rfind("<svg").unwrap();
    let end = start + html[start..].find("</svg>").unwrap();
    &html[start..end]
}

fn marks(html: &str) -> usize {
    chart(html).matches("<a ").count()
}

/// How many events start within the years `first..=last`.
fn starting_in(events: &[Value], first: &str, last: &str) -> usize {
    events
        .iter()
        .filter(|e| {
            let start = e["start"]["date"].as_str().unwrap();
            let year = &start[..4];
            first <= year && year <= last
        })
        .count()
}

#[tokio::test]
async fn the_whole_timeline_is_drawn_by_decade_and_zooms_into_half_a_century() {
    let app = TestApp::new().await;
    let events = app.events().await;
    let page = app.get("/").await.body;
    assert!(has_tag(
        &page,
        "figure",
        &[r#"data-unit="decade""#, r#"data-start="1870-01-01""#]
    ));
    assert!(text_of(&page).contains("by decade"));
    let in_2010s = starting_in(&events, "2010", "2019");
    assert!(in_2010s > 1);
    assert!(has_tag(
        chart(&page),
        "a",
        &[
            r#"href="/?from=2010&amp;to=2019""#,
            &format!(r#"aria-label="2010s: {in_2010s} events""#)
        ]
    ));
    assert!(has_tag(
        &page,
        "a",
        &[r#"href="/?from=1950&amp;to=1999""#, r#"data-move="in""#]
    ));
    // The whole timeline is shown: there is nowhere further out, earlier or later to go.
    for step in ["out", "earlier", "later"] {
        assert!(
            !has_tag(&page, "a", &[&format!(r#"data-move="{step}""#)]),
            "{step}"
        );
    }
}

#[tokio::test]
async fn a_year_is_drawn_by_month_with_single_events_linking_to_their_pages() {
    let app = TestApp::new().await;
    let events = app.events().await;
    let page = app.get("/?from=2019&to=2019").await.body;
    assert!(has_tag(
        &page,
        "figure",
        &[r#"data-unit="month""#, r#"data-columns="12""#]
    ));
    for month in 1..=12 {
        let prefix = format!("2019-{month:02}");
        let starting: Vec<&Value> = events
            .iter()
            .filter(|e| e["start"]["date"].as_str().unwrap().starts_with(&prefix))
            .collect();
        let view = format!(r#"href="/?from={prefix}&amp;to={prefix}""#);
        match starting.as_slice() {
            [] => assert!(!chart(&page).contains(&view), "{prefix}"),
            [only] => {
                let id = only["id"].as_i64().unwrap();
                assert!(
                    has_tag(
                        chart(&page),
                        "a",
                        &[&format!(r#"href="/events/{id}-"#), r#"data-event="#]
                    ),
                    "{prefix}: the event itself"
                );
            }
            many => assert!(
                has_tag(
                    chart(&page),
                    "a",
                    &[&view, &format!(": {} events\"", many.len())]
                ),
                "{prefix}: a cluster of {}",
                many.len()
            ),
        }
    }
}

#[tokio::test]
async fn moves_are_links_that_keep_the_other_filters() {
    let app = TestApp::new().await;
    let page = app
        .get("/?category=trade&from=2019-11&to=2019-11")
        .await
        .body;
    assert!(has_tag(
        &page,
        "figure",
        &[r#"data-unit="day""#, r#"data-columns="30""#]
    ));
    for (step, to) in [
        ("earlier", "from=2019-10&amp;to=2019-10"),
        ("later", "from=2019-12&amp;to=2019-12"),
        ("out", "from=2019&amp;to=2019"),
        ("in", "from=2019-11-11&amp;to=2019-11-17"),
    ] {
        assert!(
            has_tag(
                &page,
                "a",
                &[
                    &format!(r#"href="/?category=trade&amp;{to}""#),
                    &format!(r#"data-move="{step}""#)
                ]
            ),
            "{step}"
        );
    }
    // A day is as far in as the axis goes.
    let day = app.get("/?from=2019-11-22&to=2019-11-22").await.body;
    assert!(!has_tag(&day, "a", &[r#"data-move="in""#]));
    assert!(has_tag(
        &day,
        "a",
        &[
            r#"href="/?from=2019-11-18&amp;to=2019-11-24""#,
            r#"data-move="out""#
        ]
    ));
}

#[tokio::test]
async fn the_axis_speaks_the_pages_language() {
    let app = TestApp::new().await;
    let events = app.events().await;
    let page = app.get("/ko/?from=2010&to=2019").await.body;
    let in_2019 = starting_in(&events, "2019", "2019");
    assert!(has_tag(
        chart(&page),
        "a",
        &[
            r#"href="/ko/?from=2019&amp;to=2019""#,
            &format!(r#"aria-label="2019년: {in_2019}건""#)
        ]
    ));
    assert!(text_of(&page).contains("연도별"));
    assert!(has_tag(
        &page,
        "a",
        &[r#"href="/ko/?from=2000&amp;to=2049""#, r#"data-move="out""#]
    ));
}

#[tokio::test]
async fn however_many_events_the_axis_draws_a_bounded_number_of_marks() {
    let app = TestApp::new().await;
    let seeded = app.events().await.len();
    let views = [
        "/",
        "/?from=2019&to=2019",
        "/?from=1990&to=2019",
        "/?q=export",
    ];
    for (events, added) in [
        (seeded, 0),
        (seeded + 150, 150),
        // The columns depend on the years a view spans, not on how many events fill them:
        // ten thousand fill every year the synthetic ones span (100,000 are benchmarked).
        (10_000, 10_000 - seeded - 150),
    ] {
        app.state.store.add_synthetic_events(added).await.unwrap();
        for view in views {
            let page = app.get(view).await.body;
            let marks = marks(&page);
            assert!(marks >= 1, "{view} at {events} events");
            assert!(
                marks as u32 <= MAX_BUCKETS,
                "{view} at {events} events: {marks} marks"
            );
        }
    }
}

#[tokio::test]
async fn on_a_phone_the_filters_fold_under_what_is_chosen() {
    let app = TestApp::new().await;
    let page = app.get("/?category=trade&actor=JP&from=2019").await.body;
    let summary = page
        .split("<summary>")
        .nth(1)
        .and_then(|rest| rest.split("</summary>").next())
        .expect("the choices are in a disclosure");
    assert_eq!(text_of(summary), "FiltersTrade · Japan · 2019–");
    assert!(has_tag(&page, "details", &[r#"class="filters__more""#]));
    assert!(!page.contains("<details class=\"filters__more\" open"));
}

/// The labels under the columns, in order.
fn scale_labels(html: &str) -> Vec<String> {
    let class = html
        .find(r#"class="axis__scale""#)
        .expect("the page has a scale");
    let scale = &html[class..class + html[class..].find("</svg>").unwrap()];
    scale
        .split("<text")
        .skip(1)
        .map(|text| {
            let inner = &text[text.find('>').unwrap() + 1..];
            inner[..inner.find("</text>").unwrap()].to_string()
        })
        .collect()
}

#[tokio::test]
async fn the_scale_writes_months_and_days_as_each_language_writes_dates() {
    let app = TestApp::new().await;
    let months = |lang: &'static str| {
        let app = &app;
        async move {
            let page = app
                .get(&format!("/{lang}?from=2019-01&to=2020-12"))
                .await
                .body;
            scale_labels(&page)
        }
    };
    assert_eq!(
        months("").await[..5],
        ["January 2019", "April", "July", "October", "January 2020"]
    );
    assert_eq!(
        months("ko/").await[..5],
        ["2019년 1월", "4월", "7월", "10월", "2020년 1월"]
    );
    assert_eq!(
        months("ja/").await[..5],
        ["2019年1月", "4月", "7月", "10月", "2020年1月"]
    );

    let days = scale_labels(&app.get("/ja/?from=2019-07-22&to=2019-08-10").await.body);
    assert_eq!(days.first().map(String::as_str), Some("2019年7月22日"));
    assert!(days.iter().any(|label| label == "2019年8月1日"), "{days:?}");
    assert!(days.iter().all(|label| !label.contains('-')), "{days:?}");
}
