//! Pieces of UI shared by the pages.

mod cite;
mod event_card;
mod event_details;
mod event_facts;
mod field_diffs;
mod filter_bar;
mod heading;
mod highlight;
mod languages;
mod page_title;
mod positions;
mod posted;
mod raw_text;
mod report_form;
mod status;
mod take_away;
mod term_links;
mod time_axis;

pub use cite::{CitationTags, Cite};
pub use event_card::EventCard;
pub use event_details::{EventDetails, LinkTo};
pub use event_facts::{
    ActorList, CategoryBadge, Citation, SourceList, When, actor_name, category_name, holder_name,
    untranslated,
};
pub use field_diffs::FieldDiffs;
pub(crate) use field_diffs::language_name;
pub use filter_bar::FilterBar;
pub use heading::Heading;
pub use highlight::Highlighted;
pub(crate) use languages::site_origin;
pub use languages::{LanguageSwitcher, PageAddresses};
pub use page_title::PageTitle;
pub use positions::Positions;
pub use posted::posted;
pub use raw_text::raw_text;
pub use report_form::{ErrorReportForm, problem_words};
pub use status::set_status;
pub use take_away::TakeAway;
pub use term_links::with_term_links;
pub use time_axis::TimeAxis;
