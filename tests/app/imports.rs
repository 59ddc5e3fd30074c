//! Importing events from a file: a CSV in the export's columns or TimelineJS3 JSON, checked
//! row by row by the form's rules, previewed, and written all or nothing on confirmation.

use super::support::{Client, Editor, PUBLIC_URL, TestApp, TestResponse, event_form};
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use korea_japan_timeline::model::EventId;

const BOUNDARY: &str = "----import-boundary-7d1";

/// Sends `file` as the browser sends the upload form, with the cookies it holds.
async fn upload(browser: &Client, uri: &str, file: &[u8]) -> TestResponse {
    let mut body = format!(
        "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"file\"; \
         filename=\"events.csv\"\r\nContent-Type: text/csv\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(file);
    body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());
    let request = Request::post(uri)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={BOUNDARY}"),
        )
        .header(header::ACCEPT, "text/html")
        .header("sec-fetch-site", "same-origin")
        .header(header::ORIGIN, PUBLIC_URL);
    browser
        .request(request.body(Body::from(body)).unwrap())
        .await
}

/// Uploads `file` and returns the preview's address.
async fn preview_of(editor: &Editor<'_>, file: &[u8]) -> String {
    let response = upload(&editor.browser, "/admin/import", file).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let location = response.header(header::LOCATION).to_owned();
    assert!(location.starts_with("/admin/import/"), "{location}");
    location
}

/// The confirm form's token on a preview page.
fn csrf_in(page: &str) -> String {
    let after = page
        .split("name=\"csrf\" value=\"")
        .nth(1)
        .expect("a confirm form");
    after.split('"').next().unwrap().to_owned()
}

/// The export of a view, as records (header first), without its byte order mark.
async fn exported(app: &TestApp, query: &str) -> Vec<csv::StringRecord> {
    let response = app.get(&format!("/api/events.csv?{query}")).await;
    assert_eq!(response.status, StatusCode::OK);
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(&response.bytes[3..])
        .records()
        .map(Result::unwrap)
        .collect()
}

fn write(records: &[csv::StringRecord]) -> Vec<u8> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for record in records {
        writer.write_record(record).unwrap();
    }
    writer.into_inner().unwrap()
}

/// A record with the cell of `column` (by the header's name) replaced.
fn with(
    header: &csv::StringRecord,
    record: &csv::StringRecord,
    column: &str,
    value: &str,
) -> csv::StringRecord {
    let at = header.iter().position(|c| c == column).unwrap();
    record
        .iter()
        .enumerate()
        .map(|(i, cell)| if i == at { value } else { cell })
        .collect()
}

fn cell<'a>(header: &csv::StringRecord, record: &'a csv::StringRecord, column: &str) -> &'a str {
    &record[header.iter().position(|c| c == column).unwrap()]
}

#[tokio::test]
async fn the_preview_lists_each_refused_row_with_its_reason_in_the_editors_language() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let rows = exported(&app, "category=trade").await;
    let header = &rows[0];
    let untitled = with(header, &rows[2], "title_en", "");
    let new = with(header, &with(header, &rows[3], "id", ""), "version", "");
    let bad_date = with(header, &new, "start", "2019-13");
    let file = write(&[header.clone(), rows[1].clone(), untitled, bad_date, new]);
    let before = app.events().await.len();

    let preview = preview_of(&editor, &file).await;
    let page = editor.get(&preview).await;
    assert_eq!(page.status, StatusCode::OK);
    let body = &page.body;
    assert!(body.contains("1 to add, 1 to change, 2 refused."), "{body}");
    // Each row by the line it starts on, as a spreadsheet numbers it (the header is line 1;
    // a body's line breaks make rows span lines).
    let lines: Vec<u64> = csv::Reader::from_reader(file.as_slice())
        .records()
        .map(|r| r.unwrap().position().unwrap().line() + 1)
        .collect();
    let row = |at: usize| {
        let start = body
            .find(&format!(">Line {}<", lines[at]))
            .expect("the row");
        &body[start..start + body[start..].find("</tr>").unwrap()]
    };
    assert!(row(0).contains("Changes event") && row(0).contains(&rows[1][0]));
    assert!(row(1).contains("Refused") && row(1).contains("<code>title_en</code>"));
    assert!(row(1).contains("This is required."));
    assert!(row(2).contains("<code>start</code>"));
    assert!(row(2).contains("The month must be between 01 and 12."));
    assert!(row(3).contains("Added as a new event"));
    // A file with a refused row cannot be confirmed.
    assert!(!body.contains("name=\"csrf\""));
    assert!(body.contains("Nothing can be imported while any row is refused"));

    // In Korean, the same rows in the editor's words.
    let korean = editor.get(&format!("/ko{preview}")).await.body;
    let line = format!("{}번째 줄", lines[1]);
    assert!(korean.contains(&line) && korean.contains("필수 항목입니다."));
    assert_eq!(
        app.events().await.len(),
        before,
        "nothing is written by a preview"
    );
}

