//! The filter bar: a plain GET form, so it works without JavaScript. With JavaScript
//! (`enhance.js`) every change applies at once, in place, to a tidy URL, and Back and Forward
//! step through the views.

use crate::model::{Actor, Category, Filter, MAX_QUERY_CHARS};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

/// The shape `from` and `to` take; the server checks that the date exists.
const DATE_PATTERN: &str = r"\d{4}(-\d{2}(-\d{2})?)?";

#[component]
pub fn FilterBar() -> impl IntoView {
    let query = use_query_map().get_untracked();
    // A valid view shows as the server reads it, so that every address of one view (and
    // the page kept for it) renders the same form. An invalid one, never kept, shows what
    // the URL says, as typed, beside what is wrong with it.
    let shown = match Filter::from_query(&query.to_query_string()) {
        Ok(filter) => Shown::Read(filter),
        Err(_) => Shown::Typed(query),
    };
    let text = |key: &str| shown.text(key);
    let has = |key: &str, value: &str| shown.has(key, value);
    let checkbox = |key: &'static str, code: &'static str, label: &'static str, class: String| {
        view! {
            <label class=class>
                <input type="checkbox" name=key value=code checked=has(key, code) />
                <span>{label}</span>
            </label>
        }
    };
    let categories = Category::ALL.map(|category| {
        let code = category.code();
        checkbox(
            "category",
            code,
            category.label(),
            format!("toggle cat-{code}"),
        )
    });
    let actors =
        Actor::ALL.map(|actor| checkbox("actor", actor.code(), actor.name(), "toggle".into()));
    let date_input = |key: &'static str, label: &'static str| {
        let id = format!("filter-{key}");
        let label_for = id.clone();
        view! {
            <label class="filters__date" for=label_for>
                {label}
                <input
                    id=id
                    name=key
                    inputmode="numeric"
                    pattern=DATE_PATTERN
                    placeholder="YYYY-MM-DD"
                    title="A year, a month or a day: 2019, 2019-07 or 2019-07-04"
                    value=text(key)
                />
            </label>
        }
    };
    view! {
        <form method="get" action="/" class="filters" role="search" data-in-place="">
            <div class="filters__search">
                <label for="filter-q">"Search"</label>
                <input
                    id="filter-q"
                    type="search"
                    name="q"
                    maxlength=MAX_QUERY_CHARS
                    placeholder="GSOMIA, 징용, 輸出規制 …"
                    value=text("q")
                />
                <button type="submit">"Apply filters"</button>
            </div>
            <fieldset class="filters__group">
                <legend>"Categories"</legend>
                {categories}
            </fieldset>
            <fieldset class="filters__group">
                <legend>"Actors"</legend>
                {actors}
            </fieldset>
            <fieldset class="filters__group filters__dates">
                <legend>"Dates"</legend>
                {date_input("from", "From")}
                {date_input("to", "To")}
            </fieldset>
        </form>
    }
}

/// What the filter form shows: the filter the server read, or the query as typed.
enum Shown {
    Read(Filter),
    Typed(ParamsMap),
}

impl Shown {
    fn text(&self, key: &str) -> String {
        match self {
            Shown::Read(filter) => match key {
                "q" => filter.text.clone(),
                "from" => filter.from.map(|date| date.to_string()),
                "to" => filter.to.map(|date| date.to_string()),
                _ => None,
            }
            .unwrap_or_default(),
            Shown::Typed(query) => query.get(key).unwrap_or_default(),
        }
    }

    fn has(&self, key: &str, code: &str) -> bool {
        match self {
            Shown::Read(filter) => match key {
                "category" => filter.categories.iter().any(|c| c.code() == code),
                "actor" => filter.actors.iter().any(|a| a.code() == code),
                _ => false,
            },
            Shown::Typed(query) => query
                .get_all(key)
                .is_some_and(|values| values.iter().any(|v| v == code)),
        }
    }
}
