//! The commands: glue from arguments to the library and to files.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use fsn_core::{Diagnostics, Document, LoadedNotice, Repository, SourceFile};
use fsn_pdf::Typesetter;

use crate::args::{Args, Command, ManifestCommand, ReportFormat, XliffCommand};
use crate::options::{BuildOptions, Format, refuse_repeats};
use crate::output::{OutputFile, write_all};
use crate::report::{Failure, print_diagnostics};

/// Runs one command.
pub(crate) fn run(args: Args) -> Result<(), Failure> {
    match args.command {
        Command::Render {
            notice,
            lang,
            format,
            out,
        } => render(&notice, &lang, &format, &out),
        Command::Build {
            out,
            notice,
            lang,
            format,
            root,
            shard,
            jobs,
            quiet,
            verbose,
            allow_draft,
            force,
        } => crate::build::build(&BuildOptions {
            root: root.as_deref(),
            out: &out,
            notices: &notice,
            langs: &lang,
            formats: &format,
            shard,
            jobs,
            quiet,
            verbose,
            allow_draft,
            force,
        }),
        Command::Manifest {
            command: ManifestCommand::Merge { manifests, out },
        } => crate::build::merge(&manifests, &out),
        Command::Check {
            notices,
            locales,
            source_locale,
            profile,
            format,
        } => check(
            &notices,
            locales.then_some(source_locale.as_str()),
            &profile,
            format,
        ),
        Command::Compose { notice, lang } => compose_dump(&notice, &lang),
        Command::Schema { write } => schema(write),
        Command::New {
            id,
            lang,
            issuer,
            kind,
            titles,
            no_label,
            ivd,
            date,
            signatories,
            no_form,
        } => crate::skeleton::create(&crate::skeleton::NewNotice {
            id: &id,
            langs: &lang,
            issuer: &issuer,
            kind,
            titles: &titles,
            no_label,
            ivd,
            date: date.as_deref(),
            signatories: &signatories,
            no_form,
        }),
        Command::Preview { notice, lang, port } => {
            crate::preview::preview(&notice_dir(&notice), lang.as_deref(), port)
        }
        Command::Status { verbose } => crate::status::status(verbose),
        Command::Review {
            lang,
            notice,
            file,
            message,
            by,
            date,
            show,
            interactive,
        } => crate::review::review(&crate::review::ReviewOptions {
            lang: &lang,
            notices: &notice,
            files: &file,
            messages: &message,
            by: by.as_deref(),
            date: date.as_deref(),
            show,
            interactive,
        }),
        Command::Xliff { command } => xliff(command),
    }
}

/// Whether a command writes files when it succeeds: only those end a failure with "nothing
/// was written" (`fsn check` and `fsn status` never write).
pub(crate) fn writes_files(command: &Command) -> bool {
    match command {
        Command::Render { .. }
        | Command::Build { .. }
        | Command::Manifest { .. }
        | Command::New { .. } => true,
        Command::Schema { write } => *write,
        Command::Xliff {
            command: XliffCommand::Export { out, .. },
        } => out.is_some(),
        Command::Xliff {
            command: XliffCommand::Import { dry_run, .. },
        } => !dry_run,
        Command::Review { show, .. } => !show,
        Command::Status { .. }
        | Command::Check { .. }
        | Command::Compose { .. }
        | Command::Preview { .. } => false,
    }
}

/// Accepts a notice folder or its notice.toml.
fn notice_dir(path: &Path) -> PathBuf {
    if path.file_name().is_some_and(|name| name == "notice.toml") {
        path.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        path.to_path_buf()
    }
}

/// Renders to files: shares the typesetter (fonts, template, caches) across documents and
/// loads it only when a PDF is asked for.
struct Renderer {
    typesetter: OnceLock<Typesetter>,
}

impl Renderer {
    fn new() -> Self {
        Self {
            typesetter: OnceLock::new(),
        }
    }

    /// Renders a document; `sources` are the files it was made from, to say where a
    /// character no font has is written.
    fn render(
        &self,
        document: &Document,
        format: Format,
        sources: &[Arc<SourceFile>],
    ) -> Result<Vec<u8>, Failure> {
        match format {
            Format::Pdf => {
                let typesetter = self.typesetter.get_or_init(Typesetter::new);
                let pdf = fsn_pdf::pdf(typesetter, document)
                    .map_err(|err| crate::pdf_errors::diagnose(&err, document, sources))?;
                crate::pdf_errors::print_warnings(document, &pdf.warnings);
                Ok(pdf.bytes)
            }
            Format::Html => Ok(fsn_html::html(document).into_bytes()),
        }
    }
}

/// Loads a notice with the messages of `langs` (all of its languages when empty), printing
/// its warnings.
fn load(
    repository: &Repository,
    dir: &Path,
    langs: &[String],
) -> Result<LoadedNotice, Diagnostics> {
    let loaded = repository.load_languages(dir, langs)?;
    if !loaded.warnings.is_empty() {
        print_diagnostics(&Diagnostics(loaded.warnings.clone()));
    }
    Ok(loaded)
}

