//! Localisation: the Fluent messages of one language, layered, and formatting them to text.
//!
//! A language's [`Catalog`] stacks three layers of `.ftl` files: the shared boilerplate
//! (`locales/<lang>/*.ftl`), the issuer's (`issuers/<key>/locales/<lang>.ftl`) and the notice's
//! own (`notices/<id>/locales/<lang>.ftl`). A later layer may override a message of an earlier
//! one, which is how a notice rewords a piece of boilerplate. Nothing falls back to another
//! language: a missing message is an error, shown as `{message-id}` in the text.

pub mod ftl_help;
pub mod markdown;
pub mod wording;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::base::diagnostic::{Diagnostic, SourceFile};
use crate::document::Inline;

/// A parsed `.ftl` file, shared between the catalogs that use it.
#[derive(Debug)]
pub struct FtlFile {
    /// The file's text, for diagnostics.
    pub source: Arc<SourceFile>,
    resource: Arc<FluentResource>,
}

impl FtlFile {
    /// Whether the file is marked reviewed: a line `### status: reviewed` among the resource
    /// comments at its top. Anything else (no mark, `### status: draft`) is a draft, so a
    /// translation is never published unless someone said it was reviewed.
    pub fn is_reviewed(&self) -> bool {
        review_status(self.source.text()) == Some("reviewed")
    }

    /// Parses a file; syntax errors (the first [`MAX_SYNTAX_ERRORS`]) and control characters
    /// are returned as diagnostics, and the valid entries kept. A text refused by
    /// [`refusal`] yields no entries.
    pub fn parse(source: Arc<SourceFile>) -> (Self, Vec<Diagnostic>) {
        let mut diagnostics = control_characters(&source);
        let syntax = match fluent_resource(source.text().to_owned()) {
            Ok(syntax) => syntax,
            Err(refused) => {
                diagnostics.insert(0, refused.diagnostic(&source));
                let empty =
                    FluentResource::try_new(String::new()).unwrap_or_else(|(resource, _)| resource);
                return (
                    Self {
                        source,
                        resource: Arc::new(empty),
                    },
                    diagnostics,
                );
            }
        };
        diagnostics.extend(syntax_diagnostics(&source, &syntax, |error| {
            format!("fluent syntax error: {}", error.kind)
        }));
        (
            Self {
                source,
                resource: Arc::new(syntax.resource),
            },
            diagnostics,
        )
    }

    /// Ids of the messages (not terms) defined in this file, in file order.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(message) => Some(message.id.name),
            _ => None,
        })
    }
}

/// The value of the `### status:` resource comment at the top of a messages file.
pub fn review_status(text: &str) -> Option<&str> {
    text.lines()
        .map(str::trim)
        .take_while(|line| line.is_empty() || line.starts_with('#'))
        .find_map(|line| line.strip_prefix("### status:"))
        .map(str::trim)
}

/// Deeper nesting of `{` than any message needs; beyond it the parser would risk the stack.
const MAX_PLACEABLE_DEPTH: usize = 100;

/// Syntax errors reported per file, as TOML's; the rest are counted. A file with thousands of
/// broken lines is the wrong file, and listing every line helps no one.
pub const MAX_SYNTAX_ERRORS: usize = 50;

/// Fluent text parsed through [`parse_fluent`] or [`fluent_resource`].
pub struct Syntax<R> {
    /// What was parsed (with `Junk` entries where the syntax is broken).
    pub resource: R,
    /// The first [`MAX_SYNTAX_ERRORS`] syntax errors.
    pub errors: Vec<fluent_syntax::parser::ParserError>,
    /// How many more there were.
    pub more_errors: usize,
}

impl<R> Syntax<R> {
    fn new(resource: R, mut errors: Vec<fluent_syntax::parser::ParserError>) -> Self {
        let more_errors = errors.len().saturating_sub(MAX_SYNTAX_ERRORS);
        errors.truncate(MAX_SYNTAX_ERRORS);
        Self {
            resource,
            errors,
            more_errors,
        }
    }

    /// All syntax errors, reported or not.
    pub fn error_count(&self) -> usize {
        self.errors.len() + self.more_errors
    }
}

