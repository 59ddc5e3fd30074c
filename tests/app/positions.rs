//! Each side's position on an event: written in the editors' form, shown side by side on the
//! event's page, marked on the timeline and selected by `disputed=1`, carried in the API,
//! the feeds and the exports.

use super::support::{Editor, TestApp, event_form, has_tag, text_of};
use axum::http::StatusCode;
use korea_japan_timeline::model::EventId;

/// A position row as the form posts it.
fn position<'a>(holder: &'a str, lang: &'a str, words: [&'a str; 3]) -> Vec<(&'a str, &'a str)> {
    let [en, ko, ja] = words;
    vec![
        ("position_holder", holder),
        ("position_lang", lang),
        ("position_en", en),
        ("position_ko", ko),
        ("position_ja", ja),
        ("position_publisher", "外務省"),
        ("position_headline", "外務大臣談話"),
        ("position_date", "2019-07-01"),
        ("position_url", "https://www.mofa.go.jp/"),
    ]
}

const SEOUL: [&str; 3] = [
    "The measure is economic retaliation.",
    "이번 조치는 경제 보복이다.",
    "今回の措置は経済報復である。",
];
const TOKYO: [&str; 3] = [
    "It is a review of export controls.",
    "수출관리 운용의 재검토다.",
    "輸出管理の運用の見直しだ。",
];
const COURT: [&str; 3] = [
    "The claims are not covered by the agreement.",
    "청구권협정의 적용대상에 포함되지 않는다.",
    "請求権協定の適用対象に含まれない。",
];

/// Saves a new event titled `title` with these position rows, and returns its id.
async fn save_with_positions(
    editor: &Editor<'_>,
    title: &str,
    rows: &[Vec<(&str, &str)>],
) -> EventId {
    let mut form = event_form(&[("title", title)]);
    for row in rows {
        form.extend(row.iter().copied());
    }
    let response = editor.post("/admin/events/new", &form).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.header(axum::http::header::LOCATION);
    location
        .trim_start_matches("/admin/events/")
        .trim_end_matches("?saved=1")
        .parse()
        .unwrap()
}

/// A disputed event: Seoul's, Tokyo's and a Seoul court's positions, entered court first.
async fn disputed_event(editor: &Editor<'_>) -> EventId {
    save_with_positions(
        editor,
        "Zebulon export curbs",
        &[
            position("korea-supreme-court", "ko", COURT),
            position("JP", "ja", TOKYO),
            position("KR", "ko", SEOUL),
        ],
    )
    .await
}

#[tokio::test]
async fn readers_see_each_side_in_its_own_words_in_their_languages_order() {
    let app = TestApp::new().await;
    let id = disputed_event(&app.editor().await).await;

    let page = app.get(&format!("/events/{id}-zebulon-export-curbs")).await;
    assert_eq!(page.status, StatusCode::OK);
    let html = &page.body;
    assert!(has_tag(html, "section", &["id=\"positions\""]), "{html}");
    assert!(html.contains(">Positions</h2>"));
    // Korea first on an English page, the court after the governments; each side's words
    // first, marked with their language, the translation under them, labelled.
    let at = |text: &str| {
        html.find(text)
            .unwrap_or_else(|| panic!("{text} in {html}"))
    };
    assert!(at(SEOUL[1]) < at(TOKYO[2]) && at(TOKYO[2]) < at(COURT[1]));
    assert!(has_tag(html, "blockquote", &["lang=\"ko\""]));
    assert!(has_tag(html, "blockquote", &["lang=\"ja\""]));
    assert!(at(SEOUL[1]) < at(SEOUL[0]));
    assert_eq!(html.matches("Unofficial translation").count(), 3);
    assert!(text_of(html).contains("South Korea: Supreme Court"));
    assert!(!html.contains(SEOUL[2]) && !html.contains(TOKYO[1]));

    // Japan first on a Japanese page, where Tokyo's words need no translation.
    let page = app
        .get(&format!("/ja/events/{id}-zebulon-export-curbs"))
        .await;
    let html = &page.body;
    assert!(html.contains(">双方の立場</h2>"));
    let at = |text: &str| html.find(text).unwrap();
    assert!(at(TOKYO[2]) < at(SEOUL[1]) && at(SEOUL[1]) < at(COURT[1]));
    assert!(at(SEOUL[1]) < at(SEOUL[2]));
    assert_eq!(html.matches("非公式訳").count(), 2);
    assert!(!html.contains(TOKYO[0]) && !html.contains(TOKYO[1]));

    // The API carries them whole, as entered.
    let event = app.get(&format!("/api/events/{id}")).await.json();
    let positions = event["positions"].as_array().unwrap();
    assert_eq!(positions.len(), 3);
    assert_eq!(positions[0]["holder"]["actor"], "KR");
    assert_eq!(positions[0]["holder"]["court"], "korea-supreme-court");
    assert_eq!(positions[1]["holder"]["actor"], "JP");
    assert!(positions[1]["holder"].get("court").is_none());
    assert_eq!(positions[1]["lang"], "ja");
    assert_eq!(positions[1]["quote"], TOKYO[2]);
    assert_eq!(positions[1]["source"]["date"], "2019-07-01");
    assert_eq!(positions[1]["translations"][0]["lang"], "en");
    assert_eq!(positions[1]["translations"][0]["text"], TOKYO[0]);
}

