//! Readers' pages and API answers, kept until the data changes, with validators so that a
//! browser's repeat visit gets "304 Not Modified".
//!
//! A page depends only on the view it shows and the data; the data's generation (see the
//! migration) names its version. Pages are kept by view, not by address: the parsed filter
//! and page number, unknown parameters ignored and order irrelevant, so `/?utm_source=x`
//! is the page `/` already kept, and junk in a query string cannot make work. A kept page is
//! kept compressed too, in each form the first time a reader takes it, so that serving it
//! again costs no more than a static file and its first reader waits for one compression at
//! most; readers' pages carry no per-response nonce (their inline scripts are allowed by
//! hash), so one page serves every reader.

use crate::model::Lang;
use crate::paths;
use crate::server::http::error::AppError;
use crate::server::http::json_api;
use crate::server::http::static_files as compress;
use crate::server::middleware::language;
use crate::server::startup::AppState;
use crate::server::store::{GenerationCache, Weigh};
use axum::body::Bytes;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::io;
use std::sync::{Arc, LazyLock, Mutex, OnceLock};

/// How much to keep, in bytes: a page of the timeline is ~50 KB, and ~12 KB in each
/// compressed form.
const BUDGET: u64 = 64 << 20;

/// Names this run of the server in validators, so a new version never matches an old page.
static RUN: LazyLock<String> = LazyLock::new(|| format!("{:016x}", rand::random::<u64>()));

#[derive(Clone, Debug)]
pub struct PageCache {
    kept: GenerationCache<String, Kept>,
    rendering: Arc<InFlight>,
}

impl Default for PageCache {
    fn default() -> Self {
        Self {
            kept: GenerationCache::with_budget(BUDGET),
            rendering: Arc::default(),
        }
    }
}

impl PageCache {
    /// How many pages are kept, and their size in bytes.
    pub fn usage(&self) -> (usize, u64) {
        self.kept.usage()
    }
}

/// The views being rendered now. A request for one waits its turn, so that identical
/// requests arriving together cost one render: the first keeps its page, and the others
/// find it kept.
#[derive(Debug, Default)]
struct InFlight(Mutex<HashMap<String, Arc<tokio::sync::Mutex<()>>>>);

/// A request's turn at a view; the next request for it goes when this is dropped.
struct Turn<'a> {
    flights: &'a InFlight,
    key: String,
    _turn: tokio::sync::OwnedMutexGuard<()>,
}

