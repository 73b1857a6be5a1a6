//! Importing the targets of an XLIFF document: for each `<file>`, its layer's source and
//! translation today are read, the targets checked against them (`targets`), and the
//! translation rewritten where a target changed (`rewrite`).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use fluent_syntax::ast;

use super::glossary;
use super::layers::target_path;
use super::read::{ReadDocument, ReadFile, read, xml_error};
use super::rewrite::rewrite;
use super::segment::{parse, unit_sources};
use super::targets::{LayerImport, checked_targets};
use fsn_core::base::diagnostic::{Diagnostic, Diagnostics, SourceFile};
use fsn_core::repo::Repository;

/// A target file rewritten by [`import`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedFile {
    /// Where it goes, under the repository root.
    pub path: PathBuf,
    /// Its new text.
    pub text: String,
    /// Units whose translation changed.
    pub changed: usize,
    /// Units newly translated (inserted).
    pub added: usize,
}

/// Reads an XLIFF 2.0 document (`name` is how diagnostics call it) and returns the target
/// files it changes, with their new text. Refuses, with a diagnostic per problem and nothing
/// returned, a document with damaged placeholders or targets that do not parse as Fluent.
pub fn import(
    repository: &Repository,
    name: &str,
    xml: &str,
) -> Result<Vec<ImportedFile>, Diagnostics> {
    import_with(repository, name, xml, ImportOptions::default())
}

/// How [`import_with`] treats what the document was made from.
#[derive(Debug, Clone, Copy, Default)]
pub struct ImportOptions {
    /// Accept translations of a source text that changed after the export. They land in the
    /// files like any changed translation, so they stay unreviewed until `fsn review`.
    pub accept_stale: bool,
}

/// [`import`], with options. A unit whose `<source>` is not today's source text is refused
/// (a translation of an outdated text) unless `options.accept_stale`.
pub fn import_with(
    repository: &Repository,
    name: &str,
    xml: &str,
    options: ImportOptions,
) -> Result<Vec<ImportedFile>, Diagnostics> {
    let xlf = SourceFile::new(name, xml);
    let document = read(&xlf)?;
    check_languages(repository, &xlf, &document)?;
    let mut problems = Diagnostics::default();
    let mut out = Vec::new();
    for file in &document.files {
        let import = FileImport {
            repository,
            xlf: &xlf,
            document: &document,
            file,
            options,
        };
        match import.run() {
            Ok(Some(imported)) => out.push(imported),
            Ok(None) => {}
            Err(found) => problems.0.extend(found),
        }
    }
    if problems.has_errors() {
        Err(problems)
    } else {
        Ok(out)
    }
}

/// srcLang and trgLang name languages of the repository, spelled as it spells them, and
/// differ: they become parts of the paths written.
fn check_languages(
    repository: &Repository,
    xlf: &Arc<SourceFile>,
    document: &ReadDocument,
) -> Result<(), Diagnostics> {
    let mut problems = Diagnostics::default();
    for (lang, what) in [
        (&document.source_lang, "srcLang"),
        (&document.target_lang, "trgLang"),
    ] {
        if let Err(diagnostic) = repository.check_language(lang, what) {
            problems.push(diagnostic.at(xlf, document.root_span.clone()));
        }
    }
    if problems.0.is_empty() && document.source_lang == document.target_lang {
        return Err(xml_error(
            xlf,
            document.root_span.start,
            format!(
                "srcLang and trgLang are both `{}`: the import would overwrite the source",
                document.source_lang
            ),
        ));
    }
    if problems.0.is_empty() {
        Ok(())
    } else {
        Err(problems)
    }
}

/// One `<file>` of a document, imported into its layer.
struct FileImport<'i> {
    repository: &'i Repository,
    xlf: &'i Arc<SourceFile>,
    document: &'i ReadDocument,
    file: &'i ReadFile,
    options: ImportOptions,
}

