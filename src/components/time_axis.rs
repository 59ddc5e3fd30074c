//! The time axis above the list: the view's stretch of time in columns of one unit, with the
//! periods as labelled bands, each column's events as one mark (the event itself when
//! alone, else a bar with their count), and links one step in, out, earlier and later.
//!
//! Everything is a link to a view, so the axis works without a script, for crawlers and from
//! the keyboard. The enhancer (`src/enhance/gestures.js`) adds dragging to choose a stretch,
//! the wheel and pinching to zoom, dragging the scale to pan, and arrow keys; it reads the
//! columns from the `data-` attributes on the figure (`src/enhance/axis.js`).

use crate::i18n::{t, t_with, use_lang};
use crate::model::{
    Axis, AxisColumn, AxisFrame, Column, DayRange, EventLink, Filter, Lang, PartialDate, Unit,
};
use leptos::prelude::*;

/// Each column's width and the chart's height, in the chart's own units; the chart is
/// stretched to the page's width.
const COLUMN: f64 = 10.0;
const HEIGHT: f64 = 64.0;
/// Room above the bars for the periods' names, in two rows.
const TOP: f64 = 24.0;
/// Counts are written over the bars only while there is room for them.
const MAX_COUNTED_COLUMNS: usize = 31;

#[component]
pub fn TimeAxis(axis: Axis, eras: Vec<EventLink>, filter: Filter) -> impl IntoView {
    let lang = use_lang();
    let Axis { frame, columns } = axis;
    let chart = Chart {
        frame,
        days: columns.iter().map(|c| c.column).collect(),
    };
    let busiest = columns.iter().map(|c| c.events).max().unwrap_or(1).max(1);
    let eras = eras_in_sight(&chart, eras);
    let start = chart
        .days
        .first()
        .map(|c| c.days.first().to_string())
        .unwrap_or_default();
    let (first, last) = range_words(lang, frame);
    let caption = t_with(
        lang,
        "axis-caption",
        &[
            ("first", first.into()),
            ("last", last.into()),
            ("unit", frame.unit().code().into()),
        ],
    );
    view! {
        <figure
            class="axis"
            data-axis=""
            data-unit=frame.unit().code()
            data-start=start
            data-columns=columns.len()
        >
            <Moves frame filter=filter.clone() />
            <div class="axis__plot">
                <svg
                    class="axis__chart"
                    viewBox=format!("0 0 {} {HEIGHT}", chart.width())
                    preserveAspectRatio="none"
                    role="group"
                    aria-labelledby="axis-caption"
                >
                    {bands(&eras)}
                    {marks(lang, &chart, &columns, busiest, &filter)}
                </svg>
                // Text is drawn apart from the stretched chart, placed by percentages.
                <svg class="axis__notes" aria-hidden="true">
                    {era_names(lang, &chart, &eras)}
                    {counts(&chart, &columns, busiest)}
                </svg>
            </div>
            <svg class="axis__scale" aria-hidden="true">
                {scale(lang, &chart)}
            </svg>
            <figcaption id="axis-caption">{caption}</figcaption>
        </figure>
    }
}

/// Where things go on the chart: the view's columns, in the chart's own units.
struct Chart {
    frame: AxisFrame,
    days: Vec<Column>,
}

impl Chart {
    fn width(&self) -> f64 {
        self.days.len().max(1) as f64 * COLUMN
    }

    /// Where a day falls, from the chart's left edge.
    fn at(&self, day: chrono::NaiveDate) -> f64 {
        self.frame.position(day, &self.days) * COLUMN
    }

    /// A place on the chart as a share of its width, for the text drawn over it.
    fn percent(&self, x: f64) -> String {
        format!("{:.2}%", x * 100.0 / self.width())
    }
}

/// The periods that overlap the view, with where their bands start and end.
fn eras_in_sight(chart: &Chart, eras: Vec<EventLink>) -> Vec<(EventLink, f64, f64)> {
    let range = chart.frame.range();
    eras.into_iter()
        .filter_map(|era| {
            let span = DayRange::of_dates(era.when.start().date, era.when.last())?;
            let (start, end) = (chart.at(span.first()), chart.at(span.last()));
            (span.last() >= range.first() && span.first() <= range.last()).then_some((
                era,
                start,
                end.max(start + 1.0),
            ))
        })
        .collect()
}

/// Each period as a shaded band, named where the pointer rests on it.
fn bands(eras: &[(EventLink, f64, f64)]) -> impl IntoView + use<> {
    eras.iter()
        .map(|(era, start, end)| {
            let label = era.title.clone();
            view! {
                <rect
                    class=format!("axis__era cat-{}", era.category.code())
                    x=format!("{start:.1}")
                    y=0
                    width=format!("{:.1}", end - start)
                    height=HEIGHT
                >
                    <title>{label}</title>
                </rect>
            }
        })
        .collect_view()
}