/// The one entry point for Fluent text that fsn did not write itself (a `.ftl` file, an
/// XLIFF target): the text is screened by [`screen`] before the parser sees it.
pub fn parse_fluent(text: &str) -> Result<Syntax<fluent_syntax::ast::Resource<&str>>, Refused> {
    screen(text)?;
    Ok(match fluent_syntax::parser::parse(text) {
        Ok(resource) => Syntax::new(resource, Vec::new()),
        Err((resource, errors)) => Syntax::new(resource, errors),
    })
}

/// [`parse_fluent`] into a resource a bundle can own.
pub fn fluent_resource(text: String) -> Result<Syntax<FluentResource>, Refused> {
    screen(&text)?;
    Ok(match FluentResource::try_new(text) {
        Ok(resource) => Syntax::new(resource, Vec::new()),
        Err((resource, errors)) => Syntax::new(resource, errors),
    })
}

/// Why a Fluent text is not parsed at all, and where.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    /// Placeables nest deeper than [`MAX_PLACEABLE_DEPTH`] at this byte.
    TooDeep(usize),
    /// A carriage return not followed by a line feed at this byte; `true` when the text has
    /// no line feed at all (a file saved with old Mac line endings).
    LoneCarriageReturn(usize, bool),
}

impl Refused {
    /// The byte of the text where it is refused.
    pub fn offset(self) -> usize {
        match self {
            Self::TooDeep(at) | Self::LoneCarriageReturn(at, _) => at,
        }
    }

    /// What is wrong, in words.
    pub fn message(self) -> String {
        match self {
            Self::TooDeep(_) => format!("placeables nested more than {MAX_PLACEABLE_DEPTH} deep"),
            Self::LoneCarriageReturn(_, true) => {
                "the file has old Mac line endings (a carriage return alone ends each line)"
                    .to_owned()
            }
            Self::LoneCarriageReturn(..) => {
                "a carriage return (CR) not followed by a line feed".to_owned()
            }
        }
    }

    /// The error, located in `source`.
    pub fn diagnostic(self, source: &Arc<SourceFile>) -> Diagnostic {
        let (code, help) = match self {
            Self::TooDeep(_) => (
                "fsn::l10n::too_deep",
                "no message needs this; the file is not read",
            ),
            Self::LoneCarriageReturn(..) => (
                "fsn::l10n::line_endings",
                "save the file with Unix (LF) or Windows (CRLF) line endings; the file is not read",
            ),
        };
        let at = self.offset().min(source.text().len());
        Diagnostic::error(code, self.message())
            .at(source, at..(at + 1).min(source.text().len()))
            .with_help(help)
    }
}

/// The reason a `.ftl` file is not read at all, as a located error, if there is one.
pub fn refusal(source: &Arc<SourceFile>) -> Option<Diagnostic> {
    screen(source.text())
        .err()
        .map(|refused| refused.diagnostic(source))
}

/// Checks what the Fluent parser must not see: nesting deep enough to overflow its stack, and
/// carriage returns alone, which it does not read as line ends (a whole old-Mac file would
/// read as one broken line, every message then "missing").
fn screen(text: &str) -> Result<(), Refused> {
    if let Some(at) = lone_carriage_return(text) {
        return Err(Refused::LoneCarriageReturn(at, !text.contains('\n')));
    }
    match too_deep(text) {
        Some(at) => Err(Refused::TooDeep(at)),
        None => Ok(()),
    }
}

fn lone_carriage_return(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find(|&at| bytes[at] == b'\r' && bytes.get(at + 1) != Some(&b'\n'))
}

/// The byte offset where placeables nest deeper than [`MAX_PLACEABLE_DEPTH`], if they do.
/// String literals inside placeables may hold braces; they are skipped. The count starts again
/// at each line that begins an entry (`id =`, `-term =`) or a comment: the parser never reads
/// such a line inside a placeable (it ends the broken entry there), so unclosed `{` in many
/// messages do not add up.
fn too_deep(text: &str) -> Option<usize> {
    let mut depth = 0_usize;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with('#') {
            depth = 0;
            offset += line.len();
            continue;
        }
        if starts_entry(line) {
            depth = 0;
        }
        let mut in_string = false;
        let mut escaped = false;
        for (at, c) in line.char_indices() {
            if in_string {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_string = false,
                    _ => {}
                }
                continue;
            }
            match c {
                '{' => {
                    depth += 1;
                    if depth > MAX_PLACEABLE_DEPTH {
                        return Some(offset + at);
                    }
                }
                '}' => depth = depth.saturating_sub(1),
                '"' if depth > 0 => in_string = true,
                _ => {}
            }
        }
        offset += line.len();
    }
    None
}

