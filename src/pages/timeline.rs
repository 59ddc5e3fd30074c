//! The timeline at `/`: every event in date order, grouped by year.

use super::LoadFailed;
use crate::api::{Timeline, load_timeline};
use crate::app::SITE_NAME;
use crate::components::EventCard;
use crate::model::{Event, timeline_anchor};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

const DESCRIPTION: &str = "A curated, sourced timeline of relations between South Korea and \
     Japan, from the 1910 annexation and the 1965 normalization treaty to the forced-labor \
     rulings, the 2019 export curbs and the GSOMIA dispute.";

#[component]
pub fn TimelinePage() -> impl IntoView {
    let timeline = Resource::new(|| (), |_| load_timeline());
    view! {
        <Title text=SITE_NAME />
        <Meta name="description" content=DESCRIPTION />
        <Suspense fallback=|| view! { <p class="loading">"Loading the timeline…"</p> }>
            {move || Suspend::new(async move {
                match timeline.await {
                    Ok(timeline) => view! { <TimelineView timeline /> }.into_any(),
                    Err(err) => view! { <LoadFailed message=err.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn TimelineView(timeline: Timeline) -> impl IntoView {
    let Timeline { events, url } = timeline;
    let eras: Vec<Era> = events.iter().filter_map(Era::of).collect();
    let span = match (events.first(), events.last()) {
        (Some(first), Some(last)) => format!(
            "{} events, {}–{}",
            events.len(),
            first.when.start().date.year_number(),
            last.when.start().date.year_number()
        ),
        _ => "No events yet".to_owned(),
    };
    let years = group_by_year(events);
    view! {
        <Link rel="canonical" href=url.clone() />
        <Meta property="og:type" content="website" />
        <Meta property="og:title" content=SITE_NAME />
        <Meta property="og:description" content=DESCRIPTION />
        <Meta property="og:url" content=url />
        <Meta name="twitter:card" content="summary" />
        <Meta name="twitter:title" content=SITE_NAME />
        <Meta name="twitter:description" content=DESCRIPTION />
        <section class="intro">
            <h1>"South Korea and Japan, event by event"</h1>
            <p class="intro__lede">{DESCRIPTION}</p>
            <p class="intro__span">{span}</p>
        </section>
        <div class="timeline">
            {years
                .into_iter()
                .scan(None::<u16>, |previous, (year, events)| {
                    // Years with no events are folded into one gap, marked with the
                    // periods that run through it.
                    let gap = previous
                        .filter(|&p| year > p + 1)
                        .map(|p| (p + 1, year - 1));
                    *previous = Some(year);
                    Some((gap, year, events))
                })
                .map(|(gap, year, events)| {
                    let eras_here = |first: u16, last: u16| -> Vec<Era> {
                        eras.iter().filter(|era| era.overlaps(first, last)).cloned().collect()
                    };
                    view! {
                        {gap.map(|(first, last)| view! { <Gap first last eras=eras_here(first, last) /> })}
                        <YearSection year events eras=eras_here(year, year) />
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn YearSection(year: u16, events: Vec<Event>, eras: Vec<Era>) -> impl IntoView {
    let heading_id = format!("year-{year}");
    let labelled_by = heading_id.clone();
    view! {
        <section class="year" aria-labelledby=labelled_by>
            <h2 class="year__label" id=heading_id>
                {year}
            </h2>
            {(!eras.is_empty())
                .then(|| {
                    view! {
                        <ul class="year__eras" aria-label="Periods">
                            {eras
                                .into_iter()
                                .map(|era| {
                                    view! {
                                        <li class=format!("era cat-{}", era.category)>
                                            <a href=era.href>{era.label}</a>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
            <ol class="year__events">
                {events.into_iter().map(|event| view! { <EventCard event /> }).collect_view()}
            </ol>
        </section>
    }
}

/// Years without events, between two that have some.
#[component]
fn Gap(first: u16, last: u16, eras: Vec<Era>) -> impl IntoView {
    let years = if first == last {
        first.to_string()
    } else {
        format!("{first}–{last}")
    };
    let has_eras = !eras.is_empty();
    view! {
        <div class="gap" class:gap--era=has_eras>
            <span class="gap__years">{years}</span>
            {eras
                .into_iter()
                .map(|era| view! { <span class=format!("gap__era cat-{}", era.category)>{era.label}</span> })
                .collect_view()}
        </div>
    }
}

/// A period (an event with an end date), marked beside every year it covers.
#[derive(Clone)]
struct Era {
    first: u16,
    last: u16,
    label: String,
    href: String,
    category: &'static str,
}

impl Era {
    fn of(event: &Event) -> Option<Era> {
        let end = event.when.end()?;
        Some(Era {
            first: event.when.start().date.year_number(),
            last: end.date.year_number(),
            label: event.title.clone(),
            href: format!("#{}", timeline_anchor(event.id)),
            category: event.category.code(),
        })
    }

    fn overlaps(&self, first: u16, last: u16) -> bool {
        self.first <= last && first <= self.last
    }
}

/// Splits events, already in date order, into runs of the same starting year.
fn group_by_year(events: Vec<Event>) -> Vec<(u16, Vec<Event>)> {
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
