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
//!
//! `build` runs the steps in order; the first and the last two are here, the others are the
//! modules of the same names:
//! 1. `open`: the options checked, the output folder claimed, the notices selected, the
//!    previous build read;
//! 2. `prepare`: every notice loaded and composed (or taken from the previous build's record);
//! 3. `jobs`: the notice × language jobs of this build, or every problem found so far;
//! 4. `render`: the files rendered (or reused) side by side, staged by the writer;
//! 5. `write_manifest`: the manifest and index page beside them, everything put in place;
//! 6. `report`: what was built, printed.
//!
//! The modules depend one way: `manifest` (the file format) at the bottom, then
//! `fingerprint`, `incremental`, `prepare`, `jobs` and `render`, each using only those before
//! it, and this file on top; `merge`, the shards' command, uses `manifest` alone. What the
//! command line asks for comes from `crate::options`, which uses none of them.

mod fingerprint;
mod incremental;
mod jobs;
mod manifest;
mod merge;
mod prepare;
mod render;

use std::path::{Path, PathBuf};
use std::time::Instant;

use fsn_core::Repository;

use self::fingerprint::Fingerprinter;
use self::incremental::Previous;
use self::manifest::{Manifest, ManifestFile, NoticeRecord, index_page, manifest_json, sha256};
pub(crate) use self::merge::merge;
use self::prepare::{KEEP_LOADED_UP_TO, PrepareContext};
use self::render::{RenderContext, Rendered};
use crate::options::{BuildOptions, refuse_repeats, selected_notices};
use crate::output::{OutputFile, Writer};
use crate::report::Failure;

pub(crate) fn build(options: &BuildOptions<'_>) -> Result<(), Failure> {
    let started = Instant::now();
    let Opened {
        writer,
        repository,
        dirs,
        previous,
    } = open(options)?;
    let fingerprinter = Fingerprinter::new(&repository, options);

    // Load and compose everything first: every problem of every notice is reported together.
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let prepare_context = PrepareContext {
        options,
        root: repository.root(),
        fingerprinter: &fingerprinter,
        previous: &previous,
        keep_loaded: dirs.len() <= KEEP_LOADED_UP_TO,
    };
    let (mut prepared, problems) = prepare::prepare_all(&dirs, &prepare_context, cores);
    let (jobs, records) = jobs::plan_jobs(&mut prepared, problems, &fingerprinter, options)?;
    let slots = jobs::notice_slots(&mut prepared, &jobs);

    let composed = Instant::now();
    let render_context = RenderContext {
        options,
        writer: &writer,
        previous: &previous,
        root: repository.root(),
        slots: &slots,
        cores,
    };
    let rendered = render::render_all(&jobs, &render_context)?;
    let rendered_at = Instant::now();
    // What the render pass needed is done with: the manifest is written without it.
    drop((jobs, slots, previous));

    let Rendered {
        files,
        reused,
        workers,
    } = rendered;
    let manifest = write_manifest(writer, files, records, options)?;
    let summary = Summary {
        notices: dirs.len(),
        loaded: prepared.len(),
        unchanged: prepared.iter().filter(|notice| notice.unchanged).count(),
        reused,
        workers,
        started,
        composed,
        rendered: rendered_at,
        written: Instant::now(),
    };
    report(&manifest, &summary, options);
    Ok(())
}

/// What a build starts from.
struct Opened {
    /// The writer of the output folder, which it may replace.
    writer: Writer,
    repository: Repository,
    /// The folders of the notices to build.
    dirs: Vec<PathBuf>,
    /// What the build in the output folder offers to reuse.
    previous: Previous,
}

/// Checks the options, claims the output folder, opens the repository, selects the notices
/// and reads the previous build; all before any work.
fn open(options: &BuildOptions<'_>) -> Result<Opened, Failure> {
    refuse_repeats("--notice", options.notices)?;
    refuse_repeats("--lang", options.langs)?;
    refuse_repeats("--format", options.formats)?;
    let repository = match options.root {
        Some(root) => Repository::open(root)?,
        None => Repository::discover(Path::new("."))?,
    };
    // A language that is not one of the repository's, or not spelled as it spells it
    // (`--lang de,xx`, `de,DE`), is an error that lists them, not a language left out.
    for lang in options.langs {
        repository.check_language(lang, "--lang")?;
    }
    // fsn build replaces its output folder: refuse one it may not replace before any work.
    let writer = Writer::tree(options.out, repository.root())?;
    let dirs = selected_notices(&repository, options.notices)?;
    let previous = if options.force {
        Previous::default()
    } else {
        Previous::read(options.out)
    };
    Ok(Opened {
        writer,
        repository,
        dirs,
        previous,
    })
}

/// Stages the manifest of the files built and, unless this is a shard, the index page; then
/// puts the whole output folder in place.
fn write_manifest(
    writer: Writer,
    mut files: Vec<ManifestFile>,
    notices: Vec<NoticeRecord>,
    options: &BuildOptions<'_>,
) -> Result<Manifest, Failure> {
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let manifest = Manifest {
        fsn_version: env!("CARGO_PKG_VERSION").to_owned(),
        typst_version: fsn_pdf::TYPST_VERSION.to_owned(),
        template_sha256: sha256(manifest::template_text().as_bytes()),
        files,
        notices,
    };
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
    Ok(manifest)
}

/// What the report says besides the files: counts, and when each step ended.
struct Summary {
    /// Notices selected.
    notices: usize,
    /// Notices through the first pass, and how many of them were unchanged since the
    /// previous build, not loaded.
    loaded: usize,
    unchanged: usize,
    /// Files taken from the previous build.
    reused: usize,
    workers: usize,
    started: Instant,
    composed: Instant,
    rendered: Instant,
    written: Instant,
}

/// Prints what the build made: each file (with `--verbose`, or when standard error is no
/// terminal), the time of each step (with `--verbose`), and a summary line.
fn report(manifest: &Manifest, summary: &Summary, options: &BuildOptions<'_>) {
    if options.quiet {
        return;
    }
    if options.verbose || !std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        for file in &manifest.files {
            eprintln!("built {}/{}", options.out.display(), file.path);
        }
    }
    let Summary {
        notices,
        loaded,
        unchanged,
        reused,
        workers,
        started,
        composed,
        rendered,
        written,
    } = *summary;
    if options.verbose {
        let seconds = |from: Instant, to: Instant| to.duration_since(from).as_secs_f64();
        eprintln!(
            "load and compose {:.2} s ({unchanged} of {loaded} notices unchanged since the previous build, not loaded), render {:.2} s ({workers} workers), write {:.2} s",
            seconds(started, composed),
            seconds(composed, rendered),
            seconds(rendered, written),
        );
    }
    let pages: usize = manifest.files.iter().filter_map(|file| file.pages).sum();
    let bytes: usize = manifest.files.iter().map(|file| file.bytes).sum();
    let elapsed = started.elapsed().as_secs_f64();
    eprintln!(
        "built {} files ({} rendered, {reused} reused from the previous build; {pages} PDF pages, {} KiB) from {notices} notice(s) into {} in {elapsed:.2} s ({:.0} pages/s)",
        manifest.files.len(),
        manifest.files.len() - reused,
        bytes / 1024,
        options.out.display(),
        pages as f64 / elapsed.max(1e-9),
    );
}