/// Whether a line begins a message or term: `id =` or `-id =` at its very start.
fn starts_entry(line: &str) -> bool {
    let name = line.strip_prefix('-').unwrap_or(line);
    let end = name
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(name.len());
    name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name[end..].trim_start_matches([' ', '\t']).starts_with('=')
}

/// Control characters in a Fluent text (other than tab and line ends), located: they would
/// reach a PDF, which cannot show them, a page or a terminal raw. The first
/// [`MAX_SYNTAX_ERRORS`] are reported.
pub fn control_characters(source: &Arc<SourceFile>) -> Vec<Diagnostic> {
    let text = source.text();
    let mut found = text.char_indices().filter(|(at, c)| {
        c.is_control()
            && *c != '\n'
            && *c != '\t'
            && !(*c == '\r' && text.as_bytes().get(at + 1) == Some(&b'\n'))
    });
    let mut out: Vec<Diagnostic> = found
        .by_ref()
        .take(MAX_SYNTAX_ERRORS)
        .map(|(at, c)| {
            Diagnostic::error(
                "fsn::l10n::control_character",
                format!(
                    "the control character {} in a messages file",
                    c.escape_unicode()
                ),
            )
            .at(source, at..at + c.len_utf8())
            .with_help("remove it; messages are text (a tab is allowed and shows as a space)")
        })
        .collect();
    let more = found.count();
    if more > 0 {
        out.push(Diagnostic::error(
            "fsn::l10n::control_character",
            format!(
                "{more} more control characters in {}",
                source.path().display()
            ),
        ));
    }
    out
}

/// The syntax errors of a parsed file as diagnostics, the capped rest counted in one more.
pub fn syntax_diagnostics<R>(
    source: &Arc<SourceFile>,
    syntax: &Syntax<R>,
    message: impl Fn(&fluent_syntax::parser::ParserError) -> String,
) -> Vec<Diagnostic> {
    let text = source.text();
    let mut out: Vec<Diagnostic> = syntax
        .errors
        .iter()
        .map(|error| {
            let span = char_span(text, error.pos.clone());
            // The mistakes writers make get a help of their own (a continuation line that
            // starts with `[`, `*` or `.`).
            let help = crate::l10n::ftl_help::syntax_help(text, span.start).unwrap_or_else(|| {
                "see https://projectfluent.org/fluent/guide/ for the syntax".to_owned()
            });
            Diagnostic::error("fsn::l10n::syntax", message(error))
                .at(source, span)
                .with_help(help)
        })
        .collect();
    if syntax.more_errors > 0 {
        out.push(
            Diagnostic::error(
                "fsn::l10n::syntax",
                format!(
                    "{} more fluent syntax errors in {} (only the first {MAX_SYNTAX_ERRORS} are shown)",
                    syntax.more_errors,
                    source.path().display()
                ),
            )
            .with_help("is this the file you meant? check its encoding and line endings"),
        );
    }
    out
}

/// The parser's one-byte ranges may split a character or pass the end of the text: widened
/// to whole characters inside it.
pub(crate) fn char_span(text: &str, range: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let mut start = range.start.min(text.len());
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = range.end.clamp(start, text.len());
    while !text.is_char_boundary(end) {
        end += 1;
    }
    start..end
}

/// Values every message may use as `{ $name }`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Variables(BTreeMap<String, String>);

impl Variables {
    /// Sets a variable.
    pub fn set(&mut self, name: impl Into<String>, value: impl Into<String>) {
        self.0.insert(name.into(), value.into());
    }

    /// The names set, in order.
    pub fn names(&self) -> Vec<String> {
        self.0.keys().cloned().collect()
    }

    fn to_args(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(self.0.len());
        for (name, value) in &self.0 {
            args.set(name.as_str(), FluentValue::from(value.as_str()));
        }
        args
    }
}

/// All messages of one language for one notice, ready to format.
pub struct Catalog {
    lang: LanguageIdentifier,
    bundle: FluentBundle<Arc<FluentResource>>,
    /// The files, in layer order, for error messages.
    files: Vec<Arc<SourceFile>>,
    /// The files not marked reviewed.
    drafts: Vec<Arc<SourceFile>>,
    /// Ids of all messages, across layers.
    ids: std::collections::BTreeSet<String>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog")
            .field("lang", &self.lang)
            .field("files", &self.files)
            .finish()
    }
}

