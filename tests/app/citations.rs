//! Citing an event: the "Cite" box, the tags Zotero reads, and the RIS, BibTeX and CSL-JSON
//! files, each naming the revision it was read at.

use crate::support::{PUBLIC_URL, TestApp, has_tag, text_of};
use axum::http::{StatusCode, header};
use biblatex::{Bibliography, ChunksExt, EntryType};

const SLUG: &str = "ministers-meet-in-tokyo";

/// An event with a Korean title, edited once: it stands at revision 2.
async fn cited_event(app: &TestApp) -> String {
    let editor = app.editor().await;
    let korean = [
        ("title_ko", "외교장관 도쿄 회담 {특별} 100%"),
        ("summary_ko", "역사와 무역을 논의했다."),
    ];
    let id = editor.save(&korean).await;
    let mut form = crate::support::event_form(&korean);
    form.extend([("version", "1"), ("summary", "Ministers discuss trade.")]);
    let saved = editor.post(&format!("/admin/events/{id}"), &form).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    id.to_string()
}

#[tokio::test]
async fn the_event_page_carries_the_tags_zotero_reads_and_a_citation() {
    let app = TestApp::new().await;
    let id = cited_event(&app).await;
    let page = app.get(&format!("/ko/events/{id}-{SLUG}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let url = format!("{PUBLIC_URL}/ko/events/{id}-{SLUG}/v/2");
    let body = &page.body;
    assert!(has_tag(
        body,
        "meta",
        &["name=\"citation_title\"", "content=\"외교장관 도쿄 회담"]
    ));
    assert!(has_tag(
        body,
        "meta",
        &[
            "name=\"citation_public_url\"",
            &format!("content=\"{url}\"")
        ]
    ));
    assert!(has_tag(
        body,
        "meta",
        &["name=\"citation_language\"", "content=\"ko\""]
    ));
    assert!(has_tag(body, "meta", &["name=\"citation_publisher\""]));
    let today = chrono::Utc::now().format("%Y/%m/%d").to_string();
    assert!(has_tag(
        body,
        "meta",
        &[
            "name=\"citation_publication_date\"",
            &format!("content=\"{today}\"")
        ]
    ));
    // The citation, folded, names the revision and its permanent address.
    assert!(has_tag(body, "details", &["class=\"take-away cite\""]));
    let text = text_of(body);
    assert!(text.contains("제2판"), "{text}");
    assert!(text.contains(&url), "{text}");
    assert!(body.contains(&format!("href=\"/ko/events/{id}-{SLUG}/cite.ris\"")));
    assert!(!body.contains(".wasm"));
}

#[tokio::test]
async fn ris_follows_the_tag_grammar_line_by_line() {
    let app = TestApp::new().await;
    let id = cited_event(&app).await;
    let ris = app.get(&format!("/ko/events/{id}-{SLUG}/cite.ris")).await;
    assert_eq!(ris.status, StatusCode::OK);
    assert_eq!(
        ris.header(header::CONTENT_TYPE),
        "application/x-research-info-systems; charset=utf-8"
    );
    assert!(ris.header(header::CONTENT_DISPOSITION).contains(".ris"));
    // No RIS reader is kept as a crate, so the grammar is checked here: every line a
    // two-character tag, two spaces, a hyphen and a space, then the value; CRLF ends; TY
    // first and ER last.
    let lines: Vec<&str> = ris.body.split_terminator("\r\n").collect();
    assert!(!ris.body.replace("\r\n", "").contains('\n'));
    for line in &lines {
        let (tag, value) = line.split_at(2);
        assert!(
            tag.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()),
            "{line}"
        );
        assert!(value.starts_with("  - "), "{line}");
    }
    assert_eq!(lines[0], "TY  - ELEC");
    assert_eq!(*lines.last().unwrap(), "ER  - ");
    let field = |tag: &str| {
        lines
            .iter()
            .find_map(|line| line.strip_prefix(&format!("{tag}  - ")))
            .unwrap_or_else(|| panic!("no {tag}"))
    };
    assert_eq!(field("TI"), "외교장관 도쿄 회담 {특별} 100%");
    assert_eq!(field("LA"), "ko");
    assert_eq!(field("ET"), "2");
    assert_eq!(
        field("UR"),
        format!("{PUBLIC_URL}/ko/events/{id}-{SLUG}/v/2")
    );
}

#[tokio::test]
async fn bibtex_reads_back_with_a_biblatex_parser() {
    let app = TestApp::new().await;
    let id = cited_event(&app).await;
    let bib = app.get(&format!("/ko/events/{id}-{SLUG}/cite.bib")).await;
    assert_eq!(bib.status, StatusCode::OK);
    assert_eq!(
        bib.header(header::CONTENT_TYPE),
        "application/x-bibtex; charset=utf-8"
    );
    let parsed = Bibliography::parse(&bib.body).unwrap_or_else(|e| panic!("{e:?}\n{}", bib.body));
    assert_eq!(parsed.len(), 1);
    let entry = parsed.iter().next().unwrap();
    assert_eq!(entry.entry_type, EntryType::Online);
    assert_eq!(entry.key, format!("kjt-event-{id}-v2"));
    let field = |name: &str| entry.get(name).unwrap().format_verbatim();
    // The escapes read back as the title as written.
    assert_eq!(field("title"), "외교장관 도쿄 회담 {특별} 100%");
    assert_eq!(field("version"), "2");
    assert_eq!(field("language"), "ko");
    assert!(field("url").ends_with(&format!("/ko/events/{id}-{SLUG}/v/2")));

    // In English, the English title.
    let english = app.get(&format!("/events/{id}-{SLUG}/cite.bib")).await;
    let parsed = Bibliography::parse(&english.body).unwrap();
    let entry = parsed.iter().next().unwrap();
    assert_eq!(
        entry.get("title").unwrap().format_verbatim(),
        "Ministers meet in Tokyo"
    );
}

#[tokio::test]
async fn csl_json_is_valid_against_the_csl_schema() {
    let app = TestApp::new().await;
    let id = cited_event(&app).await;
    let json = app.get(&format!("/ja/events/{id}-{SLUG}/cite.json")).await;
    assert_eq!(json.status, StatusCode::OK);
    assert_eq!(
        json.header(header::CONTENT_TYPE),
        "application/vnd.citationstyles.csl+json; charset=utf-8"
    );
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schemas/csl-data.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let item = json.json();
    let problems: Vec<String> = validator
        .iter_errors(&item)
        .map(|e| e.to_string())
        .collect();
    assert!(problems.is_empty(), "{problems:?}\n{item}");
    // Not translated into Japanese: the English title, marked as English.
    assert_eq!(item[0]["title"], "Ministers meet in Tokyo");
    assert_eq!(item[0]["language"], "en");
    assert_eq!(item[0]["version"], "2");
    // And the schema is no formality: an item without its type is refused.
    let mut broken = item.clone();
    broken[0].as_object_mut().unwrap().remove("type");
    assert!(!validator.is_valid(&broken));
}

#[tokio::test]
async fn citations_of_unknown_or_retired_events_are_refused_and_old_slugs_redirect() {
    let app = TestApp::new().await;
    let id = cited_event(&app).await;
    let old = app.get(&format!("/events/{id}-old-title/cite.ris")).await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        old.header(header::LOCATION),
        format!("/events/{id}-{SLUG}/cite.ris")
    );
    assert_eq!(
        app.get("/events/99999-x/cite.json").await.status,
        StatusCode::NOT_FOUND
    );
    let editor = app.signed_in_as("mina").await;
    assert!(
        editor
            .retire(id.parse::<i64>().unwrap().try_into().unwrap())
            .await
            .status
            .is_redirection()
    );
    assert_eq!(
        app.get(&format!("/events/{id}-{SLUG}/cite.bib"))
            .await
            .status,
        StatusCode::GONE
    );
}
