//! `fsn build`: every selected notice × language, rendered in parallel, written all-or-nothing,
//! with an index page and a manifest.
//!
//! The output depends on the sources alone: jobs are sorted, files carry the notice's date, the
//! manifest lists files in path order and records no clock time. Two builds of the same sources
//! give the same bytes.
//!
//! Builds are incremental: the manifest records for each file a key over everything its bytes
//! depend on (see `incremental`), and a file whose key is unchanged is taken from the previous
//! build in the output folder instead of being rendered again (issue 17).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Instant;

use fsn_core::{Diagnostic, Diagnostics, Document, LoadedNotice, Repository};
use fsn_pdf::Typesetter;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use self::fingerprint::Fingerprinter;
use self::incremental::Previous;
use crate::args::Format;
use crate::output::{OutputFile, Writer, write_all};
use crate::parallel::map_in_parallel;
use crate::pdf_errors;
use crate::report::{Failure, print_diagnostics};

mod fingerprint;
mod incremental;

/// What to build and how to report it.
pub(crate) struct BuildOptions<'a> {
    pub(crate) root: Option<&'a Path>,
    pub(crate) out: &'a Path,
    pub(crate) notices: &'a [String],
    pub(crate) langs: &'a [String],
    pub(crate) formats: &'a [Format],
    pub(crate) shard: Option<Shard>,
    pub(crate) jobs: Option<usize>,
    pub(crate) quiet: bool,
    pub(crate) verbose: bool,
    pub(crate) allow_draft: bool,
    /// Render everything, reusing nothing of the previous build.
    pub(crate) force: bool,
}

/// Part `index` (1-based) of `count` equal parts of the job list, for CI matrices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shard {
    pub(crate) index: usize,
    pub(crate) count: usize,
}

impl std::str::FromStr for Shard {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, String> {
        let parse = || {
            let (index, count) = text.split_once('/')?;
            let (index, count) = (index.trim().parse().ok()?, count.trim().parse().ok()?);
            (1..=count)
                .contains(&index)
                .then_some(Self { index, count })
        };
        parse()
            .ok_or_else(|| format!("`{text}` is not a shard: write i/n with 1 <= i <= n, e.g. 2/4"))
    }
}

/// `dist/manifest.json`: what was built from what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    pub(crate) fsn_version: String,
    pub(crate) typst_version: String,
    /// Hash of the embedded PDF template: its main file followed by the template module.
    pub(crate) template_sha256: String,
    /// Files, sorted by path.
    pub(crate) files: Vec<ManifestFile>,
    /// The notices the files were made from, sorted by folder, with what the next build needs
    /// to know of each without loading it. Absent in manifests of earlier versions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(crate) notices: Vec<NoticeRecord>,
}

/// A notice as a build found it: the fingerprint of its files (see `fingerprint`) and each
/// language's composed document, by hash. A later build whose fingerprint of the notice is
/// the same takes this instead of loading and composing the notice again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct NoticeRecord {
    /// The notice's folder, relative to the repository, with `/`.
    pub(crate) dir: String,
    pub(crate) id: String,
    pub(crate) fingerprint: String,
    pub(crate) draft_languages: Vec<String>,
    /// Every language the build composed, its shard's or not.
    pub(crate) langs: Vec<Composed>,
}

/// One built file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct ManifestFile {
    /// Path relative to the output folder, with `/`.
    pub(crate) path: String,
    pub(crate) notice: String,
    pub(crate) lang: String,
    pub(crate) format: String,
    pub(crate) bytes: usize,
    pub(crate) sha256: String,
    /// Pages, for PDFs.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) pages: Option<usize>,
    /// The files it was made from, with their hashes.
    #[serde(with = "shared_sources")]
    pub(crate) sources: Sources,
    /// SHA-256 over everything the file's bytes depend on; a later build reuses the file
    /// while it is unchanged (see `incremental`). Absent in manifests of earlier versions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) input_sha256: Option<String>,
    /// Title and date line, for the index page.
    pub(crate) title: String,
    pub(crate) date_line: String,
}

