//! The domain, shared by the server and the browser: parsing and validation live here, once.

mod actor;
mod category;
mod date;
mod event;
mod filter;
mod slug;

pub use actor::{Actor, UnknownActor};
pub use category::{Category, UnknownCategory};
pub use date::{DateError, DateSpan, EventDate, MAX_YEAR, PartialDate, Precision, SpanError};
pub use event::{
    Event, EventId, EventLink, EventPage, Source, YearCount, event_id_in, event_path,
    timeline_anchor,
};
pub use filter::{
    Filter, FilterError, FilterErrors, FilterField, MAX_QUERY_CHARS, PAGE_SIZE, page_number,
    page_offset,
};
pub use slug::slugify;
