//! What search engines read: `robots.txt`, which keeps editors' pages out of their indexes
//! and points at the sitemap, and the sitemap itself, which lists the timeline and every
//! event in each language with the other languages as alternates (`hreflang`, with English
//! as `x-default`). Past `EVENTS_PER_SITEMAP` events, `/sitemap.xml` is an index of numbered
//! sitemaps (`/sitemap-1.xml` …), each well within the 50,000 addresses a sitemap may hold.
//! The XML is written here: a few fixed elements, with every value escaped.

use crate::markup::escape;
use crate::model::{Lang, Timestamp};
use crate::paths::{self, Address};
use crate::server::http::error::AppError;
use crate::server::http::extract::Path;
use crate::server::startup::AppState;
use crate::server::store::ListedEvent;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use std::fmt::Write;

/// Events per sitemap: each is listed once per language, so a sitemap holds three times as
/// many addresses.
const EVENTS_PER_SITEMAP: u64 = 10_000;

/// `GET /robots.txt`.
pub(crate) async fn robots(State(state): State<AppState>) -> Response {
    let mut text = String::from(
        "# Readers' pages are open to every crawler; editors' pages and the API are not pages\n\
         # to index.\nUser-agent: *\n",
    );
    for prefix in editors_prefixes() {
        for lang in Lang::ALL {
            let _ = writeln!(text, "Disallow: {}", lang.path(&prefix));
        }
    }
    let _ = writeln!(
        text,
        "Disallow: /api/\n\nSitemap: {}/sitemap.xml",
        state.public_url
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], text).into_response()
}

/// The editors' addresses as prefixes, from the address table (`/admin` covers `/admin/…`).
fn editors_prefixes() -> Vec<String> {
    let mut prefixes: Vec<String> = paths::ADDRESSES
        .iter()
        .filter(|(_, address)| matches!(address, Address::Editors(_)))
        .map(|(pattern, _)| {
            pattern
                .trim_end_matches('*')
                .trim_end_matches('/')
                .to_owned()
        })
        .collect();
    prefixes.sort();
    prefixes.dedup();
    // A longer prefix under a shorter one says nothing more.
    let all = prefixes.clone();
    prefixes.retain(|p| {
        !all.iter()
            .any(|q| q != p && p.starts_with(&format!("{q}/")))
    });
    prefixes
}

/// `GET /sitemap.xml`: the one sitemap, or the index of the numbered ones.
pub(crate) async fn sitemap(State(state): State<AppState>) -> Result<Response, AppError> {
    let events = u64::try_from(state.store.count_events().await?).unwrap_or_default();
    if events <= EVENTS_PER_SITEMAP {
        return shard(&state, 1).await;
    }
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for n in 1..=events.div_ceil(EVENTS_PER_SITEMAP) {
        let _ = writeln!(
            xml,
            "<sitemap><loc>{}</loc></sitemap>",
            escape(&format!("{}/sitemap-{n}.xml", state.public_url))
        );
    }
    xml.push_str("</sitemapindex>\n");
    Ok(xml_response(xml))
}

/// `GET /sitemap-{n}.xml`: one of the numbered sitemaps.
pub(crate) async fn numbered_sitemap(
    State(state): State<AppState>,
    Path(name): Path<String>,
) -> Result<Response, AppError> {
    let n = name
        .strip_suffix(".xml")
        .and_then(|n| n.parse::<u64>().ok())
        .filter(|&n| n >= 1)
        .ok_or_else(|| AppError::not_found("There is no such sitemap."))?;
    shard(&state, n).await
}

/// The `n`th sitemap (from 1): the timeline, the register of terms and the corrections log
/// (in the first) and
/// its share of the events, each in every language.
async fn shard(state: &AppState, n: u64) -> Result<Response, AppError> {
    let skip = (n - 1) * EVENTS_PER_SITEMAP;
    let limit = u32::try_from(EVENTS_PER_SITEMAP).unwrap_or(u32::MAX);
    let events = state.store.listed_events(skip, limit).await?;
    if events.is_empty() && n > 1 {
        return Err(AppError::not_found("There is no such sitemap."));
    }
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" \
         xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n",
    );
    if n == 1 {
        write_url(&mut xml, &state.public_url, "/", None);
        write_url(&mut xml, &state.public_url, crate::paths::TERMS, None);
        write_url(&mut xml, &state.public_url, crate::paths::CORRECTIONS, None);
    }
    for ListedEvent { path, updated_at } in &events {
        write_url(&mut xml, &state.public_url, path, Some(*updated_at));
    }
    xml.push_str("</urlset>\n");
    Ok(xml_response(xml))
}

/// One address in each language, each listing all of them (itself included) as alternates.
fn write_url(xml: &mut String, site: &str, path: &str, updated_at: Option<Timestamp>) {
    let address = |lang: Lang| escape(&format!("{site}{}", lang.path(path)));
    for lang in Lang::ALL {
        let _ = write!(xml, "<url><loc>{}</loc>", address(lang));
        if let Some(updated_at) = updated_at {
            // RFC 3339 needs no escaping.
            let _ = write!(xml, "<lastmod>{updated_at}</lastmod>");
        }
        for other in Lang::ALL {
            let _ = write!(
                xml,
                "<xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>",
                other.code(),
                address(other)
            );
        }
        let _ = writeln!(
            xml,
            "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\"/></url>",
            address(Lang::ORIGINAL)
        );
    }
}

fn xml_response(xml: String) -> Response {
    (
        [(header::CONTENT_TYPE, "application/xml; charset=utf-8")],
        xml,
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn robots_keeps_out_every_editors_address_once() {
        assert_eq!(editors_prefixes(), ["/admin", "/login", "/logout"]);
    }
}
