//! The filter bar: a plain GET form, so it works without JavaScript. With JavaScript
//! (`src/enhance/navigation.js`) every change applies at once, in place, to a tidy URL, and
//! Back and Forward step through the views.

use super::{actor_name, category_name};
use crate::i18n::{t, use_lang};
use crate::model::{Actor, Category, Filter, FilterField, Lang, MAX_QUERY_CHARS, PartialDate};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use leptos_router::params::ParamsMap;

/// The shape `from` and `to` take; the server checks that the date exists.
const DATE_PATTERN: &str = r"\d{4}(-\d{2}(-\d{2})?)?";

#[component]
pub fn FilterBar() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map().get_untracked();
    // A valid view shows as the server reads it, so that every address of one view (and
    // the page kept for it) renders the same form. An invalid one, never kept, shows what
    // the URL says, as typed, beside what is wrong with it.
    let shown = match Filter::from_query(&query.to_query_string()) {
        Ok(filter) => Shown::Read(filter),
        Err(_) => Shown::Typed(query),
    };
    let text = |field| shown.text(field);
    let has = |field, value: &str| shown.has(field, value);
    let checkbox = |field: FilterField, code: &'static str, label: String, class: String| {
        view! {
            <label class=class>
                <input type="checkbox" name=field.name() value=code checked=has(field, code) />
                <span>{label}</span>
            </label>
        }
    };
    let categories = Category::ALL
        .iter()
        .map(|&category| {
            let code = category.code();
            checkbox(
                FilterField::Category,
                code,
                category_name(lang, category),
                format!("toggle cat-{code}"),
            )
        })
        .collect_view();
    let actors = Actor::ALL
        .iter()
        .map(|&actor| {
            checkbox(
                FilterField::Actor,
                actor.code(),
                actor_name(lang, actor),
                "toggle".into(),
            )
        })
        .collect_view();
    let date_input = |field: FilterField, label: String| {
        let id = format!("filter-{field}");
        let label_for = id.clone();
        view! {
            <label class="filters__date" for=label_for>
                {label}
                <input
                    id=id
                    name=field.name()
                    inputmode="numeric"
                    pattern=DATE_PATTERN
                    placeholder="YYYY-MM-DD"
                    title=t(lang, "date-hint")
                    value=text(field)
                />
            </label>
        }
    };
    let active = shown.active(lang).join(" · ");
    view! {
        <form method="get" action=lang.path("/") class="filters" role="search" data-in-place="">
            <div class="filters__search">
                <label for="filter-q">{t(lang, "search")}</label>
                <input
                    id="filter-q"
                    type="search"
                    name=FilterField::Q.name()
                    maxlength=MAX_QUERY_CHARS
                    placeholder=t(lang, "search-placeholder")
                    title=t(lang, "search-hint")
                    value=text(FilterField::Q)
                />
                <button type="submit">{t(lang, "apply-filters")}</button>
            </div>
            // On a phone the choices fold away under what is chosen, so that the first screen
            // shows the axis and the first events; on wider screens they are always shown.
            <details class="filters__more">
                <summary>
                    {t(lang, "filters")}
                    <span class="filters__active">{active}</span>
                </summary>
                <div class="filters__groups">
                    <fieldset class="filters__group">
                        <legend>{t(lang, "categories")}</legend>
                        {categories}
                    </fieldset>
                    <fieldset class="filters__group">
                        <legend>{t(lang, "actors")}</legend>
                        {actors}
                    </fieldset>
                    <fieldset class="filters__group">
                        <legend>{t(lang, "disputed-filter")}</legend>
                        {checkbox(FilterField::Disputed, "1", t(lang, "disputed-only"), "toggle".into())}
                    </fieldset>
                    <fieldset class="filters__group filters__dates">
                        <legend>{t(lang, "dates")}</legend>
                        {date_input(FilterField::From, t(lang, "date-from"))}
                        {date_input(FilterField::To, t(lang, "date-to"))}
                    </fieldset>
                </div>
            </details>
        </form>
    }
    .into_any()
}

/// What the filter form shows: the filter the server read, or the query as typed.
enum Shown {
    Read(Filter),
    Typed(ParamsMap),
}

impl Shown {
    /// The categories, actors and dates chosen, in words.
    fn active(&self, lang: Lang) -> Vec<String> {
        let Shown::Read(filter) = self else {
            return Vec::new();
        };
        let mut active: Vec<String> = filter
            .categories
            .iter()
            .map(|&c| category_name(lang, c))
            .chain(filter.actors.iter().map(|&a| actor_name(lang, a)))
            .collect();
        let date = |d: Option<PartialDate>| d.map(|d| d.to_string()).unwrap_or_default();
        match (filter.from, filter.to) {
            (None, None) => {}
            (Some(from), Some(to)) if from == to => active.push(from.to_string()),
            (from, to) => active.push(format!("{}–{}", date(from), date(to))),
        }
        if filter.disputed {
            active.push(t(lang, "disputed-only"));
        }
        active
    }

    /// What a text field shows: the search text or a date.
    fn text(&self, field: FilterField) -> String {
        match self {
            Shown::Read(filter) => match field {
                FilterField::Q => filter.text.clone(),
                FilterField::From => filter.from.map(|date| date.to_string()),
                FilterField::To => filter.to.map(|date| date.to_string()),
                _ => None,
            }
            .unwrap_or_default(),
            Shown::Typed(query) => query.get(field.name()).unwrap_or_default(),
        }
    }

    /// Whether a box is ticked: a category, an actor or the disputed flag.
    fn has(&self, field: FilterField, code: &str) -> bool {
        match self {
            Shown::Read(filter) => match field {
                FilterField::Category => filter.categories.iter().any(|c| c.code() == code),
                FilterField::Actor => filter.actors.iter().any(|a| a.code() == code),
                FilterField::Disputed => filter.disputed,
                _ => false,
            },
            Shown::Typed(query) => query
                .get_all(field.name())
                .is_some_and(|values| values.iter().any(|v| v == code)),
        }
    }
}
