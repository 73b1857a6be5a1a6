//! The first pass of `fsn build`: every selected notice loaded and composed in every language
//! wanted (or taken from the previous build's record of it), side by side, so that every
//! problem of every notice is reported together before anything is rendered.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fsn_core::{Diagnostic, Diagnostics, Document, LoadedNotice, Repository};

use super::fingerprint::Fingerprinter;
use super::incremental::{self, Previous};
use super::manifest::{Composed, NoticeRecord, SourceHash, sha256, slash_path};
use crate::options::BuildOptions;
use crate::parallel::map_in_parallel;
use crate::report::print_diagnostics;

/// Up to this many notices, the first pass keeps each notice it loads for the render pass,
/// which would otherwise load it again; above it, memory is bounded by the work in flight.
pub(super) const KEEP_LOADED_UP_TO: usize = 16;

/// A notice as the first pass leaves it: what the build needs to know, without its sources.
pub(super) struct Prepared {
    pub(super) id: String,
    pub(super) dir: PathBuf,
    pub(super) draft_languages: Vec<String>,
    /// Each language to build, or why it cannot be built.
    pub(super) langs: Vec<(String, Result<Composed, Diagnostics>)>,
    /// The notice and its documents, kept for the render pass when the catalogue is small.
    pub(super) kept: Option<Kept>,
    /// What the manifest records of it, when it has a fingerprint and was composed without a
    /// problem or a warning (a notice with warnings is loaded, and warned about, every time).
    pub(super) record: Option<NoticeRecord>,
    /// Taken from the previous build's record, without loading it.
    pub(super) unchanged: bool,
}

/// A loaded notice and its composed documents, by language.
pub(super) struct Kept {
    pub(super) notice: Arc<LoadedNotice>,
    pub(super) documents: HashMap<String, Document>,
}

/// What the first pass shares.
pub(super) struct PrepareContext<'a> {
    pub(super) options: &'a BuildOptions<'a>,
    pub(super) root: &'a Path,
    pub(super) fingerprinter: &'a Fingerprinter<'a>,
    pub(super) previous: &'a Previous,
    pub(super) keep_loaded: bool,
}

/// Every notice in `dirs`, prepared on up to `cores` threads, in the order of `dirs`; the
/// warnings of each are printed as it comes, and the problems of all are returned together.
pub(super) fn prepare_all(
    dirs: &[PathBuf],
    context: &PrepareContext<'_>,
    cores: usize,
) -> (Vec<Prepared>, Diagnostics) {
    let mut problems = Diagnostics::default();
    let outcomes = map_in_parallel(dirs, cores, None, |dir| prepare(dir, context));
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
    (prepared, problems)
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
            let composed = compose_language(&notice, lang, &reviews, context, &mut hashes).map(
                |(composed, document)| {
                    if context.keep_loaded {
                        documents.insert(lang.clone(), document);
                    }
                    composed
                },
            );
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

/// Composes one language of a loaded notice, a draft if a message is stale or unreviewed
/// against today's source, and refused as such without `--allow-draft`; `hashes` keeps the
/// hash of every source file seen so far.
fn compose_language(
    notice: &LoadedNotice,
    lang: &str,
    reviews: &fsn_l10n::review::Reviews,
    context: &PrepareContext<'_>,
    hashes: &mut HashMap<PathBuf, String>,
) -> Result<(Composed, Document), Diagnostics> {
    let review = reviews.publish_problems(notice, lang);
    let review_draft = !review.is_empty();
    let mut document = notice.compose(lang)?;
    document.draft |= review_draft;
    if document.draft && !context.options.allow_draft {
        return Err(if notice.unreviewed(lang).is_empty() {
            Diagnostics(review)
        } else {
            unreviewed(notice, lang).into()
        });
    }
    let composed = Composed {
        lang: lang.to_owned(),
        review_draft,
        document_sha256: incremental::document_sha256(&document),
        sources: source_hashes(notice, lang, context.root, hashes).into(),
        title: document.titles.last().cloned().unwrap_or_default(),
        date_line: document.date_line.clone(),
    };
    Ok((composed, document))
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
