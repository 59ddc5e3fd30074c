//! What each address is: one table, `ADDRESSES`, that says for every path what kind of
//! address it is (a reader's page and how its query selects what it shows, the JSON API, a
//! built file, an editor's page, the health check). Paths here are without their language
//! (`/ko/…` is `/…` in Korean, see `Lang::of_path`). The server's layers (the page cache,
//! retries, the language, faults, security headers, the admin gate) read it, and so does
//! the browser script that opens readers' pages in place, through a mark on every page
//! (`<html data-reader-pages>`).

use crate::model::{Filter, HeadingLevel, Lang, MonthDay, page_number};
use std::cell::RefCell;

/// What kind of address a path is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Address {
    /// A reader's page, kept in the page cache per view.
    ReaderPage(View),
    /// A reader's view made compact for another site's `<iframe>`: the only pages that may
    /// be framed. Kept per view and per the level its headings start at (`?h=`).
    Embed(View),
    /// The JSON API: answers in the caller's kind; a `Some` view is kept per view.
    Api(Option<View>),
    /// A built file (CSS, JavaScript, WebAssembly), named by its content's hash.
    BuiltFile,
    /// An editor's page: never kept; `Signed` ones need a session.
    Editors(Gate),
    /// A feed of a view of the timeline, in each language, kept per view.
    Feed,
    /// What search engines read (robots.txt, the sitemaps): one version for every
    /// language, kept by its path.
    Discovery,
    /// What other sites load beside an embed: the script that sizes its frame.
    ForHosts,
    /// A reader's report of an error in an event (its form, sent as a plain post) and a
    /// report's status page: in each language, never kept, since each answer is the
    /// reader's own.
    Report,
    /// A citation of an event to download (RIS, BibTeX, CSL-JSON), in each language; never
    /// kept, as few ask for one.
    Citation,
    /// The health check.
    Health,
    /// No address of the site.
    Unknown,
}

/// What selects the content of a kept address, beyond its path.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The path alone: any query is ignored (an event's page).
    Path,
    /// A filter and a page number in the query (the timeline).
    Filter,
    /// A day of the year, `?date=MM-DD` (on this day).
    Day,
    /// A page number, `?page=N` (the corrections log).
    Page,
}

/// Whether an editor's address needs a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gate {
    /// Anyone may ask (signing in and out).
    Open,
    /// Only a signed-in editor; others are sent to sign in.
    Signed,
    /// As `Signed`, and the page loads the WebAssembly for its islands (the event form).
    SignedWithIslands,
}

/// Every address of the site, as patterns: an exact path, or one with `*` standing for any
/// text (within one segment or across several). The longest pattern that matches decides.
pub const ADDRESSES: [(&str, Address); 38] = [
    ("/", Address::ReaderPage(View::Filter)),
    ("/events/*", Address::ReaderPage(View::Path)),
    // An event's public history, and each of its revisions as it stood.
    ("/events/*/history", Address::ReaderPage(View::Path)),
    ("/events/*/v/*", Address::ReaderPage(View::Path)),
    ("/events/*/cite.ris", Address::Citation),
    ("/events/*/cite.bib", Address::Citation),
    ("/events/*/cite.json", Address::Citation),
    (REPORT_FORM, Address::Report),
    ("/reports/*", Address::Report),
    (ON_THIS_DAY, Address::ReaderPage(View::Day)),
    (TERMS, Address::ReaderPage(View::Path)),
    (CORRECTIONS, Address::ReaderPage(View::Page)),
    (EMBED, Address::Embed(View::Filter)),
    (crate::embeds::HOST_SCRIPT_PATH, Address::ForHosts),
    ("/embed/events/*", Address::Embed(View::Path)),
    (EVENTS_API, Address::Api(Some(View::Filter))),
    ("/api/events/*", Address::Api(Some(View::Path))),
    // Streamed, and as large as the view: never kept.
    (CSV_EXPORT, Address::Api(None)),
    // Answered to other origins (CORS), which kept answers do not carry: never kept.
    (TIMELINEJS_EXPORT, Address::Api(None)),
    // Answers in the API's form (JSON, and its faults), and is never kept.
    (OEMBED, Address::Api(None)),
    ("/api", Address::Api(None)),
    ("/api/*", Address::Api(None)),
    ("/pkg/*", Address::BuiltFile),
    (crate::stylesheets::EDITORS_PATH, Address::BuiltFile),
    (ATOM_FEED, Address::Feed),
    (JSON_FEED, Address::Feed),
    ("/robots.txt", Address::Discovery),
    ("/sitemap.xml", Address::Discovery),
    ("/sitemap-*", Address::Discovery),
    (HEALTH, Address::Health),
    ("/login", Address::Editors(Gate::Open)),
    ("/logout", Address::Editors(Gate::Open)),
    ("/admin", Address::Editors(Gate::Signed)),
    ("/admin/*", Address::Editors(Gate::Signed)),
    ("/admin/events/*", Address::Editors(Gate::SignedWithIslands)),
    // The list of an event's revisions has no form to check as it is typed.
    ("/admin/events/*/revisions", Address::Editors(Gate::Signed)),
    // The upload form, and each upload's preview with its confirm form.
    (IMPORT, Address::Editors(Gate::Signed)),
    ("/admin/import/*", Address::Editors(Gate::Signed)),
];

