//! Everything that runs on the server only.

mod cache;
mod canonical;
pub mod cli;
pub mod config;
pub mod db;
mod json_api;
pub mod seed;
mod serve;
mod state;
pub mod store;
pub mod synthetic;

pub use serve::{Application, prepare, router};
pub use state::AppState;
