//! The rules a reader's report and an editor's answer must meet, in one place.

use super::{
    Answer, AnswerForm, MAX_EMAIL_CHARS, MAX_REPORT_CHARS, MAX_REPORT_SOURCE_CHARS, NewReport,
    ReportErrors, ReportField, ReportForm, ReportProblem, ReportState,
};
use crate::model::draft::{Lines, has_hidden_character};

impl ReportForm {
    /// The report the form describes, or every problem with it.
    pub fn validate(&self) -> Result<NewReport, ReportErrors> {
        let mut errors = ReportErrors::default();
        let what = text(&mut errors, ReportField::What, &self.what, MAX_REPORT_CHARS);
        let source = text(
            &mut errors,
            ReportField::Source,
            &self.source,
            MAX_REPORT_SOURCE_CHARS,
        );
        let email = text(
            &mut errors,
            ReportField::Email,
            &self.email,
            MAX_EMAIL_CHARS,
        );
        let email = email.filter(|email| {
            let shaped = is_email_shaped(email);
            if !shaped {
                errors
                    .0
                    .push((ReportField::Email, ReportProblem::NotAnEmail));
            }
            shaped
        });
        if what.is_none() && errors.get(ReportField::What).is_none() {
            errors
                .0
                .insert(0, (ReportField::What, ReportProblem::Required));
        }
        match (errors.is_empty(), what) {
            (true, Some(what)) => Ok(NewReport {
                what,
                source,
                email,
            }),
            _ => Err(errors),
        }
    }
}

impl AnswerForm {
    /// The answer the form describes: a decision and a reply, both required.
    pub fn validate(&self) -> Result<Answer, ReportProblem> {
        let state = match self.decision.as_str() {
            "accept" => ReportState::Accepted,
            "decline" => ReportState::Declined,
            _ => return Err(ReportProblem::Required),
        };
        let mut errors = ReportErrors::default();
        match text(
            &mut errors,
            ReportField::What,
            &self.reply,
            MAX_REPORT_CHARS,
        ) {
            Some(reply) => Ok(Answer { state, reply }),
            None => Err(errors
                .0
                .pop()
                .map_or(ReportProblem::Required, |(_, problem)| problem)),
        }
    }
}

/// A field's text, trimmed, or `None` when it is empty or breaks a rule (which is added to
/// `errors`).
fn text(errors: &mut ReportErrors, field: ReportField, text: &str, max: usize) -> Option<String> {
    let text = text.trim();
    let lines = match field {
        ReportField::Email => Lines::Refused,
        ReportField::What | ReportField::Source => Lines::Kept,
    };
    if text.is_empty() {
        None
    } else if has_hidden_character(text, lines) {
        errors.0.push((field, ReportProblem::HiddenCharacter));
        None
    } else if text.chars().count() > max {
        errors.0.push((field, ReportProblem::TooLong { max }));
        None
    } else {
        Some(text.to_owned())
    }
}

/// Whether `email` has the shape of an address: a local part, one `@`, and a domain of two
/// labels or more, with no spaces or characters that only quoted forms allow. Whether it
/// reaches anyone is not checked: nothing is sent to it.
fn is_email_shaped(email: &str) -> bool {
    let Some((local, domain)) = email.rsplit_once('@') else {
        return false;
    };
    let plain = |c: char| !c.is_whitespace() && !"@<>()[]\\,;:\"".contains(c);
    !local.is_empty()
        && local.chars().count() <= 64
        && local.chars().all(plain)
        && domain.contains('.')
        && domain
            .split('.')
            .all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'))
        && domain.chars().all(plain)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(what: &str, source: &str, email: &str) -> ReportForm {
        ReportForm {
            what: what.into(),
            source: source.into(),
            email: email.into(),
        }
    }

    #[test]
    fn a_report_needs_only_what_is_wrong() {
        let report = form("  The date is 1965, not 1956. ", "", "")
            .validate()
            .unwrap();
        assert_eq!(report.what(), "The date is 1965, not 1956.");
        assert_eq!((report.source(), report.email()), (None, None));
        let errors = form(" ", "https://example.org", "").validate().unwrap_err();
        assert_eq!(errors.0, vec![(ReportField::What, ReportProblem::Required)]);
    }

    #[test]
    fn each_field_has_its_limit() {
        let long = "가".repeat(MAX_REPORT_CHARS + 1);
        let errors = form(&long, &"x".repeat(501), "").validate().unwrap_err();
        assert_eq!(
            errors.get(ReportField::What),
            Some(&ReportProblem::TooLong {
                max: MAX_REPORT_CHARS
            })
        );
        assert_eq!(
            errors.get(ReportField::Source),
            Some(&ReportProblem::TooLong {
                max: MAX_REPORT_SOURCE_CHARS
            })
        );
        let hidden = form("a\u{202E}b", "", "").validate().unwrap_err();
        assert_eq!(
            hidden.get(ReportField::What),
            Some(&ReportProblem::HiddenCharacter)
        );
    }

    #[test]
    fn an_email_address_is_checked_for_its_shape_only() {
        for good in [
            "mina@example.org",
            "a.b+c@mail.example.co.kr",
            "이름@예시.한국",
        ] {
            let report = form("x", "", good).validate().unwrap();
            assert_eq!(report.email(), Some(good));
        }
        for bad in [
            "mina",
            "mina@",
            "@example.org",
            "mina@example",
            "a b@example.org",
            "mina@exa mple.org",
            "mina@-x.org",
            "<a@b.org>",
            "a@b..org",
        ] {
            let errors = form("x", "", bad).validate().unwrap_err();
            assert_eq!(
                errors.get(ReportField::Email),
                Some(&ReportProblem::NotAnEmail),
                "{bad}"
            );
        }
    }

    #[test]
    fn an_answer_is_a_decision_with_a_reply() {
        let answer = |decision: &str, reply: &str| {
            AnswerForm {
                decision: decision.into(),
                reply: reply.into(),
            }
            .validate()
        };
        let accepted = answer("accept", " Corrected the date. ").unwrap();
        assert_eq!(accepted.state(), ReportState::Accepted);
        assert_eq!(accepted.reply(), "Corrected the date.");
        assert_eq!(
            answer("decline", "x").unwrap().state(),
            ReportState::Declined
        );
        assert_eq!(answer("decline", " "), Err(ReportProblem::Required));
        assert_eq!(answer("new", "x"), Err(ReportProblem::Required));
    }
}
