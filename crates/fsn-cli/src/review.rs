//! `fsn review`: records that the translations of one language were reviewed against today's
//! source texts, message by message, in the review records beside the messages files.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;

use fsn_core::{Diagnostic, Diagnostics, Repository};
use fsn_l10n::review::{
    FileReview, MessageReview, NoticeRef, Reviews, State, mark_reviewed, word_diff,
};

use crate::output::{OutputFile, write_all};
use crate::report::Failure;

/// What to record.
pub(crate) struct ReviewOptions<'a> {
    pub(crate) lang: &'a str,
    pub(crate) notices: &'a [String],
    pub(crate) files: &'a [PathBuf],
    pub(crate) messages: &'a [String],
    pub(crate) by: Option<&'a str>,
    pub(crate) date: Option<&'a str>,
    pub(crate) show: bool,
    pub(crate) interactive: bool,
}

pub(crate) fn review(options: &ReviewOptions<'_>) -> Result<(), Failure> {
    let repository = Repository::discover(Path::new("."))?;
    let files = selected_files(&repository, options)?;
    if options.show {
        show(&files);
        return Ok(());
    }
    let by = match options.by {
        Some(by) => by.to_owned(),
        None => git_user_name().ok_or_else(|| {
            Diagnostic::error("fsn::review::no_reviewer", "who reviewed is not known")
                .with_help("pass --by \"Your Name\", or set `git config user.name`")
        })?,
    };
    let date = match options.date {
        Some(date) if is_iso_date(date) => date.to_owned(),
        Some(date) => {
            return Err(Diagnostic::error(
                "fsn::review::bad_date",
                format!("`{date}` is not a date"),
            )
            .with_help("write it as YYYY-MM-DD, e.g. --date 2026-12-01")
            .into());
        }
        None => crate::skeleton::today(),
    };

    let chosen = if options.interactive {
        let stdin = std::io::stdin();
        Some(ask(
            &files,
            options.messages,
            &mut stdin.lock(),
            &mut std::io::stdout(),
        )?)
    } else {
        None
    };
    let mut outputs = Vec::new();
    let (mut stale, mut changed, mut new, mut recorded) = (0, 0, 0, 0);
    for file in files.values() {
        let record = match &chosen {
            Some(chosen) => file.reviewed_where(
                |message| chosen.contains(&(file.file.path().to_path_buf(), message.key.clone())),
                &by,
                &date,
            ),
            None => file.reviewed(options.messages, &by, &date),
        };
        for message in &file.messages {
            let entry = record.messages.get(&message.key);
            if entry == file.record.messages.get(&message.key) {
                continue;
            }
            recorded += 1;
            match message.state {
                State::Stale { .. } => stale += 1,
                State::Edited => changed += 1,
                State::Unreviewed => new += 1,
                State::Reviewed => {}
            }
        }
        if record != file.record {
            let name = file
                .file
                .path()
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_default();
            outputs.push(OutputFile {
                path: file.record_path.clone(),
                bytes: record.to_toml(&name).into_bytes(),
            });
        }
        // The file's status line stays a true summary: reviewed once every message is.
        if file.is_current_with(&record)
            && let Some(text) = mark_reviewed(file.file.text())
        {
            outputs.push(OutputFile {
                path: file.file.path().to_path_buf(),
                bytes: text.into_bytes(),
            });
        }
    }
    for path in write_all(outputs)? {
        eprintln!("wrote {}", path.display());
    }
    eprintln!(
        "recorded {recorded} review(s) in {} ({stale} stale, {changed} changed, {new} new) by {by} on {date}",
        options.lang
    );
    Ok(())
}

/// The files of the language that the options select, reviewed, by path.
fn selected_files(
    repository: &Repository,
    options: &ReviewOptions<'_>,
) -> Result<BTreeMap<PathBuf, Arc<FileReview>>, Failure> {
    let lang = options.lang;
    let dirs = crate::options::selected_notices(repository, options.notices)?;
    let wanted_files: Vec<PathBuf> = options.files.iter().map(|path| canonical(path)).collect();
    let reviews = Reviews::new(repository);
    let mut problems = Diagnostics::default();
    let mut files = BTreeMap::new();
    for dir in &dirs {
        // A translation is reviewed as it composes: a broken one cannot be reviewed.
        let loaded = match repository.load_languages(dir, &[lang.to_owned()]) {
            Ok(loaded) => loaded,
            Err(diagnostics) => {
                problems.0.extend(diagnostics.0);
                continue;
            }
        };
        let listed = loaded.all_languages().any(|listed| listed == lang);
        if !listed {
            continue;
        }
        match reviews.notice(NoticeRef::of(&loaded), lang) {
            Ok(reviewed) => {
                for file in reviewed {
                    let path = file.file.path().to_path_buf();
                    if wanted_files.is_empty() || wanted_files.contains(&canonical(&path)) {
                        files.insert(path, file);
                    }
                }
            }
            Err(diagnostics) => problems.0.extend(diagnostics.0),
        }
    }
    if problems.has_errors() {
        return Err(problems.into());
    }
    if files.is_empty() {
        return Err(Diagnostic::error(
            "fsn::review::nothing",
            format!("nothing to review: no selected notice has the language `{lang}`"),
        )
        .with_help("check --lang, --notice and --file against the notices' languages")
        .into());
    }
    for id in options.messages {
        let known = files.values().any(|file| {
            file.messages
                .iter()
                .any(|message| message.message_id() == id || message.key == *id)
        });
        if !known {
            return Err(Diagnostic::error(
                "fsn::review::unknown_message",
                format!("no selected {lang} file has a message `{id}` with a source"),
            )
            .with_help("name a message id as it is written in the .ftl file")
            .into());
        }
    }
    Ok(files)
}

