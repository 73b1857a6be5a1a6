//! Shared helpers: the repository, one typesetter, composed documents.

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use fsn_core::{Document, Repository};
use fsn_pdf::Typesetter;

use crate::frozen;

/// The repository root (two levels above this crate).
pub(crate) fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

/// One typesetter for the whole test binary: fonts and template load once.
pub(crate) static TYPESETTER: LazyLock<Typesetter> = LazyLock::new(Typesetter::new);

/// Composes a notice of the repository in one language.
pub(crate) fn compose(notice: &str, lang: &str) -> Document {
    let root = repo_root();
    let repository = Repository::open(&root).unwrap();
    let loaded = repository
        .load(&root.join("notices").join(notice))
        .unwrap_or_else(|diagnostics| panic!("{notice} does not load: {diagnostics:#?}"));
    loaded
        .compose(lang)
        .unwrap_or_else(|diagnostics| panic!("{notice} ({lang}): {diagnostics:#?}"))
}

/// The frozen copy of FSN2025-1682 (`tests/fixtures/frozen/`), composed in one language.
pub(crate) fn frozen_document(lang: &str) -> Document {
    let root = tempfile::tempdir().unwrap();
    frozen::repository_in(root.path());
    let repository = Repository::open(root.path()).unwrap();
    let loaded = repository
        .load(&repository.notice_dir(frozen::NOTICE))
        .unwrap_or_else(|diagnostics| panic!("the frozen notice does not load: {diagnostics:#?}"));
    loaded
        .compose(lang)
        .unwrap_or_else(|diagnostics| panic!("the frozen notice ({lang}): {diagnostics:#?}"))
}