impl Catalog {
    /// Builds a catalog from layers of files, earliest first. Within the first layer (the shared
    /// boilerplate) a message defined twice is an error; later layers override.
    pub fn new(lang: LanguageIdentifier, layers: &[&[&FtlFile]]) -> (Self, Vec<Diagnostic>) {
        let mut bundle = FluentBundle::new_concurrent(vec![lang.clone()]);
        // Unicode isolation marks (U+2068/U+2069) protect bidirectional text, but they would leak
        // into PDF text and copy-paste. Our variables are identifiers, years and addresses, so
        // plain substitution is right here.
        bundle.set_use_isolating(false);
        let mut diagnostics = Vec::new();
        let mut files = Vec::new();
        let mut drafts = Vec::new();
        let mut ids = std::collections::BTreeSet::new();
        for (index, layer) in layers.iter().enumerate() {
            for file in layer.iter() {
                files.push(Arc::clone(&file.source));
                ids.extend(file.message_ids().map(str::to_owned));
                if !file.is_reviewed() {
                    drafts.push(Arc::clone(&file.source));
                }
                if index == 0 {
                    if let Err(errors) = bundle.add_resource(Arc::clone(&file.resource)) {
                        for error in errors {
                            diagnostics.push(duplicate_diagnostic(file, &error));
                        }
                    }
                } else {
                    bundle.add_resource_overriding(Arc::clone(&file.resource));
                }
            }
        }
        (
            Self {
                lang,
                bundle,
                files,
                drafts,
                ids,
            },
            diagnostics,
        )
    }

    /// Ids of every message of the catalog, across layers, sorted.
    pub fn message_ids(&self) -> impl Iterator<Item = &str> {
        self.ids.iter().map(String::as_str)
    }

    /// The files of this language not marked reviewed; empty when the language may be
    /// published.
    pub fn drafts(&self) -> &[Arc<SourceFile>] {
        &self.drafts
    }

    /// The language.
    pub fn lang(&self) -> &LanguageIdentifier {
        &self.lang
    }

    /// Whether a message with a value exists.
    pub fn has_message(&self, id: &str) -> bool {
        self.bundle
            .get_message(id)
            .is_some_and(|message| message.value().is_some())
    }

    /// The files searched, for "looked in …" hints.
    pub fn files(&self) -> &[Arc<SourceFile>] {
        &self.files
    }

    /// Formats a message to plain text. A missing message yields `{id}` and an error.
    pub fn text(&self, id: &str, vars: &Variables, diagnostics: &mut Vec<Diagnostic>) -> String {
        self.format(id, &vars.to_args(), diagnostics).into_owned()
    }