#[tokio::test]
async fn confirmation_writes_every_row_with_its_audit_entry_and_only_once() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let rows = exported(&app, "category=trade").await;
    let header = &rows[0];
    let changed = with(header, &rows[1], "title_ko", "수출 규제 강화 (수정)");
    let new = with(header, &with(header, &rows[2], "id", ""), "version", "");
    let new = with(header, &new, "title_en", "An imported event");
    let new = with(header, &new, "related", &rows[1][0]);
    let file = write(&[header.clone(), changed, new]);

    let preview = preview_of(&editor, &file).await;
    let page = editor.get(&preview).await.body;
    let confirmed = editor.post(&preview, &[("csrf", &csrf_in(&page))]).await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    let done = confirmed.header(header::LOCATION).to_owned();
    assert_eq!(done, "/admin/import?created=1&updated=1");
    assert!(
        editor
            .get(&done)
            .await
            .body
            .contains("Imported: 1 added, 1 changed.")
    );

    let id = &rows[1][0];
    let korean = app.get(&format!("/api/events/{id}?lang=ko")).await.json();
    assert_eq!(korean["title"], "수출 규제 강화 (수정)");
    let new = app.event_titled("An imported event").await;
    let new_id = new["id"].to_string();
    let new_row = exported(&app, "q=An%20imported%20event").await;
    assert_eq!(cell(&new_row[0], &new_row[1], "related"), id);
    // Each event has its audit entry, as a form's save writes it.
    let audit = editor.get("/admin/audit").await.body;
    assert!(
        audit.contains(&format!("Created event {new_id}")),
        "{audit}"
    );
    assert!(audit.contains(&format!("Edited event {id}")));
    assert!(audit.contains("title_ko"));
    // And its revision, numbered after those before it, in the public history.
    let store = &app.state.store;
    let revisions = |id: &str| {
        let id: korea_japan_timeline::model::EventId = id.parse().unwrap();
        async move { store.revisions_of(id).await.unwrap() }
    };
    let new_revisions = revisions(&new_id).await;
    assert_eq!(new_revisions.len(), 1);
    assert_eq!(new_revisions[0].form.title, "An imported event");
    let edited = revisions(id).await;
    let last = &edited.last().unwrap().form.translations;
    assert!(last.iter().any(|t| t.title == "수출 규제 강화 (수정)"));
    assert_eq!(
        store.revisions_out_of_step().await.unwrap(),
        Vec::<String>::new()
    );

    // Confirmed once: again, there is nothing to confirm.
    let again = editor.post(&preview, &[("csrf", &csrf_in(&page))]).await;
    assert_eq!(again.status, StatusCode::NOT_FOUND);
    assert!(
        app.events()
            .await
            .iter()
            .filter(|e| e["title"] == "An imported event")
            .count()
            == 1
    );
}

