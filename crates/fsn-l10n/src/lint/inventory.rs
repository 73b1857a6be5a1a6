//! What the lint reads of a repository before it checks anything: every messages file of
//! every layer, the issuers' links and glossaries, and which languages each notice writes,
//! publishes and is written in.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::codes::NO_SOURCE;
use crate::glossary::Glossary;
use fsn_core::Repository;
use fsn_core::base::diagnostic::{Diagnostic, SourceFile};
use fsn_core::l10n::wording::OPTIONAL_WORDING_DIRS;

/// The messages files of a repository by layer, each read once (the parsed files borrow the
/// texts), with what decides how each layer is checked.
#[derive(Debug)]
pub(super) struct Inventory {
    /// The languages under `locales/`.
    pub(super) shared_langs: Vec<String>,
    /// Every messages file read, by path.
    pub(super) texts: BTreeMap<PathBuf, Arc<SourceFile>>,
    /// `locales/<lang>/*.ftl`, by language.
    pub(super) shared: BTreeMap<String, Vec<PathBuf>>,
    /// The shared wording only some notices load, by (folder/name, language).
    pub(super) optional: BTreeMap<(String, String), PathBuf>,
    /// The issuers, by key.
    pub(super) issuers: BTreeMap<String, IssuerInfo>,
    /// The notices, in folder order.
    pub(super) notices: Vec<NoticeInfo>,
}

/// An issuer's layer.
#[derive(Debug)]
pub(super) struct IssuerInfo {
    pub(super) dir: PathBuf,
    pub(super) links: Vec<String>,
    /// `<lang>.ftl` by language.
    pub(super) files: BTreeMap<String, PathBuf>,
    /// Languages of the notices this issuer issues.
    pub(super) langs: BTreeSet<String>,
    /// The languages some notice of this issuer publishes.
    pub(super) published: BTreeSet<String>,
    /// Its do-not-translate terms.
    pub(super) glossary: Glossary,
}

/// A notice's layer.
#[derive(Debug)]
pub(super) struct NoticeInfo {
    pub(super) dir: PathBuf,
    pub(super) issuer: Option<String>,
    pub(super) files: BTreeMap<String, PathBuf>,
    pub(super) langs: BTreeSet<String>,
    /// The language its own messages are written in.
    pub(super) source_language: String,
    /// The languages it is published in (the others are drafts).
    pub(super) published: BTreeSet<String>,
    /// Its own do-not-translate terms, on top of its issuer's.
    pub(super) glossary: Glossary,
}

impl Inventory {
    /// Reads the messages files of every layer; what cannot be read is reported into `out`.
    /// `None`, with the reason in `out`, when `source_locale` has no shared messages.
    pub(super) fn read(
        repository: &Repository,
        source_locale: &str,
        out: &mut Vec<Diagnostic>,
    ) -> Option<Self> {
        let shared_langs = repository.shared_languages();
        if !shared_langs.iter().any(|lang| lang == source_locale) {
            out.push(no_source_locale(repository, source_locale, &shared_langs));
            return None;
        }
        let mut inventory = Self {
            shared_langs,
            texts: BTreeMap::new(),
            shared: BTreeMap::new(),
            optional: BTreeMap::new(),
            issuers: BTreeMap::new(),
            notices: Vec::new(),
        };
        let mut reader = Reader {
            repository,
            texts: &mut inventory.texts,
            out,
        };
        inventory.shared = read_shared(&mut reader, &inventory.shared_langs);
        inventory.optional = read_optional(&mut reader, &inventory.shared_langs);
        inventory.issuers = read_issuers(&mut reader);
        inventory.notices = read_notices(&mut reader, source_locale, &mut inventory.issuers);
        Some(inventory)
    }
}

/// The error for a source locale without shared messages.
fn no_source_locale(
    repository: &Repository,
    source_locale: &str,
    shared_langs: &[String],
) -> Diagnostic {
    Diagnostic::error(
        NO_SOURCE,
        format!(
            "source locale `{source_locale}` has no shared messages ({} is missing)",
            repository.shared_dir(source_locale).display()
        ),
    )
    .with_help(format!(
        "pass --source-locale with one of: {}",
        shared_langs.join(", ")
    ))
}

