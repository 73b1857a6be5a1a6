//! The repository on disk: where notices, issuers and shared locales live, and loading them.
//!
//! ```text
//! locales/<lang>/*.ftl                 shared boilerplate
//! issuers/<key>/issuer.toml            company data, signatories, contacts
//! issuers/<key>/locales/<lang>.ftl     the issuer's own wording (legal line, job titles)
//! notices/<id>/notice.toml             one notice, authored once
//! notices/<id>/locales/<lang>.ftl      its prose in each language
//! ```
//!
//! Parsed `.ftl` files are cached by path, so building many notices parses the shared
//! boilerplate once.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use serde::de::DeserializeOwned;
use unic_langid::LanguageIdentifier;

use crate::compose::compose;
use crate::diagnostic::{Diagnostic, Diagnostics, MAX_FILE_SIZE, SourceFile};
use crate::document::Document;
use crate::l10n::{Catalog, FtlFile};
use crate::model::{RawIssuer, RawNotice};
use crate::toml_spans::TomlSpans;
use crate::validate::{Inputs, Notice, validate};

/// A folder holding `notices/`, `locales/` and `issuers/`.
#[derive(Debug)]
pub struct Repository {
    root: PathBuf,
    ftl_cache: Mutex<HashMap<PathBuf, Arc<FtlFile>>>,
}

impl Repository {
    /// Opens the repository rooted at `root`.
    ///
    /// ```
    /// use fsn_core::Repository;
    ///
    /// let repository = Repository::open("../..")?; // the repository of this crate
    /// assert!(repository.notice_dirs()?.iter().any(|dir| dir.ends_with("FSN2025-1682")));
    ///
    /// let error = Repository::open("src").unwrap_err();
    /// assert_eq!(error.code, "fsn::project::not_a_repository");
    /// # Ok::<(), fsn_core::Diagnostic>(())
    /// ```
    pub fn open(root: impl Into<PathBuf>) -> Result<Self, Diagnostic> {
        let root = root.into();
        if !root.join("notices").is_dir() || !root.join("locales").is_dir() {
            return Err(Diagnostic::error(
                "fsn::project::not_a_repository",
                format!(
                    "{} holds no `notices/` and `locales/` folders",
                    display(&root)
                ),
            )
            .with_help("run fsn from the repository, or pass --root"));
        }
        Ok(Self {
            root,
            ftl_cache: Mutex::new(HashMap::new()),
        })
    }

    /// Finds the repository containing `path` (a notice folder or anything inside the repository).
    ///
    /// ```
    /// use std::path::Path;
    ///
    /// let repository = fsn_core::Repository::discover(Path::new("../../notices/FSN2025-1682"))?;
    /// assert!(repository.root().join("locales").is_dir());
    /// # Ok::<(), fsn_core::Diagnostic>(())
    /// ```
    pub fn discover(path: &Path) -> Result<Self, Diagnostic> {
        let absolute;
        let candidates = if path.is_absolute() {
            path.ancestors()
        } else {
            absolute = std::env::current_dir()
                .map(|dir| dir.join(path))
                .unwrap_or_else(|_| path.to_path_buf());
            absolute.ancestors()
        };
        let cwd = std::env::current_dir().ok();
        for candidate in candidates {
            if candidate.join("notices").is_dir() && candidate.join("locales").is_dir() {
                // Report paths relative to the working directory when possible: shorter and
                // the same on every machine.
                let root = match cwd
                    .as_deref()
                    .and_then(|cwd| candidate.strip_prefix(cwd).ok())
                {
                    Some(relative) => relative.to_path_buf(),
                    None => candidate.to_path_buf(),
                };
                return Self::open(root);
            }
        }
        Err(Diagnostic::error(
            "fsn::project::not_found",
            format!(
                "no fsn repository (a folder with `notices/` and `locales/`) contains {}",
                display(path)
            ),
        )
        .with_help("run fsn inside the repository"))
    }

    /// Reads a file of the repository: the one gate every reader of the repository's files
    /// goes through. A path that resolves outside the repository, through `..` or a symbolic
    /// link, is refused (a notice cannot pull in `/etc/passwd`), and so is anything but a
    /// regular file of at most [`MAX_FILE_SIZE`](crate::diagnostic::MAX_FILE_SIZE) bytes
    /// (see [`SourceFile::read`]).
    pub fn read(&self, path: &Path) -> Result<Arc<SourceFile>, Diagnostic> {
        self.check_inside(path)?;
        SourceFile::read(path)
    }

    /// Reads a binary file (a picture) through the same gate as [`Repository::read`]: inside
    /// the repository, a regular file, at most `limit` bytes.
    pub fn read_bytes(&self, path: &Path, limit: u64) -> Result<Vec<u8>, Diagnostic> {
        self.check_inside(path)?;
        crate::diagnostic::read_bounded(path, limit)
    }

