//! The domain, shared by the server and the browser: parsing and validation live here, once.

mod actor;
mod category;
mod date;
mod event;
mod slug;

pub use actor::{Actor, UnknownActor};
pub use category::{Category, UnknownCategory};
pub use date::{DateError, DateSpan, EventDate, PartialDate, Precision, SpanError};
pub use event::{
    Event, EventId, EventLink, EventPage, Source, event_id_in, event_path, timeline_anchor,
};
pub use slug::slugify;
