//! The preview over the event form: the event as typed, unsaved, as readers would see its
//! page in each language, drawn by the event page's own component. Rendered on the server
//! beside the form's island, never in the browser.

use crate::components::EventDetails;
use crate::i18n::{t, t_with};
use crate::model::{HeadingLevel, Lang, PreviewPage};
use leptos::context::Provider;
use leptos::prelude::*;

/// The preview, in the editor's language `lang`, with a part for each readers' language.
#[component]
pub(super) fn Preview(pages: Vec<PreviewPage>, lang: Lang) -> impl IntoView {
    view! {
        <section class="preview" id="preview" aria-labelledby="preview-heading">
            <h2 id="preview-heading">{t(lang, "preview-heading")}</h2>
            <p class="preview__lede">{t(lang, "preview-lede")}</p>
            {pages
                .into_iter()
                .map(|page| view! { <PreviewIn page editor=lang /> })
                .collect_view()}
        </section>
    }
    .into_any()
}

/// The event's page for readers of one language: its words, dates and interface in that
/// language (`page.lang` in context), under a heading in the editor's.
#[component]
fn PreviewIn(page: PreviewPage, editor: Lang) -> impl IntoView {
    let code = page.lang.code();
    let heading_id = format!("preview-{code}");
    let labelled_by = heading_id.clone();
    let language = t(editor, &format!("language-{code}"));
    let heading = t_with(editor, "preview-in", &[("language", language.into())]);
    let class = format!(
        "permalink preview__page cat-{}",
        page.content.category.code()
    );
    view! {
        <section class="preview__part" aria-labelledby=labelled_by>
            <h3 class="preview__language" id=heading_id>
                {heading}
            </h3>
            <Provider value=page.lang>
                // Under the preview's heading and the language's: its title an `<h4>`.
                <Provider value=HeadingLevel::PREVIEW>
                    <div class=class lang=code>
                        <EventDetails
                            content=page.content
                            related=page.related
                            ids=format!("preview-{code}-")
                        />
                    </div>
                </Provider>
            </Provider>
        </section>
    }
    .into_any()
}