#[tokio::test]
async fn a_row_exported_before_someone_elses_save_is_refused_and_nothing_is_written() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let rows = exported(&app, "category=trade").await;
    let header = &rows[0];
    let id = rows[1][0].to_owned();
    let version = cell(header, &rows[1], "version").to_owned();
    let changed = with(header, &rows[1], "summary_en", "Changed by the file.");
    let new = with(header, &with(header, &rows[2], "id", ""), "version", "");
    let new = with(header, &new, "title_en", "Not to be imported");
    let file = write(&[header.clone(), changed, new]);

    // The file is checked while the event is as exported …
    let preview = preview_of(&editor, &file).await;
    let page = editor.get(&preview).await.body;
    assert!(page.contains("name=\"csrf\""), "{page}");
    // … then someone saves it through the form.
    let form = editor.get(&format!("/admin/events/{id}")).await.body;
    let current = form
        .split("name=\"version\" value=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .unwrap()
        .to_owned();
    assert_eq!(current, version);
    let title = cell(header, &rows[1], "title_en").to_owned();
    let saved = editor
        .post(
            &format!("/admin/events/{id}"),
            &event_form(&[("title", &title), ("version", &version)]),
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);

    let confirmed = editor.post(&preview, &[("csrf", &csrf_in(&page))]).await;
    assert_eq!(confirmed.status, StatusCode::CONFLICT);
    assert!(
        confirmed.body.contains("nothing was imported"),
        "{}",
        confirmed.body
    );
    let stale = format!("downloaded (at version {version}; it is now at");
    assert!(confirmed.body.contains(&stale), "{}", confirmed.body);
    assert!(confirmed.body.contains("<code>version</code>"));
    // All or nothing: the good row was not written either.
    let titles: Vec<_> = app
        .events()
        .await
        .into_iter()
        .map(|e| e["title"].clone())
        .collect();
    assert!(!titles.contains(&"Not to be imported".into()));
    let event = app.get(&format!("/api/events/{id}")).await.json();
    assert_ne!(event["summary"], "Changed by the file.");

    // Uploaded again, the stale row is refused at once.
    let preview = preview_of(&editor, &file).await;
    let page = editor.get(&preview).await.body;
    assert!(page.contains(&stale) && !page.contains("name=\"csrf\""));
}

/// An app on a database without any event, as a new one would be but for the seed.
async fn without_events() -> TestApp {
    let app = TestApp::new().await;
    for event in app.events().await {
        let id = EventId::try_from(event["id"].as_i64().unwrap()).unwrap();
        app.state.store.delete_event_elsewhere(id).await.unwrap();
    }
    assert_eq!(app.state.store.count_all_events().await.unwrap(), 0);
    assert!(app.events().await.is_empty());
    app
}

/// Every event of an app in the three languages, as the API writes them.
async fn every_event(app: &TestApp) -> Vec<serde_json::Value> {
    let mut all = Vec::new();
    for event in app.events().await {
        for lang in ["en", "ko", "ja"] {
            let id = &event["id"];
            let whole = app.get(&format!("/api/events/{id}?lang={lang}")).await;
            assert_eq!(whole.status, StatusCode::OK);
            all.push(whole.json());
        }
    }
    all
}

#[tokio::test]
async fn an_export_imported_into_an_empty_database_gives_the_same_events_in_every_language() {
    let seeded = TestApp::new().await;
    let csv = seeded.get("/api/events.csv").await.bytes;
    let fresh = without_events().await;
    let editor = fresh.editor().await;
    let preview = preview_of(&editor, &csv).await;
    let page = editor.get(&preview).await.body;
    let count = seeded.events().await.len();
    assert!(page.contains(&format!("{count} to add, 0 to change, 0 refused.")));
    let confirmed = editor.post(&preview, &[("csrf", &csrf_in(&page))]).await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    // The ids are kept, so addresses and related events are the same too.
    assert_eq!(every_event(&fresh).await, every_event(&seeded).await);
    // Every column of the export, but the versions: relating events moves theirs on.
    let without_versions = |rows: Vec<csv::StringRecord>| -> Vec<csv::StringRecord> {
        let at = rows[0].iter().position(|c| c == "version").unwrap();
        let cells = |r: &csv::StringRecord| -> csv::StringRecord {
            r.iter()
                .enumerate()
                .filter(|(i, _)| *i != at)
                .map(|(_, c)| c)
                .collect()
        };
        rows.iter().map(cells).collect()
    };
    assert_eq!(
        without_versions(exported(&fresh, "").await),
        without_versions(exported(&seeded, "").await)
    );
}

