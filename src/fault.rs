//! What can go wrong with a request, as its caller sees it: one vocabulary for the server's
//! handlers and layers, the pages' loaders and the pages that show a failure. Each kind has
//! its status and its words in every language. A fault of ours never carries its cause:
//! the server logs that once, in `server::middleware::faults`, and sends only the kind.

use crate::i18n::{t, t_with};
use crate::model::{FilterError, Lang, MAX_FORM_BYTES, MAX_IMPORT_BYTES};
use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Why a request could not be answered. Where the server can say more than the kind's own
/// words (which event is missing, what is wrong with each parameter), it says so in
/// English: the API's documented language, shown as it is on English pages.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Fault {
    /// The request asks for something that cannot be: 400.
    BadRequest {
        account: String,
        /// Each parameter that is wrong, for the API's `problems`.
        problems: Vec<FilterError>,
    },
    /// A write, or an editors' page, without a session: 401.
    SignedOut,
    Forbidden(Refusal),
    /// 404, with the server's account.
    NotFound(String),
    /// The address does not take this method (a form posted to a page, say): 405.
    MethodNotAllowed {
        method: String,
    },
    /// The request's body did not arrive in time: 408.
    TooSlow,
    /// It existed and has been withdrawn: 410, with the server's account.
    Gone(String),
    /// The body is over its address's limit: 413.
    TooLarge(Upload),
    /// The address cannot answer in the form asked for (oEmbed's XML): 501.
    NotImplemented(String),
    /// A page took too long to render, twice: 503.
    Stalled,
    /// A fault of ours: 500, and the caller learns only that it happened.
    Ours,
    /// A loader's call failed before the server answered (it could not be sent, or its
    /// answer not read). Only a browser meets this.
    Unreachable,
}

/// Why a write is refused although it is well formed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Refusal {
    /// The browser says it came from another site.
    CrossSite,
    /// An import's confirmation that its preview page did not send.
    ForeignConfirmation,
}

/// Which limit a body was over.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Upload {
    Form,
    Import,
}

impl Fault {
    pub fn status(&self) -> u16 {
        match self {
            Fault::BadRequest { .. } => 400,
            Fault::SignedOut => 401,
            Fault::Forbidden(_) => 403,
            Fault::NotFound(_) => 404,
            Fault::MethodNotAllowed { .. } => 405,
            Fault::TooSlow => 408,
            Fault::Gone(_) => 410,
            Fault::TooLarge(_) => 413,
            Fault::Ours => 500,
            Fault::NotImplemented(_) => 501,
            Fault::Stalled | Fault::Unreachable => 503,
        }
    }

    /// The page's heading and title, in `lang`.
    pub fn heading(&self, lang: Lang) -> String {
        let id = match self {
            Fault::BadRequest { .. } => "fault-400",
            Fault::SignedOut => "fault-401",
            Fault::Forbidden(_) => "fault-403",
            Fault::NotFound(_) => "fault-404",
            Fault::MethodNotAllowed { .. } => "fault-405",
            Fault::TooSlow => "fault-408",
            Fault::Gone(_) => "fault-410",
            Fault::TooLarge(_) => "fault-413",
            Fault::NotImplemented(_) => "fault-501",
            Fault::Stalled => "fault-503",
            Fault::Ours | Fault::Unreachable => "something-went-wrong",
        };
        t(lang, id)
    }

    /// What the kind means for the reader, and what they can do, in `lang`.
    pub fn explanation(&self, lang: Lang) -> String {
        let id = match self {
            Fault::BadRequest { .. } => "fault-400-explanation",
            Fault::SignedOut => "error-signed-out",
            Fault::Forbidden(Refusal::CrossSite) => "fault-403-explanation",
            Fault::Forbidden(Refusal::ForeignConfirmation) => "import-forged",
            Fault::NotFound(_) => "not-found-explanation",
            Fault::MethodNotAllowed { .. } => "fault-405-explanation",
            Fault::TooSlow => "fault-408-explanation",
            Fault::Gone(_) => "gone-explanation",
            Fault::TooLarge(Upload::Form) => {
                let limit = (MAX_FORM_BYTES / 1024).into();
                return t_with(lang, "fault-413-explanation", &[("limit", limit)]);
            }
            Fault::TooLarge(Upload::Import) => {
                let megabytes = (MAX_IMPORT_BYTES / (1024 * 1024)).into();
                return t_with(
                    lang,
                    "fault-413-import-explanation",
                    &[("megabytes", megabytes)],
                );
            }
            Fault::NotImplemented(_) => "fault-501-explanation",
            Fault::Stalled => "fault-503-explanation",
            Fault::Ours => "fault-500-explanation",
            Fault::Unreachable => "error-call",
        };
        t(lang, id)
    }

    /// What a page in `lang` says of it: the server's own account on English pages, where
    /// it has one; the kind's words in the page's language otherwise.
    pub fn said(&self, lang: Lang) -> String {
        match (lang, self.account()) {
            (Lang::ORIGINAL, Some(account)) => account.to_owned(),
            _ => self.explanation(lang),
        }
    }

    /// The server's own account, for the kinds that have one.
    fn account(&self) -> Option<&str> {
        match self {
            Fault::BadRequest { account, .. }
            | Fault::NotFound(account)
            | Fault::Gone(account)
            | Fault::NotImplemented(account) => Some(account),
            _ => None,
        }
    }
}

/// The fault in English, as the API's `error` says it.
impl fmt::Display for Fault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self, self.account()) {
            (Fault::MethodNotAllowed { method }, _) => {
                write!(f, "This address does not take a {method} request.")
            }
            (_, Some(account)) => f.write_str(account),
            (_, None) => f.write_str(&self.explanation(Lang::En)),
        }
    }
}

impl std::error::Error for Fault {}

/// The loaders' error: a call that failed on its way is `Unreachable`.
impl FromServerFnError for Fault {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(_: ServerFnErrorErr) -> Self {
        Fault::Unreachable
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_pages_show_the_account_and_others_the_kind_in_their_language() {
        let missing = Fault::NotFound("There is no event 7.".into());
        assert_eq!(missing.said(Lang::En), "There is no event 7.");
        assert_eq!(missing.said(Lang::Ko), t(Lang::Ko, "not-found-explanation"));
        assert_eq!(missing.to_string(), "There is no event 7.");
    }

    #[test]
    fn the_api_says_the_fixed_kinds_in_the_english_catalogue_s_words() {
        assert_eq!(
            Fault::Ours.to_string(),
            "Something went wrong on our side, and nothing was changed. Please try again in a \
             moment."
        );
        assert!(
            Fault::TooLarge(Upload::Form)
                .to_string()
                .contains("at most 64 KB")
        );
        let posted = Fault::MethodNotAllowed {
            method: "POST".into(),
        };
        assert_eq!(
            posted.to_string(),
            "This address does not take a POST request."
        );
    }
}
