//! Starting the app: configuration, the command line, building and serving, and the state
//! every handler reaches.

mod admin_cli;
pub mod cli;
pub mod config;
pub mod serve;
mod state;

pub use state::{AppState, Shared};
