//! The site's pages, one module each.

mod event;
mod not_found;
mod timeline;

pub use event::EventPage;
pub use not_found::{LoadFailed, NotFound};
pub use timeline::TimelinePage;
