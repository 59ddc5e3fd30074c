//! An event's kept revisions made readable: the fields each one changed, the event as one
//! stood, and what changed in each field, word by word (character by character in Korean
//! and Japanese, and wherever a text holds their scripts, whose words spaces do not always
//! separate).

use crate::model::{
    Change, EventForm, EventId, Field, FieldDiff, HistoryEntry, Lang, Part, RevisionNumber,
    RevisionPage,
};
use crate::server::store::{StoredRevision, flat};
use serde_json::{Map, Value};
use similar::{ChangeTag, TextDiff};
use std::collections::BTreeSet;
use std::time::Duration;

/// How long one field's diff may take before it settles for a coarser answer: a 20,000
/// character body compared by character could otherwise take a while.
const DIFF_TIMEOUT: Duration = Duration::from_millis(100);

/// The history, newest first.
pub(crate) fn entries(revisions: &[StoredRevision]) -> Vec<HistoryEntry> {
    let fields: Vec<Map<String, Value>> = revisions.iter().map(fields_of).collect();
    let mut entries: Vec<HistoryEntry> = revisions
        .iter()
        .enumerate()
        .map(|(at, revision)| {
            let before = at.checked_sub(1).map(|before| &fields[before]);
            entry(revision, before, &fields[at])
        })
        .collect();
    entries.reverse();
    entries
}

/// One revision as it stood, with what changed since the one before; `None` if there is no
/// such revision.
pub(crate) fn page(
    revisions: &[StoredRevision],
    number: RevisionNumber,
    id: EventId,
    lang: Lang,
    path: String,
) -> Option<RevisionPage> {
    let at = revisions.iter().position(|r| r.number == number)?;
    let revision = &revisions[at];
    let before = at
        .checked_sub(1)
        .map(|before| fields_of(&revisions[before]));
    let after = fields_of(revision);
    let event = form_of(revision)
        .validate()
        .ok()
        .map(|draft| draft.event.in_lang(id, lang));
    Some(RevisionPage {
        entry: entry(revision, before.as_ref(), &after),
        event,
        retired: revision.retired,
        path,
        diff: before
            .map(|before| diff(&before, &after))
            .unwrap_or_default(),
    })
}

/// A correction as the log shows it: its entry, and what changed from the revision before.
pub(crate) fn correction(
    before: &StoredRevision,
    after: &StoredRevision,
) -> (HistoryEntry, Vec<FieldDiff>) {
    let (before, fields) = (fields_of(before), fields_of(after));
    (entry(after, Some(&before), &fields), diff(&before, &fields))
}

/// The event form a revision keeps; one that cannot be read shows as empty.
pub(crate) fn form_of(revision: &StoredRevision) -> EventForm {
    serde_json::from_str(&revision.content).unwrap_or_else(|err| {
        tracing::error!(error = %err, number = %revision.number, "a revision cannot be read");
        EventForm::default()
    })
}

fn fields_of(revision: &StoredRevision) -> Map<String, Value> {
    match flat(&form_of(revision), revision.retired) {
        Value::Object(fields) => fields,
        _ => Map::new(),
    }
}

fn entry(
    revision: &StoredRevision,
    before: Option<&Map<String, Value>>,
    after: &Map<String, Value>,
) -> HistoryEntry {
    let changed = match before {
        Some(before) => differing(before, after)
            .into_iter()
            .filter_map(|key| field_named(&key))
            .collect(),
        None => Vec::new(),
    };
    HistoryEntry {
        number: revision.number,
        at: revision.created_at,
        changed,
        note: revision.note.clone(),
        restores: revision.restores,
        correction: revision.correction,
    }
}

