//! The rules a form must meet to become an event, in one place for the browser and the
//! server.

use super::{
    ChangeNote, EventDraft, EventForm, FormErrors, FormField, FormProblem, MAX_BODY_CHARS,
    MAX_NOTE_CHARS, MAX_POSITIONS, MAX_QUOTE_CHARS, MAX_RELATED, MAX_SOURCE_FIELD_CHARS,
    MAX_SOURCES, MAX_SUMMARY_CHARS, MAX_TITLE_CHARS, NewEvent, PositionForm, SourceForm,
};
use crate::model::{
    Actor, Category, DateSpan, EventDate, EventId, EventText, Holder, Lang, PartialDate, Position,
    QuoteTranslation, Source, Translation, WebUrl,
};

impl EventForm {
    /// The event the form describes, or every problem with it.
    pub fn validate(&self) -> Result<EventDraft, FormErrors> {
        let mut errors = FormErrors::default();
        let text = event_text(&mut errors, ENGLISH, &self.title, &self.summary, &self.body);
        let translations = self.translations(&mut errors);

        let start = match self.start.trim() {
            "" => {
                errors.add(FormField::Start, FormProblem::NoStart);
                None
            }
            text => date(&mut errors, FormField::Start, text),
        };
        let end = match self.end.trim() {
            "" => None,
            text => date(&mut errors, FormField::End, text),
        };
        let when = start.and_then(|start| {
            let start = EventDate {
                date: start,
                circa: self.start_circa,
            };
            let end = end.map(|date| EventDate {
                date,
                circa: self.end_circa,
            });
            DateSpan::new(start, end)
                .map_err(|_| errors.add(FormField::End, FormProblem::EndBeforeStart))
                .ok()
        });

        let category = match self.category.parse::<Category>() {
            Ok(category) => Some(category),
            Err(_) => {
                errors.add(FormField::Category, FormProblem::NoCategory);
                None
            }
        };

        let mut actors = Vec::new();
        for code in &self.actors {
            match code.parse::<Actor>() {
                Ok(actor) if !actors.contains(&actor) => actors.push(actor),
                Ok(_) => {}
                Err(_) => errors.add(FormField::Actors, FormProblem::UnknownActor(code.clone())),
            }
        }
        if actors.is_empty() && errors.get(FormField::Actors).is_none() {
            errors.add(FormField::Actors, FormProblem::NoActor);
        }

        let sources = self.sources(&mut errors);
        let positions = self.positions(&mut errors);
        let related = self.related(&mut errors);
        let note = self.note(&mut errors);

        match (text, when, category) {
            (Some(text), Some(when), Some(category)) if errors.is_empty() => Ok(EventDraft {
                event: NewEvent {
                    title: text.title,
                    summary: text.summary,
                    body: text.body,
                    when,
                    category,
                    actors,
                    sources,
                    positions,
                    translations,
                },
                related,
                note,
            }),
            _ => Err(errors),
        }
    }

    /// The note to readers, if one was written: one paragraph, within its limit. A change
    /// marked as a correction must have one, which says what it corrects.
    fn note(&self, errors: &mut FormErrors) -> Option<ChangeNote> {
        if self.note.trim().is_empty() {
            if self.correction {
                errors.add(FormField::Note, FormProblem::CorrectionWithoutNote);
            }
            return None;
        }
        let text = required_text(
            errors,
            FormField::Note,
            &self.note,
            MAX_NOTE_CHARS,
            Lines::Refused,
        )?;
        Some(ChangeNote {
            text,
            correction: self.correction,
        })
    }

    /// The translations written; one left wholly empty is not written yet. One begun must
    /// have a title and a summary, within the same limits as the English.
    fn translations(&self, errors: &mut FormErrors) -> Vec<Translation> {
        self.translations
            .iter()
            .filter(|form| !form.is_blank())
            .filter_map(|form| {
                let lang = form.lang;
                let fields = [
                    FormField::TranslatedTitle(lang),
                    FormField::TranslatedSummary(lang),
                    FormField::TranslatedBody(lang),
                ];
                let text = event_text(errors, fields, &form.title, &form.summary, &form.body)?;
                Some(Translation { lang, text })
            })
            .collect()
    }

