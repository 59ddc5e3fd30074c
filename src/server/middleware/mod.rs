//! The layers around every route (see `router` for their order): the language in the
//! address, security headers and
//! policies, failures written out in the caller's kind, the cache of readers' pages,
//! permanent-link redirects, the admin gate, and the retry of stalled renders.

pub(crate) mod admin_gate;
pub(crate) mod canonical;
pub(crate) mod faults;
pub(crate) mod language;
pub(crate) mod page_cache;
pub(crate) mod retry;
pub(crate) mod security;
