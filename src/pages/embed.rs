//! Embeds: a view of the timeline (`/embed?…`, the same filters and page as `/`) or one event
//! (`/embed/events/{id}-{slug}`), compact, for another site's `<iframe>`. The shell leaves out
//! the site's header and footer and opens links at the top level (see `app::EmbedHead`); the
//! headings start at the level the host asks for (`?h=3`, `HeadingLevel`).

use super::timeline::{Problems, Years, count_words};
use super::{Gone, LoadFailed, NotFound};
use crate::components::{EventCard, Heading, PageTitle, TimeAxis, set_status};
use crate::i18n::{t, use_lang};
use crate::loaders::readers::{EventAnswer, Timeline, load_event, load_timeline};
use crate::model::{EventPage, HeadingLevel, event_id_in};
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_params_map};

#[component]
pub fn EmbedTimelinePage() -> impl IntoView {
    let lang = use_lang();
    let search = use_location().search;
    provide_context(HeadingLevel::of_query(&search.get_untracked()));
    let timeline = Resource::new(
        move || search.get(),
        move |query| load_timeline(query, lang),
    );
    view! {
        <PageTitle text=t(lang, "site-name") />
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-timeline")}</p> }>
            {move || Suspend::new(async move {
                match timeline.await {
                    Ok(timeline) => view! { <EmbeddedTimeline timeline /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The axis and the list of a page of the timeline, under a heading that links to the same
/// view on the site.
#[component]
fn EmbeddedTimeline(timeline: Timeline) -> impl IntoView {
    let lang = use_lang();
    let Timeline {
        filter,
        problems,
        events,
        total,
        axis,
        eras,
        page,
    } = timeline;
    if !problems.is_empty() {
        set_status(400);
    }
    let count = count_words(lang, total, events.len(), page, !filter.is_empty());
    let full_view = lang.path(&filter.timeline_path(page));
    let title_link = full_view.clone();
    let words: Vec<String> = filter.words().into_iter().map(str::to_owned).collect();
    view! {
        <Heading class="embed__title">
            <a href=title_link>{t(lang, "site-name")}</a>
        </Heading>
        <Problems problems />
        <p class="embed__count">{count}</p>
        {axis.map(|axis| view! { <TimeAxis axis eras=eras.clone() filter=filter.clone() /> })}
        <Years events eras words />
        <p class="embed__more">
            <a class="button" href=full_view>
                {t(lang, "embed-open-view")}
            </a>
        </p>
    }
    .into_any()
}

#[component]
pub fn EmbedEventPage() -> impl IntoView {
    let lang = use_lang();
    provide_context(HeadingLevel::of_query(
        &use_location().search.get_untracked(),
    ));
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
                    Ok(EventAnswer::Found { page, .. }) => view! { <EmbeddedEvent page=*page /> }.into_any(),
                    Ok(EventAnswer::Retired) => view! { <Gone /> }.into_any(),
                    Ok(EventAnswer::Missing) => view! { <NotFound /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// The event's card, its title the top heading, and a link to its page on the site.
#[component]
fn EmbeddedEvent(page: EventPage) -> impl IntoView {
    let lang = use_lang();
    let event = page.event;
    let title = format!("{} – {}", event.title, t(lang, "site-name"));
    let event_page = lang.path(&event.path());
    view! {
        <PageTitle text=title />
        <ol class="embed__events">
            <EventCard event words=Vec::new() heading_below=0 />
        </ol>
        <p class="embed__more">
            <a class="button" href=event_page>
                {t(lang, "embed-open-event")}
            </a>
        </p>
    }
}
