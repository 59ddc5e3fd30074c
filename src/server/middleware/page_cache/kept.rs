//! A kept page: its bytes and headers, its compressed forms as readers take them, its
//! weight against the budget, and how it is sent.

use super::negotiation::{Accepts, with_etag};
use crate::server::http::static_files as compress;
use crate::server::store::Weigh;
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use std::io;
use std::sync::{Arc, OnceLock};

/// How much to keep, in bytes: a page of the timeline is ~50 KB, and ~12 KB in each
/// compressed form.
pub(super) const BUDGET: u64 = 64 << 20;

/// Brotli quality for kept pages. A page is compressed while its first reader waits: on a
/// timeline page, quality 7 takes about a sixth of quality 9's time for a result 0.2% larger
/// (and quality 5 is 1.6% larger again), so 7 keeps both the wait and the bytes down.
const PAGE_QUALITY: u32 = 7;

/// A page as first served, with its compressed forms as they are made.
#[derive(Clone, Debug)]
pub(super) struct Kept {
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

type Compressor = fn(&[u8]) -> io::Result<Vec<u8>>;

#[derive(Clone, Copy, Debug)]
enum Encoding {
    Brotli,
    Gzip,
}

impl Kept {
    /// A page as the app answered it, with the headers a kept copy sends again.
    pub(super) fn new(
        status: StatusCode,
        content_type: HeaderValue,
        headers: &HeaderMap,
        body: Bytes,
    ) -> Self {
        Self {
            status,
            content_type,
            policy: headers.get(header::CONTENT_SECURITY_POLICY).cloned(),
            vary: headers.get(header::VARY).cloned(),
            link: headers.get(header::LINK).cloned(),
            body,
            brotli: Arc::default(),
            gzip: Arc::default(),
        }
    }

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

    /// The page, in the form the browser takes best.
    pub(super) async fn serve(self, etag: &str, accepts: Accepts) -> Response {
        let encoding = if accepts.brotli {
            Some((Encoding::Brotli, "br"))
        } else if accepts.gzip {
            Some((Encoding::Gzip, "gzip"))
        } else {
            None
        };
        let compressed = match encoding {
            Some((encoding, name)) => self.compressed(encoding).await.map(|body| (body, name)),
            None => None,
        };
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, self.content_type);
        let vary = match self.vary.as_ref().and_then(|v| v.to_str().ok()) {
            Some(also) => HeaderValue::from_str(&format!("accept-encoding, {also}")).ok(),
            None => Some(HeaderValue::from_static("accept-encoding")),
        };
        if let Some(vary) = vary {
            headers.insert(header::VARY, vary);
        }
        if let Some(policy) = self.policy {
            headers.insert(header::CONTENT_SECURITY_POLICY, policy);
        }
        if let Some(link) = self.link {
            headers.insert(header::LINK, link);
        }
        let body = match compressed {
            Some((body, name)) => {
                headers.insert(header::CONTENT_ENCODING, HeaderValue::from_static(name));
                body
            }
            None => self.body,
        };
        with_etag((self.status, headers, body).into_response(), etag)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn compressed_forms_are_made_only_when_a_reader_takes_them() {
        let kept = Kept::new(
            StatusCode::OK,
            HeaderValue::from_static("text/html"),
            &HeaderMap::new(),
            Bytes::from("<p>A page.</p>".repeat(100)),
        );
        let take = |brotli, gzip| Accepts { brotli, gzip };
        kept.clone().serve("\"1\"", take(false, false)).await;
        assert!(kept.brotli.get().is_none() && kept.gzip.get().is_none());
        let br = kept.clone().serve("\"1\"", take(true, true)).await;
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
}
