//! Review recorded against a source, per message: which source text each translation was
//! reviewed against, and whether it still is the source today.
//!
//! Every messages file has a record beside it (`de.ftl` → `de.review.toml`, see [`Record`])
//! holding, for each message, attribute and term, the fingerprint and text of the source it
//! was reviewed against and the fingerprint of the translation as reviewed. Compared with the
//! files today, each message is [`State::Reviewed`], [`State::Stale`] (its source changed
//! since), [`State::Edited`] (the translation changed since) or [`State::Unreviewed`].
//!
//! The source of a message is the same message in the source language, in the same layer or
//! the nearest one below: shared and issuer files are translated from the repository's
//! source language ([`SHARED_SOURCE_LANGUAGE`]), a notice's own file from the notice's
//! `source-language`. A file in the source language is reviewed against itself, so an edit
//! to the source makes it unreviewed too.

use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use fluent_syntax::ast;

use fsn_core::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use fsn_core::{LoadedNotice, Repository};

mod record;
mod text;

pub use crate::text::normalise;
pub use record::{Entry, Record};
pub use text::{fingerprint, word_diff};

/// The language shared and issuer messages are written in and translated from.
pub const SHARED_SOURCE_LANGUAGE: &str = "en";

/// A message whose source text changed after its translation was reviewed.
pub const STALE: &str = "fsn::review::stale";
/// A message with no review, or changed since its review.
pub const UNREVIEWED: &str = "fsn::review::unreviewed";
/// A review record that cannot be read.
pub const BAD_RECORD: &str = "fsn::review::bad_record";

/// Which layer of a catalog a messages file belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum LayerKind {
    /// `locales/<lang>/*.ftl`.
    Shared,
    /// `issuers/<key>/locales/<lang>.ftl`.
    Issuer,
    /// `notices/<id>/locales/<lang>.ftl`.
    Notice,
}

/// A messages file and the source files its messages are translated from, nearest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layer {
    /// Which layer.
    pub kind: LayerKind,
    /// The language of the file.
    pub lang: String,
    /// The translation.
    pub file: PathBuf,
    /// The language of its source.
    pub source_language: String,
    /// Where its source texts are looked up, nearest layer first.
    pub sources: Vec<PathBuf>,
}

/// What a notice's layers are made from.
#[derive(Debug, Clone, Copy)]
pub struct NoticeRef<'a> {
    /// The notice folder.
    pub dir: &'a Path,
    /// The issuer's key.
    pub issuer: &'a str,
    /// The language the notice is written in.
    pub source_language: &'a str,
    /// The optional shared wording it prints, relative to `locales/<lang>/`
    /// (`fsn_core::l10n::wording::optional_wording`).
    pub optional: &'a [&'static str],
}

impl<'a> NoticeRef<'a> {
    /// The layers of a loaded notice.
    pub fn of(loaded: &'a LoadedNotice) -> Self {
        Self {
            dir: loaded.dir(),
            issuer: &loaded.notice.issuer.key,
            source_language: &loaded.notice.source_language,
            optional: loaded.optional_wording(),
        }
    }
}

/// The messages files of a notice in `lang`, layer by layer, with their sources; files that
/// do not exist are left out (the lint reports them).
pub fn layers(repository: &Repository, notice: NoticeRef<'_>, lang: &str) -> Vec<Layer> {
    // The shared files every notice loads, then the optional ones this notice prints.
    let shared = |lang: &str| {
        let dir = repository.shared_dir(lang);
        let mut files = repository.ftl_files(&dir);
        let optional = notice.optional.iter().map(|wording| dir.join(wording));
        files.extend(optional.filter(|path| repository.is_file(path)));
        files
    };
    let issuer_dir = repository.issuer_folder(notice.issuer);
    let issuer = |lang: &str| repository.messages_file(&issuer_dir, lang);
    let notice_file = |lang: &str| repository.messages_file(notice.dir, lang);
    let mut layers: Vec<Layer> = shared(lang)
        .into_iter()
        .map(|file| Layer {
            kind: LayerKind::Shared,
            lang: lang.to_owned(),
            file,
            source_language: SHARED_SOURCE_LANGUAGE.to_owned(),
            sources: shared(SHARED_SOURCE_LANGUAGE),
        })
        .collect();
    let mut sources = vec![issuer(SHARED_SOURCE_LANGUAGE)];
    sources.extend(shared(SHARED_SOURCE_LANGUAGE));
    layers.push(Layer {
        kind: LayerKind::Issuer,
        lang: lang.to_owned(),
        file: issuer(lang),
        source_language: SHARED_SOURCE_LANGUAGE.to_owned(),
        sources,
    });
    let mut sources = vec![
        notice_file(notice.source_language),
        issuer(notice.source_language),
    ];
    sources.extend(shared(notice.source_language));
    layers.push(Layer {
        kind: LayerKind::Notice,
        lang: lang.to_owned(),
        file: notice_file(lang),
        source_language: notice.source_language.to_owned(),
        sources,
    });
    layers.retain(|layer| repository.is_file(&layer.file));
    layers
}

