//! Feeds of any view of the timeline, in each language: Atom (`/feed.atom`) and JSON Feed
//! 1.1 (`/feed.json`), with the timeline's own filter parameters (`/ko/feed.atom?category=
//! trade&actor=JP`). Entries are the events most recently added or changed, newest first,
//! each linking to its permanent page in the feed's language.

use crate::i18n::t;
use crate::model::{Event, Filter, Lang};
use crate::paths;
use crate::server::http::error::AppError;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::ChangedEvent;
use atom_syndication::{Category, Entry, Feed, Link, Person, Text};
use axum::extract::{RawQuery, State};
use axum::http::header;
use axum::http::request::Parts;
use axum::response::{IntoResponse, Response};
use serde_json::json;

/// How many events a feed carries.
const FEED_LENGTH: u32 = 50;

/// What both kinds of feed say: the view, its addresses and its latest events.
struct FeedView {
    lang: Lang,
    /// The feed's own address and the timeline view it follows, absolute.
    self_url: String,
    home_url: String,
    title: String,
    description: String,
    events: Vec<ChangedEvent>,
    site: String,
}

impl FeedView {
    /// An event's permanent page in the feed's language.
    fn page_of(&self, event: &Event) -> String {
        format!("{}{}", self.site, self.lang.path(&event.path()))
    }
}

/// The view a feed at `path` (`/feed.atom`, `/feed.json`) follows.
async fn feed_view(
    state: &AppState,
    parts: &Parts,
    path: &str,
    query: Option<String>,
) -> Result<FeedView, AppError> {
    let lang = language::of_parts(parts);
    let query = query.unwrap_or_default();
    let filter = Filter::from_query(&query)?;
    let events = state
        .store
        .changed_events(&filter, lang, FEED_LENGTH)
        .await?;
    let view = filter.to_query();
    let with_query = |path: &str| match view.is_empty() {
        true => format!("{}{}", state.public_url, lang.path(path)),
        false => format!("{}{}?{view}", state.public_url, lang.path(path)),
    };
    Ok(FeedView {
        lang,
        self_url: with_query(path),
        home_url: with_query("/"),
        title: t(lang, "site-name"),
        description: t(lang, "timeline-description"),
        events,
        site: state.public_url.clone(),
    })
}

/// `GET /feed.atom`.
pub(crate) async fn atom(
    State(state): State<AppState>,
    parts: Parts,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let view = feed_view(&state, &parts, paths::ATOM_FEED, query).await?;
    let entries = view
        .events
        .iter()
        .map(|changed| {
            let event = &changed.event;
            let url = view.page_of(event);
            Entry {
                id: url.clone(),
                title: text_in(&event.title, event.lang),
                updated: changed.updated_at.as_datetime().fixed_offset(),
                summary: Some(text_in(&event.summary, event.lang)),
                links: vec![Link {
                    href: url,
                    rel: "alternate".into(),
                    mime_type: Some("text/html".into()),
                    hreflang: Some(event.lang.code().into()),
                    ..Link::default()
                }],
                categories: vec![Category {
                    term: event.category.code().into(),
                    ..Category::default()
                }],
                ..Entry::default()
            }
        })
        .collect::<Vec<Entry>>();
    let updated = match entries.iter().map(|e| e.updated).max() {
        Some(newest) => newest,
        None => state.store.clock().now().as_datetime().fixed_offset(),
    };
    let feed = Feed {
        id: view.self_url.clone(),
        title: Text::plain(view.title.as_str()),
        subtitle: Some(Text::plain(view.description.as_str())),
        updated,
        authors: vec![Person {
            name: view.title.clone(),
            uri: Some(view.site.clone()),
            ..Person::default()
        }],
        links: vec![
            Link {
                href: view.self_url.clone(),
                rel: "self".into(),
                mime_type: Some("application/atom+xml".into()),
                ..Link::default()
            },
            Link {
                href: view.home_url.clone(),
                rel: "alternate".into(),
                mime_type: Some("text/html".into()),
                ..Link::default()
            },
        ],
        lang: Some(view.lang.code().into()),
        entries,
        ..Feed::default()
    };
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        feed.to_string(),
    )
        .into_response())
}

/// Plain text in `lang`: an event not yet translated is in English within a feed that is not.
fn text_in(value: &str, lang: Lang) -> Text {
    Text {
        lang: Some(lang.code().into()),
        ..Text::plain(value)
    }
}

/// `GET /feed.json`: JSON Feed 1.1.
pub(crate) async fn json_feed(
    State(state): State<AppState>,
    parts: Parts,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let view = feed_view(&state, &parts, paths::JSON_FEED, query).await?;
    let items: Vec<_> = view
        .events
        .iter()
        .map(|changed| {
            let event = &changed.event;
            let url = view.page_of(event);
            json!({
                "id": url,
                "url": url,
                "title": event.title,
                "summary": event.summary,
                "content_text": event.summary,
                "date_modified": changed.updated_at,
                "tags": [event.category.code()],
                "language": event.lang.code(),
            })
        })
        .collect();
    let feed = json!({
        "version": "https://jsonfeed.org/version/1.1",
        "title": view.title,
        "description": view.description,
        "home_page_url": view.home_url,
        "feed_url": view.self_url,
        "language": view.lang.code(),
        "authors": [{ "name": view.title, "url": view.site }],
        "items": items,
    });
    Ok((
        [(header::CONTENT_TYPE, "application/feed+json; charset=utf-8")],
        feed.to_string(),
    )
        .into_response())
}
