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
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use unic_langid::LanguageIdentifier;

use crate::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use crate::l10n::{FtlFile, definition_span};
use crate::model::{RawIssuer, RawNotice};
use crate::project::{Repository, parse_toml};

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

use crate::compose::STANDARD_VARIABLES;

/// Variables only one message gets, on top of the standard ones (see `Composer::footer`).
const MESSAGE_VARIABLES: &[(&str, &[&str])] = &[("page-label", &["page", "total"])];

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
    for (file, file_lang) in [(&source, None), (&target, Some(lang))] {
        let file_lang = file_lang.unwrap_or("source");
        check_file(file, file_lang, variables, &mut out);
        check_duplicates(&[file], file_lang, &mut out);
        check_references(file, &ids(&[file]), file_lang, "its file", &mut out);
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
        match SourceFile::read(path) {
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
    let mut issuers: BTreeMap<String, IssuerInfo> = BTreeMap::new();
    for dir in subdirs(&root.join("issuers")) {
        let Some(key) = dir
            .file_name()
            .and_then(|name| name.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        let links = SourceFile::read(&dir.join("issuer.toml"))
            .ok()
            .and_then(|file| parse_toml::<RawIssuer>(&file).ok())
            .map(|issuer| issuer.links.into_keys().collect())
            .unwrap_or_default();
        let files = lang_files(&dir.join("locales"));
        for path in files.values() {
            read(path, &mut out);
        }
        issuers.insert(
            key,
            IssuerInfo {
                dir,
                links,
                files,
                langs: BTreeSet::new(),
            },
        );
    }
    let mut notices = Vec::new();
    for dir in repository.notice_dirs().unwrap_or_default() {
        let raw = SourceFile::read(&dir.join("notice.toml"))
            .ok()
            .and_then(|file| parse_toml::<RawNotice>(&file).ok());
        let files = lang_files(&dir.join("locales"));
        for path in files.values() {
            read(path, &mut out);
        }
        let mut langs: BTreeSet<String> = files.keys().cloned().collect();
        let issuer = raw.as_ref().map(|raw| raw.issuer.clone());
        if let Some(raw) = &raw {
            langs.extend(raw.languages.iter().cloned());
        }
        if let Some(info) = issuer.as_ref().and_then(|key| issuers.get_mut(key)) {
            info.langs.extend(langs.iter().cloned());
        }
        notices.push(NoticeInfo {
            dir,
            issuer,
            files,
            langs,
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

    // The shared layer.
    let source_shared = shared_of(source_locale);
    for lang in &shared_langs {
        let files = shared_of(lang);
        for file in &files {
            check_file(file, lang, &all_links, &mut out);
            check_references(file, &ids(&files), lang, "the shared locales", &mut out);
        }
        check_duplicates(&files, lang, &mut out);
        if lang != source_locale {
            compare(
                &source_shared,
                &files,
                lang,
                &Ids::new(),
                &Ids::new(),
                &all_links,
                &mut out,
            );
        }
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
                compare(
                    &source,
                    &files,
                    lang,
                    &ids(&source_shared),
                    &ids(&lower),
                    &vars,
                    &mut out,
                );
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
        let source = get(&notice
            .files
            .get(source_locale)
            .into_iter()
            .collect::<Vec<_>>());
        let mut source_lower = source_shared.clone();
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
                    compare(
                        &source,
                        &files,
                        lang,
                        &ids(&source_lower),
                        &ids(&lower),
                        &vars,
                        &mut out,
                    );
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
}

#[derive(Debug)]
struct NoticeInfo {
    dir: PathBuf,
    issuer: Option<String>,
    files: BTreeMap<String, PathBuf>,
    langs: BTreeSet<String>,
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
fn ftl_files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ftl") && path.is_file())
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

/// A file's text and its syntax tree, whose strings are slices of the text (so their byte
/// positions are known without the parser's spans).
struct Parsed<'a> {
    file: &'a Arc<SourceFile>,
    resource: ast::Resource<&'a str>,
    errors: Vec<fluent_syntax::parser::ParserError>,
}

impl<'a> Parsed<'a> {
    fn new(file: &'a Arc<SourceFile>) -> Self {
        let (resource, errors) = match fluent_syntax::parser::parse(file.text()) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, errors)) => (resource, errors),
        };
        Self {
            file,
            resource,
            errors,
        }
    }

    /// Byte range of a slice of this file's text.
    fn span(&self, part: &str) -> Range<usize> {
        let text = self.file.text();
        let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if start <= text.len() && start + part.len() <= text.len() {
            start..start + part.len()
        } else {
            definition_span(text, part).unwrap_or(0..0)
        }
    }

    /// Messages and terms, in file order.
    fn entries(&self) -> impl Iterator<Item = Entry<'_, 'a>> {
        self.resource.body.iter().filter_map(|entry| match entry {
            ast::Entry::Message(message) => Some(Entry {
                id: message.id.name.to_owned(),
                name: message.id.name,
                term: false,
                value: message.value.as_ref(),
                attributes: &message.attributes,
            }),
            ast::Entry::Term(term) => Some(Entry {
                id: format!("-{}", term.id.name),
                name: term.id.name,
                term: true,
                value: Some(&term.value),
                attributes: &term.attributes,
            }),
            _ => None,
        })
    }

    fn at(&self, name: &str, term: bool) -> Range<usize> {
        let span = self.span(name);
        // A term's id includes its leading `-`.
        if term && span.start > 0 {
            span.start - 1..span.end
        } else {
            span
        }
    }
}

/// A message or term of a file.
struct Entry<'p, 'a> {
    /// The id as references spell it: `name` for a message, `-name` for a term.
    id: String,
    /// The name, a slice of the file's text.
    name: &'a str,
    term: bool,
    value: Option<&'p ast::Pattern<&'a str>>,
    attributes: &'p [ast::Attribute<&'a str>],
}

impl<'a> Entry<'_, 'a> {
    fn kind(&self) -> &'static str {
        if self.term { "term" } else { "message" }
    }

    /// Every pattern: the value, then the attributes.
    fn patterns(&self) -> impl Iterator<Item = &ast::Pattern<&'a str>> {
        self.value
            .into_iter()
            .chain(self.attributes.iter().map(|attribute| &attribute.value))
    }

    fn refs(&self) -> Refs<'a> {
        let mut refs = Refs::default();
        for pattern in self.patterns() {
            refs.pattern(pattern);
        }
        refs
    }
}

