//! What every request handler and server function can reach.

use crate::server::middleware::page_cache::PageCache;
use crate::server::middleware::security::EmbedHosts;
use crate::server::store::Store;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: Store,
    /// Readers' pages, kept until the data changes.
    pub pages: PageCache,
    /// The site's public URL without a trailing slash, for canonical links.
    pub public_url: String,
    /// Whether readers reach the site over HTTPS: session cookies are then `Secure`, and
    /// browsers are told to insist on HTTPS.
    pub https: bool,
    /// Whether the files under `/pkg` have content hashes in their names.
    pub hashed_assets: bool,
    /// Whether the client's address is the last one in `X-Forwarded-For`.
    pub trust_forwarded_for: bool,
    /// The sites whose pages may frame the embeds.
    pub embed_hosts: EmbedHosts,
    /// How long a request's body may take to arrive, from first byte to last.
    pub body_deadline: std::time::Duration,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
