//! The editors' pages under `/admin`. The server lets only signed-in editors reach them.

mod audit;
mod event_form;
mod events;
mod import;
mod reports;
mod revisions;

pub use audit::AuditPage;
pub use event_form::EventFormPage;
pub use events::AdminEventsPage;
pub use import::{ImportPage, ImportPreviewPage};
pub use reports::{AdminReportPage, AdminReportsPage};
pub use revisions::RevisionsPage;

use crate::fault::Fault;
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::reports::new_reports_count;
use crate::stylesheets;
use leptos::prelude::*;
use leptos_meta::Stylesheet;

/// The editors' styles, which readers' pages do not load (see `stylesheets`).
#[component]
pub(crate) fn EditorsStylesheet() -> impl IntoView {
    view! { <Stylesheet href=stylesheets::editors_href() /> }
}

/// The admin's own navigation, with the sign-out button (a form post: signing out changes
/// state, so it is never a link).
#[component]
fn AdminNav() -> impl IntoView {
    let lang = use_lang();
    let new_reports = Resource::new(|| (), |()| new_reports_count());
    view! {
        <EditorsStylesheet />
        <nav class="admin-nav" aria-label=t(lang, "admin")>
            <a href=lang.path("/admin")>{t(lang, "admin-events")}</a>
            <a href=lang.path("/admin/events/new")>{t(lang, "admin-new-event")}</a>
            <a href=lang.path("/admin/reports")>
                {t(lang, "admin-reports")}
                <Suspense>
                    {move || Suspend::new(async move {
                        new_reports.await.ok().filter(|count| *count > 0).map(|count| {
                            let count = u64::try_from(count).unwrap_or_default();
                            view! {
                                " "
                                <span class="count-badge">
                                    {t_with(lang, "admin-reports-new", &[("count", count.into())])}
                                </span>
                            }
                        })
                    })}
                </Suspense>
            </a>
            <a href=lang.path(crate::paths::IMPORT)>{t(lang, "admin-import")}</a>
            <a href=lang.path("/admin/audit")>{t(lang, "admin-audit")}</a>
            <form method="post" action=lang.path("/logout")>
                <button class="button button--quiet" type="submit">
                    {t(lang, "sign-out")}
                </button>
            </form>
        </nav>
    }
}

/// What an admin page shows when its data could not be loaded, e.g. a session that ended.
#[component]
fn AdminProblem(error: Fault) -> impl IntoView {
    let lang = use_lang();
    view! {
        <div class="notice" role="alert">
            <p>{error.said(lang)}</p>
            <p>
                <a class="button" href=lang.path("/login")>
                    {t(lang, "sign-in")}
                </a>
            </p>
        </div>
    }
}