/// How a message stands against its source today.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Reviewed against today's source, and unchanged since.
    Reviewed,
    /// Its source changed after the review.
    Stale {
        /// The source text it was reviewed against.
        reviewed_against: String,
    },
    /// The translation changed after the review.
    Edited,
    /// Never reviewed.
    Unreviewed,
}

/// One message (or attribute, or term) of a file, against its source and its record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageReview {
    /// `id`, `id.attribute` or `-term`.
    pub key: String,
    /// Where the key is defined in the translation.
    pub span: Range<usize>,
    /// Its state.
    pub state: State,
    /// The source text today, normalised.
    pub source_text: String,
    /// The translation today, normalised.
    pub translation_text: String,
    /// Fingerprint of the source text today.
    source: String,
    /// Fingerprint of the translation today.
    translation: String,
}

impl MessageReview {
    /// The message id the key belongs to (`intro` for `intro.title`).
    pub fn message_id(&self) -> &str {
        self.key.split('.').next().unwrap_or(&self.key)
    }
}

/// A messages file reviewed against its sources and its record.
#[derive(Debug, Clone)]
pub struct FileReview {
    /// The layer it belongs to.
    pub layer: Layer,
    /// The translation.
    pub file: Arc<SourceFile>,
    /// Where its record is (it may not exist yet).
    pub record_path: PathBuf,
    /// Its record as read (empty when there is none).
    pub record: Record,
    /// Each message that has a source, in file order.
    pub messages: Vec<MessageReview>,
}

impl FileReview {
    /// How many messages are in each state: (stale, edited or unreviewed).
    pub fn counts(&self) -> (usize, usize) {
        let stale = self
            .messages
            .iter()
            .filter(|message| matches!(message.state, State::Stale { .. }))
            .count();
        let unreviewed = self
            .messages
            .iter()
            .filter(|message| matches!(message.state, State::Edited | State::Unreviewed))
            .count();
        (stale, unreviewed)
    }

    /// Whether every message is reviewed against today's source.
    pub fn is_current(&self) -> bool {
        self.counts() == (0, 0)
    }

    /// The record after reviewing the messages whose id is in `only` (every message when it
    /// is empty) by `by` on `date`. Entries of messages no longer in the file are dropped.
    pub fn reviewed(&self, only: &[String], by: &str, date: &str) -> Record {
        self.reviewed_where(
            |message| {
                only.is_empty()
                    || only
                        .iter()
                        .any(|id| id == message.message_id() || *id == message.key)
            },
            by,
            date,
        )
    }

    /// The record after reviewing the messages `wanted` picks by `by` on `date`; the others
    /// keep their entries.
    pub fn reviewed_where(
        &self,
        wanted: impl Fn(&MessageReview) -> bool,
        by: &str,
        date: &str,
    ) -> Record {
        let mut messages = BTreeMap::new();
        for message in &self.messages {
            let entry = if wanted(message) {
                Entry {
                    source: message.source.clone(),
                    translation: message.translation.clone(),
                    by: by.to_owned(),
                    date: date.to_owned(),
                    source_text: message.source_text.clone(),
                }
            } else if let Some(entry) = self.record.messages.get(&message.key) {
                entry.clone()
            } else {
                continue;
            };
            messages.insert(message.key.clone(), entry);
        }
        Record {
            source_language: self.layer.source_language.clone(),
            messages,
        }
    }

    /// Whether `record` covers every message of the file as it is today.
    pub fn is_current_with(&self, record: &Record) -> bool {
        self.messages.iter().all(|message| {
            record.messages.get(&message.key).is_some_and(|entry| {
                entry.translation == message.translation && entry.source == message.source
            })
        })
    }

