//! The language of a page is the start of its address: `/ko/…` and `/ja/…` are the pages
//! of `/…` in Korean and Japanese. This layer, outside the router, reads it and takes it
//! off, so that every route and layer within sees one set of paths and the language as a
//! request extension (`Lang`).

use crate::model::Lang;
use crate::paths;
use axum::extract::Request;
use axum::http::request::Parts;
use axum::http::uri::PathAndQuery;
use axum::http::{Extensions, Uri};

/// Reads the request's language from its address and leaves the rest of the address to
/// the router. The API, the built files and the health check have no language of their
/// own: under `/ko/` or `/ja/` they are unknown pages (a 404 in that language).
pub(crate) fn split_language(mut request: Request) -> Request {
    let (lang, rest) = Lang::of_path(request.uri().path());
    if lang != Lang::ORIGINAL && paths::address(rest).has_languages() {
        let rest = match request.uri().query() {
            Some(query) => format!("{rest}?{query}"),
            None => rest.to_owned(),
        };
        let mut parts = request.uri().clone().into_parts();
        parts.path_and_query = PathAndQuery::try_from(rest).ok();
        if let Ok(uri) = Uri::from_parts(parts) {
            *request.uri_mut() = uri;
        }
    }
    request.extensions_mut().insert(lang);
    request
}

/// The language a request's page is in (English unless its address said otherwise).
pub(crate) fn of(request: &Request) -> Lang {
    of_extensions(request.extensions())
}

/// The same, from a request taken apart.
pub(crate) fn of_parts(parts: &Parts) -> Lang {
    of_extensions(&parts.extensions)
}

fn of_extensions(extensions: &Extensions) -> Lang {
    extensions.get::<Lang>().copied().unwrap_or(Lang::ORIGINAL)
}
