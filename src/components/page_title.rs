use leptos::prelude::*;
use leptos_meta::Title;

/// The document's title. On the server leptos_meta writes the `<title>` text into the page
/// as it is, so it is escaped here first (an event titled `</title><script>…` must stay
/// text); in the browser the title is set as plain text and needs no escaping.
#[component]
pub fn PageTitle(#[prop(into)] text: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let text = text.replace('&', "&amp;").replace('<', "&lt;");
    view! { <Title text /> }
}
