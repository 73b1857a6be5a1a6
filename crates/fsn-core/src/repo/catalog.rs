//! Each language's catalog, layered: the shared boilerplate under `locales/<lang>/` (with the
//! optional wording the notice prints), the issuer's file, the notice's file. Parsed `.ftl`
//! files are cached by path, so building many notices parses the shared boilerplate once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, PoisonError};

use unic_langid::LanguageIdentifier;

use super::repository::{Repository, display};
use crate::base::diagnostic::{Diagnostic, Diagnostics};
use crate::l10n::{Catalog, FtlFile};

/// Where the layers of a catalog come from.
#[derive(Clone, Copy)]
pub(super) struct CatalogLayers<'a> {
    pub(super) issuer_dir: &'a Path,
    pub(super) notice_dir: &'a Path,
    /// Layout wording files to load too, under `locales/<lang>/` (those that exist).
    pub(super) layout_wording: &'a [&'static str],
}

impl Repository {
    /// The catalog of one language: shared, issuer and notice layers.
    pub(super) fn catalog(
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
