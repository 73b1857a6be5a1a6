//! A notice loaded with its catalogs, ready to compose in any of its languages: what
//! [`crate::repo::Repository::load`] returns.

use std::path::Path;
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use super::compose;
use crate::base::diagnostic::{Diagnostic, Diagnostics, Outcome, SourceFile};
use crate::document::Document;
use crate::l10n::Catalog;
use crate::validate::Notice;

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
    /// A notice loaded from `notice.toml` and `issuer.toml` (`inputs`, in that order) with
    /// its catalogs, the warnings found on the way and the optional wording it prints.
    pub fn new(
        notice: Notice,
        catalogs: Vec<Catalog>,
        warnings: Vec<Diagnostic>,
        inputs: [Arc<SourceFile>; 2],
        optional_wording: Vec<&'static str>,
    ) -> Self {
        Self {
            notice,
            catalogs,
            warnings,
            inputs: inputs.into(),
            optional_wording,
        }
    }

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
        let Outcome {
            value: mut document,
            problems: diagnostics,
        } = compose(&self.notice, catalog);
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