/// A source file and its hash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct SourceHash {
    pub(crate) path: String,
    pub(crate) sha256: String,
}

/// The sources of one document: one list in memory for its PDF's and HTML page's manifest
/// entries and its notice's record, written out in each (a catalogue's manifest is mostly
/// these lists, issue 17).
pub(crate) type Sources = Arc<[SourceHash]>;

/// Serde for [`Sources`] as a plain list (serde's own `Arc` support would switch a feature
/// on in a dependency typst shares, and compile it twice).
mod shared_sources {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::{SourceHash, Sources};

    pub(super) fn serialize<S: Serializer>(sources: &Sources, to: S) -> Result<S::Ok, S::Error> {
        sources[..].serialize(to)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(from: D) -> Result<Sources, D::Error> {
        Vec::<SourceHash>::deserialize(from).map(Sources::from)
    }
}

/// A notice as the first pass leaves it: what the build needs to know, without its sources.
struct Prepared {
    id: String,
    dir: PathBuf,
    draft_languages: Vec<String>,
    /// Each language to build, or why it cannot be built.
    langs: Vec<(String, Result<Composed, Diagnostics>)>,
    /// The notice and its documents, kept for the render pass when the catalogue is small.
    kept: Option<Kept>,
    /// What the manifest records of it, when it has a fingerprint and was composed without a
    /// problem or a warning (a notice with warnings is loaded, and warned about, every time).
    record: Option<NoticeRecord>,
    /// Taken from the previous build's record, without loading it.
    unchanged: bool,
}

/// A loaded notice and its composed documents, by language.
struct Kept {
    notice: Arc<LoadedNotice>,
    documents: HashMap<String, Document>,
}

/// What composing one notice × language left: the document itself is dropped (unless kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Composed {
    lang: String,
    /// A stale or unreviewed message makes the language a draft.
    review_draft: bool,
    /// SHA-256 of the composed document, as the renderers get it.
    document_sha256: String,
    /// The files it is made from, for the manifest.
    #[serde(with = "shared_sources")]
    sources: Sources,
    /// Title and date line, for the manifest.
    title: String,
    date_line: String,
}

/// Up to this many notices, the first pass keeps each notice it loads for the render pass,
/// which would otherwise load it again; above it, memory is bounded by the work in flight.
const KEEP_LOADED_UP_TO: usize = 16;

/// What the first pass shares.
struct PrepareContext<'a> {
    options: &'a BuildOptions<'a>,
    root: &'a Path,
    fingerprinter: &'a Fingerprinter<'a>,
    previous: &'a Previous,
    keep_loaded: bool,
}

/// What the first pass knows of the notice in `dir`: the previous build's record of it when
/// its files are those the record was made from, or else what loading and composing it says.
fn prepare(
    dir: &Path,
    context: &PrepareContext<'_>,
) -> Result<(Prepared, Vec<Diagnostic>), Diagnostics> {
    let relative_dir = context.fingerprinter.relative_dir(dir);
    let fingerprint = relative_dir
        .as_deref()
        .and_then(|relative| context.fingerprinter.notice(relative));
    let record = relative_dir
        .as_deref()
        .zip(fingerprint.as_deref())
        .and_then(|(relative, fingerprint)| context.previous.notice(relative, fingerprint));
    if let Some(record) = record {
        let prepared = Prepared {
            id: record.id.clone(),
            dir: dir.to_path_buf(),
            draft_languages: record.draft_languages.clone(),
            langs: record
                .langs
                .iter()
                .map(|composed| (composed.lang.clone(), Ok(composed.clone())))
                .collect(),
            kept: None,
            record: Some(record.clone()),
            unchanged: true,
        };
        return Ok((prepared, Vec::new()));
    }
    let (mut prepared, warnings) = load_and_compose(dir, context)?;
    // Recorded only if the files did not change while the notice was read.
    let unchanged = || {
        let relative = relative_dir.as_deref()?;
        let after = context.fingerprinter.notice(relative);
        (after == fingerprint).then_some((relative, after?))
    };
    let composed: Option<Vec<Composed>> = prepared
        .langs
        .iter()
        .map(|(_, composed)| composed.as_ref().ok().cloned())
        .collect();
    prepared.record = composed
        .filter(|_| warnings.is_empty())
        .zip(unchanged())
        .filter(|(composed, (relative, _))| Fingerprinter::covers(relative, composed))
        .map(|(langs, (relative, fingerprint))| NoticeRecord {
            dir: relative.to_owned(),
            id: prepared.id.clone(),
            fingerprint,
            draft_languages: prepared.draft_languages.clone(),
            langs,
        });
    Ok((prepared, warnings))
}

