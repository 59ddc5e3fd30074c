//! What every request handler and server function can reach.

use crate::server::middleware::page_cache::PageCache;
use crate::server::middleware::security::EmbedHosts;
use crate::server::store::Store;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use std::ops::Deref;
use std::sync::Arc;

/// Shared by reference: the layers take a copy of the state for every request, which then
/// costs a count, not a copy of every setting.
#[derive(Clone, Debug)]
pub struct AppState(Arc<Shared>);

/// What `AppState` holds.
#[derive(Clone, Debug)]
pub struct Shared {
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
    /// Signs the report form's tickets.
    pub ticket_key: crate::server::abuse::TicketKey,
}

impl AppState {
    pub fn new(shared: Shared) -> Self {
        Self(Arc::new(shared))
    }

    /// Its settings, to change before the app serves with it (as tests do).
    pub fn settings(&mut self) -> &mut Shared {
        Arc::make_mut(&mut self.0)
    }
}

impl Deref for AppState {
    type Target = Shared;

    fn deref(&self) -> &Shared {
        &self.0
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