impl FileImport<'_> {
    /// The translation with the file's targets written in, `None` when nothing changes; the
    /// problems when the file is refused.
    fn run(&self) -> Result<Option<ImportedFile>, Vec<Diagnostic>> {
        let (repository, file) = (self.repository, self.file);
        let root = repository.root();
        let target = self.target()?;
        let source = repository
            .read(&root.join(&file.original))
            .map_err(|diagnostic| vec![diagnostic])?;
        // The file written must be inside the repository too, whatever links lie on its way.
        let target_file = root.join(&target);
        repository
            .check_inside(&target_file)
            .map_err(|diagnostic| vec![diagnostic])?;
        let existing = if repository.exists(&target_file) {
            Some(
                repository
                    .read(&target_file)
                    .map_err(|diagnostic| vec![diagnostic])?,
            )
        } else {
            None
        };
        let glossary = glossary::for_layer(repository, &file.original).map_err(|found| found.0)?;
        let layer = LayerImport {
            lang: &self.document.target_lang,
            glossary: &glossary,
            accept_stale: self.options.accept_stale,
        };
        let imported = self.translation(&source, existing.as_ref(), &target, &layer)?;
        Ok(imported.map(|imported| ImportedFile {
            path: target_file,
            ..imported
        }))
    }

    /// Where the translation of the file's `original` goes, relative to the root.
    fn target(&self) -> Result<String, Vec<Diagnostic>> {
        let (document, file) = (self.document, self.file);
        target_path(&file.original, &document.source_lang, &document.target_lang).ok_or_else(|| {
            vec![
                Diagnostic::error(
                    "fsn::xliff::unknown_file",
                    format!(
                        "`<file original=\"{}\">` is not a `{}` .ftl file of fsn's layers",
                        file.original, document.source_lang
                    ),
                )
                .at(self.xlf, file.span.clone())
                .with_help("originals look like locales/<lang>/x.ftl, issuers/<key>/locales/<lang>.ftl or notices/<id>/locales/<lang>.ftl"),
            ]
        })
    }

    /// The translation `existing` (`target_rel` under the root) rewritten with the file's
    /// checked targets; `None` when its text stays as it is.
    fn translation(
        &self,
        source: &Arc<SourceFile>,
        existing: Option<&Arc<SourceFile>>,
        target_rel: &str,
        layer: &LayerImport<'_>,
    ) -> Result<Option<ImportedFile>, Vec<Diagnostic>> {
        let (source_resource, _) =
            parse(source.text()).map_err(|refused| vec![refused.diagnostic(source)])?;
        let source_units = unit_sources(&source_resource);
        let old_text = existing.map_or("", |file| file.text());
        let (old_resource, old_errors) = match existing {
            Some(file) => parse(old_text).map_err(|refused| vec![refused.diagnostic(file)])?,
            None => (ast::Resource { body: Vec::new() }, 0),
        };
        let old_units: HashMap<String, &ast::Pattern<&str>> = unit_sources(&old_resource)
            .into_iter()
            .map(|unit| (unit.id, unit.pattern))
            .collect();
        let wanted = checked_targets(
            self.xlf,
            self.file,
            source,
            &source_units,
            &old_units,
            layer,
        )?;
        if wanted.is_empty() {
            return Ok(None);
        }
        let rewritten = rewrite(
            (old_text, &old_resource),
            &old_units,
            &source_units,
            &wanted,
        );
        let new_errors = parse(&rewritten.text).map_or(usize::MAX, |(_, errors)| errors);
        if new_errors > old_errors {
            return Err(vec![self.worse_syntax(target_rel)]);
        }
        if rewritten.text == old_text {
            return Ok(None);
        }
        Ok(Some(ImportedFile {
            path: PathBuf::from(target_rel),
            text: rewritten.text,
            changed: rewritten.changed,
            added: rewritten.added,
        }))
    }

    /// The error for an import that would add Fluent syntax errors to the translation.
    fn worse_syntax(&self, target_rel: &str) -> Diagnostic {
        Diagnostic::error(
            "fsn::xliff::result_syntax",
            format!(
                "importing {} would make {target_rel} invalid Fluent",
                self.file.original
            ),
        )
        .at(self.xlf, self.file.span.clone())
        .with_help("check the targets of this file for Fluent syntax")
    }
}
