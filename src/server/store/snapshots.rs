//! The pictures of an event that the audit trail and the revisions keep: what an entry
//! keeps of it before and after a change, which fields differ between two, and a
//! revision's content. The same on every engine.

use crate::model::{EventForm, EventId, FieldChange, Lang, NewEvent, TranslationForm};
use crate::server::store::contract::EditableEvent;
use serde_json::{Map, Value};
use std::collections::BTreeSet;

/// What an entry calls an event's state.
pub(in crate::server::store) fn status(retired: bool) -> &'static str {
    if retired { "retired" } else { "published" }
}

/// The event as the audit log keeps it: each field as the form shows it, translations as
/// `title_ko`, `summary_ja` … (only those written, so that adding one shows as a change).
pub(in crate::server::store) fn snapshot(editable: &EditableEvent) -> Value {
    let form = EventForm::of(&editable.event, &editable.translations, &editable.related);
    flat(&form, editable.retired)
}

/// What a revision keeps of an event: its form as JSON (without version or note).
pub(in crate::server::store) fn revision_content(editable: &EditableEvent) -> String {
    let form = EventForm::of(&editable.event, &editable.translations, &editable.related);
    serde_json::to_string(&form).expect("a form is plain data")
}

/// What a revision keeps of an event just written with this id, from the event itself.
pub(in crate::server::store) fn new_event_content(id: EventId, event: &NewEvent) -> String {
    let form = EventForm::of(&event.in_lang(id, Lang::ORIGINAL), &event.translations, &[]);
    serde_json::to_string(&form).expect("a form is plain data")
}

/// A form's fields as one flat object of texts: see `snapshot`.
pub(crate) fn flat(form: &EventForm, retired: bool) -> Value {
    let sources: Vec<String> = form
        .sources
        .iter()
        .map(|s| {
            [&s.publisher, &s.headline, &s.date, &s.url]
                .into_iter()
                .filter(|t| !t.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" · ")
        })
        .collect();
    // One line per position: whose, the language, its words in every language, its source.
    let positions: Vec<String> = form
        .positions
        .iter()
        .map(|p| {
            let mut parts = vec![p.holder.as_str(), p.lang.as_str()];
            parts.extend(Lang::ALL.map(|lang| p.words(lang)));
            let s = &p.source;
            parts.extend([&s.publisher, &s.headline, &s.date, &s.url].map(String::as_str));
            parts.join(" · ")
        })
        .collect();
    let circa = |on: bool| if on { "c. " } else { "" };
    let mut snapshot = serde_json::json!({
        "title": form.title,
        "summary": form.summary,
        "body": form.body,
        "start": format!("{}{}", circa(form.start_circa), form.start),
        "end": (!form.end.is_empty()).then(|| format!("{}{}", circa(form.end_circa), form.end)),
        "category": form.category,
        "actors": form.actors.join(", "),
        "sources": sources.join("\n"),
        "positions": positions.join("\n"),
        "related": form.related,
        "status": status(retired),
    });
    for translation in form.translations.iter().filter(|t| !t.is_blank()) {
        for (part, text) in [
            ("title", &translation.title),
            ("summary", &translation.summary),
            ("body", &translation.body),
        ] {
            let name = TranslationForm::field_name(part, translation.lang);
            snapshot[name] = serde_json::json!(text);
        }
    }
    snapshot
}

/// The fields that differ between two snapshots, in field order.
pub(in crate::server::store) fn changes(
    before: Option<&str>,
    after: Option<&str>,
) -> Vec<FieldChange> {
    let parse = |json: Option<&str>| -> Map<String, Value> {
        json.and_then(|j| serde_json::from_str(j).ok())
            .unwrap_or_default()
    };
    let (before, after) = (parse(before), parse(after));
    let text = |value: Option<&Value>| match value {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => Some(other.to_string()),
    };
    let fields: BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    fields
        .into_iter()
        .filter_map(|field| {
            let (was, is) = (text(before.get(field)), text(after.get(field)));
            (was != is).then(|| FieldChange {
                field: field.clone(),
                before: was,
                after: is,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_list_only_the_fields_that_differ() {
        let before = r#"{"title":"Old","summary":"Same","body":null}"#;
        let after = r#"{"title":"New","summary":"Same","body":"Added"}"#;
        let changes = changes(Some(before), Some(after));
        assert_eq!(
            changes,
            vec![
                FieldChange {
                    field: "body".into(),
                    before: None,
                    after: Some("Added".into())
                },
                FieldChange {
                    field: "title".into(),
                    before: Some("Old".into()),
                    after: Some("New".into())
                },
            ]
        );
        assert_eq!(super::changes(None, Some(r#"{"title":"T"}"#)).len(), 1);
    }
}