    /// Hands every file under the folder `dir` to `visit`, with its path relative to `dir`
    /// (with `/`) and its bytes, in path order: for fingerprints of whole folders (`fsn
    /// build`'s incremental builds). A folder that does not exist has no files. Through the
    /// same gate as [`Repository::read`], and stricter: a symbolic link or anything but a
    /// folder or a regular file of at most [`MAX_FILE_SIZE`](crate::diagnostic::MAX_FILE_SIZE)
    /// bytes is an error, as a fingerprint cannot vouch for what a link points to.
    pub fn visit_files(
        &self,
        dir: &Path,
        visit: &mut dyn FnMut(&str, &[u8]),
    ) -> Result<(), Diagnostic> {
        if std::fs::symlink_metadata(dir).is_err() {
            return Ok(());
        }
        self.check_inside(dir)?;
        let mut pending = vec![(dir.to_path_buf(), String::new())];
        while let Some((folder, prefix)) = pending.pop() {
            let cannot = |err: std::io::Error| {
                Diagnostic::error(
                    "fsn::io::read",
                    format!("cannot list {}: {err}", display(&folder)),
                )
            };
            let mut entries = std::fs::read_dir(&folder)
                .map_err(cannot)?
                .map(|entry| entry.map(|entry| (entry.file_name(), entry.path())))
                .collect::<Result<Vec<_>, _>>()
                .map_err(cannot)?;
            entries.sort();
            // Folders are visited after the files beside them, in order: a stack, reversed.
            let mut folders = Vec::new();
            for (name, path) in entries {
                let name = name.to_string_lossy();
                let relative = format!("{prefix}{name}");
                let kind = std::fs::symlink_metadata(&path)
                    .map_err(|err| {
                        Diagnostic::error(
                            "fsn::io::read",
                            format!("cannot read {}: {err}", display(&path)),
                        )
                    })?
                    .file_type();
                if kind.is_dir() {
                    folders.push((path, format!("{relative}/")));
                } else if kind.is_file() {
                    let bytes = crate::diagnostic::read_bounded(&path, MAX_FILE_SIZE)?;
                    visit(&relative, &bytes);
                } else {
                    return Err(Diagnostic::error(
                        "fsn::io::not_a_file",
                        format!("{} is a link or special file", display(&path)),
                    ));
                }
            }
            pending.extend(folders.into_iter().rev());
        }
        Ok(())
    }

