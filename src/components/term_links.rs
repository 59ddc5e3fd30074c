//! An event's texts with each registered term linked, at its first mention on the page, to
//! its entry in the register of contested terms (`/ko/terms#dokdo-takeshima`).

use crate::model::{Lang, Piece, TermWords, first_mentions};
use crate::paths::TERMS;
use leptos::prelude::*;

/// Each text (in reading order, written in `text_lang`) as views, its terms' first mentions
/// linked to their entries in the page's language. Texts are plain, so a mention is never
/// inside another link; the words stay text nodes, escaped as any other.
pub fn with_term_links(texts: &[String], text_lang: Lang, page: Lang) -> Vec<AnyView> {
    let register = page.path(TERMS);
    first_mentions(texts, &term_words(text_lang))
        .into_iter()
        .map(|pieces| {
            pieces
                .into_iter()
                .map(|piece| match piece {
                    Piece::Text(text) => text.into_any(),
                    Piece::Term { key, text } => {
                        let href = format!("{register}#{key}");
                        view! { <a class="term-link" href=href>{text}</a> }.into_any()
                    }
                })
                .collect_view()
                .into_any()
        })
        .collect()
}

/// The register's words in a language. Only the server renders readers' pages, so only it
/// reads the register.
fn term_words(lang: Lang) -> Vec<TermWords> {
    #[cfg(feature = "ssr")]
    return crate::server::terms::words_in(lang);
    #[cfg(not(feature = "ssr"))]
    {
        let _ = lang;
        Vec::new()
    }
}