/// Where editors import events from a file.
pub const IMPORT: &str = "/admin/import";

/// The events of one day of the year across the years (`?date=MM-DD`).
pub const ON_THIS_DAY: &str = "/on-this-day";

/// The register of contested terms, each entry at its anchor (`/terms#dokdo-takeshima`).
pub const TERMS: &str = "/terms";

/// The public log of corrections, newest first, 50 a page (`?page=2`).
pub const CORRECTIONS: &str = "/corrections";

/// Where the timeline's views are embedded: `/embed?…` for a view of the timeline,
/// `/embed/events/{id}-{slug}` for one event.
pub const EMBED: &str = "/embed";

/// The oEmbed endpoint, which turns a reader's URL into its embed.
pub const OEMBED: &str = "/oembed";

/// A page of a view's events, as JSON.
pub const EVENTS_API: &str = "/api/events";

/// A view's events to download, whole, as CSV.
pub const CSV_EXPORT: &str = "/api/events.csv";

/// A view as TimelineJS3 JSON, for Knight Lab's viewer.
pub const TIMELINEJS_EXPORT: &str = "/api/timelinejs.json";

/// The feeds of a view: Atom and JSON Feed.
pub const ATOM_FEED: &str = "/feed.atom";
pub const JSON_FEED: &str = "/feed.json";

/// The form to report an error in an event, after the event's path: `/events/3-x/report`.
pub const REPORT_FORM: &str = "/events/*/report";

/// The health check's path.
pub const HEALTH: &str = "/healthz";

/// What kind of address `path` (without its language) is.
pub fn address(path: &str) -> Address {
    // Every layer asks this of the request it handles: the last answer on this thread is
    // kept, so that a request's path is classified once rather than at each layer.
    thread_local! {
        static LAST: RefCell<Option<(String, Address)>> = const { RefCell::new(None) };
    }
    LAST.with_borrow_mut(|last| match last {
        Some((last_path, address)) if last_path == path => *address,
        _ => {
            let address = classify(path);
            *last = Some((path.to_owned(), address));
            address
        }
    })
}

/// `address`, worked out from the table: the longest pattern the path fits.
fn classify(path: &str) -> Address {
    ADDRESSES
        .iter()
        .filter(|(pattern, _)| fits(pattern, path))
        .max_by_key(|(pattern, _)| pattern.len())
        .map_or(Address::Unknown, |&(_, address)| address)
}

/// Whether `path` fits `pattern`, where each star stands for any text. Every layer asks
/// what a request's address is, so this allocates nothing.
fn fits(pattern: &str, path: &str) -> bool {
    let Some((first, rest)) = pattern.split_once('*') else {
        return path == pattern;
    };
    let (middle, last) = rest.rsplit_once('*').unwrap_or(("", rest));
    if path.len() < first.len() + last.len() || !path.starts_with(first) || !path.ends_with(last) {
        return false;
    }
    // Each part between stars occurs in order, between the first and the last.
    let mut between = &path[first.len()..path.len() - last.len()];
    middle.split('*').all(|part| match between.find(part) {
        Some(at) => {
            between = &between[at + part.len()..];
            true
        }
        None => false,
    })
}

impl Address {
    /// Whether Leptos renders the answer: readers' and editors' pages, and the 404 page.
    pub fn is_rendered(self) -> bool {
        matches!(
            self,
            Address::ReaderPage(_)
                | Address::Embed(_)
                | Address::Editors(_)
                | Address::Report
                | Address::Unknown
        )
    }

    /// Whether the address has a version in each language (`/ko/…`, `/ja/…`).
    pub fn has_languages(self) -> bool {
        !matches!(
            self,
            Address::Api(_)
                | Address::BuiltFile
                | Address::Discovery
                | Address::ForHosts
                | Address::Health
        )
    }

