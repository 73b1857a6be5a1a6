//! Fingerprints: what a notice's documents can be made from, hashed without loading it.
//!
//! Loading a notice, checking its review records and composing its documents costs about a
//! millisecond per document; a catalogue of thousands that did not change should not pay it
//! again (issue 17). A notice's documents are made from its own folder and from the folders
//! every notice may read: the shared locales, the issuers and the profiles. The fingerprint
//! hashes every file in them, with the build identity and the options that change what a
//! build composes. When it equals the one the previous build recorded, that build's record of
//! the notice (its languages, each document's hash, sources, title and date line) stands for
//! loading it.
//!
//! It is deliberately coarse: any change in those folders, a shared message in one language
//! say, sends every notice through loading and composing again, and the documents' own keys
//! then decide what is rendered (see `incremental`). It is also conservative: a folder holding
//! a link or a special file has no fingerprint, and neither has a notice that printed a file
//! from elsewhere in the repository; such notices are always loaded.

use std::path::{Path, PathBuf};

use fsn_core::Repository;
use sha2::{Digest, Sha256};

use super::manifest::{Composed, hex};
use crate::options::BuildOptions;

/// The identity of this fsn: a hash over its sources, templates, fonts, dependencies and
/// compiler settings, computed when it was compiled (`build.rs`).
pub(crate) const BUILD_ID: &str = env!("FSN_BUILD_ID");

/// The folders, relative to the repository, that any notice may read besides its own.
const SHARED_FOLDERS: [&str; 3] = ["locales", "issuers", "profiles"];

/// Fingerprints notices for one build.
pub(crate) struct Fingerprinter<'a> {
    repository: &'a Repository,
    /// The build identity and the options, as one line of the fingerprint.
    settings: String,
    /// SHA-256 over the shared folders; `None` when one cannot be fingerprinted.
    shared: Option<String>,
    /// The repository's folder as the file system resolves it, once for every notice.
    canonical_root: Option<PathBuf>,
}

impl<'a> Fingerprinter<'a> {
    /// Hashes the shared folders as they are now.
    pub(crate) fn new(repository: &'a Repository, options: &BuildOptions<'_>) -> Self {
        // The languages asked for, as a set: the notice's own order decides the build's.
        let mut langs = options.langs.to_vec();
        langs.sort();
        let settings = format!(
            "build {BUILD_ID}\nallow-draft {}\nlangs {}\n",
            options.allow_draft,
            langs.join(",")
        );
        let root = repository.root();
        // The root found from the working directory may be the empty path.
        let root = if root.as_os_str().is_empty() {
            Path::new(".")
        } else {
            root
        };
        let mut fingerprinter = Self {
            repository,
            settings,
            shared: None,
            canonical_root: root.canonicalize().ok(),
        };
        fingerprinter.shared = fingerprinter.shared_now();
        fingerprinter
    }

    fn shared_now(&self) -> Option<String> {
        let mut hasher = Sha256::new();
        for folder in SHARED_FOLDERS {
            self.hash_folder(folder, &mut hasher)?;
        }
        Some(hex(&hasher.finalize()))
    }

    /// Whether the shared folders are still as they were when this fingerprinter was made:
    /// a build they changed under records no fingerprint.
    pub(crate) fn shared_unchanged(&self) -> bool {
        self.shared.is_some() && self.shared_now() == self.shared
    }

    /// The notice's folder relative to the repository, with `/`: how records name it.
    pub(crate) fn relative_dir(&self, dir: &Path) -> Option<String> {
        let dir = dir.canonicalize().ok()?;
        let relative = dir.strip_prefix(self.canonical_root.as_ref()?).ok()?;
        let parts: Option<Vec<&str>> = relative.iter().map(|part| part.to_str()).collect();
        Some(parts?.join("/")).filter(|relative| !relative.is_empty())
    }

    /// The fingerprint of the notice whose folder is `relative_dir`, or `None` when it has
    /// none (see the module's documentation).
    pub(crate) fn notice(&self, relative_dir: &str) -> Option<String> {
        let shared = self.shared.as_deref()?;
        if SHARED_FOLDERS
            .iter()
            .any(|folder| inside(relative_dir, folder))
        {
            return None;
        }
        let mut hasher = Sha256::new();
        hasher.update(self.settings.as_bytes());
        hasher.update(format!("shared {shared}\nnotice {relative_dir}\n"));
        self.hash_folder(relative_dir, &mut hasher)?;
        Some(hex(&hasher.finalize()))
    }

    /// Whether every file the composed documents name as a source lies in a fingerprinted
    /// folder: the notice's own or a shared one.
    pub(crate) fn covers(relative_dir: &str, composed: &[Composed]) -> bool {
        composed
            .iter()
            .flat_map(|composed| composed.sources.iter())
            .all(|source| {
                inside(&source.path, relative_dir)
                    || SHARED_FOLDERS
                        .iter()
                        .any(|folder| inside(&source.path, folder))
            })
    }

    /// Adds every file of the folder (relative to the repository) to `hasher`: its path and
    /// its bytes, each with its length.
    fn hash_folder(&self, folder: &str, hasher: &mut Sha256) -> Option<()> {
        hasher.update(format!("folder {folder}\n"));
        self.repository
            .visit_files(&self.repository.root().join(folder), &mut |path, bytes| {
                hasher.update((path.len() as u64).to_le_bytes());
                hasher.update(path.as_bytes());
                hasher.update((bytes.len() as u64).to_le_bytes());
                hasher.update(bytes);
            })
            .ok()
    }
}

/// Whether the path (relative, with `/`) is `folder` or lies inside it.
fn inside(path: &str, folder: &str) -> bool {
    path.strip_prefix(folder)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

#[cfg(test)]
mod tests {
    use super::inside;

    #[test]
    fn inside_means_the_folder_or_below_it() {
        assert!(inside("locales/de/notice.ftl", "locales"));
        assert!(inside("locales", "locales"));
        assert!(!inside("locales-old/de.ftl", "locales"));
        assert!(!inside("notices/A/x", "notices/AB"));
    }
}
