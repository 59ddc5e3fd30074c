//! `/on-this-day?date=MM-DD`: the events that began on one day of the year, across the
//! years, with the days before and after. Without a date, the server sends today's.

use super::LoadFailed;
use crate::api::{OnThisDay, load_on_this_day};
use crate::components::{EventCard, PageTitle, set_status};
use crate::model::{Event, MonthDay};
use crate::paths::ON_THIS_DAY;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn OnThisDayPage() -> impl IntoView {
    let query = use_query_map();
    let day = move || query.read().get("date").unwrap_or_default();
    let answer = Resource::new(day, load_on_this_day);
    view! {
        <Suspense fallback=|| view! { <p class="loading">"Loading the day…"</p> }>
            {move || Suspend::new(async move {
                match answer.await {
                    Ok(Some(answer)) => view! { <DayView answer /> }.into_any(),
                    Ok(None) => view! { <NoSuchDay typed=day() /> }.into_any(),
                    Err(err) => view! { <LoadFailed message=err.to_string() /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DayView(answer: OnThisDay) -> impl IntoView {
    let day: MonthDay = answer.day.parse().expect("the server sends days it parsed");
    let heading = format!("On this day: {}", day.long());
    let step = |to: MonthDay| format!("{ON_THIS_DAY}?date={to}");
    let count = answer.events.len();
    view! {
        <PageTitle text=heading.clone() />
        <Meta name="description" content=format!("Events in South Korea–Japan relations on {}, across the years.", day.long()) />
        <section class="intro">
            <h1>{heading}</h1>
            <p class="intro__lede">
                {match count {
                    0 => format!("No event in the timeline began on {}.", day.long()),
                    1 => format!("One event in the timeline began on {}.", day.long()),
                    n => format!("{n} events in the timeline began on {}, across the years.", day.long()),
                }}
            </p>
        </section>
        <nav class="neighbours" aria-label="Days before and after">
            <div class="neighbours__previous">
                <a rel="prev" href=step(day.previous())>{day.previous().long()}</a>
            </div>
            <div class="neighbours__next">
                <a rel="next" href=step(day.next())>{day.next().long()}</a>
            </div>
        </nav>
        <div class="timeline">{by_year(answer.events)}</div>
    }
}

/// The day's events under a heading for each year, as on the timeline.
fn by_year(events: Vec<Event>) -> impl IntoView {
    let mut years: Vec<(u16, Vec<Event>)> = Vec::new();
    for event in events {
        let year = event.when.start().date.year_number();
        match years.last_mut() {
            Some((last, events)) if *last == year => events.push(event),
            _ => years.push((year, vec![event])),
        }
    }
    years
        .into_iter()
        .map(|(year, events)| {
            let id = format!("year-{year}");
            let labelled_by = id.clone();
            view! {
                <section class="year" aria-labelledby=labelled_by>
                    <h2 class="year__label" id=id>
                        {year}
                    </h2>
                    <ol class="year__events">
                        {events
                            .into_iter()
                            .map(|event| view! { <EventCard event words=Vec::new() /> })
                            .collect_view()}
                    </ol>
                </section>
            }
        })
        .collect_view()
}

/// A `date` that is no day of the year: status 400, and what to write instead.
#[component]
fn NoSuchDay(typed: String) -> impl IntoView {
    set_status(400);
    view! {
        <PageTitle text="No such day" />
        <section class="notice" role="alert">
            <h1>"No such day"</h1>
            <p>{format!("{typed:?} is not a day of the year; write it as MM-DD, such as 08-15.")}</p>
        </section>
    }
}
