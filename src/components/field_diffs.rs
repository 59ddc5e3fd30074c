//! What changed in each field from one revision to the next, as the revision pages and the
//! corrections log show it.

use crate::i18n::{t, t_with, use_lang};
use crate::model::{Change, Field, FieldDiff, Lang};
use leptos::prelude::*;

/// Each field that changed under its name, its insertions and deletions marked, and named
/// for screen readers, which do not announce `<ins>` and `<del>` themselves.
#[component]
pub fn FieldDiffs(diff: Vec<FieldDiff>) -> impl IntoView {
    let lang = use_lang();
    diff.into_iter()
        .map(|FieldDiff { field, runs }| {
            let text_lang = field.lang.map(Lang::code);
            let runs = runs
                .into_iter()
                .map(|(change, text)| match change {
                    Change::Same => view! { {text} }.into_any(),
                    Change::Added => view! {
                        <ins>
                            <span class="visually-hidden">{t(lang, "diff-added")} " "</span>
                            {text}
                        </ins>
                    }
                    .into_any(),
                    Change::Removed => view! {
                        <del>
                            <span class="visually-hidden">{t(lang, "diff-removed")} " "</span>
                            {text}
                        </del>
                    }
                    .into_any(),
                })
                .collect_view();
            view! {
                <h3>{field_name(lang, field)}</h3>
                <p class="diff__text" lang=text_lang>{runs}</p>
            }
        })
        .collect_view()
        .into_any()
}

/// "Summary (Korean)", or "Sources" for a field of no language.
fn field_name(lang: Lang, field: Field) -> String {
    let part = t(lang, field.part.message());
    match field.lang {
        Some(text_lang) => t_with(
            lang,
            "part-in-language",
            &[
                ("field", part.into()),
                ("language", language_name(lang, text_lang).into()),
            ],
        ),
        None => part,
    }
}

/// A language's name in the page's language.
pub(crate) fn language_name(lang: Lang, named: Lang) -> String {
    t(lang, &format!("language-{}", named.code()))
}
