//! The repository's layout as the translators' tools walk it: each layer's folder and
//! messages files, and a notice's and an issuer's TOML before validation.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::repository::Repository;
use crate::base::diagnostic::Diagnostics;
use crate::l10n::wording::optional_wording;
use crate::model::parse::parse_toml;
use crate::model::{RawIssuer, RawNotice};

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
        self.folders(&self.root.join("issuers"))
    }

    /// Every folder under `notices/`, sorted by name, whether it holds a `notice.toml` or not
    /// ([`Repository::notice_dirs`] lists those that do).
    pub fn notice_folders(&self) -> Vec<PathBuf> {
        self.folders(&self.root.join("notices"))
    }

    /// The `*.ftl` entries of the folder `dir`, sorted. Not only files: something else in a
    /// file's place is named when it is read.
    pub fn ftl_files(&self, dir: &Path) -> Vec<PathBuf> {
        let mut paths = self.list_dir(dir);
        paths.retain(|path| path.extension().is_some_and(|ext| ext == "ftl"));
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

    /// The folders in `dir` (links to folders too), sorted; none when it cannot be listed.
    fn folders(&self, dir: &Path) -> Vec<PathBuf> {
        let mut dirs = self.list_dir(dir);
        dirs.retain(|path| path.is_dir());
        dirs
    }
}