    /// Refuses a path that resolves outside the repository. A path that does not exist yet (a
    /// file about to be written) is judged by its nearest existing folder, and may not climb
    /// out with `..` from there.
    pub fn check_inside(&self, path: &Path) -> Result<(), Diagnostic> {
        // The root found from the working directory may be the empty path.
        let root = if self.root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            &self.root
        };
        let outside = || {
            Diagnostic::error(
                "fsn::project::outside_repository",
                format!("{} leads outside the repository", display(path)),
            )
            .with_help("copy the file into the repository instead of linking to it")
        };
        let Ok(root) = root.canonicalize() else {
            return Err(outside());
        };
        let mut rest = Vec::new();
        for ancestor in path.ancestors() {
            let ancestor = if ancestor.as_os_str().is_empty() {
                Path::new(".")
            } else {
                ancestor
            };
            if let Ok(resolved) = ancestor.canonicalize() {
                let climbs = rest
                    .iter()
                    .any(|part| matches!(part, std::path::Component::ParentDir));
                return if resolved.starts_with(&root) && !climbs {
                    Ok(())
                } else {
                    Err(outside())
                };
            }
            rest.extend(ancestor.components().next_back());
        }
        Err(outside())
    }

    /// Checks that `lang` is one of the repository's languages (a folder under `locales/`),
    /// spelled canonically (`fr`, `pt-BR`): a language named by a translator's file or on the
    /// command line becomes part of file paths, so `FR`, `..fr` or an unknown `zz` would create
    /// new folders or overwrite another language on a case-insensitive file system.
    pub fn check_language(&self, lang: &str, what: &str) -> Result<(), Diagnostic> {
        let known = self.shared_languages();
        let canonical = lang
            .parse::<LanguageIdentifier>()
            .ok()
            .map(|id| id.to_string());
        if known.iter().any(|known| known == lang) && canonical.as_deref() == Some(lang) {
            return Ok(());
        }
        let message = match canonical.filter(|canonical| known.contains(canonical)) {
            Some(canonical) => {
                format!("{what} `{lang}` is not spelled as the repository spells it: `{canonical}`")
            }
            None => format!("{what} `{lang}` is not a language of this repository"),
        };
        Err(
            Diagnostic::error("fsn::l10n::unknown_language", message).with_help(format!(
                "the repository's languages are the folders under locales/: {}; add a language by \
             creating its folder there first",
                known.join(", ")
            )),
        )
    }

    /// The root folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// The folders of all notices, sorted by name.
    pub fn notice_dirs(&self) -> Result<Vec<PathBuf>, Diagnostic> {
        let notices = self.root.join("notices");
        let entries = std::fs::read_dir(&notices).map_err(|err| {
            Diagnostic::error(
                "fsn::io::read",
                format!("cannot list {}: {err}", display(&notices)),
            )
        })?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            // A notice.toml that is not a file (a folder, a pipe) is reported when loaded.
            .filter(|path| std::fs::symlink_metadata(path.join("notice.toml")).is_ok())
            .collect();
        dirs.sort();
        Ok(dirs)
    }

    /// The folder of the notice with this id.
    pub fn notice_dir(&self, id: &str) -> PathBuf {
        self.root.join("notices").join(id)
    }

    /// Languages that have shared boilerplate under `locales/`. A folder linked from outside
    /// the repository is not one of them.
    pub fn shared_languages(&self) -> Vec<String> {
        let mut langs: Vec<String> = std::fs::read_dir(self.root.join("locales"))
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .filter(|entry| entry.path().is_dir() && self.check_inside(&entry.path()).is_ok())
            .filter_map(|entry| entry.file_name().into_string().ok())
            .collect();
        langs.sort();
        langs
    }

    /// Loads, parses and validates a notice with its issuer and every language's messages.
    /// Every problem found comes back at once, each located in its file.
    ///
    /// ```
    /// let repository = fsn_core::Repository::open("../..")?;
    /// let notice = repository.load(&repository.notice_dir("FSN2025-1682"))?;
    /// assert!(notice.languages().iter().any(|lang| lang == "it"));
    ///
    /// let errors = repository.load(&repository.notice_dir("FSN0000-0000")).unwrap_err();
    /// assert_eq!(errors.0[0].code, "fsn::project::no_notice");
    /// # Ok::<(), fsn_core::Diagnostics>(())
    /// ```
    pub fn load(&self, notice_dir: &Path) -> Result<LoadedNotice, Diagnostics> {
        self.load_languages(notice_dir, &[])
    }

    /// Like [`Repository::load`], but reads the messages of `langs` only (all of the notice's
    /// languages when `langs` is empty). Rendering one language then neither pays for nor
    /// stops at the others; `fsn check` and a full build still load them all. A language the
    /// notice does not list is left out here and reported by [`LoadedNotice::compose`].
    pub fn load_languages(
        &self,
        notice_dir: &Path,
        langs: &[String],
    ) -> Result<LoadedNotice, Diagnostics> {
        let notice_path = notice_dir.join("notice.toml");
        // Something else in its place (a folder, a pipe) is named by the read below.
        if std::fs::symlink_metadata(&notice_path).is_err() {
            return Err(Diagnostic::error(
                "fsn::project::no_notice",
                format!("{} does not exist", display(&notice_path)),
            )
            .with_help("a notice is a folder under notices/ holding notice.toml")
            .into());
        }
        let notice_file = self.read(&notice_path)?;
        let raw: RawNotice = parse_toml(&notice_file)?;
        let issuer_key = raw.issuer.clone();
        let issuer_dir = self.issuer_dir(&issuer_key, &notice_file)?;
        let issuer_file = self.read(&issuer_dir.join("issuer.toml"))?;
        let issuer: RawIssuer = parse_toml(&issuer_file)?;
        let layout_wording = optional_wording(&raw, &issuer);
        let listed = raw
            .languages
            .iter()
            .enumerate()
            .map(|(index, lang)| ("languages", index, lang.clone(), false));
        let drafted = raw
            .draft_languages
            .iter()
            .enumerate()
            .map(|(index, lang)| ("draft-languages", index, lang.clone(), true));
        let languages: Vec<(&str, usize, String, bool)> = listed
            .chain(drafted)
            .filter(|(_, _, lang, _)| langs.is_empty() || langs.contains(lang))
            .collect();
        // The folder's own name, as the file system resolves it: `fsn render .`, a path to
        // notice.toml from inside the folder and `notices/X/locales/..` all name folder `X`.
        let canonical_dir = notice_dir.canonicalize().unwrap_or_default();
        let folder_name = Some(
            canonical_dir
                .file_name()
                .and_then(|name| name.to_str())
                .unwrap_or_default(),
        );

        let mut validated = validate(Inputs {
            notice: raw,
            notice_file: &notice_file,
            folder_name,
            issuer_key: &issuer_key,
            issuer,
            issuer_file: &issuer_file,
        });
        let mut diagnostics = Diagnostics(validated.diagnostics);
        if let Some(notice) = &mut validated.notice {
            let langs: Vec<String> = languages
                .iter()
                .map(|(_, _, lang, _)| lang.clone())
                .collect();
            let (images, problems) = crate::image::load(
                notice,
                &crate::image::Sources {
                    repository: self,
                    notice_dir,
                    issuer_dir: &issuer_dir,
                    notice_file: &notice_file,
                    issuer_file: &issuer_file,
                    langs: &langs,
                },
            );
            diagnostics.0.extend(problems);
            notice.images = images;
        }

        let spans = TomlSpans::new(notice_file.text());
        let mut catalogs = Vec::new();
        let mut draft_langs = Vec::new();
        for (field, index, lang, draft) in &languages {
            let at = spans.span(&[(*field).into(), (*index).into()]);
            let layers = CatalogLayers {
                issuer_dir: &issuer_dir,
                notice_dir,
                layout_wording: &layout_wording,
            };
            match self.catalog(lang, &layers, &mut diagnostics) {
                Ok(catalog) => {
                    if *draft {
                        draft_langs.push(catalog.lang().clone());
                    }
                    catalogs.push(catalog);
                }
                // A diagnostic located in a messages file keeps its place.
                Err(diagnostic) if diagnostic.location.is_some() => diagnostics.push(diagnostic),
                Err(diagnostic) => diagnostics.push(diagnostic.at(&notice_file, at)),
            }
        }
        for reference in &validated.message_refs {
            let at = || crate::Location {
                file: Arc::clone(&reference.file),
                span: reference.span.clone(),
            };
            let mut missing_in_drafts = Vec::new();
            for catalog in &catalogs {
                if catalog.has_message(&reference.id) {
                    continue;
                }
                if draft_langs.contains(catalog.lang()) {
                    missing_in_drafts.push(catalog.lang().to_string());
                } else {
                    let mut diagnostic = catalog.missing(&reference.id);
                    diagnostic.location = Some(at());
                    diagnostics.push(diagnostic.with_label("referenced here"));
                }
            }
            // A draft language's gaps do not stop the published ones (composing it fails):
            // one warning per message, however many drafts lack it.
            if !missing_in_drafts.is_empty() {
                let mut diagnostic = Diagnostic::warning(
                    "fsn::l10n::missing_in_drafts",
                    format!(
                        "message `{}` is missing in draft language(s) {}",
                        reference.id,
                        missing_in_drafts.join(", ")
                    ),
                )
                .with_help(format!(
                    "add `{} = …` to each language's notices/…/locales/<lang>.ftl (or its shared \
                     or issuer file); a draft renders only once it is complete",
                    reference.id
                ));
                diagnostic.location = Some(at());
                diagnostics.push(diagnostic.with_label("referenced here"));
            }
        }
        match validated.notice {
            // The profiles the notice names apply wherever it is loaded (check, build, render).
            Some(notice) if !diagnostics.has_errors() => crate::profile::enforce(
                self,
                LoadedNotice {
                    notice,
                    catalogs,
                    warnings: diagnostics.0,
                    inputs: vec![notice_file, issuer_file],
                    optional_wording: layout_wording,
                },
            ),
            _ => Err(diagnostics),
        }
    }

    fn issuer_dir(&self, key: &str, notice_file: &Arc<SourceFile>) -> Result<PathBuf, Diagnostic> {
        let span = TomlSpans::new(notice_file.text()).span(&["issuer".into()]);
        let dir = self
            .checked_issuer_dir(key)
            .map_err(|diagnostic| diagnostic.at(notice_file, span.clone()))?;
        // Something else in the file's place (a folder, a pipe) is named by the read.
        if std::fs::symlink_metadata(dir.join("issuer.toml")).is_err() {
            return Err(Diagnostic::error(
                "fsn::project::unknown_issuer",
                format!(
                    "issuer `{key}` has no {}",
                    display(&dir.join("issuer.toml"))
                ),
            )
            .at(notice_file, span)
            .with_help("create the issuer file, or correct the key"));
        }
        Ok(dir)
    }

    /// The folder of the issuer with this key, once the key is known to be a plain name (the
    /// one rule for issuer keys, [`crate::names::check_issuer_key`]); `fsn new` checks its
    /// `--issuer` here too.
    pub fn checked_issuer_dir(&self, key: &str) -> Result<PathBuf, Diagnostic> {
        crate::names::check_issuer_key(key).map_err(|problem| {
            Diagnostic::error("fsn::project::bad_issuer_key", problem).with_help(format!(
                "an issuer is named by its folder under issuers/; {}",
                crate::names::ISSUER_KEY_RULE
            ))
        })?;
        Ok(self.root.join("issuers").join(key))
    }

    /// The catalog of one language: shared, issuer and notice layers.
    fn catalog(
        &self,
        lang: &str,
        layers: &CatalogLayers<'_>,
        diagnostics: &mut Diagnostics,
    ) -> Result<Catalog, Diagnostic> {
        let CatalogLayers {
            issuer_dir,
            notice_dir,
            layout_wording,
        } = *layers;
        let langid: LanguageIdentifier = lang.parse().map_err(|_| {
            Diagnostic::error(
                "fsn::l10n::bad_language",
                format!("`{lang}` is not a language tag"),
            )
        })?;
        let shared_dir = self.root.join("locales").join(lang);
        if !shared_dir.is_dir() {
            return Err(Diagnostic::error(
                "fsn::l10n::unknown_language",
                format!(
                    "language `{lang}` has no shared messages ({} is missing)",
                    display(&shared_dir)
                ),
            )
            .with_help(format!(
                "available languages: {}",
                self.shared_languages().join(", ")
            )));
        }
        let mut shared_paths: Vec<PathBuf> = std::fs::read_dir(&shared_dir)
            .map_err(|err| {
                Diagnostic::error(
                    "fsn::io::read",
                    format!("cannot list {}: {err}", display(&shared_dir)),
                )
            })?
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        shared_paths.sort();
        let mut shared = Vec::new();
        for path in &shared_paths {
            shared.push(self.ftl(path, diagnostics)?);
        }
        for wording in layout_wording {
            let path = shared_dir.join(wording);
            if path.is_file() {
                shared.push(self.ftl(&path, diagnostics)?);
            }
        }
        let issuer = self.ftl(
            &issuer_dir.join("locales").join(format!("{lang}.ftl")),
            diagnostics,
        )?;
        let notice = self.ftl(
            &notice_dir.join("locales").join(format!("{lang}.ftl")),
            diagnostics,
        )?;
        let shared_refs: Vec<&FtlFile> = shared.iter().map(|file| &**file).collect();
        let (catalog, problems) = Catalog::new(langid, &[&shared_refs, &[&issuer], &[&notice]]);
        diagnostics.0.extend(problems);
        Ok(catalog)
    }

    /// A parsed `.ftl` file, from the cache when it was read before.
    fn ftl(&self, path: &Path, diagnostics: &mut Diagnostics) -> Result<Arc<FtlFile>, Diagnostic> {
        let cache = self
            .ftl_cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        if let Some(file) = cache.get(path) {
            return Ok(Arc::clone(file));
        }
        drop(cache);
        // Something in the file's place (a folder, a pipe) is named by the read below.
        if std::fs::symlink_metadata(path).is_err() {
            return Err(Diagnostic::error(
                "fsn::l10n::missing_file",
                format!("{} does not exist", display(path)),
            )
            .with_help("every language of a notice needs its messages file; copy the English one and translate it"));
        }
        let source = self.read(path)?;
        // A file the Fluent parser must not see is left out whole; its messages are not then
        // reported missing one by one.
        if let Some(refusal) = crate::l10n::refusal(&source) {
            return Err(refusal);
        }
        let (file, problems) = FtlFile::parse(source);
        diagnostics.0.extend(problems);
        let file = Arc::new(file);
        self.ftl_cache
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(path.to_path_buf(), Arc::clone(&file));
        Ok(file)
    }
}