    /// The view that names its kept answer, if answers at this address are kept.
    pub fn kept_view(self) -> Option<View> {
        match self {
            Address::ReaderPage(view) | Address::Embed(view) | Address::Api(Some(view)) => {
                Some(view)
            }
            Address::Feed => Some(View::Filter),
            Address::Discovery => Some(View::Path),
            _ => None,
        }
    }
}

/// Whether a path is an embed's, the only pages other sites may frame.
pub fn is_embed(path: &str) -> bool {
    matches!(address(path), Address::Embed(_))
}

/// The readers' pages as the page marks them for the script: the patterns in every
/// language, space-separated. The script reads a star only at the end, so patterns with one
/// within are left out: the shorter pattern they lie under covers them (`/events/*`).
pub fn reader_pages_mark() -> String {
    let patterns: Vec<&str> = ADDRESSES
        .iter()
        .filter(|(_, address)| matches!(address, Address::ReaderPage(_)))
        .map(|&(pattern, _)| pattern)
        .filter(|pattern| !pattern.trim_end_matches('*').contains('*'))
        .collect();
    Lang::ALL
        .iter()
        .flat_map(|lang| patterns.iter().map(|pattern| lang.path(pattern)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The address of the view a request shows, with only what chooses that view in its query,
/// in one order, as the address table says: the timeline's and the list API's filter and
/// page, on-this-day's date, an embed's heading level; the path alone for anything else.
/// Every address of one view gives the same; `None` for a filter or date that is not valid.
pub fn view_address(path: &str, query: &str) -> Option<String> {
    let view = content_address(path, query)?;
    let level = HeadingLevel::of_query(query);
    Some(match address(path) {
        Address::Embed(_) if level != HeadingLevel::EMBED => {
            let joint = if view.contains('?') { '&' } else { '?' };
            format!("{view}{joint}h={}", level.number())
        }
        _ => view,
    })
}

/// `view_address` without an embed's heading level: what the view shows.
fn content_address(path: &str, query: &str) -> Option<String> {
    match address(path).kept_view() {
        Some(View::Filter) => {
            let filter = Filter::from_query(query).ok()?;
            let view = filter.timeline_path(page_number(query));
            Some(format!("{path}{}", view.trim_start_matches('/')))
        }
        Some(View::Day) => {
            let date = form_urlencoded::parse(query.as_bytes())
                .find(|(key, _)| key == "date")?
                .1
                .parse::<MonthDay>()
                .ok()?;
            Some(format!("{path}?date={date}"))
        }
        Some(View::Page) => Some(match page_number(query) {
            1 => path.to_owned(),
            page => format!("{path}?page={page}"),
        }),
        Some(View::Path) | None => Some(path.to_owned()),
    }
}

/// Whether the reader's page at `path` has an embed for oEmbed to name: the timeline's
/// views and an event's pages do; on this day, the terms and the corrections do not.
pub fn has_embed(path: &str) -> bool {
    match address(path) {
        Address::ReaderPage(View::Filter) => true,
        Address::ReaderPage(View::Path) => path.starts_with("/events/"),
        _ => false,
    }
}

/// The oEmbed address of the reader's page at `page_url` (absolute), on the site at
/// `public_url`.
pub fn oembed_address(public_url: &str, page_url: &str) -> String {
    let url: String = form_urlencoded::byte_serialize(page_url.as_bytes()).collect();
    format!("{public_url}{OEMBED}?url={url}&format=json")
}

/// Whether a path is one of the built files (CSS, JavaScript, WebAssembly).
pub fn is_built_file(path: &str) -> bool {
    address(path) == Address::BuiltFile
}

/// Whether a path is in the JSON API.
pub fn is_api(path: &str) -> bool {
    matches!(address(path), Address::Api(_))
}

/// Whether a path is one of the admin's pages, which need a session.
pub fn is_admin(path: &str) -> bool {
    matches!(
        address(path),
        Address::Editors(Gate::Signed | Gate::SignedWithIslands)
    )
}

/// Whether a path is an editor's: the admin and signing in and out. Never kept in caches.
pub fn is_editors(path: &str) -> bool {
    matches!(address(path), Address::Editors(_))
}

/// Whether the page at a path has islands and so loads the WebAssembly: the event form.
pub fn has_islands(path: &str) -> bool {
    address(path) == Address::Editors(Gate::SignedWithIslands)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timeline_and_events_have_embeds_and_no_other_page() {
        for path in [
            "/",
            "/events/1",
            "/events/12-a-title",
            "/events/12-a/history",
        ] {
            assert!(has_embed(path), "{path}");
        }
        for path in [
            "/terms",
            "/corrections",
            "/on-this-day",
            "/embed",
            "/admin",
            "/login",
            "/api/events",
            "/eventsx",
            "/pkg/a.css",
        ] {
            assert!(!has_embed(path), "{path}");
        }
        assert_eq!(
            reader_pages_mark(),
            "/ /events/* /on-this-day /terms /corrections /ko/ /ko/events/* /ko/on-this-day \
             /ko/terms /ko/corrections /ja/ /ja/events/* /ja/on-this-day /ja/terms \
             /ja/corrections"
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
        assert_eq!(view(TERMS, "utm_source=x").as_deref(), Some("/terms"));
        assert_eq!(
            view(CORRECTIONS, "page=1&ref=x").as_deref(),
            Some("/corrections")
        );
        assert_eq!(
            view(CORRECTIONS, "ref=x&page=3").as_deref(),
            Some("/corrections?page=3")
        );
        assert_eq!(
            view("/embed", "h=2&page=1&category=trade").as_deref(),
            Some("/embed?category=trade")
        );
        assert_eq!(view("/embed", "h=3").as_deref(), Some("/embed?h=3"));
        assert_eq!(
            view("/embed/events/3-x", "h=4&ref=x").as_deref(),
            Some("/embed/events/3-x?h=4")
        );
        assert_eq!(view("/", "from=2019-13"), None);
        assert_eq!(view(ON_THIS_DAY, "date=02-30"), None);
    }

    #[test]
    fn the_oembed_address_carries_the_page_whole() {
        assert_eq!(
            oembed_address(
                "https://t.example",
                "https://t.example/ko/?category=trade&actor=JP"
            ),
            "https://t.example/oembed?url=https%3A%2F%2Ft.example%2Fko%2F%3Fcategory%3Dtrade\
             %26actor%3DJP&format=json"
        );
    }

    #[test]
    fn the_longest_pattern_decides() {
        assert_eq!(
            address("/admin/events/new"),
            Address::Editors(Gate::SignedWithIslands)
        );
        assert_eq!(address("/admin/audit"), Address::Editors(Gate::Signed));
        assert_eq!(address("/admin/import"), Address::Editors(Gate::Signed));
        assert_eq!(address("/admin/import/a1"), Address::Editors(Gate::Signed));
        assert_eq!(address("/api/events/7"), Address::Api(Some(View::Path)));
        assert_eq!(address("/api/unknown"), Address::Api(None));
        assert_eq!(address("/nowhere"), Address::Unknown);
        assert_eq!(address("/embed/events/3-x"), Address::Embed(View::Path));
        assert!(is_embed("/embed") && !is_embed("/embedded") && !is_embed("/events/3-x"));
        assert!(address("/nowhere").is_rendered() && !address("/healthz").is_rendered());
        assert!(!address("/api/events").has_languages() && address("/login").has_languages());
        assert_eq!(address("/events/3-x/report"), Address::Report);
        assert_eq!(address("/reports/R-2026-K7QM3X9D"), Address::Report);
        assert_eq!(address("/events/3-x"), Address::ReaderPage(View::Path));
        assert!(address("/events/3-x/report").has_languages());
        assert_eq!(address("/events/report"), Address::ReaderPage(View::Path));
        assert_eq!(
            address("/events/3-x/history"),
            Address::ReaderPage(View::Path)
        );
        assert_eq!(address("/events/3-x/v/2"), Address::ReaderPage(View::Path));
        assert_eq!(address("/events/3-x/cite.ris"), Address::Citation);
        assert_eq!(address("/events/3-x/cite.bib"), Address::Citation);
        assert_eq!(address("/events/3-x/cite.json"), Address::Citation);
        assert_eq!(address("/events/cite.ris"), Address::ReaderPage(View::Path));
        assert!(address("/events/3-x/cite.ris").has_languages());
        assert!(!address("/events/3-x/cite.ris").is_rendered());
        assert_eq!(
            address("/admin/events/3/revisions"),
            Address::Editors(Gate::Signed)
        );
    }

    #[test]
    fn editors_pages_and_the_api_are_told_apart() {
        assert!(is_editors("/login") && is_editors("/admin") && is_editors("/admin/audit"));
        assert!(!is_editors("/administer") && !is_admin("/admins"));
        assert!(is_api("/api/events") && !is_api("/apis"));
        assert!(has_islands("/admin/events/new") && !has_islands("/admin"));
    }
}