#[tokio::test]
async fn the_timeline_marks_disputed_events_and_disputed_1_selects_them() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let disputed = disputed_event(&editor).await;
    // One side twice (a government and its court) is no dispute.
    let one_side = save_with_positions(
        &editor,
        "Ruling in Xanadu",
        &[
            position("KR", "ko", SEOUL),
            position("korea-supreme-court", "ko", COURT),
        ],
    )
    .await;

    let page = app.get("/?q=zebulon").await.body;
    let mark = format!("/events/{disputed}-zebulon-export-curbs#positions");
    assert!(
        has_tag(&page, "a", &[&format!("href=\"{mark}\"")]),
        "{page}"
    );
    assert!(text_of(&page).contains("The sides disagree: both positions"));
    let page = app.get("/?q=xanadu").await.body;
    assert!(page.contains("Ruling in Xanadu"));
    assert!(!page.contains("#positions"));

    let all = app.get("/api/events?disputed=1").await.json();
    let count = all["count"].as_u64().unwrap();
    assert!(count >= 41, "{all}");
    let (mut ids, mut starts) = (Vec::new(), Vec::new());
    let page_size = all["page_size"].as_u64().unwrap();
    for page in 1..=count.div_ceil(page_size) {
        let json = app
            .get(&format!("/api/events?disputed=1&page={page}"))
            .await
            .json();
        for event in json["events"].as_array().unwrap() {
            let sides: Vec<&str> = event["positions"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| p["holder"]["actor"].as_str().unwrap())
                .collect();
            assert!(sides.iter().any(|&s| s != sides[0]), "{event}");
            ids.push(event["id"].as_i64().unwrap());
            starts.push(event["start"]["date"].as_str().unwrap().to_owned());
        }
    }
    assert_eq!(ids.len() as u64, count);
    assert!(ids.contains(&disputed.number()));
    assert!(!ids.contains(&one_side.number()));

    // The page: the box ticked, the axis counting only these, the feeds likewise.
    let page = app.get("/?disputed=1").await.body;
    assert!(has_tag(
        &page,
        "input",
        &["name=\"disputed\"", "value=\"1\"", "checked"]
    ));
    let in_2010s = starts
        .iter()
        .filter(|start| start.starts_with("201"))
        .count();
    assert!(in_2010s > 1);
    assert!(page.contains(&format!("aria-label=\"2010s: {in_2010s} events\"")));
    let feed = app.get("/feed.json?disputed=1").await.json();
    let items = feed["items"].as_array().unwrap();
    assert_eq!(items.len() as u64, count.min(50));
    assert!(
        items[0]["url"]
            .as_str()
            .unwrap()
            .contains(&format!("/events/{disputed}-"))
    );

    // Anything but 1 or 0 is a mistake, said as such.
    let bad = app.get("/api/events?disputed=yes").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("disputed"), "{}", bad.body);
    let bad = app.get("/ko/?disputed=yes").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(text_of(&bad.body).contains("“yes”은(는) 입장 필터의 값이 아닙니다"));
}

