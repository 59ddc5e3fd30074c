//! Protections every response and every write gets: security headers, a refusal of
//! cross-site writes, and a size limit on request bodies.

use crate::fault::{Fault, Refusal};
use crate::paths;
use crate::server::http::error::AppError;
use crate::server::startup::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sha2::{Digest, Sha256};
use std::sync::LazyLock;
use tower_http::request_id::{MakeRequestId, RequestId};

/// The largest request body accepted, but for an import's file.
pub(crate) const MAX_BODY_BYTES: usize = crate::model::MAX_FORM_BYTES;

/// The largest body a path takes: an import's file (with room for the form around it), or
/// a form.
pub(crate) fn body_limit(path: &str) -> usize {
    match path == paths::IMPORT {
        true => crate::model::MAX_IMPORT_BYTES + MAX_BODY_BYTES,
        false => MAX_BODY_BYTES,
    }
}

/// How long a path's body may take to arrive: an import's file gets six times as long.
fn body_deadline(state: &AppState, path: &str) -> std::time::Duration {
    match path == paths::IMPORT {
        true => state.body_deadline * 6,
        false => state.body_deadline,
    }
}

/// Middleware: a body over its path's limit (`body_limit`) is refused, with 413, as soon
/// as its length is known, or stops being read when it passes the limit.
pub(crate) async fn limit_body(request: Request, next: Next) -> Response {
    let limit = body_limit(request.uri().path());
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    next.run(request.map(|body| Body::new(http_body_util::Limited::new(body, limit))))
        .await
}

/// How long a request body may take to arrive, from its first byte to its last: a client
/// sending one byte at a time cannot hold its connection for long.
pub(crate) const BODY_READ_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

/// What anything that is not a page may do: nothing. Pages send their own policy.
const DEFAULT_POLICY: &str =
    "default-src 'none'; frame-ancestors 'none'; object-src 'none'; base-uri 'none'";

/// The two lines Leptos ends each render with, which stay empty since readers' pages send no
/// data for a browser to hydrate.
const LEPTOS_SCRIPTS: [&str; 2] = [
    "__RESOLVED_RESOURCES=[];__SERIALIZED_ERRORS=[];__PENDING_RESOURCES=[];__RESOURCE_RESOLVERS=[];",
    "__INCOMPLETE_CHUNKS=[];",
];

/// The inline scripts a page carries, allowed by their hashes: its own script (the enhancer
/// on the site's pages, the embed's script on embeds) and Leptos's lines. The same bytes on
/// every page of a kind, so readers' pages need no per-response nonce, and a kept page's
/// policy suits every reader.
fn script_hashes(script: &str) -> String {
    let hashes: Vec<String> = std::iter::once(script)
        .chain(LEPTOS_SCRIPTS)
        .map(|script| format!("'sha256-{}'", STANDARD.encode(Sha256::digest(script))))
        .collect();
    hashes.join(" ")
}

static PAGE_SCRIPTS: LazyLock<String> = LazyLock::new(|| script_hashes(crate::app::ENHANCER));
static EMBED_SCRIPTS: LazyLock<String> = LazyLock::new(|| script_hashes(crate::app::EMBED_SCRIPT));

/// Which pages may show a page in a frame: none, or, for an embed, the hosts that
/// `EMBED_ORIGINS` allows.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Framing<'a> {
    Nowhere,
    Embed(&'a EmbedHosts),
}

impl<'a> Framing<'a> {
    /// How the page at `path` may be framed.
    pub(crate) fn of(state: &'a AppState, path: &str) -> Self {
        match paths::is_embed(path) {
            true => Framing::Embed(&state.embed_hosts),
            false => Framing::Nowhere,
        }
    }
}

/// The sites whose pages may frame the embeds, as `frame-ancestors` names them: any (`*`, the
/// default), or a list of origins (`EMBED_ORIGINS="https://a.example https://b.example"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedHosts(String);

impl Default for EmbedHosts {
    fn default() -> Self {
        Self("*".into())
    }
}

impl std::str::FromStr for EmbedHosts {
    type Err = String;

