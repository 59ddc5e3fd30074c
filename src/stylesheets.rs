//! The editors' stylesheet, apart from the readers' (`style/main.css`, which cargo-leptos
//! builds into `/pkg`), so that a reader's first visit does not carry the forms' and the
//! admin's styles.

use std::hash::{DefaultHasher, Hash, Hasher};

/// Where it is served.
pub const EDITORS_PATH: &str = "/editors.css";

/// Its content, built into the server.
pub const EDITORS: &str = include_str!("../style/editors.css");

/// Its address with a hash of its content: each version has an address of its own, so a
/// browser may keep it for good, as it keeps the built files.
pub fn editors_href() -> String {
    let mut hasher = DefaultHasher::new();
    EDITORS.hash(&mut hasher);
    format!("{EDITORS_PATH}?v={:016x}", hasher.finish())
}