/// Loads the notice in `dir` with a repository of its own and composes every language
/// wanted. Unless the catalogue is small, the notice is dropped again with the repository's
/// cache of parsed files: the first pass holds one notice per core, not the catalogue.
fn load_and_compose(
    dir: &Path,
    context: &PrepareContext<'_>,
) -> Result<(Prepared, Vec<Diagnostic>), Diagnostics> {
    let PrepareContext { options, root, .. } = *context;
    let repository = Repository::open(root)?;
    let mut notice = repository.load_languages(dir, options.langs)?;
    let reviews = fsn_l10n::review::Reviews::new(&repository);
    let drafts = notice
        .draft_languages()
        .iter()
        .filter(|_| options.allow_draft);
    // Languages of a notice share most of their sources: each file is hashed once.
    let mut hashes = HashMap::new();
    let mut documents = HashMap::new();
    let langs = notice
        .languages()
        .iter()
        .chain(drafts)
        .filter(|lang| options.langs.is_empty() || options.langs.contains(lang))
        .map(|lang| {
            // A message stale or unreviewed against today's source makes the language a draft.
            let review = reviews.publish_problems(&notice, lang);
            let review_draft = !review.is_empty();
            let composed = notice.compose(lang).and_then(|mut document| {
                document.draft |= review_draft;
                if document.draft && !options.allow_draft {
                    return Err(if notice.unreviewed(lang).is_empty() {
                        Diagnostics(review)
                    } else {
                        unreviewed(&notice, lang).into()
                    });
                }
                let composed = Composed {
                    lang: lang.clone(),
                    review_draft,
                    document_sha256: incremental::document_sha256(&document),
                    sources: source_hashes(&notice, lang, root, &mut hashes).into(),
                    title: document.titles.last().cloned().unwrap_or_default(),
                    date_line: document.date_line.clone(),
                };
                if context.keep_loaded {
                    documents.insert(lang.clone(), document);
                }
                Ok(composed)
            });
            (lang.clone(), composed)
        })
        .collect();
    let warnings = std::mem::take(&mut notice.warnings);
    let prepared = Prepared {
        id: notice.notice.id.clone(),
        dir: dir.to_path_buf(),
        draft_languages: notice.draft_languages().to_vec(),
        langs,
        kept: context.keep_loaded.then(|| Kept {
            notice: Arc::new(notice),
            documents,
        }),
        record: None,
        unchanged: false,
    };
    Ok((prepared, warnings))
}

/// One notice × language to render (or to take from the previous build).
struct Job {
    /// Index of its notice in the build's list.
    notice: usize,
    id: String,
    composed: Composed,
}

/// A notice in the render pass: loaded again when a job of it is rendered, and dropped when
/// its last job is done.
struct NoticeSlot {
    dir: PathBuf,
    loaded: std::sync::Mutex<Option<Arc<LoadedNotice>>>,
    /// Documents the first pass composed and kept, by language.
    documents: std::sync::Mutex<HashMap<String, Document>>,
    /// Jobs of this notice not yet done.
    remaining: std::sync::atomic::AtomicUsize,
}