/// The layout as the translators' tools walk it (`fsn check --locales`, `fsn review`, `fsn
/// xliff`): the folders of each layer, their messages files, and a notice's and an issuer's
/// TOML before validation. A folder that cannot be listed has nothing in it here: what is
/// missing is reported where it is needed.
impl Repository {
    /// `locales/<lang>/`, the shared messages of a language.
    pub fn shared_dir(&self, lang: &str) -> PathBuf {
        self.root.join("locales").join(lang)
    }

    /// The folder of the issuer with this key, unchecked like [`Repository::notice_dir`]
    /// ([`Repository::checked_issuer_dir`] checks the key first).
    pub fn issuer_folder(&self, key: &str) -> PathBuf {
        self.root.join("issuers").join(key)
    }

    /// Every folder under `issuers/`, sorted by name.
    pub fn issuer_dirs(&self) -> Vec<PathBuf> {
        folders(&self.root.join("issuers"))
    }

    /// Every folder under `notices/`, sorted by name, whether it holds a `notice.toml` or not
    /// ([`Repository::notice_dirs`] lists those that do).
    pub fn notice_folders(&self) -> Vec<PathBuf> {
        folders(&self.root.join("notices"))
    }

    /// The `*.ftl` entries of the folder `dir`, sorted. Not only files: something else in a
    /// file's place is named when it is read.
    pub fn ftl_files(&self, dir: &Path) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "ftl"))
            .collect();
        paths.sort();
        paths
    }

    /// The messages of an issuer's or a notice's folder `dir` in `lang`:
    /// `<dir>/locales/<lang>.ftl`.
    pub fn messages_file(&self, dir: &Path, lang: &str) -> PathBuf {
        dir.join("locales").join(format!("{lang}.ftl"))
    }

    /// The messages files of an issuer's or a notice's folder `dir`, by language: the
    /// `<lang>.ftl` entries of `<dir>/locales/` (see [`Repository::ftl_files`]).
    pub fn messages_by_language(&self, dir: &Path) -> BTreeMap<String, PathBuf> {
        self.ftl_files(&dir.join("locales"))
            .into_iter()
            .filter_map(|path| {
                let lang = path.file_stem()?.to_str()?.to_owned();
                Some((lang, path))
            })
            .collect()
    }

    /// Whether anything is at `path`, even a broken link or a folder in a file's place (reading
    /// it then says what is wrong).
    pub fn exists(&self, path: &Path) -> bool {
        std::fs::symlink_metadata(path).is_ok()
    }

    /// Whether `path` is a regular file, or a link to one.
    pub fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }

    /// Whether the folder `dir` holds a `notice.toml` (or something in its place, which
    /// reading it names), as each of [`Repository::notice_dirs`] does.
    pub fn holds_notice(&self, dir: &Path) -> bool {
        self.exists(&dir.join("notice.toml"))
    }

    /// `<dir>/notice.toml`, read and parsed, not validated.
    pub fn raw_notice(&self, dir: &Path) -> Result<RawNotice, Diagnostics> {
        parse_toml(&self.read(&dir.join("notice.toml"))?)
    }

    /// `issuers/<key>/issuer.toml`, read and parsed, not validated.
    pub fn raw_issuer(&self, key: &str) -> Result<RawIssuer, Diagnostics> {
        parse_toml(&self.read(&self.issuer_folder(key).join("issuer.toml"))?)
    }

    /// The optional shared wording a notice prints ([`optional_wording`]), none when its
    /// issuer cannot be read.
    pub fn optional_wording_of(&self, raw: &RawNotice) -> Vec<&'static str> {
        self.raw_issuer(&raw.issuer)
            .map(|issuer| optional_wording(raw, &issuer))
            .unwrap_or_default()
    }
}

