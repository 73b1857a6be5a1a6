//! [`Repository::load`]: the pipeline in order. `notice.toml` and `issuer.toml` are parsed
//! ([`crate::model`]) and checked ([`crate::validate`]), the pictures read, each language's
//! catalog layered ([`super::catalog`]), every message the notice names looked up, and the
//! notice's profiles applied ([`crate::profile`]).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::catalog::CatalogLayers;
use super::images;
use super::repository::{Repository, display};
use crate::base::diagnostic::{Diagnostic, Diagnostics, Location, SourceFile};
use crate::base::toml_spans::TomlSpans;
use crate::compose::loaded::LoadedNotice;
use crate::l10n::wording::optional_wording;
use crate::model::parse::parse_toml;
use crate::model::{RawIssuer, RawNotice};
use crate::validate::{Inputs, validate};

impl Repository {
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
            let (images, problems) = images::load(
                notice,
                &images::Sources {
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
            let at = || Location {
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
                LoadedNotice::new(
                    notice,
                    catalogs,
                    diagnostics.0,
                    [notice_file, issuer_file],
                    layout_wording,
                ),
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
}
