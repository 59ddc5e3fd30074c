//! The audit trail as editors read it.

use super::{EventId, Timestamp};
use serde::{Deserialize, Serialize};
use strum::{EnumString, IntoStaticStr};

/// Its code (`sign-in-failed`) is what the audit trail stores.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, EnumString, IntoStaticStr)]
#[serde(rename_all = "kebab-case")]
#[strum(serialize_all = "kebab-case")]
pub enum AuditAction {
    SignIn,
    SignInFailed,
    SignOut,
    Create,
    Edit,
    Retire,
    Restore,
    /// An editor's answer to a reader's report, with the reply.
    AcceptReport,
    DeclineReport,
}

impl AuditAction {
    /// The code stored in the database.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// One field of an event, before and after a change.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub id: i64,
    pub at: Timestamp,
    pub username: String,
    /// The address the request came from.
    pub address: String,
    pub action: AuditAction,
    pub event_id: Option<EventId>,
    pub changes: Vec<FieldChange>,
}
