//! Integration tests: the real app driven in-process, on a fresh database per test.
#![cfg(feature = "ssr")]

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
