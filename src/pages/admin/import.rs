//! `/admin/import`: events from a file, and `/admin/import/{id}`: the file's preview, row by
//! row, with the form that confirms it. Plain forms that post to the server, so they work
//! without JavaScript; with it, the upload's button says the file is being read.

use super::event_form::problem_words;
use super::{AdminNav, AdminProblem};
use crate::components::{PageTitle, posted, set_status};
use crate::i18n::{t, t_with, use_lang};
use crate::loaders::editors::{ImportAnswer, load_import};
use crate::model::{
    FileProblem, ImportPreview, ImportProblem, Lang, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, PreviewRow,
    RowOutcome, RowPlace,
};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::{use_params_map, use_query_map};

#[component]
pub fn ImportPage() -> impl IntoView {
    let lang = use_lang();
    let query = use_query_map();
    let answer = Resource::new(|| (), |()| posted::<ImportAnswer>());
    let done = move || {
        let query = query.read_untracked();
        let count = |name: &str| query.get(name)?.parse::<u64>().ok();
        let (created, updated) = (count("created")?, count("updated")?);
        Some(t_with(
            lang,
            "import-done",
            &[("count", created.into()), ("updated", updated.into())],
        ))
    };
    view! {
        <PageTitle text=t(lang, "admin-import-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <h1>{t(lang, "admin-import")}</h1>
            {done().map(|done| view! { <p class="notice" role="status">{done}</p> })}
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    answer.await.problem.map(|problem| {
                        view! {
                            <div class="notice" role="alert">
                                <p>{file_problem_words(lang, &problem)}</p>
                            </div>
                        }
                    })
                })}
            </Suspense>
            <p>{t(lang, "import-lede")}</p>
            <p>
                {t_with(
                    lang,
                    "import-limits",
                    &[
                        ("megabytes", (MAX_IMPORT_BYTES / (1024 * 1024)).into()),
                        ("count", MAX_IMPORT_ROWS.into()),
                    ],
                )}
            </p>
            <form
                class="import-form"
                method="post"
                action=lang.path(crate::paths::IMPORT)
                enctype="multipart/form-data"
            >
                <label for="import-file">{t(lang, "import-file")}</label>
                <input
                    id="import-file"
                    type="file"
                    name="file"
                    accept=".csv,.json,text/csv,application/json"
                    required
                />
                <button class="button" type="submit" data-busy=t(lang, "import-reading")>
                    {t(lang, "import-preview")}
                </button>
            </form>
        </section>
    }
}

/// Why a file was not read, in the editor's language.
fn file_problem_words(lang: Lang, problem: &FileProblem) -> String {
    let columns =
        |id: &str, names: &[String]| t_with(lang, id, &[("columns", names.join(", ").into())]);
    match problem {
        FileProblem::NoFile => t(lang, "import-no-file"),
        FileProblem::Empty => t(lang, "import-empty"),
        FileProblem::NotUtf8 {
            looks_like: Some(encoding),
        } => t_with(
            lang,
            "import-not-utf8-as",
            &[("encoding", encoding.clone().into())],
        ),
        FileProblem::NotUtf8 { looks_like: None } => t(lang, "import-not-utf8"),
        FileProblem::Unreadable(reason) => t_with(
            lang,
            "import-unreadable",
            &[("reason", reason.clone().into())],
        ),
        FileProblem::MissingColumns(names) => columns("import-missing-columns", names),
        FileProblem::UnknownColumns(names) => columns("import-unknown-columns", names),
        FileProblem::NoRows => t(lang, "import-no-rows"),
        FileProblem::TooManyRows => t_with(
            lang,
            "import-too-many-rows",
            &[("count", MAX_IMPORT_ROWS.into())],
        ),
    }
}

#[component]
pub fn ImportPreviewPage() -> impl IntoView {
    let lang = use_lang();
    let params = use_params_map();
    let id = move || params.read().get("key").unwrap_or_default();
    let preview = Resource::new(id, |id| async move {
        let answer = posted::<ImportAnswer>().await;
        load_import(id)
            .await
            .map(|preview| (answer.notice, preview))
    });
    view! {
        <PageTitle text=t(lang, "admin-import-title") />
        <Meta name="robots" content="noindex" />
        <section class="admin">
            <AdminNav />
            <Suspense fallback=move || view! { <p class="loading">{t(lang, "import-checking")}</p> }>
                {move || Suspend::new(async move {
                    match preview.await {
                        Ok((notice, Some(preview))) => view! { <Preview preview notice /> }.into_any(),
                        Ok((_, None)) => {
                            set_status(404);
                            view! {
                                <h1>{t(lang, "admin-import")}</h1>
                                <p class="notice" role="alert">{t(lang, "import-gone")}</p>
                                <a class="button" href=lang.path(crate::paths::IMPORT)>
                                    {t(lang, "import-again")}
                                </a>
                            }
                                .into_any()
                        }
                        Err(err) => view! { <AdminProblem error=err /> }.into_any(),
                    }
                })}
            </Suspense>
        </section>
    }
}