/// Composes the requested languages (all of the notice's by default), collecting every error.
fn compose_all(loaded: &LoadedNotice, langs: &[String]) -> Result<Vec<Document>, Diagnostics> {
    let langs: Vec<String> = if langs.is_empty() {
        loaded.languages().to_vec()
    } else {
        langs.to_vec()
    };
    let mut documents = Vec::new();
    let mut problems = Diagnostics::default();
    for lang in &langs {
        match loaded.compose(lang) {
            Ok(document) => documents.push(document),
            Err(diagnostics) => problems.0.extend(diagnostics.0),
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(documents)
    }
}

fn render(notice: &Path, langs: &[String], formats: &[Format], out: &Path) -> Result<(), Failure> {
    refuse_repeats("--lang", langs)?;
    refuse_repeats("--format", formats)?;
    let dir = notice_dir(notice);
    let repository = Repository::discover(&dir)?;
    let loaded = load(&repository, &dir, langs)?;
    let mut documents = compose_all(&loaded, langs)?;
    // A language with a stale or unreviewed message renders as a draft, as `build` would.
    let reviews = fsn_l10n::review::Reviews::new(&repository);
    for document in &mut documents {
        document.draft |= !reviews.publish_problems(&loaded, &document.lang).is_empty();
    }
    let renderer = Renderer::new();
    let mut files = Vec::new();
    for document in &documents {
        let sources = loaded.sources(&document.lang);
        for format in formats {
            // The id is the notice's folder name, checked to be a plain name
            // (fsn_core::base::names): the file stays inside `out`.
            let name = format!(
                "{}_{}.{}",
                document.meta.notice_id,
                document.lang,
                format.extension()
            );
            files.push(OutputFile {
                path: out.join(name),
                bytes: renderer.render(document, *format, &sources)?,
            });
        }
    }
    for path in write_all(files)? {
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// Checks notices (and, with a source locale, lints every locale against it). Errors fail the
/// run, warnings do not.
fn check(
    paths: &[PathBuf],
    source_locale: Option<&str>,
    profiles: &[String],
    format: ReportFormat,
) -> Result<(), Failure> {
    let json = format == ReportFormat::Json;
    let (repository, dirs) = if paths.is_empty() {
        let repository = Repository::discover(Path::new("."))?;
        let dirs = repository.notice_dirs()?;
        (repository, dirs)
    } else {
        let dirs: Vec<PathBuf> = paths.iter().map(|path| notice_dir(path)).collect();
        (Repository::discover(&dirs[0])?, dirs)
    };
    let mut problems = Diagnostics::default();
    for dir in &dirs {
        // In JSON mode warnings join the array instead of being printed as they come.
        let loaded = if json {
            repository.load(dir).inspect(|loaded| {
                problems.0.extend(loaded.warnings.iter().cloned());
            })
        } else {
            load(&repository, dir, &[])
        };
        match loaded.and_then(|loaded| {
            compose_all(&loaded, &[])?;
            Ok(loaded)
        }) {
            Ok(loaded) => {
                let findings = fsn_core::profile::check(&repository, &loaded, profiles);
                if !json {
                    print_check_summary(&loaded, profiles, &findings);
                }
                problems.0.extend(findings.0);
            }
            Err(diagnostics) => problems.0.extend(diagnostics.0),
        }
    }
    if let Some(source_locale) = source_locale {
        let mut findings = fsn_l10n::lint::lint_repository(&repository, source_locale);
        findings
            .0
            .extend(fsn_l10n::review::lint_repository(&repository).0);
        if !json && !findings.has_errors() {
            println!(
                "ok locales against {source_locale} ({} warning(s))",
                findings.0.len()
            );
        }
        problems.0.extend(findings.0);
        // A messages file refused when a notice loads is refused again by the lint (and the
        // review check): report each finding once, where it is located if it is anywhere.
        let located: std::collections::HashSet<(&str, String)> = problems
            .0
            .iter()
            .filter(|diagnostic| diagnostic.location.is_some())
            .map(|diagnostic| (diagnostic.code, diagnostic.message.clone()))
            .collect();
        let mut seen = std::collections::HashSet::new();
        problems.0.retain(|diagnostic| {
            if diagnostic.location.is_none()
                && located.contains(&(diagnostic.code, diagnostic.message.clone()))
            {
                return false;
            }
            let at = diagnostic
                .location
                .as_ref()
                .map(|location| (location.file.path().to_path_buf(), location.span.clone()));
            seen.insert((diagnostic.code, at, diagnostic.message.clone()))
        });
    }
    if json {
        print_json(&problems)?;
        return if problems.has_errors() {
            Err(Failure::Render(format!("check found {problems}")))
        } else {
            Ok(())
        };
    }
    if problems.has_errors() {
        Err(problems.into())
    } else {
        print_diagnostics(&problems);
        Ok(())
    }
}

/// One line per notice checked: its languages and, with profiles, how many findings.
fn print_check_summary(loaded: &LoadedNotice, profiles: &[String], findings: &Diagnostics) {
    let mut applied: Vec<&str> = Vec::new();
    for name in loaded.notice.regulatory.profiles.iter().chain(profiles) {
        if !applied.contains(&name.as_str()) {
            applied.push(name);
        }
    }
    let langs = loaded.languages().join(", ");
    if applied.is_empty() {
        println!("ok {} ({langs})", loaded.notice.id);
        return;
    }
    let errors = findings.error_count();
    // The findings of the notice's own profiles came with its other warnings.
    let declared = loaded
        .warnings
        .iter()
        .filter(|warning| warning.code.starts_with("fsn::profile::"))
        .count();
    let warnings = findings.0.len() - errors + declared;
    let verdict = if errors == 0 { "ok" } else { "fails" };
    println!(
        "{verdict} {} ({langs}) against {}: {errors} error(s), {warnings} warning(s)",
        loaded.notice.id,
        applied.join(", ")
    );
}

/// Prints diagnostics to standard output as a JSON array of
/// `{code, severity, message, file, line, column, help}`, for editors and CI.
fn print_json(diagnostics: &Diagnostics) -> Result<(), Failure> {
    let items: Vec<serde_json::Value> = diagnostics
        .iter()
        .map(|diagnostic| {
            let (file, line, column) = match &diagnostic.location {
                Some(location) => {
                    let (line, column) = location.file.line_col(location.span.start);
                    (
                        Some(location.file.path().display().to_string()),
                        Some(line),
                        Some(column),
                    )
                }
                None => (None, None, None),
            };
            serde_json::json!({
                "code": diagnostic.code,
                "severity": if diagnostic.is_error() { "error" } else { "warning" },
                "message": diagnostic.message,
                "file": file,
                "line": line,
                "column": column,
                "help": diagnostic.help,
            })
        })
        .collect();
    let json = serde_json::to_string_pretty(&items)
        .map_err(|err| Failure::Render(format!("cannot serialise the diagnostics: {err}")))?;
    println!("{json}");
    Ok(())
}

fn compose_dump(notice: &Path, lang: &str) -> Result<(), Failure> {
    let dir = notice_dir(notice);
    let repository = Repository::discover(&dir)?;
    let loaded = load(&repository, &dir, &[lang.to_owned()])?;
    let document = loaded.compose(lang)?;
    let json = serde_json::to_string_pretty(&document)
        .map_err(|err| Failure::Render(format!("cannot serialise the document: {err}")))?;
    println!("{json}");
    Ok(())
}

fn schema(write: bool) -> Result<(), Failure> {
    let schemas = [
        (
            "notice.schema.json",
            fsn_core::model::schema::notice_schema(),
        ),
        (
            "issuer.schema.json",
            fsn_core::model::schema::issuer_schema(),
        ),
    ];
    if !write {
        for (name, schema) in &schemas {
            println!("// {name}\n{schema}");
        }
        return Ok(());
    }
    let repository = Repository::discover(Path::new("."))?;
    let files: Vec<OutputFile> = schemas
        .into_iter()
        .map(|(name, schema)| OutputFile {
            path: repository.root().join("schemas").join(name),
            bytes: schema.into_bytes(),
        })
        .collect();
    for path in write_all(files)? {
        eprintln!("wrote {}", path.display());
    }
    Ok(())
}

/// Exports or imports the translations of one language as XLIFF 2.0.
fn xliff(command: XliffCommand) -> Result<(), Failure> {
    let repository = Repository::discover(Path::new("."))?;
    match command {
        XliffCommand::Export {
            lang,
            source_locale,
            out,
            notice,
            only,
        } => {
            refuse_repeats("--notice", &notice)?;
            // No --notice: every file, also those of issuers no notice uses yet.
            let notices = if notice.is_empty() {
                Vec::new()
            } else {
                crate::options::selected_notices(&repository, &notice)?
            };
            let options = fsn_l10n::xliff::ExportOptions {
                notices,
                needs_work: only == Some(crate::args::ExportOnly::NeedsWork),
            };
            let xml = fsn_l10n::xliff::export_with(&repository, &source_locale, &lang, &options)?;
            match out {
                Some(path) => {
                    write_all(vec![OutputFile {
                        path: path.clone(),
                        bytes: xml.into_bytes(),
                    }])?;
                    eprintln!("wrote {}", path.display());
                }
                None => print!("{xml}"),
            }
            Ok(())
        }
        XliffCommand::Import {
            file,
            dry_run,
            accept_stale,
        } => {
            let xml = fsn_core::repo::read_text(&file)?;
            let name = file.display().to_string();
            let options = fsn_l10n::xliff::ImportOptions { accept_stale };
            let imported = fsn_l10n::xliff::import_with(&repository, &name, xml.text(), options)?;
            let files: Vec<OutputFile> = imported
                .iter()
                .map(|file| OutputFile {
                    path: file.path.clone(),
                    bytes: file.text.clone().into_bytes(),
                })
                .collect();
            if !dry_run {
                write_all(files)?;
            }
            let verb = if dry_run { "would write" } else { "wrote" };
            for file in &imported {
                eprintln!(
                    "{verb} {} ({} changed, {} new)",
                    file.path.display(),
                    file.changed,
                    file.added
                );
            }
            if imported.is_empty() {
                eprintln!("nothing to change");
            }
            Ok(())
        }
    }
}
