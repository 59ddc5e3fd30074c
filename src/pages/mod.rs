//! The site's pages, one module each.

mod admin;
mod corrections;
mod embed;
mod event;
mod history;
mod login;
mod not_found;
mod on_this_day;
mod report;
#[cfg(feature = "ssr")]
mod structured_data;
mod terms;
mod timeline;

pub use admin::{
    AdminEventsPage, AdminReportPage, AdminReportsPage, AuditPage, EventFormPage, ImportPage,
    ImportPreviewPage, RevisionsPage,
};
pub use corrections::CorrectionsPage;
pub use embed::{EmbedEventPage, EmbedTimelinePage};
pub use event::EventPage;
pub use history::{HistoryPage, RevisionPageView};
pub use login::{LoginPage, SignInForm, admin_destination};
pub use not_found::{FaultPage, Gone, LoadFailed, NotFound};
pub use on_this_day::OnThisDayPage;
pub use report::{ReportPage, ReportStatusPage};
pub use terms::TermsPage;
pub use timeline::TimelinePage;
