//! The frozen notice: `tests/fixtures/frozen/` holds a copy of FSN2025-1682 and its issuer for
//! the tests that use the notice as material, so that rewording the live notice cannot break
//! them. Shared by the tests of fsn-core, fsn-l10n, fsn-pdf, fsn-html and fsn-cli (each includes
//! this file with `#[path]`).

use std::path::{Path, PathBuf};

/// The id (and folder name) of the frozen notice.
pub(crate) const NOTICE: &str = "FSN2025-1682";

/// The folder of the frozen copy: `notices/` and `issuers/`.
pub(crate) fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/frozen")
        .canonicalize()
        .unwrap()
}

/// Fills the empty folder `root` with a repository: the live shared wording (`locales/`,
/// `profiles/`) and the frozen `notices/` and `issuers/`.
pub(crate) fn repository_in(root: &Path) {
    let live = dir().join("../../..");
    for folder in ["locales", "profiles"] {
        copy_dir(&live.join(folder), &root.join(folder));
    }
    for folder in ["notices", "issuers"] {
        copy_dir(&dir().join(folder), &root.join(folder));
    }
}

/// Copies a folder tree.
pub(crate) fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