    /// One diagnostic per stale, edited or unreviewed message: errors when the file is part
    /// of a published language, warnings otherwise (and then only the stale ones: a draft is
    /// unreviewed by definition). `notice` names the notice of a notice-layer file, for the
    /// command in the help.
    pub fn diagnostics(&self, published: bool, notice: Option<&str>) -> Vec<Diagnostic> {
        let lang = &self.layer.lang;
        let mut out = Vec::new();
        for message in &self.messages {
            let command = self.command(message.message_id(), notice);
            let diagnostic = match &message.state {
                State::Reviewed => continue,
                State::Stale { reviewed_against } => {
                    let (then, now) = word_diff(reviewed_against, &message.source_text);
                    let source = &self.layer.source_language;
                    Diagnostic::error(
                        STALE,
                        format!(
                            "`{}` in {lang} was reviewed against a {source} source text that has changed since",
                            message.key
                        ),
                    )
                    .with_label("source changed since review")
                    .with_help(format!(
                        "the {source} source, word by word:\n  reviewed: {then}\n  now:      {now}\n\
                         update the translation, have it reviewed, then run `{command}`"
                    ))
                }
                State::Edited if published => Diagnostic::error(
                    UNREVIEWED,
                    format!("`{}` in {lang} changed after it was reviewed", message.key),
                )
                .with_label("changed since review")
                .with_help(format!("have the change reviewed, then run `{command}`")),
                State::Unreviewed if published => Diagnostic::error(
                    UNREVIEWED,
                    format!("`{}` in {lang} is not reviewed", message.key),
                )
                .with_label("not reviewed")
                .with_help(format!("have it reviewed, then run `{command}`")),
                State::Edited | State::Unreviewed => continue,
            };
            let diagnostic = if published {
                diagnostic
            } else {
                Diagnostic {
                    severity: fsn_core::Severity::Warning,
                    ..diagnostic
                }
            };
            out.push(diagnostic.at(&self.file, message.span.clone()));
        }
        out
    }

    /// The command that records the review of one message of this file.
    fn command(&self, id: &str, notice: Option<&str>) -> String {
        let lang = &self.layer.lang;
        match (self.layer.kind, notice) {
            (LayerKind::Notice, Some(notice)) => {
                format!("fsn review --lang {lang} --notice {notice} --message {id}")
            }
            _ => format!(
                "fsn review --lang {lang} --file {} --message {id}",
                self.file.path().display()
            ),
        }
    }
}

/// A message's value, an attribute or a term of a messages file.
#[derive(Debug, Clone)]
struct Unit {
    key: String,
    text: String,
    /// The fingerprint of `text`.
    fingerprint: String,
    span: Range<usize>,
}

impl Unit {
    fn new(key: String, pattern: &ast::Pattern<&str>, span: Range<usize>) -> Self {
        let text = normalise(pattern);
        Self {
            key,
            fingerprint: fingerprint(&text),
            text,
            span,
        }
    }
}

/// The units of a file, in file order, each normalised.
fn units(file: &SourceFile) -> Vec<Unit> {
    let text = file.text();
    // Through the one bounded entry point: a file it refuses (nesting too deep, control
    // characters) has no units here and is reported by the loader and the lint.
    let Ok(syntax) = fsn_core::l10n::parse_fluent(text) else {
        return Vec::new();
    };
    let resource = syntax.resource;
    let span = |part: &str| {
        let start = (part.as_ptr() as usize).wrapping_sub(text.as_ptr() as usize);
        if start + part.len() <= text.len() {
            start..start + part.len()
        } else {
            0..0
        }
    };
    let mut units = Vec::new();
    let mut add = |id: String,
                   name: &str,
                   value: Option<&ast::Pattern<&str>>,
                   attributes: &[ast::Attribute<&str>]| {
        let at = span(name);
        if let Some(value) = value {
            units.push(Unit::new(id.clone(), value, at.clone()));
        }
        for attribute in attributes {
            let key = format!("{id}.{}", attribute.id.name);
            units.push(Unit::new(key, &attribute.value, span(attribute.id.name)));
        }
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => add(
                message.id.name.to_owned(),
                message.id.name,
                message.value.as_ref(),
                &message.attributes,
            ),
            ast::Entry::Term(term) => add(
                format!("-{}", term.id.name),
                term.id.name,
                Some(&term.value),
                &term.attributes,
            ),
            _ => {}
        }
    }
    units
}

