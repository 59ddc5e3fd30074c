//! Which kept page a request asks for: the view it shows, not its address.

use crate::model::Lang;
use crate::paths;
use crate::server::http::json_api;
use axum::http::{HeaderMap, Uri};

/// The readers' URLs, as the address table says: pages and the JSON API's events. Editors'
/// pages are never kept.
pub(super) fn is_cacheable(path: &str) -> bool {
    paths::address(path).kept_view().is_some()
}

/// The view a reader's request shows, which names its kept page: for the timeline and the
/// list API, the parsed filter and page number; for an event, its address (any query is
/// ignored there); and its language: a page's from its address, the API's as asked for.
/// `None` for an invalid filter or language, whose answer is not kept. With the key, the
/// language of an API answer.
pub(super) fn view_key(
    uri: &Uri,
    headers: &HeaderMap,
    page_lang: Lang,
) -> Option<(String, Option<Lang>)> {
    let path = uri.path();
    let query = uri.query().unwrap_or_default();
    let view = paths::view_address(path, query)?;
    if !paths::is_api(path) {
        return Some((page_lang.path(&view), None));
    }
    let lang = json_api::asked_language(query, headers).ok()?;
    Some((format!("{view}@{lang}"), Some(lang)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{HeaderValue, header};

    #[test]
    fn addresses_of_one_view_share_a_key() {
        let key = |uri: &'static str| view_key(&Uri::from_static(uri), &HeaderMap::new(), Lang::En);
        assert_eq!(key("/?utm_source=news&fbclid=1"), key("/"));
        assert_eq!(key("/?page=1"), key("/"));
        assert_eq!(
            key("/?category=trade&x=1&category=legal"),
            key("/?category=legal&category=trade")
        );
        assert_eq!(
            key("/api/events?q=+export++curbs+"),
            key("/api/events?q=export%20curbs")
        );
        assert_eq!(
            key("/events/12-a-title?ref=feed"),
            key("/events/12-a-title")
        );
        assert_ne!(key("/?page=2"), key("/"));
        assert_ne!(key("/api/events"), key("/"));
        assert_eq!(key("/?from=2019-13-45"), None);
        assert_ne!(
            key("/on-this-day?date=08-15"),
            key("/on-this-day?date=08-16")
        );
        assert_eq!(
            key("/on-this-day?date=08-15&utm=x"),
            key("/on-this-day?date=08-15")
        );
        assert_eq!(key("/on-this-day?date=02-30"), None);
        // The API answers in the language asked for, by parameter or by header.
        assert_ne!(key("/api/events?lang=ko"), key("/api/events"));
        assert_eq!(key("/api/events?lang=en"), key("/api/events"));
        assert_eq!(key("/api/events?lang=zh"), None);
        let mut korean = HeaderMap::new();
        korean.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("ko-KR,ko;q=0.9"),
        );
        assert_eq!(
            view_key(&Uri::from_static("/api/events"), &korean, Lang::En),
            key("/api/events?lang=ko")
        );
        // A page is kept once per language of its address.
        let in_lang = |lang| view_key(&Uri::from_static("/?page=2"), &HeaderMap::new(), lang);
        assert_ne!(in_lang(Lang::Ko), in_lang(Lang::En));
        assert_ne!(in_lang(Lang::Ko), in_lang(Lang::Ja));
    }
}
