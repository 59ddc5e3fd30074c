//! Integration tests: the real app driven in-process, each on a fresh copy of a database
//! seeded once per run. `make test` runs them (they need the `test-support` feature).
#![cfg(feature = "test-support")]

mod api;
mod axis;
mod caching;
mod connections;
mod durability;
mod editing;
mod editors;
mod faults;
mod filters;
mod http;
mod languages;
mod pages;
mod security;
mod seed;
mod support;
mod translations;
mod upgrades;
