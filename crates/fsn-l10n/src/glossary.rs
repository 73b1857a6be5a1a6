//! The do-not-translate terms of a layer: `issuers/<key>/glossary.toml`, and a notice's own
//! `notices/<id>/glossary.toml` on top. The lint's content checks and the XLIFF exchange
//! both keep them verbatim.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use fsn_core::Repository;
use fsn_core::base::diagnostic::Diagnostics;
use fsn_core::model::parse::parse_toml;

/// Terms that stay as they are in every language: `issuers/<key>/glossary.toml`, and
/// optionally `notices/<id>/glossary.toml` on top.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Glossary {
    /// The terms.
    #[serde(default, rename = "term")]
    pub terms: Vec<GlossaryTerm>,
}

/// One do-not-translate term.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GlossaryTerm {
    /// The term as the source writes it, e.g. `DRAGEN™`.
    pub text: String,
    /// Renderings a language may use instead, approved by its reviewers: `approved.fr =
    /// ["…"]`.
    #[serde(default)]
    pub approved: BTreeMap<String, Vec<String>>,
    /// The languages the term stays as is in; default: every language.
    #[serde(default)]
    pub languages: Vec<String>,
    /// Why the term is fixed, for translators.
    pub note: Option<String>,
}

impl Glossary {
    /// The glossary of an issuer folder plus that of a notice folder, if they exist.
    pub fn load(
        repository: &Repository,
        issuer_dir: Option<&Path>,
        notice_dir: Option<&Path>,
    ) -> Result<Self, Diagnostics> {
        let mut glossary = Self::default();
        for dir in [issuer_dir, notice_dir].into_iter().flatten() {
            let path = dir.join("glossary.toml");
            if repository.is_file(&path) {
                let file = repository.read(&path)?;
                glossary.terms.extend(parse_toml::<Self>(&file)?.terms);
            }
        }
        Ok(glossary)
    }

    /// The glossary with another one's terms added.
    pub fn merged(&self, other: &Self) -> Self {
        let mut terms = self.terms.clone();
        terms.extend(other.terms.iter().cloned());
        Self { terms }
    }

    /// The terms `source` holds that its translation `target` into `lang` lacks, in every
    /// form the glossary allows.
    pub fn lacking<'g>(&'g self, lang: &'g str, source: &str, target: &str) -> Vec<&'g str> {
        self.terms_in(lang)
            .filter(|entry| source.contains(entry.text.as_str()))
            .filter(|entry| !Self::forms(entry, lang).any(|form| target.contains(form)))
            .map(|entry| entry.text.as_str())
            .collect()
    }

    /// The terms that stay as they are in `lang`.
    pub(crate) fn terms_in<'g>(&'g self, lang: &'g str) -> impl Iterator<Item = &'g GlossaryTerm> {
        self.terms.iter().filter(move |term| {
            term.languages.is_empty() || term.languages.iter().any(|l| l == lang)
        })
    }

    /// The forms of a term a translation into `lang` may use.
    pub(crate) fn forms<'t>(term: &'t GlossaryTerm, lang: &str) -> impl Iterator<Item = &'t str> {
        std::iter::once(term.text.as_str()).chain(
            term.approved
                .get(lang)
                .into_iter()
                .flatten()
                .map(String::as_str),
        )
    }
}
