//! An event's permanent page at `/events/{id}-{slug}`.

use super::{Gone, LoadFailed, NotFound};
use crate::components::{
    CitationTags, Cite, ErrorReportForm, EventDetails, LinkTo, PageAddresses, PageTitle, TakeAway,
};
use crate::i18n::{t, use_lang};
use crate::loaders::readers::{EventAnswer, load_event};
use crate::model::{
    EventPage, Filter, RevisionStamp, event_id_in, history_path, revision_path, timeline_anchor,
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
    // The page of the whole timeline that lists it, scrolled to it.
    let in_timeline = format!(
        "{}#{}",
        lang.path(&Filter::default().timeline_path(page.timeline_page)),
        timeline_anchor(event.id)
    );
    let page_title = format!("{} – {}", event.title, t(lang, "site-name"));
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
    // The event itself, as the editors' preview shows it too.
    let details =
        view! { <EventDetails content=event.clone().into() related=page.related /> }.into_any();
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
                <a href=href>{corrected_on(lang, correction.at)}</a>
            </p>
        }
        .into_any()
    });
    let history = lang.path(&history_path(&event.path()));
    let citation = stamp.map(|stamp| {
        let changed = view! {
            <p class="permalink__changed">
                <a href=history>{last_changed(lang, stamp.at)}</a>
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
            {details}
            {corrected}
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
