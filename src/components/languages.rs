//! The page in the other languages: the switcher every page shows, and the links in the
//! head that tell search engines and link previews which address is in which language.

use crate::i18n::{t, use_lang};
use crate::model::Lang;
use crate::paths;
use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::hooks::use_location;

/// Links to this page in each language: the same view (filters, page, event), so that a
/// reader who switches stays where they are. The link to the page shown is marked current.
/// The script makes these full page loads (the whole page changes language) and offers
/// the reader's own language from them (`data-offer`).
#[component]
pub fn LanguageSwitcher() -> impl IntoView {
    let shown = use_lang();
    let location = use_location();
    let path = location.pathname.get_untracked();
    let query = location.search.get_untracked();
    let view = paths::view_address(&path, &query).unwrap_or(path);
    let links = Lang::ALL.map(|lang| {
        let current = (lang == shown).then_some("page");
        // Only another language is ever offered.
        let offer = (lang != shown).then(|| t(lang, "language-offer"));
        view! {
            <a
                href=lang.path(&view)
                hreflang=lang.code()
                lang=lang.code()
                aria-current=current
                data-offer=offer
            >
                {lang.native_name()}
            </a>
        }
    });
    view! {
        <nav class="languages" id="languages" aria-label=t(shown, "languages")>
            {links}
        </nav>
    }
}

/// The head's account of where this page is: its canonical address in its language, the
/// same page in every language (`hreflang`, English as the default), and its locale for
/// link previews. `path` is the page's path without its language.
#[component]
pub fn PageAddresses(#[prop(into)] path: String) -> impl IntoView {
    let lang = use_lang();
    let origin = site_origin();
    let has_embed = crate::paths::has_embed(path.split('?').next().unwrap_or_default());
    let url = |lang: Lang| format!("{origin}{}", lang.path(&path));
    let alternates = Lang::ALL.map(|other| {
        view! { <Link rel="alternate" hreflang=other.code() href=url(other) /> }
    });
    let other_locales = Lang::ALL
        .into_iter()
        .filter(|other| *other != lang)
        .map(|other| view! { <Meta property="og:locale:alternate" content=other.locale() /> })
        .collect_view();
    view! {
        <Link rel="canonical" href=url(lang) />
        <Meta property="og:url" content=url(lang) />
        <Meta property="og:locale" content=lang.locale() />
        {other_locales}
        {alternates}
        <Link rel="alternate" hreflang="x-default" href=url(Lang::ORIGINAL) />
        // For oEmbed consumers (WordPress and others) to turn a pasted link into the embed.
        {has_embed.then(|| view! {
            <Link
                rel="alternate"
                type_="application/json+oembed"
                href=crate::paths::oembed_address(&origin, &url(lang))
            />
        })}
    }
}

/// The site's public origin (`https://example.org`), for absolute addresses.
pub(crate) fn site_origin() -> String {
    #[cfg(feature = "ssr")]
    return use_context::<crate::server::AppState>()
        .map(|state| state.public_url.clone())
        .unwrap_or_default();
    #[cfg(not(feature = "ssr"))]
    String::new()
}
