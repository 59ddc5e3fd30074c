//! The event form: what an editor typed, the rules it must meet, and the event it becomes.
//!
//! The browser runs `EventForm::validate` as the editor types and the server runs it again
//! on every save, so the two can never disagree.

use super::{
    Actor, Category, DateSpan, Event, EventDate, EventId, EventText, PartialDate, Source,
    Translation,
};
use serde::{Deserialize, Serialize};

pub const MAX_TITLE_CHARS: usize = 200;
pub const MAX_SUMMARY_CHARS: usize = 1_000;
pub const MAX_BODY_CHARS: usize = 20_000;
pub const MAX_SOURCE_FIELD_CHARS: usize = 300;
pub const MAX_URL_CHARS: usize = 2_000;
pub const MAX_SOURCES: usize = 20;
pub const MAX_RELATED: usize = 50;
/// The largest request body the server accepts. Form encoding turns each Korean or Japanese
/// character into nine bytes, so a long text in those scripts can exceed it.
pub const MAX_FORM_BYTES: usize = 64 * 1024;

/// An event as editors write it: everything but its id and related events. Seed data and
/// synthetic data are written the same way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewEvent {
    pub title: String,
    pub summary: String,
    pub body: Option<String>,
    pub when: DateSpan,
    pub category: Category,
    pub actors: Vec<Actor>,
    pub sources: Vec<Source>,
    /// Its words in languages other than English (the form edits English only).
    pub translations: Vec<Translation>,
}

/// A valid event from the form, with the events it relates to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventDraft {
    pub event: NewEvent,
    pub related: Vec<EventId>,
}

/// One row of the sources table, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceForm {
    pub publisher: String,
    pub headline: String,
    pub date: String,
    pub url: String,
}

/// The event form as typed: every field is text (or a tick) until it is validated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventForm {
    pub title: String,
    pub summary: String,
    pub body: String,
    pub start: String,
    pub start_circa: bool,
    pub end: String,
    pub end_circa: bool,
    pub category: String,
    pub actors: Vec<String>,
    pub sources: Vec<SourceForm>,
    /// Ids of related events, separated by commas or spaces.
    pub related: String,
    /// The version of the event the form was filled from (empty for a new event), so that a
    /// save can tell whether someone else saved in between.
    pub version: String,
}

/// A field of the form that an error can stand next to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum FormField {
    Title,
    Summary,
    Body,
    Start,
    End,
    Category,
    Actors,
    Sources,
    SourcePublisher(usize),
    SourceHeadline(usize),
    SourceDate(usize),
    SourceUrl(usize),
    Related,
}

/// What is wrong with a form, field by field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FormErrors(pub Vec<(FormField, String)>);

impl FormErrors {
    pub fn get(&self, field: FormField) -> Option<&str> {
        self.0
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, message)| message.as_str())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn add(&mut self, field: FormField, message: impl Into<String>) {
        self.0.push((field, message.into()));
    }
}

/// What the editor asked for by the button they pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormAction {
    Save,
    AddSource,
    RemoveSource(usize),
}

impl EventForm {
    /// A form for a new event: one empty source row to fill in.
    pub fn blank() -> Self {
        Self {
            sources: vec![SourceForm::default()],
            ..Self::default()
        }
    }

    /// The form showing an existing event (without its version).
    pub fn of(event: &Event, related: &[EventId]) -> Self {
        let (start, end) = (event.when.start(), event.when.end());
        Self {
            title: event.title.clone(),
            summary: event.summary.clone(),
            body: event.body.clone().unwrap_or_default(),
            start: start.date.to_string(),
            start_circa: start.circa,
            end: end.map(|d| d.date.to_string()).unwrap_or_default(),
            end_circa: end.is_some_and(|d| d.circa),
            category: event.category.code().to_owned(),
            actors: event.actors.iter().map(|a| a.code().to_owned()).collect(),
            sources: event
                .sources
                .iter()
                .map(|s| SourceForm {
                    publisher: s.publisher.clone(),
                    headline: s.headline.clone(),
                    date: s.date.map(|d| d.to_string()).unwrap_or_default(),
                    url: s.url.clone().unwrap_or_default(),
                })
                .collect(),
            related: related
                .iter()
                .map(EventId::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            // The event's version is the store's to give.
            version: String::new(),
        }
    }

    /// Reads a posted form (`application/x-www-form-urlencoded` pairs) and the button used.
    /// Source rows come as repeated `source_*` fields, one of each per row, in order.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, FormAction) {
        let mut form = Self::default();
        let mut action = FormAction::Save;
        let (mut publishers, mut headlines, mut dates, mut urls) = (vec![], vec![], vec![], vec![]);
        for (name, value) in pairs {
            let value = value.to_owned();
            match name {
                "title" => form.title = value,
                "summary" => form.summary = value,
                "body" => form.body = value,
                "start" => form.start = value,
                "start_circa" => form.start_circa = true,
                "end" => form.end = value,
                "end_circa" => form.end_circa = true,
                "category" => form.category = value,
                "actor" => form.actors.push(value),
                "related" => form.related = value,
                "version" => form.version = value,
                "source_publisher" => publishers.push(value),
                "source_headline" => headlines.push(value),
                "source_date" => dates.push(value),
                "source_url" => urls.push(value),
                "action" if value == "add-source" => action = FormAction::AddSource,
                "action" => {
                    if let Some(row) = value
                        .strip_prefix("remove-source-")
                        .and_then(|n| n.parse().ok())
                    {
                        action = FormAction::RemoveSource(row);
                    }
                }
                _ => {}
            }
        }
        let rows = publishers
            .len()
            .max(headlines.len())
            .max(dates.len())
            .max(urls.len());
        let take = |column: &mut Vec<String>, row: usize| {
            column.get_mut(row).map(std::mem::take).unwrap_or_default()
        };
        form.sources = (0..rows.min(MAX_SOURCES + 1))
            .map(|row| SourceForm {
                publisher: take(&mut publishers, row),
                headline: take(&mut headlines, row),
                date: take(&mut dates, row),
                url: take(&mut urls, row),
            })
            .collect();
        (form, action)
    }

