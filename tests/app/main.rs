//! Integration tests: the real app driven in-process, on a fresh database per test.
#![cfg(feature = "ssr")]

mod api;
mod filters;
mod pages;
mod seed;
mod support;
