//! The timeline at `/`: the events a filter selects, in date order, grouped by year.

use super::LoadFailed;
use crate::components::{
    EventCard, FilterBar, Heading, PageAddresses, PageTitle, TakeAway, TimeAxis, set_status,
};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::readers::{Timeline, load_timeline};
use crate::model::{
    Event, EventLink, Filter, FilterError, FilterProblem, Lang, MAX_QUERY_CHARS, page_offset,
    timeline_anchor,
};
use crate::{embeds, paths};
use leptos::prelude::*;
use leptos_meta::{Link, Meta};
use leptos_router::hooks::use_location;

#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = use_lang();
    let search = use_location().search;
    let timeline = Resource::new(
        move || search.get(),
        move |query| load_timeline(query, lang),
    );
    let site = t(lang, "site-name");
    let description = t(lang, "timeline-description");
    // The feeds of this very view, for readers' feed finders.
    let view = Filter::from_query(&search.get_untracked())
        .map(|filter| filter.to_query())
        .unwrap_or_default();
    let feed = |path: &str| match view.is_empty() {
        true => lang.path(path),
        false => format!("{}?{view}", lang.path(path)),
    };
    view! {
        <PageTitle text=site.clone() />
        <Link rel="alternate" type_="application/atom+xml" href=feed(crate::paths::ATOM_FEED) />
        <Link rel="alternate" type_="application/feed+json" href=feed(crate::paths::JSON_FEED) />
        <Meta name="description" content=description.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:title" content=site.clone() />
        <Meta property="og:description" content=description.clone() />
        // Twitter's card takes its title and description from the Open Graph tags.
        <Meta name="twitter:card" content="summary" />
        <section class="intro">
            <h1>{t(lang, "timeline-heading")}</h1>
            <p class="intro__lede">{description}</p>
            <p>
                <a href=lang.path(crate::paths::ON_THIS_DAY)>{t(lang, "on-this-day-link")}</a>
            </p>
        </section>
        <FilterBar />
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-timeline")}</p> }>
            {move || Suspend::new(async move {
                match timeline.await {
                    Ok(timeline) => view! { <TimelineView timeline /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn TimelineView(timeline: Timeline) -> impl IntoView {
    let pages = timeline.pages();
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
    let words: Vec<String> = filter.words().into_iter().map(str::to_owned).collect();
    let shown = events.len();
    view! {
        <PageAddresses path=filter.timeline_path(1) />
        <Problems problems />
        {axis.map(|axis| view! { <TimeAxis axis eras=eras.clone() filter=filter.clone() /> })}
        <Summary total shown page filter=filter.clone() />
        <Years events eras words />
        <Pager page pages filter />
    }
    .into_any()
}

/// Why the filter in the URL was not applied.
#[component]
pub(super) fn Problems(problems: Vec<FilterError>) -> impl IntoView {
    (!problems.is_empty()).then(|| {
        view! {
            <div class="problems" role="alert">
                <p>{t(use_lang(), "filters-not-applied")}</p>
                <ul>
                    {problems
                        .into_iter()
                        .map(|problem| view! { <li>{problem_words(use_lang(), &problem.problem)}</li> })
                        .collect_view()}
                </ul>
            </div>
        }
    })
}

/// A problem with the filter in the reader's language.
fn problem_words(lang: Lang, problem: &FilterProblem) -> String {
    let value = |id: &str, value: &str| t_with(lang, id, &[("value", value.into())]);
    match problem {
        FilterProblem::SearchTooLong => t_with(
            lang,
            "problem-search-too-long",
            &[("max", MAX_QUERY_CHARS.into())],
        ),
        FilterProblem::SearchControlCharacter => t(lang, "problem-search-control"),
        FilterProblem::UnknownCategory(typed) => value("problem-category", typed),
        FilterProblem::UnknownActor(typed) => value("problem-actor", typed),
        FilterProblem::NotADate(typed) => value("problem-date", typed),
        FilterProblem::EndsBeforeStart { from, to } => t_with(
            lang,
            "problem-range",
            &[("from", from.as_str().into()), ("to", to.as_str().into())],
        ),
        FilterProblem::UnknownLanguage(typed) => value("problem-language", typed),
        FilterProblem::NotAFlag(typed) => value("problem-disputed", typed),
    }
}

/// How many events match, and ways to clear, share or take the view elsewhere.
#[component]
fn Summary(total: u64, shown: usize, page: u32, filter: Filter) -> impl IntoView {
    let lang = use_lang();
    let filtered = !filter.is_empty();
    let count = count_words(lang, total, shown, page, filtered);
    view! {
        <div class="summary">
            <p class="summary__count" role="status">
                {count}
            </p>
            <p class="summary__actions">
                {filtered
                    .then(|| {
                        view! {
                            <a class="button button--quiet" href=lang.path("/")>
                                {t(lang, "clear-filters")}
                            </a>
                        }
                    })}
                // Copies the address where the browser allows it (src/enhance/); else a link.
                <a
                    class="button button--quiet"
                    href=lang.path(&filter.timeline_path(page))
                    data-copy-link=""
                    data-copied=t(lang, "link-copied")
                >
                    {t(lang, "copy-link")}
                </a>
            </p>
            <TakeAway
                downloads=downloads(lang, &filter, page)
                embed=embeds::of_view(&filter, page)
                title=t(lang, "site-name")
            />
        </div>
    }
}

/// The view's events as files: every page of it as CSV (every language), this page as JSON,
/// and all of it for Knight Lab's TimelineJS, in the page's language.
fn downloads(lang: Lang, filter: &Filter, page: u32) -> Vec<(String, String)> {
    let query = filter.to_query();
    let address = |path: &str, more: &str| {
        let query: Vec<&str> = [query.as_str(), more]
            .into_iter()
            .filter(|q| !q.is_empty())
            .collect();
        match query.is_empty() {
            true => path.to_owned(),
            false => format!("{path}?{}", query.join("&")),
        }
    };
    let lang_code = format!("lang={}", lang.code());
    let page = match page {
        1 => lang_code.clone(),
        page => format!("page={page}&{lang_code}"),
    };
    vec![
        (t(lang, "download-csv"), address(paths::CSV_EXPORT, "")),
        (t(lang, "download-json"), address(paths::EVENTS_API, &page)),
        (
            t(lang, "download-timelinejs"),
            address(paths::TIMELINEJS_EXPORT, &lang_code),
        ),
    ]
}

/// How many events match, and which of them are shown: each case is one whole message.
pub(super) fn count_words(
    lang: Lang,
    total: u64,
    shown: usize,
    page: u32,
    filtered: bool,
) -> String {
    // The events shown, when they are not all of them.
    let range = (total > shown as u64 && shown > 0).then(|| {
        let first = page_offset(page) + 1;
        (first, first + shown as u64 - 1)
    });
    match (total, filtered, range) {
        (0, _, _) => t(lang, "count-none"),
        (n, true, None) => t_with(lang, "count-matching", &[("count", n.into())]),
        (n, false, None) => t_with(lang, "count-all", &[("count", n.into())]),
        (n, filtered, Some((first, last))) => {
            let id = if filtered {
                "count-matching-range"
            } else {
                "count-all-range"
            };
            t_with(
                lang,
                id,
                &[
                    ("count", n.into()),
                    ("first", first.into()),
                    ("last", last.into()),
                ],
            )
        }
    }
}

#[component]
pub(super) fn Years(events: Vec<Event>, eras: Vec<EventLink>, words: Vec<String>) -> impl IntoView {
    let years = group_by_year(events);
    let eras_in = move |first: u16, last: u16| -> Vec<EventLink> {
        eras.iter()
            .filter(|era| {
                era.when.start().date.year_number() <= last
                    && first <= era.when.last().year_number()
            })
            .cloned()
            .collect()
    };
    view! {
        <div class="timeline">
            {years
                .into_iter()
                .scan(None::<u16>, |previous, (year, events)| {
                    // Years with no events are folded into one gap, marked with the
                    // periods that run through it.
                    let gap = previous.filter(|&p| year > p + 1).map(|p| (p + 1, year - 1));
                    *previous = Some(year);
                    Some((gap, year, events))
                })
                .map(|(gap, year, events)| {
                    let words = words.clone();
                    view! {
                        {gap.map(|(first, last)| view! { <Gap first last eras=eras_in(first, last) /> })}
                        <YearSection year events eras=eras_in(year, year) words />
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn YearSection(
    year: u16,
    events: Vec<Event>,
    eras: Vec<EventLink>,
    words: Vec<String>,
) -> impl IntoView {
    let lang = use_lang();
    let heading_id = format!("year-{year}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="year" aria-labelledby=labelled_by>
            <Heading below=1 class="year__label" id=Some(heading_id)>
                {year}
            </Heading>
            {(!eras.is_empty())
                .then(|| {
                    view! {
                        <ul class="year__eras" aria-label=t(lang, "periods")>
                            {eras
                                .into_iter()
                                .map(|era| {
                                    view! {
                                        <li class=format!("era cat-{}", era.category.code())>
                                            <a
                                                href=format!("{}#{}", lang.path("/"), timeline_anchor(era.id))
                                                lang=(era.lang != lang).then_some(era.lang.code())
                                            >
                                                {era.title}
                                            </a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <ol class="year__events">
                {events
                    .into_iter()
                    .map(|event| view! { <EventCard event words=words.clone() /> })
                    .collect_view()}
            </ol>
        </section>
    }
}

/// Years without events, between two that have some.
#[component]
fn Gap(first: u16, last: u16, eras: Vec<EventLink>) -> impl IntoView {
    let lang = use_lang();
    let years = if first == last {
        first.to_string()
    } else {
        t_with(
            lang,
            "year-span",
            &[
                ("first", first.to_string().into()),
                ("last", last.to_string().into()),
            ],
        )
    };
    let has_eras = !eras.is_empty();
    view! {
        <div class="gap" class:gap--era=has_eras>
            <span class="gap__years">{years}</span>
            {eras
                .into_iter()
                .map(|era| {
                    let title_lang = (era.lang != lang).then_some(era.lang.code());
                    view! {
                        <span class=format!("gap__era cat-{}", era.category.code()) lang=title_lang>
                            {era.title}
                        </span>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Links to the pages before and after this one.
#[component]
fn Pager(page: u32, pages: u32, filter: Filter) -> impl IntoView {
    let lang = use_lang();
    let href = move |page: u32| lang.path(&filter.timeline_path(page));
    (pages > 1).then(|| {
        let at = t_with(lang, "page-of", &[("page", page.into()), ("pages", pages.into())]);
        view! {
            <nav class="pager" aria-label=t(lang, "pages")>
                {(page > 1)
                    .then(|| view! { <a class="button" rel="prev" href=href(page - 1)>{t(lang, "earlier-events")}</a> })}
                <span class="pager__where">{at}</span>
                {(page < pages)
                    .then(|| view! { <a class="button" rel="next" href=href(page + 1)>{t(lang, "later-events")}</a> })}
            </nav>
        }
    })
}

/// Splits events, already in date order, into runs of the same starting year.
pub(super) fn group_by_year(events: Vec<Event>) -> Vec<(u16, Vec<Event>)> {
    let mut years: Vec<(u16, Vec<Event>)> = Vec::new();
    for event in events {
        let year = event.when.start().date.year_number();
        match years.last_mut() {
            Some((last, group)) if *last == year => group.push(event),
            _ => years.push((year, vec![event])),
        }
    }
    years
}