/// The folders in `dir` (links to folders too), sorted; none when it cannot be listed.
fn folders(dir: &Path) -> Vec<PathBuf> {
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

/// The shared wording of the regulatory facts and of the layouts other than the letter,
/// under `locales/<lang>/`. It is a layer of its own, loaded only for notices that print it,
/// so that its draft translations do not make every letter a draft.
pub const LAYOUT_WORDING: &str = "layouts/regulatory.ftl";

/// The folders under `locales/<lang>/` that hold shared wording only some notices load.
pub const OPTIONAL_WORDING_DIRS: [&str; 2] = ["layouts", "pieces"];

/// The wording of the `us-recall` layout, under `locales/en/` only.
pub const US_RECALL_WORDING: &str = "layouts/us-recall.ftl";

/// Where the layers of a catalog come from.
#[derive(Clone, Copy)]
struct CatalogLayers<'a> {
    issuer_dir: &'a Path,
    notice_dir: &'a Path,
    /// Layout wording files to load too, under `locales/<lang>/` (those that exist).
    layout_wording: &'a [&'static str],
}

/// The wording of lots, serial numbers and the form pieces that came with them (quantities,
/// the certificate of destruction, checklist alternatives, deadlines, the reply-by line),
/// under `locales/<lang>/`. Like the layouts' wording it is loaded only for notices that
/// print it, so that its translations, drafts until reviewed, keep no other notice from
/// being published.
pub const LOTS_AND_FORMS_WORDING: &str = "pieces/lots-and-forms.ftl";

