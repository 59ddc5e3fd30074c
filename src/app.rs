//! The document shell, the router and the page list.

use crate::components::LanguageSwitcher;
use crate::fault::Fault;
use crate::i18n::{t, use_lang};
use crate::model::Lang;
use crate::pages::{
    AdminEventsPage, AdminReportPage, AdminReportsPage, AuditPage, CorrectionsPage, EmbedEventPage,
    EmbedTimelinePage, EventFormPage, EventPage, FaultPage, HistoryPage, ImportPage,
    ImportPreviewPage, LoginPage, NotFound, OnThisDayPage, ReportPage, ReportStatusPage,
    RevisionPageView, RevisionsPage, TermsPage, TimelinePage,
};
use leptos::prelude::*;
use leptos_meta::{HashedStylesheet, Link, Meta, MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

/// The HTML document around the app; rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // Only islands hydrate, and they carry their own props: the data the rest of the page was
    // rendered from need not travel with it.
    if let Some(context) = Owner::current_shared_context() {
        context.set_is_hydrating(false);
    }
    let lang = page_language();
    provide_context(lang);
    let embed = is_embed();
    view! {
        <!DOCTYPE html>
        <html
            lang=lang.code()
            data-reader-pages=(!embed).then(crate::paths::reader_pages_mark)
            data-embed=embed.then_some("")
        >
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="color-scheme" content="light dark" />
                <HashedStylesheet options=options.clone() id="leptos" />
                {has_islands().then(|| view! { <HydrationScripts options islands=true /> })}
                {match embed {
                    true => view! { <EmbedHead /> }.into_any(),
                    false => view! { <Enhancements /> }.into_any(),
                }}
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The language of the page asked for, which the server read from its address.
fn page_language() -> Lang {
    #[cfg(feature = "ssr")]
    return use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<Lang>().copied())
        .unwrap_or(Lang::ORIGINAL);
    #[cfg(not(feature = "ssr"))]
    Lang::ORIGINAL
}

/// Whether the page has islands, which need the WebAssembly: only the event form does.
/// Readers' pages leave it out and so stay small.
fn has_islands() -> bool {
    #[cfg(feature = "ssr")]
    return use_context::<axum::http::request::Parts>()
        .is_some_and(|parts| crate::paths::has_islands(parts.uri.path()));
    #[cfg(not(feature = "ssr"))]
    false
}

/// Whether the page is an embed, shown in another site's frame.
fn is_embed() -> bool {
    #[cfg(feature = "ssr")]
    return use_context::<axum::http::request::Parts>()
        .is_some_and(|parts| crate::paths::is_embed(parts.uri.path()));
    #[cfg(not(feature = "ssr"))]
    false
}

/// The small script that makes links, the filter form and the time axis work in place
/// (`src/enhance/`, joined into one function and minified by esbuild; see `build.rs`), inlined
/// in every page, so that the page's policy can allow it by its hash (these very bytes).
pub const ENHANCER: &str = include_str!(concat!(env!("OUT_DIR"), "/enhance.js"));

#[component]
fn Enhancements() -> impl IntoView {
    view! { <script type="module" inner_html=ENHANCER></script> }
}

/// The embed's script (`src/enhance/embed.js`), which tells the host page its height.
pub const EMBED_SCRIPT: &str = include_str!(concat!(env!("OUT_DIR"), "/embed.js"));

/// An embed's head: its links open the site at the top level, out of the host's frame; it
/// is a copy of a view, for search engines to find at its own address instead; and it
/// carries its own script.
#[component]
fn EmbedHead() -> impl IntoView {
    view! {
        <base target="_top" />
        <meta name="robots" content="noindex" />
        <script type="module" inner_html=EMBED_SCRIPT></script>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let lang = use_lang();
    if is_embed() {
        // No header, footer or skip link: the host page has its own. Its main part is named,
        // apart from the host's own.
        return view! {
            <Router>
                <main id="main" class="embed" aria-label=t(lang, "site-name")>
                    <Pages />
                </main>
            </Router>
        }
        .into_any();
    }
    view! {
        <Link rel="icon" href="/favicon.svg" type_="image/svg+xml" />
        <Meta property="og:site_name" content=t(lang, "site-name") />
        <Router>
            <a class="skip-link" href="#main">
                {t(lang, "skip-to-content")}
            </a>
            <header class="site-header">
                <a class="site-header__brand" href=lang.path("/")>
                    <span class="site-header__mark" aria-hidden="true"></span>
                    {t(lang, "site-name")}
                </a>
                <LanguageSwitcher />
            </header>
            <main id="main" tabindex="-1">
                <Content />
            </main>
            <footer class="site-footer">
                <p>{t(lang, "footer")}</p>
                <p>
                    <a href=lang.path(crate::paths::TERMS)>{t(lang, "terms-link")}</a>
                    " · "
                    <a href=lang.path(crate::paths::CORRECTIONS)>{t(lang, "corrections-link")}</a>
                </p>
            </footer>
        </Router>
    }
    .into_any()
}

/// The page asked for; or, when the server found the request failed, what went wrong.
#[component]
fn Content() -> impl IntoView {
    match use_context::<Fault>() {
        Some(fault) => view! { <FaultPage fault /> }.into_any(),
        None => view! { <Pages /> }.into_any(),
    }
}

/// The page list.
#[component]
fn Pages() -> impl IntoView {
    view! {
        // Async rendering sends whole pages: readable without JavaScript and by crawlers,
        // with the right status code and meta tags in the head.
        <Routes fallback=NotFound>
            <Route path=path!("/") view=TimelinePage ssr=SsrMode::Async />
            <Route path=path!("/events/:key") view=EventPage ssr=SsrMode::Async />
            <Route path=path!("/events/:key/report") view=ReportPage ssr=SsrMode::Async />
            <Route path=path!("/reports/:reference") view=ReportStatusPage ssr=SsrMode::Async />
            <Route path=path!("/events/:key/history") view=HistoryPage ssr=SsrMode::Async />
            <Route path=path!("/events/:key/v/:n") view=RevisionPageView ssr=SsrMode::Async />
            <Route path=path!("/on-this-day") view=OnThisDayPage ssr=SsrMode::Async />
            <Route path=path!("/terms") view=TermsPage ssr=SsrMode::Async />
            <Route path=path!("/corrections") view=CorrectionsPage ssr=SsrMode::Async />
            <Route path=path!("/embed") view=EmbedTimelinePage ssr=SsrMode::Async />
            <Route path=path!("/embed/events/:key") view=EmbedEventPage ssr=SsrMode::Async />
            <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
            <Route path=path!("/admin") view=AdminEventsPage ssr=SsrMode::Async />
            <Route path=path!("/admin/audit") view=AuditPage ssr=SsrMode::Async />
            <Route path=path!("/admin/reports") view=AdminReportsPage ssr=SsrMode::Async />
            <Route
                path=path!("/admin/reports/:reference")
                view=AdminReportPage
                ssr=SsrMode::Async
            />
            <Route path=path!("/admin/import") view=ImportPage ssr=SsrMode::Async />
            <Route path=path!("/admin/import/:key") view=ImportPreviewPage ssr=SsrMode::Async />
            <Route path=path!("/admin/events/:key") view=EventFormPage ssr=SsrMode::Async />
            <Route
                path=path!("/admin/events/:key/revisions")
                view=RevisionsPage
                ssr=SsrMode::Async
            />
        </Routes>
    }
}
