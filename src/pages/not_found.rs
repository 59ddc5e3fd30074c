use crate::components::set_status;
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

/// The page for any unknown path or event: status 404, and a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    view! {
        <Title text="Page not found" />
        <Meta name="robots" content="noindex" />
        <section class="notice">
            <h1>"This page is not in the timeline"</h1>
            <p>
                "The link may be mistyped, or the event may have been removed. "
                "Every event is listed on the timeline."
            </p>
            <p>
                <a class="button" href="/">
                    "Go to the timeline"
                </a>
            </p>
        </section>
    }
}

/// Shown when the data could not be loaded: status 500, and the reader may try again.
#[component]
pub fn LoadFailed(message: String) -> impl IntoView {
    set_status(500);
    view! {
        <Title text="Something went wrong" />
        <section class="notice" role="alert">
            <h1>"Something went wrong"</h1>
            <p>{message}</p>
        </section>
    }
}