#[component]
fn Preview(preview: ImportPreview, notice: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let (created, updated, refused) = preview.counts();
    let counts = t_with(
        lang,
        "import-counts",
        &[
            ("count", created.into()),
            ("updated", updated.into()),
            ("refused", refused.into()),
        ],
    );
    let action = lang.path(&format!("{}/{}", crate::paths::IMPORT, preview.id));
    let confirm = match preview.can_confirm() {
        true => view! {
            <form class="import-confirm" method="post" action=action>
                <input type="hidden" name="csrf" value=preview.csrf.clone() />
                <button class="button" type="submit">
                    {t_with(lang, "import-confirm", &[("count", (created + updated).into())])}
                </button>
            </form>
        }
        .into_any(),
        false => view! {
            <p>{t(lang, "import-cannot-confirm")}</p>
            <a class="button" href=lang.path(crate::paths::IMPORT)>
                {t(lang, "import-again")}
            </a>
        }
        .into_any(),
    };
    view! {
        <h1>{t_with(lang, "import-preview-title", &[("file", preview.file_name.clone().into())])}</h1>
        {notice.map(|notice| view! { <p class="notice" role="alert">{notice}</p> })}
        <p class="import-counts">{counts}</p>
        {confirm}
        <table class="admin-table import-rows">
            <thead>
                <tr>
                    <th scope="col">{t(lang, "column-row")}</th>
                    <th scope="col">{t(lang, "column-title")}</th>
                    <th scope="col">{t(lang, "column-date")}</th>
                    <th scope="col">{t(lang, "column-outcome")}</th>
                </tr>
            </thead>
            <tbody>{preview.rows.into_iter().map(|row| view! { <Row row lang /> }).collect_view()}</tbody>
        </table>
    }
    .into_any()
}

#[component]
fn Row(row: PreviewRow, lang: Lang) -> impl IntoView {
    let place = match row.place {
        RowPlace::Line(line) => t_with(lang, "import-line", &[("line", line.into())]),
        RowPlace::Slide(slide) => t_with(lang, "import-slide", &[("slide", slide.into())]),
    };
    let (kind, outcome) = match &row.outcome {
        RowOutcome::Create { id: Some(id) } => (
            "create",
            t_with(lang, "import-create-as", &[("id", id.to_string().into())]),
        ),
        RowOutcome::Create { id: None } => ("create", t(lang, "import-create")),
        RowOutcome::Update { id, version } => (
            "update",
            t_with(
                lang,
                "import-update",
                &[
                    ("id", id.to_string().into()),
                    ("version", version.to_string().into()),
                ],
            ),
        ),
        RowOutcome::Refused(_) => ("refused", t(lang, "import-refused")),
    };
    let problems = match row.outcome {
        RowOutcome::Refused(problems) => problems,
        _ => Vec::new(),
    };
    view! {
        <tr data-outcome=kind>
            <th scope="row">{place}</th>
            <td lang="en">{row.title}</td>
            <td>{row.when}</td>
            <td>
                {outcome}
                {(!problems.is_empty())
                    .then(|| {
                        view! {
                            <ul class="import-problems">
                                {problems
                                    .into_iter()
                                    .map(|p| {
                                        view! {
                                            <li>
                                                <code>{p.column}</code>
                                                ": "
                                                {import_problem_words(lang, &p.problem)}
                                            </li>
                                        }
                                    })
                                    .collect_view()}
                            </ul>
                        }
                    })}
            </td>
        </tr>
    }
}

/// What is wrong with a row, in the editor's language: the form's own words where it is
/// the form's rule.
fn import_problem_words(lang: Lang, problem: &ImportProblem) -> String {
    let about = |id: &str, value: &str| t_with(lang, id, &[("value", value.to_owned().into())]);
    let id = |id: &str, event: String| t_with(lang, id, &[("id", event.into())]);
    match problem {
        ImportProblem::Form(problem) => problem_words(lang, problem),
        ImportProblem::NotJson(reason) => about("import-not-json", reason),
        ImportProblem::NotAnId(value) => about("problem-not-event-number", value),
        ImportProblem::NotAVersion(value) => about("import-not-version", value),
        ImportProblem::NotAFlag(value) => about("import-not-flag", value),
        ImportProblem::NoVersion => t(lang, "import-no-version"),
        ImportProblem::Stale { exported, current } => t_with(
            lang,
            "import-stale",
            &[
                ("exported", exported.to_string().into()),
                ("current", current.to_string().into()),
            ],
        ),
        ImportProblem::RepeatedId(event) => id("import-repeated-id", event.to_string()),
        ImportProblem::Exists(event) => id("import-exists", event.to_string()),
    }
}
