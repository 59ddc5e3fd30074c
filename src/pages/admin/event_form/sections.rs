//! The event form's parts, each folding under its name: the texts in each language, dates and
//! classification, sources, positions, related events. An event with four sources fills
//! several screens; editors open the part they came to change. A part with a problem from the
//! last post opens by itself, and so does every part of a new event.

use crate::model::{FormErrors, FormField, Lang};
use leptos::prelude::*;

/// A part of the event form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Part {
    Texts(Lang),
    DatesAndClassification,
    Sources,
    Positions,
    Related,
}

impl Part {
    /// The part a field is in; the note for readers is in none, but beside the Save button.
    fn of(field: FormField) -> Option<Part> {
        use FormField::*;
        let part = match field {
            Title | Summary | Body => Part::Texts(Lang::En),
            TranslatedTitle(lang) | TranslatedSummary(lang) | TranslatedBody(lang) => {
                Part::Texts(lang)
            }
            Start | End | Category | Actors => Part::DatesAndClassification,
            Sources | SourcePublisher(_) | SourceHeadline(_) | SourceDate(_) | SourceUrl(_) => {
                Part::Sources
            }
            Positions | PositionHolder(_) | PositionLang(_) | PositionWords(..)
            | PositionPublisher(_) | PositionHeadline(_) | PositionDate(_) | PositionUrl(_) => {
                Part::Positions
            }
            Related => Part::Related,
            Note => return None,
        };
        Some(part)
    }

    /// Whether it starts open: on a new event, on an event's English texts, and wherever the
    /// last post found a problem.
    pub(super) fn opens(self, new_event: bool, errors: &FormErrors) -> bool {
        new_event
            || self == Part::Texts(Lang::En)
            || errors
                .0
                .iter()
                .any(|(field, _)| Part::of(*field) == Some(self))
    }

    fn id(self) -> String {
        match self {
            Part::Texts(lang) => format!("part-texts-{}", lang.code()),
            Part::DatesAndClassification => "part-dates".into(),
            Part::Sources => "part-sources".into(),
            Part::Positions => "part-positions".into(),
            Part::Related => "part-related".into(),
        }
    }
}

/// A part of the form under its name, folded or open. The name is a heading, so the parts can
/// be found by heading as well as by their place.
#[component]
pub(super) fn Section(
    part: Part,
    #[prop(into)] name: String,
    /// The language of the name, when not the page's (a language's own name).
    #[prop(optional)]
    lang: Option<&'static str>,
    open: bool,
    children: Children,
) -> impl IntoView {
    view! {
        <details class="form__part" id=part.id() open=open>
            <summary>
                <h2 lang=lang>{name}</h2>
            </summary>
            <div class="form__part-body">{children()}</div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::FormProblem;

    #[test]
    fn a_part_with_a_problem_opens_and_the_others_stay_folded() {
        let errors = FormErrors(vec![(FormField::SourceUrl(2), FormProblem::Required)]);
        assert!(Part::Sources.opens(false, &errors));
        assert!(Part::Texts(Lang::En).opens(false, &errors));
        assert!(!Part::Texts(Lang::Ko).opens(false, &errors));
        assert!(!Part::Positions.opens(false, &errors));
        assert!(Part::Positions.opens(true, &FormErrors::default()));
        let korean = FormErrors(vec![(
            FormField::TranslatedSummary(Lang::Ko),
            FormProblem::Required,
        )]);
        assert!(Part::Texts(Lang::Ko).opens(false, &korean));
        assert!(!Part::Texts(Lang::Ja).opens(false, &korean));
    }
}