pub(crate) fn build(options: &BuildOptions<'_>) -> Result<(), Failure> {
    let started = Instant::now();
    refuse_repeats("--notice", options.notices)?;
    refuse_repeats("--lang", options.langs)?;
    refuse_repeats("--format", options.formats)?;
    // fsn build replaces its output folder: refuse one it may not replace before any work.
    let writer = Writer::tree(options.out)?;
    let repository = match options.root {
        Some(root) => Repository::open(root)?,
        None => Repository::discover(Path::new("."))?,
    };
    let dirs = selected_notices(&repository, options.notices)?;
    let previous = if options.force {
        Previous::default()
    } else {
        Previous::read(options.out)
    };
    let fingerprinter = Fingerprinter::new(&repository, options);

    // Load and compose everything first: every problem of every notice is reported together.
    let mut problems = Diagnostics::default();
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let prepare_context = PrepareContext {
        options,
        root: repository.root(),
        fingerprinter: &fingerprinter,
        previous: &previous,
        keep_loaded: dirs.len() <= KEEP_LOADED_UP_TO,
    };
    let outcomes = map_in_parallel(&dirs, cores, None, |dir| prepare(dir, &prepare_context));
    let mut prepared = Vec::new();
    for outcome in outcomes {
        match outcome {
            Ok((notice, warnings)) => {
                if !warnings.is_empty() {
                    print_diagnostics(&Diagnostics(warnings));
                }
                prepared.push(notice);
            }
            Err(diagnostics) => problems.0.extend(diagnostics.0),
        }
    }
    // One folder named twice in different spellings (`X` and `notices/X/`) is one notice.
    let mut ids: Vec<&str> = prepared.iter().map(|notice| notice.id.as_str()).collect();
    ids.sort_unstable();
    if let Some(pair) = ids.windows(2).find(|pair| pair[0] == pair[1]) {
        problems.push(
            Diagnostic::error(
                "fsn::build::notice_twice",
                format!("notice {} is selected twice", pair[0]),
            )
            .with_help("name each notice once in --notice"),
        );
    }
    let unchanged = prepared.iter().filter(|notice| notice.unchanged).count();
    // A record is kept only if the shared folders did not change while the notices were read.
    let shared_unchanged = fingerprinter.shared_unchanged();
    let mut records: Vec<NoticeRecord> = prepared
        .iter_mut()
        .filter_map(|notice| notice.record.take())
        .filter(|_| shared_unchanged)
        .collect();
    records.sort_by(|a, b| a.dir.cmp(&b.dir));
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
    let mut jobs = Vec::new();
    for (notice, _, composed) in wanted {
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
        return Err(problems.into());
    }
    if jobs.is_empty() && options.shard.is_none() {
        return Err(nothing_matched(&prepared, options).into());
    }
    let slots: Vec<NoticeSlot> = prepared
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
                loaded: std::sync::Mutex::new(loaded),
                documents: std::sync::Mutex::new(documents),
                remaining: jobs.iter().filter(|job| job.notice == index).count().into(),
            }
        })
        .collect();

    let composed = Instant::now();
    let typesetter = Typesetter::new();
    // A bar on a terminal; CI (no terminal) gets one line per file after the build instead.
    let progress = if !options.quiet && std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        let bar = indicatif::ProgressBar::new(jobs.len() as u64);
        bar.set_style(
            indicatif::ProgressStyle::with_template("{bar:30} {pos}/{len} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    } else {
        indicatif::ProgressBar::hidden()
    };
    let workers = options.jobs.unwrap_or(cores).clamp(1, jobs.len().max(1));
    // Files are staged as they are rendered, and put in place only if every one succeeds.
    let context = Context {
        options,
        typesetter: &typesetter,
        progress: &progress,
        writer: &writer,
        previous: &previous,
        root: repository.root(),
        slots: &slots,
    };
    // Documents, not pages, are the unit of parallel work (see `parallel`): each worker
    // lays out its documents one after another with its share of the cores.
    let threads_per_worker = (cores / workers).max(1);
    let results = map_in_parallel(&jobs, workers, Some(threads_per_worker), |job| {
        render_job(job, &context)
    });
    progress.finish_and_clear();
    let rendered = Instant::now();
    let mut built = Vec::new();
    let mut reused = 0;
    let mut failures = Diagnostics::default();
    for result in results {
        match result {
            Ok(files) => {
                reused += files.iter().filter(|(_, reused)| *reused).count();
                built.extend(files.into_iter().map(|(file, _)| file));
            }
            Err(diagnostics) => failures.0.extend(diagnostics.0),
        }
    }
    if failures.has_errors() {
        return Err(failures.into());
    }
    // What the render pass needed is done with: the manifest is written without it.
    drop((jobs, slots, previous));

    built.sort_by(|a, b| a.path.cmp(&b.path));
    let manifest = Manifest {
        fsn_version: env!("CARGO_PKG_VERSION").to_owned(),
        typst_version: fsn_pdf::TYPST_VERSION.to_owned(),
        template_sha256: sha256(template_text().as_bytes()),
        files: built,
        notices: records,
    };
    let pages: usize = manifest.files.iter().filter_map(|file| file.pages).sum();
    let bytes: usize = manifest.files.iter().map(|file| file.bytes).sum();
    writer.write(OutputFile {
        path: PathBuf::from("manifest.json"),
        bytes: manifest_json(&manifest),
    });
    // A shard's index would list only its part; `fsn manifest merge` writes the whole one.
    if options.shard.is_none() {
        writer.write(OutputFile {
            path: PathBuf::from("index.html"),
            bytes: index_page(&manifest).into_bytes(),
        });
    }
    writer.commit()?;
    let written = Instant::now();
    if !options.quiet {
        if options.verbose || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
            for file in &manifest.files {
                eprintln!("built {}/{}", options.out.display(), file.path);
            }
        }
        if options.verbose {
            let seconds = |from: Instant, to: Instant| to.duration_since(from).as_secs_f64();
            eprintln!(
                "load and compose {:.2} s ({unchanged} of {} notices unchanged since the previous build, not loaded), render {:.2} s ({workers} workers), write {:.2} s",
                seconds(started, composed),
                prepared.len(),
                seconds(composed, rendered),
                seconds(rendered, written),
            );
        }
        let elapsed = started.elapsed().as_secs_f64();
        eprintln!(
            "built {} files ({} rendered, {reused} reused from the previous build; {pages} PDF pages, {} KiB) from {} notice(s) into {} in {elapsed:.2} s ({:.0} pages/s)",
            manifest.files.len(),
            manifest.files.len() - reused,
            bytes / 1024,
            dirs.len(),
            options.out.display(),
            pages as f64 / elapsed.max(1e-9),
        );
    }
    Ok(())
}

