//! An event's permanent page at `/events/{id}-{slug}`.

use super::{Gone, LoadFailed, NotFound};
use crate::components::{
    ActorList, CategoryBadge, CitationTags, Cite, ErrorReportForm, PageAddresses, PageTitle,
    Positions, SourceList, TakeAway, When, untranslated, with_term_links,
};
use crate::i18n::{t, use_lang};
use crate::loaders::readers::{EventAnswer, load_event};
use crate::model::{
    EventLink, EventPage, Filter, RevisionStamp, event_id_in, history_path, revision_path,
    timeline_anchor,
};
use crate::pages::history::{corrected_on, last_changed};
use crate::paths;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

#[component]
pub fn EventPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("key").and_then(|key| event_id_in(&key));
    let page = Resource::new(id, move |id| async move {
        match id {
            Some(id) => load_event(id, lang).await,
            None => Ok(EventAnswer::Missing),
        }
    });
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-event")}</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(EventAnswer::Found { page, stamp, corrected }) => {
                        view! { <EventView page=*page stamp corrected /> }.into_any()
                    }
                    Ok(EventAnswer::Retired) => view! { <Gone /> }.into_any(),
                    Ok(EventAnswer::Missing) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EventView(
    page: EventPage,
    stamp: Option<RevisionStamp>,
    corrected: Option<RevisionStamp>,
) -> impl IntoView {
    let lang = use_lang();
    let event = page.event;
    let (note, text_lang) = untranslated(lang, event.lang);
    // The page of the whole timeline that lists it, scrolled to it.
    let in_timeline = format!(
        "{}#{}",
        lang.path(&Filter::default().timeline_path(page.timeline_page)),
        timeline_anchor(event.id)
    );
    let page_title = format!("{} – {}", event.title, t(lang, "site-name"));
    let texts: Vec<String> = std::iter::once(event.summary.clone())
        .chain(
            event
                .body
                .as_deref()
                .unwrap_or_default()
                .split("\n\n")
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(str::to_owned),
        )
        .collect();
    // The summary, then the body's paragraphs, each term linked at its first mention.
    let mut texts = with_term_links(&texts, event.lang, lang).into_iter();
    let summary = texts.next();
    let structured = structured_data(&event, lang);
    let api_address = format!("{}/{}?lang={}", paths::EVENTS_API, event.id, lang.code());
    let embed_address = crate::embeds::of_event(&event.path());
    // Erasing the types of the page's later parts keeps its nesting within what the
    // compiler allows.
    let take_away = view! {
        <TakeAway
            downloads=vec![(t(lang, "download-json"), api_address)]
            embed=embed_address
            title=page_title.clone()
        />
    }
    .into_any();
    let positions = view! { <Positions positions=event.positions.clone() /> }.into_any();
    // Folded, so that it costs the first screen nothing.
    let report = view! {
        <details class="report" id="report">
            <summary>{t(lang, "report-heading")}</summary>
            <ErrorReportForm event_path=event.path() posted=Default::default() />
        </details>
    }
    .into_any();
    // The latest correction, named where readers see it, linking the revision that made it.
    let corrected = corrected.map(|correction| {
        let href = lang.path(&revision_path(&event.path(), correction.number));
        view! {
            <p class="permalink__corrected" role="note">
                <a href=href>{corrected_on(lang, &correction.at)}</a>
            </p>
        }
        .into_any()
    });
    let history = lang.path(&history_path(&event.path()));
    let citation = stamp.map(|stamp| {
        let changed = view! {
            <p class="permalink__changed">
                <a href=history>{last_changed(lang, &stamp.at)}</a>
            </p>
        };
        let tags = view! { <CitationTags event=event.clone() stamp=stamp.clone() /> };
        let cite = view! { <Cite event=event.clone() stamp /> };
        (tags.into_any(), changed.into_any(), cite.into_any())
    });
    let (citation_tags, changed, cite) = match citation {
        Some((tags, changed, cite)) => (Some(tags), Some(changed), Some(cite)),
        None => (None, None, None),
    };
    view! {
        <PageTitle text=page_title.clone() />
        <Meta name="description" content=event.summary.clone() />
        <PageAddresses path=event.path() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=event.title.clone() />
        <Meta property="og:description" content=event.summary.clone() />
        // Twitter's card takes its title and description from the Open Graph tags.
        <Meta name="twitter:card" content="summary" />
        {citation_tags}
        {structured.map(|json| view! { <script type="application/ld+json" inner_html=json></script> })}
        <article class=format!("permalink cat-{}", event.category.code())>
            <nav class="breadcrumbs" aria-label=t(lang, "breadcrumbs")>
                <a href=lang.path("/")>{t(lang, "timeline")}</a>
                " › "
                <a href=in_timeline.clone()>{event.when.start().date.year_number()}</a>
            </nav>
            <p class="event__meta">
                <When when=event.when />
                <CategoryBadge category=event.category />
            </p>
            {note}
            <div class="permalink__text" lang=text_lang>
                <h1 class="permalink__title">{event.title}</h1>
                <p class="permalink__summary">{summary}</p>
                {texts.map(|p| view! { <p>{p}</p> }).collect_view()}
            </div>
            {corrected}
            {positions}
            <ActorList actors=event.actors on=event.when.start().date />
            <section class="permalink__section" id="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">{t(lang, "sources")}</h2>
                <SourceList sources=event.sources />
            </section>
            {(!page.related.is_empty())
                .then(|| {
                    view! {
                        <section class="permalink__section" aria-labelledby="related-heading">
                            <h2 id="related-heading">{t(lang, "related-events")}</h2>
                            <ul class="related">
                                {page
                                    .related
                                    .into_iter()
                                    .map(|link| view! { <li><LinkTo link /></li> })
                                    .collect_view()}
                            </ul>
                        </section>
                    }
                })}
            <p>
                <a class="button" href=in_timeline>
                    {t(lang, "see-in-timeline")}
                </a>
            </p>
            {changed}
            {cite}
            {take_away}
            {report}
            <nav class="neighbours" aria-label=t(lang, "earlier-and-later")>
                {page
                    .previous
                    .map(|link| {
                        view! {
                            <div class="neighbours__previous">
                                <span class="neighbours__label">{t(lang, "earlier")}</span>
                                <LinkTo link rel="prev" />
                            </div>
                        }
                    })}
                {page
                    .next
                    .map(|link| {
                        view! {
                            <div class="neighbours__next">
                                <span class="neighbours__label">{t(lang, "later")}</span>
                                <LinkTo link rel="next" />
                            </div>
                        }
                    })}
            </nav>
        </article>
    }
}

/// A link to another event's page, with its date.
#[component]
fn LinkTo(link: EventLink, #[prop(optional)] rel: Option<&'static str>) -> impl IntoView {
    let lang = use_lang();
    let href = lang.path(&link.path());
    let title_lang = (link.lang != lang).then_some(link.lang.code());
    view! {
        <a href=href rel=rel>
            <span class="link__title" lang=title_lang>
                {link.title}
            </span>
            // The space before the bracket, where the language has one, is in the message.
            <span class="link__when">
                {t(lang, "paren-open")}
                <When when=link.when />
                {t(lang, "paren-close")}
            </span>
        </a>
    }
}

/// The page's schema.org data (see `structured_data`), written on the server.
fn structured_data(event: &crate::model::Event, lang: crate::model::Lang) -> Option<String> {
    #[cfg(feature = "ssr")]
    return Some(super::structured_data::event_page(
        event,
        lang,
        &crate::components::site_origin(),
    ));
    #[cfg(not(feature = "ssr"))]
    {
        let _ = (event, lang);
        None
    }
}
