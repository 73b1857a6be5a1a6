//! The translators' lint (`fsn check --locales`): every locale compared with the source locale,
//! layer by layer, with the checks of Mozilla's compare-locales.
//!
//! Each layer of a catalog (shared `locales/<lang>/*.ftl`, `issuers/<key>/locales/<lang>.ftl`,
//! `notices/<id>/locales/<lang>.ftl`) is compared with the same layer of the source locale:
//! missing and obsolete messages and attributes, variables that differ. Each file is checked on
//! its own (syntax, duplicates, empty values, unknown variables, plural categories), each
//! reference against the catalog it is composed into, and every message of every composed
//! catalog is formatted once, as a build would, to catch what only fails at run time.
//! Findings are [`Diagnostic`]s with codes `fsn::lint::*`; the caller decides what fails.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};

use fsn_core::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use fsn_core::l10n::FtlFile;
use fsn_core::model::{RawIssuer, RawNotice};
use fsn_core::Repository;
use fsn_core::l10n::wording::OPTIONAL_WORDING_DIRS;
use fsn_core::model::parse::parse_toml;

mod checks;
mod parsed;
mod qa;

pub use qa::{
    GLOSSARY_TERM, Glossary, GlossaryTerm, MARKDOWN_MISMATCH, NUMBER_MISMATCH, REFERENCE_MISMATCH,
    UNTRANSLATED, URL_CHANGED,
};

use checks::{
    Translation, check_duplicates, check_file, check_formatting, check_layer, check_references,
    compare,
};
use parsed::{Ids, Parsed, ids};

/// In the source, not in the translation.
pub const MISSING_MESSAGE: &str = "fsn::lint::missing_message";
/// The source overrides a lower layer's message here, the translation does not.
pub const MISSING_OVERRIDE: &str = "fsn::lint::missing_override";
/// In the translation, not in the source.
pub const OBSOLETE_MESSAGE: &str = "fsn::lint::obsolete_message";
/// An attribute in the source, not in the translation.
pub const MISSING_ATTRIBUTE: &str = "fsn::lint::missing_attribute";
/// An attribute in the translation, not in the source.
pub const OBSOLETE_ATTRIBUTE: &str = "fsn::lint::obsolete_attribute";
/// An id defined twice in one layer.
pub const DUPLICATE_MESSAGE: &str = "fsn::lint::duplicate_message";
/// Text the Fluent parser cannot read (a Junk entry).
pub const SYNTAX: &str = "fsn::lint::syntax";
/// A message or attribute whose value is empty, or a message with no value.
pub const EMPTY_VALUE: &str = "fsn::lint::empty_value";
/// A `{ $variable }` fsn does not provide.
pub const UNKNOWN_VARIABLE: &str = "fsn::lint::unknown_variable";
/// A variable the source uses and the translation omits.
pub const MISSING_VARIABLE: &str = "fsn::lint::missing_variable";
/// A variable the translation uses and the source does not (one fsn provides).
pub const EXTRA_VARIABLE: &str = "fsn::lint::extra_variable";
/// A `{ message }` or `{ -term }` reference to an id the catalog lacks.
pub const UNKNOWN_REFERENCE: &str = "fsn::lint::unknown_reference";
/// A plural select expression without every CLDR category of the language.
pub const MISSING_PLURAL_CATEGORY: &str = "fsn::lint::missing_plural_category";
/// A message that fails to format with fsn's variables.
pub const FORMAT_ERROR: &str = "fsn::lint::format_error";
/// A layer has a source file but no file in a language that needs one.
pub const MISSING_FILE: &str = "fsn::lint::missing_file";
/// A layer has translations but no source file to compare them with.
pub const NO_SOURCE: &str = "fsn::lint::no_source";

use fsn_core::compose::STANDARD_VARIABLES;

/// Variables only one message gets, on top of the standard ones (see `Composer::footer`).
const MESSAGE_VARIABLES: &[(&str, &[&str])] = &[
    ("page-label", &["page", "total"]),
    ("lot-serial-range", &["first", "last"]),
    ("deadline-by", &["date"]),
    ("form-reply-by", &["date"]),
];

/// The variables fsn provides to messages: the standard ones and `link-<key>` per issuer link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownVariables(BTreeSet<String>);

