//! Page loaders: the server functions through which pages reach their data while they are
//! rendered on the server (readers' pages in `readers`, the admin's in `editors`, reports of errors for both in
//! `reports`). They are
//! not the JSON API (`server::http::json_api`), and nothing in the browser calls them, so
//! they are not offered over HTTP.

pub mod editors;
pub mod history;
pub mod readers;
pub mod reports;
