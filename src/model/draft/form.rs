//! The form as typed: every field is text (or a tick) until it is validated, read from the
//! posted pairs and written back to them.

use super::{MAX_POSITIONS, MAX_SOURCES};
use crate::model::{Actor, Event, EventId, Lang, Position, Source, Translation};
use serde::{Deserialize, Serialize};

/// One row of the sources table, as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceForm {
    pub publisher: String,
    pub headline: String,
    pub date: String,
    pub url: String,
}

impl SourceForm {
    fn of(source: &Source) -> Self {
        Self {
            publisher: source.publisher.clone(),
            headline: source.headline.clone(),
            date: source.date.map(|d| d.to_string()).unwrap_or_default(),
            url: source
                .url
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
        }
    }

    pub fn is_blank(&self) -> bool {
        [&self.publisher, &self.headline, &self.date, &self.url]
            .iter()
            .all(|text| text.trim().is_empty())
    }
}

/// One side's position, as typed: whose, the language it was published in, its words in
/// each language (the quote in that one, unofficial translations in the others) and its
/// source.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PositionForm {
    /// A `Holder` code: `KR`, `korea-supreme-court` …
    pub holder: String,
    pub lang: String,
    pub en: String,
    pub ko: String,
    pub ja: String,
    pub source: SourceForm,
}

impl PositionForm {
    fn of(position: &Position) -> Self {
        let mut form = Self {
            holder: position.holder.code().to_owned(),
            lang: position.lang.code().to_owned(),
            source: SourceForm::of(&position.source),
            ..Self::default()
        };
        for lang in Lang::ALL {
            *form.words_mut(lang) = position.words(lang).unwrap_or_default().to_owned();
        }
        form
    }

    /// Its words in `lang`, as typed.
    pub fn words(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Ko => &self.ko,
            Lang::Ja => &self.ja,
        }
    }

    pub fn words_mut(&mut self, lang: Lang) -> &mut String {
        match lang {
            Lang::En => &mut self.en,
            Lang::Ko => &mut self.ko,
            Lang::Ja => &mut self.ja,
        }
    }

    pub fn is_blank(&self) -> bool {
        self.source.is_blank()
            && [&self.holder, &self.lang, &self.en, &self.ko, &self.ja]
                .iter()
                .all(|text| text.trim().is_empty())
    }

    /// The name its words in `lang` are posted under: `position_ko` ….
    pub fn words_name(lang: Lang) -> String {
        format!("position_{lang}")
    }
}

/// An event's words in a language other than English, as typed. All three left empty means
/// not translated yet.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TranslationForm {
    pub lang: Lang,
    pub title: String,
    pub summary: String,
    pub body: String,
}

impl TranslationForm {
    fn empty(lang: Lang) -> Self {
        Self {
            lang,
            title: String::new(),
            summary: String::new(),
            body: String::new(),
        }
    }

    pub fn is_blank(&self) -> bool {
        [&self.title, &self.summary, &self.body]
            .iter()
            .all(|text| text.trim().is_empty())
    }

    /// The name a field of this language is posted under: `title_ko`, `summary_ja` ….
    pub fn field_name(part: &str, lang: Lang) -> String {
        format!("{part}_{lang}")
    }
}

/// The event form as typed: every field is text (or a tick) until it is validated. Its JSON
/// is also how a revision keeps the event (without version or note); a field added later
/// reads as empty from older revisions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EventForm {
    pub title: String,
    pub summary: String,
    pub body: String,
    /// Its words in each language other than English, in `Lang::ALL` order.
    pub translations: Vec<TranslationForm>,
    pub start: String,
    pub start_circa: bool,
    pub end: String,
    pub end_circa: bool,
    pub category: String,
    pub actors: Vec<String>,
    pub sources: Vec<SourceForm>,
    pub positions: Vec<PositionForm>,
    /// Ids of related events, separated by commas or spaces.
    pub related: String,
    /// The version of the event the form was filled from (empty for a new event), so that a
    /// save can tell whether someone else saved in between.
    pub version: String,
    /// The editor's note to readers about this change (not part of the event).
    pub note: String,
    /// Whether this change corrects an error in the event (not part of the event).
    pub correction: bool,
}

impl EventForm {
    /// The related events' numbers as typed: each word an id (`12` or `#12`), or the word
    /// that is none. The form's rules refuse a word that is no number; the related-events
    /// picker shows the ids.
    pub fn related_words(&self) -> impl Iterator<Item = Result<EventId, &str>> {
        self.related
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|word| !word.is_empty())
            .map(|word| word.trim_start_matches('#').parse().map_err(|_| word))
    }

    /// The related events' numbers, each once, leaving out words that are no number.
    pub fn related_ids(&self) -> Vec<EventId> {
        let mut ids: Vec<EventId> = Vec::new();
        for id in self.related_words().flatten() {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }
}