/// A period's name where its band is wide enough to hold some of it, in the first of two
/// rows where it does not run into another name (taking a Latin character to be 0.8% of a
/// chart some 700 pixels wide, a Korean or Japanese one twice that).
fn era_names(lang: Lang, chart: &Chart, eras: &[(EventLink, f64, f64)]) -> impl IntoView + use<> {
    let width = chart.width();
    let mut rows_end = [f64::MIN; 2];
    eras.iter()
        .filter(|(_, start, end)| (end - start) / width >= 0.12)
        .filter_map(|(era, start, _)| {
            let from = start.max(0.0) / width;
            let row = rows_end.iter().position(|&end| end < from)?;
            let ems: f64 = era
                .title
                .chars()
                .map(|c| if c.is_ascii() { 1.0 } else { 2.0 })
                .sum();
            rows_end[row] = from + ems * 0.008;
            Some(view! {
                <text
                    class="axis__era-name"
                    x=chart.percent(start.max(0.0) + 1.0)
                    y=10 + 12 * row
                    lang=(era.lang != lang).then_some(era.lang.code())
                >
                    {era.title.clone()}
                </text>
            })
        })
        .collect_view()
}

/// Each column's events as one mark: the event itself when it is alone, else a bar.
fn marks(
    lang: Lang,
    chart: &Chart,
    columns: &[AxisColumn],
    busiest: u32,
    filter: &Filter,
) -> impl IntoView + use<> {
    columns
        .iter()
        .enumerate()
        .filter(|(_, column)| column.events > 0)
        .map(|(index, column)| match &column.only {
            Some(event) => {
                let days = DayRange::of_dates(event.when.start().date, event.when.last());
                let middle = (index as f64 + 0.5) * COLUMN;
                let place = days.map_or((middle, middle), |d| {
                    (chart.at(d.first()), chart.at(d.last()))
                });
                event_mark(lang, event, index, place).into_any()
            }
            None => cluster(lang, chart.frame.unit(), column, index, busiest, filter).into_any(),
        })
        .collect_view()
}

/// The number of events over each bar, while the columns leave room for them.
fn counts(chart: &Chart, columns: &[AxisColumn], busiest: u32) -> impl IntoView + use<> {
    (columns.len() <= MAX_COUNTED_COLUMNS).then(|| {
        columns
            .iter()
            .enumerate()
            .filter(|(_, column)| column.events > 1)
            .map(|(index, column)| {
                let y = HEIGHT - bar_height(column.events, busiest) - 3.0;
                view! {
                    <text class="axis__count" x=chart.percent((index as f64 + 0.5) * COLUMN) y=format!("{y:.0}")>
                        {column.events}
                    </text>
                }
            })
            .collect_view()
    })
}

/// The scale under the chart: the columns' names, as many as fit.
fn scale(lang: Lang, chart: &Chart) -> impl IntoView + use<> {
    scale_labels(lang, chart.frame.unit(), &chart.days)
        .into_iter()
        .map(|(index, text)| {
            view! {
                <text x=chart.percent(index as f64 * COLUMN) y="12">
                    {text}
                </text>
            }
        })
        .collect_view()
}

/// The links one step earlier, out, in and later; a step that leads nowhere is shown
/// without a link.
#[component]
fn Moves(frame: AxisFrame, filter: Filter) -> impl IntoView {
    let lang = use_lang();
    let step = move |to: Option<Filter>, id: &str, rel: &'static str| {
        let text = t(lang, id);
        match to {
            Some(view) => view! {
                <a class="button button--quiet" href=lang.path(&view.timeline_path(1)) data-move=rel>
                    {text}
                </a>
            }
            .into_any(),
            None => view! { <span class="button button--quiet" aria-disabled="true">{text}</span> }.into_any(),
        }
    };
    view! {
        <nav class="axis__moves" aria-label=t(lang, "axis-moves")>
            {step(frame.earlier(&filter), "axis-earlier", "earlier")}
            {step(frame.zoom_out(&filter), "axis-zoom-out", "out")}
            {step(frame.zoom_in(&filter), "axis-zoom-in", "in")}
            {step(frame.later(&filter), "axis-later", "later")}
        </nav>
    }
}

/// A column of several events: a bar as tall as their count, linking to the column's view.
fn cluster(
    lang: Lang,
    unit: Unit,
    column: &AxisColumn,
    index: usize,
    busiest: u32,
    filter: &Filter,
) -> impl IntoView + use<> {
    let height = bar_height(column.events, busiest);
    let view = Filter {
        from: Some(column.column.from),
        to: Some(column.column.to),
        ..filter.clone()
    };
    let name = t_with(
        lang,
        "axis-column",
        &[
            ("when", column_words(lang, unit, column.column).into()),
            ("count", column.events.into()),
        ],
    );
    let title = name.clone();
    view! {
        <a href=lang.path(&view.timeline_path(1)) aria-label=name data-i=index>
            <rect
                class="axis__bar"
                x=format!("{:.1}", index as f64 * COLUMN + 1.0)
                y=format!("{:.1}", HEIGHT - height)
                width=COLUMN - 2.0
                height=format!("{height:.1}")
            >
                <title>{title}</title>
            </rect>
        </a>
    }
}