/// What a pattern refers to.
#[derive(Default)]
struct Refs<'a> {
    variables: Vec<&'a str>,
    /// `(id, attribute, the name's slice)`, terms with their `-`.
    references: Vec<(String, Option<&'a str>, &'a str)>,
    /// The variant keys of each select expression.
    selects: Vec<Vec<&'a str>>,
}

impl<'a> Refs<'a> {
    fn pattern(&mut self, pattern: &ast::Pattern<&'a str>) {
        for element in &pattern.elements {
            if let ast::PatternElement::Placeable { expression } = element {
                self.expression(expression);
            }
        }
    }

    fn expression(&mut self, expression: &ast::Expression<&'a str>) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector);
                self.selects.push(
                    variants
                        .iter()
                        .map(|variant| match &variant.key {
                            ast::VariantKey::Identifier { name } => *name,
                            ast::VariantKey::NumberLiteral { value } => *value,
                        })
                        .collect(),
                );
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&'a str>) {
        match inline {
            ast::InlineExpression::StringLiteral { .. }
            | ast::InlineExpression::NumberLiteral { .. } => {}
            ast::InlineExpression::FunctionReference { arguments, .. } => self.arguments(arguments),
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.references.push((
                    id.name.to_owned(),
                    attribute.as_ref().map(|attribute| attribute.name),
                    id.name,
                ));
            }
            ast::InlineExpression::TermReference {
                id,
                attribute,
                arguments,
            } => {
                self.references.push((
                    format!("-{}", id.name),
                    attribute.as_ref().map(|attribute| attribute.name),
                    id.name,
                ));
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::VariableReference { id } => self.variables.push(id.name),
            ast::InlineExpression::Placeable { expression } => self.expression(expression),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&'a str>) {
        for argument in &arguments.positional {
            self.inline(argument);
        }
        for argument in &arguments.named {
            self.inline(&argument.value);
        }
    }
}

/// The ids of a catalog (messages and `-terms`), with their attributes.
type Ids = HashMap<String, BTreeSet<String>>;

fn ids(files: &[&Parsed<'_>]) -> Ids {
    let mut ids = Ids::new();
    for file in files {
        for entry in file.entries() {
            ids.entry(entry.id.clone()).or_default().extend(
                entry
                    .attributes
                    .iter()
                    .map(|attribute| attribute.id.name.to_owned()),
            );
        }
    }
    ids
}

/// Checks one file on its own: syntax, empty values, unknown variables, plural categories.
/// Checks each file of an issuer's or a notice's layer on its own and its references in the
/// catalog it is composed into (the lower layers plus the file), then duplicates across them.
fn check_layer(
    files: &[&Parsed<'_>],
    lower: &[&Parsed<'_>],
    lang: &str,
    variables: &KnownVariables,
    scope: &str,
    out: &mut Vec<Diagnostic>,
) {
    for file in files {
        check_file(file, lang, variables, out);
        let mut catalog = lower.to_vec();
        catalog.push(file);
        check_references(file, &ids(&catalog), lang, scope, out);
    }
    check_duplicates(files, lang, out);
}

fn check_file(
    file: &Parsed<'_>,
    lang: &str,
    variables: &KnownVariables,
    out: &mut Vec<Diagnostic>,
) {
    for error in &file.errors {
        let id = junk_id(file.file.text(), error);
        let what = match id {
            Some(id) => format!(
                "message `{id}` in {lang} has a syntax error: {}",
                error.kind
            ),
            None => format!("syntax error in {lang}: {}", error.kind),
        };
        out.push(
            Diagnostic::error(SYNTAX, what)
                .at(file.file, clamp(file.file.text(), error.pos.clone()))
                .with_help("fix the syntax (see https://projectfluent.org/fluent/guide/); until then the message is missing"),
        );
    }
    let categories = plural_categories(lang);
    for entry in file.entries() {
        let at = file.at(entry.name, entry.term);
        let kind = entry.kind();
        match entry.value {
            None => out.push(
                Diagnostic::error(
                    EMPTY_VALUE,
                    format!("{kind} `{}` in {lang} has no value", entry.id),
                )
                .at(file.file, at.clone())
                .with_help("fsn shows only a message's value; write it after `=`"),
            ),
            Some(value) if is_empty(value) => out.push(
                Diagnostic::error(
                    EMPTY_VALUE,
                    format!("{kind} `{}` in {lang} is empty", entry.id),
                )
                .at(file.file, at.clone())
                .with_help("translate the message; an empty value prints nothing"),
            ),
            Some(_) => {}
        }
        for attribute in entry.attributes {
            if is_empty(&attribute.value) {
                out.push(
                    Diagnostic::error(
                        EMPTY_VALUE,
                        format!(
                            "attribute `{}.{}` in {lang} is empty",
                            entry.id, attribute.id.name
                        ),
                    )
                    .at(file.file, file.span(attribute.id.name))
                    .with_help("translate the attribute, or remove it"),
                );
            }
        }
        let refs = entry.refs();
        // A term's variables are its parameters, given where it is referenced.
        if !entry.term {
            let mut reported = HashSet::new();
            for name in &refs.variables {
                if !variables.allows(&entry.id, name) && reported.insert(*name) {
                    out.push(
                        Diagnostic::error(
                            UNKNOWN_VARIABLE,
                            format!(
                                "message `{}` in {lang} uses the variable `${name}`, which fsn does not provide",
                                entry.id
                            ),
                        )
                        .at(file.file, file.span(name))
                        .with_label("unknown variable")
                        .with_help(format!(
                            "use one of: {}",
                            variables.0.iter().map(|name| format!("${name}")).collect::<Vec<_>>().join(", ")
                        )),
                    );
                }
            }
        }
        if let Some(categories) = &categories {
            for keys in &refs.selects {
                let plural = keys.iter().any(|key| {
                    key.parse::<f64>().is_ok()
                        || icu_plurals::PluralCategory::get_for_cldr_string(key).is_some()
                });
                let missing: Vec<&str> = categories
                    .iter()
                    .copied()
                    .filter(|category| !keys.contains(category))
                    .collect();
                if plural && !missing.is_empty() {
                    out.push(
                        Diagnostic::warning(
                            MISSING_PLURAL_CATEGORY,
                            format!(
                                "{kind} `{}` in {lang} has no variant for the plural categories {}",
                                entry.id,
                                missing.join(", ")
                            ),
                        )
                        .at(file.file, at.clone())
                        .with_help(format!(
                            "{lang} distinguishes {}; add a variant for each",
                            categories.join(", ")
                        )),
                    );
                }
            }
        }
    }
}

/// A parser error's range inside the text and on character boundaries: the parser's ranges
/// may pass the end of the file or split a character.
fn clamp(text: &str, range: Range<usize>) -> Range<usize> {
    let floor = |mut offset: usize| {
        offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    };
    let start = floor(range.start);
    start..floor(range.end).max(start)
}

/// The message id at the start of the text a syntax error skipped, if it looks like one.
fn junk_id<'t>(text: &'t str, error: &fluent_syntax::parser::ParserError) -> Option<&'t str> {
    let range = error.slice.clone().unwrap_or(error.pos.clone());
    let junk = text.get(clamp(text, range))?;
    let line = junk
        .lines()
        .find(|line| !line.trim().is_empty() && !line.starts_with('#'))?;
    let (id, _) = line.split_once('=')?;
    let id = id.trim();
    let plain = !id.is_empty()
        && id
            .trim_start_matches('-')
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    plain.then_some(id)
}

/// CLDR cardinal plural categories of a language, or `None` if it has no rules.
fn plural_categories(lang: &str) -> Option<Vec<&'static str>> {
    let locale: icu_locale_core::Locale = lang.parse().ok()?;
    let rules = icu_plurals::PluralRules::try_new_cardinal((&locale).into()).ok()?;
    let mut categories: Vec<&'static str> = rules
        .categories()
        .map(|category| match category {
            icu_plurals::PluralCategory::Zero => "zero",
            icu_plurals::PluralCategory::One => "one",
            icu_plurals::PluralCategory::Two => "two",
            icu_plurals::PluralCategory::Few => "few",
            icu_plurals::PluralCategory::Many => "many",
            icu_plurals::PluralCategory::Other => "other",
        })
        .collect();
    categories.dedup();
    Some(categories)
}

/// Whether a pattern holds nothing but white space and empty string literals.
fn is_empty(pattern: &ast::Pattern<&str>) -> bool {
    pattern.elements.iter().all(|element| match element {
        ast::PatternElement::TextElement { value } => value.trim().is_empty(),
        ast::PatternElement::Placeable {
            expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
        } => value.trim().is_empty(),
        ast::PatternElement::Placeable { .. } => false,
    })
}

/// Ids defined twice within one layer (one file, or the shared files of a language).
fn check_duplicates(files: &[&Parsed<'_>], lang: &str, out: &mut Vec<Diagnostic>) {
    let mut first: HashMap<String, &Path> = HashMap::new();
    for file in files {
        for entry in file.entries() {
            match first.get(&entry.id) {
                Some(path) => {
                    let where_ = if *path == file.file.path() {
                        "in this file".to_owned()
                    } else {
                        format!("in {}", path.display())
                    };
                    out.push(
                        Diagnostic::error(
                            DUPLICATE_MESSAGE,
                            format!("{} `{}` in {lang} is defined twice", entry.kind(), entry.id),
                        )
                        .at(file.file, file.at(entry.name, entry.term))
                        .with_label(format!("defined before {where_}"))
                        .with_help("keep one definition; only one of them would be used"),
                    );
                }
                None => {
                    first.insert(entry.id.clone(), file.file.path());
                }
            }
        }
    }
}

/// References to messages and terms that the catalog the file is composed into lacks.
fn check_references(
    file: &Parsed<'_>,
    catalog: &Ids,
    lang: &str,
    scope: &str,
    out: &mut Vec<Diagnostic>,
) {
    for entry in file.entries() {
        for (id, attribute, name) in entry.refs().references {
            let problem = match (catalog.get(&id), attribute) {
                (None, _) => format!("`{id}`, which does not exist in {scope}"),
                (Some(attributes), Some(attribute)) if !attributes.contains(attribute) => {
                    format!("`{id}.{attribute}`, an attribute that does not exist")
                }
                _ => continue,
            };
            let term = id.starts_with('-');
            out.push(
                Diagnostic::error(
                    UNKNOWN_REFERENCE,
                    format!(
                        "{} `{}` in {lang} refers to {problem}",
                        entry.kind(),
                        entry.id
                    ),
                )
                .at(file.file, file.at(name, term))
                .with_label("unknown reference")
                .with_help("correct the id, or define it in this file or a layer below"),
            );
        }
    }
}

/// Compares one layer of a translation with the same layer of the source. `source_lower` and
/// `target_lower` are the ids of the layers below, where an override falls back to.
fn compare(
    source: &[&Parsed<'_>],
    target: &[&Parsed<'_>],
    lang: &str,
    source_lower: &Ids,
    target_lower: &Ids,
    variables: &KnownVariables,
    out: &mut Vec<Diagnostic>,
) {
    let target_entries: HashMap<String, (&Parsed<'_>, Entry<'_, '_>)> = target
        .iter()
        .flat_map(|file| {
            file.entries()
                .map(move |entry| (entry.id.clone(), (*file, entry)))
        })
        .collect();
    let mut source_ids = HashSet::new();
    for file in source {
        for entry in file.entries() {
            source_ids.insert(entry.id.clone());
            let kind = entry.kind();
            let Some((target_file, translated)) = target_entries.get(&entry.id) else {
                let at = file.at(entry.name, entry.term);
                let diagnostic = if target_lower.contains_key(&entry.id) {
                    Diagnostic::warning(
                        MISSING_OVERRIDE,
                        format!(
                            "{kind} `{}` is reworded here in the source but not in {lang}",
                            entry.id
                        ),
                    )
                    .with_help(format!(
                        "{lang} shows the wording of a lower layer; translate this one"
                    ))
                } else {
                    Diagnostic::error(
                        MISSING_MESSAGE,
                        format!("{kind} `{}` is missing in {lang}", entry.id),
                    )
                    .with_help(format!("translate it in the {lang} file of this layer"))
                };
                out.push(
                    diagnostic
                        .at(file.file, at)
                        .with_label(format!("missing in {lang}")),
                );
                continue;
            };
            let target_at = target_file.at(translated.name, translated.term);
            for attribute in entry.attributes {
                let name = attribute.id.name;
                if !translated
                    .attributes
                    .iter()
                    .any(|other| other.id.name == name)
                {
                    out.push(
                        Diagnostic::error(
                            MISSING_ATTRIBUTE,
                            format!("attribute `{}.{name}` is missing in {lang}", entry.id),
                        )
                        .at(file.file, file.span(name))
                        .with_label(format!("missing in {lang}"))
                        .with_help(format!("translate the attribute in the {lang} file")),
                    );
                }
            }
            for attribute in translated.attributes {
                let name = attribute.id.name;
                if !entry.attributes.iter().any(|other| other.id.name == name) {
                    out.push(
                        Diagnostic::warning(
                            OBSOLETE_ATTRIBUTE,
                            format!(
                                "attribute `{}.{name}` in {lang} is not in the source",
                                entry.id
                            ),
                        )
                        .at(target_file.file, target_file.span(name))
                        .with_help("remove it, or add it to the source first"),
                    );
                }
            }
            if entry.term {
                continue;
            }
            let source_vars: BTreeSet<&str> = entry.refs().variables.into_iter().collect();
            let target_vars: BTreeSet<&str> = translated.refs().variables.into_iter().collect();
            for name in source_vars.difference(&target_vars) {
                out.push(
                    Diagnostic::warning(
                        MISSING_VARIABLE,
                        format!(
                            "message `{}` in {lang} does not use `${name}`, which the source uses",
                            entry.id
                        ),
                    )
                    .at(target_file.file, target_at.clone())
                    .with_help(format!(
                        "check the translation; the source shows `{{ ${name} }}` here"
                    )),
                );
            }
            for name in target_vars.difference(&source_vars) {
                // A variable fsn does not provide is reported as unknown by the file check.
                if !variables.allows(&entry.id, name) {
                    continue;
                }
                out.push(
                    Diagnostic::warning(
                        EXTRA_VARIABLE,
                        format!(
                            "message `{}` in {lang} uses `${name}`, which the source does not",
                            entry.id
                        ),
                    )
                    .at(target_file.file, target_file.span(name))
                    .with_help("check the translation against the source"),
                );
            }
        }
    }
    for file in target {
        for entry in file.entries() {
            if source_ids.contains(&entry.id) || source_lower.contains_key(&entry.id) {
                // An override of a lower layer that only this language needs is fine.
                continue;
            }
            out.push(
                Diagnostic::warning(
                    OBSOLETE_MESSAGE,
                    format!(
                        "{} `{}` in {lang} is not in the source",
                        entry.kind(),
                        entry.id
                    ),
                )
                .at(file.file, file.at(entry.name, entry.term))
                .with_help("remove it, or add it to the source first"),
            );
        }
    }
}

/// Formats every message of a composed catalog (layers earliest first, as `Catalog::new`
/// stacks them) with fsn's variables, and reports what the resolver rejects. References and
/// variables are left to the static checks, which know where they are.
fn check_formatting(
    layers: &[&[&Parsed<'_>]],
    lang: &str,
    variables: &KnownVariables,
    out: &mut Vec<Diagnostic>,
) {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;

    let Ok(langid) = lang.parse::<LanguageIdentifier>() else {
        return;
    };
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    // The definition that wins, for locating errors.
    let mut winners: HashMap<&str, (&Parsed<'_>, &str)> = HashMap::new();
    for (index, layer) in layers.iter().enumerate() {
        for file in layer.iter() {
            let resource = match FluentResource::try_new(file.file.text().to_owned()) {
                Ok(resource) | Err((resource, _)) => resource,
            };
            if index == 0 {
                let _duplicates_reported_elsewhere = bundle.add_resource(resource);
            } else {
                bundle.add_resource_overriding(resource);
            }
            for entry in file.entries() {
                if entry.term {
                    continue;
                }
                if index == 0 && winners.contains_key(entry.name) {
                    continue;
                }
                winners.insert(entry.name, (file, entry.name));
            }
        }
    }
    let mut ids: Vec<&&str> = winners.keys().collect();
    ids.sort();
    for id in ids {
        let Some(message) = bundle.get_message(id) else {
            continue;
        };
        let args = variables.args(id);
        let mut errors = Vec::new();
        if let Some(value) = message.value() {
            bundle.format_pattern(value, Some(&args), &mut errors);
        }
        for attribute in message.attributes() {
            bundle.format_pattern(attribute.value(), Some(&args), &mut errors);
        }
        let (file, name) = winners[id];
        for error in errors {
            let problem = match &error {
                FluentError::ResolverError(ResolverError::Reference(
                    ReferenceKind::Variable { .. }
                    | ReferenceKind::Message { .. }
                    | ReferenceKind::Term { .. },
                )) => continue,
                FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Function {
                    id,
                })) => {
                    format!("calls the function `{id}()`, which fsn does not provide")
                }
                FluentError::ResolverError(ResolverError::Cyclic) => {
                    "refers to itself, directly or through other messages".to_owned()
                }
                FluentError::ResolverError(ResolverError::NoValue(other)) => {
                    format!("refers to `{other}`, which has no value")
                }
                other => format!("does not format: {other}"),
            };
            out.push(
                Diagnostic::error(FORMAT_ERROR, format!("message `{id}` in {lang} {problem}"))
                    .at(file.file, file.span(name))
                    .with_label("fails when formatted")
                    .with_help("fix the message so it formats; a build would stop here"),
            );
        }
    }
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

    #[test]
    fn plural_categories_follow_cldr() {
        assert_eq!(plural_categories("de").unwrap(), ["one", "other"]);
        assert!(plural_categories("pl").unwrap().contains(&"few"));
    }
}
