//! Integration tests: the real app driven in-process, each on a fresh copy of a database
//! seeded once per run. `make test` runs them (they need the `test-support` feature).
#![cfg(feature = "ssr")]
#[cfg(not(feature = "test-support"))]
compile_error!("the integration tests need the test-support feature: run `make test-rust`");

mod api;
mod axis;
mod caching;
mod citations;
mod client;
mod connections;
mod corrections;
mod database;
mod discovery;
mod durability;
mod editing;
mod editors;
mod embeds;
mod exports;
mod fault_log;
mod faults;
mod feeds;
mod filters;
mod http;
mod imports;
mod languages;
mod pages;
mod positions;
mod postgres_only;
mod previews;
mod reports;
mod revisions;
mod security;
mod seed;
mod servers;
mod support;
mod terms;
mod times;
mod translations;
mod upgrades;