    /// Formats a message with extra arguments on top of the shared variables.
    pub fn text_with(
        &self,
        id: &str,
        vars: &Variables,
        extra: &[(&str, &str)],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> String {
        let mut args = vars.to_args();
        for (name, value) in extra {
            args.set(*name, FluentValue::from(*value));
        }
        self.format(id, &args, diagnostics).into_owned()
    }

    /// Formats a message and renders its inline Markdown.
    pub fn inline(&self, id: &str, vars: &Variables, diagnostics: &mut Vec<Diagnostic>) -> Inline {
        crate::l10n::markdown::inline(&self.text(id, vars, diagnostics))
    }

    fn format<'a>(
        &'a self,
        id: &str,
        args: &FluentArgs<'_>,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Cow<'a, str> {
        let Some(pattern) = self
            .bundle
            .get_message(id)
            .and_then(|message| message.value())
        else {
            diagnostics.push(self.missing(id));
            return Cow::Owned(format!("{{{id}}}"));
        };
        let mut errors = Vec::new();
        let text = unwrap_lines(self.bundle.format_pattern(pattern, Some(args), &mut errors));
        for error in errors {
            let (problem, help) = explain(&error, args);
            let mut diagnostic = Diagnostic::error(
                "fsn::l10n::format",
                format!("message `{id}` in locale `{}` {problem}", self.lang),
            )
            .with_help(help);
            if let Some((file, span)) = self.definition(id) {
                diagnostic = diagnostic.at(file, span).with_label("defined here");
            }
            diagnostics.push(diagnostic);
        }
        text
    }

    /// Formats the value and every attribute of the message `id` with `vars`, each error
    /// explained as [`Catalog::text`] explains it: how `fsn check --locales` formats every
    /// message once, as a build would, and words what fails as the build does. Empty when the
    /// message formats, or does not exist.
    pub fn format_problems(&self, id: &str, vars: &Variables) -> Vec<FormatProblem> {
        use fluent_bundle::FluentError;
        use fluent_bundle::resolver::ResolverError;
        use fluent_bundle::resolver::errors::ReferenceKind;

        let Some(message) = self.bundle.get_message(id) else {
            return Vec::new();
        };
        let args = vars.to_args();
        let mut errors = Vec::new();
        if let Some(value) = message.value() {
            self.bundle.format_pattern(value, Some(&args), &mut errors);
        }
        for attribute in message.attributes() {
            self.bundle
                .format_pattern(attribute.value(), Some(&args), &mut errors);
        }
        errors
            .iter()
            .map(|error| {
                let (problem, help) = explain(error, &args);
                let unknown_reference = matches!(
                    error,
                    FluentError::ResolverError(ResolverError::Reference(
                        ReferenceKind::Variable { .. }
                            | ReferenceKind::Message { .. }
                            | ReferenceKind::Term { .. }
                    ))
                );
                FormatProblem {
                    problem,
                    help,
                    unknown_reference,
                }
            })
            .collect()
    }

    /// Where the message that wins (the last layer defining it) is defined.
    fn definition(&self, id: &str) -> Option<(&Arc<SourceFile>, std::ops::Range<usize>)> {
        self.files
            .iter()
            .rev()
            .find_map(|file| definition_span(file.text(), id).map(|span| (file, span)))
    }

    /// The diagnostic for a message this catalog lacks.
    pub fn missing(&self, id: &str) -> Diagnostic {
        let looked_in: Vec<String> = self
            .files
            .iter()
            .map(|file| file.path().display().to_string())
            .collect();
        Diagnostic::error(
            "fsn::l10n::missing_message",
            format!("message `{id}` is missing in locale `{}`", self.lang),
        )
        .with_help(format!(
            "add `{id} = …` to one of: {}",
            looked_in.join(", ")
        ))
    }
}

/// One error formatting a message (see [`Catalog::format_problems`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatProblem {
    /// What is wrong, in words that follow "message `id` …": "refers to itself, directly or
    /// through other messages".
    pub problem: String,
    /// How to fix it.
    pub help: String,
    /// The message refers to a variable, message or term that does not exist.
    pub unknown_reference: bool,
}

/// What went wrong while formatting, in words for translators, and how to fix it.
fn explain(error: &fluent_bundle::FluentError, args: &FluentArgs<'_>) -> (String, String) {
    use fluent_bundle::FluentError;
    use fluent_bundle::resolver::ResolverError;
    use fluent_bundle::resolver::errors::ReferenceKind;

    let FluentError::ResolverError(error) = error else {
        return (
            format!("does not format: {error}"),
            "compare it with the English source".to_owned(),
        );
    };
    match error {
        ResolverError::Reference(ReferenceKind::Variable { id }) => {
            let known: Vec<String> = args.iter().map(|(name, _)| format!("${name}")).collect();
            (
                format!("uses the variable `${id}`, which fsn does not provide"),
                format!("variables available: {}", known.join(", ")),
            )
        }
        ResolverError::Reference(
            ReferenceKind::Message { id, .. } | ReferenceKind::Term { id, .. },
        ) => (
            format!("refers to `{id}`, which does not exist"),
            "correct the reference, or define the message it names".to_owned(),
        ),
        ResolverError::Reference(ReferenceKind::Function { id }) => (
            format!("calls the function `{id}()`, which fsn does not provide"),
            "remove the call; fsn formats dates and numbers itself".to_owned(),
        ),
        ResolverError::Cyclic => (
            "refers to itself, directly or through other messages".to_owned(),
            "break the cycle of references".to_owned(),
        ),
        ResolverError::TooManyPlaceables => (
            "has too many placeables (more than 100)".to_owned(),
            "split the message".to_owned(),
        ),
        ResolverError::NoValue(id) => (
            format!("refers to `{id}`, which has no value"),
            "give it a value".to_owned(),
        ),
        ResolverError::MissingDefault => (
            "has a select expression without a default variant".to_owned(),
            "mark one variant as the default with `*`".to_owned(),
        ),
    }
}

