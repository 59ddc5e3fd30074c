//! `/on-this-day?date=MM-DD`: the events that began on one day of the year, across the
//! years, with the days before and after. Without a date, the server sends today's.

use super::LoadFailed;
use super::timeline::group_by_year;
use crate::components::{EventCard, PageAddresses, PageTitle, set_status};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::readers::{OnThisDay, load_on_this_day};
use crate::model::{Event, MonthDay};
use crate::paths::ON_THIS_DAY;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;

#[component]
pub fn OnThisDayPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let day = move || query.read().get("date").unwrap_or_default();
    let answer = Resource::new(day, move |day| load_on_this_day(day, lang));
    view! {
        <Suspense fallback=move || view! { <p class="loading">{t(lang, "loading-day")}</p> }>
            {move || Suspend::new(async move {
                match answer.await {
                    Ok(Some(answer)) => view! { <DayView answer /> }.into_any(),
                    Ok(None) => view! { <NoSuchDay typed=day() /> }.into_any(),
                    Err(err) => view! { <LoadFailed error=err /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn DayView(answer: OnThisDay) -> impl IntoView {
    let lang = use_lang();
    let day: MonthDay = answer.day.parse().expect("the server sends days it parsed");
    let words = day.long_in(lang);
    let heading = t_with(
        lang,
        "on-this-day-heading",
        &[("day", words.as_str().into())],
    );
    let step = |to: MonthDay| lang.path(&format!("{ON_THIS_DAY}?date={to}"));
    let count = t_with(
        lang,
        "on-this-day-count",
        &[
            ("count", answer.events.len().into()),
            ("day", words.as_str().into()),
        ],
    );
    let description = t_with(lang, "on-this-day-description", &[("day", words.into())]);
    view! {
        <PageTitle text=heading.clone() />
        <Meta name="description" content=description />
        <PageAddresses path=format!("{ON_THIS_DAY}?date={day}") />
        <section class="intro">
            <h1>{heading}</h1>
            <p class="intro__lede">{count}</p>
        </section>
        <nav class="neighbours" aria-label=t(lang, "days-around")>
            <div class="neighbours__previous">
                <a rel="prev" href=step(day.previous())>{day.previous().long_in(lang)}</a>
            </div>
            <div class="neighbours__next">
                <a rel="next" href=step(day.next())>{day.next().long_in(lang)}</a>
            </div>
        </nav>
        <div class="timeline">{by_year(answer.events)}</div>
    }
}

/// The day's events under a heading for each year, as on the timeline.
fn by_year(events: Vec<Event>) -> impl IntoView {
    group_by_year(events)
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
    let lang = use_lang();
    set_status(400);
    let explanation = t_with(lang, "no-such-day-explanation", &[("typed", typed.into())]);
    view! {
        <PageTitle text=t(lang, "no-such-day") />
        <section class="notice" role="alert">
            <h1>{t(lang, "no-such-day")}</h1>
            <p>{explanation}</p>
        </section>
    }
}
