//! The event form: what an editor typed (`form`), the rules it must meet (`rules`), and the
//! event it becomes.
//!
//! The browser runs `EventForm::validate` as the editor types and the server runs it again
//! on every save, so the two can never disagree.

mod form;
mod rules;
#[cfg(test)]
mod tests;

use super::{
    Actor, BadUrl, Category, DateError, DateSpan, EventContent, EventId, EventLink, Lang, Position,
    Source, Translation,
};
use serde::{Deserialize, Serialize};

pub use form::{EventForm, FormAction, PositionForm, SourceForm, TranslationForm};
pub(crate) use rules::{Lines, has_hidden_character};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 1_000;
pub const MAX_BODY_CHARS: usize = 20_000;
pub const MAX_SOURCE_FIELD_CHARS: usize = 300;
pub const MAX_SOURCES: usize = 20;
pub const MAX_RELATED: usize = 50;
pub const MAX_POSITIONS: usize = 10;
/// The longest note to readers about a change.
pub const MAX_NOTE_CHARS: usize = 500;
/// The longest quote, and the longest translation of one.
pub const MAX_QUOTE_CHARS: usize = 2_000;
/// The largest request body the server accepts. Form encoding turns each Korean or Japanese
/// character into nine bytes, so a long text in those scripts can exceed it.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// An event as editors write it: everything but its id and related events. Made only by
/// `EventForm::validate`, which seed and synthetic data go through too, so it always meets
/// the form's rules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub(crate) title: String,
    pub(crate) summary: String,
    pub(crate) body: Option<String>,
    pub(crate) when: DateSpan,
    pub(crate) category: Category,
    pub(crate) actors: Vec<Actor>,
    pub(crate) sources: Vec<Source>,
    pub(crate) positions: Vec<Position>,
    /// Its words in the languages other than English that it is written in.
    pub(crate) translations: Vec<Translation>,
}

/// A valid event from the form, with the events it relates to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDraft {
    pub event: NewEvent,
    pub related: Vec<EventId>,
    /// The editor's note to readers about this change: kept with the revision it makes,
    /// not part of the event.
    pub note: Option<ChangeNote>,
}

/// The editor's note to readers about one change, and whether the change corrects an error
/// in the event. A correction is a property of its note: the corrections log says what was
/// corrected, so there is no correction without one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeNote {
    pub text: String,
    pub correction: bool,
}

impl ChangeNote {
    /// The same note, marking no correction.
    pub fn plain(self) -> Self {
        Self {
            correction: false,
            ..self
        }
    }
}

/// A valid form, unsaved, as readers would see the event's page in one language: the editors'
/// preview, made on the server (which looks up the related events' titles).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PreviewPage {
    /// The language of the readers' page it shows.
    pub lang: Lang,
    pub content: EventContent,
    /// The related events readers would see listed, titled in `lang` where written.
    pub related: Vec<EventLink>,
}

/// A field of the form that an error can stand next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FormField {
    Title,
    Summary,
    Body,
    /// The title, summary and body in a language other than English.
    TranslatedTitle(Lang),
    TranslatedSummary(Lang),
    TranslatedBody(Lang),
    Start,
    End,
    Category,
    Actors,
    Sources,
    SourcePublisher(usize),
    SourceHeadline(usize),
    SourceDate(usize),
    SourceUrl(usize),
    Positions,
    PositionHolder(usize),
    PositionLang(usize),
    /// A position's words in a language: the quote in its own, a translation in the others.
    PositionWords(usize, Lang),
    PositionPublisher(usize),
    PositionHeadline(usize),
    PositionDate(usize),
    PositionUrl(usize),
    Related,
    /// The note to readers about the change.
    Note,
}

/// What is wrong with a field: pages word it in the editor's language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormProblem {
    Required,
    TooLong {
        max: usize,
    },
    /// A control character (NUL, ESC, BEL …) or a mark that reverses the direction of the
    /// text around it: invisible, and able to make a text read as another.
    HiddenCharacter,
    NoStart,
    Date(DateError),
    EndBeforeStart,
    NoCategory,
    UnknownActor(String),
    NoActor,
    TooManySources,
    NoSource,
    Url(BadUrl),
    TooManyPositions,
    NoHolder,
    NoQuoteLanguage,
    /// A translation that repeats the quote instead of translating it.
    TranslationIsQuote,
    NotAnEventNumber(String),
    TooManyRelated,
    UnknownRelated(EventId),
    /// A change marked as a correction without a note saying what it corrects.
    CorrectionWithoutNote,
}

/// What is wrong with a form, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors(pub Vec<(FormField, FormProblem)>);

impl FormErrors {
    pub fn get(&self, field: FormField) -> Option<&FormProblem> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, problem)| problem)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub(crate) fn add(&mut self, field: FormField, problem: FormProblem) {
        self.0.push((field, problem));
    }
}

#[cfg(feature = "ssr")]
impl NewEvent {
    /// What readers of `lang` would see of it: its words in `lang` where it is written in
    /// it, else in English.
    pub(crate) fn content_in(&self, lang: Lang) -> EventContent {
        let translation = self.translations.iter().find(|t| t.lang == lang);
        let (lang, title, summary, body) = match translation {
            Some(t) => (lang, &t.text.title, &t.text.summary, &t.text.body),
            None => (Lang::ORIGINAL, &self.title, &self.summary, &self.body),
        };
        EventContent {
            lang,
            title: title.clone(),
            summary: summary.clone(),
            body: body.clone(),
            when: self.when,
            category: self.category,
            actors: self.actors.clone(),
            sources: self.sources.clone(),
            positions: self.positions.clone(),
        }
    }

    /// The event as readers would see it with this id, in `lang` where it is written (else
    /// in English): how a revision's page shows the event as it stood.
    pub(crate) fn in_lang(&self, id: super::EventId, lang: Lang) -> super::Event {
        let content = self.content_in(lang);
        super::Event {
            id,
            lang: content.lang,
            title: content.title,
            slug: super::slugify(&self.title),
            summary: content.summary,
            body: content.body,
            when: content.when,
            category: content.category,
            actors: content.actors,
            sources: content.sources,
            positions: content.positions,
        }
    }
}