#[tokio::test]
async fn a_timelinejs_export_imported_into_an_empty_database_keeps_what_it_carries() {
    let seeded = TestApp::new().await;
    let file = seeded.get("/api/timelinejs.json?lang=en").await.bytes;
    let fresh = without_events().await;
    let editor = fresh.editor().await;
    let preview = preview_of(&editor, &file).await;
    let page = editor.get(&preview).await.body;
    assert!(
        page.contains(">Slide 1<") && page.contains(" 0 refused."),
        "{page}"
    );
    let confirmed = editor.post(&preview, &[("csrf", &csrf_in(&page))]).await;
    assert_eq!(
        confirmed.status,
        StatusCode::SEE_OTHER,
        "{}",
        confirmed.body
    );
    // TimelineJS carries one language, and neither bodies, positions nor related events:
    // the rest is as it was, ids included.
    let (before, after) = (seeded.events().await, fresh.events().await);
    assert_eq!(before.len(), after.len());
    for (was, now) in before.iter().zip(&after) {
        for field in ["id", "title", "summary", "category", "actors", "slug"] {
            assert_eq!(was[field], now[field], "{field} of {}", was["id"]);
        }
        for date in ["start", "end"] {
            assert_eq!(
                was[date]["date"], now[date]["date"],
                "{date} of {}",
                was["id"]
            );
        }
        let sources = |event: &serde_json::Value| -> Vec<_> {
            let list = event["sources"].as_array().unwrap().iter();
            list.map(|s| {
                (
                    s["publisher"].clone(),
                    s["headline"].clone(),
                    s["url"].clone(),
                )
            })
            .collect()
        };
        assert_eq!(sources(was), sources(now), "sources of {}", was["id"]);
    }
}

#[tokio::test]
async fn bad_files_are_refused_with_a_clear_message_and_change_nothing() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let rows = exported(&app, "category=trade").await;
    let header = rows[0].clone();
    let without =
        |column: &str| -> csv::StringRecord { header.iter().filter(|c| *c != column).collect() };
    let mut with_colour = header.clone();
    with_colour.push_field("colour");
    // "독도" in EUC-KR, and "竹島" in Shift_JIS, after the export's header.
    let in_encoding = |bytes: &[u8]| {
        let mut file = write(std::slice::from_ref(&header));
        for _ in 0..20 {
            file.extend_from_slice(bytes);
            file.push(b',');
        }
        file
    };
    let euc_kr = in_encoding(&[0xB5, 0xB6, 0xB5, 0xB5, 0x20, 0xB9, 0xAE, 0xC1, 0xA6]);
    let shift_jis = in_encoding(&[0x92, 0x7C, 0x93, 0x87, 0x96, 0xE2, 0x91, 0xE8]);
    // 10 MB of junk, all the file a form may send.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let junk: Vec<u8> = (0..10 * 1024 * 1024)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state as u8
        })
        .collect();
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("empty", Vec::new(), "The file is empty."),
        ("EUC-KR", euc_kr, "it looks like EUC-KR"),
        ("Shift_JIS", shift_jis, "it looks like Shift_JIS"),
        ("junk", junk, "The file is not UTF-8 text."),
        (
            "a missing column",
            write(&[without("sources")]),
            "lacks these columns of the CSV download: sources.",
        ),
        (
            "an unknown column",
            write(&[with_colour]),
            "columns the CSV download does not have: colour.",
        ),
        (
            "no rows",
            write(std::slice::from_ref(&header)),
            "The file has no events in it.",
        ),
        (
            "not JSON",
            b"{\"events\": [".to_vec(),
            "could not be read as CSV or as TimelineJS JSON",
        ),
    ];
    let before = app.events().await;
    for (what, file, message) in cases {
        let response = upload(&editor.browser, "/admin/import", &file).await;
        assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "{what}");
        assert!(response.body.contains(message), "{what}: {}", response.body);
        assert!(response.body.contains("role=\"alert\""), "{what}");
    }
    // In the editor's language.
    let korean = upload(&editor.browser, "/ko/admin/import", b"").await;
    assert!(
        korean.body.contains("파일이 비어 있습니다."),
        "{}",
        korean.body
    );

    // Over the cap: 413, saying what the cap is.
    let too_large = vec![b'a'; 10 * 1024 * 1024 + 1];
    let response = upload(&editor.browser, "/admin/import", &too_large).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(response.body.contains("at most 10 MB"), "{}", response.body);
    // Other forms keep their own limit.
    let long = "a".repeat(70 * 1024);
    let response = editor
        .post("/admin/events/new", &event_form(&[("body", &long)]))
        .await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);

    assert_eq!(app.events().await, before);
}