    /// The filled-in source rows; a row left wholly empty is ignored.
    fn sources(&self, errors: &mut FormErrors) -> Vec<Source> {
        let mut sources = Vec::new();
        if self.sources.len() > MAX_SOURCES {
            errors.add(FormField::Sources, FormProblem::TooManySources);
        }
        for (row, source) in self.sources.iter().enumerate().take(MAX_SOURCES) {
            if source.is_blank() {
                continue;
            }
            let fields = [
                FormField::SourcePublisher(row),
                FormField::SourceHeadline(row),
                FormField::SourceDate(row),
                FormField::SourceUrl(row),
            ];
            if let Some(source) = source_row(errors, fields, source, Cited::Loosely) {
                sources.push(source);
            }
        }
        if sources.is_empty() && errors.get(FormField::Sources).is_none() {
            errors.add(FormField::Sources, FormProblem::NoSource);
        }
        sources
    }

    /// The filled-in position rows; a row left wholly empty is ignored. A position is
    /// someone's words, so its source must say where and when they were published, and each
    /// translation must translate them.
    fn positions(&self, errors: &mut FormErrors) -> Vec<Position> {
        if self.positions.len() > MAX_POSITIONS {
            errors.add(FormField::Positions, FormProblem::TooManyPositions);
        }
        let rows = self.positions.iter().enumerate().take(MAX_POSITIONS);
        rows.filter(|(_, form)| !form.is_blank())
            .filter_map(|(row, form)| position_row(errors, row, form))
            .collect()
    }

    fn related(&self, errors: &mut FormErrors) -> Vec<EventId> {
        if let Some(word) = self.related_words().find_map(Result::err) {
            let problem = FormProblem::NotAnEventNumber(word.to_owned());
            errors.add(FormField::Related, problem);
        }
        let ids = self.related_ids();
        if ids.len() > MAX_RELATED {
            errors.add(FormField::Related, FormProblem::TooManyRelated);
        }
        ids
    }
}
/// The fields of the English title, summary and body.
const ENGLISH: [FormField; 3] = [FormField::Title, FormField::Summary, FormField::Body];

/// The title, summary and body checked against their limits, each problem at its field
/// (`fields`: title, summary, body); an empty body is none.
fn event_text(
    errors: &mut FormErrors,
    [title_field, summary_field, body_field]: [FormField; 3],
    title: &str,
    summary: &str,
    body: &str,
) -> Option<EventText> {
    let title = required_text(errors, title_field, title, MAX_TITLE_CHARS, Lines::Refused);
    let summary = required_text(
        errors,
        summary_field,
        summary,
        MAX_SUMMARY_CHARS,
        Lines::Kept,
    );
    let body = body.trim();
    if has_hidden_character(body, Lines::Kept) {
        errors.add(body_field, FormProblem::HiddenCharacter);
        return None;
    }
    if body.chars().count() > MAX_BODY_CHARS {
        errors.add(
            body_field,
            FormProblem::TooLong {
                max: MAX_BODY_CHARS,
            },
        );
        return None;
    }
    Some(EventText {
        title: title?,
        summary: summary?,
        body: (!body.is_empty()).then(|| body.to_owned()),
    })
}

fn required_text(
    errors: &mut FormErrors,
    field: FormField,
    text: &str,
    max_chars: usize,
    lines: Lines,
) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        errors.add(field, FormProblem::Required);
        None
    } else if has_hidden_character(text, lines) {
        errors.add(field, FormProblem::HiddenCharacter);
        None
    } else if text.chars().count() > max_chars {
        errors.add(field, FormProblem::TooLong { max: max_chars });
        None
    } else {
        Some(text.to_owned())
    }
}

/// Whether a field may hold line breaks (a summary or a body, where they end paragraphs).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Lines {
    Kept,
    Refused,
}

/// Whether `text` has a control character (line breaks and tabs aside, where `lines` keeps
/// them) or a bidirectional embedding, override or isolate (U+202A–U+202E, U+2066–U+2069),
/// none of which a reader can see.
pub(crate) fn has_hidden_character(text: &str, lines: Lines) -> bool {
    text.chars().any(|c| match c {
        '\n' | '\r' | '\t' => lines == Lines::Refused,
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' => true,
        c => c.is_control(),
    })
}

