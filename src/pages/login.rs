//! `/login`: a plain form that posts to the server, so it works without JavaScript.

use super::admin::EditorsStylesheet;
use crate::components::{PageTitle, posted};
use crate::i18n::{t, use_lang};
use crate::model::Lang;
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

/// Where an editor may be sent after signing in: a page of the admin in any language, never
/// another site; else the admin's first page in `lang`.
pub fn admin_destination(next: &str, lang: Lang) -> String {
    // Printable ASCII only (a real path arrives percent-encoded): anything else could not
    // go in a Location header.
    let (_, path) = Lang::of_path(next);
    let local = path.starts_with("/admin")
        && next.starts_with('/')
        && !next.contains("//")
        && !next.contains('\\')
        && next.chars().all(|c| c.is_ascii_graphic());
    if local {
        next.to_owned()
    } else {
        lang.path("/admin")
    }
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let form = Resource::new(|| (), |()| posted::<SignInForm>());
    view! {
        <PageTitle text=t(lang, "sign-in") />
        <Meta name="robots" content="noindex" />
        <EditorsStylesheet />
        <section class="form-page">
            <h1>{t(lang, "sign-in")}</h1>
            <p class="form-page__lede">{t(lang, "sign-in-lede")}</p>
            <Suspense>
                {move || Suspend::new(async move {
                    let form = form.await;
                    let next = if form.next.is_empty() {
                        query.read_untracked().get("next").unwrap_or_default()
                    } else {
                        form.next
                    };
                    let next = admin_destination(&next, lang);
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
                        <form class="form" method="post" action=lang.path("/login")>
                            <input type="hidden" name="next" value=next />
                            <label for="username">{t(lang, "username")}</label>
                            <input
                                id="username"
                                name="username"
                                autocomplete="username"
                                required
                                maxlength="64"
                                value=form.username
                            />
                            <label for="password">{t(lang, "password")}</label>
                            <input
                                id="password"
                                name="password"
                                type="password"
                                autocomplete="current-password"
                                required
                            />
                            <button class="button" type="submit">
                                {t(lang, "sign-in")}
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
    use crate::model::Lang;

    #[test]
    fn only_admin_pages_are_destinations() {
        let to = |next| admin_destination(next, Lang::En);
        assert_eq!(to("/admin/audit"), "/admin/audit");
        assert_eq!(to("/admin?q=treaty"), "/admin?q=treaty");
        assert_eq!(to("/ko/admin/events/3"), "/ko/admin/events/3");
        for elsewhere in [
            "",
            "/",
            "/ko/",
            "https://evil.example",
            "//evil.example",
            "/admin//x",
            "/admin\\x",
        ] {
            assert_eq!(to(elsewhere), "/admin", "{elsewhere}");
        }
        assert_eq!(admin_destination("", Lang::Ja), "/ja/admin");
    }
}
