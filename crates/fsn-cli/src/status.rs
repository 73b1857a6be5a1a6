//! `fsn status`: every notice × language, how much is translated, whether it is reviewed
//! (per file, and per message against today's source), and whether `fsn build` would
//! publish it.

use std::path::Path;

use fsn_core::{Diagnostics, Repository};
use fsn_l10n::review::{NoticeRef, Reviews, State};

use crate::report::Failure;

/// One row of the table.
struct Row {
    notice: String,
    lang: String,
    translated: String,
    review: String,
    stale: String,
    unreviewed: String,
    publishable: &'static str,
    /// With --verbose: per file, the stale and the unreviewed messages.
    details: Vec<String>,
}

pub(crate) fn status(verbose: bool) -> Result<(), Failure> {
    let repository = Repository::discover(Path::new("."))?;
    let reviews = Reviews::new(&repository);
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
                    stale: "-".to_owned(),
                    unreviewed: "-".to_owned(),
                    publishable: "no",
                    details: Vec::new(),
                });
                continue;
            }
        };
        let source: Vec<&str> = loaded
            .catalog(&loaded.notice.source_language)
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
            let (mut stale, mut open, mut details) = (0, 0, Vec::new());
            match reviews.notice(NoticeRef::of(&loaded), lang) {
                Ok(files) => {
                    for file in files.iter().filter(|file| !file.is_current()) {
                        let (file_stale, file_open) = file.counts();
                        stale += file_stale;
                        open += file_open;
                        let named = |wanted: fn(&State) -> bool| {
                            let keys: Vec<&str> = file
                                .messages
                                .iter()
                                .filter(|message| wanted(&message.state))
                                .map(|message| message.key.as_str())
                                .collect();
                            keys.join(", ")
                        };
                        let mut line = format!("  {}:", file.file.path().display());
                        if file_stale > 0 {
                            let keys = named(|state| matches!(state, State::Stale { .. }));
                            line.push_str(&format!(" stale: {keys};"));
                        }
                        if file_open > 0 {
                            let keys =
                                named(|state| matches!(state, State::Edited | State::Unreviewed));
                            line.push_str(&format!(" unreviewed: {keys};"));
                        }
                        details.push(line.trim_end_matches(';').to_owned());
                    }
                }
                Err(diagnostics) => problems.0.extend(diagnostics.0),
            }
            let publishable =
                listed && unreviewed == 0 && complete && composes && stale == 0 && open == 0;
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
                stale: stale.to_string(),
                unreviewed: open.to_string(),
                publishable: if publishable { "yes" } else { "no" },
                details,
            });
        }
    }
    print_table(&rows);
    if verbose {
        for row in rows.iter().filter(|row| !row.details.is_empty()) {
            println!("\n{} {}:", row.notice, row.lang);
            for line in &row.details {
                println!("{line}");
            }
        }
    }
    if problems.has_errors() {
        Err(problems.into())
    } else {
        Ok(())
    }
}

fn print_table(rows: &[Row]) {
    let headings = [
        "notice",
        "lang",
        "messages",
        "review",
        "stale",
        "unreviewed",
        "publishable",
    ];
    let cells: Vec<[&str; 7]> = rows
        .iter()
        .map(|row| {
            [
                row.notice.as_str(),
                row.lang.as_str(),
                row.translated.as_str(),
                row.review.as_str(),
                row.stale.as_str(),
                row.unreviewed.as_str(),
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
    let line = |cells: [&str; 7]| {
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