/// The optional wording a notice prints: [`LAYOUT_WORDING`] for a layout other than the
/// letter or a regulatory fact the letter prints when it is set (see `compose`), the layout's
/// own, and [`LOTS_AND_FORMS_WORDING`] when it uses those pieces. A piece missed here fails
/// loudly: composition reports the messages it cannot find.
pub fn optional_wording(raw: &RawNotice, issuer: &RawIssuer) -> Vec<&'static str> {
    use crate::model::Layout;
    let mut wording = match raw.layout.or(issuer.layout).unwrap_or_default() {
        Layout::UsRecall => vec![LAYOUT_WORDING, US_RECALL_WORDING],
        Layout::Eu2018 => vec![LAYOUT_WORDING],
        Layout::Letter if prints_facts(raw, issuer) => vec![LAYOUT_WORDING],
        Layout::Letter => Vec::new(),
    };
    if uses_lots_or_form_pieces(raw) {
        wording.push(LOTS_AND_FORMS_WORDING);
    }
    wording
}

/// Whether the notice prints any of [`LOTS_AND_FORMS_WORDING`]'s messages.
fn uses_lots_or_form_pieces(raw: &RawNotice) -> bool {
    use crate::model::{RawBlock, RawChecklistStep, RawFormElement, RawListItem};

    fn has_deadline(items: &[RawListItem]) -> bool {
        items.iter().any(|item| match item {
            RawListItem::Message(_) => false,
            RawListItem::WithParagraphs {
                bullets,
                steps,
                deadline,
                ..
            } => {
                deadline.is_some()
                    || bullets.as_deref().is_some_and(has_deadline)
                    || steps.as_deref().is_some_and(has_deadline)
            }
        })
    }
    let lots = raw.products.iter().any(|product| !product.lots.is_empty());
    let list_deadlines = raw
        .sections
        .iter()
        .flat_map(|section| &section.blocks)
        .any(|block| matches!(block, RawBlock::Bullets(items) | RawBlock::Steps(items) if has_deadline(items)));
    let form_pieces = raw.form.as_ref().is_some_and(|form| {
        raw.reply_by.is_some()
            || form.elements.iter().any(|element| match element {
                RawFormElement::Quantities { .. }
                | RawFormElement::DestructionCertificate { .. } => true,
                RawFormElement::ActionChecklist { steps, .. } => steps.iter().any(|step| {
                    matches!(step, RawChecklistStep::Detailed { alternative, deadline, .. }
                        if alternative.is_some() || deadline.is_some())
                }),
                _ => false,
            })
    });
    lots || list_deadlines || form_pieces
}

/// Whether a letter prints regulatory facts.
fn prints_facts(raw: &RawNotice, issuer: &RawIssuer) -> bool {
    raw.fsn_type.is_some()
        || raw.previous_notice.is_some()
        || raw.fsca_id.is_some()
        || raw.action_type.is_some()
        || raw.reply_by.is_some()
        || !raw.attention.is_empty()
        || raw.inform_patients.is_some()
        || issuer.srn.is_some()
        || !issuer.address.is_empty()
        || issuer.website.is_some()
}

/// A notice ready to compose in any of its languages.
#[derive(Debug)]
pub struct LoadedNotice {
    /// The checked notice.
    pub notice: Notice,
    /// One catalog per language, in the notice's order.
    pub catalogs: Vec<Catalog>,
    /// Warnings found while loading.
    pub warnings: Vec<Diagnostic>,
    /// `notice.toml` and `issuer.toml`.
    inputs: Vec<Arc<SourceFile>>,
    /// The optional shared wording it loads, relative to `locales/<lang>/`.
    optional_wording: Vec<&'static str>,
}

impl LoadedNotice {
    /// The optional shared wording the notice prints (see [`optional_wording`]), relative to
    /// `locales/<lang>/`.
    pub fn optional_wording(&self) -> &[&'static str] {
        &self.optional_wording
    }

    /// The languages the notice is published in.
    pub fn languages(&self) -> &[String] {
        &self.notice.languages
    }

    /// `notice.toml`, as read.
    pub fn notice_file(&self) -> &Arc<SourceFile> {
        &self.inputs[0]
    }

    /// The issuer's `issuer.toml`, as read.
    pub fn issuer_file(&self) -> &Arc<SourceFile> {
        &self.inputs[1]
    }

    /// The languages being translated, not published.
    pub fn draft_languages(&self) -> &[String] {
        &self.notice.draft_languages
    }

    /// Every language of the notice: the published ones, then the drafts.
    pub fn all_languages(&self) -> impl Iterator<Item = &String> {
        self.notice
            .languages
            .iter()
            .chain(&self.notice.draft_languages)
    }

    /// The notice's folder (where its `notice.toml` is).
    pub fn dir(&self) -> &Path {
        self.inputs[0].path().parent().unwrap_or(Path::new("."))
    }

    /// The files of `lang` not marked reviewed (all of them for an unknown language).
    pub fn unreviewed(&self, lang: &str) -> Vec<Arc<SourceFile>> {
        self.catalog(lang)
            .map(|catalog| catalog.drafts().to_vec())
            .unwrap_or_default()
    }

    /// The catalog of one of the notice's languages.
    pub fn catalog(&self, lang: &str) -> Option<&Catalog> {
        let wanted: Option<LanguageIdentifier> = lang.parse().ok();
        self.catalogs
            .iter()
            .find(|catalog| Some(catalog.lang()) == wanted.as_ref())
    }

