//! What a view offers to take elsewhere: its events to download, and the HTML that shows it
//! in another site's page.

use super::site_origin;
use crate::i18n::{t, use_lang};
use crate::{embeds, markup};
use leptos::prelude::*;

/// Folded under one line, so that the view stays first. `downloads` are each a label and an
/// address; `embed` is the path of the view's embed without its language, and `title` names
/// it for readers of the host page (the frame's title).
#[component]
pub fn TakeAway(downloads: Vec<(String, String)>, embed: String, title: String) -> impl IntoView {
    let lang = use_lang();
    let origin = site_origin();
    let src = format!("{origin}{}", lang.path(&embed));
    let code = format!(
        "{}\n{}",
        embeds::iframe(&src, &title, None, embeds::HEIGHT),
        embeds::resizer(&origin)
    );
    let has_downloads = !downloads.is_empty();
    view! {
        <details class="take-away">
            <summary>{t(lang, "take-away")}</summary>
            {has_downloads
                .then(|| {
                    view! {
                        <p class="take-away__downloads">
                            {t(lang, "download-view")}
                            {downloads
                                .into_iter()
                                .map(|(label, href)| view! { " " <a href=href>{label}</a> })
                                .collect_view()}
                        </p>
                    }
                })}
            <label for="embed-code">{t(lang, "embed-code")}</label>
            // Escaped once here, so that the box shows the code itself, `&amp;` and all.
            <textarea
                id="embed-code"
                class="take-away__code"
                readonly=""
                rows="4"
                inner_html=markup::escape(&code)
            ></textarea>
        </details>
    }
}
