//! Pieces of UI shared by the pages.

mod event_card;
mod event_facts;
mod status;

pub use event_card::EventCard;
pub use event_facts::{ActorList, CategoryBadge, SourceList, When};
pub use status::set_status;