impl KnownVariables {
    /// The standard variables and `link-<key>` for each of these link keys.
    pub fn with_links<'a>(links: impl IntoIterator<Item = &'a str>) -> Self {
        let mut names: BTreeSet<String> =
            STANDARD_VARIABLES.iter().map(|&n| n.to_owned()).collect();
        names.extend(links.into_iter().map(|key| format!("link-{key}")));
        Self(names)
    }

    fn allows(&self, message: &str, name: &str) -> bool {
        self.0.contains(name)
            || MESSAGE_VARIABLES
                .iter()
                .any(|(id, extra)| *id == message && extra.contains(&name))
    }

    fn args(&self, message: &str) -> FluentArgs<'static> {
        let mut args = FluentArgs::new();
        for name in &self.0 {
            args.set(name.clone(), FluentValue::from(name.clone()));
        }
        for (id, extra) in MESSAGE_VARIABLES {
            if *id == message {
                for name in *extra {
                    args.set(*name, FluentValue::from(*name));
                }
            }
        }
        args
    }
}

/// Lints a translation against its source as one self-contained catalog: compares them, checks
/// each file, resolves references within each file, and formats every message of the target.
pub fn lint_pair(
    source: &FtlFile,
    target: &FtlFile,
    lang: &str,
    variables: &KnownVariables,
) -> Vec<Diagnostic> {
    let source = Parsed::new(&source.source);
    let target = Parsed::new(&target.source);
    let mut out = Vec::new();
    for (file, file_lang) in [(&source, "source"), (&target, lang)] {
        check_layer(&[file], &[], file_lang, variables, "its file", &mut out);
    }
    compare(
        &[&source],
        &[&target],
        lang,
        &Ids::new(),
        &Ids::new(),
        variables,
        &mut out,
    );
    check_formatting(&[&[&target]], lang, variables, &mut out);
    finish(out)
}

/// The content checks (QA) of a translation against its source: errors when `published`,
/// warnings otherwise. [`lint_repository`] runs them on every layer.
pub fn lint_content(
    source: &FtlFile,
    target: &FtlFile,
    lang: &str,
    published: bool,
    glossary: &Glossary,
) -> Vec<Diagnostic> {
    let source = Parsed::new(&source.source);
    let target = Parsed::new(&target.source);
    let mut out = Vec::new();
    let cache = &mut qa::SourceCache::default();
    qa::check_translation(
        &[&source],
        &[&target],
        lang,
        published,
        glossary,
        cache,
        &mut out,
    );
    finish(out)
}

