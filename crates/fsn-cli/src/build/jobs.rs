//! Between the passes of `fsn build`: the first pass's notices turned into the render pass's
//! work, one job per notice × language in a fixed order (this shard's part of it), with the
//! records the manifest keeps and every problem found so far.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::AtomicUsize;

use fsn_core::{Diagnostic, Diagnostics, Document, LoadedNotice};

use super::fingerprint::Fingerprinter;
use super::manifest::{Composed, NoticeRecord};
use super::prepare::{Kept, Prepared};
use crate::options::BuildOptions;

/// One notice × language to render (or to take from the previous build).
pub(super) struct Job {
    /// Index of its notice in the build's list.
    pub(super) notice: usize,
    pub(super) id: String,
    pub(super) composed: Composed,
}

/// A notice in the render pass: loaded again when a job of it is rendered, and dropped when
/// its last job is done.
pub(super) struct NoticeSlot {
    pub(super) dir: PathBuf,
    pub(super) loaded: Mutex<Option<Arc<LoadedNotice>>>,
    /// Documents the first pass composed and kept, by language.
    pub(super) documents: Mutex<HashMap<String, Document>>,
    /// Jobs of this notice not yet done.
    pub(super) remaining: AtomicUsize,
}

/// The render pass's jobs, sorted by notice id and language, and the records of the notices
/// for the manifest, sorted by folder; or every problem of the first pass and of the
/// selection.
pub(super) fn plan_jobs(
    prepared: &mut [Prepared],
    mut problems: Diagnostics,
    fingerprinter: &Fingerprinter<'_>,
    options: &BuildOptions<'_>,
) -> Result<(Vec<Job>, Vec<NoticeRecord>), Diagnostics> {
    problems.0.extend(notice_twice(prepared));
    // A record is kept only if the shared folders did not change while the notices were read.
    let shared_unchanged = fingerprinter.shared_unchanged();
    let mut records: Vec<NoticeRecord> = prepared
        .iter_mut()
        .filter_map(|notice| notice.record.take())
        .filter(|_| shared_unchanged)
        .collect();
    records.sort_by(|a, b| a.dir.cmp(&b.dir));
    let mut jobs = Vec::new();
    for (notice, _, composed) in wanted(prepared, options) {
        match composed {
            Ok(composed) => jobs.push(Job {
                id: prepared[notice].id.clone(),
                notice,
                composed,
            }),
            Err(diagnostics) => problems.0.extend(diagnostics.0),
        }
    }
    if problems.has_errors() {
        return Err(problems);
    }
    if jobs.is_empty() && options.shard.is_none() {
        return Err(nothing_matched(prepared, options).into());
    }
    Ok((jobs, records))
}

/// One folder named twice in different spellings (`X` and `notices/X/`) is one notice.
fn notice_twice(prepared: &[Prepared]) -> Option<Diagnostic> {
    let mut ids: Vec<&str> = prepared.iter().map(|notice| notice.id.as_str()).collect();
    ids.sort_unstable();
    let pair = ids.windows(2).find(|pair| pair[0] == pair[1])?;
    Some(
        Diagnostic::error(
            "fsn::build::notice_twice",
            format!("notice {} is selected twice", pair[0]),
        )
        .with_help("name each notice once in --notice"),
    )
}

/// Every notice × language of the first pass (the index of its notice, the language, and
/// what composing it gave), sorted by notice id and language, and of a shard only its part.
fn wanted(
    prepared: &mut [Prepared],
    options: &BuildOptions<'_>,
) -> Vec<(usize, String, Result<Composed, Diagnostics>)> {
    let mut wanted: Vec<(usize, String, Result<Composed, Diagnostics>)> = Vec::new();
    for (index, notice) in prepared.iter_mut().enumerate() {
        for (lang, composed) in notice.langs.drain(..) {
            wanted.push((index, lang, composed));
        }
    }
    wanted.sort_by(|a, b| (&prepared[a.0].id, &a.1).cmp(&(&prepared[b.0].id, &b.1)));
    if let Some(shard) = options.shard {
        wanted = wanted
            .into_iter()
            .enumerate()
            .filter(|(position, _)| position % shard.count == shard.index - 1)
            .map(|(_, job)| job)
            .collect();
    }
    wanted
}

/// One slot per notice for the render pass, holding what the first pass kept of it.
pub(super) fn notice_slots(prepared: &mut [Prepared], jobs: &[Job]) -> Vec<NoticeSlot> {
    prepared
        .iter_mut()
        .enumerate()
        .map(|(index, notice)| {
            let kept = notice.kept.take();
            let (loaded, documents) = match kept {
                Some(Kept { notice, documents }) => (Some(notice), documents),
                None => (None, HashMap::new()),
            };
            NoticeSlot {
                dir: notice.dir.clone(),
                loaded: Mutex::new(loaded),
                documents: Mutex::new(documents),
                remaining: jobs.iter().filter(|job| job.notice == index).count().into(),
            }
        })
        .collect()
}

/// Why a build found nothing to do; a language asked for that is only a draft is named, with
/// its notices and the option that builds it.
fn nothing_matched(prepared: &[Prepared], options: &BuildOptions<'_>) -> Diagnostic {
    let drafts: Vec<String> = options
        .langs
        .iter()
        .filter(|_| !options.allow_draft)
        .filter_map(|lang| {
            let notices: Vec<&str> = prepared
                .iter()
                .filter(|notice| notice.draft_languages.contains(lang))
                .map(|notice| notice.id.as_str())
                .collect();
            (!notices.is_empty()).then(|| format!("{lang} (in {})", notices.join(", ")))
        })
        .collect();
    if drafts.is_empty() {
        return Diagnostic::error("fsn::build::nothing", "nothing to build: no notice matched")
            .with_help("check --notice and --lang against the notices under notices/");
    }
    Diagnostic::error(
        "fsn::build::nothing",
        format!(
            "nothing to build: {} only a draft language: {}",
            if drafts.len() == 1 { "the language asked for is" } else { "each language asked for is" },
            drafts.join("; ")
        ),
    )
    .with_help("build drafts with --allow-draft (every page then says DRAFT), or publish the language: move it from draft-languages to languages once every file is marked `### status: reviewed`")
}
