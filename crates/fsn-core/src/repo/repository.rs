//! [`Repository`]: the folder fsn works in, where its notices, issuers and languages are.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use unic_langid::LanguageIdentifier;

use crate::base::diagnostic::Diagnostic;
use crate::l10n::FtlFile;

/// A folder holding `notices/`, `locales/` and `issuers/`.
#[derive(Debug)]
pub struct Repository {
    pub(super) root: PathBuf,
    pub(super) ftl_cache: Mutex<HashMap<PathBuf, Arc<FtlFile>>>,
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

    /// The folder of the issuer with this key, once the key is known to be a plain name (the
    /// one rule for issuer keys, [`crate::base::names::check_issuer_key`]); `fsn new` checks its
    /// `--issuer` here too.
    pub fn checked_issuer_dir(&self, key: &str) -> Result<PathBuf, Diagnostic> {
        crate::base::names::check_issuer_key(key).map_err(|problem| {
            Diagnostic::error("fsn::project::bad_issuer_key", problem).with_help(format!(
                "an issuer is named by its folder under issuers/; {}",
                crate::base::names::ISSUER_KEY_RULE
            ))
        })?;
        Ok(self.root.join("issuers").join(key))
    }
}

pub(super) fn display(path: &Path) -> String {
    path.display().to_string()
}