/// Lints every locale of the repository against `source_locale`, in all three layers.
pub fn lint_repository(repository: &Repository, source_locale: &str) -> Diagnostics {
    let root = repository.root();
    let mut out = Vec::new();
    let shared_langs = repository.shared_languages();
    if !shared_langs.iter().any(|lang| lang == source_locale) {
        out.push(
            Diagnostic::error(
                NO_SOURCE,
                format!(
                    "source locale `{source_locale}` has no shared messages ({} is missing)",
                    root.join("locales").join(source_locale).display()
                ),
            )
            .with_help(format!(
                "pass --source-locale with one of: {}",
                shared_langs.join(", ")
            )),
        );
        return Diagnostics(out);
    }

    // Read everything first, so the parsed files can borrow the texts.
    let mut texts: BTreeMap<PathBuf, Arc<SourceFile>> = BTreeMap::new();
    let mut read = |path: &Path, out: &mut Vec<Diagnostic>| {
        if texts.contains_key(path) {
            return;
        }
        match repository.read(path) {
            Ok(file) => {
                texts.insert(path.to_path_buf(), file);
            }
            Err(diagnostic) => out.push(diagnostic),
        }
    };
    let mut shared: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for lang in &shared_langs {
        let paths = ftl_files(&root.join("locales").join(lang));
        for path in &paths {
            read(path, &mut out);
        }
        shared.insert(lang.clone(), paths);
    }
    // The shared wording only some notices load, by (folder/name, language).
    let mut optional: BTreeMap<(String, String), PathBuf> = BTreeMap::new();
    for lang in &shared_langs {
        for sub in OPTIONAL_WORDING_DIRS {
            for path in ftl_files(&root.join("locales").join(lang).join(sub)) {
                read(&path, &mut out);
                let name = format!(
                    "{sub}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                optional.insert((name, lang.clone()), path);
            }
        }
    }
    let mut issuers: BTreeMap<String, IssuerInfo> = BTreeMap::new();
    for dir in subdirs(&root.join("issuers")) {
        let Some(key) = dir
            .file_name()
            .and_then(|name| name.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        let links = repository
            .read(&dir.join("issuer.toml"))
            .ok()
            .and_then(|file| parse_toml::<RawIssuer>(&file).ok())
            .map(|issuer| issuer.links.into_keys().collect())
            .unwrap_or_default();
        let files = lang_files(&dir.join("locales"));
        for path in files.values() {
            read(path, &mut out);
        }
        let glossary =
            Glossary::load(repository, Some(dir.as_path()), None).unwrap_or_else(|found| {
                out.extend(found.0);
                Glossary::default()
            });
        issuers.insert(
            key,
            IssuerInfo {
                dir,
                links,
                files,
                langs: BTreeSet::new(),
                published: BTreeSet::new(),
                glossary,
            },
        );
    }
    let mut notices = Vec::new();
    for dir in repository.notice_dirs().unwrap_or_default() {
        let raw = repository
            .read(&dir.join("notice.toml"))
            .ok()
            .and_then(|file| parse_toml::<RawNotice>(&file).ok());
        let files = lang_files(&dir.join("locales"));
        for path in files.values() {
            read(path, &mut out);
        }
        let mut langs: BTreeSet<String> = files.keys().cloned().collect();
        let issuer = raw.as_ref().map(|raw| raw.issuer.clone());
        let mut published = BTreeSet::new();
        if let Some(raw) = &raw {
            langs.extend(raw.languages.iter().cloned());
            published.extend(raw.languages.iter().cloned());
        }
        // A notice is compared with the language it is written in (issue 13).
        let source_language = raw
            .as_ref()
            .map_or(source_locale, |raw| raw.source_language.as_str())
            .to_owned();
        if let Some(info) = issuer.as_ref().and_then(|key| issuers.get_mut(key)) {
            info.langs.extend(langs.iter().cloned());
            info.published.extend(published.iter().cloned());
        }
        let glossary =
            Glossary::load(repository, None, Some(dir.as_path())).unwrap_or_else(|found| {
                out.extend(found.0);
                Glossary::default()
            });
        notices.push(NoticeInfo {
            dir,
            issuer,
            files,
            langs,
            source_language,
            published,
            glossary,
        });
    }

    let parsed: HashMap<&Path, Parsed<'_>> = texts
        .iter()
        .map(|(path, file)| (path.as_path(), Parsed::new(file)))
        .collect();
    let get = |paths: &[&PathBuf]| -> Vec<&Parsed<'_>> {
        paths
            .iter()
            .filter_map(|path| parsed.get(path.as_path()))
            .collect()
    };
    let all_links = KnownVariables::with_links(
        issuers
            .values()
            .flat_map(|issuer| issuer.links.iter().map(String::as_str)),
    );
    let issuer_vars = |key: Option<&String>| match key.and_then(|key| issuers.get(key)) {
        Some(issuer) => KnownVariables::with_links(issuer.links.iter().map(String::as_str)),
        None => all_links.clone(),
    };
    let shared_of = |lang: &str| -> Vec<&Parsed<'_>> {
        get(&shared
            .get(lang)
            .map(|paths| paths.iter().collect::<Vec<_>>())
            .unwrap_or_default())
    };
    let issuer_of = |key: Option<&String>, lang: &str| -> Vec<&Parsed<'_>> {
        let path = key
            .and_then(|key| issuers.get(key))
            .and_then(|issuer| issuer.files.get(lang));
        get(&path.into_iter().collect::<Vec<_>>())
    };

    let mut qa_cache = qa::SourceCache::default();

    // The shared layer: published where any notice publishes the language.
    let source_shared = shared_of(source_locale);
    let shared_glossary = issuers.values().fold(Glossary::default(), |all, issuer| {
        all.merged(&issuer.glossary)
    });
    for lang in &shared_langs {
        let published = issuers
            .values()
            .any(|issuer| issuer.published.contains(lang));
        let files = shared_of(lang);
        for file in &files {
            check_file(file, lang, &all_links, &mut out);
            check_references(file, &ids(&files), lang, "the shared locales", &mut out);
        }
        check_duplicates(&files, lang, &mut out);
        if lang != source_locale {
            let translation = Translation {
                source: &source_shared,
                target: &files,
                lang,
                source_lower: &[],
                target_lower: &[],
                variables: &all_links,
                published,
                glossary: &shared_glossary,
            };
            translation.check(&mut qa_cache, &mut out);
        }
    }

    // The shared wording only some notices load: each file against its original in the
    // source locale, in the languages that have it. A language without it is not asked for it
    // here: `fsn check` of a notice that prints it is. Never published as such: the notices
    // that load it are drafts until it is reviewed (`fsn status`).
    for ((name, lang), path) in &optional {
        let files = get(&[path]);
        let mut visible = shared_of(lang);
        visible.extend(files.iter().copied());
        for file in &files {
            check_file(file, lang, &all_links, &mut out);
            check_references(file, &ids(&visible), lang, "the shared locales", &mut out);
        }
        let Some(source_path) = optional.get(&(name.clone(), source_locale.to_owned())) else {
            continue;
        };
        if lang == source_locale {
            continue;
        }
        let translation = Translation {
            source: &get(&[source_path]),
            target: &files,
            lang,
            source_lower: &source_shared,
            target_lower: &shared_of(lang),
            variables: &all_links,
            published: false,
            glossary: &shared_glossary,
        };
        translation.check(&mut qa_cache, &mut out);
    }

    // A notice that loads optional files adds them to its shared layer, where an id defined
    // twice is refused. Any of them may be loaded together (a us-recall notice with lots loads
    // all three), so each language's shared files are checked with all its optional ones.
    for lang in &shared_langs {
        let mut layer = shared_of(lang);
        let mine: Vec<&PathBuf> = optional
            .iter()
            .filter(|((_, file_lang), _)| file_lang == lang)
            .map(|(_, path)| path)
            .collect();
        layer.extend(get(&mine));
        check_duplicates(&layer, lang, &mut out);
    }

    // The issuers' layer.
    for (key, issuer) in &issuers {
        let vars = issuer_vars(Some(key));
        let mut langs: BTreeSet<String> = issuer.files.keys().cloned().collect();
        langs.extend(issuer.langs.iter().cloned());
        let source = issuer_of(Some(key), source_locale);
        for lang in &langs {
            let files = issuer_of(Some(key), lang);
            let lower = shared_of(lang);
            let scope = format!("the catalog of issuer {key}");
            check_layer(&files, &lower, lang, &vars, &scope, &mut out);
            if lang == source_locale {
                continue;
            }
            let layer_dir = issuer.dir.join("locales");
            if !missing_layer_file(&source, &files, &layer_dir, source_locale, lang, &mut out) {
                let translation = Translation {
                    source: &source,
                    target: &files,
                    lang,
                    source_lower: &source_shared,
                    target_lower: &lower,
                    variables: &vars,
                    published: issuer.published.contains(lang),
                    glossary: &issuer.glossary,
                };
                translation.check(&mut qa_cache, &mut out);
            }
            if !shared_langs.contains(lang) {
                continue;
            }
            check_formatting(&[&lower, &files], lang, &vars, &mut out);
        }
    }
    if issuers.is_empty() {
        for lang in &shared_langs {
            check_formatting(&[&shared_of(lang)], lang, &all_links, &mut out);
        }
    }

    // The notices' layer.
    for notice in &notices {
        let vars = issuer_vars(notice.issuer.as_ref());
        let id = notice
            .dir
            .file_name()
            .map(|name| name.to_string_lossy().into_owned());
        let id = id.unwrap_or_default();
        let source_locale = notice.source_language.as_str();
        let source = get(&notice
            .files
            .get(source_locale)
            .into_iter()
            .collect::<Vec<_>>());
        let mut source_lower = shared_of(source_locale);
        source_lower.extend(issuer_of(notice.issuer.as_ref(), source_locale));
        for lang in &notice.langs {
            let files = get(&notice.files.get(lang).into_iter().collect::<Vec<_>>());
            let shared_files = shared_of(lang);
            let issuer_files = issuer_of(notice.issuer.as_ref(), lang);
            let mut lower = shared_files.clone();
            lower.extend(issuer_files.iter().copied());
            let scope = format!("the catalog of notice {id}");
            check_layer(&files, &lower, lang, &vars, &scope, &mut out);
            if lang != source_locale {
                let layer_dir = notice.dir.join("locales");
                if !missing_layer_file(&source, &files, &layer_dir, source_locale, lang, &mut out) {
                    let glossary = notice
                        .issuer
                        .as_ref()
                        .and_then(|key| issuers.get(key))
                        .map_or_else(Glossary::default, |issuer| issuer.glossary.clone())
                        .merged(&notice.glossary);
                    let translation = Translation {
                        source: &source,
                        target: &files,
                        lang,
                        source_lower: &source_lower,
                        target_lower: &lower,
                        variables: &vars,
                        published: notice.published.contains(lang),
                        glossary: &glossary,
                    };
                    translation.check(&mut qa_cache, &mut out);
                }
            }
            if shared_langs.contains(lang) {
                check_formatting(
                    &[&shared_files, &issuer_files, &files],
                    lang,
                    &vars,
                    &mut out,
                );
            }
        }
    }
    Diagnostics(finish(out))
}