/// The names of the fields whose texts differ.
fn differing(before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<String> {
    let keys: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    keys.into_iter()
        .filter(|key| text(before.get(*key)) != text(after.get(*key)))
        .cloned()
        .collect()
}

/// What changed in each field that differs, in the order fields are shown.
fn diff(before: &Map<String, Value>, after: &Map<String, Value>) -> Vec<FieldDiff> {
    let mut diffs: Vec<FieldDiff> = differing(before, after)
        .into_iter()
        .filter_map(|key| {
            let field = field_named(&key)?;
            let (was, is) = (text(before.get(&key)), text(after.get(&key)));
            Some(FieldDiff {
                field,
                runs: runs(&was, &is, field.lang),
            })
        })
        .collect();
    diffs.sort_by_key(|d| d.field);
    diffs
}

/// A field's value as text (absent and null are empty).
fn text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// The field a flat snapshot's key names: `title` is the English title, `title_ko` the
/// Korean one; the rest are the same in every language.
fn field_named(key: &str) -> Option<Field> {
    let (name, lang) = match key.rsplit_once('_') {
        Some((name, lang)) => (name, Some(lang.parse::<Lang>().ok()?)),
        None => (key, None),
    };
    let part = match name {
        "title" => Part::Title,
        "summary" => Part::Summary,
        "body" => Part::Body,
        "start" => Part::Start,
        "end" => Part::End,
        "category" => Part::Category,
        "actors" => Part::Actors,
        "sources" => Part::Sources,
        "positions" => Part::Positions,
        "related" => Part::Related,
        "status" => Part::Status,
        _ => return None,
    };
    let texts = matches!(part, Part::Title | Part::Summary | Part::Body);
    let lang = match (texts, lang) {
        (true, None) => Some(Lang::ORIGINAL),
        (true, lang) => lang,
        (false, None) => None,
        (false, Some(_)) => return None,
    };
    Some(Field { part, lang })
}

/// The runs of text kept, added and removed from `before` to `after`: by character where
/// either is in a language or script whose words spaces do not always separate, else by
/// word.
fn runs(before: &str, after: &str, lang: Option<Lang>) -> Vec<(Change, String)> {
    let by_character = matches!(lang, Some(Lang::Ko | Lang::Ja))
        || before.chars().chain(after.chars()).any(is_east_asian);
    let mut config = TextDiff::configure();
    config.timeout(DIFF_TIMEOUT);
    let diff = match by_character {
        true => config.diff_chars(before, after),
        false => config.diff_words(before, after),
    };
    let mut runs: Vec<(Change, String)> = Vec::new();
    for change in diff.iter_all_changes() {
        let kind = match change.tag() {
            ChangeTag::Equal => Change::Same,
            ChangeTag::Insert => Change::Added,
            ChangeTag::Delete => Change::Removed,
        };
        match runs.last_mut() {
            Some((last, text)) if *last == kind => text.push_str(change.value()),
            _ => runs.push((kind, change.value().to_owned())),
        }
    }
    runs
}

/// Hangul, kana and CJK ideographs (with their punctuation).
fn is_east_asian(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{11FF}'
        | '\u{3000}'..='\u{30FF}'
        | '\u{3130}'..='\u{318F}'
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{AC00}'..='\u{D7AF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{FF00}'..='\u{FFEF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed(runs: &[(Change, String)], kind: Change) -> Vec<&str> {
        runs.iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, text)| text.as_str())
            .collect()
    }

    #[test]
    fn korean_is_compared_by_character_and_english_by_word() {
        let korean = runs(
            "원고 12명이 승소했다",
            "원고 15명이 승소했다",
            Some(Lang::Ko),
        );
        assert_eq!(changed(&korean, Change::Removed), ["2"]);
        assert_eq!(changed(&korean, Change::Added), ["5"]);
        let english = runs(
            "Twelve plaintiffs won",
            "Fifteen plaintiffs won",
            Some(Lang::En),
        );
        assert_eq!(changed(&english, Change::Removed), ["Twelve"]);
        assert_eq!(changed(&english, Change::Added), ["Fifteen"]);
        // A source's headline in Japanese, in a field of no language.
        let source = runs("外務省 · 日韓会談", "外務省 · 日韓首脳会談", None);
        assert_eq!(changed(&source, Change::Added), ["首脳"]);
    }

    #[test]
    fn keys_name_fields_and_languages() {
        let field = |part, lang| Some(Field { part, lang });
        assert_eq!(field_named("title"), field(Part::Title, Some(Lang::En)));
        assert_eq!(
            field_named("summary_ko"),
            field(Part::Summary, Some(Lang::Ko))
        );
        assert_eq!(field_named("sources"), field(Part::Sources, None));
        assert_eq!(field_named("sources_ko"), None);
        assert_eq!(field_named("title_xx"), None);
        assert_eq!(field_named("version"), None);
    }
}