/// A file read and split into units.
#[derive(Debug)]
struct Parsed {
    file: Arc<SourceFile>,
    units: Vec<Unit>,
    index: HashMap<String, usize>,
}

/// Reviews files against their sources and records, reading and parsing each file once.
#[derive(Debug)]
pub struct Reviews<'r> {
    repository: &'r Repository,
    parsed: Mutex<HashMap<PathBuf, Arc<Parsed>>>,
    reviewed: Mutex<HashMap<PathBuf, Arc<FileReview>>>,
}

impl<'r> Reviews<'r> {
    /// Starts with nothing read.
    pub fn new(repository: &'r Repository) -> Self {
        Self {
            repository,
            parsed: Mutex::new(HashMap::new()),
            reviewed: Mutex::new(HashMap::new()),
        }
    }

    /// Every file of a notice in `lang`, reviewed.
    pub fn notice(
        &self,
        notice: NoticeRef<'_>,
        lang: &str,
    ) -> Result<Vec<Arc<FileReview>>, Diagnostics> {
        let mut files = Vec::new();
        let mut problems = Diagnostics::default();
        for layer in layers(self.repository, notice, lang) {
            match self.file(&layer) {
                Ok(review) => files.push(review),
                Err(diagnostics) => problems.0.extend(diagnostics.0),
            }
        }
        if problems.has_errors() {
            Err(problems)
        } else {
            Ok(files)
        }
    }

    /// Why a loaded notice may not be published in `lang` as far as review goes: one error
    /// per file with stale, edited or unreviewed messages, naming them. Empty when every
    /// message of every file is reviewed against today's source.
    pub fn publish_problems(&self, loaded: &LoadedNotice, lang: &str) -> Vec<Diagnostic> {
        let files = match self.notice(NoticeRef::of(loaded), lang) {
            Ok(files) => files,
            Err(diagnostics) => return diagnostics.0,
        };
        let id = &loaded.notice.id;
        files
            .iter()
            .filter(|file| !file.is_current())
            .map(|file| {
                let (stale, unreviewed) = file.counts();
                let names: Vec<&str> = file
                    .messages
                    .iter()
                    .filter(|message| message.state != State::Reviewed)
                    .map(|message| message.key.as_str())
                    .collect();
                let code = if stale > 0 { STALE } else { UNREVIEWED };
                Diagnostic::error(
                    code,
                    format!(
                        "{id} ({lang}): {} has {stale} stale and {unreviewed} unreviewed message(s): {}",
                        file.file.path().display(),
                        names.join(", ")
                    ),
                )
                .with_help(format!(
                    "`fsn check --locales` shows each with what changed; once reviewed, run `fsn review --lang {lang} --notice {id}` (or build with --allow-draft: every page then says DRAFT)"
                ))
            })
            .collect()
    }

    /// One file reviewed (from the cache when it was before).
    pub fn file(&self, layer: &Layer) -> Result<Arc<FileReview>, Diagnostics> {
        if let Some(review) = lock(&self.reviewed).get(&layer.file) {
            return Ok(Arc::clone(review));
        }
        let target = self.parsed(&layer.file)?;
        let mut sources = Vec::new();
        for path in &layer.sources {
            if self.repository.is_file(path) {
                sources.push(self.parsed(path)?);
            }
        }
        let record_path = Record::path_for(&layer.file);
        let record = if self.repository.is_file(&record_path) {
            let file = self.repository.read(&record_path)?;
            let mut record = Record::parse(&file).map_err(|diagnostics| {
                Diagnostics(
                    diagnostics
                        .0
                        .into_iter()
                        .map(|diagnostic| Diagnostic {
                            code: BAD_RECORD,
                            help: Some("run `fsn review` again to rewrite the record (it is not edited by hand)".to_owned()),
                            ..diagnostic
                        })
                        .collect(),
                )
            })?;
            // A record made against another source language says nothing about this one.
            if record.source_language != layer.source_language {
                record.messages.clear();
            }
            record
        } else {
            Record::default()
        };
        let messages = target
            .units
            .iter()
            .filter_map(|unit| {
                let source = sources
                    .iter()
                    .find_map(|source| source.index.get(&unit.key).map(|&at| &source.units[at]))?;
                let translation = unit.fingerprint.clone();
                // The source language is reviewed against itself: a change is an edit.
                let is_source = layer.lang == layer.source_language;
                let state = match record.messages.get(&unit.key) {
                    None => State::Unreviewed,
                    Some(entry) if is_source && entry.translation != translation => State::Edited,
                    Some(entry) if entry.source != source.fingerprint => State::Stale {
                        reviewed_against: entry.source_text.clone(),
                    },
                    Some(entry) if entry.translation != translation => State::Edited,
                    Some(_) => State::Reviewed,
                };
                Some(MessageReview {
                    key: unit.key.clone(),
                    span: unit.span.clone(),
                    state,
                    source_text: source.text.clone(),
                    translation_text: unit.text.clone(),
                    source: source.fingerprint.clone(),
                    translation,
                })
            })
            .collect();
        let review = Arc::new(FileReview {
            layer: layer.clone(),
            file: Arc::clone(&target.file),
            record_path,
            record,
            messages,
        });
        lock(&self.reviewed).insert(layer.file.clone(), Arc::clone(&review));
        Ok(review)
    }