/// Reads each messages file once into `texts`, reporting what cannot be read.
struct Reader<'r> {
    repository: &'r Repository,
    texts: &'r mut BTreeMap<PathBuf, Arc<SourceFile>>,
    out: &'r mut Vec<Diagnostic>,
}

impl Reader<'_> {
    fn read(&mut self, path: &Path) {
        if self.texts.contains_key(path) {
            return;
        }
        match self.repository.read(path) {
            Ok(file) => {
                self.texts.insert(path.to_path_buf(), file);
            }
            Err(diagnostic) => self.out.push(diagnostic),
        }
    }

    /// The messages files of an issuer's or a notice's folder, by language, each read.
    fn lang_files(&mut self, dir: &Path) -> BTreeMap<String, PathBuf> {
        let files = self.repository.messages_by_language(dir);
        for path in files.values() {
            self.read(path);
        }
        files
    }

    /// A layer's glossary; one that cannot be read is reported and empty.
    fn glossary(&mut self, issuer_dir: Option<&Path>, notice_dir: Option<&Path>) -> Glossary {
        Glossary::load(self.repository, issuer_dir, notice_dir).unwrap_or_else(|found| {
            self.out.extend(found.0);
            Glossary::default()
        })
    }
}

/// `locales/<lang>/*.ftl` of every language.
fn read_shared(reader: &mut Reader<'_>, langs: &[String]) -> BTreeMap<String, Vec<PathBuf>> {
    let mut shared = BTreeMap::new();
    for lang in langs {
        let paths = reader
            .repository
            .ftl_files(&reader.repository.shared_dir(lang));
        for path in &paths {
            reader.read(path);
        }
        shared.insert(lang.clone(), paths);
    }
    shared
}

/// `locales/<lang>/<folder>/*.ftl` of every language, for the folders of optional wording.
fn read_optional(reader: &mut Reader<'_>, langs: &[String]) -> BTreeMap<(String, String), PathBuf> {
    let mut optional = BTreeMap::new();
    for lang in langs {
        for sub in OPTIONAL_WORDING_DIRS {
            let dir = reader.repository.shared_dir(lang).join(sub);
            for path in reader.repository.ftl_files(&dir) {
                reader.read(&path);
                let name = format!(
                    "{sub}/{}",
                    path.file_name().unwrap_or_default().to_string_lossy()
                );
                optional.insert((name, lang.clone()), path);
            }
        }
    }
    optional
}

/// Every folder under `issuers/`: its links, messages files and glossary.
fn read_issuers(reader: &mut Reader<'_>) -> BTreeMap<String, IssuerInfo> {
    let mut issuers = BTreeMap::new();
    for dir in reader.repository.issuer_dirs() {
        let Some(key) = dir
            .file_name()
            .and_then(|name| name.to_str())
            .map(str::to_owned)
        else {
            continue;
        };
        let links = reader
            .repository
            .raw_issuer(&key)
            .map(|issuer| issuer.links.into_keys().collect())
            .unwrap_or_default();
        let files = reader.lang_files(&dir);
        let glossary = reader.glossary(Some(dir.as_path()), None);
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
    issuers
}

/// Every notice: its messages files, languages and glossary; each issuer learns the languages
/// its notices write and publish.
fn read_notices(
    reader: &mut Reader<'_>,
    source_locale: &str,
    issuers: &mut BTreeMap<String, IssuerInfo>,
) -> Vec<NoticeInfo> {
    let mut notices = Vec::new();
    for dir in reader.repository.notice_dirs().unwrap_or_default() {
        let raw = reader.repository.raw_notice(&dir).ok();
        let files = reader.lang_files(&dir);
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
        let glossary = reader.glossary(None, Some(dir.as_path()));
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
    notices
}