#[tokio::test]
async fn a_position_is_refused_beside_its_fields_without_a_dated_source_or_a_translation() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let before = app.events().await.len();
    let mut row = position("JP", "ja", TOKYO);
    for field in &mut row {
        match field.0 {
            "position_date" => field.1 = "",
            // The quote given again as its own translation.
            "position_ko" => field.1 = TOKYO[2],
            _ => {}
        }
    }
    let mut form = event_form(&[]);
    form.extend(row);
    let response = editor.post("/admin/events/new", &form).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    let text = text_of(&response.body);
    assert!(text.contains("This is required."), "{text}");
    assert!(
        text.contains("This repeats the original words: write the translation."),
        "{text}"
    );
    // What was typed is kept for correcting.
    assert!(response.body.contains(TOKYO[0]));
    assert_eq!(app.events().await.len(), before);
}

#[tokio::test]
async fn position_rows_are_added_and_removed_without_javascript_and_edits_are_audited() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let mut form = event_form(&[("action", "add-position")]);
    form.extend(position("KR", "ko", SEOUL));
    let response = editor.post("/admin/events/new", &form).await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.body.contains("id=\"position-1-holder\""));
    assert!(response.body.contains(SEOUL[1]));

    let id = save_with_positions(&editor, "Curbs reviewed", &[position("KR", "ko", SEOUL)]).await;
    let edit = editor.get(&format!("/admin/events/{id}")).await;
    assert!(has_tag(&edit.body, "option", &["value=\"KR\"", "selected"]));
    let version = edit
        .body
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    let mut form = event_form(&[("title", "Curbs reviewed"), ("version", &version)]);
    form.extend(position("KR", "ko", SEOUL));
    form.extend(position("JP", "ja", TOKYO));
    form.push(("action", "remove-position-0"));
    // Removing a row redraws the form without it and saves nothing.
    let response = editor.post(&format!("/admin/events/{id}"), &form).await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(!response.body.contains(SEOUL[1]));
    form.retain(|field| field.0 != "action");
    let saved = editor.post(&format!("/admin/events/{id}"), &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let event = app.get(&format!("/api/events/{id}")).await.json();
    assert_eq!(event["positions"].as_array().unwrap().len(), 2);

    let trail = app.state.store.audit_trail().await.unwrap();
    let change = trail
        .iter()
        .find(|entry| entry.event_id == Some(id) && !entry.changes.is_empty())
        .and_then(|entry| entry.changes.iter().find(|c| c.field == "positions"))
        .expect("the positions' change is on record");
    assert!(!change.before.as_deref().unwrap().contains(TOKYO[2]));
    assert!(change.after.as_deref().unwrap().contains(TOKYO[2]));
}

#[tokio::test]
async fn exports_carry_positions_whole() {
    let app = TestApp::new().await;
    let id = disputed_event(&app.editor().await).await;
    let csv = app.get("/api/events.csv?q=zebulon").await;
    assert_eq!(csv.status, StatusCode::OK);
    let mut reader = csv::Reader::from_reader(csv.body.trim_start_matches('\u{feff}').as_bytes());
    let header = reader.headers().unwrap().clone();
    let column = header.iter().position(|c| c == "positions").unwrap();
    let row = reader
        .records()
        .map(Result::unwrap)
        .find(|row| row[0] == *id.to_string())
        .expect("the event's row");
    let positions: serde_json::Value = serde_json::from_str(&row[column]).unwrap();
    let api = app.get(&format!("/api/events/{id}")).await.json();
    assert_eq!(positions, api["positions"]);

    let timeline = app
        .get("/api/timelinejs.json?q=zebulon&lang=ko")
        .await
        .json();
    let [slide] = timeline["events"].as_array().unwrap().as_slice() else {
        panic!("one event: {timeline}");
    };
    let text = slide["text"]["text"].as_str().unwrap();
    assert!(text.contains(&format!(
        "<blockquote lang=\"ja\">{}</blockquote>",
        TOKYO[2]
    )));
    assert!(text.contains("비공식 번역"));
    assert!(text.find(SEOUL[1]) < text.find(TOKYO[2]));
}