    fn parsed(&self, path: &Path) -> Result<Arc<Parsed>, Diagnostic> {
        if let Some(parsed) = lock(&self.parsed).get(path) {
            return Ok(Arc::clone(parsed));
        }
        let file = self.repository.read(path)?;
        let units = units(&file);
        let mut index = HashMap::new();
        for (at, unit) in units.iter().enumerate() {
            // The first definition wins, as in the lint's duplicate check.
            index.entry(unit.key.clone()).or_insert(at);
        }
        let parsed = Arc::new(Parsed { file, units, index });
        lock(&self.parsed).insert(path.to_path_buf(), Arc::clone(&parsed));
        Ok(parsed)
    }
}

/// The review findings of the whole repository, for `fsn check --locales`: every file of
/// every notice's languages reviewed once; stale messages are errors where the file is part
/// of a published language and warnings in drafts, unreviewed ones errors where published.
pub fn lint_repository(repository: &Repository) -> Diagnostics {
    let reviews = Reviews::new(repository);
    let mut out = Diagnostics::default();
    // By file: its layer, whether a notice publishes it, and the notice of a notice layer.
    let mut files: BTreeMap<PathBuf, (Layer, bool, Option<String>)> = BTreeMap::new();
    for dir in repository.notice_dirs().unwrap_or_default() {
        // A notice that does not load is reported by `fsn check` itself.
        let Ok(raw) = repository.raw_notice(&dir) else {
            continue;
        };
        let optional = repository.optional_wording_of(&raw);
        let notice = NoticeRef {
            dir: &dir,
            issuer: &raw.issuer,
            source_language: &raw.source_language,
            optional: &optional,
        };
        let langs = raw.languages.iter().map(|lang| (lang, true));
        let drafts = raw.draft_languages.iter().map(|lang| (lang, false));
        for (lang, published) in langs.chain(drafts) {
            for layer in layers(repository, notice, lang) {
                let id = (layer.kind == LayerKind::Notice).then(|| raw.id.clone());
                let slot = files
                    .entry(layer.file.clone())
                    .or_insert((layer, false, id));
                slot.1 |= published;
            }
        }
    }
    for (layer, published, notice) in files.values() {
        match reviews.file(layer) {
            Ok(review) => out
                .0
                .extend(review.diagnostics(*published, notice.as_deref())),
            Err(diagnostics) => out.0.extend(diagnostics.0),
        }
    }
    out
}

/// The text of a messages file marked `### status: reviewed` at its top (replacing another
/// status there, or adding the line), or `None` when it already is.
pub fn mark_reviewed(text: &str) -> Option<String> {
    if fsn_core::l10n::review_status(text) == Some("reviewed") {
        return None;
    }
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if !(trimmed.is_empty() || trimmed.starts_with('#')) {
            break;
        }
        if trimmed.starts_with("### status:") {
            let end = offset + line.trim_end_matches(['\n', '\r']).len();
            return Some(format!(
                "{}### status: reviewed{}",
                &text[..offset],
                &text[end..]
            ));
        }
        offset += line.len();
    }
    Some(format!("### status: reviewed\n\n{text}"))
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_status_line_is_set_or_added() {
        assert_eq!(mark_reviewed("### status: reviewed\nx = 1\n"), None);
        assert_eq!(
            mark_reviewed("# c\n### status: draft\n\nx = 1\n").unwrap(),
            "# c\n### status: reviewed\n\nx = 1\n"
        );
        assert_eq!(
            mark_reviewed("x = 1\n").unwrap(),
            "### status: reviewed\n\nx = 1\n"
        );
    }
}
