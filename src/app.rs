//! The document shell, the router and the page list.

use crate::pages::{
    AdminEventsPage, AuditPage, EventFormPage, EventPage, LoginPage, NotFound, TimelinePage,
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Link, Meta, MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

pub const SITE_NAME: &str = "Korea–Japan Relations: A Timeline";

/// The HTML document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <HashedStylesheet options=options.clone() id="leptos" />
                <HydrationScripts options />
                <ContentSecurityPolicy />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// Sends this page's Content-Security-Policy, allowing its inline script by nonce.
#[component]
fn ContentSecurityPolicy() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(policy) =
        axum::http::HeaderValue::from_str(&crate::server::security::page_policy(&nonce))
    {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, policy);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta property="og:site_name" content=SITE_NAME />
        <Router>
            <a class="skip-link" href="#main">
                "Skip to content"
            </a>
            <header class="site-header">
                <a class="site-header__brand" href="/">
                    <span class="site-header__mark" aria-hidden="true"></span>
                    {SITE_NAME}
                </a>
            </header>
            <main id="main" tabindex="-1">
                // Async rendering sends whole pages: readable without JavaScript and by
                // crawlers, with the right status code and meta tags in the head.
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=TimelinePage ssr=SsrMode::Async />
                    <Route path=path!("/events/:key") view=EventPage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/admin") view=AdminEventsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/events/:key") view=EventFormPage ssr=SsrMode::Async />
                </Routes>
            </main>
            <footer class="site-footer">
                <p>
                    "A curated, sourced record of relations between South Korea and Japan. "
                    "Every event cites its sources; dates are shown as precisely as they are known."
                </p>
            </footer>
        </Router>
    }
}
