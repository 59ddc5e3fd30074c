//! `/login`: a plain form that posts to the server, so it works without JavaScript.

use crate::components::{PageTitle, posted};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_query_map;
use serde::{Deserialize, Serialize};

/// The form as the server hands it back after a refused attempt.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SignInForm {
    pub username: String,
    /// Where to go after signing in.
    pub next: String,
    /// Why the last attempt was refused.
    pub message: Option<String>,
}

/// Where an editor may be sent after signing in: a page of the admin, never another site.
pub fn admin_destination(next: &str) -> &str {
    // Printable ASCII only (a real path arrives percent-encoded): anything else could not
    // go in a Location header.
    let local = next.starts_with("/admin")
        && !next.contains("//")
        && !next.contains('\\')
        && next.chars().all(|c| c.is_ascii_graphic());
    if local { next } else { "/admin" }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let query = use_query_map();
    let form = Resource::new(|| (), |()| posted::<SignInForm>());
    view! {
        <PageTitle text="Sign in" />
        <Meta name="robots" content="noindex" />
        <section class="form-page">
            <h1>"Sign in"</h1>
            <p class="form-page__lede">"For editors of the timeline."</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let form = form.await;
                    let next = if form.next.is_empty() {
                        query.read_untracked().get("next").unwrap_or_default()
                    } else {
                        form.next
                    };
                    let next = admin_destination(&next).to_owned();
                    view! {
                        {form
                            .message
                            .map(|message| {
                                view! {
                                    <p class="form-error" role="alert">
                                        {message}
                                    </p>
                                }
                            })}
                        <form class="form" method="post" action="/login">
                            <input type="hidden" name="next" value=next />
                            <label for="username">"Username"</label>
                            <input
                                id="username"
                                name="username"
                                autocomplete="username"
                                required
                                maxlength="64"
                                value=form.username
                            />
                            <label for="password">"Password"</label>
                            <input
                                id="password"
                                name="password"
                                type="password"
                                autocomplete="current-password"
                                required
                            />
                            <button class="button" type="submit">
                                "Sign in"
                            </button>
                        </form>
                    }
                })}
            </Suspense>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::admin_destination;

    #[test]
    fn only_admin_pages_are_destinations() {
        assert_eq!(admin_destination("/admin/audit"), "/admin/audit");
        assert_eq!(admin_destination("/admin?q=treaty"), "/admin?q=treaty");
        for elsewhere in [
            "",
            "/",
            "https://evil.example",
            "//evil.example",
            "/admin//x",
            "/admin\\x",
        ] {
            assert_eq!(admin_destination(elsewhere), "/admin", "{elsewhere}");
        }
    }
}