#[derive(Debug)]
struct IssuerInfo {
    dir: PathBuf,
    links: Vec<String>,
    /// `<lang>.ftl` by language.
    files: BTreeMap<String, PathBuf>,
    /// Languages of the notices this issuer issues.
    langs: BTreeSet<String>,
    /// The languages some notice of this issuer publishes.
    published: BTreeSet<String>,
    /// Its do-not-translate terms.
    glossary: Glossary,
}

#[derive(Debug)]
struct NoticeInfo {
    dir: PathBuf,
    issuer: Option<String>,
    files: BTreeMap<String, PathBuf>,
    langs: BTreeSet<String>,
    /// The language its own messages are written in.
    source_language: String,
    /// The languages it is published in (the others are drafts).
    published: BTreeSet<String>,
    /// Its own do-not-translate terms, on top of its issuer's.
    glossary: Glossary,
}

/// Reports a layer that has a source file but none in `lang` (or the reverse); returns whether
/// either side is missing, so there is nothing to compare.
fn missing_layer_file(
    source: &[&Parsed<'_>],
    target: &[&Parsed<'_>],
    dir: &Path,
    source_locale: &str,
    lang: &str,
    out: &mut Vec<Diagnostic>,
) -> bool {
    match (source.is_empty(), target.is_empty()) {
        (false, false) => false,
        // Something in the file's place that could not be read was reported then.
        (false, true) if std::fs::symlink_metadata(dir.join(format!("{lang}.ftl"))).is_ok() => true,
        (false, true) => {
            out.push(
                Diagnostic::error(
                    MISSING_FILE,
                    format!(
                        "{} is missing for locale {lang}",
                        dir.join(format!("{lang}.ftl")).display()
                    ),
                )
                .with_help(format!(
                    "copy {} and translate it",
                    dir.join(format!("{source_locale}.ftl")).display()
                )),
            );
            true
        }
        (true, false) => {
            out.push(
                Diagnostic::warning(
                    NO_SOURCE,
                    format!(
                        "{} has no source to compare with ({} is missing)",
                        dir.join(format!("{lang}.ftl")).display(),
                        dir.join(format!("{source_locale}.ftl")).display()
                    ),
                )
                .with_help("write the source locale first; translations follow it"),
            );
            true
        }
        (true, true) => true,
    }
}

/// `*.ftl` files in a folder, sorted.
pub(crate) fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        // Not only files: something else in a file's place is named when it is read.
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
        .collect();
    paths.sort();
    paths
}

/// `<lang>.ftl` files in a folder, by language.
fn lang_files(dir: &Path) -> BTreeMap<String, PathBuf> {
    ftl_files(dir)
        .into_iter()
        .filter_map(|path| {
            let lang = path.file_stem()?.to_str()?.to_owned();
            Some((lang, path))
        })
        .collect()
}

fn subdirs(dir: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// Removes repeated findings (shared files are checked once per catalog they are part of) and
/// sorts by file and position.
fn finish(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = HashSet::new();
    let mut unique: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|diagnostic| {
            let at = diagnostic
                .location
                .as_ref()
                .map(|location| (location.file.path().to_path_buf(), location.span.clone()));
            seen.insert((diagnostic.code, at, diagnostic.message.clone()))
        })
        .collect();
    unique.sort_by_key(|diagnostic| {
        diagnostic
            .location
            .as_ref()
            .map(|location| (location.file.path().to_path_buf(), location.span.start))
    });
    unique
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ftl(name: &str, text: &str) -> FtlFile {
        FtlFile::parse(SourceFile::new(name, text)).0
    }

    fn lint(source: &str, target: &str) -> Vec<Diagnostic> {
        let vars = KnownVariables::with_links(["privacy"]);
        lint_pair(&ftl("en.ftl", source), &ftl("de.ftl", target), "de", &vars)
    }

    fn codes(diagnostics: &[Diagnostic]) -> Vec<(&'static str, String)> {
        diagnostics.iter().map(|d| (d.code, d.short())).collect()
    }

    #[test]
    fn identical_files_are_clean() {
        let text = "a = Eins { $issuer }\nb = { a } und { -brand }\n-brand = Illumina\n";
        assert_eq!(codes(&lint(text, text)), []);
    }

    #[test]
    fn ids_are_located_by_byte_range() {
        let found = lint("a = A\nmissing-one = B\n", "a = A\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, MISSING_MESSAGE);
        assert_eq!(
            found[0].short(),
            "en.ftl:2:1: error: message `missing-one` is missing in de"
        );
        assert_eq!(found[0].location.as_ref().unwrap().span, 6..17);
        assert_eq!(found[0].label.as_deref(), Some("missing in de"));
    }
}