    /// How many bytes the form takes when the browser sends it (form-encoded).
    pub fn encoded_len(&self) -> usize {
        let mut pairs: Vec<(&str, &str)> = vec![
            ("title", &self.title),
            ("summary", &self.summary),
            ("body", &self.body),
            ("start", &self.start),
            ("end", &self.end),
            ("category", &self.category),
            ("related", &self.related),
            ("version", &self.version),
        ];
        pairs.extend(self.actors.iter().map(|a| ("actor", a.as_str())));
        for source in &self.sources {
            pairs.extend([
                ("source_publisher", source.publisher.as_str()),
                ("source_headline", source.headline.as_str()),
                ("source_date", source.date.as_str()),
                ("source_url", source.url.as_str()),
            ]);
        }
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish()
            .len()
    }

    /// Adds or removes a source row, as the form's buttons ask.
    pub fn apply(&mut self, action: FormAction) {
        match action {
            FormAction::Save => {}
            FormAction::AddSource if self.sources.len() < MAX_SOURCES => {
                self.sources.push(SourceForm::default());
            }
            FormAction::AddSource => {}
            FormAction::RemoveSource(row) if row < self.sources.len() => {
                self.sources.remove(row);
            }
            FormAction::RemoveSource(_) => {}
        }
    }

    /// The event the form describes, or every problem with it.
    pub fn validate(&self) -> Result<EventDraft, FormErrors> {
        let mut errors = FormErrors::default();
        let text = event_text(&mut errors, &self.title, &self.summary, &self.body);

        let start = match self.start.trim() {
            "" => {
                errors.add(FormField::Start, "Give the date it began.");
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
                .map_err(|e| errors.add(FormField::End, capitalised(&e.to_string())))
                .ok()
        });

        let category = match self.category.parse::<Category>() {
            Ok(category) => Some(category),
            Err(_) => {
                errors.add(FormField::Category, "Choose a category.");
                None
            }
        };

        let mut actors = Vec::new();
        for code in &self.actors {
            match code.parse::<Actor>() {
                Ok(actor) if !actors.contains(&actor) => actors.push(actor),
                Ok(_) => {}
                Err(e) => errors.add(FormField::Actors, capitalised(&e.to_string())),
            }
        }
        if actors.is_empty() && errors.get(FormField::Actors).is_none() {
            errors.add(FormField::Actors, "Choose at least one actor.");
        }

        let sources = self.sources(&mut errors);
        let related = self.related(&mut errors);

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
                    translations: Vec::new(),
                },
                related,
            }),
            _ => Err(errors),
        }
    }

    /// The filled-in source rows; a row left wholly empty is ignored.
    fn sources(&self, errors: &mut FormErrors) -> Vec<Source> {
        let mut sources = Vec::new();
        if self.sources.len() > MAX_SOURCES {
            errors.add(
                FormField::Sources,
                format!("At most {MAX_SOURCES} sources."),
            );
        }
        for (row, source) in self.sources.iter().enumerate().take(MAX_SOURCES) {
            let blank = [
                &source.publisher,
                &source.headline,
                &source.date,
                &source.url,
            ]
            .iter()
            .all(|text| text.trim().is_empty());
            if blank {
                continue;
            }
            let publisher = required_text(
                errors,
                FormField::SourcePublisher(row),
                &source.publisher,
                MAX_SOURCE_FIELD_CHARS,
            );
            let headline = required_text(
                errors,
                FormField::SourceHeadline(row),
                &source.headline,
                MAX_SOURCE_FIELD_CHARS,
            );
            let date = match source.date.trim() {
                "" => None,
                text => date(errors, FormField::SourceDate(row), text),
            };
            let url = match source.url.trim() {
                "" => None,
                text => match web_url(text) {
                    Ok(url) => Some(url),
                    Err(message) => {
                        errors.add(FormField::SourceUrl(row), message);
                        None
                    }
                },
            };
            if let (Some(publisher), Some(headline)) = (publisher, headline) {
                sources.push(Source {
                    publisher,
                    headline,
                    date,
                    url,
                });
            }
        }
        if sources.is_empty() && errors.get(FormField::Sources).is_none() {
            errors.add(FormField::Sources, "Cite at least one source.");
        }
        sources
    }

    fn related(&self, errors: &mut FormErrors) -> Vec<EventId> {
        let mut ids = Vec::new();
        for word in self
            .related
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
        {
            match word.trim_start_matches('#').parse::<EventId>() {
                Ok(id) => {
                    if !ids.contains(&id) {
                        ids.push(id);
                    }
                }
                _ => {
                    errors.add(
                        FormField::Related,
                        format!("{word:?} is not an event number."),
                    );
                    return ids;
                }
            }
        }
        if ids.len() > MAX_RELATED {
            errors.add(
                FormField::Related,
                format!("At most {MAX_RELATED} related events."),
            );
        }
        ids
    }
}