    fn from_str(list: &str) -> Result<Self, String> {
        let origins: Vec<&str> = list
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|origin| !origin.is_empty())
            .collect();
        if origins.is_empty() || origins == ["*"] {
            return Ok(Self::default());
        }
        for origin in &origins {
            if !is_origin(origin) {
                return Err(format!(
                    "{origin:?} is not an origin such as https://example.org or \
                     http://localhost:8080 (no path, no trailing slash)"
                ));
            }
        }
        Ok(Self(origins.join(" ")))
    }
}

/// `http://` or `https://`, a host name (its first label may be `*`), and a port.
fn is_origin(origin: &str) -> bool {
    let Some(rest) = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"))
    else {
        return false;
    };
    let (host, port) = rest.split_once(':').unwrap_or((rest, "80"));
    let host = host.strip_prefix("*.").unwrap_or(host);
    !host.is_empty()
        && host.split('.').all(|label| {
            !label.is_empty() && label.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && port.parse::<u16>().is_ok()
}

/// The policy for a rendered page: its own files and the scripts it carries. A page with
/// islands also runs the hydration scripts Leptos writes for that response, allowed by their
/// nonce, and compiles WebAssembly ('wasm-unsafe-eval'); readers' pages do neither.
fn page_policy(nonce: Option<&str>, framing: Framing) -> String {
    let islands = match nonce {
        Some(nonce) => format!(" 'nonce-{nonce}' 'wasm-unsafe-eval'"),
        None => String::new(),
    };
    let (scripts, ancestors) = match framing {
        Framing::Nowhere => (&*PAGE_SCRIPTS, "'none'"),
        Framing::Embed(hosts) => (&*EMBED_SCRIPTS, hosts.0.as_str()),
    };
    format!(
        "default-src 'self'; script-src 'self' {scripts}{islands}; \
         style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; \
         frame-ancestors {ancestors}; object-src 'none'; base-uri 'none'"
    )
}

/// Middleware: a page's policy allows its script, and the nonce of the hydration scripts if
/// the page has them, read from the page itself so that header and page always agree; and
/// says who may frame it.
pub(crate) async fn policy_for_page(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path().to_owned();
    with_page_policy(next.run(request).await, Framing::of(&state, &path)).await
}

/// A rendered page with the policy that allows its own inline scripts and says who may frame
/// it; anything that is not a page is left as it is.
pub(crate) async fn with_page_policy(response: Response, framing: Framing<'_>) -> Response {
    if !is_page(response.headers()) {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let body = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(body) => body,
        Err(err) => return AppError::internal("reading a rendered page", err).into_response(),
    };
    // Leptos puts a nonce on its scripts on every page, but only a page with islands needs
    // its policy to honour it.
    let nonce = carries_islands(&body)
        .then(|| script_nonce(&body))
        .flatten();
    if let Ok(policy) = HeaderValue::from_str(&page_policy(nonce.as_deref(), framing)) {
        parts
            .headers
            .insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    Response::from_parts(parts, Body::from(body))
}

fn carries_islands(body: &[u8]) -> bool {
    body.windows(b"<leptos-island".len())
        .any(|window| window == b"<leptos-island")
}

fn is_page(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .is_some_and(|t| t.as_bytes().starts_with(b"text/html"))
}

/// The nonce on the page's first `<script>` tag that has one; Leptos gives every script of a
/// render the same one. Only tags count: a reader's text may say `nonce="…"`, but never
/// `<script`, since `<` is always escaped.
fn script_nonce(body: &[u8]) -> Option<String> {
    const MARK: &str = "nonce=\"";
    let text = std::str::from_utf8(body).ok()?;
    text.match_indices("<script").find_map(|(at, _)| {
        let tag = &text[at..at + text[at..].find('>')?];
        let value = &tag[tag.find(MARK)? + MARK.len()..];
        let nonce = &value[..value.find('"')?];
        (!nonce.is_empty()).then(|| nonce.to_owned())
    })
}

/// Middleware: headers for every response. A page's own Content-Security-Policy is kept;
/// everything else gets the strict default.
pub(crate) async fn add_headers(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let path = request.uri().path();
    let private = paths::is_editors(path);
    let framed = paths::is_embed(path);
    let asset = paths::is_built_file(path);
    let mut response = next.run(request).await;
    let status = response.status();
    let headers = response.headers_mut();
    let is_page = is_page(headers);
    if asset {
        // Built files may be sent compressed ahead (see `http::static_files`): a shared cache must
        // keep each encoding apart.
        headers
            .entry(header::VARY)
            .or_insert(HeaderValue::from_static("accept-encoding"));
    }
    if private {
        // Editors' pages stay out of caches altogether.
        headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    } else if asset && state.hashed_assets && status == StatusCode::OK {
        // A new build has new names: a file once fetched never changes.
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("public, max-age=31536000, immutable"),
        );
    } else if is_page || asset {
        // Pages change when editors save, and plainly named files with each build: a
        // browser must ask again before reusing one.
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-cache"));
    }
    // A 304's headers replace the stored page's: the strict default would replace the
    // page's own policy and block its scripts.
    if status != StatusCode::NOT_MODIFIED {
        headers
            .entry(header::CONTENT_SECURITY_POLICY)
            .or_insert(HeaderValue::from_static(DEFAULT_POLICY));
    }
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("strict-origin-when-cross-origin"),
    );
    // Browsers that know `frame-ancestors` ignore this; older ones keep out every frame but
    // an embed.
    if !framed {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    if state.https {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    response
}

/// Middleware: refuses a state-changing request that a browser says came from another
/// site, so that no other page can make a signed-in editor's browser write (or sign in).
pub(crate) async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && is_cross_site(request.headers(), &state.public_url) {
        tracing::warn!(path = %request.uri().path(), "refused a cross-site request");
        return AppError::from(Fault::Forbidden(Refusal::CrossSite)).into_response();
    }
    next.run(request).await
}

/// Whether the browser's own headers say the request came from another origin. Browsers
/// send `Sec-Fetch-Site` or `Origin` with every form post and fetch; a request with neither
/// comes from a program, not a page, and a page's cookies cannot ride on it.
fn is_cross_site(headers: &HeaderMap, public_url: &str) -> bool {
    if let Some(site) = headers.get("sec-fetch-site") {
        return !matches!(site.to_str(), Ok("same-origin" | "none"));
    }
    match headers.get(header::ORIGIN).map(HeaderValue::to_str) {
        None => false,
        Some(Ok(origin)) => !is_own_origin(origin, headers, public_url),
        Some(Err(_)) => true,
    }
}

/// The site's own origin is its public URL's, or whatever host the request was sent to
/// (so that a site reached by IP address or a second name still works).
fn is_own_origin(origin: &str, headers: &HeaderMap, public_url: &str) -> bool {
    if origin == public_url {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin
        .strip_prefix("https://")
        .or_else(|| origin.strip_prefix("http://"));
    matches!((origin_host, host), (Some(o), Some(h)) if o == h)
}

/// Middleware: answers 400 to a request whose target is not a plain path. A target that
/// names a host (`CONNECT`, `host:port`, `*`) is for proxies, not for this site; a path with
/// `.` or `..` segments (percent-encoded too) would reach one page while every layer that
/// reads the path (the admin gate, the caches, the address table) took it for another.
/// Browsers never send either. The answer is plain: no page can be rendered at such an
/// address.
pub(crate) async fn refuse_odd_targets(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if request.method() != Method::CONNECT && path.starts_with('/') && !has_dot_segment(path) {
        return next.run(request).await;
    }
    (
        StatusCode::BAD_REQUEST,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "The request's target is not a plain path of this site.\n",
    )
        .into_response()
}

/// Whether a path has a `.` or `..` segment, as written or percent-encoded.
fn has_dot_segment(path: &str) -> bool {
    path.split('/').any(|segment| {
        let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
        decoded == "." || decoded == ".."
    })
}

/// The longest request id taken from a client or a proxy in front.
const MAX_REQUEST_ID_CHARS: usize = 64;

/// Drops a request id the client sent unless it is short and made of letters, digits, dots,
/// dashes and underscores, so that a new one is made instead: the id is echoed in the
/// response and written in every log line of the request, where forged text (line breaks,
/// terminal escapes) or 60 KB of it would do harm.
pub(crate) fn drop_unsafe_request_id<B>(
    mut request: axum::http::Request<B>,
) -> axum::http::Request<B> {
    let safe = |id: &HeaderValue| {
        let id = id.as_bytes();
        (1..=MAX_REQUEST_ID_CHARS).contains(&id.len())
            && id
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-' | b'_'))
    };
    let headers = request.headers_mut();
    let mut ids = headers.get_all("x-request-id").iter();
    let keep = matches!((ids.next(), ids.next()), (Some(id), None) if safe(id));
    if !keep {
        headers.remove("x-request-id");
    }
    request
}

/// Makes an id for each request that arrives without one: a random UUID (version 4) from the
/// thread's generator, where `tower_http`'s `MakeRequestUuid` asks the kernel for every one.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct RandomRequestIds;

impl MakeRequestId for RandomRequestIds {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
        HeaderValue::from_str(&id.hyphenated().to_string())
            .ok()
            .map(RequestId::new)
    }
}

/// Middleware: reads a request's whole body within its deadline (`BODY_READ_TIMEOUT`) from
/// its start, or answers 408. A timer per chunk alone would restart with every byte a slow
/// client sends. Bodies are small (at most `body_limit`), so holding one costs little.
pub(crate) async fn read_body_in_time(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if axum::body::HttpBody::is_end_stream(request.body()) {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let path = parts.uri.path();
    let read = axum::body::to_bytes(body, body_limit(path));
    match tokio::time::timeout(body_deadline(&state, path), read).await {
        Ok(Ok(bytes)) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        Ok(Err(err)) if is_too_large(&err) => StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        // A chunk that stopped coming, or a body cut off: it did not arrive.
        Ok(Err(_)) | Err(_) => AppError::from(Fault::TooSlow).into_response(),
    }
}

/// Whether reading a body failed because it is over the limit.
fn is_too_large(err: &axum::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(cause) = source {
        if cause.is::<http_body_util::LengthLimitError>() {
            return true;
        }
        source = cause.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_policy_names_the_nonce_of_its_scripts_only() {
        let page = r#"<title>nonce="chosen"</title><script type="module" nonce="abc">x</script>"#;
        assert_eq!(script_nonce(page.as_bytes()).as_deref(), Some("abc"));
        let page = r#"<script src="/a.js"></script><p>nonce="x"</p><script nonce="def">"#;
        assert_eq!(script_nonce(page.as_bytes()).as_deref(), Some("def"));
        assert_eq!(script_nonce(b"<p>no scripts</p>"), None);
    }

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(k, v)| {
                (
                    header::HeaderName::from_static(k),
                    HeaderValue::from_static(v),
                )
            })
            .collect()
    }

    const SITE: &str = "https://timeline.example";

    #[test]
    fn embed_hosts_are_any_or_a_list_of_origins() {
        let hosts = |list: &str| list.parse::<EmbedHosts>().map(|hosts| hosts.0);
        assert_eq!(hosts("").as_deref(), Ok("*"));
        assert_eq!(hosts(" * ").as_deref(), Ok("*"));
        assert_eq!(
            hosts("https://a.example, http://localhost:8080 https://*.b.example").as_deref(),
            Ok("https://a.example http://localhost:8080 https://*.b.example")
        );
        for bad in [
            "a.example",
            "https://a.example/",
            "https://a.example/blog",
            "ftp://a.example",
            "https://a.example:99999",
            "https://a..example",
            "https://a.example; script-src *",
            "'self'",
        ] {
            let err = hosts(bad).expect_err(bad);
            assert!(err.contains("is not an origin"), "{err}");
        }
    }

    #[test]
    fn same_origin_and_direct_requests_pass() {
        assert!(!is_cross_site(&headers(&[]), SITE));
        assert!(!is_cross_site(
            &headers(&[("sec-fetch-site", "same-origin")]),
            SITE
        ));
        assert!(!is_cross_site(
            &headers(&[("origin", "https://timeline.example")]),
            SITE
        ));
        assert!(!is_cross_site(
            &headers(&[
                ("origin", "http://127.0.0.1:3000"),
                ("host", "127.0.0.1:3000")
            ]),
            SITE
        ));
    }

    #[test]
    fn other_sites_are_refused() {
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "cross-site")]),
            SITE
        ));
        assert!(is_cross_site(
            &headers(&[("sec-fetch-site", "same-site")]),
            SITE
        ));
        assert!(is_cross_site(
            &headers(&[
                ("origin", "https://evil.example"),
                ("host", "timeline.example")
            ]),
            SITE
        ));
        assert!(is_cross_site(&headers(&[("origin", "null")]), SITE));
    }
}
