//! Editors: their accounts and passwords, sessions, the browsers they have signed in from,
//! the sign-in throttle's policy, and who is asking on a given request.

pub mod accounts;
pub(crate) mod cookies;
pub(crate) mod devices;
pub(crate) mod editor_session;
pub mod sessions;
pub(crate) mod throttle;
