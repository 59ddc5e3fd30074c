//! The overview: an SVG strip of events per year over the whole timeline, with the eras
//! shaded. Each bar links to that year. The chart is a group, not an image, so that
//! screen readers reach its links, each named by its year and count.

use crate::i18n::{t_with, use_lang};
use crate::model::{EventLink, Filter, PartialDate, YearCount};
use leptos::prelude::*;

const BAR_WIDTH: u32 = 10;
const HEIGHT: u32 = 64;

#[component]
pub fn Overview(
    span: (u16, u16),
    years: Vec<YearCount>,
    eras: Vec<EventLink>,
    filter: Filter,
) -> impl IntoView {
    let lang = use_lang();
    let (first, last) = span;
    let columns = u32::from(last - first) + 1;
    let width = columns * BAR_WIDTH;
    let x = move |year: u16| u32::from(year.saturating_sub(first)) * BAR_WIDTH;
    let busiest = years.iter().map(|y| y.events).max().unwrap_or(1).max(1);
    // Label round years, about ten of them whatever the span.
    let step = [1, 5, 10, 20, 25, 50, 100]
        .into_iter()
        .find(|step| columns / step <= 12)
        .unwrap_or(100);
    let eras = eras
        .into_iter()
        .map(|era| {
            let start = x(era.when.start().date.year_number());
            let end = x(era.when.last().year_number()) + BAR_WIDTH;
            let label = format!("{} ({})", era.title, era.when.text_in(lang));
            view! {
                <rect
                    class=format!("overview__era cat-{}", era.category.code())
                    x=start
                    y=0
                    width=end - start
                    height=HEIGHT
                >
                    <title>{label}</title>
                </rect>
            }
        })
        .collect_view();
    let bars = years
        .into_iter()
        .map(|YearCount { year, events }| {
            let height = (events * (HEIGHT - 4)).div_ceil(busiest).max(2);
            let mut of_year = filter.clone();
            let date = PartialDate::year(year).ok();
            of_year.from = date;
            of_year.to = date;
            let name = t_with(
                lang,
                "overview-bar",
                &[("year", year.to_string().into()), ("count", events.into())],
            );
            let title = name.clone();
            view! {
                <a href=lang.path(&of_year.timeline_path(1)) aria-label=name>
                    <rect
                        class="overview__bar"
                        x=x(year) + 1
                        y=HEIGHT - height
                        width=BAR_WIDTH - 2
                        height=height
                    >
                        <title>{title}</title>
                    </rect>
                </a>
            }
        })
        .collect_view();
    // The axis is a second SVG without a viewBox, so that its text is not stretched with
    // the bars; percentages place each label over its year.
    let labels = (first..=last)
        .filter(|&year| u32::from(year) % step == 0)
        .map(|year| {
            let at = f64::from(year - first) * 100.0 / f64::from(columns);
            view! {
                <text x=format!("{at:.2}%") y="12">
                    {year}
                </text>
            }
        })
        .collect_view();
    view! {
        <figure class="overview">
            <svg
                class="overview__chart"
                viewBox=format!("0 0 {width} {HEIGHT}")
                preserveAspectRatio="none"
                role="group"
                aria-labelledby="overview-caption"
            >
                {eras}
                {bars}
            </svg>
            <svg class="overview__axis" aria-hidden="true">
                {labels}
            </svg>
            <figcaption id="overview-caption">
                {t_with(
                    lang,
                    "overview-caption",
                    &[("first", first.to_string().into()), ("last", last.to_string().into())],
                )}
            </figcaption>
        </figure>
    }
}
