use crate::components::{PageTitle, set_status};
use leptos::prelude::*;
use leptos_meta::Meta;
use serde::{Deserialize, Serialize};

/// The page for any unknown path or event: status 404, and a way back.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <Missing
            status=404
            title="Page not found"
            heading="This page is not in the timeline"
            explanation="The link may be mistyped, or the event may have been removed. \
                         Every event is listed on the timeline."
        />
    }
}

/// The page of an event that editors have withdrawn: status 410, so that search engines
/// drop it, and a word for readers who followed an old link.
#[component]
pub fn Gone() -> impl IntoView {
    view! {
        <Missing
            status=410
            title="Event withdrawn"
            heading="This event has been withdrawn"
            explanation="The editors have removed it from the timeline, for example because \
                         it duplicated another entry or could not be confirmed."
        />
    }
}

/// A page for something that is not (or no longer) here, with a way back to the timeline.
#[component]
fn Missing(
    status: u16,
    title: &'static str,
    heading: &'static str,
    explanation: &'static str,
) -> impl IntoView {
    set_status(status);
    view! {
        <PageTitle text=title />
        <Meta name="robots" content="noindex" />
        <section class="notice">
            <h1>{heading}</h1>
            <p>{explanation}</p>
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
        <PageTitle text="Something went wrong" />
        <section class="notice" role="alert">
            <h1>"Something went wrong"</h1>
            <p>{message}</p>
        </section>
    }
}

/// A failed request as the site shows it. The server's fault layer renders the page at the
/// address asked for with this in context, and the app shows it in place of the page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShownFault {
    pub status: u16,
    pub message: String,
}

#[component]
pub fn FaultPage(fault: ShownFault) -> impl IntoView {
    set_status(fault.status);
    let heading = match fault.status {
        400 => "This request could not be answered",
        401 => "Please sign in again",
        403 => "Refused",
        404 => "Not found",
        410 => "Withdrawn",
        413 => "Too large to send",
        _ => "Something went wrong",
    };
    let (href, label) = if fault.status == 401 {
        ("/login", "Sign in")
    } else {
        ("/", "Go to the timeline")
    };
    view! {
        <PageTitle text=heading />
        <Meta name="robots" content="noindex" />
        <section class="notice" role="alert">
            <h1>{heading}</h1>
            <p>{fault.message}</p>
            <p>
                <a class="button" href=href>
                    {label}
                </a>
            </p>
        </section>
    }
}
