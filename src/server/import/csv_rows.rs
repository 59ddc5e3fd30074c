//! A CSV file in the columns the export writes (`http::exports::COLUMNS`, in any order),
//! each row read into the event form's fields as if typed: an empty `id` makes a new event,
//! an id an existing event's update (from the `version` exported), an id that is free a new
//! event under that number. `url` is the export's and is not read.

use super::StagedRow;
use crate::model::{
    EventForm, EventId, FileProblem, ImportProblem, Lang, PositionForm, RowPlace, RowProblem,
    SourceForm, TranslationForm, Version,
};
use crate::server::http::exports::COLUMNS;
use serde::Deserialize;

pub(super) fn read(text: &str) -> Result<Vec<StagedRow>, FileProblem> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(unreadable)?.clone();
    let names: Vec<&str> = header.iter().map(str::trim).collect();
    let missing: Vec<String> = COLUMNS
        .iter()
        .filter(|c| !names.contains(c))
        .map(|c| c.to_string())
        .collect();
    let unknown: Vec<String> = names
        .iter()
        .filter(|n| !COLUMNS.contains(n))
        .map(|n| n.to_string())
        .collect();
    // Unknown columns first: a file with none of ours is most likely not an export at all.
    if !unknown.is_empty() {
        return Err(FileProblem::UnknownColumns(unknown));
    }
    if !missing.is_empty() {
        return Err(FileProblem::MissingColumns(missing));
    }
    // Where each of the export's columns is in this file.
    let columns: Vec<usize> = COLUMNS
        .iter()
        .map(|c| names.iter().position(|n| n == c).expect("checked above"))
        .collect();
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(unreadable)?;
        // The line it starts on in the file, as a spreadsheet numbers it: the reader counts
        // the line breaks before a record, one fewer than that.
        let line = record.position().map_or(0, |p| p.line() + 1);
        let cells = Cells(
            columns
                .iter()
                .map(|&at| record.get(at).unwrap_or_default())
                .collect(),
        );
        rows.push(row(RowPlace::Line(line), &cells));
        if rows.len() > crate::model::MAX_IMPORT_ROWS {
            break;
        }
    }
    Ok(rows)
}

fn unreadable(err: csv::Error) -> FileProblem {
    FileProblem::Unreadable(err.to_string())
}

/// A record's cells, in the export's order.
struct Cells<'a>(Vec<&'a str>);

impl<'a> Cells<'a> {
    fn get(&self, name: &str) -> &'a str {
        let column = COLUMNS.iter().position(|c| *c == name);
        self.0[column.expect("one of the export's columns")]
    }
}

/// One record as the form's fields.
fn row(place: RowPlace, cells: &Cells<'_>) -> StagedRow {
    let cell = |name: &str| cells.get(name);
    let mut problems = Vec::new();
    let mut problem = |column: &str, problem| {
        problems.push(RowProblem {
            column: column.to_owned(),
            problem,
        })
    };
    let id: Option<EventId> = match cell("id").trim() {
        "" => None,
        text => text
            .parse()
            .map_err(|_| problem("id", ImportProblem::NotAnId(text.to_owned())))
            .ok(),
    };
    let version: Option<Version> = match cell("version").trim() {
        "" => None,
        text => text
            .parse()
            .map_err(|_| problem("version", ImportProblem::NotAVersion(text.to_owned())))
            .ok(),
    };
    let mut flag = |column: &str| match cell(column).trim() {
        "1" | "true" | "TRUE" => true,
        "" | "0" | "false" | "FALSE" => false,
        other => {
            problem(column, ImportProblem::NotAFlag(other.to_owned()));
            false
        }
    };
    let (start_circa, end_circa) = (flag("start_circa"), flag("end_circa"));
    let translations = Lang::ALL
        .into_iter()
        .filter(|&lang| lang != Lang::ORIGINAL)
        .map(|lang| TranslationForm {
            lang,
            title: cell(&format!("title_{lang}")).to_owned(),
            summary: cell(&format!("summary_{lang}")).to_owned(),
            body: cell(&format!("body_{lang}")).to_owned(),
        })
        .collect();
    let sources = json_list::<SourceCell>(cell("sources"))
        .map_err(|err| problem("sources", ImportProblem::NotJson(err)))
        .unwrap_or_default()
        .into_iter()
        .map(SourceForm::from)
        .collect();
    let positions = json_list::<PositionCell>(cell("positions"))
        .map_err(|err| problem("positions", ImportProblem::NotJson(err)))
        .unwrap_or_default()
        .into_iter()
        .map(PositionForm::from)
        .collect();
    let form = EventForm {
        title: cell("title_en").to_owned(),
        summary: cell("summary_en").to_owned(),
        body: cell("body_en").to_owned(),
        translations,
        start: cell("start").to_owned(),
        start_circa,
        end: cell("end").to_owned(),
        end_circa,
        category: cell("category").trim().to_owned(),
        actors: cell("actors")
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|a| !a.is_empty())
            .map(str::to_owned)
            .collect(),
        sources,
        positions,
        related: cell("related").to_owned(),
        version: String::new(),
        // An import never marks a correction, nor carries a note for readers.
        note: String::new(),
        correction: false,
    };
    StagedRow {
        place,
        id,
        version,
        form,
        problems,
    }
}

/// A JSON list in a cell; an empty cell is an empty list.
fn json_list<T: for<'de> Deserialize<'de>>(cell: &str) -> Result<Vec<T>, String> {
    match cell.trim() {
        "" => Ok(Vec::new()),
        text => serde_json::from_str(text).map_err(|err| err.to_string()),
    }
}

/// A source as the export writes it; every field text, for the form's rules to judge.
#[derive(Deserialize)]
struct SourceCell {
    #[serde(default)]
    publisher: String,
    #[serde(default)]
    headline: String,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

impl From<SourceCell> for SourceForm {
    fn from(cell: SourceCell) -> Self {
        Self {
            publisher: cell.publisher,
            headline: cell.headline,
            date: cell.date.unwrap_or_default(),
            url: cell.url.unwrap_or_default(),
        }
    }
}

/// A position as the API writes it.
#[derive(Deserialize)]
struct PositionCell {
    #[serde(default)]
    holder: HolderCell,
    #[serde(default)]
    lang: String,
    #[serde(default)]
    quote: String,
    source: Option<SourceCell>,
    #[serde(default)]
    translations: Vec<TranslationCell>,
}

#[derive(Default, Deserialize)]
struct HolderCell {
    #[serde(default)]
    actor: String,
    court: Option<String>,
}

#[derive(Deserialize)]
struct TranslationCell {
    lang: String,
    text: String,
}

impl From<PositionCell> for PositionForm {
    fn from(cell: PositionCell) -> Self {
        let mut form = PositionForm {
            // The form names a court by itself, a government by its state.
            holder: cell.holder.court.unwrap_or(cell.holder.actor),
            lang: cell.lang.clone(),
            source: cell.source.map(SourceForm::from).unwrap_or_default(),
            ..PositionForm::default()
        };
        if let Ok(lang) = cell.lang.parse::<Lang>() {
            *form.words_mut(lang) = cell.quote;
        }
        for translation in cell.translations {
            if let Ok(lang) = translation.lang.parse::<Lang>() {
                *form.words_mut(lang) = translation.text;
            }
        }
        form
    }
}
