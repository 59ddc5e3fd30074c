//! The filter bar: a plain GET form, so it works without JavaScript; with it, every
//! change navigates in place and the URL records the view.

use crate::model::{Actor, Category, MAX_QUERY_CHARS};
use leptos::prelude::*;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

/// The shape `from` and `to` take; the server checks that the date exists.
const DATE_PATTERN: &str = r"\d{4}(-\d{2}(-\d{2})?)?";

#[component]
pub fn FilterBar() -> impl IntoView {
    let query = use_query_map();
    // What the URL says, as typed: shown back even when it is invalid.
    let text = move |key: &'static str| query.read().get(key).unwrap_or_default();
    let has = move |key: &'static str, value: &'static str| {
        query
            .read()
            .get_all(key)
            .is_some_and(|values| values.iter().any(|v| v == value))
    };
    let submit = move |ev: leptos::ev::Event| {
        let input: leptos::web_sys::HtmlInputElement = event_target(&ev);
        if let Some(form) = input.form() {
            let _ = form.request_submit();
        }
    };
    let categories = Category::ALL.map(|category| {
        let code = category.code();
        view! {
            <label class=format!("toggle cat-{code}")>
                <input
                    type="checkbox"
                    name="category"
                    value=code
                    checked=move || has("category", code)
                    prop:checked=move || has("category", code)
                    on:change=submit
                />
                <span>{category.label()}</span>
            </label>
        }
    });
    let actors = Actor::ALL.map(|actor| {
        let code = actor.code();
        view! {
            <label class="toggle">
                <input
                    type="checkbox"
                    name="actor"
                    value=code
                    checked=move || has("actor", code)
                    prop:checked=move || has("actor", code)
                    on:change=submit
                />
                <span>{actor.name()}</span>
            </label>
        }
    });
    let date_input = move |key: &'static str, label: &'static str| {
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
                    value=move || text(key)
                    prop:value=move || text(key)
                    on:change=submit
                />
            </label>
        }
    };
    view! {
        <Form method="get" action="/" noscroll=true attr:class="filters" attr:role="search">
            <div class="filters__search">
                <label for="filter-q">"Search"</label>
                <input
                    id="filter-q"
                    type="search"
                    name="q"
                    maxlength=MAX_QUERY_CHARS
                    placeholder="GSOMIA, 징용, 輸出規制 …"
                    value=move || text("q")
                    prop:value=move || text("q")
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
        </Form>
    }
}