/// The folders of the notices `--notice` names (ids under notices/, or folders: a path with
/// a `/`, such as an example), or of every notice when it names none.
pub(crate) fn selected_notices(
    repository: &Repository,
    notices: &[String],
) -> Result<Vec<PathBuf>, Diagnostic> {
    if notices.is_empty() {
        return repository.notice_dirs();
    }
    Ok(notices
        .iter()
        .map(|id| {
            if id.contains('/') {
                PathBuf::from(id)
            } else {
                repository.notice_dir(id)
            }
        })
        .collect())
}

/// Refuses a value given twice to a list option (`--lang en,en`): it would name the same
/// output twice.
pub(crate) fn refuse_repeats<T: PartialEq + std::fmt::Display>(
    option: &str,
    values: &[T],
) -> Result<(), Diagnostic> {
    for (index, value) in values.iter().enumerate() {
        if values[..index].contains(value) {
            return Err(Diagnostic::error(
                "fsn::args::repeated",
                format!("{option} names `{value}` twice"),
            )
            .with_help(format!("give each value of {option} once")));
        }
    }
    Ok(())
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

/// Why a language may not be published yet.
fn unreviewed(notice: &LoadedNotice, lang: &str) -> Diagnostic {
    let files: Vec<String> = notice
        .unreviewed(lang)
        .iter()
        .map(|file| file.path().display().to_string())
        .collect();
    Diagnostic::error(
        "fsn::build::not_reviewed",
        format!("{} ({lang}) is not reviewed: {} not marked `### status: reviewed`", notice.notice.id, files.join(", ")),
    )
    .with_help("have the translation reviewed and mark each file, or build with --allow-draft (every page then says DRAFT)")
}

/// Advances the progress bar when a job ends, however it ends.
struct Tick<'a>(&'a indicatif::ProgressBar);

