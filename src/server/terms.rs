//! The register of contested terms: `seed/terms.json`, built into the binary and checked
//! once (the server refuses to start with a register that fails its checks), and its
//! entries with the events that use each term.

use super::store::{ExportedEvent, Store, StoreResult};
use crate::model::{
    EventLink, Filter, Lang, Register, RegisterProblems, TermEntry, TermWords, mentions,
};
use std::sync::LazyLock;

const REGISTER_FILE: &str = include_str!("../../seed/terms.json");

static REGISTER: LazyLock<Result<Register, RegisterProblems>> =
    LazyLock::new(|| Register::from_json(REGISTER_FILE));

/// The register, or what is wrong with it.
pub(crate) fn register() -> Result<&'static Register, &'static RegisterProblems> {
    REGISTER.as_ref()
}

/// The words that find each term in a language; none if the register could not be read
/// (the server does not start then).
pub(crate) fn words_in(lang: Lang) -> Vec<TermWords> {
    register().map(|r| r.words_in(lang)).unwrap_or_default()
}

/// Events read at a time while looking for terms.
const BATCH: u32 = 500;

/// Every entry of the register, each with the events whose page, in `lang`, links to it:
/// those whose summary or body, as that page shows it, mentions one of the term's words.
/// Found from the texts rather than listed in the data, so an entry follows the events as
/// editors add, reword and retire them.
pub(crate) async fn entries(
    store: &Store,
    register: &Register,
    lang: Lang,
) -> StoreResult<Vec<TermEntry>> {
    let mut entries: Vec<TermEntry> = register
        .terms()
        .iter()
        .map(|term| TermEntry {
            term: term.clone(),
            events: Vec::new(),
        })
        .collect();
    let words: Vec<[TermWords; 3]> = register
        .terms()
        .iter()
        .map(|term| Lang::ALL.map(|lang| TermWords::of(term, lang)))
        .collect();
    let mut after = None;
    loop {
        let batch = store
            .exported_events(&Filter::default(), after, BATCH)
            .await?;
        let Some(last) = batch.last() else { break };
        after = Some(last.event.id);
        for event in &batch {
            let (link, texts) = as_shown(event, lang);
            let at = Lang::ALL.iter().position(|&l| l == link.lang).unwrap_or(0);
            for (entry, words) in entries.iter_mut().zip(&words) {
                if texts.iter().any(|text| mentions(text, &words[at].words)) {
                    entry.events.push(link.clone());
                }
            }
        }
    }
    for entry in &mut entries {
        entry.events.sort_by_key(|link| link.when.start().date);
    }
    Ok(entries)
}

/// An event as its page in `lang` shows it: a link to it, in the language its words are in
/// (English where `lang`'s are not written), and its summary and body.
fn as_shown(exported: &ExportedEvent, lang: Lang) -> (EventLink, Vec<String>) {
    let event = &exported.event;
    let translated = exported.translations.iter().find(|t| t.lang == lang);
    let (text_lang, title, summary, body) = match translated {
        Some(t) => (lang, &t.text.title, &t.text.summary, &t.text.body),
        None => (event.lang, &event.title, &event.summary, &event.body),
    };
    let link = EventLink {
        id: event.id,
        lang: text_lang,
        title: title.clone(),
        slug: event.slug.clone(),
        when: event.when,
        category: event.category,
    };
    let texts = std::iter::once(summary.clone())
        .chain(body.clone())
        .collect();
    (link, texts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_in_the_repository_passes_its_checks() {
        let register = register().unwrap_or_else(|problems| panic!("{problems}"));
        assert!(register.terms().len() >= 30, "{}", register.terms().len());
    }

    #[test]
    fn the_registers_sources_name_publishers_as_the_canonical_list_writes_them() {
        let canonical: Vec<&str> = include_str!("../../seed/publishers.txt")
            .lines()
            .filter(|line| !line.is_empty() && !line.starts_with('#'))
            .collect();
        let register = register().unwrap_or_else(|problems| panic!("{problems}"));
        for term in register.terms() {
            for source in &term.sources {
                assert!(
                    canonical.contains(&source.publisher.as_str()),
                    "{}: {}",
                    term.key,
                    source.publisher
                );
            }
        }
    }
}