/// An event alone in its column: a dot at its day, or a bar over its days (`start` and
/// `end` along the chart), in its category's colour, linking to its page.
fn event_mark(
    lang: Lang,
    event: &EventLink,
    index: usize,
    (start, end): (f64, f64),
) -> impl IntoView + use<> {
    // A point date is a dot kept clear of its column's edges, apart from its neighbours.
    let inside = |x: f64| {
        x.clamp(
            index as f64 * COLUMN + 2.0,
            (index as f64 + 1.0) * COLUMN - 2.0,
        )
    };
    let (start, end) = if event.when.is_period() {
        (start, end.max(start))
    } else {
        (inside(start), inside(start))
    };
    let name = format!(
        "{}{}{}",
        event.when.text_in(lang),
        t(lang, "label-separator"),
        event.title
    );
    let title = name.clone();
    let y = HEIGHT - 10.0;
    view! {
        <a href=lang.path(&event.path()) aria-label=name data-i=index data-event=event.id.number()>
            <line
                class=format!("axis__mark cat-{}", event.category.code())
                x1=format!("{start:.1}")
                y1=y
                x2=format!("{end:.1}")
                y2=y
            >
                <title>{title}</title>
            </line>
        </a>
    }
}

fn bar_height(events: u32, busiest: u32) -> f64 {
    (f64::from(events) * (HEIGHT - TOP - 4.0) / f64::from(busiest)).max(2.0)
}

/// A column in words, for its link's name: "1990s", "2019", "November 2019".
fn column_words(lang: Lang, unit: Unit, column: Column) -> String {
    match unit {
        Unit::Decade => t_with(
            lang,
            "axis-decade",
            &[("year", column.from.year_number().to_string().into())],
        ),
        Unit::Century => t_with(
            lang,
            "year-span",
            &[
                ("first", column.from.year_number().to_string().into()),
                ("last", column.to.year_number().to_string().into()),
            ],
        ),
        Unit::Year | Unit::Month | Unit::Day => column.from.long_in(lang),
    }
}

/// The first and last day shown, in words as precise as the unit.
fn range_words(lang: Lang, frame: AxisFrame) -> (String, String) {
    let words = |day: chrono::NaiveDate| {
        use chrono::Datelike;
        let (y, m, d) = (day.year() as u16, day.month() as u8, day.day() as u8);
        let date = match frame.unit() {
            Unit::Day => PartialDate::day(y, m, d),
            Unit::Month => PartialDate::month(y, m),
            _ => PartialDate::year(y),
        };
        date.map(|date| date.long_in(lang)).unwrap_or_default()
    };
    (words(frame.range().first()), words(frame.range().last()))
}

/// About ten labels under the columns, at round places: years divisible by the step, the
/// first month of every so many, every so many days. Dates are written as each language
/// writes them (LANGUAGES.md), the first label in full: months with the year only where it
/// changes ("July 2019", "October", "January 2020"), days as numbers but a month's first.
fn scale_labels(lang: Lang, unit: Unit, columns: &[Column]) -> Vec<(usize, String)> {
    use chrono::Datelike;
    let n = columns.len();
    let steps: &[usize] = match unit {
        Unit::Month => &[1, 2, 3, 6, 12],
        _ => &[1, 2, 5, 10, 20, 25, 50, 100],
    };
    let step = steps
        .iter()
        .copied()
        .find(|step| n / step <= 10)
        .unwrap_or(100);
    columns
        .iter()
        .enumerate()
        .filter_map(|(index, column)| {
            let day = column.days.first();
            let year = day.year().unsigned_abs() as usize;
            let (y, m, d) = (year as u16, day.month() as u8, day.day() as u8);
            let in_full = index == 0;
            let (place, text) = match unit {
                Unit::Century => (year / 100, year.to_string()),
                Unit::Decade => (year / 10, year.to_string()),
                Unit::Year => (year, year.to_string()),
                Unit::Month => {
                    let month = PartialDate::month(y, m).ok()?;
                    let text = if in_full || m == 1 {
                        month.long_in(lang)
                    } else {
                        month.month_in(lang)
                    };
                    (day.month0() as usize, text)
                }
                Unit::Day if in_full || d == 1 => {
                    (index, PartialDate::day(y, m, d).ok()?.long_in(lang))
                }
                Unit::Day => (index, d.to_string()),
            };
            let first = in_full && matches!(unit, Unit::Month | Unit::Day);
            (first || place.is_multiple_of(step)).then_some((index, text))
        })
        .collect()
}