impl EventText {
    /// An event's words in any language, under the same rules as the form's fields.
    pub fn parse(title: &str, summary: &str, body: &str) -> Result<Self, FormErrors> {
        let mut errors = FormErrors::default();
        event_text(&mut errors, title, summary, body).ok_or(errors)
    }
}

/// The title, summary and body checked against their limits; an empty body is none.
fn event_text(
    errors: &mut FormErrors,
    title: &str,
    summary: &str,
    body: &str,
) -> Option<EventText> {
    let title = required_text(errors, FormField::Title, title, MAX_TITLE_CHARS);
    let summary = required_text(errors, FormField::Summary, summary, MAX_SUMMARY_CHARS);
    let body = body.trim();
    if body.chars().count() > MAX_BODY_CHARS {
        errors.add(FormField::Body, too_long(MAX_BODY_CHARS));
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
) -> Option<String> {
    let text = text.trim();
    if text.is_empty() {
        errors.add(field, "This is required.");
        None
    } else if text.chars().count() > max_chars {
        errors.add(field, too_long(max_chars));
        None
    } else {
        Some(text.to_owned())
    }
}

fn too_long(max_chars: usize) -> String {
    format!("At most {max_chars} characters.")
}

fn date(errors: &mut FormErrors, field: FormField, text: &str) -> Option<PartialDate> {
    text.parse::<PartialDate>()
        .map_err(|e| errors.add(field, capitalised(&e.to_string())))
        .ok()
}

/// An absolute http or https URL with a host, or why not.
pub fn web_url(text: &str) -> Result<String, String> {
    if text.chars().count() > MAX_URL_CHARS {
        return Err(too_long(MAX_URL_CHARS));
    }
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .ok_or("Links must start with http:// or https://.")?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    let valid = !host.is_empty()
        && !text.chars().any(|c| c.is_whitespace() || c.is_control())
        && !host.contains('@');
    if valid {
        Ok(text.to_owned())
    } else {
        Err("This is not a web address.".into())
    }
}

/// Messages from the domain types start in lower case, to fit in sentences.
fn capitalised(message: &str) -> String {
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect::<String>() + ".",
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn valid() -> EventForm {
        EventForm {
            title: "Talks in Seoul".into(),
            summary: "Officials met to discuss export controls.".into(),
            start: "2020-02-06".into(),
            category: "trade".into(),
            actors: vec!["KR".into(), "JP".into()],
            sources: vec![SourceForm {
                publisher: "Yonhap".into(),
                headline: "Talks held".into(),
                date: "2020-02-06".into(),
                url: "https://en.yna.co.kr/".into(),
            }],
            related: "3, #4 3".into(),
            ..EventForm::default()
        }
    }

    fn error(form: &EventForm, field: FormField) -> String {
        let errors = form.validate().expect_err("the form is invalid");
        errors
            .get(field)
            .unwrap_or_else(|| panic!("no error for {field:?}: {errors:?}"))
            .to_owned()
    }

    #[test]
    fn a_complete_form_becomes_an_event() {
        let draft = valid().validate().unwrap();
        assert_eq!(draft.event.title, "Talks in Seoul");
        assert_eq!(draft.event.actors, vec![Actor::SouthKorea, Actor::Japan]);
        assert_eq!(draft.event.sources.len(), 1);
        let related: Vec<i64> = draft.related.into_iter().map(i64::from).collect();
        assert_eq!(related, vec![3, 4]);
        assert_eq!(draft.event.body, None);
    }

    #[test]
    fn texts_are_required_and_limited() {
        let form = EventForm {
            title: "  ".into(),
            ..valid()
        };
        assert_eq!(error(&form, FormField::Title), "This is required.");
        let form = EventForm {
            title: "가".repeat(MAX_TITLE_CHARS + 1),
            ..valid()
        };
        assert_eq!(error(&form, FormField::Title), "At most 200 characters.");
        // Characters, not bytes: 200 Hangul syllables are fine.
        let form = EventForm {
            title: "가".repeat(MAX_TITLE_CHARS),
            ..valid()
        };
        assert!(form.validate().is_ok());
        let form = EventForm {
            summary: "x".repeat(MAX_SUMMARY_CHARS + 1),
            ..valid()
        };
        assert_eq!(error(&form, FormField::Summary), "At most 1000 characters.");
        let form = EventForm {
            body: "x".repeat(MAX_BODY_CHARS + 1),
            ..valid()
        };
        assert_eq!(error(&form, FormField::Body), "At most 20000 characters.");
    }

    #[test]
    fn dates_must_be_real_and_in_order() {
        let form = EventForm {
            start: "2019-02-30".into(),
            ..valid()
        };
        assert_eq!(
            error(&form, FormField::Start),
            "That day does not exist in that month."
        );
        let form = EventForm {
            start: "yesterday".into(),
            ..valid()
        };
        assert!(error(&form, FormField::Start).contains("YYYY"));
        let form = EventForm {
            end: "2019-12".into(),
            ..valid()
        };
        assert_eq!(
            error(&form, FormField::End),
            "The end date must not be before the start date."
        );
        let form = EventForm {
            start: "1910".into(),
            start_circa: true,
            end: "1945".into(),
            ..valid()
        };
        let when = form.validate().unwrap().event.when;
        assert!(when.start().circa && when.is_period());
    }

    #[test]
    fn links_are_web_addresses_only() {
        for (url, ok) in [
            ("https://example.org/a?b#c", true),
            ("http://example.org", true),
            ("javascript:alert(1)", false),
            ("ftp://example.org", false),
            ("https://", false),
            ("https://exa mple.org", false),
            ("https://user@evil.example", false),
        ] {
            assert_eq!(web_url(url).is_ok(), ok, "{url}");
        }
        let mut form = valid();
        form.sources[0].url = "javascript:alert(1)".into();
        assert!(error(&form, FormField::SourceUrl(0)).contains("http"));
    }

    #[test]
    fn choices_and_sources_are_required() {
        let form = EventForm {
            category: String::new(),
            actors: vec![],
            sources: vec![SourceForm::default()],
            ..valid()
        };
        let errors = form.validate().unwrap_err();
        assert!(errors.get(FormField::Category).is_some());
        assert!(errors.get(FormField::Actors).is_some());
        assert_eq!(
            errors.get(FormField::Sources),
            Some("Cite at least one source.")
        );
        let mut form = valid();
        form.sources[0].publisher.clear();
        assert!(error(&form, FormField::SourcePublisher(0)).contains("required"));
        let form = EventForm {
            related: "3, four".into(),
            ..valid()
        };
        assert!(error(&form, FormField::Related).contains("four"));
    }

    #[test]
    fn the_encoded_size_counts_what_the_browser_sends() {
        let short = valid().encoded_len();
        let long = EventForm {
            body: "가".repeat(1000),
            ..valid()
        };
        // Each Hangul syllable is three UTF-8 bytes, each sent as %XX.
        assert_eq!(long.encoded_len(), short + 9 * 1000);
    }

    #[test]
    fn posted_pairs_rebuild_the_form_and_its_rows() {
        let (form, action) = EventForm::from_pairs([
            ("title", "T"),
            ("actor", "KR"),
            ("actor", "JP"),
            ("start_circa", "on"),
            ("source_publisher", "A"),
            ("source_headline", "a"),
            ("source_date", ""),
            ("source_url", ""),
            ("source_publisher", "B"),
            ("source_headline", "b"),
            ("source_date", "2020"),
            ("source_url", "https://b.example"),
            ("action", "remove-source-0"),
        ]);
        assert_eq!(form.title, "T");
        assert_eq!(form.actors, vec!["KR", "JP"]);
        assert!(form.start_circa && !form.end_circa);
        assert_eq!(form.sources.len(), 2);
        assert_eq!(form.sources[1].url, "https://b.example");
        assert_eq!(action, FormAction::RemoveSource(0));
        let mut form = form;
        form.apply(action);
        assert_eq!(form.sources[0].publisher, "B");
        form.apply(FormAction::AddSource);
        assert_eq!(form.sources.len(), 2);
    }
}
