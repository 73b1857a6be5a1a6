//! The translators' lint (`fsn check --locales`): every locale compared with the source locale,
//! layer by layer, with the checks of Mozilla's compare-locales.
//!
//! Each layer of a catalog (shared `locales/<lang>/*.ftl`, `issuers/<key>/locales/<lang>.ftl`,
//! `notices/<id>/locales/<lang>.ftl`) is compared with the same layer of the source locale:
//! missing and obsolete messages and attributes, variables that differ. Each file is checked on
//! its own (syntax, duplicates, empty values, unknown variables, plural categories), each
//! reference against the catalog it is composed into, and every message of every composed
//! catalog is formatted once, as a build would, to catch what only fails at run time.
//! Findings are [`Diagnostic`]s with codes `fsn::lint::*`; the caller decides what fails.
//!
//! [`lint_repository`] reads the repository first (`inventory`), then checks its layers in
//! order (`layers`) with the checks of a file or a layer (`checks`) and the content checks
//! against the source (`qa`), on files parsed once (`parsed`).

use std::collections::HashSet;

use fsn_core::base::diagnostic::{Diagnostic, Diagnostics};
use fsn_core::l10n::FtlFile;
use fsn_core::repo::Repository;

mod checks;
mod codes;
mod inventory;
mod layers;
mod parsed;
mod qa;
mod variables;

pub use crate::glossary::{Glossary, GlossaryTerm};
pub use codes::{
    DUPLICATE_MESSAGE, EMPTY_VALUE, EXTRA_VARIABLE, FORMAT_ERROR, GLOSSARY_TERM, MARKDOWN_MISMATCH,
    MISSING_ATTRIBUTE, MISSING_FILE, MISSING_MESSAGE, MISSING_OVERRIDE, MISSING_PLURAL_CATEGORY,
    MISSING_VARIABLE, NO_SOURCE, NUMBER_MISMATCH, OBSOLETE_ATTRIBUTE, OBSOLETE_MESSAGE,
    REFERENCE_MISMATCH, SYNTAX, UNKNOWN_REFERENCE, UNKNOWN_VARIABLE, UNTRANSLATED, URL_CHANGED,
};
pub use variables::KnownVariables;

use checks::{check_formatting, check_layer, compare};
use inventory::Inventory;
use layers::RepositoryLint;
use parsed::{Ids, Parsed};
use qa::SourceCache;

/// Lints a translation against its source as one self-contained catalog: compares them, checks
/// each file, resolves references within each file, and formats every message of the target.
pub fn lint_pair(
    source: &FtlFile,
    target: &FtlFile,
    lang: &str,
    variables: &KnownVariables,
) -> Vec<Diagnostic> {
    let source = Parsed::new(&source.source);
    let target = Parsed::new(&target.source);
    let mut out = Vec::new();
    for (file, file_lang) in [(&source, "source"), (&target, lang)] {
        check_layer(&[file], &[], file_lang, variables, "its file", &mut out);
    }
    compare(
        &[&source],
        &[&target],
        lang,
        &Ids::new(),
        &Ids::new(),
        variables,
        &mut out,
    );
    check_formatting(&[&[&target]], lang, variables, &mut out);
    finish(out)
}

/// The content checks (QA) of a translation against its source: errors when `published`,
/// warnings otherwise. [`lint_repository`] runs them on every layer.
pub fn lint_content(
    source: &FtlFile,
    target: &FtlFile,
    lang: &str,
    published: bool,
    glossary: &Glossary,
) -> Vec<Diagnostic> {
    let source = Parsed::new(&source.source);
    let target = Parsed::new(&target.source);
    let mut out = Vec::new();
    let cache = &mut SourceCache::default();
    qa::check_translation(
        &[&source],
        &[&target],
        lang,
        published,
        glossary,
        cache,
        &mut out,
    );
    finish(out)
}

/// Lints every locale of the repository against `source_locale`, in all three layers.
pub fn lint_repository(repository: &Repository, source_locale: &str) -> Diagnostics {
    let mut out = Vec::new();
    // Everything is read first, so the parsed files can borrow the texts.
    let Some(inventory) = Inventory::read(repository, source_locale, &mut out) else {
        return Diagnostics(out);
    };
    let lint = RepositoryLint::new(repository, &inventory, source_locale);
    let cache = &mut SourceCache::default();
    lint.shared_layer(cache, &mut out);
    lint.optional_wording(cache, &mut out);
    lint.shared_with_optional_wording(&mut out);
    lint.issuer_layers(cache, &mut out);
    lint.notice_layers(cache, &mut out);
    Diagnostics(finish(out))
}

/// Removes repeated findings (shared files are checked once per catalog they are part of) and
/// sorts by file and position.
fn finish(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = HashSet::new();
    let mut unique: Vec<Diagnostic> = diagnostics
        .into_iter()
        .filter(|diagnostic| {
            let at = diagnostic
                .location
                .as_ref()
                .map(|location| (location.file.path().to_path_buf(), location.span.clone()));
            seen.insert((diagnostic.code, at, diagnostic.message.clone()))
        })
        .collect();
    unique.sort_by_key(|diagnostic| {
        diagnostic
            .location
            .as_ref()
            .map(|location| (location.file.path().to_path_buf(), location.span.start))
    });
    unique
}

#[cfg(test)]
mod tests {
    use super::*;
    use fsn_core::base::diagnostic::SourceFile;

    fn ftl(name: &str, text: &str) -> FtlFile {
        FtlFile::parse(SourceFile::new(name, text)).0
    }

    fn lint(source: &str, target: &str) -> Vec<Diagnostic> {
        let vars = KnownVariables::with_links(["privacy"]);
        lint_pair(&ftl("en.ftl", source), &ftl("de.ftl", target), "de", &vars)
    }

    fn codes(diagnostics: &[Diagnostic]) -> Vec<(&'static str, String)> {
        diagnostics.iter().map(|d| (d.code, d.short())).collect()
    }

    #[test]
    fn identical_files_are_clean() {
        let text = "a = Eins { $issuer }\nb = { a } und { -brand }\n-brand = Illumina\n";
        assert_eq!(codes(&lint(text, text)), []);
    }

    #[test]
    fn ids_are_located_by_byte_range() {
        let found = lint("a = A\nmissing-one = B\n", "a = A\n");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].code, MISSING_MESSAGE);
        assert_eq!(
            found[0].short(),
            "en.ftl:2:1: error: message `missing-one` is missing in de"
        );
        assert_eq!(found[0].location.as_ref().unwrap().span, 6..17);
        assert_eq!(found[0].label.as_deref(), Some("missing in de"));
    }
}