#[tokio::test]
async fn a_file_posted_as_the_body_itself_is_read_too() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let rows = exported(&app, "category=trade").await;
    let request = Request::post("/admin/import")
        .header(header::CONTENT_TYPE, "text/csv")
        .body(Body::from(write(&rows)))
        .unwrap();
    let response = editor.browser.request(request).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let page = editor.get(response.header(header::LOCATION)).await.body;
    let count = rows.len() - 1;
    assert!(
        page.contains(&format!("0 to add, {count} to change, 0 refused.")),
        "{page}"
    );
}

#[tokio::test]
async fn an_editor_who_is_not_signed_in_is_sent_to_sign_in() {
    let app = TestApp::new().await;
    for (page, login) in [
        ("/admin/import", "/login?next=%2Fadmin%2Fimport"),
        ("/ko/admin/import", "/ko/login?next=%2Fko%2Fadmin%2Fimport"),
        ("/admin/import/abc", "/login?next=%2Fadmin%2Fimport%2Fabc"),
    ] {
        let response = app.get(page).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{page}");
        assert_eq!(response.header(header::LOCATION), login);
    }
    let response = upload(&app.client(), "/admin/import", b"id\n").await;
    assert_eq!(response.status, StatusCode::UNAUTHORIZED);
    // Signed in, the page has its form, which works without JavaScript.
    let editor = app.editor().await;
    let page = editor.get("/admin/import").await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.body.contains("enctype=\"multipart/form-data\""));
    assert!(page.body.contains("type=\"file\""));
}

#[tokio::test]
async fn a_forged_confirmation_is_refused() {
    let app = TestApp::new().await;
    let editor = app.editor().await;
    let rows = exported(&app, "category=trade").await;
    let header = &rows[0];
    let new = with(header, &with(header, &rows[1], "id", ""), "version", "");
    let new = with(header, &new, "title_en", "Imported by whom?");
    let preview = preview_of(&editor, &write(&[header.clone(), new])).await;
    let csrf = csrf_in(&editor.get(&preview).await.body);
    let imported = || async {
        app.events()
            .await
            .iter()
            .any(|e| e["title"] == "Imported by whom?")
    };

    // Without the form's token, or with another …
    for token in ["", "not-the-token"] {
        let response = editor.post(&preview, &[("csrf", token)]).await;
        assert_eq!(response.status, StatusCode::FORBIDDEN, "{token:?}");
    }
    // … from another site …
    let request = Request::post(&preview)
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .header(header::ORIGIN, "https://evil.example")
        .body(Body::from(format!("csrf={csrf}")))
        .unwrap();
    assert_eq!(
        editor.browser.request(request).await.status,
        StatusCode::FORBIDDEN
    );
    // … or by another editor, whose import it is not.
    app.create_editor("joon", super::support::EDITOR_PASSWORD)
        .await;
    let other = app.signed_in_as("joon").await;
    let theirs = other.get(&preview).await;
    assert_eq!(theirs.status, StatusCode::NOT_FOUND);
    assert!(theirs.body.contains("has expired or has been imported"));
    let response = other.post(&preview, &[("csrf", &csrf)]).await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert!(!imported().await);

    // The editor's own confirmation goes through.
    let response = editor.post(&preview, &[("csrf", &csrf)]).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert!(imported().await);
}
