//! The render pass of `fsn build`: each job's files rendered (or taken from the previous
//! build when their inputs are unchanged) side by side and handed to the writer, which
//! stages them until the build commits.

use std::path::{Path, PathBuf};
use std::sync::atomic::Ordering;
use std::sync::{Arc, Mutex, MutexGuard};

use fsn_core::{Diagnostic, Diagnostics, Document, LoadedNotice, Repository};
use fsn_pdf::Typesetter;
use indicatif::{ProgressBar, ProgressStyle};

use super::incremental::{self, Previous};
use super::jobs::{Job, NoticeSlot};
use super::manifest::{ManifestFile, output_path, sha256};
use crate::options::{BuildOptions, Format};
use crate::output::{OutputFile, Writer};
use crate::parallel::map_in_parallel;
use crate::pdf_errors;

/// How many documents a memoised typst result may go unused before it is dropped.
const CACHE_AGE: usize = 4;

/// What the render pass shares with the build: where files go, what the previous build left,
/// and the notices the jobs are made of.
pub(super) struct RenderContext<'a> {
    pub(super) options: &'a BuildOptions<'a>,
    pub(super) writer: &'a Writer,
    /// The build this one replaces.
    pub(super) previous: &'a Previous,
    /// The repository's folder, to load notices again from.
    pub(super) root: &'a Path,
    pub(super) slots: &'a [NoticeSlot],
    pub(super) cores: usize,
}

/// What the render pass made: every file's manifest entry, how many of them were taken from
/// the previous build, and how many workers rendered.
pub(super) struct Rendered {
    pub(super) files: Vec<ManifestFile>,
    pub(super) reused: usize,
    pub(super) workers: usize,
}

/// Renders every job, side by side; every failure is reported together.
pub(super) fn render_all(
    jobs: &[Job],
    context: &RenderContext<'_>,
) -> Result<Rendered, Diagnostics> {
    let options = context.options;
    let typesetter = Typesetter::new();
    let progress = progress_bar(options, jobs.len());
    let workers = options
        .jobs
        .unwrap_or(context.cores)
        .clamp(1, jobs.len().max(1));
    // Files are staged as they are rendered, and put in place only if every one succeeds.
    let job_context = JobContext {
        build: context,
        typesetter: &typesetter,
        progress: &progress,
    };
    // Documents, not pages, are the unit of parallel work (see `parallel`): each worker
    // lays out its documents one after another with its share of the cores.
    let threads_per_worker = (context.cores / workers).max(1);
    let results = map_in_parallel(jobs, workers, Some(threads_per_worker), |job| {
        render_job(job, &job_context)
    });
    progress.finish_and_clear();
    let mut files = Vec::new();
    let mut reused = 0;
    let mut failures = Diagnostics::default();
    for result in results {
        match result {
            Ok(built) => {
                reused += built.iter().filter(|(_, reused)| *reused).count();
                files.extend(built.into_iter().map(|(file, _)| file));
            }
            Err(diagnostics) => failures.0.extend(diagnostics.0),
        }
    }
    if failures.has_errors() {
        return Err(failures);
    }
    Ok(Rendered {
        files,
        reused,
        workers,
    })
}

/// A bar on a terminal; CI (no terminal) gets one line per file after the build instead.
fn progress_bar(options: &BuildOptions<'_>, jobs: usize) -> ProgressBar {
    if !options.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        let bar = ProgressBar::new(jobs as u64);
        bar.set_style(
            ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    }
}

/// Advances the progress bar when a job ends, however it ends.
struct Tick<'a>(&'a ProgressBar);

impl Drop for Tick<'_> {
    fn drop(&mut self) {
        self.0.inc(1);
    }
}

/// What every job shares.
struct JobContext<'a> {
    build: &'a RenderContext<'a>,
    typesetter: &'a Typesetter,
    progress: &'a ProgressBar,
}

/// Renders one notice × language in every requested format (or takes a file unchanged from
/// the previous build), hands the files to the writer and returns their manifest entries,
/// each with whether it was reused.
fn render_job(
    job: &Job,
    context: &JobContext<'_>,
) -> Result<Vec<(ManifestFile, bool)>, Diagnostics> {
    let slot = &context.build.slots[job.notice];
    let result = render_formats(job, context);
    // The last job of a notice drops it.
    if slot.remaining.fetch_sub(1, Ordering::AcqRel) == 1 {
        lock(&slot.loaded).take();
    }
    result
}

