//! An event's permanent page at `/events/{id}-{slug}`.

use super::{Gone, LoadFailed, NotFound};
use crate::api::{EventAnswer, Permalink, load_event};
use crate::app::SITE_NAME;
use crate::components::{ActorList, CategoryBadge, PageTitle, SourceList, When};
use crate::model::{EventLink, Filter, event_id_in, timeline_anchor};
use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::hooks::use_params_map;

#[component]
pub fn EventPage() -> impl IntoView {
    let params = use_params_map();
    let id = move || params.read().get("key").and_then(|key| event_id_in(&key));
    let page = Resource::new(id, |id| async move {
        match id {
            Some(id) => load_event(id).await,
            None => Ok(EventAnswer::Missing),
        }
    });
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading the event…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(EventAnswer::Found(permalink)) => {
                        view! { <EventView permalink=*permalink /> }.into_any()
                    }
                    Ok(EventAnswer::Retired) => view! { <Gone /> }.into_any(),
                    Ok(EventAnswer::Missing) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed message=err.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn EventView(permalink: Permalink) -> impl IntoView {
    let Permalink { page, url } = permalink;
    let event = page.event;
    // The page of the whole timeline that lists it, scrolled to it.
    let in_timeline = format!(
        "{}#{}",
        Filter::default().timeline_path(page.timeline_page),
        timeline_anchor(event.id)
    );
    let page_title = format!("{} – {}", event.title, SITE_NAME);
    let paragraphs: Vec<String> = event
        .body
        .as_deref()
        .unwrap_or_default()
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_owned)
        .collect();
    view! {
        <PageTitle text=page_title />
        <Meta name="description" content=event.summary.clone() />
        <Link rel="canonical" href=url.clone() />
        <Meta property="og:type" content="article" />
        <Meta property="og:title" content=event.title.clone() />
        <Meta property="og:description" content=event.summary.clone() />
        <Meta property="og:url" content=url />
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=event.title.clone() />
        <Meta name="twitter:description" content=event.summary.clone() />
        <article class=format!("permalink cat-{}", event.category.code())>
            <nav class="breadcrumbs" aria-label="Breadcrumbs">
                <a href="/">"Timeline"</a>
                " › "
                <a href=in_timeline.clone()>{event.when.start().date.year_number()}</a>
            </nav>
            <p class="event__meta">
                <When when=event.when />
                <CategoryBadge category=event.category />
            </p>
            <h1 class="permalink__title">{event.title}</h1>
            <p class="permalink__summary">{event.summary}</p>
            {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
            <ActorList actors=event.actors />
            <section class="permalink__section" id="sources" aria-labelledby="sources-heading">
                <h2 id="sources-heading">"Sources"</h2>
                <SourceList sources=event.sources />
            </section>
            {(!page.related.is_empty())
                .then(|| {
                    view! {
                        <section class="permalink__section" aria-labelledby="related-heading">
                            <h2 id="related-heading">"Related events"</h2>
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
                    "See in timeline"
                </a>
            </p>
            <nav class="neighbours" aria-label="Earlier and later events">
                {page
                    .previous
                    .map(|link| {
                        view! {
                            <div class="neighbours__previous">
                                <span class="neighbours__label">"Earlier"</span>
                                <LinkTo link rel="prev" />
                            </div>
                        }
                    })}
                {page
                    .next
                    .map(|link| {
                        view! {
                            <div class="neighbours__next">
                                <span class="neighbours__label">"Later"</span>
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
    let href = link.path();
    view! {
        <a href=href rel=rel>
            <span class="link__title">{link.title}</span>
            " "
            <span class="link__when">
                "(" <When when=link.when /> ")"
            </span>
        </a>
    }
}
