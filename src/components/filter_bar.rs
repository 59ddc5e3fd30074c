//! The filter bar: a plain GET form, so it works without JavaScript. With JavaScript every
//! change navigates in place to a tidy URL, and Back and Forward step through the views.

use crate::model::{Actor, Category, MAX_QUERY_CHARS};
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::{NavigateOptions, params::ParamsMap};

/// The shape `from` and `to` take; the server checks that the date exists.
const DATE_PATTERN: &str = r"\d{4}(-\d{2}(-\d{2})?)?";

/// The filter parameters, in the order URLs write them.
const KEYS: [&str; 5] = ["q", "category", "actor", "from", "to"];

/// The timeline URL after some parameters change: other filters stay, empty values and the
/// page number go. Values are kept as typed, so that the page can explain a bad one.
fn view_url(current: &ParamsMap, changes: &[(&str, Vec<String>)]) -> String {
    let mut query = form_urlencoded::Serializer::new(String::new());
    for key in KEYS {
        let values = match changes.iter().find(|(changed, _)| *changed == key) {
            Some((_, values)) => values.clone(),
            None => current.get_all(key).unwrap_or_default(),
        };
        for value in values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()) {
            query.append_pair(key, value);
        }
    }
    let query = query.finish();
    if query.is_empty() {
        "/".to_owned()
    } else {
        format!("/?{query}")
    }
}

#[component]
pub fn FilterBar() -> impl IntoView {
    let query = use_query_map();
    let navigate = use_navigate();
    let go = move |changes: &[(&str, Vec<String>)]| {
        let url = view_url(&query.get_untracked(), changes);
        navigate(
            &url,
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    // What the URL says, as typed: shown back even when it is invalid.
    let text = move |key: &'static str| query.read().get(key).unwrap_or_default();
    let has = move |key: &'static str, value: &'static str| {
        query
            .read()
            .get_all(key)
            .is_some_and(|values| values.iter().any(|v| v == value))
    };
    let toggle = {
        let go = go.clone();
        move |key: &'static str, value: &'static str| {
            let go = go.clone();
            move |ev: leptos::ev::Event| {
                let mut values = query.get_untracked().get_all(key).unwrap_or_default();
                values.retain(|v| v != value);
                if event_target_checked(&ev) {
                    values.push(value.to_owned());
                }
                go(&[(key, values)]);
            }
        }
    };
    let retype = {
        let go = go.clone();
        move |key: &'static str| {
            let go = go.clone();
            move |ev: leptos::ev::Event| go(&[(key, vec![event_target_value(&ev)])])
        }
    };
    let (q, from, to) = (NodeRef::new(), NodeRef::new(), NodeRef::new());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = |input: NodeRef<leptos::html::Input>| {
            input
                .get_untracked()
                .map(|i| vec![i.value()])
                .unwrap_or_default()
        };
        go(&[("q", value(q)), ("from", value(from)), ("to", value(to))]);
    };
    let checkbox =
        move |key: &'static str, code: &'static str, label: &'static str, class: String| {
            view! {
                <label class=class>
                    <input
                        type="checkbox"
                        name=key
                        value=code
                        checked=move || has(key, code)
                        prop:checked=move || has(key, code)
                        on:change=toggle(key, code)
                    />
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
    let date_input =
        move |key: &'static str, label: &'static str, node: NodeRef<leptos::html::Input>| {
            let id = format!("filter-{key}");
            let label_for = id.clone();
            view! {
                <label class="filters__date" for=label_for>
                    {label}
                    <input
                        id=id
                        name=key
                        node_ref=node
                        inputmode="numeric"
                        pattern=DATE_PATTERN
                        placeholder="YYYY-MM-DD"
                        title="A year, a month or a day: 2019, 2019-07 or 2019-07-04"
                        value=move || text(key)
                        prop:value=move || text(key)
                        on:change=retype(key)
                    />
                </label>
            }
        };
    view! {
        <form method="get" action="/" class="filters" role="search" on:submit=submit>
            <div class="filters__search">
                <label for="filter-q">"Search"</label>
                <input
                    id="filter-q"
                    type="search"
                    name="q"
                    node_ref=q
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
                {date_input("from", "From", from)}
                {date_input("to", "To", to)}
            </fieldset>
        </form>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(query: &str) -> ParamsMap {
        let mut map = ParamsMap::new();
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            map.insert(key.into_owned(), value.into_owned());
        }
        map
    }

    #[test]
    fn changes_one_parameter_and_keeps_the_others() {
        let current = params("category=trade&q=export&page=3&from=");
        let url = view_url(
            &current,
            &[("category", vec!["trade".into(), "legal".into()])],
        );
        assert_eq!(url, "/?q=export&category=trade&category=legal");
        let url = view_url(&current, &[("q", vec!["  ".into()]), ("category", vec![])]);
        assert_eq!(url, "/");
    }

    #[test]
    fn keeps_invalid_values_for_the_server_to_explain() {
        let url = view_url(&params(""), &[("from", vec!["2019-13-45".into()])]);
        assert_eq!(url, "/?from=2019-13-45");
        let url = view_url(&params(""), &[("q", vec!["한일 관계".into()])]);
        assert_eq!(url, "/?q=%ED%95%9C%EC%9D%BC+%EA%B4%80%EA%B3%84");
    }
}
