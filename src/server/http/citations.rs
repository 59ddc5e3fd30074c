//! An event's citation to download, pinned to the revision it was read at:
//! `/events/{id}-{slug}/cite.ris` (RIS), `cite.bib` (BibTeX, as biblatex's `@online`) and
//! `cite.json` (CSL-JSON), each in UTF-8 with the title in the address's language where it is
//! written. Written by hand: each is a few lines of a simple grammar, and the tests read them
//! back with the ecosystem's own parser or schema.

use crate::i18n::t;
use crate::model::{EventId, Lang, RevisionStamp, event_id_in, revision_path};
use crate::server::http::error::AppError;
use crate::server::http::extract::Path;
use crate::server::startup::AppState;
use axum::extract::{Extension, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

/// What a citation names: the event at one revision.
pub(crate) struct Cited {
    pub id: EventId,
    pub number: u32,
    pub title: String,
    /// The language of the title.
    pub lang: Lang,
    pub site: String,
    /// The revision's permanent address, absolute.
    pub url: String,
    /// The revision's day: year, month, day.
    pub day: (u16, u8, u8),
}

impl Cited {
    fn key(&self) -> String {
        format!("kjt-event-{}-v{}", self.id, self.number)
    }

    fn file_name(&self, extension: &str) -> String {
        format!("event-{}-v{}.{extension}", self.id, self.number)
    }
}

/// The citation of the event at its newest revision, as the page at `/events/{id}-{slug}`
/// in `lang` shows it; `None` for an event readers cannot see.
pub(crate) async fn cited(
    state: &AppState,
    id: EventId,
    lang: Lang,
) -> Result<Option<Cited>, AppError> {
    let Some(event) = state.store.event(id, lang).await? else {
        return Ok(None);
    };
    let Some(RevisionStamp { number, at }) = state.store.latest_revision(id).await? else {
        return Ok(None);
    };
    let day = at.date().map_or((1970, 1, 1), |day| day.first_day());
    Ok(Some(Cited {
        id,
        number: number.get(),
        url: format!(
            "{}{}",
            state.public_url,
            lang.path(&revision_path(&event.path(), number))
        ),
        title: event.title,
        lang: event.lang,
        site: t(lang, "site-name"),
        day,
    }))
}

/// `GET /events/{key}/cite.ris`: RIS, one tag a line, lines ending CRLF as the format asks.
pub(crate) async fn ris(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Extension(lang): Extension<Lang>,
) -> Response {
    answer(&state, &key, lang, "ris", |c| {
        let (year, month, day) = c.day;
        let lines = [
            ("TY", "ELEC".to_owned()),
            ("TI", one_line(&c.title)),
            ("T2", one_line(&c.site)),
            ("PB", one_line(&c.site)),
            ("PY", year.to_string()),
            ("DA", format!("{year:04}/{month:02}/{day:02}")),
            ("ET", c.number.to_string()),
            ("LA", c.lang.code().to_owned()),
            ("UR", c.url.clone()),
            ("ID", c.key()),
        ];
        let mut ris: String = lines
            .iter()
            .map(|(tag, value)| format!("{tag}  - {value}\r\n"))
            .collect();
        ris.push_str("ER  - \r\n");
        ris
    })
    .await
}

/// `GET /events/{key}/cite.bib`: one biblatex `@online` entry.
pub(crate) async fn bibtex(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Extension(lang): Extension<Lang>,
) -> Response {
    answer(&state, &key, lang, "bib", |c| {
        let (year, month, day) = c.day;
        let fields = [
            ("title", braced(&c.title)),
            ("organization", braced(&c.site)),
            ("date", format!("{year:04}-{month:02}-{day:02}")),
            ("version", c.number.to_string()),
            ("language", c.lang.code().to_owned()),
            ("url", c.url.clone()),
        ];
        let body: String = fields
            .iter()
            .map(|(name, value)| format!("  {name} = {{{value}}},\n"))
            .collect();
        format!("@online{{{},\n{body}}}\n", c.key())
    })
    .await
}

/// `GET /events/{key}/cite.json`: CSL-JSON, a list of one item.
pub(crate) async fn csl_json(
    State(state): State<AppState>,
    Path(key): Path<String>,
    Extension(lang): Extension<Lang>,
) -> Response {
    answer(&state, &key, lang, "json", |c| {
        let (year, month, day) = c.day;
        let item = serde_json::json!([{
            "id": c.key(),
            "type": "webpage",
            "title": c.title,
            "container-title": c.site,
            "publisher": c.site,
            "issued": { "date-parts": [[year, month, day]] },
            "version": c.number.to_string(),
            "language": c.lang.code(),
            "URL": c.url,
        }]);
        item.to_string()
    })
    .await
}

/// The file's media type, by its extension.
fn media_type(extension: &str) -> &'static str {
    match extension {
        "ris" => "application/x-research-info-systems; charset=utf-8",
        "bib" => "application/x-bibtex; charset=utf-8",
        _ => "application/vnd.citationstyles.csl+json; charset=utf-8",
    }
}

async fn answer(
    state: &AppState,
    key: &str,
    lang: Lang,
    extension: &str,
    write: impl FnOnce(&Cited) -> String,
) -> Response {
    let Some(id) = event_id_in(key) else {
        return AppError::not_found(format!("There is no event {key}.")).into_response();
    };
    let cited = match cited(state, id, lang).await {
        Ok(Some(cited)) => cited,
        Ok(None) => return not_citable(state, id).await,
        Err(err) => return err.into_response(),
    };
    let disposition = format!("attachment; filename=\"{}\"", cited.file_name(extension));
    (
        [
            (header::CONTENT_TYPE, media_type(extension).to_owned()),
            (header::CONTENT_DISPOSITION, disposition),
        ],
        write(&cited),
    )
        .into_response()
}

/// A retired event is gone, with its citations; any other was never here.
async fn not_citable(state: &AppState, id: EventId) -> Response {
    match state.store.is_retired(id).await {
        Ok(true) => AppError::gone(format!("Event {id} has been withdrawn.")).into_response(),
        Ok(false) => AppError::not_found(format!("There is no event {id}.")).into_response(),
        Err(err) => AppError::from(err).into_response(),
    }
}

/// A value on one RIS line: line breaks would end it early.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A value for a BibTeX field in braces: TeX's special characters escaped, so the text reads
/// as written and the braces stay balanced.
fn braced(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
        match c {
            '{' | '}' | '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '\\' => out.push_str("\\textbackslash{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tex_specials_are_escaped_and_lines_joined() {
        assert_eq!(braced("50% & {more}_x"), "50\\% \\& \\{more\\}\\_x");
        assert_eq!(
            braced("a\\b ~ ^"),
            "a\\textbackslash{}b \\textasciitilde{} \\textasciicircum{}"
        );
        assert_eq!(one_line("one\r\ntwo  three"), "one two three");
    }
}
