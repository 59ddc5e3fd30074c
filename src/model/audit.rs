//! The audit trail as editors read it.

use super::EventId;
use serde::{Deserialize, Serialize};
use std::str::FromStr;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditAction {
    SignIn,
    SignInFailed,
    SignOut,
    Create,
    Edit,
    Retire,
    Restore,
}

impl AuditAction {
    /// The code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            AuditAction::SignIn => "sign-in",
            AuditAction::SignInFailed => "sign-in-failed",
            AuditAction::SignOut => "sign-out",
            AuditAction::Create => "create",
            AuditAction::Edit => "edit",
            AuditAction::Retire => "retire",
            AuditAction::Restore => "restore",
        }
    }
}

impl FromStr for AuditAction {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        [
            AuditAction::SignIn,
            AuditAction::SignInFailed,
            AuditAction::SignOut,
            AuditAction::Create,
            AuditAction::Edit,
            AuditAction::Retire,
            AuditAction::Restore,
        ]
        .into_iter()
        .find(|action| action.code() == code)
        .ok_or_else(|| format!("unknown audit action {code:?}"))
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
    /// When, as `YYYY-MM-DD HH:MM:SS` UTC.
    pub at: String,
    pub username: String,
    /// The address the request came from.
    pub address: String,
    pub action: AuditAction,
    pub event_id: Option<EventId>,
    pub changes: Vec<FieldChange>,
}