/// What the editor asked for by the button they pressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormAction {
    Save,
    /// Check the form as a save would and show the event as readers would see it, saving
    /// nothing.
    Preview,
    AddSource,
    RemoveSource(usize),
    AddPosition,
    RemovePosition(usize),
}

impl EventForm {
    /// A form for a new event: one empty source row to fill in, no translation or position
    /// yet.
    pub fn blank() -> Self {
        Self {
            sources: vec![SourceForm::default()],
            translations: Self::untranslated(),
            ..Self::default()
        }
    }

    /// An empty translation for each language other than English.
    fn untranslated() -> Vec<TranslationForm> {
        Lang::ALL
            .into_iter()
            .filter(|&lang| lang != Lang::ORIGINAL)
            .map(TranslationForm::empty)
            .collect()
    }

    /// The translation in `lang`, if the form has that language.
    pub fn translation_mut(&mut self, lang: Lang) -> Option<&mut TranslationForm> {
        self.translations.iter_mut().find(|t| t.lang == lang)
    }

    /// The translation in `lang`, added (empty) when a post names it first.
    fn posted_translation(&mut self, lang: Lang) -> &mut TranslationForm {
        if let Some(at) = self.translations.iter().position(|t| t.lang == lang) {
            return &mut self.translations[at];
        }
        self.translations.push(TranslationForm::empty(lang));
        self.translations.sort_by_key(|t| t.lang);
        let at = self.translations.iter().position(|t| t.lang == lang);
        &mut self.translations[at.expect("just added")]
    }

    /// Gives a posted form the languages it did not carry, as they are stored: a post from a
    /// page without a language's fields (an older form, a script) leaves its words alone,
    /// while one that sends them empty takes that translation back.
    pub fn keep_unposted_translations(&mut self, stored: &[Translation]) {
        for lang in Lang::ALL.into_iter().filter(|&lang| lang != Lang::ORIGINAL) {
            if self.translations.iter().any(|t| t.lang == lang) {
                continue;
            }
            let mut form = TranslationForm::empty(lang);
            if let Some(stored) = stored.iter().find(|t| t.lang == lang) {
                form.title = stored.text.title.clone();
                form.summary = stored.text.summary.clone();
                form.body = stored.text.body.clone().unwrap_or_default();
            }
            self.translations.push(form);
        }
        self.translations.sort_by_key(|t| t.lang);
    }

    /// Puts the actors an event names in their stored order, newly ticked ones after them:
    /// the form's boxes follow a fixed order and cannot say which actor comes first.
    pub fn keep_actor_order(&mut self, stored: &[Actor]) {
        let rank = |code: &String| {
            stored
                .iter()
                .position(|actor| actor.code() == code)
                .unwrap_or(stored.len())
        };
        // A stable sort: new ones keep the order they were posted in.
        self.actors.sort_by_key(rank);
    }

