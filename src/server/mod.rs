//! Everything that runs on the server only, grouped by role:
//!
//! - `startup`: configuration, the command line, building and serving the app, its state;
//! - `router`: every route and the layers a request passes through, in reading order;
//! - `middleware`: those layers (security headers and policies, failures answered in the
//!   caller's kind, the page cache, permanent links, the admin gate, the render retry);
//! - `http`: the handlers that are not Leptos pages (JSON API, form posts, sign-in, built
//!   files);
//! - `abuse`: the report form's guards (a limit per address, the form's signed ticket);
//! - `auth`: editors' accounts, sessions, known browsers, the sign-in throttle, who is asking;
//! - `import`: events from a file, read, checked by the form's rules, previewed, confirmed;
//! - `preview`: the event form's preview, the unsaved event as readers would see it;
//! - `store`: the database; every query of every table lives here;
//! - `terms`: the register of contested terms, read and checked once;
//! - `clock`: the one clock the server reads.

mod abuse;
pub mod auth;
pub mod clock;
pub(crate) mod history;
mod http;
pub(crate) mod import;
mod middleware;
mod preview;
mod router;
pub mod startup;
pub mod store;
pub(crate) mod terms;

pub(crate) use http::error::Causes;
pub use router::router;
pub use startup::AppState;
pub use startup::serve::{Application, Limits, prepare};
