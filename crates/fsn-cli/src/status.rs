//! `fsn status`: every notice × language, how much is translated, whether it is reviewed, and
//! whether `fsn build` would publish it.

use std::path::Path;

use fsn_core::{Diagnostics, Repository};

use crate::report::Failure;

/// The language translations are counted against.
const SOURCE_LOCALE: &str = "en";

/// One row of the table.
struct Row {
    notice: String,
    lang: String,
    translated: String,
    review: String,
    publishable: &'static str,
}

pub(crate) fn status() -> Result<(), Failure> {
    let repository = Repository::discover(Path::new("."))?;
    let mut rows = Vec::new();
    let mut problems = Diagnostics::default();
    for dir in repository.notice_dirs()? {
        let loaded = match repository.load(&dir) {
            Ok(loaded) => loaded,
            Err(diagnostics) => {
                let id = dir
                    .file_name()
                    .map(|name| name.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let errors = diagnostics.error_count();
                problems.0.extend(diagnostics.0);
                rows.push(Row {
                    notice: id,
                    lang: "*".to_owned(),
                    translated: "-".to_owned(),
                    review: format!("does not load ({errors} errors)"),
                    publishable: "no",
                });
                continue;
            }
        };
        let source: Vec<&str> = loaded
            .catalog(SOURCE_LOCALE)
            .map(|catalog| catalog.message_ids().collect())
            .unwrap_or_default();
        let published = loaded.languages().iter().map(|lang| (lang, true));
        let drafts = loaded.draft_languages().iter().map(|lang| (lang, false));
        for (lang, listed) in published.chain(drafts) {
            let Some(catalog) = loaded.catalog(lang) else {
                continue;
            };
            let have: Vec<&str> = catalog.message_ids().collect();
            let done = source.iter().filter(|id| have.contains(id)).count();
            let complete = source.is_empty() || done == source.len();
            let unreviewed = catalog.drafts().len();
            let composes = loaded.compose(lang).is_ok();
            let publishable = listed && unreviewed == 0 && complete && composes;
            rows.push(Row {
                notice: loaded.notice.id.clone(),
                lang: lang.clone(),
                translated: if source.is_empty() {
                    "-".to_owned()
                } else {
                    format!("{done}/{}", source.len())
                },
                review: match (unreviewed, listed) {
                    (0, true) => "reviewed".to_owned(),
                    (0, false) => "reviewed, listed as draft".to_owned(),
                    (files, _) => format!("draft ({files} file(s) not reviewed)"),
                },
                publishable: if publishable { "yes" } else { "no" },
            });
        }
    }
    print_table(&rows);
    if problems.has_errors() {
        Err(problems.into())
    } else {
        Ok(())
    }
}

fn print_table(rows: &[Row]) {
    let headings = ["notice", "lang", "messages", "review", "publishable"];
    let cells: Vec<[&str; 5]> = rows
        .iter()
        .map(|row| {
            [
                row.notice.as_str(),
                row.lang.as_str(),
                row.translated.as_str(),
                row.review.as_str(),
                row.publishable,
            ]
        })
        .collect();
    let mut widths = headings.map(str::len);
    for row in &cells {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let line = |cells: [&str; 5]| {
        let padded: Vec<String> = cells
            .iter()
            .zip(widths)
            .map(|(cell, width)| format!("{cell:<width$}"))
            .collect();
        println!("{}", padded.join("  ").trim_end());
    };
    line(headings);
    for row in cells {
        line(row);
    }
}
