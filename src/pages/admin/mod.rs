//! The editors' pages under `/admin`. The server lets only signed-in editors reach them.

mod audit;
mod event_form;
mod events;

pub use audit::AuditPage;
pub use event_form::EventFormPage;
pub use events::AdminEventsPage;

use leptos::prelude::*;

/// The admin's own navigation, with the sign-out button (a form post: signing out changes
/// state, so it is never a link).
#[component]
fn AdminNav() -> impl IntoView {
    view! {
        <nav class="admin-nav" aria-label="Admin">
            <a href="/admin">"Events"</a>
            <a href="/admin/events/new">"New event"</a>
            <a href="/admin/audit">"Audit trail"</a>
            <form method="post" action="/logout">
                <button class="button button--quiet" type="submit">
                    "Sign out"
                </button>
            </form>
        </nav>
    }
}

/// What an admin page shows when its data could not be loaded, e.g. a session that ended.
#[component]
fn AdminProblem(message: String) -> impl IntoView {
    view! {
        <div class="notice" role="alert">
            <p>{message}</p>
            <p>
                <a class="button" href="/login">
                    "Sign in"
                </a>
            </p>
        </div>
    }
}
