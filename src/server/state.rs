//! What every request handler and server function can reach.

use super::store::Store;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;

#[derive(Clone, Debug)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub store: Store,
    /// The site's public URL without a trailing slash, for canonical links.
    pub public_url: String,
    /// Whether readers reach the site over HTTPS: session cookies are then `Secure`, and
    /// browsers are told to insist on HTTPS.
    pub https: bool,
    /// Whether the client's address is the last one in `X-Forwarded-For`.
    pub trust_forwarded_for: bool,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