impl InFlight {
    async fn enter(&self, key: &str) -> Turn<'_> {
        let lock = self.lock().entry(key.to_owned()).or_default().clone();
        Turn {
            flights: self,
            key: key.to_owned(),
            _turn: lock.lock_owned().await,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Arc<tokio::sync::Mutex<()>>>> {
        self.0
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Drop for Turn<'_> {
    fn drop(&mut self) {
        // Forgotten once nobody else holds or awaits it: the map's handle and this turn's
        // are the last two.
        let mut flights = self.flights.lock();
        if flights
            .get(&self.key)
            .is_some_and(|lock| Arc::strong_count(lock) <= 2)
        {
            flights.remove(&self.key);
        }
    }
}

/// A page as first served, with its compressed forms as they are made.
#[derive(Clone, Debug)]
struct Kept {
    status: StatusCode,
    content_type: HeaderValue,
    /// The page's Content-Security-Policy.
    policy: Option<HeaderValue>,
    /// What else than the address the answer depends on (the API: `accept-language`).
    vary: Option<HeaderValue>,
    /// Where else the answer is found (a reader's page: its oEmbed address).
    link: Option<HeaderValue>,
    body: Bytes,
    /// Made the first time a reader takes each (shared by every copy of this page), so that
    /// a view's first reader waits for one compression, and a script that takes neither for
    /// none.
    brotli: Arc<OnceLock<Bytes>>,
    gzip: Arc<OnceLock<Bytes>>,
}

impl Weigh for Kept {
    /// Counted with both compressed forms, each about a quarter of a page, made or not.
    fn weight(&self) -> u64 {
        (self.body.len() + self.body.len() / 2) as u64
    }
}

impl Kept {
    /// The page in one compressed form, made now if no reader took it before; `None` if it
    /// could not be made (the page is then sent as it is).
    async fn compressed(&self, encoding: Encoding) -> Option<Bytes> {
        let (cell, make): (_, Compressor) = match encoding {
            Encoding::Brotli => (&self.brotli, |body| compress::brotli(body, PAGE_QUALITY)),
            Encoding::Gzip => (&self.gzip, compress::gzip),
        };
        if let Some(made) = cell.get() {
            return Some(made.clone());
        }
        let body = self.body.clone();
        match tokio::task::spawn_blocking(move || make(&body)).await {
            Ok(Ok(made)) => Some(cell.get_or_init(|| made.into()).clone()),
            _ => {
                tracing::error!("could not compress a page to keep");
                None
            }
        }
    }
}

type Compressor = fn(&[u8]) -> io::Result<Vec<u8>>;

#[derive(Clone, Copy, Debug)]
enum Encoding {
    Brotli,
    Gzip,
}

/// The readers' URLs, as the address table says: pages and the JSON API's events. Editors'
/// pages are never kept.
fn is_cacheable(path: &str) -> bool {
    paths::address(path).kept_view().is_some()
}

/// The view a reader's request shows, which names its kept page: for the timeline and the
/// list API, the parsed filter and page number; for an event, its address (any query is
/// ignored there); and its language: a page's from its address, the API's as asked for.
/// `None` for an invalid filter or language, whose answer is not kept. With the key, the
/// language of an API answer.
fn view_key(uri: &Uri, headers: &HeaderMap, page_lang: Lang) -> Option<(String, Option<Lang>)> {
    let path = uri.path();
    let query = uri.query().unwrap_or_default();
    let view = paths::view_address(path, query)?;
    if !paths::is_api(path) {
        return Some((page_lang.path(&view), None));
    }
    let lang = json_api::asked_language(query, headers).ok()?;
    Some((format!("{view}@{lang}"), Some(lang)))
}

/// Middleware: answers 304 when the browser's copy is current, and serves kept pages.
pub(crate) async fn serve_cached(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let method = request.method().clone();
    if !matches!(method, Method::GET | Method::HEAD) || !is_cacheable(request.uri().path()) {
        return next.run(request).await;
    }
    let generation = match state.store.generation().await {
        Ok(generation) => generation,
        Err(err) => {
            tracing::warn!(error = %err, "could not read the data generation");
            return next.run(request).await;
        }
    };
    let Some((key, lang)) = view_key(request.uri(), request.headers(), language::of(&request))
    else {
        return next.run(request).await;
    };
    // An API answer's version names its language too: the same address answers in the
    // language of each reader's `Accept-Language`.
    let etag = match lang {
        Some(lang) => format!("W/\"{}-{generation}-{lang}\"", &**RUN),
        None => format!("W/\"{}-{generation}\"", &**RUN),
    };
    if is_current(request.headers(), &etag) {
        let vary = if lang.is_some() {
            "accept-encoding, accept-language"
        } else {
            "accept-encoding"
        };
        return (
            StatusCode::NOT_MODIFIED,
            [(header::ETAG, etag.as_str()), (header::VARY, vary)],
        )
            .into_response();
    }
    let accepts = Accepts::from(request.headers());
    if method == Method::GET
        && let Some(kept) = state.pages.kept.get(generation, &key)
    {
        return serve(kept, &etag, accepts).await;
    }
    let _turn = state.pages.rendering.enter(&key).await;
    if method == Method::GET
        && let Some(kept) = state.pages.kept.get(generation, &key)
    {
        return serve(kept, &etag, accepts).await;
    }

    let response = next.run(request).await;
    let keep = method == Method::GET
        // Not 404s: every address that is no event would be a page of its own to keep.
        && matches!(response.status(), StatusCode::OK | StatusCode::GONE)
        && !response.headers().contains_key(header::SET_COOKIE);
    let content_type = response.headers().get(header::CONTENT_TYPE).cloned();
    let (Some(content_type), true) = (content_type, keep) else {
        return response;
    };
    let (parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => return AppError::internal("reading a page to keep", err).into_response(),
    };
    let kept = Kept {
        status: parts.status,
        content_type,
        policy: parts.headers.get(header::CONTENT_SECURITY_POLICY).cloned(),
        vary: parts.headers.get(header::VARY).cloned(),
        link: parts.headers.get(header::LINK).cloned(),
        body,
        brotli: Arc::default(),
        gzip: Arc::default(),
    };
    state.pages.kept.put(generation, key, kept.clone());
    serve(kept, &etag, accepts).await
}

/// Brotli quality for kept pages. A page is compressed while its first reader waits: on a
/// timeline page, quality 7 takes about a sixth of quality 9's time for a result 0.2% larger
/// (and quality 5 is 1.6% larger again), so 7 keeps both the wait and the bytes down.
const PAGE_QUALITY: u32 = 7;

/// Which compressed forms the browser takes.
#[derive(Clone, Copy, Debug)]
struct Accepts {
    brotli: bool,
    gzip: bool,
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

/// Whether `If-None-Match` names the current version.
fn is_current(headers: &HeaderMap, etag: &str) -> bool {
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

fn with_etag(mut response: Response, etag: &str) -> Response {
    if let Ok(value) = HeaderValue::from_str(etag) {
        response.headers_mut().insert(header::ETAG, value);
    }
    response
}

/// A kept page, in the form the browser takes best.
async fn serve(kept: Kept, etag: &str, accepts: Accepts) -> Response {
    let encoding = if accepts.brotli {
        Some((Encoding::Brotli, "br"))
    } else if accepts.gzip {
        Some((Encoding::Gzip, "gzip"))
    } else {
        None
    };
    let compressed = match encoding {
        Some((encoding, name)) => kept.compressed(encoding).await.map(|body| (body, name)),
        None => None,
    };
    let mut headers = HeaderMap::new();
    headers.insert(header::CONTENT_TYPE, kept.content_type);
    let vary = match kept.vary.as_ref().and_then(|v| v.to_str().ok()) {
        Some(also) => HeaderValue::from_str(&format!("accept-encoding, {also}")).ok(),
        None => Some(HeaderValue::from_static("accept-encoding")),
    };
    if let Some(vary) = vary {
        headers.insert(header::VARY, vary);
    }
    if let Some(policy) = kept.policy {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    if let Some(link) = kept.link {
        headers.insert(header::LINK, link);
    }
    let body = match compressed {
        Some((body, name)) => {
            headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
            body
        }
        None => kept.body,
    };
    with_etag((kept.status, headers, body).into_response(), etag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn compressed_forms_are_made_only_when_a_reader_takes_them() {
        let kept = Kept {
            status: StatusCode::OK,
            content_type: HeaderValue::from_static("text/html"),
            policy: None,
            vary: None,
            link: None,
            body: Bytes::from("<p>A page.</p>".repeat(100)),
            brotli: Arc::default(),
            gzip: Arc::default(),
        };
        let take = |brotli, gzip| Accepts { brotli, gzip };
        serve(kept.clone(), "\"1\"", take(false, false)).await;
        assert!(kept.brotli.get().is_none() && kept.gzip.get().is_none());
        let br = serve(kept.clone(), "\"1\"", take(true, true)).await;
        assert_eq!(br.headers()[header::CONTENT_ENCODING], "br");
        let made = kept
            .brotli
            .get()
            .cloned()
            .expect("made for the first reader to take it");
        assert!(kept.gzip.get().is_none());
        // Made once: every later reader is sent the same bytes.
        assert_eq!(kept.compressed(Encoding::Brotli).await, Some(made));
    }

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

    #[tokio::test]
    async fn a_view_is_rendered_by_one_request_at_a_time() {
        let flights = InFlight::default();
        let first = flights.enter("/?actor=UN").await;
        // Another view goes at once; the same view waits for the first to finish.
        let other = flights.enter("/?actor=KP").await;
        drop(other);
        let mut second = Box::pin(flights.enter("/?actor=UN"));
        assert!(futures_poll_once(second.as_mut()).is_none());
        drop(first);
        let second = second.await;
        assert_eq!(flights.lock().len(), 1);
        drop(second);
        // And the map forgets views nobody is rendering.
        assert!(flights.lock().is_empty());
    }

    /// Polls a future once: `Some` if it finished.
    fn futures_poll_once<F: std::future::Future>(
        future: std::pin::Pin<&mut F>,
    ) -> Option<F::Output> {
        let waker = std::task::Waker::noop();
        let mut context = std::task::Context::from_waker(waker);
        match future.poll(&mut context) {
            std::task::Poll::Ready(output) => Some(output),
            std::task::Poll::Pending => None,
        }
    }

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