impl Drop for Tick<'_> {
    fn drop(&mut self) {
        self.0.inc(1);
    }
}

/// How many documents a memoised typst result may go unused before it is dropped.
const CACHE_AGE: usize = 4;

/// What every job shares.
struct Context<'a> {
    options: &'a BuildOptions<'a>,
    typesetter: &'a Typesetter,
    progress: &'a indicatif::ProgressBar,
    writer: &'a Writer,
    /// The build this one replaces.
    previous: &'a Previous,
    /// The repository's folder, to load notices again from.
    root: &'a Path,
    slots: &'a [NoticeSlot],
}

/// Renders one notice × language in every requested format (or takes a file unchanged from
/// the previous build), hands the files to the writer and returns their manifest entries,
/// each with whether it was reused.
fn render_job(job: &Job, context: &Context<'_>) -> Result<Vec<(ManifestFile, bool)>, Diagnostics> {
    let slot = &context.slots[job.notice];
    let result = render_formats(job, context);
    // The last job of a notice drops it.
    if slot
        .remaining
        .fetch_sub(1, std::sync::atomic::Ordering::AcqRel)
        == 1
    {
        lock(&slot.loaded).take();
    }
    result
}

fn render_formats(
    job: &Job,
    context: &Context<'_>,
) -> Result<Vec<(ManifestFile, bool)>, Diagnostics> {
    let Context {
        options,
        typesetter,
        progress,
        writer,
        previous,
        ..
    } = context;
    let composed = &job.composed;
    let id = &job.id;
    let lang = &composed.lang;
    progress.set_message(format!("{id} ({lang})"));
    let _tick = Tick(progress);
    let mut document = None;
    let mut built = Vec::new();
    for format in options.formats {
        // The id is the notice's folder name, checked to be a plain name (fsn_core::base::names),
        // and the writer refuses any path that is not plain and inside the output folder.
        let relative = output_path(id, lang, format.extension());
        let key = incremental::input_key(*format, &composed.document_sha256);
        let entry = |bytes: usize, sha256: String, pages: Option<usize>| ManifestFile {
            path: relative.clone(),
            notice: id.clone(),
            lang: lang.clone(),
            format: format.extension().to_owned(),
            bytes,
            sha256,
            pages,
            sources: composed.sources.clone(),
            input_sha256: Some(key.clone()),
            title: composed.title.clone(),
            date_line: composed.date_line.clone(),
        };
        if let Some((file, from)) = previous.reusable(&relative, &key) {
            built.push((entry(file.bytes, file.sha256.clone(), file.pages), true));
            writer.reuse(PathBuf::from(&relative), from);
            continue;
        }
        let (notice, document) = match &mut document {
            Some(loaded) => loaded,
            None => document.insert(context.compose(job)?),
        };
        let (bytes, pages) = match format {
            Format::Pdf => {
                let pdf = fsn_pdf::pdf(typesetter, document)
                    .map_err(|err| pdf_errors::diagnose(&err, document, &notice.sources(lang)))?;
                // Results unused by the last few documents are mostly the finished
                // ones' layouts: dropping them keeps a catalogue build at ~85 MB
                // instead of growing with every document (docs/BENCHMARKS.md).
                fsn_pdf::trim_caches(CACHE_AGE);
                (pdf.bytes, Some(pdf.pages))
            }
            Format::Html => (fsn_html::html(document).into_bytes(), None),
        };
        built.push((entry(bytes.len(), sha256(&bytes), pages), false));
        writer.write(OutputFile {
            path: PathBuf::from(relative),
            bytes,
        });
    }
    Ok(built)
}

