//! korea-japan-timeline: a curated, sourced, interactive timeline of South Korea–Japan
//! relations. One crate, two builds: `ssr` (the axum server) and `hydrate` (the browser).

// The browser build's optimised layout of the editors' larger views (the event form, the
// import's preview) nests deeper than the compiler's default of 128 queries.
#![recursion_limit = "256"]

pub mod app;
pub mod components;
pub mod embeds;
pub mod fault;
pub mod i18n;
pub mod loaders;
pub mod markup;
pub mod model;
pub mod pages;
pub mod paths;
#[cfg(feature = "ssr")]
pub mod server;
pub mod stylesheets;

/// The browser's entry point: brings the islands on the page to life.
#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    leptos::mount::hydrate_islands();
}
