//! Each row of a file put through the event form's own rules (`EventForm::validate`, the
//! one place they live) and weighed against the database: which events it creates, which
//! it updates, and which rows are refused and why. Run for the preview and again on
//! confirmation, so what is written is what the rules accept at that moment.

use super::{StagedRow, StagedRows};
use crate::model::{
    EventDraft, EventId, FormProblem, ImportKind, ImportProblem, PreviewRow, RowOutcome,
    RowProblem, column_of,
};
use crate::server::store::{Imported, Store, StoreResult};
use std::collections::HashSet;

/// A row checked: as the preview shows it, and what confirming writes for it.
pub(crate) struct Checked {
    pub preview: PreviewRow,
    pub event: Option<Imported>,
}

pub(crate) async fn check(store: &Store, staged: &StagedRows) -> StoreResult<Vec<Checked>> {
    let drafts: Vec<_> = staged.rows.iter().map(|row| row.form.validate()).collect();
    let named: Vec<EventId> = staged
        .rows
        .iter()
        .filter_map(|row| row.id)
        .chain(
            drafts
                .iter()
                .flatten()
                .flat_map(|d| d.related.iter().copied()),
        )
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let known = store.event_versions(&named).await?;
    // The numbers the file gives its new events, which its rows may relate to.
    let numbered: HashSet<EventId> = staged
        .rows
        .iter()
        .filter_map(|row| row.id)
        .filter(|id| !known.contains_key(id))
        .collect();
    let mut seen = HashSet::new();
    let checked = staged.rows.iter().zip(drafts).map(|(row, draft)| {
        let mut problems = row.problems.clone();
        let mut problem = |column: &str, problem| {
            problems.push(RowProblem {
                column: column.to_owned(),
                problem,
            })
        };
        let draft = match draft {
            Ok(draft) => Some(draft),
            Err(errors) => {
                for (field, form_problem) in errors.0 {
                    problem(
                        &column_of(field, staged.kind),
                        ImportProblem::Form(form_problem),
                    );
                }
                None
            }
        };
        if let Some(draft) = &draft {
            for &other in &draft.related {
                let exists = known.contains_key(&other) || numbered.contains(&other);
                if !exists || Some(other) == row.id {
                    let unknown = FormProblem::UnknownRelated(other);
                    problem("related", ImportProblem::Form(unknown));
                }
            }
        }
        let outcome = match row.id {
            Some(id) if !seen.insert(id) => Err(ImportProblem::RepeatedId(id)),
            Some(id) => match (known.get(&id), row.version) {
                (None, _) => Ok(RowOutcome::Create { id: Some(id) }),
                (Some(_), _) if staged.kind == ImportKind::TimelineJs => {
                    Err(ImportProblem::Exists(id))
                }
                (Some(_), None) => Err(ImportProblem::NoVersion),
                (Some(&current), Some(exported)) if current != exported => {
                    Err(ImportProblem::Stale { exported, current })
                }
                (Some(_), Some(version)) => Ok(RowOutcome::Update { id, version }),
            },
            None => Ok(RowOutcome::Create { id: None }),
        };
        let outcome = outcome.unwrap_or_else(|p| {
            problem(id_column(staged.kind, &p), p);
            RowOutcome::Refused(Vec::new())
        });
        let (outcome, event) = match (outcome, draft) {
            (outcome, Some(draft)) if problems.is_empty() => {
                let event = imported(&outcome, draft);
                (outcome, event)
            }
            _ => (RowOutcome::Refused(problems), None),
        };
        Checked {
            preview: preview(row, outcome),
            event,
        }
    });
    Ok(checked.collect())
}

/// The column a problem with the row's event number stands in.
fn id_column(kind: ImportKind, problem: &ImportProblem) -> &'static str {
    match (kind, problem) {
        (ImportKind::TimelineJs, _) => "unique_id",
        (ImportKind::Csv, ImportProblem::NoVersion | ImportProblem::Stale { .. }) => "version",
        (ImportKind::Csv, _) => "id",
    }
}

fn imported(outcome: &RowOutcome, draft: EventDraft) -> Option<Imported> {
    match *outcome {
        RowOutcome::Create { id } => Some(Imported::Create { id, draft }),
        RowOutcome::Update { id, version } => Some(Imported::Update { id, version, draft }),
        RowOutcome::Refused(_) => None,
    }
}

fn preview(row: &StagedRow, outcome: RowOutcome) -> PreviewRow {
    let form = &row.form;
    let when = match form.end.trim() {
        "" => form.start.trim().to_owned(),
        end => format!("{} – {end}", form.start.trim()),
    };
    PreviewRow {
        place: row.place,
        title: form.title.clone(),
        when,
        outcome,
    }
}