impl Context<'_> {
    /// The job's notice, loaded again unless another job of it has it, and its document: the
    /// one the first pass kept, or composed again, the same as in the first pass or else the
    /// sources changed meanwhile.
    fn compose(&self, job: &Job) -> Result<(Arc<LoadedNotice>, Document), Diagnostics> {
        let slot = &self.slots[job.notice];
        let lang = &job.composed.lang;
        let kept = lock(&slot.documents).remove(lang);
        let notice = {
            let mut loaded = lock(&slot.loaded);
            match &*loaded {
                Some(notice) => Arc::clone(notice),
                None => {
                    let repository = Repository::open(self.root)?;
                    let notice =
                        Arc::new(repository.load_languages(&slot.dir, self.options.langs)?);
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

fn lock<T>(mutex: &std::sync::Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|err| err.into_inner())
}

/// Where a built file goes inside the output folder, with `/`.
fn output_path(notice: &str, lang: &str, extension: &str) -> String {
    format!("{notice}/{notice}_{lang}.{extension}")
}

/// The source files of a notice in one language, with their hashes; `hashes` keeps the hash
/// of every file seen so far.
fn source_hashes(
    notice: &LoadedNotice,
    lang: &str,
    root: &Path,
    hashes: &mut HashMap<PathBuf, String>,
) -> Vec<SourceHash> {
    let texts = notice.sources(lang);
    let files = texts
        .iter()
        .map(|source| (source.path(), source.text().as_bytes()))
        // The pictures the document may show are sources too.
        .chain(notice.notice.images.files(lang));
    files
        .map(|(path, bytes)| SourceHash {
            // Relative to the repository: the same on every machine.
            path: slash_path(path.strip_prefix(root).unwrap_or(path)),
            sha256: hashes
                .entry(path.to_path_buf())
                .or_insert_with(|| sha256(bytes))
                .clone(),
        })
        .collect()
}

/// The manifest as JSON. A catalogue's runs to tens of megabytes: it is measured first and
/// written into a buffer of its size, instead of one grown by doubling.
fn manifest_json(manifest: &Manifest) -> Vec<u8> {
    /// Counts the bytes written to it.
    struct Length(usize);

    impl std::io::Write for Length {
        fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
            self.0 += bytes.len();
            Ok(bytes.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    let mut length = Length(0);
    serde_json::to_writer_pretty(&mut length, manifest).expect("the manifest serialises");
    let mut json = Vec::with_capacity(length.0 + 1);
    serde_json::to_writer_pretty(&mut json, manifest).expect("the manifest serialises");
    json.push(b'\n');
    json
}

/// The index page: one row per notice × language, linking its files.
fn index_page(manifest: &Manifest) -> String {
    let mut entries: Vec<fsn_html::IndexEntry> = Vec::new();
    for file in &manifest.files {
        let label = file.format.to_uppercase();
        match entries.last_mut() {
            Some(last) if last.notice_id == file.notice && last.lang == file.lang => {
                last.files.push((label, file.path.clone()));
            }
            _ => entries.push(fsn_html::IndexEntry {
                notice_id: file.notice.clone(),
                lang: file.lang.clone(),
                title: file.title.clone(),
                date_line: file.date_line.clone(),
                files: vec![(label, file.path.clone())],
            }),
        }
    }
    fsn_html::index("Field safety notices", &entries)
}

/// Joins the manifests of shards into one, and writes it with the index page.
pub(crate) fn merge(inputs: &[PathBuf], out: &Path) -> Result<(), Failure> {
    let mut merged: Option<Manifest> = None;
    for path in inputs {
        let text = std::fs::read_to_string(path)
            .map_err(|err| Failure::Render(format!("cannot read {}: {err}", path.display())))?;
        let manifest: Manifest = serde_json::from_str(&text).map_err(|err| {
            Failure::Render(format!("{} is not an fsn manifest: {err}", path.display()))
        })?;
        match &mut merged {
            None => merged = Some(manifest),
            Some(merged) => {
                let same_tools = (
                    &merged.fsn_version,
                    &merged.typst_version,
                    &merged.template_sha256,
                ) == (
                    &manifest.fsn_version,
                    &manifest.typst_version,
                    &manifest.template_sha256,
                );
                if !same_tools {
                    return Err(Failure::Render(format!(
                        "{} was built by another fsn, typst or template; rebuild every shard with one binary",
                        path.display()
                    )));
                }
                merged.files.extend(manifest.files);
                merged.notices.extend(manifest.notices);
            }
        }
    }
    // A shard's entries become links on the index page and names in the output folder: each
    // must be a file fsn builds, named as fsn names it (issue 12, D12).
    let problems: Vec<Diagnostic> = merged
        .iter()
        .flat_map(|manifest| &manifest.files)
        .filter_map(|file| {
            check_entry(file).err().map(|problem| {
                Diagnostic::error(
                    "fsn::manifest::bad_entry",
                    format!(
                        "manifest entry `{}` is not a file fsn builds: {problem}",
                        file.path.escape_debug()
                    ),
                )
                .with_help("merge only manifests written by fsn build --shard; rebuild the shard")
            })
        })
        .collect();
    if !problems.is_empty() {
        return Err(Diagnostics(problems).into());
    }
    let Some(mut merged) = merged else {
        return Err(Failure::Render("no manifests to merge".to_owned()));
    };
    merged.files.sort_by(|a, b| a.path.cmp(&b.path));
    // Every shard records every notice; shards built from the same files record it alike.
    merged.notices.sort_by(|a, b| a.dir.cmp(&b.dir));
    if let Some(pair) = merged
        .notices
        .windows(2)
        .find(|pair| pair[0].dir == pair[1].dir && pair[0] != pair[1])
    {
        return Err(Failure::Render(format!(
            "the shards were built from different files of {}; rebuild every shard from one checkout",
            pair[0].dir
        )));
    }
    merged.notices.dedup();
    if let Some(pair) = merged
        .files
        .windows(2)
        .find(|pair| pair[0].path == pair[1].path)
    {
        return Err(Failure::Render(format!(
            "{} is in two shards",
            pair[0].path
        )));
    }
    write_all(vec![
        OutputFile {
            path: out.join("manifest.json"),
            bytes: manifest_json(&merged),
        },
        OutputFile {
            path: out.join("index.html"),
            bytes: index_page(&merged).into_bytes(),
        },
    ])?;
    eprintln!(
        "merged {} manifests ({} files) into {}",
        inputs.len(),
        merged.files.len(),
        out.display()
    );
    Ok(())
}

/// Whether a manifest entry names a file as `fsn build` does: a known format, a plain
/// notice id, a canonical language tag, and the path made from them.
fn check_entry(file: &ManifestFile) -> Result<(), String> {
    if !["pdf", "html"].contains(&file.format.as_str()) {
        return Err(format!("unknown format `{}`", file.format.escape_debug()));
    }
    fsn_core::base::names::check_notice_id(&file.notice)?;
    let canonical = file
        .lang
        .parse::<unic_langid::LanguageIdentifier>()
        .map(|tag| tag.to_string());
    let plain = file
        .lang
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-');
    if !plain || canonical.as_deref() != Ok(file.lang.as_str()) {
        return Err(format!(
            "`{}` is not a language tag",
            file.lang.escape_debug()
        ));
    }
    let expected = output_path(&file.notice, &file.lang, &file.format);
    if file.path != expected {
        return Err(format!("its path should be `{expected}`"));
    }
    Ok(())
}

/// Every typst file of the PDF layouts, as one text: a change to any of them changes the hash.
fn template_text() -> String {
    let layouts = fsn_pdf::LAYOUTS.iter().map(|(_, text)| *text);
    [fsn_pdf::MAIN, fsn_pdf::TEMPLATE]
        .into_iter()
        .chain(layouts)
        .collect()
}

pub(crate) fn sha256(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

/// Bytes as lowercase hexadecimal.
pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A path with `/` separators, the same on every system.
fn slash_path(path: &Path) -> String {
    path.components()
        .map(|component| component.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shards_parse_and_are_checked() {
        assert_eq!("2/4".parse::<Shard>(), Ok(Shard { index: 2, count: 4 }));
        assert!("0/4".parse::<Shard>().is_err());
        assert!("5/4".parse::<Shard>().is_err());
        assert!("x".parse::<Shard>().is_err());
    }
}
