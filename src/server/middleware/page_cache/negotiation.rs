//! What the browser already has and what it takes: validators (ETag, 304) and the
//! compressed forms named in `Accept-Encoding`.

use crate::model::Lang;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::sync::LazyLock;

/// Names this run of the server in validators, so a new version never matches an old page.
static RUN: LazyLock<String> = LazyLock::new(|| format!("{:016x}", rand::random::<u64>()));

/// The validator of a view's page at this generation of the data. An API answer's version
/// names its language too: the same address answers in the language of each reader's
/// `Accept-Language`.
pub(super) fn etag(generation: i64, api_lang: Option<Lang>) -> String {
    match api_lang {
        Some(lang) => format!("W/\"{}-{generation}-{lang}\"", &**RUN),
        None => format!("W/\"{}-{generation}\"", &**RUN),
    }
}

/// "304 Not Modified": the browser's copy is current.
pub(super) fn not_modified(etag: &str, api_lang: Option<Lang>) -> Response {
    let vary = if api_lang.is_some() {
        "accept-encoding, accept-language"
    } else {
        "accept-encoding"
    };
    (
        StatusCode::NOT_MODIFIED,
        [(header::ETAG, etag), (header::VARY, vary)],
    )
        .into_response()
}

/// Whether `If-None-Match` names the current version.
pub(super) fn is_current(headers: &HeaderMap, etag: &str) -> bool {
    headers
        .get_all(header::IF_NONE_MATCH)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|tag| {
            let tag = tag.trim();
            tag == "*" || tag.trim_start_matches("W/") == etag.trim_start_matches("W/")
        })
}

pub(super) fn with_etag(mut response: Response, etag: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
}

/// Which compressed forms the browser takes.
#[derive(Clone, Copy, Debug)]
pub(super) struct Accepts {
    pub(super) brotli: bool,
    pub(super) gzip: bool,
}

impl From<&HeaderMap> for Accepts {
    fn from(headers: &HeaderMap) -> Self {
        let mut accepts = Self {
            brotli: false,
            gzip: false,
        };
        let offered = headers
            .get_all(header::ACCEPT_ENCODING)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','));
        for coding in offered {
            let mut params = coding.split(';').map(str::trim);
            let name = params.next().unwrap_or_default();
            let refused = params.any(|p| matches!(p, "q=0" | "q=0.0" | "q=0.00" | "q=0.000"));
            match name {
                "br" => accepts.brotli = !refused,
                "gzip" => accepts.gzip = !refused,
                _ => {}
            }
        }
        accepts
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validators_match_with_or_without_weakness_and_in_lists() {
        let etag = "W/\"run-7\"";
        let headers = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::IF_NONE_MATCH, HeaderValue::from_static(value));
            headers
        };
        assert!(is_current(&headers("W/\"run-7\""), etag));
        assert!(is_current(&headers("\"other\", \"run-7\""), etag));
        assert!(is_current(&headers("*"), etag));
        assert!(!is_current(&headers("W/\"run-6\""), etag));
        assert!(!is_current(&HeaderMap::new(), etag));
    }

    #[test]
    fn the_encodings_a_browser_takes_are_read_with_their_weights() {
        let accepts = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_static(value));
            Accepts::from(&headers)
        };
        let both = accepts("gzip, deflate, br, zstd");
        assert!(both.brotli && both.gzip);
        let no_br = accepts("br;q=0, gzip;q=0.5");
        assert!(!no_br.brotli && no_br.gzip);
        let none = Accepts::from(&HeaderMap::new());
        assert!(!none.brotli && !none.gzip);
    }
}