    /// Every file the notice in `lang` is made from: `notice.toml`, `issuer.toml` and the
    /// language's `.ftl` files, for manifests and rebuild checks.
    pub fn sources(&self, lang: &str) -> Vec<Arc<SourceFile>> {
        let wanted: Option<LanguageIdentifier> = lang.parse().ok();
        let catalog = self
            .catalogs
            .iter()
            .find(|catalog| Some(catalog.lang()) == wanted.as_ref());
        let mut sources = self.inputs.clone();
        sources.extend(
            catalog
                .into_iter()
                .flat_map(|catalog| catalog.files().iter().cloned()),
        );
        sources
    }

    /// Composes the notice in one of its languages. Any missing or broken message is an error:
    /// a notice is never published with a gap.
    ///
    /// ```
    /// let repository = fsn_core::Repository::open("../..")?;
    /// let notice = repository.load(&repository.notice_dir("FSN2025-1682"))?;
    /// let document = notice.compose("de")?; // what fsn-pdf and fsn-html render
    /// assert_eq!(document.lang, "de");
    ///
    /// let errors = notice.compose("xx").unwrap_err();
    /// assert_eq!(errors.0[0].code, "fsn::l10n::unknown_language");
    /// # Ok::<(), fsn_core::Diagnostics>(())
    /// ```
    pub fn compose(&self, lang: &str) -> Result<Document, Diagnostics> {
        let wanted: Option<LanguageIdentifier> = lang.parse().ok();
        let catalog = self
            .catalogs
            .iter()
            .find(|catalog| Some(catalog.lang()) == wanted.as_ref());
        let Some(catalog) = catalog else {
            return Err(Diagnostic::error(
                "fsn::l10n::unknown_language",
                format!(
                    "notice {} is not published in `{lang}`; its languages are: {}",
                    self.notice.id,
                    self.all_languages().cloned().collect::<Vec<_>>().join(", ")
                ),
            )
            .with_help("add the language to `languages` in notice.toml and write its messages")
            .into());
        };
        let (mut document, diagnostics) = compose(&self.notice, catalog);
        // A language the notice lists as a draft stays a draft even when its files are marked
        // reviewed: publishing it is the notice's decision.
        document.draft |= self
            .notice
            .draft_languages
            .iter()
            .any(|draft| draft == lang);
        let diagnostics = Diagnostics(diagnostics);
        if diagnostics.has_errors() {
            Err(diagnostics)
        } else {
            Ok(document)
        }
    }
}

/// Parses a TOML file into `T`, turning syntax and shape errors into located diagnostics.
///
/// serde stops at the first shape error. To report the others in the same run, the value at
/// fault is taken out of the parsed tree and the rest is read again, up to a bound; an author
/// fixing a notice sees every wrong field at once, not one per run.
pub fn parse_toml<T: DeserializeOwned>(file: &Arc<SourceFile>) -> Result<T, Diagnostics> {
    /// Enough for any real file; bounds the work on hostile input.
    const MAX_SHAPE_ERRORS: usize = 50;

    let (mut tree, syntax_errors) = toml::de::DeTable::parse_recoverable(file.text());
    if !syntax_errors.is_empty() {
        return Err(Diagnostics(
            syntax_errors
                .iter()
                .map(|error| toml_diagnostic("fsn::toml::syntax", error, file))
                .collect(),
        ));
    }
    let mut diagnostics = Diagnostics::default();
    let mut removed_keys: Vec<String> = Vec::new();
    for _ in 0..MAX_SHAPE_ERRORS {
        let error = match T::deserialize(toml::de::Deserializer::from(tree.clone())) {
            Ok(value) if diagnostics.0.is_empty() => return Ok(value),
            Ok(_) => break,
            Err(error) => error,
        };
        // The same error again means taking values out did not get past it: stop.
        let repeated = diagnostics.0.last().is_some_and(|last| {
            last.message == humanize(error.message())
                && last.location.as_ref().map(|location| location.span.clone()) == error.span()
        });
        if repeated {
            break;
        }
        let Some(span) = error.span() else {
            diagnostics.push(toml_diagnostic("fsn::toml::schema", &error, file));
            break;
        };
        let span = refine_span::<T>(&tree, span, error.message());
        // A field is "missing" because an earlier error took out its value: already reported.
        let consequence = removed_keys.iter().any(|key| {
            error
                .message()
                .starts_with(&format!("missing field `{key}`"))
        });
        if !consequence {
            diagnostics
                .push(toml_diagnostic("fsn::toml::schema", &error, file).at(file, span.clone()));
        }
        match remove_value_at(tree.get_mut(), &span) {
            Some(key) => removed_keys.extend(key),
            None => break,
        }
    }
    Err(diagnostics)
}

/// How many items `refine_span` tries before it settles for the list's place.
const MAX_TRIES: usize = 32;

/// A sharper place for an error serde reports at a whole list: tables told apart by a field
/// (`kind = "date"`) are read from a buffered copy, so their errors carry the span of the
/// list, not of the item. For an unknown field, the culprit is the item whose copy of that
/// key, taken out, makes the error go without leaving the field missing.
fn refine_span<T: DeserializeOwned>(
    tree: &toml::Spanned<toml::de::DeTable<'_>>,
    span: std::ops::Range<usize>,
    message: &str,
) -> std::ops::Range<usize> {
    let Some(field) = message
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
    else {
        return span;
    };
    let Some(items) = find_list_at(tree.get_ref(), &span) else {
        return span;
    };
    let candidates = items.iter().filter_map(|item| match item.get_ref() {
        toml::de::DeValue::Table(entries) => entries
            .iter()
            .find(|(key, _)| key.get_ref() == field)
            .map(|(key, _)| key.span()),
        _ => None,
    });
    let missing = format!("missing field `{field}`");
    // Each try reads the whole file again: a few dozen bound the work on hostile input.
    for candidate in candidates.take(MAX_TRIES) {
        let mut trial = tree.clone();
        if remove_value_at(trial.get_mut(), &candidate).is_none() {
            continue;
        }
        match T::deserialize(toml::de::Deserializer::from(trial)) {
            Ok(_) => return candidate,
            Err(error) if error.message() != message && !error.message().starts_with(&missing) => {
                return candidate;
            }
            Err(_) => {}
        }
    }
    span
}