/// Joins the lines of a multi-line Fluent value with spaces. Translators wrap long values
/// for readability; the line breaks are not part of the text. A tab is a space too: the PDF
/// would drop it and HTML show it as one, so both get the space.
fn unwrap_lines(text: Cow<'_, str>) -> Cow<'_, str> {
    let text = if text.contains('\t') {
        Cow::Owned(text.replace('\t', " "))
    } else {
        text
    };
    if !text.contains('\n') {
        return text;
    }
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    Cow::Owned(lines.join(" "))
}

fn duplicate_diagnostic(file: &FtlFile, error: &fluent_bundle::FluentError) -> Diagnostic {
    let fluent_bundle::FluentError::Overriding { id, .. } = error else {
        return Diagnostic::error("fsn::l10n::duplicate", format!("{error}"));
    };
    let diagnostic = Diagnostic::error(
        "fsn::l10n::duplicate",
        format!("message `{id}` is defined twice in the shared locales"),
    );
    match definition_span(file.source.text(), id) {
        Some(span) => diagnostic
            .at(&file.source, span)
            .with_help("each shared message is defined once across locales/<lang>/*.ftl"),
        None => diagnostic,
    }
}

/// Byte range of `id` where a message or term of that id is defined, if found.
pub fn definition_span(text: &str, id: &str) -> Option<std::ops::Range<usize>> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let rest = line.strip_prefix(id);
        if rest.is_some_and(|rest| rest.trim_start().starts_with('=')) {
            return Some(offset..offset + id.len());
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> FtlFile {
        let (file, diagnostics) = FtlFile::parse(SourceFile::new(name, text));
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
        file
    }

    #[test]
    fn later_layers_override_and_missing_messages_are_errors() {
        let shared = file(
            "locales/it/notice.ftl",
            "a = Uno\nb = Due { $x }\nc = una\n    riga\n    sola\n",
        );
        let notice = file("notices/n/locales/it.ftl", "a = Primo\n");
        let (catalog, diagnostics) = Catalog::new("it".parse().unwrap(), &[&[&shared], &[&notice]]);
        assert!(diagnostics.is_empty());
        let mut vars = Variables::default();
        vars.set("x", "tre");
        let mut errors = Vec::new();
        assert_eq!(catalog.text("a", &vars, &mut errors), "Primo");
        // No isolation marks around the variable.
        assert_eq!(catalog.text("b", &vars, &mut errors), "Due tre");
        assert_eq!(catalog.text("c", &vars, &mut errors), "una riga sola");
        assert!(errors.is_empty());
        assert_eq!(catalog.text("nope", &vars, &mut errors), "{nope}");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].code, "fsn::l10n::missing_message");
    }

    #[test]
    fn format_problems_are_worded_as_the_build_words_them() {
        let shared = file(
            "locales/en/a.ftl",
            "loop = { loop }\ncall = { NUMBER(1) }\nvar = { $nope }\nok = fine\n    .title = { $x }\n",
        );
        let (catalog, _) = Catalog::new("en".parse().unwrap(), &[&[&shared]]);
        let mut vars = Variables::default();
        vars.set("x", "x");
        let problems = |id| catalog.format_problems(id, &vars);
        assert_eq!(
            problems("loop")[0].problem,
            "refers to itself, directly or through other messages"
        );
        assert!(!problems("loop")[0].unknown_reference);
        assert_eq!(
            problems("call")[0].problem,
            "calls the function `NUMBER()`, which fsn does not provide"
        );
        assert!(problems("var")[0].unknown_reference);
        assert_eq!(problems("ok"), []);
        assert_eq!(problems("absent"), []);
    }

    #[test]
    fn review_status_is_read_from_the_top_comments() {
        assert_eq!(
            review_status("### status: reviewed\n\nx = 1\n"),
            Some("reviewed")
        );
        assert_eq!(
            review_status("# c\n### status: draft\nx = 1\n"),
            Some("draft")
        );
        assert_eq!(review_status("x = 1\n### status: reviewed\n"), None);
        assert_eq!(review_status("x = 1\n"), None);
    }

    #[test]
    fn syntax_errors_point_into_the_file() {
        let source = SourceFile::new("x.ftl", "good = yes\nbad = { $\n");
        let (file, diagnostics) = FtlFile::parse(source);
        assert_eq!(diagnostics.len(), 1);
        assert!(
            diagnostics[0].short().starts_with("x.ftl:2:"),
            "{}",
            diagnostics[0].short()
        );
        assert_eq!(file.message_ids().collect::<Vec<_>>(), ["good"]);
    }

    #[test]
    fn nesting_is_counted_within_an_entry_not_across_entries() {
        // 101 messages each with an unclosed `{`: broken, but not deep.
        let unclosed: String = (0..101).map(|n| format!("m{n} = {{\n")).collect();
        assert_eq!(too_deep(&unclosed), None);
        let (_, diagnostics) = FtlFile::parse(SourceFile::new("x.ftl", unclosed));
        assert!(diagnostics.iter().all(|d| d.code == "fsn::l10n::syntax"));
        // Deep nesting across lines of one entry is still caught.
        let deep = format!("m = {}\n", "{\n".repeat(101));
        assert!(too_deep(&deep).is_some());
        let deep = format!("m = {}\"x\"{}\n", "{ ".repeat(101), " }".repeat(101));
        assert!(too_deep(&deep).is_some());
        // Braces in comments do not count.
        let comments = format!("# {}\nm = x\n", "{".repeat(200));
        assert_eq!(too_deep(&comments), None);
    }

    #[test]
    fn old_mac_line_endings_are_refused_and_named() {
        let source = SourceFile::new("x.ftl", "a = 1\rb = 2\r");
        let refused = refusal(&source).unwrap();
        assert_eq!(refused.code, "fsn::l10n::line_endings");
        assert!(refused.message.contains("old Mac line endings"));
        assert!(refusal(&SourceFile::new("x.ftl", "a = 1\r\nb = 2\r\n")).is_none());
        let stray = refusal(&SourceFile::new("x.ftl", "a = 1\r2\n")).unwrap();
        assert_eq!(
            stray.short(),
            "x.ftl:1:6: error: a carriage return (CR) not followed by a line feed"
        );
    }

    #[test]
    fn control_characters_are_located_errors_and_tabs_are_spaces() {
        let source = SourceFile::new(
            "x.ftl",
            "a = At\tthis time\nb = x\u{1b}[2J \u{0} \u{7f} \u{85}\n",
        );
        let (file, diagnostics) = FtlFile::parse(source);
        let located: Vec<String> = diagnostics.iter().map(Diagnostic::short).collect();
        assert_eq!(
            located,
            [
                "x.ftl:2:6: error: the control character \\u{1b} in a messages file",
                "x.ftl:2:11: error: the control character \\u{0} in a messages file",
                "x.ftl:2:13: error: the control character \\u{7f} in a messages file",
                "x.ftl:2:15: error: the control character \\u{85} in a messages file",
            ]
        );
        let (catalog, _) = Catalog::new("en".parse().unwrap(), &[&[&file]]);
        let mut errors = Vec::new();
        assert_eq!(
            catalog.text("a", &Variables::default(), &mut errors),
            "At this time"
        );
    }

    #[test]
    fn syntax_errors_are_capped_per_file() {
        let text: String = (0..20_000).map(|n| format!("bad line {n}\n")).collect();
        let (_, diagnostics) = FtlFile::parse(SourceFile::new("x.ftl", text));
        assert_eq!(diagnostics.len(), MAX_SYNTAX_ERRORS + 1);
        assert_eq!(
            diagnostics.last().unwrap().message,
            "19950 more fluent syntax errors in x.ftl (only the first 50 are shown)"
        );
    }

    #[test]
    fn duplicate_shared_messages_are_reported_where_defined() {
        let one = file("locales/it/a.ftl", "x = 1\n");
        let two = file("locales/it/b.ftl", "y = 2\nx = 3\n");
        let (_, diagnostics) = Catalog::new("it".parse().unwrap(), &[&[&one, &two]]);
        assert_eq!(diagnostics.len(), 1);
        assert_eq!(
            diagnostics[0].short(),
            "locales/it/b.ftl:2:1: error: message `x` is defined twice in the shared locales"
        );
    }
}
