//! Whose each address is: readers' pages, the JSON API, editors' pages. One list, read by the
//! server's layers (caching, headers, the admin gate, retries) and, through a mark on every
//! page (`<html data-reader-pages>`), by the browser script that opens readers' pages in
//! place.

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

/// The readers' pages as the page marks them for the script: the patterns, space-separated.
pub fn reader_pages_mark() -> String {
    READER_PAGES.join(" ")
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
        assert_eq!(reader_pages_mark(), "/ /events/* /on-this-day");
    }

    #[test]
    fn editors_pages_and_the_api_are_told_apart() {
        assert!(is_editors("/login") && is_editors("/admin") && is_editors("/admin/audit"));
        assert!(!is_editors("/administer") && !is_admin("/admins"));
        assert!(is_api("/api/events") && !is_api("/apis"));
        assert!(has_islands("/admin/events/new") && !has_islands("/admin"));
    }
}