/// The list whose span, or whose first item's span, is `span`.
fn find_list_at<'t, 'a>(
    table: &'t toml::de::DeTable<'a>,
    span: &std::ops::Range<usize>,
) -> Option<&'t toml::de::DeArray<'a>> {
    table
        .iter()
        .find_map(|(_, value)| find_list_within(value, span))
}

fn find_list_within<'t, 'a>(
    value: &'t toml::Spanned<toml::de::DeValue<'a>>,
    span: &std::ops::Range<usize>,
) -> Option<&'t toml::de::DeArray<'a>> {
    match value.get_ref() {
        toml::de::DeValue::Array(items) => {
            let here = value.span() == *span
                || items
                    .iter()
                    .next()
                    .is_some_and(|first| first.span() == *span);
            if here {
                Some(items)
            } else {
                items.iter().find_map(|item| find_list_within(item, span))
            }
        }
        toml::de::DeValue::Table(table) => find_list_at(table, span),
        _ => None,
    }
}

/// Takes the innermost entry or array item at `span` out of the tree. Returns `Some` when
/// something was removed, with the key's name when it was a table entry.
fn remove_value_at(
    table: &mut toml::de::DeTable<'_>,
    span: &std::ops::Range<usize>,
) -> Option<Option<String>> {
    for (_, value) in table.iter_mut() {
        if let Some(removed) = remove_within(value.get_mut(), span) {
            return Some(removed);
        }
    }
    let key = table
        .iter()
        .find(|(key, value)| {
            key.span() == *span
                || value.span() == *span
                || (key.span().start <= span.start && span.end <= value.span().end)
        })
        .map(|(key, _)| key.clone())?;
    table.remove(&key)?;
    Some(Some(key.get_ref().to_string()))
}

fn remove_within(
    value: &mut toml::de::DeValue<'_>,
    span: &std::ops::Range<usize>,
) -> Option<Option<String>> {
    let toml::de::DeValue::Table(table) = value else {
        let toml::de::DeValue::Array(array) = value else {
            return None;
        };
        let mut drop_item = None;
        let mut removed = None;
        for (index, item) in array.iter_mut().enumerate() {
            if item.span() == *span {
                drop_item = Some(index);
                removed = Some(None);
                break;
            }
            if let Some(key) = remove_within(item.get_mut(), span) {
                // An item left empty (`{ paragraf = "x" }` without its only key) goes too.
                let emptied =
                    matches!(item.get_ref(), toml::de::DeValue::Table(table) if table.is_empty());
                drop_item = emptied.then_some(index);
                removed = Some(key);
                break;
            }
        }
        if let Some(position) = drop_item {
            let mut kept = toml::de::DeArray::new();
            for (index, item) in array.iter().enumerate() {
                if index != position {
                    kept.push(item.clone());
                }
            }
            *array = kept;
        }
        return removed;
    };
    remove_value_at(table, span)
}

/// serde's wording, minus the names of Rust types, in the words of notices/README.md.
fn humanize(message: &str) -> String {
    const PHRASES: [(&str, &str); 10] = [
        (
            "data did not match any variant of untagged enum Text",
            "expected text: \"literal\" or { message = \"id\" }",
        ),
        (
            "data did not match any variant of untagged enum RawUdiDi",
            "expected a list of UDI-DIs, or \"not-available\"",
        ),
        (
            "data did not match any variant of untagged enum RawListItem",
            "expected a list item: \"id\" or { text = \"id\", paragraphs = [\"id\", …], \
             bullets = […] or steps = […] }",
        ),
        (
            "wanted exactly 1 element, found 0 elements",
            "a block names exactly one kind, e.g. { paragraph = \"id\" }",
        ),
        (
            "wanted exactly 1 element, more than 1 element",
            "a block names exactly one kind, e.g. { paragraph = \"id\" }",
        ),
        ("expected a sequence", "expected a list"),
        ("expected struct RawProductTable", "expected a table"),
        ("expected struct RawForm", "expected a table"),
        ("expected struct RawAside", "expected a table"),
        ("as i128", ""),
    ];
    let mut message = message.trim_end_matches('\n').to_owned();
    for (from, to) in PHRASES {
        message = message.replace(from, to);
    }
    message.trim_end().to_owned()
}

fn toml_diagnostic(
    code: &'static str,
    error: &toml::de::Error,
    file: &Arc<SourceFile>,
) -> Diagnostic {
    let message = humanize(error.message());
    let help = if message.starts_with("unknown field") {
        "remove the field or correct its spelling; see notices/README.md for the fields"
    } else if message.starts_with("missing field") {
        "add the field; see notices/README.md for the fields"
    } else if code == "fsn::toml::syntax" {
        "see https://toml.io for the syntax"
    } else {
        "see notices/README.md for the expected shape"
    };
    let diagnostic = Diagnostic::error(code, message).with_help(help);
    match error.span() {
        Some(span) => diagnostic.at(file, span),
        None => diagnostic,
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
