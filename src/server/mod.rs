//! Everything that runs on the server only.

pub mod accounts;
mod admin_cli;
pub mod audit;
mod cache;
mod canonical;
pub mod cli;
pub mod config;
pub mod db;
mod devices;
pub mod editor_session;
mod event_forms;
mod json_api;
mod page_cache;
mod precompressed;
mod render;
pub mod security;
pub mod seed;
mod serve;
pub mod sessions;
mod sign_in;
mod state;
pub mod store;
pub mod synthetic;

pub use serve::{Application, prepare, router};
pub use state::AppState;
