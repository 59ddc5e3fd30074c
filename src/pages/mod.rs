//! The site's pages, one module each.

mod admin;
mod embed;
mod event;
mod login;
mod not_found;
mod on_this_day;
#[cfg(feature = "ssr")]
mod structured_data;
mod timeline;

pub use admin::{AdminEventsPage, AuditPage, EventFormPage, ImportPage, ImportPreviewPage};
pub use embed::{EmbedEventPage, EmbedTimelinePage};
pub use event::EventPage;
pub use login::{LoginPage, SignInForm, admin_destination};
pub use not_found::{FaultPage, Gone, LoadFailed, NotFound, ShownFault};
pub use on_this_day::OnThisDayPage;
pub use timeline::TimelinePage;
