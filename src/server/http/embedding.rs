//! What other sites use to embed the timeline (the embeds themselves are pages, see
//! `pages::embed`):
//! - oEmbed (oembed.com): `/oembed?url=…&format=json[&maxwidth=&maxheight=]` turns the
//!   address of a reader's page (a view of the timeline or an event, in any language) into
//!   the HTML that embeds it, so that WordPress and other consumers show a pasted link as
//!   the embed. Every reader's page announces its oEmbed address, in its head and in a
//!   `Link` header.
//! - `/embed.js`, the script a host page loads beside an embed so its frame fits.

use crate::embeds;
use crate::fault::Fault;
use crate::i18n::t;
use crate::model::{Filter, Lang, event_id_in, page_number};
use crate::paths::{self, Address, View};
use crate::server::http::error::AppError;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use axum::Json;
use axum::extract::{RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// How long a consumer may keep an answer, in seconds: an event's title can be corrected.
const CACHE_AGE: u32 = 3600;

/// The answer: a "rich" embed, an `<iframe>` of the page's embed.
#[derive(Debug, Serialize)]
struct Answer {
    r#type: &'static str,
    version: &'static str,
    title: String,
    provider_name: String,
    provider_url: String,
    html: String,
    width: u32,
    height: u32,
    cache_age: u32,
}

/// What the consumer asked: the page, and the largest frame it has room for.
struct Asked {
    url: String,
    max_width: Option<u32>,
    max_height: Option<u32>,
}

pub(crate) async fn oembed(
    State(state): State<AppState>,
    RawQuery(query): RawQuery,
) -> Result<Response, AppError> {
    let asked = asked(query.as_deref().unwrap_or_default())?;
    let (lang, embed, title) = embed_of(&state, &asked.url).await?;
    let width = asked
        .max_width
        .map_or(embeds::WIDTH, |max| max.min(embeds::WIDTH));
    let height = asked
        .max_height
        .map_or(embeds::HEIGHT, |max| max.min(embeds::HEIGHT));
    let src = format!("{}{}", state.public_url, lang.path(&embed));
    let answer = Answer {
        r#type: "rich",
        version: "1.0",
        html: embeds::iframe(&src, &title, Some(width), height),
        title,
        provider_name: t(lang, "site-name"),
        provider_url: format!("{}{}", state.public_url, lang.path("/")),
        width,
        height,
        cache_age: CACHE_AGE,
    };
    Ok(Json(answer).into_response())
}

/// The query's parameters, or what is wrong with them.
fn asked(query: &str) -> Result<Asked, AppError> {
    let mut url = None;
    let mut max_width = None;
    let mut max_height = None;
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        match &*key {
            "url" => url = Some(value.into_owned()),
            "format" if value != "json" => {
                return Err(AppError::from(Fault::NotImplemented(format!(
                    "format: only json is offered, not {value:?}"
                ))));
            }
            "maxwidth" => max_width = Some(size(&key, &value)?),
            "maxheight" => max_height = Some(size(&key, &value)?),
            _ => {}
        }
    }
    let url = url
        .filter(|url| !url.trim().is_empty())
        .ok_or_else(|| AppError::bad_request("url: give the address of a page of the timeline"))?;
    Ok(Asked {
        url: url.trim().to_owned(),
        max_width,
        max_height,
    })
}

/// A size in pixels, at least 1.
fn size(key: &str, value: &str) -> Result<u32, AppError> {
    value
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|&size| size > 0)
        .ok_or_else(|| AppError::bad_request(format!("{key}: {value:?} is not a number of pixels")))
}

/// The language, the embed's path and the title of the reader's page at `url`.
async fn embed_of(state: &AppState, url: &str) -> Result<(Lang, String, String), AppError> {
    let not_ours = || AppError::not_found(format!("{url} is not a page of this timeline."));
    let uri: Uri = url
        .parse()
        .map_err(|_| AppError::bad_request(format!("url: {url:?} is not an address")))?;
    let (Some(scheme), Some(authority)) = (uri.scheme_str(), uri.authority()) else {
        return Err(AppError::bad_request(format!(
            "url: {url:?} is not a whole address (https://…)"
        )));
    };
    if format!("{scheme}://{authority}") != state.public_url {
        return Err(not_ours());
    }
    let (lang, path) = Lang::of_path(uri.path());
    let query = uri.query().unwrap_or_default();
    match paths::address(path) {
        Address::ReaderPage(View::Filter) => {
            let filter = Filter::from_query(query)?;
            let embed = embeds::of_view(&filter, page_number(query));
            Ok((lang, embed, t(lang, "site-name")))
        }
        Address::ReaderPage(View::Path) => {
            let id = path
                .strip_prefix("/events/")
                .and_then(event_id_in)
                .ok_or_else(not_ours)?;
            let event = state.store.event(id, lang).await?.ok_or_else(not_ours)?;
            let title = format!("{} – {}", event.title, t(lang, "site-name"));
            Ok((lang, embeds::of_event(&event.path()), title))
        }
        _ => Err(not_ours()),
    }
}

/// The script a host page loads beside an embed (`src/enhance/host.js`). Its name never
/// changes, so browsers keep it a day and then ask again.
pub(crate) async fn host_script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        embeds::HOST_SCRIPT,
    )
        .into_response()
}

/// Middleware: a reader's page names its oEmbed address in a `Link` header too, where
/// consumers that do not read the page's head look for it.
pub(crate) async fn announce(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let lang = language::of(&request);
    let uri = request.uri().clone();
    let mut response = next.run(request).await;
    if response.status() != StatusCode::OK || !paths::has_embed(uri.path()) {
        return response;
    }
    let Some(view) = paths::view_address(uri.path(), uri.query().unwrap_or_default()) else {
        return response;
    };
    let page = format!("{}{}", state.public_url, lang.path(&view));
    let link = format!(
        "<{}>; rel=\"alternate\"; type=\"application/json+oembed\"",
        paths::oembed_address(&state.public_url, &page)
    );
    if let Ok(link) = HeaderValue::from_str(&link) {
        response.headers_mut().append(header::LINK, link);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_consumer_asks_for_json_and_a_page() {
        let page = asked("url=https%3A%2F%2Ft.example%2F&maxwidth=500&format=json").unwrap();
        assert_eq!(page.url, "https://t.example/");
        assert_eq!(page.max_width, Some(500));
        assert!(matches!(
            asked("url=https://t.example/&format=xml"),
            Err(AppError::Refused(Fault::NotImplemented(_)))
        ));
        for bad in ["", "url=", "url=x&maxwidth=wide", "url=x&maxheight=0"] {
            assert!(
                matches!(asked(bad), Err(AppError::Refused(Fault::BadRequest { .. }))),
                "{bad}"
            );
        }
    }
}
