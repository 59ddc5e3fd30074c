use super::raw_text;
use leptos::prelude::*;
use leptos_meta::Title;

/// The document's title: an event titled `</title><script>…` must stay text.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    view! { <Title text=raw_text(text) /> }
}