fn render_formats(
    job: &Job,
    context: &JobContext<'_>,
) -> Result<Vec<(ManifestFile, bool)>, Diagnostics> {
    let RenderContext {
        options,
        writer,
        previous,
        ..
    } = context.build;
    let composed = &job.composed;
    let id = &job.id;
    let lang = &composed.lang;
    context.progress.set_message(format!("{id} ({lang})"));
    let _tick = Tick(context.progress);
    let mut document = None;
    let mut built = Vec::new();
    for format in options.formats {
        // The id is the notice's folder name, checked to be a plain name (fsn_core::base::names),
        // and the writer refuses any path that is not plain and inside the output folder.
        let relative = output_path(id, lang, format.extension());
        let key = incremental::input_key(*format, &composed.document_sha256);
        let entry = |bytes: usize, sha256: String, pages: Option<usize>, key: Option<String>| {
            ManifestFile {
                path: relative.clone(),
                notice: id.clone(),
                lang: lang.clone(),
                format: format.extension().to_owned(),
                bytes,
                sha256,
                pages,
                sources: composed.sources.clone(),
                input_sha256: key,
                title: composed.title.clone(),
                date_line: composed.date_line.clone(),
            }
        };
        if let Some((file, from)) = previous.reusable(&relative, &key) {
            let reused = entry(file.bytes, file.sha256.clone(), file.pages, Some(key));
            built.push((reused, true));
            writer.reuse(PathBuf::from(&relative), from);
            continue;
        }
        let (notice, document) = match &mut document {
            Some(loaded) => loaded,
            None => document.insert(context.compose(job)?),
        };
        let (bytes, pages, warned) = match format {
            Format::Pdf => {
                let pdf = fsn_pdf::pdf(context.typesetter, document)
                    .map_err(|err| pdf_errors::diagnose(&err, document, &notice.sources(lang)))?;
                context
                    .progress
                    .suspend(|| pdf_errors::print_warnings(document, &pdf.warnings));
                // Results unused by the last few documents are mostly the finished
                // ones' layouts: dropping them keeps a catalogue build at ~85 MB
                // instead of growing with every document (docs/BENCHMARKS.md).
                fsn_pdf::trim_caches(CACHE_AGE);
                (pdf.bytes, Some(pdf.pages), !pdf.warnings.is_empty())
            }
            Format::Html => (fsn_html::html(document).into_bytes(), None, false),
        };
        // A file typst warned about is rendered, and warned about, by every build: it keeps
        // no key the next build could reuse it by.
        let key = (!warned).then_some(key);
        built.push((entry(bytes.len(), sha256(&bytes), pages, key), false));
        writer.write(OutputFile {
            path: PathBuf::from(relative),
            bytes,
        });
    }
    Ok(built)
}

impl JobContext<'_> {
    /// The job's notice, loaded again unless another job of it has it, and its document: the
    /// one the first pass kept, or composed again, the same as in the first pass or else the
    /// sources changed meanwhile.
    fn compose(&self, job: &Job) -> Result<(Arc<LoadedNotice>, Document), Diagnostics> {
        let slot = &self.build.slots[job.notice];
        let lang = &job.composed.lang;
        let kept = lock(&slot.documents).remove(lang);
        let notice = {
            let mut loaded = lock(&slot.loaded);
            match &*loaded {
                Some(notice) => Arc::clone(notice),
                None => {
                    let repository = Repository::open(self.build.root)?;
                    let notice =
                        Arc::new(repository.load_languages(&slot.dir, self.build.options.langs)?);
                    *loaded = Some(Arc::clone(&notice));
                    notice
                }
            }
        };
        if let Some(document) = kept {
            return Ok((notice, document));
        }
        let mut document = notice.compose(lang)?;
        document.draft |= job.composed.review_draft;
        if incremental::document_sha256(&document) != job.composed.document_sha256 {
            return Err(Diagnostic::error(
                "fsn::build::changed",
                format!(
                    "the sources of {} ({lang}) changed while it was being built",
                    notice.notice.id
                ),
            )
            .with_help("build again once the sources are saved")
            .into());
        }
        Ok((notice, document))
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|err| err.into_inner())
}
