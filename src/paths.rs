//! Whose each address is: readers' pages, the JSON API, editors' pages. Paths here are
//! without their language (`/ko/…` is `/…` in Korean, see `Lang::of_path`). One list, read by the
//! server's layers (caching, headers, the admin gate, retries) and, through a mark on every
//! page (`<html data-reader-pages>`), by the browser script that opens readers' pages in
//! place.

use crate::model::{Filter, Lang, MonthDay, page_number};

/// The readers' pages, as patterns: an exact path, or a prefix ending in `*`.
pub const READER_PAGES: [&str; 3] = ["/", "/events/*", ON_THIS_DAY];

/// The events of one day of the year across the years (`?date=MM-DD`).
pub const ON_THIS_DAY: &str = "/on-this-day";

/// Whether a path is one of the readers' pages (the timeline, an event).
pub fn is_reader_page(path: &str) -> bool {
    READER_PAGES
        .iter()
        .any(|pattern| match pattern.strip_suffix('*') {
            Some(prefix) => path.starts_with(prefix),
            None => path == *pattern,
        })
}

/// The readers' pages as the page marks them for the script: the patterns in every
/// language, space-separated.
pub fn reader_pages_mark() -> String {
    Lang::ALL
        .iter()
        .flat_map(|lang| READER_PAGES.map(|pattern| lang.path(pattern)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The address of the view a request shows, with only what chooses that view in its query,
/// in one order: the timeline's and the list API's filter and page, on-this-day's date;
/// nothing for other pages. Every address of one view gives the same; `None` for a filter
/// or date that is not valid.
pub fn view_address(path: &str, query: &str) -> Option<String> {
    if path == "/" || path == "/api/events" {
        let filter = Filter::from_query(query).ok()?;
        let view = filter.timeline_path(page_number(query));
        Some(format!("{path}{}", view.trim_start_matches('/')))
    } else if path == ON_THIS_DAY {
        let date = form_urlencoded::parse(query.as_bytes())
            .find(|(key, _)| key == "date")?
            .1
            .parse::<MonthDay>()
            .ok()?;
        Some(format!("{path}?date={date}"))
    } else {
        Some(path.to_owned())
    }
}

/// The health check's path.
pub const HEALTH: &str = "/healthz";

/// Whether a path is one of the built files (CSS, JavaScript, WebAssembly).
pub fn is_built_file(path: &str) -> bool {
    path.starts_with("/pkg/")
}

/// Whether a path is in the JSON API.
pub fn is_api(path: &str) -> bool {
    path == "/api" || path.starts_with("/api/")
}

/// Whether a path is one of the admin's pages, which need a session.
pub fn is_admin(path: &str) -> bool {
    path == "/admin" || path.starts_with("/admin/")
}

/// Whether a path is an editor's: the admin and the sign-in page. Never kept in caches.
pub fn is_editors(path: &str) -> bool {
    path == "/login" || is_admin(path)
}

/// Whether the page at a path has islands and so loads the WebAssembly: the event form.
pub fn has_islands(path: &str) -> bool {
    path.starts_with("/admin/events/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readers_pages_are_the_timeline_and_events_only() {
        for path in ["/", "/events/1", "/events/12-a-title"] {
            assert!(is_reader_page(path), "{path}");
        }
        for path in ["/admin", "/login", "/api/events", "/eventsx", "/pkg/a.css"] {
            assert!(!is_reader_page(path), "{path}");
        }
        assert_eq!(
            reader_pages_mark(),
            "/ /events/* /on-this-day /ko/ /ko/events/* /ko/on-this-day \
             /ja/ /ja/events/* /ja/on-this-day"
        );
    }

    #[test]
    fn a_view_has_one_address_whatever_it_was_asked_as() {
        let view = |path, query| view_address(path, query);
        assert_eq!(view("/", "utm_source=x&page=1").as_deref(), Some("/"));
        assert_eq!(
            view("/", "page=2&category=trade&x=1").as_deref(),
            Some("/?category=trade&page=2")
        );
        assert_eq!(
            view("/api/events", "category=trade").as_deref(),
            Some("/api/events?category=trade")
        );
        assert_eq!(
            view(ON_THIS_DAY, "date=08-15&ref=x").as_deref(),
            Some("/on-this-day?date=08-15")
        );
        assert_eq!(
            view("/events/3-x", "ref=feed").as_deref(),
            Some("/events/3-x")
        );
        assert_eq!(view("/", "from=2019-13"), None);
        assert_eq!(view(ON_THIS_DAY, "date=02-30"), None);
    }

    #[test]
    fn editors_pages_and_the_api_are_told_apart() {
        assert!(is_editors("/login") && is_editors("/admin") && is_editors("/admin/audit"));
        assert!(!is_editors("/administer") && !is_admin("/admins"));
        assert!(is_api("/api/events") && !is_api("/apis"));
        assert!(has_islands("/admin/events/new") && !has_islands("/admin"));
    }
}