/// Prints what is not reviewed against today's source, with what changed in the source.
fn show(files: &BTreeMap<PathBuf, Arc<FileReview>>) {
    let mut open = 0;
    for file in files.values() {
        for message in &file.messages {
            let (line, column) = file.file.line_col(message.span.start);
            let at = format!("{}:{line}:{column}", file.file.path().display());
            match &message.state {
                State::Reviewed => continue,
                State::Stale { reviewed_against } => {
                    let (then, now) = word_diff(reviewed_against, &message.source_text);
                    println!("{at}: `{}` is stale; its source changed:", message.key);
                    println!("  reviewed: {then}");
                    println!("  now:      {now}");
                }
                State::Edited => println!("{at}: `{}` changed after review", message.key),
                State::Unreviewed => println!("{at}: `{}` is not reviewed", message.key),
            }
            open += 1;
        }
    }
    println!("{open} message(s) to review");
}

/// Asks about each stale or unreviewed message (of `only`, when it names any), showing its
/// source's change since the review and its translation; returns the (file, key) answered
/// yes. `q` or the end of the input stops asking; what was answered stays answered.
fn ask(
    files: &BTreeMap<PathBuf, Arc<FileReview>>,
    only: &[String],
    input: &mut impl BufRead,
    out: &mut impl Write,
) -> Result<BTreeSet<(PathBuf, String)>, Failure> {
    let mut chosen = BTreeSet::new();
    let open: Vec<(&Arc<FileReview>, &MessageReview)> = files
        .values()
        .flat_map(|file| file.messages.iter().map(move |message| (file, message)))
        .filter(|(_, message)| message.state != State::Reviewed)
        .filter(|(_, message)| {
            only.is_empty()
                || only
                    .iter()
                    .any(|id| id == message.message_id() || *id == message.key)
        })
        .collect();
    let io = |err: std::io::Error| {
        Diagnostic::error("fsn::review::io", format!("cannot ask: {err}"))
            .with_help("run without --interactive, naming the messages with --message")
    };
    'messages: for (index, (file, message)) in open.iter().enumerate() {
        let (line, column) = file.file.line_col(message.span.start);
        let at = format!("{}:{line}:{column}", file.file.path().display());
        writeln!(
            out,
            "[{}/{}] {at}: `{}`",
            index + 1,
            open.len(),
            message.key
        )
        .map_err(io)?;
        match &message.state {
            State::Stale { reviewed_against } => {
                let (then, now) = word_diff(reviewed_against, &message.source_text);
                writeln!(out, "  stale: its source changed since the review").map_err(io)?;
                writeln!(out, "  source reviewed: {then}").map_err(io)?;
                writeln!(out, "  source now:      {now}").map_err(io)?;
            }
            State::Edited => {
                writeln!(out, "  changed after its review").map_err(io)?;
                writeln!(out, "  source:          {}", message.source_text).map_err(io)?;
            }
            State::Unreviewed | State::Reviewed => {
                writeln!(out, "  not reviewed").map_err(io)?;
                writeln!(out, "  source:          {}", message.source_text).map_err(io)?;
            }
        }
        writeln!(out, "  translation:     {}", message.translation_text).map_err(io)?;
        loop {
            write!(out, "reviewed? [y/n/q] ").map_err(io)?;
            out.flush().map_err(io)?;
            let mut answer = String::new();
            if input.read_line(&mut answer).map_err(io)? == 0 {
                writeln!(out).map_err(io)?;
                break 'messages;
            }
            match answer.trim() {
                "y" | "Y" | "yes" => {
                    chosen.insert((file.file.path().to_path_buf(), message.key.clone()));
                    break;
                }
                "n" | "N" | "no" => break,
                "q" | "Q" | "quit" => break 'messages,
                _ => writeln!(out, "answer y (reviewed), n (not now) or q (stop)").map_err(io)?,
            }
        }
    }
    Ok(chosen)
}

/// `git config user.name`, when git knows it.
fn git_user_name() -> Option<String> {
    let output = Command::new("git")
        .args(["config", "user.name"])
        .output()
        .ok()?;
    let name = String::from_utf8(output.stdout).ok()?.trim().to_owned();
    (output.status.success() && !name.is_empty()).then_some(name)
}

fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    matches!(parts.as_slice(), [year, month, day]
        if year.len() == 4 && month.len() == 2 && day.len() == 2
            && parts.iter().all(|part| part.chars().all(|c| c.is_ascii_digit()))
            && (1..=12).contains(&month.parse::<u32>().unwrap_or(0))
            && (1..=31).contains(&day.parse::<u32>().unwrap_or(0)))
}

fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}