    /// The form showing an existing event, in English with its translations (without its
    /// version).
    pub fn of(event: &Event, translations: &[Translation], related: &[EventId]) -> Self {
        let (start, end) = (event.when.start(), event.when.end());
        let mut forms = Self::untranslated();
        for translation in translations {
            if let Some(form) = forms.iter_mut().find(|f| f.lang == translation.lang) {
                form.title = translation.text.title.clone();
                form.summary = translation.text.summary.clone();
                form.body = translation.text.body.clone().unwrap_or_default();
            }
        }
        Self {
            title: event.title.clone(),
            summary: event.summary.clone(),
            body: event.body.clone().unwrap_or_default(),
            translations: forms,
            start: start.date.to_string(),
            start_circa: start.circa,
            end: end.map(|d| d.date.to_string()).unwrap_or_default(),
            end_circa: end.is_some_and(|d| d.circa),
            category: event.category.code().to_owned(),
            actors: event.actors.iter().map(|a| a.code().to_owned()).collect(),
            sources: event.sources.iter().map(SourceForm::of).collect(),
            positions: event.positions.iter().map(PositionForm::of).collect(),
            related: related
                .iter()
                .map(EventId::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            // The event's version is the store's to give; a note belongs to one change.
            version: String::new(),
            note: String::new(),
            correction: false,
        }
    }

    /// Reads a posted form (`application/x-www-form-urlencoded` pairs) and the button used.
    /// Source rows come as repeated `source_*` fields, one of each per row, in order; position
    /// rows likewise as `position_*` fields.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (Self, FormAction) {
        let mut form = Self::default();
        let mut action = FormAction::Save;
        let (mut publishers, mut headlines, mut dates, mut urls) = (vec![], vec![], vec![], vec![]);
        let mut positions = PostedPositions::default();
        for (name, value) in pairs {
            // Browsers send a text area's line breaks as CR LF; they are kept as LF, as
            // everywhere else, so a save changes no line it did not touch.
            let value = value.replace("\r\n", "\n").replace('\r', "\n");
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
                "note" => form.note = value,
                "correction" => form.correction = true,
                "source_publisher" => publishers.push(value),
                "source_headline" => headlines.push(value),
                "source_date" => dates.push(value),
                "source_url" => urls.push(value),
                "action" if value == "preview" => action = FormAction::Preview,
                "action" if value == "add-source" => action = FormAction::AddSource,
                "action" if value == "add-position" => action = FormAction::AddPosition,
                "action" => {
                    let row = |prefix: &str| value.strip_prefix(prefix)?.parse().ok();
                    if let Some(row) = row("remove-source-") {
                        action = FormAction::RemoveSource(row);
                    } else if let Some(row) = row("remove-position-") {
                        action = FormAction::RemovePosition(row);
                    }
                }
                position if position.starts_with("position_") => positions.push(position, value),
                translated => {
                    // `title_ko`, `summary_ja`, `body_ko` …
                    let Some((part, lang)) = translated.rsplit_once('_') else {
                        continue;
                    };
                    let Some(text) = lang
                        .parse::<Lang>()
                        .ok()
                        .filter(|&lang| lang != Lang::ORIGINAL)
                        .map(|lang| form.posted_translation(lang))
                    else {
                        continue;
                    };
                    match part {
                        "title" => text.title = value,
                        "summary" => text.summary = value,
                        "body" => text.body = value,
                        _ => {}
                    }
                }
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
        form.positions = positions.rows();
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
            ("note", &self.note),
        ];
        if self.correction {
            pairs.push(("correction", "on"));
        }
        pairs.extend(self.actors.iter().map(|a| ("actor", a.as_str())));
        for source in &self.sources {
            pairs.extend([
                ("source_publisher", source.publisher.as_str()),
                ("source_headline", source.headline.as_str()),
                ("source_date", source.date.as_str()),
                ("source_url", source.url.as_str()),
            ]);
        }
        let positions: Vec<(String, &str)> = self
            .positions
            .iter()
            .flat_map(|p| {
                let mut fields = vec![
                    ("position_holder".to_owned(), p.holder.as_str()),
                    ("position_lang".to_owned(), p.lang.as_str()),
                    ("position_publisher".to_owned(), p.source.publisher.as_str()),
                    ("position_headline".to_owned(), p.source.headline.as_str()),
                    ("position_date".to_owned(), p.source.date.as_str()),
                    ("position_url".to_owned(), p.source.url.as_str()),
                ];
                fields
                    .extend(Lang::ALL.map(|lang| (PositionForm::words_name(lang), p.words(lang))));
                fields
            })
            .collect();
        let translated: Vec<(String, &str)> = self
            .translations
            .iter()
            .flat_map(|t| {
                [
                    ("title", &t.title),
                    ("summary", &t.summary),
                    ("body", &t.body),
                ]
                .map(|(part, text)| (TranslationForm::field_name(part, t.lang), text.as_str()))
            })
            .collect();
        form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .extend_pairs(translated)
            .extend_pairs(positions)
            .finish()
            .len()
    }

    /// Adds or removes a source or position row, as the form's buttons ask.
    pub fn apply(&mut self, action: FormAction) {
        match action {
            FormAction::Save | FormAction::Preview => {}
            FormAction::AddSource if self.sources.len() < MAX_SOURCES => {
                self.sources.push(SourceForm::default());
            }
            FormAction::AddSource => {}
            FormAction::RemoveSource(row) if row < self.sources.len() => {
                self.sources.remove(row);
            }
            FormAction::RemoveSource(_) => {}
            FormAction::AddPosition if self.positions.len() < MAX_POSITIONS => {
                self.positions.push(PositionForm::default());
            }
            FormAction::AddPosition => {}
            FormAction::RemovePosition(row) if row < self.positions.len() => {
                self.positions.remove(row);
            }
            FormAction::RemovePosition(_) => {}
        }
    }
}

/// The posted `position_*` fields, a column each, until they are read into rows.
#[derive(Default)]
struct PostedPositions(std::collections::BTreeMap<String, Vec<String>>);

impl PostedPositions {
    fn push(&mut self, name: &str, value: String) {
        self.0.entry(name.to_owned()).or_default().push(value);
    }

    /// The rows, one per place in the columns (up to one past the limit, so that too many
    /// can be told apart from the limit).
    fn rows(mut self) -> Vec<PositionForm> {
        let rows = self.0.values().map(Vec::len).max().unwrap_or(0);
        let mut take = |name: &str, row: usize| {
            self.0
                .get_mut(name)
                .and_then(|column| column.get_mut(row))
                .map(std::mem::take)
                .unwrap_or_default()
        };
        (0..rows.min(MAX_POSITIONS + 1))
            .map(|row| {
                let mut form = PositionForm {
                    holder: take("position_holder", row),
                    lang: take("position_lang", row),
                    source: SourceForm {
                        publisher: take("position_publisher", row),
                        headline: take("position_headline", row),
                        date: take("position_date", row),
                        url: take("position_url", row),
                    },
                    ..PositionForm::default()
                };
                for lang in Lang::ALL {
                    *form.words_mut(lang) = take(&PositionForm::words_name(lang), row);
                }
                form
            })
            .collect()
    }
}
