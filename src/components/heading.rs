//! A heading whose level follows where the view's headings start (`HeadingLevel` in the
//! context; a page of the site when there is none).

use crate::model::HeadingLevel;
use leptos::prelude::*;

/// A heading `below` levels under the view's top heading.
#[component]
pub fn Heading(
    #[prop(optional)] below: u8,
    class: &'static str,
    #[prop(default = None)] id: Option<String>,
    #[prop(default = None)] lang: Option<&'static str>,
    children: Children,
) -> impl IntoView {
    let top = use_context::<HeadingLevel>().unwrap_or(HeadingLevel::PAGE);
    let children = children();
    match top.below(below) {
        1 => view! { <h1 class=class id=id lang=lang>{children}</h1> }.into_any(),
        2 => view! { <h2 class=class id=id lang=lang>{children}</h2> }.into_any(),
        3 => view! { <h3 class=class id=id lang=lang>{children}</h3> }.into_any(),
        4 => view! { <h4 class=class id=id lang=lang>{children}</h4> }.into_any(),
        5 => view! { <h5 class=class id=id lang=lang>{children}</h5> }.into_any(),
        _ => view! { <h6 class=class id=id lang=lang>{children}</h6> }.into_any(),
    }
}
