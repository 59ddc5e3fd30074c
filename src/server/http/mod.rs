//! Handlers for what is not a Leptos page: the JSON API, the editors' form posts and imports,
//! signing in and out, the built files, and robots.txt and the sitemaps.

pub(crate) mod citations;
pub(crate) mod discovery;
pub(crate) mod embedding;
pub(crate) mod error;
pub(crate) mod event_forms;
pub(crate) mod exports;
pub(crate) mod extract;
pub(crate) mod feeds;
pub(crate) mod imports;
pub(crate) mod json_api;
pub(crate) mod render;
pub(crate) mod reports;
pub(crate) mod sign_in;
pub(crate) mod static_files;
pub(crate) mod timelinejs;