/// How fully a source must be cited: an event's may lack a date or a link; a position's,
/// whose words are quoted, may not.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cited {
    Loosely,
    Fully,
}

/// A source row checked, each problem at its field (`fields`: publisher, headline, date,
/// link).
fn source_row(
    errors: &mut FormErrors,
    [publisher_field, headline_field, date_field, url_field]: [FormField; 4],
    source: &SourceForm,
    cited: Cited,
) -> Option<Source> {
    let publisher = required_text(
        errors,
        publisher_field,
        &source.publisher,
        MAX_SOURCE_FIELD_CHARS,
        Lines::Refused,
    );
    let headline = required_text(
        errors,
        headline_field,
        &source.headline,
        MAX_SOURCE_FIELD_CHARS,
        Lines::Refused,
    );
    let missing = |errors: &mut FormErrors, field| {
        if cited == Cited::Fully {
            errors.add(field, FormProblem::Required);
        }
    };
    let date = match source.date.trim() {
        "" => {
            missing(errors, date_field);
            None
        }
        text => date(errors, date_field, text),
    };
    let url = match source.url.trim() {
        "" => {
            missing(errors, url_field);
            None
        }
        text if has_hidden_character(text, Lines::Refused) => {
            errors.add(url_field, FormProblem::HiddenCharacter);
            None
        }
        text => match WebUrl::parse(text) {
            Ok(url) => Some(url),
            Err(message) => {
                errors.add(url_field, FormProblem::Url(message));
                None
            }
        },
    };
    let complete = cited == Cited::Loosely || (date.is_some() && url.is_some());
    match (publisher, headline) {
        (Some(publisher), Some(headline)) if complete => Some(Source {
            publisher,
            headline,
            date,
            url,
        }),
        _ => None,
    }
}

/// One position row checked, each problem at its field.
fn position_row(errors: &mut FormErrors, row: usize, form: &PositionForm) -> Option<Position> {
    let holder = match form.holder.trim() {
        "" => None,
        code => Holder::from_code(code).ok(),
    };
    if holder.is_none() {
        errors.add(FormField::PositionHolder(row), FormProblem::NoHolder);
    }
    let lang = form.lang.trim().parse::<Lang>().ok();
    if lang.is_none() {
        errors.add(FormField::PositionLang(row), FormProblem::NoQuoteLanguage);
    }
    let mut words = Vec::new();
    for in_lang in Lang::ALL {
        let field = FormField::PositionWords(row, in_lang);
        let text = required_text(
            errors,
            field,
            form.words(in_lang),
            MAX_QUOTE_CHARS,
            Lines::Kept,
        );
        words.push((in_lang, field, text));
    }
    let quote = lang.and_then(|lang| {
        let (_, _, quote) = words.iter().find(|(l, _, _)| *l == lang)?;
        quote.clone()
    });
    let mut translations = Vec::new();
    for (in_lang, field, text) in words {
        if Some(in_lang) == lang {
            continue;
        }
        match text {
            Some(text) if quote.as_ref() == Some(&text) => {
                errors.add(field, FormProblem::TranslationIsQuote);
            }
            Some(text) => translations.push(QuoteTranslation {
                lang: in_lang,
                text,
            }),
            None => {}
        }
    }
    let fields = [
        FormField::PositionPublisher(row),
        FormField::PositionHeadline(row),
        FormField::PositionDate(row),
        FormField::PositionUrl(row),
    ];
    let source = source_row(errors, fields, &form.source, Cited::Fully);
    match (holder, lang, quote, source) {
        (Some(holder), Some(lang), Some(quote), Some(source))
            if translations.len() == Lang::ALL.len() - 1 =>
        {
            Some(Position {
                holder,
                lang,
                quote,
                source,
                translations,
            })
        }
        _ => None,
    }
}

fn date(errors: &mut FormErrors, field: FormField, text: &str) -> Option<PartialDate> {
    text.parse::<PartialDate>()
        .map_err(|e| errors.add(field, FormProblem::Date(e)))
        .ok()
}
